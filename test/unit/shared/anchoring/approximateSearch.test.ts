import { describe, expect, it } from 'vitest';
import { searchApproximate } from '../../../../shared/anchoring/approximateSearch';

/** Sellers' O(nm) dynamic programme: the best edit distance of `pattern` to a substring of `text` ending at each offset. */
function naiveEndScores(text: string, pattern: string): number[] {
  const m = pattern.length;
  let col = Array.from({ length: m + 1 }, (_, i) => i);
  const out = [m];
  for (let j = 1; j <= text.length; j += 1) {
    const next = [0];
    for (let i = 1; i <= m; i += 1) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      next[i] = Math.min(col[i - 1] + cost, col[i] + 1, next[i - 1] + 1);
    }
    col = next;
    out.push(col[m]);
  }
  return out;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    }
    prev = cur;
  }
  return prev[b.length];
}

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomString(next: () => number, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

describe('searchApproximate', () => {
  it('finds an exact occurrence with zero errors and its exact span', () => {
    const text = '据路透社报道，卡塔尔还向加沙的公共部门支付工资。';
    const [match] = searchApproximate(text, '向加沙的公共部门', 2);
    expect(match).toEqual({ start: 11, end: 19, errors: 0 });
  });

  it('finds a quote after a word was changed inside it, and reports the edit count', () => {
    const text = 'Qatar also pays public sector salaries in Gaza, part of a $30 million monthly allowance.';
    const matches = searchApproximate(text, 'part of a $40 million monthly allowance', 5);
    expect(matches[0].errors).toBe(1);
    expect(text.slice(matches[0].start, matches[0].end)).toBe('part of a $30 million monthly allowance');
  });

  it('returns both copies of a repeated sentence as separate matches', () => {
    const sentence = 'The talks continue despite the escalation. ';
    const text = `Intro. ${sentence}${sentence}Outro.`;
    const matches = searchApproximate(text, sentence.trim(), 4);
    expect(matches.filter((m) => m.errors === 0)).toHaveLength(2);
  });

  it('reports nothing when the pattern is farther than the error budget', () => {
    expect(searchApproximate('abcdefgh', 'zzzz', 1)).toEqual([]);
    expect(searchApproximate('abcdefgh', '', 1)).toEqual([]);
  });

  it('respects the from/to range', () => {
    const text = 'needle ... needle ... needle';
    const matches = searchApproximate(text, 'needle', 0, { from: 5, to: 20 });
    expect(matches).toEqual([{ start: 11, end: 17, errors: 0 }]);
  });

  it('agrees with the plain dynamic programme on random inputs, including patterns longer than 32', () => {
    const next = rng(42);
    for (let round = 0; round < 300; round += 1) {
      const alphabet = round % 3 === 0 ? 'ab' : round % 3 === 1 ? 'abcd' : '卡塔尔哈马斯 ';
      const m = 1 + Math.floor(next() * (round % 2 === 0 ? 20 : 110));
      const pattern = randomString(next, m, alphabet);
      const text = randomString(next, 50 + Math.floor(next() * 250), alphabet);
      const k = Math.floor(next() * (m / 2 + 1));
      const scores = naiveEndScores(text, pattern);
      const best = Math.min(...scores.slice(1));
      const matches = searchApproximate(text, pattern, k, { maxMatches: 1000 });
      if (best > k) {
        expect(matches).toEqual([]);
        continue;
      }
      expect(matches.length).toBeGreaterThan(0);
      expect(matches[0].errors).toBe(best);
      for (const match of matches) {
        expect(match.errors).toBe(scores[match.end]);
        expect(levenshtein(pattern, text.slice(match.start, match.end))).toBe(match.errors);
      }
    }
  });
});
