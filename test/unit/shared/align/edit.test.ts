import { describe, expect, it } from 'vitest';
import {
  checkBeads, confirmBead, insertGap, mergeWithNext, shiftSentence, splitBead,
} from '../../../../shared/align/edit';
import { AlignError } from '../../../../shared/align/errors';
import type { Bead } from '../../../../shared/align/types';

const bead = (zh: number[], en: number[], confidence = 0.9): Bead => ({ zh, en, confidence });
/** 4 zh / 5 en sentences: 1-1, 1-2, 1-1, 1-1. */
const sample: Bead[] = [bead([0], [0]), bead([1], [1, 2]), bead([2], [3]), bead([3], [4])];
const shapes = (beads: Bead[]) => beads.map((b) => `${b.zh.join(',')}|${b.en.join(',')}`);

function expectAlignError(fn: () => unknown, reason: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AlignError);
    expect((e as AlignError).reason).toBe(reason);
    expect((e as AlignError).code).toBe('BAD_INPUT');
    expect((e as AlignError).message.length).toBeGreaterThan(10);
    return;
  }
  throw new Error('expected an AlignError');
}

describe('alignment editing', () => {
  it('merges a bead with the next one, marking the result confirmed', () => {
    const out = mergeWithNext(sample, 1);
    expect(shapes(out)).toEqual(['0|0', '1,2|1,2,3', '3|4']);
    expect(out[1]).toMatchObject({ status: 'confirmed', confidence: 1 });
    expect(out[0]).toBe(sample[0]);
    checkBeads(out, 4, 5);
    expect(shapes(sample)).toEqual(['0|0', '1|1,2', '2|3', '3|4']);
  });

  it('refuses to merge the last bead or a bead that does not exist', () => {
    expectAlignError(() => mergeWithNext(sample, 3), 'NO_NEIGHBOUR');
    expectAlignError(() => mergeWithNext(sample, 7), 'NO_SUCH_BEAD');
    expectAlignError(() => mergeWithNext(sample, -1), 'NO_SUCH_BEAD');
  });

  it('splits a bead at a zh/en point, including into a 1-0 and a 0-1 part', () => {
    expect(shapes(splitBead(sample, 1, 2, 2))).toEqual(['0|0', '1|1', '|2', '2|3', '3|4']);
    const merged = mergeWithNext(sample, 1);
    const out = splitBead(merged, 1, 2, 3);
    expect(shapes(out)).toEqual(['0|0', '1|1,2', '2|3', '3|4']);
    checkBeads(out, 4, 5);
  });

  it('refuses a split outside the bead or one that leaves a part empty', () => {
    expectAlignError(() => splitBead(sample, 1, 1, 1), 'BAD_SPLIT');
    expectAlignError(() => splitBead(sample, 1, 2, 3), 'BAD_SPLIT');
    expectAlignError(() => splitBead(sample, 1, 0, 2), 'BAD_SPLIT');
    expectAlignError(() => splitBead(sample, 1, 1, 5), 'BAD_SPLIT');
  });

  it('shifts a sentence up or down between neighbouring beads', () => {
    const up = shiftSentence(sample, 1, 'en', 'up');
    expect(shapes(up)).toEqual(['0|0,1', '1|2', '2|3', '3|4']);
    checkBeads(up, 4, 5);
    const down = shiftSentence(sample, 1, 'en', 'down');
    expect(shapes(down)).toEqual(['0|0', '1|1', '2|2,3', '3|4']);
    checkBeads(down, 4, 5);
    const zhDown = shiftSentence(sample, 2, 'zh', 'down');
    expect(shapes(zhDown)).toEqual(['0|0', '1|1,2', '|3', '2,3|4']);
    checkBeads(zhDown, 4, 5);
  });

  it('removes a bead that a shift leaves empty', () => {
    const gap = insertGap(sample, 2, 'zh', 'after');
    expect(shapes(gap)).toEqual(['0|0', '1|1,2', '|3', '2|', '3|4']);
    const out = shiftSentence(gap, 3, 'zh', 'up');
    expect(shapes(out)).toEqual(['0|0', '1|1,2', '2|3', '3|4']);
    checkBeads(out, 4, 5);
  });

  it('refuses to shift past the ends or from an empty side', () => {
    expectAlignError(() => shiftSentence(sample, 0, 'zh', 'up'), 'NO_NEIGHBOUR');
    expectAlignError(() => shiftSentence(sample, 3, 'en', 'down'), 'NO_NEIGHBOUR');
    const gap = insertGap(sample, 1, 'en', 'after');
    expectAlignError(() => shiftSentence(gap, 2, 'zh', 'up'), 'EMPTY_SIDE');
  });

  it('inserts a gap before or after, as a 1-0 or 0-1 bead', () => {
    expect(shapes(insertGap(sample, 1, 'en', 'before'))).toEqual(['0|0', '|1', '1|2', '2|3', '3|4']);
    expect(shapes(insertGap(sample, 1, 'en', 'after'))).toEqual(['0|0', '1|1', '|2', '2|3', '3|4']);
    expect(shapes(insertGap(sample, 0, 'zh', 'before'))).toEqual(['0|', '|0', '1|1,2', '2|3', '3|4']);
    checkBeads(insertGap(sample, 3, 'zh', 'after'), 4, 5);
  });

  it('refuses to make a gap out of a gap', () => {
    const gap = insertGap(sample, 0, 'zh', 'before');
    expectAlignError(() => insertGap(gap, 0, 'zh', 'after'), 'EMPTY_SIDE');
    expectAlignError(() => insertGap(gap, 1, 'zh', 'after'), 'EMPTY_SIDE');
  });

  it('confirms a bead and can send it back to auto', () => {
    const out = confirmBead(sample, 2);
    expect(out[2]).toEqual({ zh: [2], en: [3], confidence: 1, status: 'confirmed' });
    expect(out[1]).toBe(sample[1]);
    expect(confirmBead(out, 2, 'auto')[2].status).toBe('auto');
    expectAlignError(() => confirmBead(sample, 4), 'NO_SUCH_BEAD');
  });

  it('checkBeads rejects gaps, overlaps, empty beads and incomplete coverage', () => {
    expectAlignError(() => checkBeads([bead([0], [0]), bead([2], [1])]), 'BAD_BEADS');
    expectAlignError(() => checkBeads([bead([0], [0]), bead([0], [1])]), 'BAD_BEADS');
    expectAlignError(() => checkBeads([bead([0], [0]), bead([], [])]), 'BAD_BEADS');
    expectAlignError(() => checkBeads(sample, 5, 5), 'BAD_BEADS');
    expectAlignError(() => checkBeads([bead([0], [0], 1.5)]), 'BAD_BEADS');
    expect(() => checkBeads(sample, 4, 5)).not.toThrow();
  });
});
