import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchoringKey } from '../../../../shared/anchoring/anchorKey';
import { isOutline, outlineAnnotations, outlineRow, type AnnotationOutline } from '../../../../shared/ipc/annotationOutline';
import { linkedSpanOf } from '../../../../shared/model/annotation';
import type { DocJSON } from '../../../../shared/model/article';
import { openServices } from '../../../../electron/services/services';
import { createHandlers } from '../../../../electron/services/handlers';
import { dispatch } from '../../../../electron/services/dispatch';
import { differingIds, keepWholeRecords } from '../../../../renderer/annotations/anchorRefresh';
import { inDocumentOrder, matchesFilter, NO_FILTER } from '../../../../renderer/annotations/filters';
import { noteOf, tagsOf } from '../../../../renderer/annotations/colours';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const FILLER = '这一段只是为了拉开距离，里面没有任何需要核查的说法，读者可以跳过它，继续往下读就好。'.repeat(2);
const BODY = ['卡塔尔向加沙提供每月 3000 万美元的援助。', FILLER, '第二段说，至少 110 名外国护照持有者离开加沙。', FILLER, '第三段：哈马斯扣押了 200 多名人质，埃及表示正在斡旋。'].join('\n\n');

function setup() {
  const s = openServices(path.join(tempDir(), 'glossa.sqlite'), { annotations: { defaultActor: 'tester' } });
  const articleId = s.imports.importBytes('outline.md', bytes(articleMarkdown({ title: '大纲', body: BODY }))).articleId!;
  const revision = s.articles.revisionOf(articleId);
  const at = (needle: string) => {
    const start = revision.text.indexOf(needle);
    return { start, end: start + needle.length };
  };
  const handlers = createHandlers(s, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => undefined });
  return { s, articleId, revisionId: revision.id, at, handlers };
}

/** Everything the side panel lists, filters, colours and draws of one record. */
function listed(a: ReturnType<typeof outlineAnnotations>[number]) {
  const link = linkedSpanOf(a);
  return {
    id: a.id,
    motivation: a.motivation,
    position: a.target.selectors.position,
    exact: a.target.selectors.quote.exact,
    anchor: a.anchor,
    modified: a.modified,
    tags: tagsOf(a),
    note: noteOf(a),
    link: link && { exact: link.selectors.quote.exact, position: link.selectors.position, anchor: link.anchor },
    claim: a.claim && { verdict: a.claim.verdict, status: a.claim.status, value: a.claim.value },
    fingerprint: anchoringKey(a),
  };
}

