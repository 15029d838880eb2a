/**
 * Glossa's own JSON-LD imported where its revision ids mean nothing: another database, another article, another
 * version. Every span is checked against the text of the revision it is imported into; the file's
 * `glossa:revisionId`, `glossa:anchorState` and `glossa:anchorConfidence` can lower what that text shows, never raise it.
 */
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring/describeSpan';
import { exportWebAnnotations } from '../../../../shared/export/webAnnotation';
import { importWebAnnotations, readWebAnnotations } from '../../../../shared/export/webAnnotationImport';
import type { Annotation, AnchorStatus } from '../../../../shared/model/annotation';

const SOURCE = '卡塔尔每月向加沙支付 3000 万美元。去年，卡塔尔投资了约 2.5 亿欧元。上周三，至少 110 名外国人离开加沙。';
// Another article: the first figure's sentence is elsewhere, the second is gone.
const TARGET = '据路透社报道，上周三，至少 110 名外国人离开加沙。另据消息人士称，卡塔尔每月向加沙支付 3000 万美元。';
const article = { id: 1, source: 'https://gnews.org/articles/1916252', title: '卡塔尔' };
const into = { articleId: 7, revisionId: 12, text: TARGET };

function annotationOn(text: string, quote: string, anchor: AnchorStatus = { state: 'anchored', confidence: 1 }, id = 'a'): Annotation {
  const start = text.indexOf(quote);
  return {
    id: `0b6f7c1e-8d2a-4c3b-9e1f-2a3b4c5d6e7${id}`,
    articleId: 1,
    revisionId: 1,
    motivation: 'highlighting',
    bodies: [],
    creator: 'checker',
    created: '2023-11-04T08:00:00.000Z',
    modified: '2023-11-04T08:00:00.000Z',
    target: { selectors: describeSpan(text, start, start + quote.length) },
    anchor,
  };
}

/** The file as exported from `text`, read into `TARGET` (or `options`). */
function imported(annotations: Annotation[], options: Parameters<typeof importWebAnnotations>[1] = into) {
  return readWebAnnotations(exportWebAnnotations(article, annotations), options);
}

