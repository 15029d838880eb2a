import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchoringKey } from '../../../../shared/anchoring/anchorKey';
import type { DocJSON } from '../../../../shared/model/article';
import { openServices } from '../../../../electron/services/services';
import { createHandlers } from '../../../../electron/services/handlers';
import { dispatch } from '../../../../electron/services/dispatch';
import { differingIds } from '../../../../renderer/annotations/anchorRefresh';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

// Paragraphs far enough apart that an edit in one leaves the quote context of the others alone.
const FILLER = '这一段只是为了拉开距离，里面没有任何需要核查的说法，读者可以跳过它，继续往下读就好。'.repeat(2);
const BODY = ['卡塔尔向加沙提供每月 3000 万美元的援助。', FILLER, '第二段说，至少 110 名外国护照持有者离开加沙。', FILLER, '第三段：哈马斯扣押了 200 多名人质。'].join('\n\n');

function setup() {
  const s = openServices(path.join(tempDir(), 'glossa.sqlite'), { annotations: { defaultActor: 'tester' } });
  const articleId = s.imports.importBytes('some.md', bytes(articleMarkdown({ title: '部分', body: BODY }))).articleId!;
  const other = s.imports.importBytes('other.md', bytes(articleMarkdown({ title: '另一篇', body: '哈马斯扣押了人质。' }))).articleId!;
  const revision = s.articles.revisionOf(articleId);
  const at = (needle: string) => {
    const start = revision.text.indexOf(needle);
    return { start, end: start + needle.length };
  };
  return { s, articleId, other, revisionId: revision.id, at };
}

describe('fetching only the annotations whose anchoring changed', () => {
  it('returns the named live annotations of the article in document order, leaving out deleted, unknown and other articles’ ones', async () => {
    const { s, articleId, other, revisionId, at } = setup();
    const late = s.annotations.create({ articleId, revisionId, ...at('200 多名'), motivation: 'assessing' });
    const early = s.annotations.create({ articleId, revisionId, ...at('3000 万美元'), motivation: 'commenting' });
    const gone = s.annotations.create({ articleId, revisionId, ...at('110 名'), motivation: 'highlighting' });
    s.annotations.delete(gone.id);
    const otherRevision = s.articles.revisionOf(other);
    const elsewhere = s.annotations.create({ articleId: other, revisionId: otherRevision.id, start: 0, end: 3, motivation: 'highlighting' });
    const handlers = createHandlers(s, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => undefined });
    const result = await dispatch(handlers, 'annotations.some', {
      articleId,
      ids: [late.id, gone.id, elsewhere.id, early.id, late.id, '00000000-0000-4000-8000-000000000000'],
    });
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as { revisionId: number; annotations: { id: string }[] };
    expect(value.revisionId).toBe(revisionId);
    expect(value.annotations.map((a) => a.id)).toEqual([early.id, late.id]);
    // Ids are checked: not a list of anything.
    expect((await dispatch(handlers, 'annotations.some', { articleId, ids: ['x'] })).ok).toBe(false);
    expect((await dispatch(handlers, 'annotations.some', { articleId, ids: [] })).ok).toBe(false);
    s.close();
  });

  it('after a save that changes one quote, names only that annotation as worth fetching', () => {
    const { s, articleId, revisionId, at } = setup();
    const money = s.annotations.create({ articleId, revisionId, ...at('3000 万美元'), motivation: 'assessing' });
    const count = s.annotations.create({ articleId, revisionId, ...at('110 名'), motivation: 'commenting' });
    const known = new Map(s.annotations.list(articleId).annotations.map((a) => [a.id, a]));
    // Typed in the filler before the second span (it moves, the first does not) and inside the second one (its quote changes).
    const doc = JSON.parse(JSON.stringify(s.articles.revisionOf(articleId).doc).replace('这一段', '这一小段').replace('110 名', '110 多名')) as DocJSON;
    s.edits.saveEdit(articleId, revisionId, doc);
    s.annotations.reanchorArticle(articleId);
    const keys = s.annotations.anchorKeys(articleId).keys;
    const ids = differingIds(known, keys);
    expect(ids).toEqual([count.id]);
    expect(ids).not.toContain(money.id);
    const fetched = s.annotations.some(articleId, ids).annotations;
    expect(fetched.map((a) => anchoringKey(a))).toEqual(keys.filter((k) => k.id === count.id).map((k) => k.key));
    s.close();
  });
});
