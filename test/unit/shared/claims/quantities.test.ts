import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../../shared/model/quantity';
import { detectLang, findQuantities } from '../../../../shared/claims/quantities';

const PUBLISHED = '2023-11-03T06:22:00Z';

/** [text, the one quantity expected in it]; `text` of the quantity defaults to the whole input. */
type Case = [string, Partial<Quantity>];

const CHINESE: Case[] = [
  // scales and numerals
  ['3000 万', { kind: 'number', value: 30_000_000 }],
  ['3000万美元', { kind: 'money', value: 30_000_000, currency: 'USD' }],
  ['3,000万美元', { kind: 'money', value: 30_000_000, currency: 'USD' }],
  ['3000 万美元', { kind: 'money', value: 30_000_000, currency: 'USD' }],
  ['３０００万美元', { kind: 'money', value: 30_000_000, currency: 'USD' }],
  ['1.5 亿元', { kind: 'money', value: 150_000_000, currency: 'CNY' }],
  ['１．５亿元人民币', { kind: 'money', value: 150_000_000, currency: 'CNY' }],
  ['60 亿美元', { kind: 'money', value: 6_000_000_000, currency: 'USD' }],
  ['六十亿美元', { kind: 'money', value: 6_000_000_000, currency: 'USD' }],
  ['三千万美元', { kind: 'money', value: 30_000_000, currency: 'USD' }],
  ['一亿五千万美元', { kind: 'money', value: 150_000_000, currency: 'USD' }],
  ['1.5 万亿美元', { kind: 'money', value: 1_500_000_000_000, currency: 'USD' }],
  ['3 千万欧元', { kind: 'money', value: 30_000_000, currency: 'EUR' }],
  ['人民币 500 万元', { kind: 'money', value: 5_000_000, currency: 'CNY' }],
  ['4 亿英镑', { kind: 'money', value: 400_000_000, currency: 'GBP' }],
  ['5000 万日元', { kind: 'money', value: 50_000_000, currency: 'JPY' }],
  ['2 亿港元', { kind: 'money', value: 200_000_000, currency: 'HKD' }],
  ['120 亿卢布', { kind: 'money', value: 12_000_000_000, currency: 'RUB' }],
  // rates
  ['每月 3000 万美元', { kind: 'money', value: 30_000_000, currency: 'USD', per: 'month' }],
  ['每年 100 亿欧元', { kind: 'money', value: 10_000_000_000, currency: 'EUR', per: 'year' }],
  ['每天 2000 人', { kind: 'count', value: 2000, unit: 'people', per: 'day' }],
  ['约每月 3000 万美元', { kind: 'money', value: 30_000_000, per: 'month', approx: 'about' }],
  // a currency named before the amount, then 元
  ['新台币 15 亿元', { kind: 'money', value: 1_500_000_000, currency: 'TWD' }],
  ['新台幣15億元', { kind: 'money', value: 1_500_000_000, currency: 'TWD' }],
  ['港币500万元', { kind: 'money', value: 5_000_000, currency: 'HKD' }],
  // spans of a little more than the number, and measure words
  ['三个多星期', { kind: 'count', value: 3, unit: 'weeks', approx: 'moreThan' }],
  ['两个多小时', { kind: 'count', value: 2, unit: 'hours', approx: 'moreThan' }],
  ['超过34亿剂次', { kind: 'count', value: 3_400_000_000, unit: 'doses', approx: 'moreThan' }],
  ['约有30亿人次', { kind: 'count', value: 3_000_000_000, unit: 'person-times', approx: 'about' }],
  ['120票', { kind: 'count', value: 120, unit: 'votes' }],
  ['3000 万美元/月', { kind: 'money', value: 30_000_000, per: 'month' }],
  // counts and classifiers
  ['两名人质', { kind: 'count', value: 2, unit: 'hostages' }],
  ['四名人质', { kind: 'count', value: 4, unit: 'hostages' }],
  ['三名知情人士', { kind: 'count', value: 3, unit: 'people' }],
  ['五名美国人', { kind: 'count', value: 5, unit: 'Americans' }],
  ['二十多名记者', { kind: 'count', value: 20, unit: 'journalists', approx: 'moreThan' }],
  ['两百多人', { kind: 'count', value: 200, unit: 'people', approx: 'moreThan' }],
  ['一百多万人', { kind: 'count', value: 1_000_000, unit: 'people', approx: 'moreThan' }],
  ['不超过 50 架飞机', { kind: 'count', value: 50, unit: 'aircraft', approx: 'atMost' }],
  ['3 个月', { kind: 'count', value: 3, unit: 'months' }],
  ['12 辆', { kind: 'count', value: 12, unit: 'vehicles' }],
  ['7 枚导弹', { kind: 'count', value: 7, unit: 'missiles' }],
  ['3 家医院', { kind: 'count', value: 3, unit: 'hospitals' }],
  ['15 公里', { kind: 'number', value: 15, unit: 'km' }],
  ['50 吨', { kind: 'number', value: 50, unit: 't' }],
  ['超过600万乌克兰人', { kind: 'count', value: 6_000_000, unit: 'people', approx: 'moreThan' }],
  ['近万人', { kind: 'count', value: 10_000, unit: 'people', approx: 'about' }],
  ['上千名抗议者', { kind: 'count', value: 1000, unit: 'protesters', approx: 'moreThan' }],
  ['逾百家企业', { kind: 'count', value: 100, unit: 'companies', approx: 'moreThan' }],
  // one figure across two scales, in Arabic digits
  ['1亿2000万元', { kind: 'money', value: 120_000_000, currency: 'CNY' }],
  ['新臺幣2兆8,800億元', { kind: 'money', value: 2_880_000_000_000, currency: 'TWD' }],
  ['5亿3千万美元', { kind: 'money', value: 530_000_000, currency: 'USD' }],
  ['营收年增3成5', { text: '3成5', kind: 'percent', value: 35, unit: '%' }],
  ['183億澳門元', { kind: 'money', value: 18_300_000_000, currency: 'MOP' }],
  // a numeral ending in 万 / 亿 is a figure at the end of a clause too
  ['人口减少了约二十万。', { text: '约二十万', kind: 'number', value: 200_000, approx: 'about' }],
  ['损失超过一亿，', { text: '超过一亿', kind: 'number', value: 100_000_000, approx: 'moreThan' }],
  // approximations
  ['至少 110 名', { kind: 'count', value: 110, unit: 'people', approx: 'atLeast' }],
  ['200 多名人质', { kind: 'count', value: 200, unit: 'hostages', approx: 'moreThan' }],
  ['约 3000 人', { kind: 'count', value: 3000, approx: 'about' }],
  ['约有四百名外国人', { kind: 'count', value: 400, unit: 'foreigners', approx: 'about' }],
  // vague numerals: the least and the most they can mean
  ['数百名平民', { kind: 'count', value: 200, valueMax: 900, unit: 'civilians', approx: 'range' }],
  ['几十万人', { kind: 'count', value: 200_000, valueMax: 900_000, unit: 'people', approx: 'range' }],
  ['十几名记者', { kind: 'count', value: 11, valueMax: 19, unit: 'journalists', approx: 'range' }],
  ['十几万人', { kind: 'count', value: 110_000, valueMax: 190_000, unit: 'people', approx: 'range' }],
  ['數十億美元', { kind: 'money', value: 2e9, valueMax: 9e9, currency: 'USD', approx: 'range' }],
  ['千余人', { kind: 'count', value: 1000, unit: 'people', approx: 'moreThan' }],
  ['数百至数千人', { kind: 'count', value: 200, valueMax: 9000, unit: 'people', approx: 'range' }],
  ['十几万亿美元', { kind: 'money', value: 11e12, valueMax: 19e12, currency: 'USD', approx: 'range' }],
  ['十几千米', { kind: 'number', value: 11, valueMax: 19, unit: 'km', approx: 'range' }],
  ['$hundreds of millions', { kind: 'money', value: 2e8, valueMax: 9e8, currency: 'USD', approx: 'range' }],
  ['hundreds of people', { kind: 'count', value: 200, valueMax: 900, unit: 'people', approx: 'range' }],
  ['tens of thousands of protesters', { kind: 'count', value: 20_000, valueMax: 90_000, unit: 'protesters', approx: 'range' }],
  ['dozens of children', { kind: 'count', value: 20, valueMax: 90, unit: 'children', approx: 'range' }],
  ['several hundred people', { kind: 'count', value: 200, valueMax: 900, unit: 'people', approx: 'range' }],
  ['a few thousand troops', { kind: 'count', value: 2000, valueMax: 9000, unit: 'soldiers', approx: 'range' }],
  ['scores of civilians', { kind: 'count', value: 20, valueMax: 90, unit: 'civilians', approx: 'range' }],
  ['several million dollars', { kind: 'money', value: 2e6, valueMax: 9e6, currency: 'USD', approx: 'range' }],
  ['Hundreds of Hamas fighters', { kind: 'count', value: 200, valueMax: 900, unit: 'fighters', approx: 'range' }],
  ['5,000 Hamas militants', { kind: 'count', value: 5000, unit: 'militants' }],
  ['至少有 110 名', { kind: 'count', value: 110, unit: 'people', approx: 'atLeast' }],
  ['超過達 50 億美元', { kind: 'money', value: 5_000_000_000, currency: 'USD', approx: 'moreThan' }],
  ['近 200 名', { kind: 'count', value: 200, approx: 'about' }],
  ['不到 100 人', { kind: 'count', value: 100, approx: 'lessThan' }],
  ['逾 300 人', { kind: 'count', value: 300, approx: 'moreThan' }],
  ['超过 1000 人', { kind: 'count', value: 1000, approx: 'moreThan' }],
  ['200 人以上', { kind: 'count', value: 200, approx: 'moreThan' }],
  ['3000 万美元左右', { kind: 'money', value: 30_000_000, approx: 'about' }],
  ['3000 多万美元', { kind: 'money', value: 30_000_000, approx: 'moreThan' }],
  // ranges
  ['3 至 5 万人', { kind: 'count', value: 30_000, valueMax: 50_000, approx: 'range' }],
  ['三至五万人', { kind: 'count', value: 30_000, valueMax: 50_000, approx: 'range' }],
  ['3 万至 5 万名', { kind: 'count', value: 30_000, valueMax: 50_000, approx: 'range' }],
  ['3-5 万美元', { kind: 'money', value: 30_000, valueMax: 50_000, currency: 'USD', approx: 'range' }],
  ['3～5 亿元', { kind: 'money', value: 300_000_000, valueMax: 500_000_000, approx: 'range' }],
  // percentages
  ['百分之三十', { kind: 'percent', value: 30, unit: '%' }],
  ['百分之三十五点五', { kind: 'percent', value: 35.5, unit: '%' }],
  ['百分之 30', { kind: 'percent', value: 30, unit: '%' }],
  ['30%', { kind: 'percent', value: 30, unit: '%' }],
  ['３０％', { kind: 'percent', value: 30, unit: '%' }],
  ['3 个百分点', { kind: 'percent', value: 3, unit: 'percentage points' }],
  // dates
  ['10 月 7 日', { kind: 'date', date: '2023-10-07', value: null }],
  ['10月13日', { kind: 'date', date: '2023-10-13' }],
  ['12 月 25 日', { kind: 'date', date: '2023-12-25' }],
  ['2023年10月7日', { kind: 'date', date: '2023-10-07' }],
  ['２０２３年１０月７日', { kind: 'date', date: '2023-10-07' }],
  ['2017年5月', { kind: 'date', date: '2017-05' }],
  ['2017年年中', { kind: 'date', date: '2017-07', approx: 'about' }],
  ['2022 年底', { kind: 'date', date: '2022-12', approx: 'about' }],
  ['1996 年', { kind: 'date', date: '1996' }],
  ['民國112年10月7日', { kind: 'date', date: '2023-10-07' }],
  ['民国 111 年底', { kind: 'date', date: '2022-12', approx: 'about' }],
  ['民國99年', { kind: 'date', date: '2010' }],
  ['二〇一七年', { kind: 'date', date: '2017' }],
  ['1990 年代', { kind: 'date', date: '199' }],
  ['九月', { kind: 'date', date: '2023-09' }],
  ['8 月初', { kind: 'date', date: '2023-08', approx: 'about' }],
  ['去年', { kind: 'date', date: '2022' }],
  ['今年', { kind: 'date', date: '2023' }],
  ['去年10月', { kind: 'date', date: '2022-10' }],
  ['昨天', { kind: 'date', date: '2023-11-02' }],
  ['上周', { kind: 'date', date: '2023-W43' }],
  ['周三', { kind: 'date', date: '2023-11-01' }],
  ['周五', { kind: 'date', date: '2023-10-27' }],
  ['上周三', { kind: 'date', date: '2023-10-25' }],
  ['星期六', { kind: 'date', date: '2023-10-28' }],
  ['三天前', { kind: 'date', date: '2023-10-31' }],
  ['2日', { kind: 'date', date: '2023-11-02' }],
  ['11日', { kind: 'date', date: '2023-10-11' }],
  ['本月3日', { kind: 'date', date: '2023-11-03' }],
  ['上个月 20 日', { kind: 'date', date: '2023-10-20' }],
  ['2024财年', { kind: 'date', date: '2024' }],
  ['20世纪50年代', { kind: 'date', date: '195' }],
  ['90年代', { kind: 'date', date: '199' }],
  ['3 年前', { kind: 'date', date: '2020' }],
];

