/**
 * Session 19's readings, each asserted both ways (what must be read, and the near misses that must not be):
 * 1. Decreases said as multiples (decreaseMultiples.ts) are the factor left, in `fold` as multiples.ts models a rise:
 *    降低了3倍 / 减少三倍 / "fell threefold" / "three times lower" = 1/3; 减少一倍 / 减半 / "halved" = 1/2; 降低0.3倍 = 0.7;
 *    a bound flips ("more than halved" leaves less than half: `lessThan`). "three times more" / "three times as many"
 *    stay 3. Comparatives of more (快了两倍, 贵了三倍, 比去年贵三倍) read as verbs of increase: N + 1.
 * 2. A bound word, then a modal or a verb (最高可达40度, 最多可容纳5000人, 至少需要3年, 最高达到42摄氏度): the bound
 *    holds (`atMost` / `atLeast`), the span starts at it. 最高法院 / 最高领导人 (a name) and 最大承载量为 (a capacity) are
 *    no bound.
 * 3. 前日 is the day before yesterday relative to the written day (2024-05-13 for an article of 2024-05-15), as 前天 is
 *    (the looser "the other day" of some registers is not taken); not in 前日本首相 / 目前日本 / 前日军 / 前日产.
 * 4. "down a third", "up a fifth", "fell nearly a quarter" are percentage changes (33.3 %, 20 %, 25 %) as "cut by a
 *    quarter" is; 三成 is 30 % also before 员工 / 长者 / 年轻人 / 本港 (三成长者 is 三成 + 长者), not in 三成员国.
 * Published on a Wednesday (2024-05-15), as the earlier tables.
 */
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../../shared/model/quantity';
import { checkPairs } from '../../../../shared/translation/checks';
import { type Case, check, count, day, measure, money, pct } from './sentenceTable';

/** A multiple in `fold`; a factor below one is compared to nine places (1/3 is written 0.333333333333). */
const fold = (value: number, more: Partial<Quantity> = {}): Partial<Quantity> =>
  count(Number.isInteger(value) ? value : (expect.closeTo(value, 9) as number), 'fold', more);

