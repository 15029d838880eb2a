/**
 * Carrying a person's alignment work over to changed sentences. Beads point at sentences by index, so an edit to the
 * Chinese (a new revision, a changed file re-imported) or a replaced English side shifts every index after the change
 * and would silently hand confirmed pairs and typed targets to the wrong sentences. Here the old sentences are matched
 * to the new ones by their text (exact first, then fuzzy above a threshold, always in order), the pairs a person
 * vouched for are moved to their new indices, only the stretches between them are aligned again, and every pinned pair
 * that could not be moved is reported by its old index, so the caller can show it rather than drop it.
 */
import { similarity } from '../anchoring/similarity';
import { alignSentences } from './align';
import type { AlignOptions } from './align';
import { checkBeads } from './edit';
import type { Bead } from './types';

/** Default minimum similarity (1 - edit distance / longer length) for an edited sentence to count as the same one. */
export const CARRY_FUZZY_THRESHOLD = 0.6;

/** Above this many candidate comparisons in one changed stretch, only exact matches are used (keeps it fast). */
const MAX_FUZZY_CELLS = 4096;

/** How an old sentence was found among the new ones. */
export interface SentenceMatch {
  /** Index in the new list (the first one, when the sentence was split in two or more). */
  to: number;
  /** How many new sentences it became: 1, or more when it was split. Two old sentences merged share one `to`. */
  count: number;
  /** 1 for an exact match, else the similarity of the edited sentence. */
  score: number;
}

/** The new indices an old sentence went to (several after a split). */
export function matchedIndices(match: SentenceMatch): number[] {
  return Array.from({ length: match.count }, (_, k) => match.to + k);
}

/**
 * Matches `oldTexts` to `newTexts` in order: the longest common subsequence of equal sentences (whitespace
 * normalised), then, inside each changed stretch between two equal sentences, the best in-order pairing of sentences
 * whose similarity is at least `threshold`. A stretch of one old sentence against several new ones (a sentence split
 * in two) or several old against one new (two merged, e.g. a split the user made on the old revision) is matched as a
 * whole when the joined text is similar enough. Returns, for each old sentence, its match or null (deleted, or changed
 * beyond recognition). Matches never cross.
 */
export function matchSentences(oldTexts: readonly string[], newTexts: readonly string[], threshold = CARRY_FUZZY_THRESHOLD): (SentenceMatch | null)[] {
  const norm = (s: string): string => s.replace(/\s+/gu, ' ').trim();
  const a = oldTexts.map(norm);
  const b = newTexts.map(norm);
  const out: (SentenceMatch | null)[] = a.map(() => null);
  const exact = lcsPairs(a, b);
  let ai = 0;
  let bi = 0;
  for (const [i, j] of [...exact, [a.length, b.length] as const]) {
    fuzzyStretch(a, b, ai, i, bi, j, threshold, out);
    if (i < a.length) out[i] = { to: j, count: 1, score: 1 };
    ai = i + 1;
    bi = j + 1;
  }
  return out;
}

/** In-order pairs of equal strings (longest common subsequence), after trimming the common head and tail. */
function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const pairs: [number, number][] = [];
  for (let k = 0; k < head; k++) pairs.push([k, k]);
  if (n > 0 && m > 0) {
    // Suffix-LCS table: len[i][j] = LCS of a[head+i..] and b[head+j..].
    const w = m + 1;
    const len = new Int32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        len[i * w + j] = a[head + i] === b[head + j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[head + i] === b[head + j]) {
        pairs.push([head + i, head + j]);
        i++;
        j++;
      } else if (len[(i + 1) * w + j] >= len[i * w + j + 1]) i++;
      else j++;
    }
  }
  for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}

/** Best in-order fuzzy pairing of old [a0, a1) with new [b0, b1), written into `out`. */
function fuzzyStretch(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  threshold: number,
  out: (SentenceMatch | null)[],
): void {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n <= 0 || m <= 0 || n * m > MAX_FUZZY_CELLS) return;
  if ((n === 1) !== (m === 1)) {
    // One against several: a split or a merge, judged on the joined text (white space ignored).
    const squash = (list: readonly string[], from: number, to: number): string => list.slice(from, to).join('').replace(/\s+/gu, '');
    const joined = similarity(squash(a, a0, a1), squash(b, b0, b1));
    if (joined >= threshold) {
      for (let i = a0; i < a1; i++) out[i] = n === 1 ? { to: b0, count: m, score: joined } : { to: b0, count: 1, score: joined };
      return;
    }
  }
  const sim = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const s = similarity(a[a0 + i], b[b0 + j]);
      sim[i * m + j] = s >= threshold ? s : 0;
    }
  }
  // best[i][j]: best total similarity pairing a[a0+i..] with b[b0+j..].
  const w = m + 1;
  const best = new Float64Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i * m + j];
      best[i * w + j] = Math.max(best[(i + 1) * w + j], best[i * w + j + 1], s > 0 ? s + best[(i + 1) * w + j + 1] : 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = sim[i * m + j];
    if (s > 0 && best[i * w + j] === s + best[(i + 1) * w + j + 1]) {
      out[a0 + i] = { to: b0 + j, count: 1, score: s };
      i++;
      j++;
    } else if (best[(i + 1) * w + j] >= best[i * w + j + 1]) i++;
    else j++;
  }
}

/** Why a pinned bead could not be carried. */
export type CarryLossReason = 'removed' | 'changed' | 'split';

