import { describe, expect, it } from 'vitest';
import { annotationImportSummary } from '../../../../renderer/annotations/annotationImportSummary';

describe('the line an annotation import says', () => {
  it('gives the anchoring states, and the re-anchored ones only when there are some', () => {
    expect(annotationImportSummary({ imported: 3, anchored: 2, moved: 1, orphaned: 0, reanchored: 0 })).toBe('2 anchored, 1 moved, 0 orphaned in this article.');
    expect(annotationImportSummary({ imported: 1, anchored: 1, moved: 0, orphaned: 0, reanchored: 1 })).toBe(
      '1 anchored, 0 moved, 0 orphaned in this article; 1 was not where the file put it and was re-anchored.',
    );
    expect(annotationImportSummary({ imported: 4, anchored: 4, moved: 0, orphaned: 0, reanchored: 2 })).toContain('2 were not where the file put them and were re-anchored');
  });
});