describe('importing Glossa JSON-LD into another text', () => {
  it('orphans a span the target text does not have, though the file says anchored with confidence 1', () => {
    const { annotations, reanchored } = imported([annotationOn(SOURCE, '约 2.5 亿欧元')]);
    const [read] = annotations;
    expect(read?.anchor.state).toBe('orphaned');
    expect(read?.anchor.confidence).toBeLessThan(0.5);
    // Kept with its quote, on the revision it was imported into, never on the file's revision 1.
    expect(read?.target.selectors.quote.exact).toBe('约 2.5 亿欧元');
    expect(read).toMatchObject({ articleId: 7, revisionId: 12 });
    expect(reanchored).toBe(1);
  });

  it('finds a span elsewhere in the target text and proposes it there (moved, its confidence)', () => {
    const [read] = imported([annotationOn(SOURCE, '每月向加沙支付 3000 万美元')]).annotations;
    const start = TARGET.indexOf('每月向加沙支付');
    expect(read?.anchor.state).toBe('moved');
    expect(read?.anchor.confidence).toBeGreaterThan(0.5);
    expect(read?.anchor.confidence).toBeLessThan(1);
    expect(read?.target.selectors.position).toEqual({ start, end: start + '每月向加沙支付 3000 万美元'.length });
    expect(read?.target.selectors.quote.exact).toBe('每月向加沙支付 3000 万美元');
  });

  it('does not anchor a quote whose position holds other text (the marker that landed mid-word)', () => {
    const entry = {
      id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      type: 'Annotation',
      motivation: 'assessing',
      target: { selector: [{ type: 'TextQuoteSelector', exact: '$30 million a month' }, { type: 'TextPositionSelector', start: 11, end: 30 }] },
      created: '2023-11-04T08:00:00.000Z',
      'glossa:articleId': 1,
      'glossa:revisionId': 12,
      'glossa:anchorState': 'anchored',
      'glossa:anchorConfidence': 1,
    };
    // Even naming the very revision imported into: the text decides, not the id.
    const [read] = importWebAnnotations([entry], into);
    expect(read?.anchor.state).toBe('orphaned');
    expect(read?.revisionId).toBe(12);
  });

  it('lets re-anchoring judge a quote that is at its position with other words around it: here they are elsewhere', () => {
    // 加沙 is at this offset of the target too, but the file's context is another sentence's.
    const start = TARGET.indexOf('加沙');
    const selectors = { quote: { exact: '加沙', prefix: '卡塔尔每月向', suffix: '支付 3000' }, position: { start, end: start + 2 } };
    const entry = { ...annotationOn(TARGET, '加沙'), target: { selectors } };
    const { annotations, reanchored } = imported([entry]);
    // The 加沙 whose words around it are the file's is the one proposed, not the one at the file's offset.
    expect(annotations[0]?.anchor.state).toBe('moved');
    expect(annotations[0]?.target.selectors.position).toEqual({ start: TARGET.lastIndexOf('加沙'), end: TARGET.lastIndexOf('加沙') + 2 });
    expect(reanchored).toBe(1);
  });

  it('anchors a span whose quote, prefix and suffix the target text holds right at its position', () => {
    const { annotations, reanchored } = imported([annotationOn(TARGET, '至少 110 名外国人')]);
    expect(annotations[0]?.anchor).toEqual({ state: 'anchored', confidence: 1 });
    expect(annotations[0]?.revisionId).toBe(12);
    expect(reanchored).toBe(0);
  });

  it("keeps the file's lower word: an unconfirmed (moved) span stays moved with its confidence where the text holds it", () => {
    const [read] = imported([annotationOn(TARGET, '至少 110 名外国人', { state: 'moved', confidence: 0.82 })]).annotations;
    expect(read?.anchor).toEqual({ state: 'moved', confidence: 0.82 });
    // A lower confidence than the text shows is kept too; a higher one is not.
    const [placed, found] = imported([
      annotationOn(TARGET, '至少 110 名外国人', { state: 'anchored', confidence: 0.96 }, 'b'),
      annotationOn(SOURCE, '每月向加沙支付 3000 万美元', { state: 'moved', confidence: 0.99 }, 'c'),
    ]).annotations;
    expect(placed?.anchor).toEqual({ state: 'anchored', confidence: 0.96 });
    expect(found?.anchor.state).toBe('moved');
    expect(found?.anchor.confidence).toBeLessThan(0.99);
  });

  it("checks a link's second span against the target text too", () => {
    const link = annotationOn(TARGET, '上周三');
    const second = describeSpan(SOURCE, SOURCE.indexOf('约 2.5 亿欧元'), SOURCE.indexOf('约 2.5 亿欧元') + 9);
    link.motivation = 'linking';
    link.bodies = [{ type: 'SpecificResource', purpose: 'linking', selectors: second, anchor: { state: 'anchored', confidence: 1 } }];
    const [read] = imported([link]).annotations;
    expect(read?.anchor.state).toBe('anchored');
    expect(read?.bodies[0]).toMatchObject({ type: 'SpecificResource', anchor: { state: 'orphaned' } });
  });

  it("leaves an orphan on the file's revision only when that revision of this article holds its span", () => {
    const orphan = annotationOn(SOURCE, '约 2.5 亿欧元', { state: 'orphaned', confidence: 0.2 });
    orphan.revisionId = 5;
    const texts = new Map([[5, SOURCE]]);
    const [kept] = imported([orphan], { ...into, revisionText: (id) => texts.get(id) }).annotations;
    expect(kept).toMatchObject({ revisionId: 5, anchor: { state: 'orphaned' } });
    expect(kept?.target.selectors).toEqual(orphan.target.selectors);
    // Revision 5 of this database is another text: the file's id means nothing here.
    const [moved] = imported([orphan], { ...into, revisionText: () => TARGET }).annotations;
    expect(moved?.revisionId).toBe(12);
  });

  it('round-trips into the same text without losing anything (states, confidences, selectors, revision)', () => {
    const annotations = [
      annotationOn(TARGET, '至少 110 名外国人'),
      annotationOn(TARGET, '每月向加沙支付', { state: 'moved', confidence: 0.7 }, 'b'),
    ].map((a) => ({ ...a, articleId: 7, revisionId: 12 }));
    const { annotations: back, reanchored } = imported(annotations);
    expect(back).toStrictEqual(annotations);
    expect(reanchored).toBe(0);
  });
});
