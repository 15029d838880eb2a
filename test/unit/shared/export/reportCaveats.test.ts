/**
 * Claims whose place in the current text is not confirmed (review 17, finding 9): both reports warn in the same words,
 * in the notes and in the claims table, and ClaimReview publishes no verdict for them.
 */
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring';
import { DEFAULT_VERDICT_SCALE } from '../../../../shared/claims/verdicts';
import { claimReviews } from '../../../../shared/export/claimReview';
import { reportHtml } from '../../../../shared/export/reportHtml';
import { REPORT_APPENDIX_MARK, reportMarkdown } from '../../../../shared/export/reportMarkdown';
import { MOVED_CAVEAT, NOT_FOUND_CAVEAT, anchorCaveat } from '../../../../shared/export/reportNumbering';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { newClaimDetails, type Annotation, type AnchorStatus } from '../../../../shared/model/annotation';

const SOURCE = '## 报告测试\n`2024-01-02 08:00 记者乙`\n\n卡塔尔每月向加沙支付 3000 亿美元。至少 110 名外国人离开加沙。\n';
const parsed = parseArticleText(SOURCE);
const META = { title: '报告测试', author: '记者乙', published: '2024-01-02T00:00:00Z', source: 'https://news.example/a', lang: 'zh' };
const DOC = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: parsed.text }] }] };

function claimOn(quote: string, n: number, anchor: AnchorStatus): Annotation {
  const start = parsed.text.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    articleId: 1,
    revisionId: 1,
    motivation: 'assessing',
    bodies: [],
    creator: 'checker',
    created: `2024-01-0${n}T00:00:00Z`,
    modified: `2024-01-0${n}T00:00:00Z`,
    target: { selectors: describeSpan(parsed.text, start, start + quote.length) },
    anchor,
    claim: { ...newClaimDetails(quote), verdict: 'false' },
  };
}

// Checked as 3000 万; the text now says 3000 亿 and re-anchoring only proposed the place.
const moved = claimOn('3000 亿美元', 1, { state: 'moved', confidence: 0.8 });
const anchored = claimOn('至少 110 名', 2, { state: 'anchored', confidence: 1 });
const orphan = { ...claimOn('外国人', 3, { state: 'orphaned', confidence: 0.1 }), claim: { ...newClaimDetails('外国记者'), verdict: 'false' } };
const annotations = [orphan, anchored, moved];

describe('anchorCaveat', () => {
  it('words the two kinds of unconfirmed place once, and says nothing of an anchored one', () => {
    expect(anchorCaveat(moved.anchor)).toBe('(moved, unconfirmed)');
    expect(anchorCaveat(orphan.anchor)).toBe('(not found in this revision)');
    expect(anchorCaveat(anchored.anchor)).toBeNull();
  });
});

describe('the Markdown report', () => {
  const out = reportMarkdown({ source: SOURCE, sourceMap: parsed.sourceMap, annotations, title: 't' });
  const appendix = out.slice(out.indexOf(REPORT_APPENDIX_MARK));

  it('marks a moved claim "(moved, unconfirmed)" in its note and in the claims table, as the HTML report does', () => {
    expect(appendix).toContain(`[^1]: Claim: “3000 亿美元” — Verdict: False — (checker) ${MOVED_CAVEAT}`);
    expect(appendix).toContain(`| 1 | 3000 亿美元 ${MOVED_CAVEAT} | False |`);
  });

  it('marks an orphaned claim in the table too, and leaves an anchored one plain', () => {
    expect(appendix).toContain(`[^3]: Claim: “外国人” — Verdict: False — (checker) ${NOT_FOUND_CAVEAT}`);
    expect(appendix).toContain(`| 3 | 外国记者 ${NOT_FOUND_CAVEAT} | False |`);
    expect(appendix).toContain('[^2]: Claim: “至少 110 名” — Verdict: False — (checker)\n');
    expect(appendix).toContain('| 2 | 至少 110 名 | False |');
  });

  it("says so of a link's moved second span", () => {
    const link: Annotation = {
      ...anchored,
      motivation: 'linking',
      bodies: [{ type: 'SpecificResource', purpose: 'linking', selectors: moved.target.selectors, anchor: { state: 'moved', confidence: 0.8 } }],
    };
    delete link.claim;
    const linked = reportMarkdown({ source: SOURCE, sourceMap: parsed.sourceMap, annotations: [link], title: 't' });
    expect(linked).toContain(`Link: “至少 110 名” ↔ “3000 亿美元” ${MOVED_CAVEAT} — (checker)`);
  });
});

describe('the HTML report', () => {
  const html = reportHtml({ meta: META, doc: DOC, annotations, scale: DEFAULT_VERDICT_SCALE, claimReviews: [], generatedAt: '2024-01-04T00:00:00Z' });

  it('uses the same words in its notes and now in its claims table', () => {
    expect(html).toContain(`<span class="orphan">${MOVED_CAVEAT}</span>`);
    expect(html).toContain(`<td class="claim-text">3000 亿美元<br><small class="orphan">${MOVED_CAVEAT}</small></td>`);
    expect(html).toContain(`<td class="claim-text">外国记者<br><small class="orphan">${NOT_FOUND_CAVEAT}</small></td>`);
    expect(html).toContain('<td class="claim-text">至少 110 名</td>');
  });
});

describe('ClaimReview', () => {
  it('publishes a verdict only for a claim whose place is confirmed: a moved or orphaned one is left out', () => {
    const reviews = claimReviews(annotations, { article: META, reviewer: { name: 'Desk' }, reportUrl: 'https://desk.example/r' });
    expect(reviews.map((r) => r.claimReviewed)).toEqual(['至少 110 名']);
    // Once a person confirms the place, the review is there.
    const confirmed = claimReviews([{ ...moved, anchor: { state: 'anchored', confidence: 1 } }], { article: META, reviewer: { name: 'Desk' }, reportUrl: 'https://desk.example/r' });
    expect(confirmed.map((r) => r.claimReviewed)).toEqual(['3000 亿美元']);
  });
});