describe('the outline of an article’s annotations (opening it)', () => {
  it('lists every live annotation in document order with what the panel shows, and none of the quote context', async () => {
    const { s, articleId, revisionId, at, handlers } = setup();
    const claim = s.annotations.create({ articleId, revisionId, ...at('3000 万美元'), motivation: 'assessing', tags: ['money'] });
    s.annotations.update({
      id: claim.id,
      claim: {
        verdict: 'mostly true',
        status: 'in review',
        rationale: 'The ministry said so.',
        sources: [{ url: 'https://example.org/a', title: 'Ministry statement', quote: 'thirty million a month' }],
      },
    });
    const note = s.annotations.create({ articleId, revisionId, ...at('110 名'), motivation: 'commenting', bodies: [{ type: 'TextualBody', value: '核对名单', purpose: 'commenting' }] });
    const link = s.annotations.create({ articleId, revisionId, ...at('200 多名'), link: at('埃及表示'), motivation: 'linking' });
    const gone = s.annotations.create({ articleId, revisionId, ...at('卡塔尔'), motivation: 'highlighting' });
    s.annotations.delete(gone.id);

    const result = await dispatch(handlers, 'annotations.outline', { articleId });
    if (!result.ok) throw new Error(result.error.message);
    const outline = result.value as AnnotationOutline;
    // Through JSON, as the preview host sends it.
    const records = outlineAnnotations(articleId, JSON.parse(JSON.stringify(outline)) as AnnotationOutline);
    const whole = s.annotations.list(articleId).annotations;

    expect(outline.revisionId).toBe(revisionId);
    expect(records.map((a) => a.id)).toEqual([claim.id, note.id, link.id]);
    expect(records.map(listed)).toEqual(whole.map((a) => listed(a)));
    expect(records[0]?.claim?.verdict).toBe('mostly true');
    expect(records[0]?.claim?.sources).toEqual([]);
    expect(records.every(isOutline)).toBe(true);
    expect(whole.some(isOutline)).toBe(false);
    // No quote context on either end of the link: that is what the outline leaves out.
    const text = JSON.stringify(outline);
    expect(text).not.toContain('Ministry statement');
    for (const a of whole) expect(text).not.toContain(a.target.selectors.quote.suffix);
    expect(records[2]?.target.selectors.quote.prefix).toBe('');
    expect(linkedSpanOf(records[2]!)?.selectors.quote.suffix).toBe('');
    // The service's rows are exactly what packing its whole records gives.
    expect(outline.rows).toEqual(whole.map(outlineRow));
    s.close();
  });

  it('filters and orders outlines like whole records, and after a save names only the annotations whose anchoring changed', () => {
    const { s, articleId, revisionId, at } = setup();
    const money = s.annotations.create({ articleId, revisionId, ...at('3000 万美元'), motivation: 'assessing' });
    const count = s.annotations.create({ articleId, revisionId, ...at('110 名'), motivation: 'commenting', tags: ['names'] });
    const records = outlineAnnotations(articleId, s.annotations.outline(articleId));
    const known = new Map(records.map((a) => [a.id, a]));
    expect(records.filter((a) => matchesFilter(a, { ...NO_FILTER, tag: 'names' })).map((a) => a.id)).toEqual([count.id]);
    expect(records.filter((a) => matchesFilter(a, { ...NO_FILTER, status: 'open' })).map((a) => a.id)).toEqual([money.id]);
    expect(inDocumentOrder([...records].reverse(), new Map()).map((a) => a.id)).toEqual([money.id, count.id]);
    // Nothing changed yet: outlines fingerprint like the service's records, so nothing is fetched again.
    expect(differingIds(known, s.annotations.anchorKeys(articleId).keys)).toEqual([]);
    const doc = JSON.parse(JSON.stringify(s.articles.revisionOf(articleId).doc).replace('这一段', '这一小段').replace('110 名', '110 多名')) as DocJSON;
    s.edits.saveEdit(articleId, revisionId, doc);
    s.annotations.reanchorArticle(articleId);
    expect(differingIds(known, s.annotations.anchorKeys(articleId).keys)).toEqual([count.id]);
    s.close();
  });

  it('a reloaded list keeps the whole record the detail view shows while it is unchanged, and takes the new outline once it changed', () => {
    const { s, articleId, revisionId, at } = setup();
    const money = s.annotations.create({ articleId, revisionId, ...at('3000 万美元'), motivation: 'assessing' });
    const count = s.annotations.create({ articleId, revisionId, ...at('110 名'), motivation: 'commenting' });
    const first = outlineAnnotations(articleId, s.annotations.outline(articleId));
    // The detail view fetched the claim whole.
    const whole = s.annotations.some(articleId, [money.id]).annotations[0]!;
    const shown = new Map(first.map((a) => [a.id, a])).set(money.id, whole);
    const again = keepWholeRecords(shown, outlineAnnotations(articleId, s.annotations.outline(articleId)));
    expect(again.get(money.id)).toBe(whole);
    expect(isOutline(again.get(count.id)!)).toBe(true);
    // Changed elsewhere (another window, the CLI): the stale whole record gives way to the new outline.
    s.annotations.update({ id: money.id, claim: { verdict: 'false' } });
    const changed = keepWholeRecords(again, outlineAnnotations(articleId, s.annotations.outline(articleId)));
    expect(isOutline(changed.get(money.id)!)).toBe(true);
    expect(changed.get(money.id)?.claim?.verdict).toBe('false');
    // Deleted ones leave the list.
    s.annotations.delete(count.id);
    expect([...keepWholeRecords(changed, outlineAnnotations(articleId, s.annotations.outline(articleId))).keys()]).toEqual([money.id]);
    s.close();
  });

  it('answers NOT_FOUND for an article that does not exist and rejects a malformed id', async () => {
    const { s, handlers } = setup();
    const missing = await dispatch(handlers, 'annotations.outline', { articleId: 999 });
    expect(missing.ok).toBe(false);
    expect((await dispatch(handlers, 'annotations.outline', { articleId: 'x' })).ok).toBe(false);
    s.close();
  });
});
