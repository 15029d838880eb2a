import { describe, expect, it } from 'vitest';
import { changedText, fromSource, occurrencesIn, toSource } from '../../../../shared/anchoring/changedText';
import { describeSpan } from '../../../../shared/anchoring/describeSpan';
import { foldForMatching, foldSelectors } from '../../../../shared/anchoring/matchFold';
import { reanchorFolded } from '../../../../shared/anchoring/reanchor';
import { reanchorAll } from '../../../../shared/anchoring/reanchorAll';
import { diffTexts, mapOffset, segmentContainingNew } from '../../../../shared/anchoring/textDiff';

describe('changedText', () => {
  const source = 'abcdefghijklmnopqrstuvwxyz';

  it('cuts padded stretches, merges those that touch, and maps offsets back', () => {
    const changed = changedText(source, [[5, 6], [8, 8], [20, 22]], 2, 3);
    expect(changed.sourceStarts).toEqual([3, 18]);
    expect(changed.lengths).toEqual([7, 6]);
    expect(changed.text).toBe('defghij\uffff\uffff\uffffstuvwx\uffff\uffff\uffff');
    expect(toSource(changed, changed.text.indexOf('t'))).toBe(source.indexOf('t'));
    expect(toSource(changed, 8)).toBe(-1);
    expect(fromSource(changed, source.indexOf('u'))).toBe(changed.text.indexOf('u'));
    expect(occurrencesIn(changed, 'ghi')).toEqual([6]);
    expect(occurrencesIn(changed, 'jks')).toEqual([]);
  });
});

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('reanchorAll searching only the edits', () => {
  const sentences = [
    '卡塔尔每月向加沙提供约 3000 万美元。',
    '据两名知情官员透露，谈判已进入关键阶段。',
    '以色列总理办公室在一份声明中说，已有至少 50 名人质获释。',
    '分析人士指出，卡塔尔的影响力来自其庞大的天然气财富。',
    'Qatar sends about $30 million a month to Gaza.',
    '批评者认为，卡塔尔的资金间接帮助了哈马斯。',
  ];

  it('finds what a search of the whole text finds, on random edits of a text full of repeats', () => {
    const next = rng(9);
    const states = { anchored: 0, moved: 0, orphaned: 0 };
    for (let round = 0; round < 12; round += 1) {
      const paragraphs: string[] = [];
      for (let p = 0; p < 60; p += 1) {
        let paragraph = '';
        for (let s = 0; s < 3; s += 1) paragraph += sentences[Math.floor(next() * sentences.length)];
        paragraphs.push(paragraph.replace(/万|名/g, (c) => (next() < 0.3 ? '千' : c)));
      }
      const oldText = paragraphs.join('\n\n');
      const edited = [...paragraphs];
      for (let e = 0; e < 6; e += 1) {
        const at = Math.floor(next() * edited.length);
        const kind = Math.floor(next() * 4);
        if (kind === 0) edited.splice(at, 1);
        else if (kind === 1) edited.splice(at, 0, edited[Math.floor(next() * edited.length)]);
        else if (kind === 2) edited[at] = edited[at].replace('卡塔尔', '多哈');
        else edited[at] = edited[at].slice(0, 10) + '插入的文字' + edited[at].slice(12);
      }
      const newText = edited.join('\n\n');
      const annotations = Array.from({ length: 40 }, (_, i) => {
        const start = Math.floor(next() * (oldText.length - 30));
        return { id: `a${i}`, target: { selectors: describeSpan(oldText, start, start + 3 + Math.floor(next() * 25)) } };
      });
      const diff = diffTexts(foldForMatching(oldText), foldForMatching(newText));
      const outcomes = reanchorAll(annotations, oldText, newText);
      outcomes.forEach((outcome, i) => {
        if (outcome.viaDiff) return;
        states[outcome.state] += 1;
        const { start, end } = annotations[i].target.selectors.position;
        const reference = reanchorFolded(foldSelectors(annotations[i].target.selectors), foldForMatching(newText), {
          hint: mapOffset(diff, start),
          isOtherOldText: (from, to) => {
            const segment = segmentContainingNew(diff, from, to);
            if (segment === null) return false;
            const oldFrom = segment.oldStart + (from - segment.newStart);
            return oldFrom + (to - from) <= start || oldFrom >= end;
          },
        });
        expect({ start: outcome.start, end: outcome.end, state: outcome.state, confidence: outcome.confidence }, `round ${round}, ${i}`).toEqual(
          reference,
        );
      });
    }
    // Enough of each kind went through the search to mean something.
    expect(Math.min(states.anchored, states.moved, states.orphaned), JSON.stringify(states)).toBeGreaterThan(5);
  });
});
