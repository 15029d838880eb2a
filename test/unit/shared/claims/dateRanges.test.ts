import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../../shared/claims/quantities';

/** The dates found in `text` (published 3 November 2023, or `published`), as [text, date, approx]. */
function dates(text: string, published: string | null = '2023-11-03'): [string, string | null, string | null][] {
  return findQuantities(text, { published }).filter((q) => q.kind === 'date').map((q) => [q.text, q.date, q.approx]);
}

describe('date ranges', () => {
  it.each([
    ['代表团12月12日至14日访问日内瓦。', '12月12日至14日', '2023-12-12/2023-12-14'],
    ['12月28日至1月3日，全市限行。', '12月28日至1月3日', '2023-12-28/2024-01-03'],
    ['会议于10月30日至11月2日举行。', '10月30日至11月2日', '2023-10-30/2023-11-02'],
    ['活动10月30日至2日举行。', '10月30日至2日', '2023-10-30/2023-11-02'],
    ['2021年3月5日－7日，两会召开。', '2021年3月5日－7日', '2021-03-05/2021-03-07'],
    ['1至9月，工业增加值增长4.0%。', '1至9月', '2023-01/2023-09'],
    ['今年1-9月，销售额增长12%。', '今年1-9月', '2023-01/2023-09'],
    ['去年一至九月，出口下降。', '去年一至九月', '2022-01/2022-09'],
    ['2022年11月至2023年2月，出口下降。', '2022年11月至2023年2月', '2022-11/2023-02'],
    ['2019至2021年间，经济增长。', '2019至2021年', '2019/2021'],
    ['2019年至2021年，经济增长。', '2019年至2021年', '2019/2021'],
    ['The summit is set for Dec. 12-14 in Geneva.', 'Dec. 12-14', '2023-12-12/2023-12-14'],
    ['It runs December 12 to 14, 2024.', 'December 12 to 14, 2024', '2024-12-12/2024-12-14'],
    ['The festival runs from Nov. 30-Dec. 2.', 'Nov. 30-Dec. 2', '2023-11-30/2023-12-02'],
    ['Talks ran 30 November to 2 December 2022.', '30 November to 2 December 2022', '2022-11-30/2022-12-02'],
    ['It is held 12–14 December.', '12–14 December', '2023-12-12/2023-12-14'],
    ['Between January and September, exports fell.', 'Between January and September', '2023-01/2023-09'],
    ['Sales from January to September 2023 rose.', 'January to September 2023', '2023-01/2023-09'],
    ['From November 2022 to February 2023 prices rose.', 'November 2022 to February 2023', '2022-11/2023-02'],
    ['The 2019-20 season was cut short.', '2019-20', '2019/2020'],
    ['Between 2019 and 2021, output doubled.', '2019 and 2021', '2019/2021'],
    ['今年前三季度，GDP增长5.2%。', '今年前三季度', '2023-01/2023-09'],
    ['2023年第三季度营收下降。', '2023年第三季度', '2023-07/2023-09'],
    ['三季度利润上升。', '三季度', '2023-07/2023-09'],
    ['去年下半年，出口回暖。', '去年下半年', '2022-07/2022-12'],
    ['台積電第3季營收創新高。', '第3季', '2023-07/2023-09'],
    ['Revenue fell in Q3 2023.', 'Q3 2023', '2023-07/2023-09'],
    ['It rose in the third quarter of last year.', 'the third quarter of last year', '2022-07/2022-09'],
    ['In the first half of 2023, sales rose.', 'the first half of 2023', '2023-01/2023-06'],
    ['Growth in the first three quarters was 5.2%.', 'the first three quarters', '2023-01/2023-09'],
    ['今年前9个月，出口增长3%。', '今年前9个月', '2023-01/2023-09'],
    ['In the first nine months of 2022, exports rose.', 'the first nine months of 2022', '2022-01/2022-09'],
  ])('%s', (text, span, iso) => {
    expect(dates(text)).toContainEqual([span, iso, 'range']);
  });

  it('reads a range as one date, not its ends apart (14日 alone would be a day of the publication month)', () => {
    expect(dates('代表团12月12日至14日访问。')).toEqual([['12月12日至14日', '2023-12-12/2023-12-14', 'range']]);
    expect(dates('1至9月')).toEqual([['1至9月', '2023-01/2023-09', 'range']]);
  });

  it('keeps 至今 (until now), full dates, scores and tallies out of ranges', () => {
    expect(dates('10 月 7 日至今，每月 3000 万美元。')).toEqual([['10 月 7 日', '2023-10-07', null]]);
    expect(dates('On 2023-10-07 attacks began; 2009-10-07 too.')).toEqual([
      ['2023-10-07', '2023-10-07', null],
      ['2009-10-07', '2009-10-07', null],
    ]);
    expect(dates('The score was 12-14 at half time.')).toEqual([]);
    expect(dates('It passed 2019-1.').filter(([, , approx]) => approx === 'range')).toEqual([]);
    expect(dates('We may to June do better.')).toEqual([['June', '2023-06', null]]);
    expect(dates('一年四季都很忙。')).toEqual([]);
    // Quarters in a row are a count, not a quarter of the year.
    expect(dates('這是連續第四季凍漲，连续第三个季度下滑。')).toEqual([]);
    expect(dates('在手术前三个月，他戒了烟。')).toEqual([]);
    expect(dates('In the first three months of the war, 5,000 died.')).toEqual([]);
    expect(dates('He scored in the second half. The Q3 report is out.')).toEqual([]);
    expect(dates('2021 and 2022 were hard years.')).toEqual([
      ['2021', '2021', null],
      ['2022', '2022', null],
    ]);
  });

  it('keeps year-less ranges year-less without a publication date', () => {
    expect(dates('12月12日至14日', null)).toEqual([['12月12日至14日', '--12-12/--12-14', 'range']]);
    expect(dates('Jan. 3-5', null)).toEqual([['Jan. 3-5', '--01-03/--01-05', 'range']]);
  });
});
