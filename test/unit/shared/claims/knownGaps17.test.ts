/**
 * Session 17's known gaps, each fixed by a general rule and asserted here:
 * 1. 高达 / 高達 ("as much as", "a whopping") states the figure that was reached: `approx: null`, 高达 in the span. A
 *    fact-checker checks the stated value; a ceiling (`atMost`) would let any smaller figure pass, and `about` would
 *    blur a figure the writer gave exactly. 可高达 ("could reach as much as") and 最高达 are ceilings and stay `atMost`.
 * 2. An "about" word before a range (约有 60 至 80 名, 大约 60 到 80 人, "about 60 to 80 people") joins its span; the
 *    figure stays a range (`approx: 'range'`, both ends), as 高达 25%至30% and 约5公里至8公里 already were.
 * 3. A weekday with no date: the aspect of its verb decides (tense.ts, `weekdayTense`).
 * 4. (Width folding shared with the translation check: no behaviour change, covered by the existing tests.)
 * 5. `guessAgentType`: a given name and an outlet word ("Emily Post") is a person.
 * Published on a Wednesday (2024-05-15), as the earlier tables.
 */
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../../shared/model/quantity';
import { guessAgentType } from '../../../../shared/export/claimReview';
import { type Case, check, count, day, money, pct } from './sentenceTable';

const range = (value: number, valueMax: number, more: Partial<Quantity> = {}): Partial<Quantity> => ({ value, valueMax, approx: 'range', ...more });

describe('1. 高达 states the figure', () => {
  const cases: Case[] = [
    { text: '这次事故造成的损失高达 5 亿元。', want: [['高达 5 亿元', money(5e8, 'CNY', { approx: null })]] },
    { text: '该国青年失业率一度高达30%。', want: [['高达30%', pct(30, { approx: null })]] },
    { text: '該公司去年虧損高達新台幣12億元。', want: [['高達新台幣12億元', money(1.2e9, 'TWD', { approx: null })]] },
    { text: '违规企业罚款可高达50万元。', want: [['可高达50万元', money(5e5, 'CNY', { approx: 'atMost' })]] },
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
 */
describe('3. a weekday by the aspect of its verb', () => {
  const cases: Case[] = [
    // No aspect word, a verb that neither reports nor completes: the nearer day (Thursday is tomorrow).
    { text: '双方周四举行会谈。', want: [['周四', day('2024-05-16')]] },
    { text: '雙方週四舉行會談。', want: [['週四', day('2024-05-16')]] },
    { text: '周四，双方在日内瓦举行会谈。', want: [['周四', day('2024-05-16')]] },
    { text: '外长周五访问东京。', want: [['周五', day('2024-05-17')]] },
    // …but a day four or more ahead is further than the one before it.
    { text: '双方周日举行会谈。', want: [['周日', day('2024-05-12')]] },
    { text: '双方周一举行会谈。', want: [['周一', day('2024-05-13')]] },
    { text: '双方周三举行会谈。', want: [['周三', day('2024-05-08')]] },
    // 了 / 过: past.
    { text: '双方周四举行了会谈。', want: [['周四', day('2024-05-09')]] },
    { text: '周四，双方举行了会谈。', want: [['周四', day('2024-05-09')]] },
    { text: '他周四去过现场。', want: [['周四', day('2024-05-09')]] },
    { text: '雙方週四舉行了會談。', want: [['週四', day('2024-05-09')]] },
    // 将 / 会 / 计划 / 拟: future.
    { text: '双方周四会举行会谈。', want: [['周四', day('2024-05-16')]] },
    { text: '周四，双方将举行会谈。', want: [['周四', day('2024-05-16')]] },
    { text: '双方拟周日举行会谈。', want: [['周日', day('2024-05-19')]] },
    { text: '代表团计划周一出发。', want: [['周一', day('2024-05-20')]] },
    { text: '雙方週日會舉行會談。', want: [['週日', day('2024-05-19')]] },
    // A reporting or completed verb with no aspect word: on or before publication.
    { text: '统计局周五发布数据。', want: [['周五', day('2024-05-10')]] },
    { text: '周五发布的报告显示，出口下降。', want: [['周五', day('2024-05-10')]] },
    { text: '外交部周四表示反对。', want: [['周四', day('2024-05-09')]] },
    { text: '双方周四签署协议。', want: [['周四', day('2024-05-09')]] },
    { text: '议会周四通过该法案。', want: [['周四', day('2024-05-09')]] },
    { text: '他周五表示将辞职。', want: [['周五', day('2024-05-10')]] },
    { text: '財政部週四公布數據。', want: [['週四', day('2024-05-09')]] },
    // 于 without 将, and a day with no verb: the previous day, as before.
    { text: '以色列于周五开始地面行动。', want: [['周五', day('2024-05-10')]] },
    { text: '周四的会谈没有结果。', want: [['周四', day('2024-05-09')]] },
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
