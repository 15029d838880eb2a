/**
 * Session 17's known gaps, each fixed by a general rule and asserted here:
 * 1. 高达 / 高達 ("as much as", "a whopping") states the figure that was reached: `approx: null`, 高达 in the span. A
 *    fact-checker checks the stated value; a ceiling (`atMost`) would let any smaller figure pass, and `about` would
 *    blur a figure the writer gave exactly. 可高达 ("could reach as much as") and 最高达 are ceilings and stay `atMost`.
 * 2. An "about" word before a range (约有 60 至 80 名, 大约 60 到 80 人, "about 60 to 80 people") joins its span; the
 *    figure stays a range (`approx: 'range'`, both ends), as 高达 25%至30% and 约5公里至8公里 already were.
 * 3. A weekday with no date: the aspect of its verb decides (tense.ts, `weekdayTense`): a future word makes the
 *    coming day, anything else the previous one.
 * 4. (Width folding shared with the translation check: no behaviour change, covered by the existing tests.)
 * 5. `guessAgentType`: a given name and an outlet word ("Emily Post") is a person.
 * Published on a Wednesday (2024-05-15), as the earlier tables.
 */
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../../shared/model/quantity';
import { guessAgentType } from '../../../../shared/export/claimReview';
import { type Case, check, count, day, describeTables, measure, money, pct, pp } from './sentenceTable';

const range = (value: number, valueMax: number, more: Partial<Quantity> = {}): Partial<Quantity> => ({ value, valueMax, approx: 'range', ...more });

describe('1. 高达 states the figure', () => {
  const cases: Case[] = [
    { text: '这次事故造成的损失高达 5 亿元。', want: [['高达 5 亿元', money(5e8, 'CNY', { approx: null })]] },
    { text: '该国青年失业率一度高达30%。', want: [['高达30%', pct(30, { approx: null })]] },
    { text: '該公司去年虧損高達新台幣12億元。', want: [['高達新台幣12億元', money(1.2e9, 'TWD', { approx: null })]] },
    { text: '违规企业罚款可高达50万元。', want: [['可高达50万元', money(5e5, 'CNY', { approx: 'atMost' })]] },
    { text: '一件一級文物的保險金額可以高達1.5億元。', want: [['可以高達1.5億元', { kind: 'money', value: 1.5e8, approx: 'atMost' }]] },
    { text: '该地区的损失可能高达30亿美元。', want: [['可能高达30亿美元', money(3e9, 'USD', { approx: 'atMost' })]] },
    { text: '每户补贴最高达3000元。', want: [['最高达3000元', money(3000, 'CNY', { approx: 'atMost' })]] },
    { text: '本次洪灾受灾人口多达120万人。', want: [['多达120万人', count(1.2e6, 'people', { approx: 'atMost' })]] },
    { text: '病死率高达25%至30%。', want: [['高达25%至30%', pct(25, range(25, 30))]] },
  ];
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
});

describe('2. an "about" word before a range', () => {
  const cases: Case[] = [
    { text: '约有60至80名村民参加了听证会。', want: [['约有60至80名村民', count(60, 'villagers', range(60, 80))]] },
    { text: '大约有60至80名学生受到影响。', want: [['大约有60至80名学生', count(60, 'students', range(60, 80))]] },
    { text: '参加人数约为60至80名。', want: [['约为60至80名', range(60, 80, { kind: 'count' })]] },
    { text: '近有60至80名工人被困。', want: [['近有60至80名工人', count(60, 'workers', range(60, 80))]] },
    { text: '现场大约60到80人。', want: [['大约60到80人', count(60, 'people', range(60, 80))]] },
    { text: '现场聚集了60至80人左右。', want: [['60至80人左右', count(60, 'people', range(60, 80))]] },
    { text: '約有六十至八十名員工受影響。', want: [['約有六十至八十名員工', range(60, 80, { kind: 'count' })]] },
    { text: 'About 60 to 80 people attended the vigil.', want: [['About 60 to 80 people', count(60, 'people', range(60, 80))]] },
    { text: 'Roughly 60-80 inspectors were hired.', want: [['Roughly 60-80 inspectors', count(60, 'inspectors', range(60, 80))]] },
    { text: 'The index traded at roughly 60-80 all year.', want: [['roughly 60-80', range(60, 80, { kind: 'number' })]] },
    { text: 'Some $3m to $5m was raised.', want: [['Some $3m to $5m', money(3e6, 'USD', range(3e6, 5e6))]] },
    // A bound contradicts a range: it stays out of the span, the range is kept.
    { text: '至少60至80人受伤。', want: [['60至80人', count(60, 'people', range(60, 80))]] },
  ];
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
});

