import { describe, expect, it } from 'vitest';
import { diffTexts, mapOffset, segmentContaining } from '../../../../shared/anchoring/textDiff';

describe('diffTexts', () => {
  it('finds the common prefix and suffix around a single edit', () => {
    const diff = diffTexts('alpha beta gamma', 'alpha BETA gamma');
    expect(diff.segments).toEqual([
      { oldStart: 0, newStart: 0, length: 6 },
      { oldStart: 10, newStart: 10, length: 6 },
    ]);
  });

  it('finds unchanged paragraphs between two distant edits through their unique lines', () => {
    const old = ['one', 'two', 'three', 'four', 'five'].join('\n');
    const next = ['ONE', 'two', 'three', 'four', 'FIVE'].join('\n');
    const diff = diffTexts(old, next);
    const three = old.indexOf('three');
    expect(segmentContaining(diff, three, three + 5)).not.toBeNull();
    expect(mapOffset(diff, three)).toBe(next.indexOf('three'));
  });

  it('maps offsets after an insertion and inside a changed stretch', () => {
    const old = 'keep this. old words. keep that.';
    const next = 'keep this. brand new longer words. keep that.';
    const diff = diffTexts(old, next);
    expect(mapOffset(diff, old.indexOf('keep that'))).toBe(next.indexOf('keep that'));
    const inside = mapOffset(diff, old.indexOf('words'));
    expect(inside).toBeGreaterThanOrEqual(next.indexOf('brand'));
    expect(inside).toBeLessThanOrEqual(next.indexOf(' keep that'));
    expect(segmentContaining(diff, old.indexOf('old'), old.indexOf('old') + 3)).toBeNull();
  });

  it('does not pair repeated lines, which could be either copy', () => {
    const old = ['x', 'same', 'y', 'same', 'z'].join('\n');
    const next = ['X', 'same', 'Y', 'same', 'Z'].join('\n');
    const diff = diffTexts(old, next);
    expect(segmentContaining(diff, old.indexOf('same'), old.indexOf('same') + 4)).toBeNull();
  });

  it('treats identical texts as one unchanged segment', () => {
    expect(diffTexts('abc', 'abc').segments).toEqual([{ oldStart: 0, newStart: 0, length: 3 }]);
    expect(diffTexts('', '').segments).toEqual([]);
  });
});