describe('1. decreases said as multiples', () => {
  const chinese: Case[] = [
    { text: '出口降低了3倍。', want: [['降低了3倍', fold(1 / 3)]] },
    { text: '成本减少三倍。', want: [['减少三倍', fold(1 / 3)]] },
    { text: '今年一季度该省工业用电量同比下降了2倍。', want: [['下降了2倍', fold(1 / 2)]] },
    { text: '新药使患者死亡率降低了近3倍。', want: [['降低了近3倍', fold(1 / 3, { approx: 'about' })]] },
    { text: '该地区犯罪率比十年前下降了三倍多。', want: [['下降了三倍多', fold(1 / 3, { approx: 'lessThan' })]] },
    { text: '该国失业率降低2至3倍。', want: [['降低2至3倍', fold(1 / 3, { valueMax: expect.closeTo(0.5, 9) as number, approx: 'range' })]] },
    { text: '公司利润缩小了1.5倍。', want: [['缩小了1.5倍', fold(1 / 1.5)]] },
    { text: '成本减少一倍。', want: [['减少一倍', fold(0.5)]] },
    { text: '這項措施令等候時間縮短了一倍。', want: [['縮短了一倍', fold(0.5)]] },
    { text: '今年的汽油价格比去年便宜了一倍。', want: [['便宜了一倍', fold(0.5)]] },
    { text: '新款电池的重量轻了一倍。', want: [['轻了一倍', fold(0.5)]] },
    { text: '成本降低0.3倍。', want: [['降低0.3倍', fold(0.7)]] },
    { text: '研发成本减少了0.5倍。', want: [['减少了0.5倍', fold(0.5)]] },
    { text: '進口量較去年減少兩倍。', want: [['去年', day('2023')], ['減少兩倍', fold(1 / 2)]] },
    { text: '今年該市的交通事故比去年少3倍。', want: [['少3倍', fold(1 / 3)]] },
    { text: '政府决定将学费减半。', want: [['减半', fold(0.5)]] },
    { text: '企业所得税减半征收。', want: [['减半', fold(0.5)]] },
    { text: '政府計劃將碳排放減半。', want: [['減半', fold(0.5)]] },
    { text: '受疫情影响，该公司净利润腰斩。', want: [['腰斩', fold(0.5)]] },
  ];
  const english: Case[] = [
    { text: 'Deaths from the disease fell threefold over the decade.', want: [['threefold', fold(1 / 3)]] },
    { text: 'The new drug cut mortality nearly threefold.', want: [['nearly threefold', fold(1 / 3, { approx: 'about' })]] },
    { text: 'There was a fourfold decrease in infections.', want: [['fourfold', fold(1 / 4)]] },
    { text: 'Risk was 2.5-fold lower among the vaccinated.', want: [['2.5-fold', fold(0.4)]] },
    { text: 'Emissions are five times lower than in 1990.', want: [['five times', fold(1 / 5)], ['1990', day('1990')]] },
    { text: 'Costs are three times lower than in 2010.', want: [['three times', fold(1 / 3)]] },
    { text: 'The new chips are ten times smaller.', want: [['ten times', fold(1 / 10)]] },
    { text: 'Solar power is now three times cheaper than coal.', want: [['three times', fold(1 / 3)]] },
    { text: 'There were nearly four times fewer cases.', want: [['nearly four times', fold(1 / 4, { approx: 'about' })]] },
    { text: 'Costs halved.', want: [['halved', fold(0.5)]] },
    { text: 'The company halved its dividend.', want: [['halved', fold(0.5)]] },
    { text: 'The government plans to halve emissions by 2030.', want: [['halve', fold(0.5)], ['2030', day('2030')]] },
    { text: "The firm's profits more than halved last year.", want: [['more than halved', fold(0.5, { approx: 'lessThan' })], ['last year', day('2023')]] },
    { text: 'Sales almost halved in March.', want: [['almost halved', fold(0.5, { approx: 'about' })]] },
    { text: 'The deficit was cut in half.', want: [['in half', fold(0.5)]] },
    { text: 'They want to cut the deficit in half by 2030.', want: [['in half', fold(0.5)]] },
  ];
  const rises: Case[] = [
    { text: 'There are three times more cases than last year.', want: [['three times', fold(3)]] },
    { text: 'There are three times as many cases as last year.', want: [['three times', fold(3)]] },
    { text: 'The debt is three times higher than GDP.', want: [['three times', fold(3)]] },
    { text: 'Prices rose threefold.', want: [['threefold', fold(3)]] },
    { text: 'Exports were twice as high as imports.', want: [['twice', fold(2)]] },
    { text: '速度快了两倍。', want: [['快了两倍', fold(3)]] },
    { text: '价格贵了三倍。', want: [['贵了三倍', fold(4)]] },
    { text: '这款手机的价格比去年贵三倍。', want: [['去年', day('2023')], ['贵三倍', fold(4)]] },
    { text: '新机场的面积比旧机场大了三倍。', want: [['大了三倍', fold(4)]] },
    { text: '新列車比舊列車快了一倍。', want: [['快了一倍', fold(2)]] },
    { text: '該款新車的續航里程長了一倍。', want: [['長了一倍', fold(2)]] },
    { text: '出口增加了两倍。', want: [['增加了两倍', fold(3)]] },
  ];
  const nearMisses: Case[] = [
    // 降低到 / 下降为 N 倍 is what it fell to, not by; 增减 is "plus or minus"; 放大 / 最大 a magnification, a cap.
    { text: '出口下降为去年的2倍。', want: [['2倍', fold(2)]], none: ['下降'] },
    { text: '价格增减2倍以内均属正常。', none: ['增减'] },
    { text: '该镜头可放大2倍。', want: [['2倍', fold(2)]], none: ['放大'] },
    { text: '最大2倍的杠杆。', want: [['2倍', fold(2)]], none: ['最大'] },
    { text: '上班时间减半小时。', none: ['减半'] },
    { text: 'The two halves of the season were different.', none: ['halves'] },
    // The whole cut in parts is no share of it (fractions.ts).
    { text: 'The two halves of the city were reunited in 1990.', want: [['1990', day('1990')]], none: ['two halves'] },
    { text: 'Add two lemons, halved.', none: ['halved'] },
    { text: 'The reasons for the fall are twofold.', none: ['twofold'] },
    { text: 'Prices fell in 2020 and then rose threefold.', want: [['threefold', fold(3)]] },
  ];
  for (const [title, cases] of [['Chinese', chinese], ['English', english], ['rises stay rises', rises], ['near misses', nearMisses]] as const) {
    describe(title, () => {
      it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
    });
  }
});

