import { describe, expect, it } from 'vitest';
import { anchoringKey } from '../../../../shared/anchoring/anchorKey';
import { isOutline, outlineAnnotations, outlineRow, type AnnotationOutline } from '../../../../shared/ipc/annotationOutline';
import { linkedSpanOf, type Annotation } from '../../../../shared/model/annotation';

const claim: Annotation = {
  id: '11111111-1111-4111-8111-111111111111',
  articleId: 7,
  revisionId: 3,
  motivation: 'assessing',
  bodies: [
    { type: 'TextualBody', value: 'check the ministry figure', purpose: 'commenting' },
    { type: 'TextualBody', value: 'money', purpose: 'tagging' },
  ],
  creator: 'Mei',
  created: '2026-11-01T10:00:00.000Z',
  modified: '2026-11-02T11:30:00.000Z',
  target: { selectors: { quote: { exact: '每月 3000 万美元', prefix: '卡塔尔向加沙提供', suffix: '的援助' }, position: { start: 40, end: 50 } } },
  anchor: { state: 'moved', confidence: 0.82 },
  claim: {
    statedText: '每月 3000 万美元',
    english: '$30M per month',
    attributedTo: 'Qatar',
    value: { text: '每月 3000 万美元', start: 40, end: 50, kind: 'money', value: 30_000_000, valueMax: null, currency: 'USD', unit: null, per: 'month', approx: null, date: null },
    verdict: 'mostly true',
    rationale: 'Matches the statement.',
    status: 'checked',
    reviewer: 'Li',
    sources: [{ id: 's1', url: 'https://example.org/a', title: 'Statement', publisher: 'Ministry', date: '2021', quote: 'thirty million', credibility: 4, archiveUrl: '' }],
  },
};

const link: Annotation = {
  id: '22222222-2222-4222-8222-222222222222',
  articleId: 7,
  revisionId: 3,
  motivation: 'linking',
  bodies: [
    {
      type: 'SpecificResource',
      purpose: 'linking',
      selectors: { quote: { exact: '埃及表示', prefix: '人质，', suffix: '正在斡旋' }, position: { start: 90, end: 94 } },
      anchor: { state: 'orphaned', confidence: 0 },
    },
  ],
  creator: 'Mei',
  created: '2026-11-01T10:00:00.000Z',
  modified: '2026-11-01T10:00:00.000Z',
  target: { selectors: { quote: { exact: '200 多名', prefix: '扣押了 ', suffix: '人质' }, position: { start: 70, end: 76 } } },
  anchor: { state: 'anchored', confidence: 1 },
};

const plain: Annotation = { ...link, id: '33333333-3333-4333-8333-333333333333', motivation: 'highlighting', bodies: [] };

function roundTrip(records: Annotation[]): Annotation[] {
  const outline: AnnotationOutline = { revisionId: 3, rows: records.map(outlineRow) };
  return outlineAnnotations(7, JSON.parse(JSON.stringify(outline)) as AnnotationOutline);
}

describe('annotation outlines', () => {
  it('keep what the list shows and filters (words, place, state, note, tags, verdict, status, value, link end) and fingerprint alike', () => {
    const [c, l, p] = roundTrip([claim, link, plain]);
    expect(c?.bodies).toEqual(claim.bodies);
    expect(c?.target.selectors.position).toEqual({ start: 40, end: 50 });
    expect(c?.target.selectors.quote.exact).toBe('每月 3000 万美元');
    expect(c?.anchor).toEqual({ state: 'moved', confidence: 0.82 });
    expect(c?.claim && { verdict: c.claim.verdict, status: c.claim.status, value: c.claim.value }).toEqual({ verdict: 'mostly true', status: 'checked', value: claim.claim?.value });
    expect(linkedSpanOf(l!)).toMatchObject({ selectors: { quote: { exact: '埃及表示' }, position: { start: 90, end: 94 } }, anchor: { state: 'orphaned', confidence: 0 } });
    expect(p?.bodies).toEqual([]);
    expect(p?.claim).toBeUndefined();
    expect([c, l, p].map((a) => anchoringKey(a!))).toEqual([claim, link, plain].map(anchoringKey));
    expect([c, l, p].map((a) => [a?.id, a?.articleId, a?.revisionId, a?.motivation])).toEqual([claim, link, plain].map((a) => [a.id, 7, 3, a.motivation]));
  });

  it('leave out quote context, creators and claim details, and are marked so nobody shows or saves them as whole records', () => {
    const [c, l] = roundTrip([claim, link]);
    const text = JSON.stringify(outlineRow(claim)) + JSON.stringify(outlineRow(link));
    for (const left of ['卡塔尔向加沙提供', '的援助', '人质，', '正在斡旋', 'Mei', 'Matches the statement.', 'thirty million', '$30M per month']) expect(text).not.toContain(left);
    expect(c?.target.selectors.quote).toEqual({ exact: '每月 3000 万美元', prefix: '', suffix: '' });
    expect(linkedSpanOf(l!)?.selectors.quote).toEqual({ exact: '埃及表示', prefix: '', suffix: '' });
    expect(c?.claim?.sources).toEqual([]);
    expect(isOutline(c!)).toBe(true);
    expect(isOutline(claim)).toBe(false);
    // The record the rows were made from is untouched.
    expect(linkedSpanOf(link)?.selectors.quote.prefix).toBe('人质，');
  });

  it('say an annotation without bodies or claim in a short row', () => {
    expect(outlineRow(plain)).toEqual([plain.id, 'highlighting', 70, 76, '200 多名', 'anchored', 1, plain.modified, 0, 0]);
  });
});