const ENGLISH: Case[] = [
  ['a monthly payment of $30 million', { text: '$30 million', kind: 'money', value: 30e6, currency: 'USD', per: 'month' }],
  ['the annual defence budget is $886 billion', { text: '$886 billion', kind: 'money', value: 886e9, per: 'year' }],
  ['its annual report said $4 billion was lost', { text: '$4 billion', kind: 'money', value: 4e9, per: null }],
  ['NT$4.5 trillion', { kind: 'money', value: 4.5e12, currency: 'TWD' }],
  ['4.5 billion baht', { kind: 'money', value: 4.5e9, currency: 'THB' }],
  ['12 billion Qatari riyals', { kind: 'money', value: 12e9, currency: 'QAR' }],
  ['$30 million a month', { kind: 'money', value: 30_000_000, currency: 'USD', per: 'month' }],
  ['$30m per month', { kind: 'money', value: 30_000_000, currency: 'USD', per: 'month' }],
  ['$6 billion', { kind: 'money', value: 6_000_000_000, currency: 'USD' }],
  ['$6bn', { kind: 'money', value: 6_000_000_000, currency: 'USD' }],
  ['US$1.2 billion', { kind: 'money', value: 1_200_000_000, currency: 'USD' }],
  ['USD 5 million', { kind: 'money', value: 5_000_000, currency: 'USD' }],
  ['5 million dollars', { kind: 'money', value: 5_000_000, currency: 'USD' }],
  ['three million euros', { kind: 'money', value: 3_000_000, currency: 'EUR' }],
  ['€2.5m', { kind: 'money', value: 2_500_000, currency: 'EUR' }],
  ['£1.2tn', { kind: 'money', value: 1_200_000_000_000, currency: 'GBP' }],
  ['500 euros per year', { kind: 'money', value: 500, currency: 'EUR', per: 'year' }],
  ['$2 billion annually', { kind: 'money', value: 2_000_000_000, per: 'year' }],
  ['$3-5 million', { kind: 'money', value: 3_000_000, valueMax: 5_000_000, approx: 'range' }],
  ['$3 million to $5 million', { kind: 'money', value: 3_000_000, valueMax: 5_000_000, approx: 'range' }],
  ['between 3 and 5 million people', { kind: 'count', value: 3_000_000, valueMax: 5_000_000, approx: 'range', unit: 'people' }],
  ['more than 200', { kind: 'number', value: 200, approx: 'moreThan' }],
  ['more than 200 hostages', { kind: 'count', value: 200, unit: 'hostages', approx: 'moreThan' }],
  ['at least 110 foreign passport holders', { kind: 'count', value: 110, unit: 'holders', approx: 'atLeast' }],
  ['some 1,200 people', { kind: 'count', value: 1200, unit: 'people', approx: 'about' }],
  ['nearly 1,000 homes', { kind: 'count', value: 1000, unit: 'homes', approx: 'about' }],
  ['fewer than 10 children', { kind: 'count', value: 10, unit: 'children', approx: 'lessThan' }],
  ['up to 300 trucks', { kind: 'count', value: 300, unit: 'vehicles', approx: 'atMost' }],
  ['200 or more', { kind: 'number', value: 200, approx: 'atLeast' }],
  ['four hostages', { kind: 'count', value: 4, unit: 'hostages' }],
  ['one hostage', { kind: 'count', value: 1, unit: 'hostages' }],
  ['Two Republican lawmakers', { kind: 'count', value: 2, unit: 'lawmakers' }],
  ['twenty-five soldiers', { kind: 'count', value: 25, unit: 'soldiers' }],
  ['two hundred and five people', { kind: 'count', value: 205, unit: 'people' }],
  ['30 per cent', { kind: 'percent', value: 30, unit: '%' }],
  ['30 percent', { kind: 'percent', value: 30, unit: '%' }],
  ['roughly 40%', { kind: 'percent', value: 40, approx: 'about' }],
  ['from 10 to 20 percent', { text: '10 to 20 percent', kind: 'percent', value: 10, valueMax: 20, approx: 'range' }],
  ['3.5 percentage points', { kind: 'percent', value: 3.5, unit: 'percentage points' }],
  ['1,200 km', { kind: 'number', value: 1200, unit: 'km' }],
  ['240 km/h', { kind: 'number', value: 240, unit: 'km/h' }],
  ['over two years', { text: 'two years', kind: 'count', value: 2, unit: 'years', approx: null }],
  ['October 7, 2023', { kind: 'date', date: '2023-10-07' }],
  ['Oct. 7', { kind: 'date', date: '2023-10-07' }],
  ['7 October', { kind: 'date', date: '2023-10-07' }],
  ['the 7th of October', { kind: 'date', date: '2023-10-07' }],
  ['December 25', { kind: 'date', date: '2023-12-25' }],
  ['March 2019', { kind: 'date', date: '2019-03' }],
  ['in 1996', { text: '1996', kind: 'date', date: '1996' }],
  ['mid-2017', { kind: 'date', date: '2017-07', approx: 'about' }],
  ['the end of 2022', { kind: 'date', date: '2022-12', approx: 'about' }],
  ['the 1990s', { text: '1990s', kind: 'date', date: '199' }],
  ['last year', { kind: 'date', date: '2022' }],
  ['last week', { kind: 'date', date: '2023-W43' }],
  ['yesterday', { kind: 'date', date: '2023-11-02' }],
  ['on Wednesday', { text: 'Wednesday', kind: 'date', date: '2023-11-01' }],
  ['last Friday', { kind: 'date', date: '2023-10-27' }],
  ['two years ago', { kind: 'date', date: '2021' }],
  ['2023-10-07', { kind: 'date', date: '2023-10-07' }],
  ['10/7/2023', { kind: 'date', date: '2023-10-07' }],
  ['25/12/2022', { kind: 'date', date: '2022-12-25' }],
];