/**
 * 3. Weekdays in a Wednesday (2024-05-15) article: Thursday is 05-16 ahead or 05-09 back, Friday 05-17 or 05-10,
 * Sunday 05-19 or 05-12, Monday 05-20 or 05-13, Wednesday itself 05-08 (the week before, never the publication day).
 * A future word (将 / 会 / 计划 / 拟) makes the coming day; 了 / 过, a reporting or completed verb, and no aspect word
 * at all the previous one (see weekdayTense in tense.ts for why no aspect word is not "the nearer day").
 */
describe('3. a weekday by the aspect of its verb', () => {
  const cases: Case[] = [
    // 将 / 会 / 计划 / 拟: future, also across the comma of a day put first.
    { text: '双方周四会举行会谈。', want: [['周四', day('2024-05-16')]] },
    { text: '双方周四将举行会谈。', want: [['周四', day('2024-05-16')]] },
    { text: '周四，双方将举行会谈。', want: [['周四', day('2024-05-16')]] },
    { text: '周四，双方会在日内瓦举行会谈。', want: [['周四', day('2024-05-16')]] },
    { text: '双方拟周日举行会谈。', want: [['周日', day('2024-05-19')]] },
    { text: '代表团计划周一出发。', want: [['周一', day('2024-05-20')]] },
    { text: '雙方週日會舉行會談。', want: [['週日', day('2024-05-19')]] },
    { text: '週四，雙方將舉行會談。', want: [['週四', day('2024-05-16')]] },
    // 了 / 过: past.
    { text: '双方周四举行了会谈。', want: [['周四', day('2024-05-09')]] },
    { text: '周四，双方举行了会谈。', want: [['周四', day('2024-05-09')]] },
    { text: '他周四去过现场。', want: [['周四', day('2024-05-09')]] },
    { text: '雙方週四舉行了會談。', want: [['週四', day('2024-05-09')]] },
    // A reporting or completed verb, with no aspect word: on or before publication.
    { text: '统计局周五发布数据。', want: [['周五', day('2024-05-10')]] },
    { text: '周五发布的报告显示，出口下降。', want: [['周五', day('2024-05-10')]] },
    { text: '外交部周四表示反对。', want: [['周四', day('2024-05-09')]] },
    { text: '双方周四签署协议。', want: [['周四', day('2024-05-09')]] },
    { text: '財政部週四公布數據。', want: [['週四', day('2024-05-09')]] },
    // A future after a reporting verb is the reported plan's; 将 as the object marker is no future.
    { text: '他周五表示将辞职。', want: [['周五', day('2024-05-10')]] },
    { text: '美联储周三将利率上调25个基点。', want: [['周三', day('2024-05-08')]] },
    { text: '周三，美国联邦储备委员会将基准利率维持不变。', want: [['周三', day('2024-05-08')]] },
    // No aspect word and a verb that neither reports nor completes: still the previous day.
    { text: '双方周四举行会谈。', want: [['周四', day('2024-05-09')]] },
    { text: '外长周五访问东京。', want: [['周五', day('2024-05-10')]] },
    { text: '新馆周六正式开幕，数百名市民冒雨前来参观。', want: [['周六', day('2024-05-11')]] },
    { text: '以色列于周五开始地面行动。', want: [['周五', day('2024-05-10')]] },
    // Days that recur are no dates.
    { text: '由下月起，每週三及週五下午開放予公眾。', none: ['週三', '週五'] },
    { text: '每到周六上午，图书馆都挤满了孩子。', none: ['周六'] },
    // English marks tense on the verb.
    { text: 'The two sides will hold talks on Thursday.', want: [['Thursday', day('2024-05-16')]] },
    { text: 'The two sides held talks on Thursday.', want: [['Thursday', day('2024-05-09')]] },
    { text: 'Talks on Thursday will focus on trade.', want: [['Thursday', day('2024-05-16')]] },
    { text: 'Talks on Thursday were held in Geneva.', want: [['Thursday', day('2024-05-09')]] },
    { text: 'The agency released the data on Friday.', want: [['Friday', day('2024-05-10')]] },
    { text: 'The agency will release the data on Friday.', want: [['Friday', day('2024-05-17')]] },
  ];
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
});

