import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model/annotation';
import { newClaimDetails } from '../../../../shared/model/annotation';
import {
  claimReviewScriptTag,
  claimReviews,
  guessAgentType,
  type ClaimReviewOptions,
} from '../../../../shared/export/claimReview';
import { GlossaError } from '../../../../shared/ipc/errors';
import { sampleAnnotations } from './annotationFixtures';

const options: ClaimReviewOptions = {
  article: {
    title: '阿拉伯小国卡塔尔如何在与哈马斯的谈判中变得不可或缺',
    source: 'https://gnews.org/articles/1916252',
    published: '2023-11-03T06:22:00Z',
    author: '宝尹',
    lang: 'zh',
  },
  reviewer: { name: 'Glossa Fact Desk', url: 'https://factdesk.example.org/' },
  reportUrl: 'https://factdesk.example.org/reports/qatar',
};

/** The sample claim with its place confirmed: a moved or orphaned claim gets no ClaimReview (reportCaveats.test.ts). */
function confirmedClaim(): Annotation {
  return { ...(sampleAnnotations()[0] as Annotation), anchor: { state: 'anchored', confidence: 1 } };
}

function withVerdict(verdict: string, patch: Partial<Annotation['claim'] & object> = {}): Annotation {
  const base = confirmedClaim();
  return { ...base, claim: { ...newClaimDetails('至少 110 名外国护照持有者'), verdict, ...patch } };
}

describe('claimReviews', () => {
  it('writes a schema.org ClaimReview with rating, claim, claimant, appearance and reviewer', () => {
    const [review] = claimReviews([confirmedClaim()], options);
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factdesk.example.org/reports/qatar',
      claimReviewed: '$30M per month',
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'mostly true' },
      itemReviewed: {
        '@type': 'Claim',
        text: '每月 3000 万美元',
        inLanguage: 'zh',
        author: { '@type': 'Organization', name: 'Reuters' },
        datePublished: '2023-11-03T06:22:00Z',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://gnews.org/articles/1916252',
          headline: '阿拉伯小国卡塔尔如何在与哈马斯的谈判中变得不可或缺',
          datePublished: '2023-11-03T06:22:00Z',
          author: { '@type': 'Person', name: '宝尹' },
        },
      },
      author: { '@type': 'Organization', name: 'Glossa Fact Desk', url: 'https://factdesk.example.org/' },
      datePublished: '2023-11-05T09:30:00.000Z',
      reviewBody: 'Matches the Reuters report; the figure covers several allowances.',
      citation: [
        {
          '@type': 'CreativeWork',
          url: 'https://www.reuters.com/world/middle-east/qatar-gaza-2023-10-27/',
          name: 'Qatar pays salaries in Gaza',
          publisher: { '@type': 'Organization', name: 'Reuters' },
          datePublished: '2023-10-27',
        },
        { '@type': 'CreativeWork', url: 'http://example.org/report?a=1&b="x"', name: 'Report, "annotated"' },
      ],
    });
  });

  it('maps the default scale to ratings 5..1 and leaves unverified claims and plain notes out', () => {
    const verdicts = ['true', 'Mostly True', 'mixed', 'mostly-false', 'false', 'unverified'];
    const notes = sampleAnnotations().slice(1);
    const reviews = claimReviews([...verdicts.map((v) => withVerdict(v)), ...notes], options);
    expect(reviews.map((r) => r.reviewRating.ratingValue)).toEqual([5, 4, 3, 2, 1]);
  });

  it('gives an unprovable verdict a name but no rating value', () => {
    const [review] = claimReviews([withVerdict('unprovable')], options);
    expect(review.reviewRating).toEqual({ '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: 'unprovable' });
    expect(review.reviewRating).not.toHaveProperty('ratingValue');
  });

  it('uses the stated text when there is no English, and the article author when nobody else is credited', () => {
    const [review] = claimReviews([withVerdict('false')], options);
    expect(review.claimReviewed).toBe('至少 110 名外国护照持有者');
    expect(review.itemReviewed).not.toHaveProperty('text');
    expect(review.itemReviewed.author).toEqual({ '@type': 'Person', name: '宝尹' });
  });

  it('accepts a custom scale and per-claim report URLs, and refuses a report URL that is not http(s)', () => {
    const reviews = claimReviews([withVerdict('pants on fire')], {
      ...options,
      reportUrl: (a) => `https://factdesk.example.org/reports/qatar#claim-${a.id}`,
      scale: { rating: (v) => (v === 'pants on fire' ? 0 : null), label: () => 'Pants on Fire!', best: 5, worst: 0 },
    });
    expect(reviews[0].url).toBe(`https://factdesk.example.org/reports/qatar#claim-${confirmedClaim().id}`);
    expect(reviews[0].reviewRating).toMatchObject({ ratingValue: 0, worstRating: 0, alternateName: 'Pants on Fire!' });
    expect(() => claimReviews([withVerdict('false')], { ...options, reportUrl: 'javascript:alert(1)' })).toThrow(
      GlossaError,
    );
  });

  it('guesses organisations from their names', () => {
    expect(guessAgentType('以色列外交部')).toBe('Organization');
    expect(guessAgentType('路透社')).toBe('Organization');
    expect(guessAgentType('Ministry of Foreign Affairs')).toBe('Organization');
    expect(guessAgentType('Reuters')).toBe('Organization');
    expect(guessAgentType('安德烈亚斯·克里格')).toBe('Person');
    expect(guessAgentType('Majed Al-Ansari')).toBe('Person');
  });

  it('embeds in HTML without letting a quoted </script> end the block', () => {
    const reviews = claimReviews([withVerdict('false', { english: 'He wrote </script><script>alert(1)</script>' })], options);
    const tag = claimReviewScriptTag(reviews);
    expect(tag.match(/<\/script>/g)).toHaveLength(1);
    const json = tag.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(JSON.parse(json)[0].claimReviewed).toBe('He wrote </script><script>alert(1)</script>');
  });
});
