/**
 * Review 17, finding 2: relative dates in claims count from the calendar day the article was written on in its own
 * time zone, not from the UTC day of `published` (which stays UTC).
 */
import { describe, expect, it } from 'vitest';
import { parseAnchor } from '../../../../shared/claims/calendar';
import { findQuantities } from '../../../../shared/claims/quantities';
import { suggestClaims } from '../../../../shared/claims/suggest';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { relativeDateAnchor } from '../../../../shared/model/article';

/** The dates the claims engine reads in an article's body, by the text that gives them. */
function relativeDates(markdown: string): { published: string | null; dates: Record<string, string | null> } {
  const { meta, text } = parseArticleText(markdown);
  const dates: Record<string, string | null> = {};
  for (const q of findQuantities(text, { published: relativeDateAnchor(meta) })) if (q.kind === 'date') dates[text.slice(q.start, q.end)] = q.date;
  return { published: meta.published, dates };
}

describe('relative dates anchored on the day as written', () => {
  it('北京时间 07:30 on 3 November is the 3rd: 昨天 is the 2nd', () => {
    const { published, dates } = relativeDates('## 卡塔尔斡旋\n`2023年11月3日 07:30 北京时间 新华社记者 李明`\n\n昨天，卡塔尔宣布释放 4 名人质。\n');
    expect(published).toBe('2023-11-02T23:30:00Z');
    expect(dates).toMatchObject({ 昨天: '2023-11-02' });
  });

  it('half past midnight on New Year’s Day at UTC+8 is 2024: 去年 is 2023, 上周三 27 December', () => {
    const { published, dates } = relativeDates(
      '## 新年\n`1/1/2024 0:30 AM UTC+8 宝尹` [轉載自GNews](https://gnews.org/articles/2)\n\n昨天，卡塔尔宣布了新政策。去年，卡塔尔投资了 2.5 亿欧元。今年，预计增长 5%。上周三，至少 110 名外国人离开加沙。本月，20 名人质获释。\n',
    );
    expect(published).toBe('2023-12-31T16:30:00Z');
    expect(dates).toMatchObject({ 昨天: '2023-12-31', 去年: '2023', 今年: '2024', 上周三: '2023-12-27', 本月: '2024-01' });
  });

  it('7:30 PM ET on New Year’s Eve is still 2023: last year is 2022, yesterday 30 December', () => {
    const { published, dates } = relativeDates(
      '## Year in review\n`12/31/2023 7:30 PM ET Jane Doe` [AP](https://apnews.com/c8)\n\nYesterday, officials said spending rose 5% this year compared with last year. On Monday, the council met.\n',
    );
    expect(published).toBe('2024-01-01T00:30:00Z');
    expect(dates).toMatchObject({ Yesterday: '2023-12-30', 'this year': '2023', 'last year': '2022', Monday: '2023-12-25' });
  });

  it('keeps today’s behaviour when no zone is written (the clock read as UTC)', () => {
    const { published, dates } = relativeDates('## 标题\n`2020-08-14 08:08 路德社`\n\n昨天，卡塔尔宣布释放 4 名人质。去年，卡塔尔投资了 2.5 亿欧元。\n');
    expect(published).toBe('2020-08-14T08:08:00Z');
    expect(dates).toMatchObject({ 昨天: '2020-08-13', 去年: '2019' });
  });

  it('suggests the claims with the same dates', () => {
    const { meta, text } = parseArticleText('## 卡塔尔斡旋\n`2023年11月3日 07:30 北京时间 新华社记者 李明`\n\n昨天，卡塔尔宣布释放 4 名人质。\n');
    const yesterday = suggestClaims(text, { published: relativeDateAnchor(meta) }).find((q) => q.kind === 'date');
    expect(yesterday?.date).toBe('2023-11-02');
  });

  it('reads the anchor as the day written before any time or offset', () => {
    expect(relativeDateAnchor({ published: '2023-11-02T23:30:00Z', publishedDay: '2023-11-03' })).toBe('2023-11-03');
    expect(relativeDateAnchor({ published: '2023-11-03T06:22:00Z' })).toBe('2023-11-03T06:22:00Z');
    expect(relativeDateAnchor({ published: null, publishedDay: null })).toBeNull();
    expect(parseAnchor('2023-11-03')).toEqual({ y: 2023, m: 11, d: 3 });
    expect(parseAnchor('2023-11-03T07:30:00+08:00')).toEqual({ y: 2023, m: 11, d: 3 });
  });
});