describe('2. a bound word followed by a verb', () => {
  const bounds: Case[] = [
    { text: '气温最高可达40度。', want: [['最高可达40度', measure(40, '°C', { approx: 'atMost' })]] },
    { text: '场馆最多可容纳5000人。', want: [['最多可容纳5000人', count(5000, 'people', { approx: 'atMost' })]] },
    { text: '至少需要3年。', want: [['至少需要3年', count(3, 'years', { approx: 'atLeast' })]] },
    { text: '当地气温最高达到42摄氏度。', want: [['最高达到42摄氏度', measure(42, '°C', { approx: 'atMost' })]] },
    { text: '最高達到攝氏38度。', want: [['最高達到攝氏38度', measure(38, '°C', { approx: 'atMost' })]] },
    { text: '该罪最高可判处10年有期徒刑。', want: [['最高可判处10年', count(10, 'years', { approx: 'atMost' })]] },
    { text: '该工程至少还需要5年才能完工。', want: [['至少还需要5年', count(5, 'years', { approx: 'atLeast' })]] },
    { text: '这条隧道最长可达15公里。', want: [['最长可达15公里', measure(15, 'km', { approx: 'atMost' })]] },
    { text: '新规定下，罚款最高可达50万元。', want: [['最高可达50万元', money(500_000, 'CNY', { approx: 'atMost' })]] },
    { text: '这项工程起码要花2亿元。', want: [['起码要花2亿元', money(2e8, 'CNY', { approx: 'atLeast' })]] },
    { text: '列车最高可达每小时300公里。', want: [['最高可达每小时300公里', measure(300, 'km/h', { approx: 'atMost' })]] },
    { text: '這座球場最多可容納5萬名觀眾。', want: [['最多可容納5萬名觀眾', count(50_000, 'spectators', { approx: 'atMost' })]] },
    { text: '景区最多可接待游客3万人次。', want: [['最多可接待游客3万人次', { kind: 'count', value: 30_000, approx: 'atMost' }]] },
    { text: '酒駕累犯最高可處新台幣30萬元罰鍰。', want: [['最高可處新台幣30萬元', money(3e5, 'TWD', { approx: 'atMost' })]] },
    { text: '会议至少有200人参加。', want: [['至少有200人', count(200, 'people', { approx: 'atLeast' })]] },
    { text: '此类手术最短需要2小时。', want: [['最短需要2小时', count(2, 'hours', { approx: 'atLeast' })]] },
  ];
  const notBounds: Case[] = [
    { text: '最高人民法院判处3名被告死刑。', want: [['3名', { kind: 'count', value: 3, approx: null }]], none: ['最高'] },
    { text: '最高法院判处该男子3年监禁。', want: [['3年', count(3, 'years', { approx: null })]], none: ['最高'] },
    { text: '最高领导人将访问3国。', want: [['3国', count(3, 'countries', { approx: null })]], none: ['最高'] },
    { text: '最多的时候有3000人。', want: [['3000人', count(3000, 'people', { approx: null })]], none: ['最多'] },
    { text: '该景区日最大承载量为6.5万人。', want: [['6.5万人', count(65_000, 'people', { approx: null })]], none: ['最大'] },
    { text: '最高气温可达40度。', want: [['40度', measure(40, '°C', { approx: null })]] },
    // A bound before a range is left out of its span, as before (至少 60 至 80).
    { text: '疫苗至少还需要三到五年才能上市。', want: [['三到五年', count(3, 'years', { valueMax: 5, approx: 'range' })]] },
    { text: '该市房贷利率最低降至3.1%。', want: [['3.1%', pct(3.1)]] },
  ];
  for (const [title, cases] of [['bounds', bounds], ['no bounds', notBounds]] as const) {
    describe(title, () => {
      it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
    });
  }
});

describe('3. 前日, the day before yesterday', () => {
  const days: Case[] = [
    { text: '前日，警方拘捕3名男子。', want: [['前日', day('2024-05-13')], ['3名男子', count(3, 'men')]] },
    { text: '他前日抵达北京。', want: [['前日', day('2024-05-13')]] },
    { text: '中国外交部前日宣布。', want: [['前日', day('2024-05-13')]] },
    { text: '前日晚间，该市发生火灾。', want: [['前日', day('2024-05-13')]] },
    { text: '前日中午发生地震。', want: [['前日', day('2024-05-13')]] },
    { text: '前日下午，日本首相抵达。', want: [['前日', day('2024-05-13')]] },
    { text: '消防處前日接報。', want: [['前日', day('2024-05-13')]] },
    { text: 'The ceasefire began the day before yesterday.', want: [['the day before yesterday', day('2024-05-13')]] },
    { text: 'Talks resume the day after tomorrow.', want: [['the day after tomorrow', day('2024-05-17')]] },
  ];
  const notDays: Case[] = [
    { text: '前日本首相安倍晋三。', none: ['前日'] },
    { text: '一名前日本外交官表示。', none: ['前日'] },
    { text: '目前日本经济低迷。', none: ['前日'] },
    { text: '目前日元汇率下跌。', none: ['前日'] },
    { text: '此前日方表示。', none: ['前日'] },
    { text: '日前日本政府宣布。', none: ['前日'] },
    { text: '前日相安倍晋三遇刺。', none: ['前日'] },
    { text: '一名前日军士兵接受采访。', none: ['前日'] },
    { text: '前日产CEO戈恩出逃。', none: ['前日'] },
    { text: '前日經新聞記者表示。', none: ['前日'] },
  ];
  for (const [title, cases] of [['days', days], ['not days', notDays]] as const) {
    describe(title, () => {
      it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
    });
  }
});

