import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, exportWebAnnotations, toWebAnnotationCollection } from '../../../../shared/export/webAnnotation';
import { WebAnnotationImportError, importWebAnnotations } from '../../../../shared/export/webAnnotationImport';
import { sampleAnnotations } from './annotationFixtures';

const article = { id: 7, source: 'https://gnews.org/articles/1916252', title: '阿拉伯小国卡塔尔' };

function importError(input: unknown): WebAnnotationImportError {
  try {
    importWebAnnotations(input);
  } catch (error) {
    if (error instanceof WebAnnotationImportError) return error;
    throw error;
  }
  throw new Error('import succeeded');
}

describe('Web Annotation export', () => {
  it('writes a W3C AnnotationCollection targeting the article with quote and position selectors', () => {
    const doc = toWebAnnotationCollection(article, sampleAnnotations());
    expect(doc['@context'][0]).toBe(ANNO_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(3);
    const [claim, link, highlight] = doc.first.items;
    expect(claim.id).toBe('urn:uuid:0b6f7c1e-8d2a-4c3b-9e1f-2a3b4c5d6e7f');
    expect(claim.target.source).toBe('https://gnews.org/articles/1916252');
    expect(claim.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: '每月 3000 万美元', prefix: '支付工资，这是', suffix: '的家庭津贴' },
      { type: 'TextPositionSelector', start: 120, end: 131 },
    ]);
    expect(claim['glossa:claim']?.verdict).toBe('mostly true');
    expect(link.body).toEqual([
      { type: 'SpecificResource', purpose: 'linking', source: 'urn:uuid:0b6f7c1e-8d2a-4c3b-9e1f-2a3b4c5d6e7f' },
    ]);
    // W3C leaves out empty prefixes and bodies rather than writing empty values.
    expect(link.target.selector[0]).not.toHaveProperty('prefix');
    expect(highlight).not.toHaveProperty('body');
  });

  it('names the article by URN when it has no usable source link', () => {
    const doc = toWebAnnotationCollection({ id: 9, source: 'javascript:alert(1)' }, sampleAnnotations());
    expect(doc.first.items[0].target.source).toBe('urn:glossa:article:9');
  });

  it('reads its own export back without losing anything', () => {
    const annotations = sampleAnnotations();
    const text = exportWebAnnotations(article, annotations);
    expect(importWebAnnotations(text)).toStrictEqual(annotations);
    expect(importWebAnnotations(JSON.parse(text))).toStrictEqual(annotations);
  });

  it('round-trips an empty collection', () => {
    expect(importWebAnnotations(exportWebAnnotations(article, []))).toEqual([]);
  });
});