function only(text: string): Quantity {
  const found = findQuantities(text, { published: PUBLISHED });
  expect(found, `${text} -> ${JSON.stringify(found)}`).toHaveLength(1);
  return found[0];
}

describe('findQuantities: Chinese expressions', () => {
  it.each(CHINESE)('%s', (text, expected) => {
    expect(only(text)).toMatchObject({ text, ...expected });
  });
});

describe('findQuantities: English expressions', () => {
  it.each(ENGLISH)('%s', (text, expected) => {
    expect(only(text)).toMatchObject({ text, ...expected });
  });
});

describe('findQuantities: things that are not quantities', () => {
  const NOT: string[] = [
    '一个目标', '一些国家', '一名官员', '一项协议', '两国关系', '几十年来', '次数十分频繁', '多数百姓', '无数百姓', '几乎所有人', '数年前', '二十几岁', 'for dozens of years', '第三名', '第 3 名',
    '千万不要', '万一出事', '人民日报', '三星公司', '五角大楼', '一再否认', '一劳永逸', '统一', '多哈', '每周一次', '月亮',
    'one of the officials', 'one day, he left', 'we may go', 'the Group of Seven', 'G7 leaders', 'F-16 jets', 'COVID-19', 'a 5G network',
    'the 3rd division', 'call +1 212 555 1234', '138-1234-5678', 'at 6:22 AM', 'https://gnews.org/articles/1916252',
    'ID 12345678', 'version 3.5.1', '连续三日', '歼-20战机', '成千上万。', '你千万，',
  ];
  it.each(NOT)('%s', (text) => {
    expect(findQuantities(text, { published: PUBLISHED })).toEqual([]);
  });

  it('ends an English date before the full stop of its sentence, and keeps the stop of an abbreviation', () => {
    const all = (text: string) => findQuantities(text, { published: PUBLISHED }).map((q) => [q.text, q.date]);
    expect(all('The talks resumed on the 15th of March.')).toEqual([['the 15th of March', '2023-03-15']]);
    expect(all('They met on October 7.')).toEqual([['October 7', '2023-10-07']]);
    expect(all('It is due Dec. 12.')).toEqual([['Dec. 12', '2023-12-12']]);
  });

  it('reads 三日 as a date only where it is not a span of days, and 为期三天 as a span', () => {
    const all = (text: string) => findQuantities(text, { published: PUBLISHED }).map((q) => [q.text, q.kind, q.date ?? q.value, q.unit]);
    expect(all('外交部三日表示')).toEqual([['三日', 'date', '2023-11-03', null]]);
    expect(all('演习为期三天')).toEqual([['三天', 'count', 3, 'days']]);
    expect(all('星期三上午')).toEqual([['星期三', 'date', '2023-11-01', null]]);
    expect(all('发射了11枚彈道飛彈')).toEqual([['11枚彈道飛彈', 'count', 11, 'missiles']]);
  });

  it('takes a rate said earlier in the clause (每年向加沙提供 3.6 亿美元), not one across a comma or another figure', () => {
    expect(findQuantities('卡塔尔每年向加沙提供约3.6亿美元的援助。')).toMatchObject([{ text: '约3.6亿美元', value: 360_000_000, currency: 'USD', per: 'year', approx: 'about' }]);
    expect(findQuantities('每天都有200名巴勒斯坦人死亡')).toMatchObject([{ value: 200, unit: 'Palestinians', per: 'day' }]);
    expect(findQuantities('他每天都来，公司的利润是3亿元。')).toMatchObject([{ value: 300_000_000, per: null }]);
    expect(findQuantities('每年有10人领取5000美元')).toMatchObject([{ value: 10, per: 'year' }, { value: 5000, per: null }]);
  });

  it('does not read the 数 ending a word (人数, 次数) as "several"', () => {
    expect(findQuantities('伤亡人数十万以上')).toMatchObject([{ text: '十万以上', value: 100_000, valueMax: null, approx: 'moreThan' }]);
  });

  it('keeps a year inside a full date as one date, not a date and a number', () => {
    const found = findQuantities('On October 7, 2023, 1,200 people were killed.', { published: PUBLISHED });
    expect(found.map((q) => [q.text, q.kind])).toEqual([
      ['October 7, 2023', 'date'],
      ['1,200 people', 'count'],
    ]);
  });

  it('reads a year after a preposition as a date, not as a count of the next noun', () => {
    const found = findQuantities('In 2009 Israeli forces invaded Gaza.', { published: PUBLISHED });
    expect(found).toMatchObject([{ text: '2009', kind: 'date', date: '2009' }]);
  });

  it('does not read 多 of 多哈 (Doha) as "more than"', () => {
    expect(findQuantities('在 2012 多哈', { lang: 'zh' })).toMatchObject([{ text: '2012', kind: 'number', approx: null }]);
  });

  it('does not read 经过 / 通过 (through) as "more than"', () => {
    expect(findQuantities('经过 3 天的谈判，通过 3 项决议')).toMatchObject([
      { text: '3 天', approx: null },
      { text: '3 项', approx: null },
    ]);
  });

  it('does not join a change or two different kinds of figure into a range', () => {
    expect(findQuantities('Shares fell 2.3% to $176.65.').map((q) => [q.text, q.kind, q.approx])).toEqual([
      ['2.3%', 'percent', null],
      ['$176.65', 'money', null],
    ]);
    expect(findQuantities('Unemployment rose from 3.8% to 3.9%.').map((q) => q.text)).toEqual(['3.8%', '3.9%']);
  });

  it('reports a bare range without unit as a number, not a range (scores, item lists)', () => {
    expect(findQuantities('the match ended 2-1')).toMatchObject([{ text: '2', valueMax: null, approx: null }, { text: '1' }]);
  });
});