describe('5. guessAgentType: a given name before an outlet word is a person', () => {
  const table: [string, 'Person' | 'Organization'][] = [
    ['Emily Post', 'Person'],
    ['Wiley Post', 'Person'],
    ['Markus Post', 'Person'],
    ['Jean-Luc Post', 'Person'],
    ['Lisa Press', 'Person'],
    ['Majed Al-Ansari', 'Person'],
    ['Emily', 'Person'],
    ['The Washington Post', 'Organization'],
    ['Washington Post', 'Organization'],
    ['The Jerusalem Post', 'Organization'],
    ['New York Post', 'Organization'],
    ['South China Morning Post', 'Organization'],
    ['Post', 'Organization'],
    ['The Post', 'Organization'],
    ['Sunday Post', 'Organization'],
    ['Free Press', 'Organization'],
    ['Detroit Free Press', 'Organization'],
    ['Associated Press', 'Organization'],
    ['Press TV', 'Organization'],
    ['The Emily Post Institute', 'Organization'],
    ['Financial Times', 'Organization'],
    ['Reuters', 'Organization'],
    // Chinese names of outlets, courts and cabinets, simplified and traditional.
    ['华盛顿邮报', 'Organization'],
    ['華盛頓郵報', 'Organization'],
    ['行政院', 'Organization'],
    ['以色列外交部', 'Organization'],
    ['安德烈亚斯·克里格', 'Person'],
  ];
  it.each(table)('%s is a %s', (name, type) => expect(guessAgentType(name)).toBe(type));
});

/**
 * Forty more held-out sentences, written for this test with their expected figures before the finder was run on
 * them (simplified, traditional, English). Count units the lexicon may name differently are asserted by value only.
 * 37 of 40 passed at once; the three that failed were nouns the lexicon lacked (代表, 跑者, 航班), now added.
 */
const n = (value: number, more: Partial<Quantity> = {}): Partial<Quantity> => ({ kind: 'count', value, ...more });

const simplified: Case[] = [
  { text: '据新华社报道，今年一季度全国铁路发送旅客10.8亿人次，同比增长11.6%。', want: [['10.8亿人次', n(1.08e9)], ['11.6%', pct(11.6)]] },
  { text: '这场大火烧毁了约1.2万公顷森林。', want: [['约1.2万公顷', { value: 12000, approx: 'about' }]] },
  { text: '该公司宣布将在未来三年内投资200亿元扩建工厂。', want: [['200亿元', money(2e10, 'CNY')]] },
  { text: '截至5月10日，已有超过3.5万名志愿者报名。', want: [['5月10日', day('2024-05-10')], ['超过3.5万名志愿者', count(35000, 'volunteers', { approx: 'moreThan' })]] },
  { text: '会议将于下周二在上海举行，预计约有200名代表出席。', want: [['下周二', day('2024-05-21')], ['约有200名代表', count(200, 'delegates', { approx: 'about' })]] },
  { text: '该省去年GDP增速为4.8%，低于全国平均水平0.4个百分点。', want: [['去年', day('2023')], ['4.8%', pct(4.8)], ['0.4个百分点', pp(0.4)]] },
  { text: '这次地震的震源深度为10公里。', want: [['10公里', measure(10, 'km')]] },
  { text: '该市周六举行马拉松比赛，约3万名跑者参赛。', want: [['周六', day('2024-05-11')], ['约3万名跑者', count(30000, 'runners', { approx: 'about' })]] },
  { text: '政府拟于明年起将退休年龄提高至65岁。', want: [['明年', day('2025')], ['65岁', count(65, 'years of age')]] },
  { text: '受暴雨影响，全市共有127个航班取消。', want: [['127个航班', count(127, 'flights')]] },
  { text: '专家预计，今年房价将下跌5%至8%。', want: [['今年', day('2024')], ['5%至8%', pct(5, range(5, 8))]] },
  { text: '该国外汇储备连续三个月下降，降至约8000亿美元。', want: [['约8000亿美元', money(8e11, 'USD', { approx: 'about' })]] },
  { text: '火灾造成至少7人死亡，另有15人受伤。', want: [['至少7人', count(7, 'people', { approx: 'atLeast' })], ['15人', count(15, 'people')]] },
  { text: '该项目总长约42公里，设车站18座。', want: [['约42公里', measure(42, 'km', { approx: 'about' })]] },
  { text: '今年1月至4月，全国快递业务量累计完成520亿件。', want: [['520亿件', n(5.2e10)]] },
  { text: '该疫苗的有效率高达95%。', want: [['高达95%', pct(95, { approx: null })]] },
];