describe('4. fractions of change and tenths', () => {
  const changes: Case[] = [
    { text: 'Profits were down a third.', want: [['a third', pct(33.3)]] },
    { text: 'Profits were down a third on the year.', want: [['a third', pct(33.3)]] },
    { text: 'Sales were up a fifth from a year earlier.', want: [['a fifth', pct(20)]] },
    { text: 'Shares fell nearly a quarter in 2023.', want: [['nearly a quarter', pct(25, { approx: 'about' })], ['2023', day('2023')]] },
    { text: 'Output is down almost a fifth since January.', want: [['almost a fifth', pct(20, { approx: 'about' })]] },
    { text: 'Revenue rose two-thirds, to $5 billion.', want: [['two-thirds', pct(66.7)], ['$5 billion', money(5e9, 'USD')]] },
    { text: 'Prices fell a third, analysts said.', want: [['a third', pct(33.3)]] },
    { text: 'The budget was cut by a quarter.', want: [['a quarter', pct(25)]] },
    { text: 'The budget was slashed by a quarter.', want: [['a quarter', pct(25)]] },
  ];
  const notChanges: Case[] = [
    { text: 'He walked up a third flight of stairs.', none: ['third'] },
    { text: 'The team picked up a third straight win.', none: ['third'] },
    { text: 'They ran down a quarter mile.', none: ['quarter'] },
    { text: 'She moved up a third place.', none: ['third'] },
    { text: 'He came down a fifth time.', none: ['fifth'] },
  ];
  const tenths: Case[] = [
    { text: '该公司三成员工离职。', want: [['三成', pct(30)]] },
    { text: '三成长者独居。', want: [['三成', pct(30)]] },
    { text: '近三成長者獨居。', want: [['近三成', pct(30, { approx: 'about' })]] },
    { text: '逾四成長者患有慢性病。', want: [['逾四成', pct(40, { approx: 'moreThan' })]] },
    { text: '約兩成年輕人失業。', want: [['約兩成', pct(20, { approx: 'about' })]] },
    { text: '三成本港居民支持方案。', want: [['三成', pct(30)]] },
    { text: '七成长期病患者需要照顾。', want: [['七成', pct(70)]] },
    { text: '三成受访者表示反对。', want: [['三成', pct(30)]] },
    { text: '他们的成本上升三成。', want: [['三成', pct(30)]] },
  ];
  const notTenths: Case[] = [
    { text: '三成员国表示反对。', none: ['三成'] },
    { text: '经济成长3%。', want: [['3%', pct(3)]], none: ['成长'] },
    { text: '他已满18岁成年。', none: ['成年'] },
  ];
  for (const [title, cases] of [['changes', changes], ['not changes', notChanges], ['tenths', tenths], ['not tenths', notTenths]] as const) {
    describe(title, () => {
      it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
    });
  }
});

describe('the translation check compares decreases as the factor they leave', () => {
  const findings = (zh: string, en: string) =>
    checkPairs([{ zh, en }], { glossary: [], published: '2024-05-15T08:00:00Z', kinds: ['number'] });
  const agree: [string, string][] = [
    ['出口降低了3倍。', 'Exports were three times lower.'],
    ['出口降低了3倍。', 'Exports fell threefold.'],
    ['成本减少一倍。', 'Costs halved.'],
    ['成本减半。', 'Costs were halved.'],
    ['成本減半。', 'Costs were cut in half.'],
    ['速度快了两倍。', 'It is three times as fast.'],
    ['价格比去年贵三倍。', "Prices are four times last year's."],
    ['至少需要3年。', 'It will take at least three years.'],
    ['利润下降约三分之一。', 'Profits were down about a third.'],
  ];
  const disagree: [string, string][] = [
    ['出口降低了3倍。', 'Exports were three times higher.'],
    ['出口降低了3倍。', 'Exports tripled.'],
    ['成本减半。', 'Costs doubled.'],
    ['成本减少一倍。', 'Costs doubled.'],
    ['利润减半。', 'Profits fell threefold.'],
  ];
  it.each(agree)('%s = %s', (zh, en) => expect(findings(zh, en)).toEqual([]));
  it.each(disagree)('%s ≠ %s', (zh, en) => expect(findings(zh, en).length).toBeGreaterThan(0));
});
