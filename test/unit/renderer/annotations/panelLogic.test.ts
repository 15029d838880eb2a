import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationHistoryEntry } from '../../../../shared/model/annotation';
import { newClaimDetails } from '../../../../shared/model/annotation';
import { inDocumentOrder, matchesFilter, NO_FILTER, tagsInUse } from '../../../../renderer/annotations/filters';
import { describeChange } from '../../../../renderer/annotations/history';
import { describeValue, initialClaimValue } from '../../../../renderer/annotations/claimValue';
import { annotationColour } from '../../../../renderer/annotations/colours';

let n = 0;
function make(over: Partial<Annotation> & { start?: number; end?: number; tags?: string[] } = {}): Annotation {
  n++;
  const { start = 0, end = 1, tags = [], ...rest } = over;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleId: 1,
    revisionId: 1,
    motivation: 'commenting',
    bodies: tags.map((t) => ({ type: 'TextualBody' as const, value: t, purpose: 'tagging' as const })),
    creator: 'ann',
    created: '2026-01-01T00:00:00Z',
    modified: '2026-01-01T00:00:00Z',
    target: { selectors: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start, end } } },
    anchor: { state: 'anchored', confidence: 1 },
    ...rest,
  };
}

describe('side panel list', () => {
  it('orders placed annotations by their current place and puts orphans after them', () => {
    const a = make({ start: 50, end: 60 });
    const b = make({ start: 10, end: 20 });
    const orphan = make({ start: 0, end: 5, anchor: { state: 'orphaned', confidence: 0 } });
    // b was typed past a: current places win over stored offsets.
    const ranges = new Map([
      [a.id, { from: 5, to: 9 }],
      [b.id, { from: 30, to: 40 }],
    ]);
    expect(inDocumentOrder([b, orphan, a], ranges).map((x) => x.id)).toEqual([a.id, b.id, orphan.id]);
  });

  it('reads nested spans outside-in, keeps the given order for equal spans, and orders a long shuffled list like a plain sort', () => {
    const outer = make({ start: 10, end: 40 });
    const inner = make({ start: 10, end: 15 });
    const twin = make({ start: 10, end: 15 });
    expect(inDocumentOrder([inner, twin, outer], new Map()).map((x) => x.id)).toEqual([outer.id, inner.id, twin.id]);
    expect(inDocumentOrder([twin, inner, outer], new Map()).map((x) => x.id)).toEqual([outer.id, twin.id, inner.id]);

    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const many = Array.from({ length: 600 }, () => {
      const start = Math.floor(random() * 300);
      return make({ start, end: start + 1 + Math.floor(random() * 5), anchor: random() < 0.1 ? { state: 'orphaned', confidence: 0 } : { state: 'anchored', confidence: 1 } });
    });
    // Placed ones have moved by an edit (their editor ranges differ from their stored offsets).
    const ranges = new Map(many.filter((a) => a.anchor.state !== 'orphaned').map((a) => [a.id, { from: a.target.selectors.position.start * 2 + 7, to: a.target.selectors.position.end * 2 + 7 }]));
    const key = (a: Annotation) => {
      const r = ranges.get(a.id);
      return r ? [0, r.from, -r.to] : [1, a.target.selectors.position.start, -a.target.selectors.position.end];
    };
    const expected = [...many].sort((x, y) => {
      const [p, q] = [key(x), key(y)];
      return (p[0] as number) - (q[0] as number) || (p[1] as number) - (q[1] as number) || (p[2] as number) - (q[2] as number);
    });
    const ordered = inDocumentOrder(many, ranges);
    expect(ordered.map((x) => x.id)).toEqual(expected.map((x) => x.id));
    // Ordered again (the next change), the order holds as it is.
    expect(inDocumentOrder(ordered, ranges).map((x) => x.id)).toEqual(expected.map((x) => x.id));
  });

  it('filters by type, tag, verdict, status and anchor state', () => {
    const claim = make({ motivation: 'assessing', claim: { ...newClaimDetails('x'), verdict: 'false', status: 'checked' } });
    const tagged = make({ motivation: 'tagging', tags: ['money', 'Qatar'] });
    const moved = make({ anchor: { state: 'moved', confidence: 0.7 } });
    const all = [claim, tagged, moved];
    const pick = (f: Partial<typeof NO_FILTER>) => all.filter((a) => matchesFilter(a, { ...NO_FILTER, ...f })).map((a) => a.id);
    expect(pick({})).toHaveLength(3);
    expect(pick({ motivation: 'assessing' })).toEqual([claim.id]);
    expect(pick({ tag: 'Qatar' })).toEqual([tagged.id]);
    expect(pick({ verdict: 'false' })).toEqual([claim.id]);
    expect(pick({ verdict: 'true' })).toEqual([]);
    expect(pick({ status: 'checked' })).toEqual([claim.id]);
    expect(pick({ anchor: 'moved' })).toEqual([moved.id]);
    expect(tagsInUse(all)).toEqual(['money', 'Qatar']);
  });

  it('colours a claim by its verdict and a tagged note by its tag', () => {
    const claim = make({ motivation: 'assessing', claim: { ...newClaimDetails('x'), verdict: 'false' } });
    const tagged = make({ tags: ['plain', 'money'] });
    const colours = new Map<string, string | null>([['money', '#123456'], ['plain', null]]);
    expect(annotationColour(claim, colours)).toBe('#c62828');
    expect(annotationColour(tagged, colours)).toBe('#123456');
    expect(annotationColour(make(), colours)).toBeNull();
  });
});