const traditional: Case[] = [
  { text: '颱風造成全台逾40萬戶停電。', want: [['逾40萬戶', n(4e5, { approx: 'moreThan' })]] },
  { text: '立法院週五三讀通過總額約3200億元的預算案。', want: [['週五', day('2024-05-10')], ['約3200億元', { kind: 'money', value: 3.2e11, approx: 'about' }]] },
  { text: '港府預計今年經濟增長2.5%至3.5%。', want: [['今年', day('2024')], ['2.5%至3.5%', pct(2.5, range(2.5, 3.5))]] },
  { text: '該公司去年虧損高達18億港元。', want: [['去年', day('2023')], ['高達18億港元', money(1.8e9, 'HKD', { approx: null })]] },
  { text: '約有兩成受訪者表示會考慮移民。', want: [['約有兩成', pct(20, { approx: 'about' })]] },
  { text: '台北市週六舉行路跑活動，吸引逾3萬人參加。', want: [['週六', day('2024-05-11')], ['逾3萬人', count(30000, 'people', { approx: 'moreThan' })]] },
  { text: '衛福部週一公布，新增確診病例1,234例。', want: [['週一', day('2024-05-13')], ['1,234例', n(1234)]] },
  { text: '該校明年起學費將調漲3%。', want: [['明年', day('2025')], ['3%', pct(3)]] },
  { text: '全台目前約有60至80間店面受影響。', want: [['約有60至80間', n(60, range(60, 80))]] },
  { text: '香港上月失業率維持在3%。', want: [['上月', day('2024-04')], ['3%', pct(3)]] },
];

const english: Case[] = [
  { text: 'The storm killed at least 14 people and left 200,000 homes without power.', want: [['at least 14 people', count(14, 'people', { approx: 'atLeast' })], ['200,000 homes', count(2e5, 'homes')]] },
  { text: 'Officials said about 60 to 80 migrants were rescued on Sunday.', want: [['about 60 to 80 migrants', count(60, 'migrants', range(60, 80))], ['Sunday', day('2024-05-12')]] },
  { text: 'The central bank will announce its decision on Thursday.', want: [['Thursday', day('2024-05-16')]] },
  { text: 'Shares fell 7.5% on Monday after the company cut its forecast.', want: [['7.5%', pct(7.5)], ['Monday', day('2024-05-13')]] },
  { text: 'The government plans to build 1.5 million homes by 2029.', want: [['1.5 million homes', count(1.5e6, 'homes')], ['2029', day('2029')]] },
  { text: 'Roughly 60-80 people attended the meeting in March.', want: [['Roughly 60-80 people', count(60, 'people', range(60, 80))], ['March', day('2024-03')]] },
  { text: 'The company lost $2.3 billion last year.', want: [['$2.3 billion', money(2.3e9, 'USD')], ['last year', day('2023')]] },
  { text: 'Inflation in the euro area slowed to 2.4% in April.', want: [['2.4%', pct(2.4)], ['April', day('2024-04')]] },
  { text: 'Nearly 40% of respondents said they had cut spending.', want: [['Nearly 40%', pct(40, { approx: 'about' })]] },
  { text: 'The bridge, which cost £1.1bn, opened on Tuesday.', want: [['£1.1bn', money(1.1e9, 'GBP')], ['Tuesday', day('2024-05-14')]] },
  { text: 'Voting ends on Sunday, when about 5 million people are expected to cast ballots.', want: [['Sunday', day('2024-05-19')], ['about 5 million people', count(5e6, 'people', { approx: 'about' })]] },
  { text: 'More than 300 flights were cancelled at Heathrow on Friday.', want: [['More than 300 flights', count(300, 'flights', { approx: 'moreThan' })], ['Friday', day('2024-05-10')]] },
  { text: 'The minimum wage rises to $17 an hour on July 1.', want: [['$17', money(17, 'USD')], ['July 1', day('2024-07-01')]] },
  { text: 'Unemployment stood at 4.1% in the three months to March.', want: [['4.1%', pct(4.1)], ['March', day('2024-03')]] },
];

describeTables("session 17's held-out news sentences", { simplified, traditional, english });
