import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAnnotationReport } from '../../../../electron/services/annotationReports';
import { openServices } from '../../../../electron/services/services';
import { linkedSpanOf, type Annotation } from '../../../../shared/model/annotation';
import type { DocJSON } from '../../../../shared/model/article';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const BODY = [
  '[[zh:卡塔尔]]外交部表示，每月向加沙提供 3000 万美元。',
  '第二段说，至少 110 名外国护照持有者离开加沙。',
  '第三段：哈马斯否认了每月 3000 万美元的说法。',
].join('\n\n');

function setup() {
  const s = openServices(path.join(tempDir(), 'glossa.sqlite'), { annotations: { defaultActor: 'tester' } });
  const r = s.imports.importBytes('links.md', bytes(articleMarkdown({ title: '链接测试', body: BODY })));
  const articleId = r.articleId!;
  const revision = s.articles.revisionOf(articleId);
  return { s, articleId, revisionId: revision.id, text: revision.text };
}

function span(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`no ${needle}`);
  return { start, end: start + needle.length };
}

function replaceText(doc: DocJSON, from: string, to: string): DocJSON {
  return JSON.parse(JSON.stringify(doc).split(from).join(to)) as DocJSON;
}

function linkOf(a: Annotation) {
  const link = linkedSpanOf(a);
  if (!link) throw new Error('no linked span');
  return link;
}

describe('linking two spans', () => {
  it('stores the second span as a body with its own selectors, and keeps it when the note is edited', () => {
    const { s, articleId, revisionId, text } = setup();
    const first = span(text, '外交部表示');
    const second = span(text, '哈马斯否认');
    const a = s.annotations.create({
      articleId,
      revisionId,
      ...first,
      motivation: 'linking',
      link: second,
      bodies: [{ type: 'TextualBody', value: 'contradicts', purpose: 'commenting' }],
    });
    expect(a.target.selectors.quote.exact).toBe('外交部表示');
    expect(linkOf(a).selectors.quote.exact).toBe('哈马斯否认');
    expect(linkOf(a).selectors.position).toEqual(second);
    const edited = s.annotations.update({ id: a.id, bodies: [{ type: 'TextualBody', value: 'the denial', purpose: 'commenting' }] });
    expect(linkOf(edited).selectors.quote.exact).toBe('哈马斯否认');
    expect(edited.bodies).toHaveLength(2);
    expect(() => s.annotations.create({ articleId, revisionId, ...first, motivation: 'linking', link: { start: 5, end: 5 } })).toThrow(/not a span/);
  });

  it('re-anchors both ends when the text is edited: one end moves with the edit, the other is orphaned when deleted', () => {
    const { s, articleId, revisionId, text } = setup();
    const a = s.annotations.create({ articleId, revisionId, ...span(text, '外交部表示'), motivation: 'linking', link: span(text, '哈马斯否认了') });
    const edited = replaceText(s.articles.revisionOf(articleId).doc, '外交部表示', '官方外交部表示');
    const saved = s.edits.saveEdit(articleId, revisionId, edited);
    const [moved] = s.annotations.list(articleId).annotations;
    const newText = s.articles.revisionOf(articleId).text;
    expect(moved?.revisionId).toBe(saved.revisionId);
    expect(moved?.target.selectors.position).toEqual(span(newText, '外交部表示'));
    expect(linkOf(moved!).selectors.position).toEqual(span(newText, '哈马斯否认了'));
    expect(linkOf(moved!).anchor.state).toBe('anchored');

    const third = s.articles.revisionOf(articleId).doc;
    const withoutThird: DocJSON = { ...third, content: (third.content ?? []).filter((n) => !JSON.stringify(n).includes('哈马斯')) };
    s.edits.saveEdit(articleId, saved.revisionId, withoutThird);
    const [after] = s.annotations.list(articleId).annotations;
    expect(after?.anchor.state).toBe('anchored');
    expect(linkOf(after!).anchor.state).toBe('orphaned');
    // The orphaned end keeps its words, and can be re-attached on its own.
    expect(linkOf(after!).selectors.quote.exact).toBe('哈马斯否认了');
    const current = s.articles.revisionOf(articleId);
    const reattached = s.annotations.reattach({ id: a.id, revisionId: current.id, ...span(current.text, '110 名'), which: 'link' });
    expect(linkOf(reattached).anchor).toEqual({ state: 'anchored', confidence: 1 });
    expect(linkOf(reattached).selectors.quote.exact).toBe('110 名');
    expect(reattached.target.selectors.quote.exact).toBe('外交部表示');
    expect(s.annotations.history(a.id).map((h) => h.action)).toEqual(['created', 'reanchored', 'reanchored', 'confirmed']);
  });

  it('exports the link losslessly as JSON-LD (a body/target pair) and imports it back', async () => {
    const { s, articleId, revisionId, text } = setup();
    const a = s.annotations.create({ articleId, revisionId, ...span(text, '外交部表示'), motivation: 'linking', link: span(text, '哈马斯否认') });
    const report = await exportAnnotationReport(s, articleId, 'jsonld');
    const json = new TextDecoder().decode(report.bytes);
    const item = (JSON.parse(json) as { first: { items: { body: Record<string, unknown>[]; target: { source: string } }[] } }).first.items[0]!;
    expect(item.body[0]).toMatchObject({ type: 'SpecificResource', purpose: 'linking', source: item.target.source, 'glossa:anchorState': 'anchored' });
    expect(item.body[0]?.selector).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: '哈马斯否认' }),
      { type: 'TextPositionSelector', ...span(text, '哈马斯否认') },
    ]);
    s.annotations.delete(a.id);
    expect(s.annotations.importJsonLd(articleId, json)).toMatchObject({ imported: 1, anchored: 1 });
    expect(s.annotations.list(articleId).annotations).toEqual([a]);
  });

  it('numbers both ends of a link in the HTML report with the same footnote', async () => {
    const { s, articleId, revisionId, text } = setup();
    s.annotations.create({ articleId, revisionId, ...span(text, '外交部表示'), motivation: 'linking', link: span(text, '哈马斯否认') });
    const html = new TextDecoder().decode((await exportAnnotationReport(s, articleId, 'report-html')).bytes);
    expect(html).toContain('<mark title="[1]">外交部表示</mark><sup class="ref" id="ref-1">');
    expect(html).toContain('<mark title="[1]">哈马斯否认</mark><sup class="ref" id="ref-1-b">');
  });
});