describe('history in words', () => {
  it('names the fields a step changed', () => {
    const before = make({ motivation: 'assessing', claim: newClaimDetails('每月 3000 万美元') });
    const after: Annotation = { ...before, claim: { ...newClaimDetails('每月 3000 万美元'), verdict: 'mostly true', english: '$30M per month' } };
    const entry: AnnotationHistoryEntry = { annotationId: before.id, at: '2026-01-01T00:00:00Z', actor: 'ann', action: 'edited', before, after };
    expect(describeChange(entry)).toEqual(['english: — → $30M per month', 'verdict: unverified → mostly true']);
    expect(describeChange({ ...entry, action: 'created', before: null })).toEqual([]);
  });
});

describe('initial claim value', () => {
  const base = { valueMax: null, unit: null, per: null, approx: null, date: null };
  it('takes the suggestion inside the selection, with its canonical offsets', async () => {
    const suggestion = { ...base, text: '3000 万美元', start: 103, end: 111, kind: 'money' as const, value: 30_000_000, currency: 'USD' };
    const v = await initialClaimValue('每月 3000 万美元', 100, 111, [suggestion], null);
    expect(v).toMatchObject({ value: 30_000_000, currency: 'USD', start: 103, end: 111 });
  });

  it('reads the words itself when nothing was suggested there, in Chinese and English', async () => {
    const zh = await initialClaimValue('至少 110 名外国护照持有者', 40, 55, [], null);
    expect(zh).toMatchObject({ value: 110, approx: 'atLeast', start: 40 });
    const en = await initialClaimValue('paid $6bn to Iran', 0, 17, [], null);
    expect(en).toMatchObject({ value: 6_000_000_000, currency: 'USD' });
    expect(await initialClaimValue('卡塔尔表示惊讶', 0, 7, [], null)).toBeNull();
  });

  it('takes a large figure without a unit, and a plain number when the selection holds nothing better', async () => {
    expect(await initialClaimValue('grew to 9.3 million', 10, 29, [], null)).toMatchObject({ kind: 'number', value: 9_300_000, start: 18 });
    expect(await initialClaimValue('12 of them', 0, 10, [], null)).toMatchObject({ kind: 'number', value: 12 });
    // A counted figure wins over a bare number beside it.
    expect(await initialClaimValue('12 of them, 3 hostages', 0, 22, [], null)).toMatchObject({ value: 3, unit: 'hostages' });
  });

  it('writes a value as a checker reads it', () => {
    expect(describeValue({ ...base, text: '', start: 0, end: 0, kind: 'money', value: 30_000_000, currency: 'USD', per: 'month' })).toBe('30,000,000 USD per month');
    expect(describeValue({ ...base, text: '', start: 0, end: 0, kind: 'count', value: 200, currency: null, approx: 'moreThan' })).toBe('200 (moreThan)');
  });
});
