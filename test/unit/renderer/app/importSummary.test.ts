import { describe, expect, it } from 'vitest';
import { importSummary, type ImportOutcome } from '../../../../renderer/app/importSummary';

const of = (...statuses: ImportOutcome['status'][]) => statuses.map((status) => ({ status }));

describe('the line an ended import says', () => {
  it('counts each outcome, singular and plural, in a fixed order', () => {
    expect(importSummary(of('imported'))).toBe('1 imported.');
    expect(importSummary(of('unchanged', 'imported', 'imported', 'revised', 'unchanged'))).toBe('2 imported, 1 new revision, 2 unchanged.');
    expect(importSummary(of('revised', 'revised'))).toBe('2 new revisions.');
    expect(importSummary(of('failed', 'imported'))).toBe('1 imported, 1 could not be imported.');
  });

  it('says so when nothing was processed', () => {
    expect(importSummary([])).toBe('No files were processed.');
  });
});