describe('source snapshots', () => {
  it('stores the bytes by SHA-256 with name and size, and gives them back for the claim that holds them', () => {
    const { s, articleId, revisionId, text } = setup();
    const a = s.annotations.create({ articleId, revisionId, ...span(text, '3000 万美元'), motivation: 'assessing', claim: { sources: [{ url: 'https://example.org/a' }] } });
    const pdf = Buffer.from('%PDF-1.4 saved page');
    const withFile = s.annotations.addSnapshot({ id: a.id, sourceId: a.claim!.sources[0]!.id, fileName: 'page.pdf', mediaType: 'application/pdf', dataBase64: pdf.toString('base64') });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(withFile.claim?.sources[0]?.snapshot).toEqual({ fileName: 'page.pdf', mediaType: 'application/pdf', sha256, size: pdf.byteLength });
    expect(s.annotations.snapshot(a.id, sha256)).toEqual({ fileName: 'page.pdf', mediaType: 'application/pdf', size: pdf.byteLength, dataBase64: pdf.toString('base64') });
    const other = s.annotations.create({ articleId, revisionId, ...span(text, '110 名'), motivation: 'assessing' });
    expect(() => s.annotations.snapshot(other.id, sha256)).toThrow(/not stored with this claim/);
  });
});

describe('anchor fingerprints', () => {
  it('stay the same over a save that only shifts offsets, and change when an end is orphaned', () => {
    const { s, articleId, revisionId, text } = setup();
    s.annotations.create({ articleId, revisionId, ...span(text, '外交部表示'), motivation: 'linking', link: span(text, '哈马斯否认了') });
    const before = s.annotations.anchorKeys(articleId);
    const shifted = s.edits.saveEdit(articleId, revisionId, replaceText(s.articles.revisionOf(articleId).doc, '外交部表示', '官方外交部表示'));
    const after = s.annotations.anchorKeys(articleId);
    expect(after.revisionId).toBe(shifted.revisionId);
    expect(after.keys).toEqual(before.keys);
    const doc = s.articles.revisionOf(articleId).doc;
    s.edits.saveEdit(articleId, shifted.revisionId, { ...doc, content: (doc.content ?? []).filter((n) => !JSON.stringify(n).includes('哈马斯')) });
    expect(s.annotations.anchorKeys(articleId).keys[0]?.key).not.toBe(before.keys[0]?.key);
  });
});
