import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices, type GlossaServices } from '../../../../electron/services/services';
import type { DocJSON } from '../../../../shared/model/article';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const original = articleMarkdown({ title: '卡塔尔援助', body: '卡塔尔每月提供 3000 万美元援助。' });
const edited = articleMarkdown({ title: '卡塔尔援助', body: '卡塔尔每月提供 4000 万美元援助。' });

function exported(s: GlossaServices, articleId: number): string {
  return Buffer.from(s.exports.exportArticle(articleId, 'md').bytes).toString('utf8');
}

describe('re-importing a file put back to an older version (review 17, finding 4)', () => {
  it('adds a revision with the old text, so the library shows what the file says', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const first = s.imports.importBytes('a.md', bytes(original));
    expect(first.status).toBe('imported');
    const second = s.imports.importBytes('a.md', bytes(edited));
    expect(second).toMatchObject({ status: 'revised', articleId: first.articleId });
    const reverted = s.imports.importBytes('a.md', bytes(original));
    expect(reverted).toMatchObject({ status: 'revised', articleId: first.articleId });
    expect(reverted.revisionId).not.toBe(first.revisionId);
    expect(reverted.revisionId! > second.revisionId!).toBe(true);
    expect(exported(s, first.articleId!)).toBe(original);
    expect(s.articles.revisionOf(first.articleId!).text).toContain('3000');
    expect(s.articles.summary(first.articleId!)).toMatchObject({ revisions: 3 });
    // The same bytes as the current revision: nothing to add.
    expect(s.imports.importBytes('a.md', bytes(original))).toMatchObject({ status: 'unchanged', revisionId: reverted.revisionId });
    // And forward again: the newer text is a revision once more.
    expect(s.imports.importBytes('a.md', bytes(edited))).toMatchObject({ status: 'revised', articleId: first.articleId });
    expect(exported(s, first.articleId!)).toBe(edited);
    expect(s.articles.list({}).length).toBe(1);
    s.close();
  });

  it('goes through the batch import (parse workers skip only bytes that would be unchanged)', async () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const dir = tempDir();
    const fs = await import('node:fs');
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, original);
    const first = s.imports.importBytes('a.md', bytes(original));
    s.imports.importBytes('a.md', bytes(edited));
    const other = path.join(dir, 'b.md');
    fs.writeFileSync(other, articleMarkdown({ title: '另一篇' }));
    const [outcome, otherOutcome] = await s.imports.run(s.imports.sources({ paths: [file, other] }));
    expect(outcome).toMatchObject({ status: 'revised', articleId: first.articleId });
    expect(otherOutcome.status).toBe('imported');
    expect(exported(s, first.articleId!)).toBe(original);
    s.close();
  });

  it('keeps an edit made in Glossa when the file it was imported from is imported again unchanged', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const first = s.imports.importBytes('a.md', bytes(original));
    const doc = s.articles.revisionOf(first.articleId!).doc;
    const fixed = JSON.parse(JSON.stringify(doc).split('3000').join('3500')) as DocJSON;
    const saved = s.edits.saveEdit(first.articleId!, first.revisionId!, fixed);
    // The file still says what it said when it was last imported: the edit stays current.
    expect(s.imports.importBytes('a.md', bytes(original))).toMatchObject({ status: 'unchanged', revisionId: first.revisionId });
    expect(s.articles.revisionOf(first.articleId!).id).toBe(saved.revisionId);
    s.close();
  });
});
