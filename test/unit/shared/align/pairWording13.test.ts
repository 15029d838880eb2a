/**
 * The alignment editor's refusals speak of pairs and of Chinese and English sentences, the words the translator sees
 * on screen; "bead" (the aligner's own term) and the codes zh / en never reach them.
 */
import { describe, expect, it } from 'vitest';
import { checkBeads, confirmBead, insertGap, mergeWithNext, shiftSentence, splitBead } from '../../../../shared/align/edit';
import type { Bead } from '../../../../shared/align/types';

const bead = (zh: number[], en: number[], confidence = 0.9): Bead => ({ zh, en, confidence });
/** 4 Chinese / 5 English sentences: 1-1, 1-2, 1-0, 1-1, 0-1. */
const sample: Bead[] = [bead([0], [0]), bead([1], [1, 2]), bead([2], []), bead([3], [3]), bead([], [4])];

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('alignment edit refusals', () => {
  const cases: [string, () => unknown, string][] = [
    ['a pair that does not exist', () => confirmBead(sample, 7), 'There is no pair 8: the alignment has 5 pairs.'],
    ['merging the last pair', () => mergeWithNext(sample, 4), 'Pair 5 is the last pair: there is no pair after it to merge with.'],
    ['a split point outside the pair', () => splitBead(sample, 1, 1, 4), 'Cannot split pair 2 at English sentence 5: its English sentences are 2–3. Choose a point among them.'],
    ['a split that leaves a part empty', () => splitBead(sample, 1, 1, 1), 'Splitting pair 2 there would leave one part with no sentence. Choose a point inside the pair.'],
    ['moving a sentence the pair does not have', () => shiftSentence(sample, 2, 'en', 'up'), 'Pair 3 has no English sentence to move.'],
    ['moving up from the first pair', () => shiftSentence(sample, 0, 'zh', 'up'), 'Pair 1 has no pair before it to move a sentence into.'],
    ['moving down from the last pair', () => shiftSentence(sample, 4, 'en', 'down'), 'Pair 5 has no pair after it to move a sentence into.'],
    ['setting apart a sentence the pair does not have', () => insertGap(sample, 4, 'zh', 'before'), 'Pair 5 has no Chinese sentence to set apart.'],
    ['a gap already', () => insertGap(sample, 2, 'zh', 'after'), 'Pair 3 is already a gap: a Chinese sentence with no English.'],
    ['an English gap already', () => insertGap(sample, 4, 'en', 'after'), 'Pair 5 is already a gap: an English sentence with no Chinese.'],
    ['an empty pair', () => checkBeads([bead([0], [0]), bead([], [])]), 'Pair 2 has no sentence on either side.'],
    ['sentences out of order', () => checkBeads([bead([0], [1]), bead([1], [0])]), 'Pair 1 holds English sentence 2 where English sentence 1 was due: the pairs must keep the sentences in order.'],
    ['a sentence left out', () => checkBeads(sample, 5, 5), 'The pairs hold 4 of the 5 Chinese sentences; every sentence belongs to one pair.'],
  ];
  for (const [name, fn, message] of cases) {
    it(`say what is wrong in the translator's words: ${name}`, () => {
      const got = messageOf(fn);
      expect(got).toBe(message);
      expect(got).not.toMatch(/\bbeads?\b|\bzh\b|\ben\b/i);
    });
  }
});
