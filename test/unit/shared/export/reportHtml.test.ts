import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring';
import { DEFAULT_VERDICT_SCALE } from '../../../../shared/claims/verdicts';
import { claimReviews } from '../../../../shared/export/claimReview';
import { readableDate, reportHtml, verdictCounts } from '../../../../shared/export/reportHtml';
import { newClaimDetails, type Annotation } from '../../../../shared/model/annotation';

const TEXT = 'Minister <X> said exports rose 5% in 2023.\n\nA second paragraph & more </script>.';
const DOC = {
  type: 'doc',
  content: TEXT.split('\n\n').map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
};
const META = { title: 'Report <test>', author: 'Reporter', published: '2024-01-02T00:00:00Z', source: 'https://news.example/a', lang: 'en' };

function at(quote: string, n: number, extra: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleId: 1,
    revisionId: 1,
    motivation: 'commenting',
    bodies: [],
    creator: 'tester',
    created: '2024-01-01T00:00:00Z',
    modified: '2024-01-03T00:00:00Z',
    target: { selectors: describeSpan(TEXT, start, start + quote.length) },
    anchor: { state: 'anchored', confidence: 1 },
    ...extra,
  };
}

function claim(quote: string, n: number, verdict: string, url = 'https://stats.example/t'): Annotation {
  return at(quote, n, {
    motivation: 'assessing',
    claim: { ...newClaimDetails(quote), verdict, english: `E<${n}>`, sources: [{ id: 's', url, title: 'Stats', publisher: 'Office', date: '2024', quote: '', credibility: 4, archiveUrl: '' }] },
  });
}

describe('HTML report', () => {
  const annotations = [
    claim('exports rose 5%', 1, 'false'),
    claim('5% in 2023', 2, 'mostly true'),
    at('<X>', 3, { bodies: [{ type: 'TextualBody', value: 'who is <b>X</b>?', purpose: 'questioning' }], motivation: 'questioning' }),
    at('second paragraph', 4, { anchor: { state: 'orphaned', confidence: 0.1 } }),
    claim('more', 5, 'false', 'javascript:alert(1)'),
  ];
  const html = reportHtml({
    meta: META,
    doc: DOC,
    annotations,
    scale: DEFAULT_VERDICT_SCALE,
    claimReviews: claimReviews(annotations, { article: META, reviewer: { name: 'Desk' }, reportUrl: 'https://desk.example/r' }),
    generatedAt: '2024-01-04T00:00:00Z',
  });

  it('escapes everything and runs no script but the JSON-LD block', () => {
    expect(html).toContain('<title>Fact-check report: Report &lt;test&gt;</title>');
    expect(html).toContain('&lt;X&gt;');
    expect(html).toContain('who is &lt;b&gt;X&lt;/b&gt;?');
    expect(html).not.toContain('<b>X</b>');
    expect(html.match(/<script\b/g)).toEqual(['<script']);
    expect(html).toMatch(/<script type="application\/ld\+json">\[.*\]<\/script>/);
    expect(html).not.toContain('href="javascript:');
  });

  it('numbers highlights in text order, nests overlaps, and leaves orphans unhighlighted', () => {
    // 1 = <X> (start 9), 2 = exports rose 5% , 3 = 5% in 2023, 4 = more; the orphan is last (5).
    expect(html).toContain('<mark title="[1]">&lt;X&gt;</mark><sup class="ref" id="ref-1">');
    expect(html).toContain('<mark class="claim" title="[2]">exports rose </mark><mark class="claim overlap" title="[2] [3]">5%</mark><sup class="ref" id="ref-2">');
    expect(html).toContain('<mark class="claim" title="[3]"> in 2023</mark><sup class="ref" id="ref-3">');
    expect(html).not.toContain('id="ref-5"');
    expect(html).toContain('<li id="note-5">Comment: “second paragraph” — (tester) <span class="orphan">(not found in this revision)</span>');
    expect(html).toContain('</p>\n<p>A second paragraph');
  });

  it('summarises verdicts and tabulates claims with ratings and linked sources', () => {
    expect(verdictCounts(annotations, DEFAULT_VERDICT_SCALE)).toEqual([
      { verdict: 'mostly true', label: 'Mostly true', count: 1 },
      { verdict: 'false', label: 'False', count: 2 },
    ]);
    expect(html).toContain('5 annotations, 3 claims.');
    expect(html).toMatch(/<tr id="claim-2"><td><a href="#ref-2">2<\/a><\/td><td class="claim-text">exports rose 5%<\/td><td><span class="verdict" style="background:#c62828;color:#fff">False<\/span><\/td><td>1<\/td><td>E&lt;1&gt;<\/td>/);
    expect(html).toContain('<a href="https://stats.example/t" rel="noopener noreferrer">Stats</a> — Office, 2024, credibility 4/5');
    expect(html).toContain('@media print');
  });

  it('describes itself for search results: the claims checked and their verdicts', () => {
    expect(html).toContain('<meta name="description" content="Fact-check of 3 claims in “Report &lt;test&gt;”: 1 mostly true, 2 false.">');
  });
});

describe('HTML report for an editor to read', () => {
  const twoOnOneSpan = [claim('exports rose 5%', 1, 'mostly true'), claim('exports rose 5%', 2, 'mixed')];
  const page = reportHtml({ meta: META, doc: DOC, annotations: twoOnOneSpan, scale: DEFAULT_VERDICT_SCALE, claimReviews: [], generatedAt: '2024-01-04T00:00:00Z' });

  it('names verdicts by their labels in the notes, as in the summary and the table', () => {
    expect(page).toContain('Verdict: Mostly true');
    expect(page).toContain('Verdict: Mixed');
    expect(page).not.toContain('Verdict: mostly true');
  });

  it('writes verdict chips in whichever of dark and white text reads on their colour', () => {
    const chips = [...page.matchAll(/<span class="verdict" style="background:(#[0-9a-f]{6});color:(#[0-9a-f]{3,6})">([^<]+)</gi)].map((m) => [m[3], m[2]]);
    // White on the default scale's yellow (Mixed) and light green (Mostly true) was 1.7:1 and 2.6:1.
    expect(chips).toContainEqual(['Mixed', '#1a1a1a']);
    expect(chips).toContainEqual(['Mostly true', '#1a1a1a']);
    expect(page).not.toMatch(/\.verdict \{[^}]*color: #fff/);
  });

  it('keeps two footnote numbers at one place apart (2,3 rather than 23)', () => {
    expect(page).toContain('<sup class="ref" id="ref-1"><a href="#note-1">1</a></sup><sup class="ref" id="ref-2"><a href="#note-2">2</a></sup>');
    expect(page).toContain('sup.ref + sup.ref::before { content: ","; }');
  });

  it('shows the publication time as a date and time with its zone, not as ISO 8601', () => {
    expect(page).toContain('<p class="meta">Reporter · 2024-01-02 00:00 UTC · ');
    expect(readableDate('2023-11-03T06:22:00Z')).toBe('2023-11-03 06:22 UTC');
    expect(readableDate('2023-11-03T06:22:17Z')).toBe('2023-11-03 06:22:17 UTC');
    expect(readableDate('2023-11-03T06:22:00+08:00')).toBe('2023-11-03 06:22 UTC+08:00');
    expect(readableDate('2023-11-03')).toBe('2023-11-03');
  });
});