describe('Web Annotation import', () => {
  it('reads a single annotation from another tool into a given article, as a proposal to confirm', () => {
    const [annotation] = importWebAnnotations(
      {
        '@context': ANNO_CONTEXT,
        id: 'urn:uuid:3E4F5A6B-7C8D-4E9F-8A1B-2C3D4E5F6A7B',
        type: 'Annotation',
        motivation: 'commenting',
        creator: { type: 'Person', name: 'hypothesis-user' },
        created: '2024-02-01T12:00:00Z',
        body: { type: 'TextualBody', value: 'Source?' },
        target: {
          source: 'https://gnews.org/articles/1916252',
          selector: [
            { type: 'RangeSelector', startSelector: {}, endSelector: {} },
            { type: 'TextPositionSelector', start: 5, end: 9 },
            { type: 'TextQuoteSelector', exact: '哈马斯' },
          ],
        },
      },
      { articleId: 7, revisionId: 3 },
    );
    expect(annotation).toMatchObject({
      id: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
      articleId: 7,
      revisionId: 3,
      creator: 'hypothesis-user',
      modified: '2024-02-01T12:00:00Z',
      bodies: [{ type: 'TextualBody', value: 'Source?', purpose: 'commenting' }],
      target: { selectors: { quote: { exact: '哈马斯', prefix: '', suffix: '' }, position: { start: 5, end: 9 } } },
      anchor: { state: 'moved', confidence: 0 },
    });
  });

  it('refuses text that is not JSON, saying so', () => {
    const error = importError('{"type": "AnnotationCollection", ');
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/not JSON/);
  });

  it('refuses an annotation without a quote selector and says where', () => {
    const doc = JSON.parse(exportWebAnnotations(article, sampleAnnotations()));
    doc.first.items[1].target.selector = [{ type: 'TextPositionSelector', start: 0, end: 3 }];
    const error = importError(doc);
    expect(error.issues).toContainEqual({ path: 'first.items[1].target.selector', message: 'needs a TextQuoteSelector' });
    expect(error.message).toContain('first.items[1].target.selector: needs a TextQuoteSelector');
  });

  it('refuses a claim source that is not an http(s) link, and imports nothing of the file', () => {
    const doc = JSON.parse(exportWebAnnotations(article, sampleAnnotations()));
    doc.first.items[0]['glossa:claim'].sources[1].url = 'javascript:alert(document.cookie)';
    const error = importError(doc);
    expect(error.issues[0].path).toBe('first.items[0].glossa:claim.sources[1].url');
    expect(error.issues[0].message).toMatch(/Only http and https links can be sources/);
  });

  it('lists every problem: bad motivation, bad date, inverted position, repeated id', () => {
    const doc = JSON.parse(exportWebAnnotations(article, sampleAnnotations()));
    doc.first.items[0].motivation = 'liking';
    doc.first.items[1].created = 'yesterday';
    doc.first.items[2].target.selector[1] = { type: 'TextPositionSelector', start: 10, end: 2 };
    doc.first.items.push(JSON.parse(JSON.stringify(doc.first.items[1])));
    doc.first.items[3].created = '2023-01-01T00:00:00Z';
    const error = importError(doc);
    const paths = error.issues.map((i) => i.path);
    expect(paths).toEqual([
      'first.items[0].motivation',
      'first.items[1].created',
      'first.items[2].target.selector',
      'first.items[3].id',
    ]);
    expect(error.message).toMatch(/and 1 more/);
  });

  it('refuses a collection whose pages are only linked, and a file without article when none is given', () => {
    expect(importError({ type: 'AnnotationCollection', total: 3, first: 'https://example.org/page1' }).message).toMatch(
      /embed/,
    );
    const doc = JSON.parse(exportWebAnnotations(article, sampleAnnotations()));
    delete doc.first.items[0]['glossa:articleId'];
    expect(importError(doc).issues[0].message).toMatch(/glossa:articleId/);
    expect(importError(42).message).toMatch(/JSON object or array/);
  });
});

describe('Web Annotation links between two spans', () => {
  const link = {
    ...sampleAnnotations()[0]!,
    id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    motivation: 'linking' as const,
    claim: undefined,
    bodies: [
      { type: 'TextualBody' as const, value: 'same figure, denied here', purpose: 'commenting' as const },
      {
        type: 'SpecificResource' as const,
        purpose: 'linking' as const,
        selectors: { quote: { exact: '否认', prefix: '哈马斯', suffix: '了这一说法' }, position: { start: 300, end: 302 } },
        anchor: { state: 'orphaned' as const, confidence: 0.2 },
      },
    ],
  };
  delete (link as { claim?: unknown }).claim;

  it('writes the second span as a SpecificResource body on the same source, and reads it back unchanged', () => {
    const collection = toWebAnnotationCollection(article, [link]);
    const item = collection.first.items[0]!;
    expect(item.body?.[1]).toEqual({
      type: 'SpecificResource',
      purpose: 'linking',
      source: item.target.source,
      selector: [
        { type: 'TextQuoteSelector', exact: '否认', prefix: '哈马斯', suffix: '了这一说法' },
        { type: 'TextPositionSelector', start: 300, end: 302 },
      ],
      'glossa:anchorState': 'orphaned',
      'glossa:anchorConfidence': 0.2,
    });
    expect(importWebAnnotations(exportWebAnnotations(article, [link]))).toStrictEqual([link]);
  });

  it("takes another tool's span body as a proposal, and refuses one without a quote selector", () => {
    const item = JSON.parse(exportWebAnnotations(article, [link])).first.items[0];
    delete item.body[1]['glossa:anchorState'];
    delete item.body[1]['glossa:anchorConfidence'];
    const [read] = importWebAnnotations([item]);
    expect(read?.bodies[1]).toMatchObject({ anchor: { state: 'moved', confidence: 0 } });
    item.body[1].selector = [{ type: 'TextPositionSelector', start: 1, end: 2 }];
    expect(importError([item]).message).toMatch(/body/);
  });
});