/** A pinned bead of the old alignment that did not make it into the new one. */
export interface CarryLoss {
  /** Index of the bead in the old bead list. */
  from: number;
  /**
   * `removed`: one of its sentences is no longer there; `changed`: one was edited beyond the fuzzy threshold (both are
   * "no match" — `changed` when a new sentence now stands where it stood); `split`: its sentences are still there but
   * no longer next to each other (a sentence was inserted between them), or they now cross another carried pair.
   */
  reason: CarryLossReason;
}

/** The outcome of `carryAlignment`. */
export interface CarryResult {
  /** A complete alignment of the new sentences. */
  beads: Bead[];
  /** Each carried bead: its old index, its new index, and whether every one of its sentences matched exactly. */
  carried: { from: number; to: number; exact: boolean }[];
  /** Pinned beads that could not be carried, in old order. */
  lost: CarryLoss[];
  /** Where each old sentence of each side was found (`matchSentences`), for callers that carry more than beads. */
  zhMap: (SentenceMatch | null)[];
  enMap: (SentenceMatch | null)[];
}

/** The sentences and beads an alignment was made on. */
export interface AlignedSides {
  zh: readonly string[];
  en: readonly string[];
  beads: readonly Bead[];
}

/** Options of `carryAlignment`: the aligner's, plus which beads to keep and the fuzzy threshold. */
export interface CarryOptions extends AlignOptions {
  /** Which old beads carry a person's work (default: confirmed ones). The others are aligned afresh. */
  pinned?: (bead: Bead, index: number) => boolean;
  /** Minimum similarity of an edited sentence (default `CARRY_FUZZY_THRESHOLD`). */
  threshold?: number;
}

/**
 * Moves the pinned beads of `old` onto the new sentence lists `zh` and `en` and aligns everything between them again.
 * A pinned bead is carried when each of its sentences is found (exactly or fuzzily) and they stay contiguous; it keeps
 * its status and confidence. The result always covers every new sentence exactly once.
 */
export function carryAlignment(old: AlignedSides, zh: readonly string[], en: readonly string[], options: CarryOptions = {}): CarryResult {
  checkBeads(old.beads, old.zh.length, old.en.length);
  const { pinned = (b: Bead) => b.status === 'confirmed', threshold = CARRY_FUZZY_THRESHOLD, ...alignOptions } = options;
  const zhMap = matchSentences(old.zh, zh, threshold);
  const enMap = matchSentences(old.en, en, threshold);
  const out: Bead[] = [];
  const carried: CarryResult['carried'] = [];
  const lost: CarryLoss[] = [];
  let zhFrom = 0;
  let enFrom = 0;
  let zhOld = 0;
  let enOld = 0;
  const flush = (zhTo: number, enTo: number): void => {
    if (zhTo === zhFrom && enTo === enFrom) return;
    const part = alignSentences(zh.slice(zhFrom, zhTo), en.slice(enFrom, enTo), { ...alignOptions, anchors: [] });
    for (const p of part) out.push({ ...p, zh: p.zh.map((i) => i + zhFrom), en: p.en.map((j) => j + enFrom), status: 'auto' });
  };
  old.beads.forEach((b, k) => {
    const zhAt = zhOld;
    const enAt = enOld;
    zhOld += b.zh.length;
    enOld += b.en.length;
    if (!pinned(b, k)) return;
    const zhSide = placeSide(b.zh, zhMap, zhAt, zh.length, zhFrom);
    const enSide = placeSide(b.en, enMap, enAt, en.length, enFrom);
    if (typeof zhSide === 'string' || typeof enSide === 'string') {
      const reasons = [zhSide, enSide].filter((r): r is CarryLossReason => typeof r === 'string');
      lost.push({ from: k, reason: reasons.includes('split') ? 'split' : reasons.includes('changed') ? 'changed' : 'removed' });
      return;
    }
    flush(zhSide.start, enSide.start);
    carried.push({ from: k, to: out.length, exact: zhSide.exact && enSide.exact });
    out.push({ ...b, zh: zhSide.indices, en: enSide.indices });
    zhFrom = zhSide.start + zhSide.indices.length;
    enFrom = enSide.start + enSide.indices.length;
  });
  flush(zh.length, en.length);
  checkBeads(out, zh.length, en.length);
  return { beads: out, carried, lost, zhMap, enMap };
}

/**
 * Where one side of a pinned bead lands in the new list: its new indices (contiguous, not before `from`), or why it
 * cannot land. An empty side lands where the next old sentence after it landed.
 */
function placeSide(
  list: readonly number[],
  map: readonly (SentenceMatch | null)[],
  oldAt: number,
  newLength: number,
  from: number,
): { start: number; indices: number[]; exact: boolean } | CarryLossReason {
  if (list.length === 0) {
    let at = newLength;
    for (let k = oldAt; k < map.length; k++) {
      const m = map[k];
      if (m) {
        at = m.to;
        break;
      }
    }
    return { start: Math.max(from, at), indices: [], exact: true };
  }
  const found = list.map((i) => map[i]);
  if (found.some((m) => m === null)) {
    // A new sentence standing where a lost one stood means it was edited rather than deleted.
    const missing = list.filter((i) => map[i] === null);
    const before = missing[0] > 0 ? map[missing[0] - 1]?.to ?? -1 : -1;
    const after = map.slice(missing[missing.length - 1] + 1).find((m) => m !== null)?.to ?? newLength;
    return after - before > 1 ? 'changed' : 'removed';
  }
  const indices = [...new Set((found as SentenceMatch[]).flatMap(matchedIndices))];
  if (indices[0] < from || indices.some((x, k) => k > 0 && x !== indices[k - 1] + 1)) return 'split';
  return { start: indices[0], indices, exact: found.every((m) => m !== null && m.score === 1) };
}