describe('findQuantities: the same fact in both languages', () => {
  const PAIRS: [string, string][] = [
    ['每月 3000 万美元', '$30 million a month'],
    ['60 亿美元', '$6bn'],
    ['60 亿美元', '$6 billion'],
    ['至少 110 名', 'at least 110 people'],
    ['200 多名人质', 'more than 200 hostages'],
    ['四名人质', 'four hostages'],
    ['百分之三十', '30 per cent'],
    ['10 月 7 日', 'October 7'],
    ['去年', 'last year'],
    ['2017年年中', 'mid-2017'],
    ['3 至 5 万美元', '$30,000-50,000'],
  ];
  const KEYS = ['kind', 'value', 'valueMax', 'currency', 'per', 'approx', 'date'] as const;
  it.each(PAIRS)('%s = %s', (zh, en) => {
    const [a] = findQuantities(zh, { published: PUBLISHED, lang: 'zh' });
    const [b] = findQuantities(en, { published: PUBLISHED, lang: 'en' });
    for (const key of KEYS) expect([key, a[key]]).toEqual([key, b[key]]);
  });
});

describe('findQuantities: spans', () => {
  it('gives exact offsets into the original text, full-width characters included', () => {
    const text = '据路透社报道，卡塔尔还向加沙支付工资，这是每月３０００万美元的津贴，另有 60 亿美元。';
    const found = findQuantities(text);
    expect(found.map((q) => q.text)).toEqual(['每月３０００万美元', '60 亿美元']);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('returns non-overlapping spans sorted by start', () => {
    const text = '2023年10月7日，哈马斯劫持了 200 多名人质；10 月 7 日至今，每月 3000 万美元。Last week, on Oct. 7, 2023, some 1,200 people died.';
    const found = findQuantities(text, { published: PUBLISHED });
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    expect(found.map((q) => q.text)).toContain('2023年10月7日');
    expect(found.map((q) => q.text)).toContain('Oct. 7, 2023');
  });
});

describe('findQuantities: dates against the publication date', () => {
  it('reads a year-less day up to three months after publication as coming, further ahead as last year', () => {
    expect(only('12 月 25 日')).toMatchObject({ date: '2023-12-25' });
    expect(findQuantities('11 月 3 日', { published: PUBLISHED })[0].date).toBe('2023-11-03');
    expect(findQuantities('11 月 4 日', { published: PUBLISHED })[0].date).toBe('2023-11-04');
    expect(findQuantities('3 月 7 日', { published: PUBLISHED })[0].date).toBe('2023-03-07');
    expect(findQuantities('1 月 2 日', { published: '2023-03-01T00:00:00Z' })[0].date).toBe('2023-01-02');
    expect(findQuantities('8 月 2 日', { published: '2023-03-01T00:00:00Z' })[0].date).toBe('2022-08-02');
  });

  it('keeps the year unknown without a publication date', () => {
    expect(findQuantities('10 月 7 日')[0].date).toBe('--10-07');
    expect(findQuantities('九月')[0].date).toBe('--09');
    expect(findQuantities('去年')[0]).toMatchObject({ kind: 'date', date: null });
    expect(findQuantities('last year')[0]).toMatchObject({ kind: 'date', date: null });
  });

  it('resolves relative dates against another publication date', () => {
    expect(findQuantities('去年', { published: '2020-01-15' })[0].date).toBe('2019');
    expect(findQuantities('last week', { published: '2024-01-03' })[0].date).toBe('2023-W52');
    expect(findQuantities('上个月', { published: '2024-01-03' })[0].date).toBe('2023-12');
  });

  it('reads a weekday on the publication weekday as the week before', () => {
    // 2023-11-03 is a Friday.
    expect(findQuantities('on Friday', { published: '2023-11-03' })[0].date).toBe('2023-10-27');
    expect(findQuantities('周六', { published: '2023-11-03' })[0].date).toBe('2023-10-28');
  });
});

describe('detectLang', () => {
  it('tells Chinese from English by script', () => {
    expect(detectLang('卡塔尔与 Hamas 的关系')).toBe('zh');
    expect(detectLang('Qatar and Hamas')).toBe('en');
  });
});
