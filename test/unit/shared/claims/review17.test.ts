/**
 * Session 17's review findings 6, 7 and 8, each fixed by a general rule and asserted here both ways:
 * 6. A year before a plural noun (yearModifier.ts): after a determiner or a possessive ("the 1967 borders", "Israel's
 *    1967 borders") or at a sentence's start ("2019 protesters marched"), a bare 4-digit number of 1000–2100 is a year
 *    (`date`), not a count. A round hundred there (2000, 1500) is a year only before an event or a period noun ("the
 *    2000 elections"), else a count ("the 2000 protesters", "2000 people attended"). A count written with its comma
 *    ("the 2,000 protesters"), with a bound ("the nearly 2000 protesters") or mid-sentence with no determiner ("police
 *    said 2019 protesters marched") stays a count. Fortune 500, S&P 500, FTSE 100, Russell 2000 name a list or an index.
 *    Chinese writes the year with 年 (1989年的学生), which dates.ts already reads; a bare one opening a sentence (2019
 *    抗议者上街) is no count either.
 * 7. Multiples (multiples.ts): 增长了 N 倍 is N + 1 fold in the strict reading, the verb in the span (增长了一倍 = doubled,
 *    增加了两倍 = tripled, 增长了1.5倍 = 2.5); 增加到 / 增加为 N 倍, 是…的 N 倍 and a bare N 倍 are N; 翻了一番 = 2, 翻了两番
 *    = 4. The translation check compares the new values and also accepts the loose reading of N ≥ 2 (增加了两倍 as
 *    "doubled"), which press copy uses; 增长了一倍 is only "doubled".
 * 8. A bounded bare figure that stands as a toll (bareTolls.ts) is a count with its bound: the subject of a plural verb
 *    at its clause's start, the figure after a named tally, the object of a verb of killing or freeing. A bounded bare
 *    figure anywhere else is not suggested.
 * Published on a Wednesday (2024-05-15), as the earlier tables.
 */
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../../shared/model/quantity';
import { checkPairs } from '../../../../shared/translation/checks';
import { type Case, check, count, day } from './sentenceTable';

const year = (y: string): Partial<Quantity> => day(y);
const fold = (value: number, more: Partial<Quantity> = {}): Partial<Quantity> => count(value, 'fold', more);
const toll = (value: number, approx: Quantity['approx']): Partial<Quantity> => ({ kind: 'count', value, unit: null, approx });

describe('6. a year before a plural noun', () => {
  const years: Case[] = [
    { text: 'Israel must withdraw to the 1967 borders, the resolution says.', want: [['1967', year('1967')]], none: ['borders'] },
    { text: 'The 2014 protests toppled the government.', want: [['2014', year('2014')]], none: ['protests'] },
    { text: 'The 2022 elections were the closest in decades.', want: [['2022', year('2022')]], none: ['elections'] },
    { text: 'The 1989 students were never forgotten.', want: [['1989', year('1989')]], none: ['students'] },
    { text: '2019 protesters marched again on Sunday.', want: [['2019', year('2019')]], none: ['protesters'] },
    { text: 'He said: "2019 protesters were treated harshly."', want: [['2019', year('2019')]], none: ['protesters'] },
    { text: 'Negotiators returned to its 2015 commitments.', want: [['2015', year('2015')]], none: ['commitments'] },
    { text: 'The party kept their 2019 promises.', want: [['2019', year('2019')]], none: ['promises'] },
    { text: 'She recalled her 1968 classmates.', want: [['1968', year('1968')]], none: ['classmates'] },
    { text: 'Voters rejected our 2016 proposals.', want: [['2016', year('2016')]], none: ['proposals'] },
    { text: 'Israel rejected a return to Israel\'s 1967 borders.', want: [['1967', year('1967')]], none: ['borders'] },
    { text: 'Hong Kong\'s 2019 protests drew millions.', want: [['2019', year('2019')]], none: ['protests'] },
    { text: 'The 2024 Olympics opened in Paris.', want: [['2024', year('2024')]], none: ['Olympics'] },
    { text: 'Turnout fell after the 2022 midterms.', want: [['2022', year('2022')]], none: ['midterms'] },
    { text: 'The 2000 elections were decided in court.', want: [['2000', year('2000')]], none: ['elections'] },
    { text: 'Prices are back at their 2019 levels.', want: [['2019', year('2019')]], none: ['levels'] },
    { text: 'Israel must return to the 1967 borders and the 1973 lines.', want: [['1967', year('1967')], ['1973', year('1973')]], none: ['borders', 'lines'] },
    { text: '1989年的学生至今仍被人纪念。', want: [['1989年', year('1989')]], none: ['学生'] },
    { text: '2014年抗议活动推翻了政府。', want: [['2014年', year('2014')]] },
    { text: '该国于2022年举行选举。', want: [['2022年', year('2022')]] },
    // A bare year without 年 opening a Chinese sentence: no count (and no date: a bare 2019 is none in Chinese text).
    { text: '以色列应回到 1967 边界。2019 抗议者上街。', none: ['1967', '2019'] },
  ];
  const counts: Case[] = [
    { text: 'Police said the 2,000 protesters were peaceful.', want: [['2,000 protesters', count(2000, 'protesters')]] },
    { text: 'Police said the 2000 protesters were peaceful.', want: [['2000 protesters', count(2000, 'protesters')]] },
    { text: '2000 protesters marched on Sunday.', want: [['2000 protesters', count(2000, 'protesters')]] },
    { text: '2000 people attended the rally.', want: [['2000 people', count(2000, 'people')]] },
    { text: 'The company laid off the 1500 workers at its plant.', want: [['1500 workers', count(1500, 'workers')]] },
    { text: 'Police said 2019 protesters marched.', want: [['2019 protesters', count(2019, 'protesters')]] },
    { text: 'The nearly 2000 protesters dispersed.', want: [['nearly 2000 protesters', count(2000, 'protesters', { approx: 'about' })]] },
    { text: 'About 1989 students signed the letter.', want: [['About 1989 students', count(1989, 'students', { approx: 'about' })]] },
    { text: 'The 300 protesters were released.', want: [['300 protesters', count(300, 'protesters')]] },
    { text: 'The 12,000 students sat the exam.', want: [['12,000 students', count(12_000, 'students')]] },
    { text: '警方称，约2000名抗议者参加了游行。', want: [['约2000名抗议者', { kind: 'count', value: 2000, approx: 'about' }]] },
    { text: '1989名学生签署了公开信。', want: [['1989名学生', { kind: 'count', value: 1989 }]] },
    { text: '2000 巴勒斯坦人逃离。', want: [['2000 巴勒斯坦人', count(2000, 'Palestinians')]] },
  ];
  const names: Case[] = [
    { text: 'Fortune 500 companies paid less tax.', none: ['500'] },
    { text: 'S&P 500 firms beat forecasts.', none: ['500'] },
    { text: 'Most Fortune Global 500 companies report in dollars.', none: ['500'] },
    { text: 'FTSE 100 companies cut dividends.', none: ['100'] },
    { text: 'Russell 2000 firms lagged the market.', none: ['2000'] },
    { text: 'G20 nations met in Rio.', none: ['20'] },
    { text: 'Boeing 737 jets were grounded.', none: ['737'] },
    { text: '该公司跻身世界500强。', none: ['500'] },
  ];
  for (const [title, cases] of [['years', years], ['counts', counts], ['names', names]] as const) {
    describe(title, () => {
      it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
    });
  }
});

describe('7. multiples', () => {
  const cases: Case[] = [
    { text: '过去十年，该市GDP增长了一倍。', want: [['增长了一倍', fold(2)]] },
    { text: '去年出口增加一倍。', want: [['增加一倍', fold(2)]] },
    { text: '收入翻了一番。', want: [['翻了一番', fold(2)]] },
    { text: '收入翻一番。', want: [['翻一番', fold(2)]] },
    { text: '过去十年，GDP翻了两番。', want: [['翻了两番', fold(4)]] },
    { text: '销量翻倍。', want: [['翻倍', fold(2)]] },
    { text: '出口增长了2倍。', want: [['增长了2倍', fold(3)]] },
    { text: '出口增加了两倍。', want: [['增加了两倍', fold(3)]] },
    { text: '出口增长了1.5倍。', want: [['增长了1.5倍', fold(2.5)]] },
    { text: '出口增加到2倍。', want: [['2倍', fold(2)]], none: ['增加'] },
    { text: '出口增加为原来的2倍。', want: [['2倍', fold(2)]], none: ['增加'] },
    { text: '今年出口是去年的2倍。', want: [['2倍', fold(2)]] },
    { text: '该市人均收入比全国高出一倍。', want: [['高出一倍', fold(2)]] },
    { text: '价格涨了2倍多。', want: [['涨了2倍多', fold(3, { approx: 'moreThan' })]] },
    { text: '人口增长了一倍多。', want: [['增长了一倍多', fold(2, { approx: 'moreThan' })]] },
    { text: '访客按年上升近一倍。', want: [['上升近一倍', fold(2, { approx: 'about' })]] },
    { text: '钢材出口激增约两倍。', want: [['激增约两倍', fold(3, { approx: 'about' })]] },
    { text: '出口同比增长2至3倍。', want: [['增长2至3倍', fold(3, { valueMax: 4, approx: 'range' })]] },
    { text: '罚款最高为违法所得的2倍。', want: [['2倍', fold(2)]] },
    // 罚 is no verb of increase, and 最高 before it is a ceiling on the fine, not 高 ("higher by").
    { text: '违规者最高罚2倍。', want: [['2倍', fold(2)]] },
    { text: '該公司純利按年增長一倍。', want: [['增長一倍', fold(2)]] },
    { text: '過去十年，該市GDP翻了兩番。', want: [['翻了兩番', fold(4)]] },
    { text: 'Exports doubled last year.', want: [['doubled', fold(2)]] },
    { text: 'Prices have more than doubled.', want: [['more than doubled', fold(2, { approx: 'moreThan' })]] },
    { text: 'Sales tripled in a year.', want: [['tripled', fold(3)]] },
    { text: 'The price of cocoa quadrupled.', want: [['quadrupled', fold(4)]] },
    { text: 'Output quintupled over the decade.', want: [['quintupled', fold(5)]] },
    { text: 'The study found a two-fold increase in risk.', want: [['two-fold', fold(2)]] },
    { text: 'There are twice as many cases as last year.', want: [['twice', fold(2)]] },
    { text: 'Cases rose three times as fast.', want: [['three times', fold(3)]] },
  ];
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
});

describe('7. the translation check compares the new values', () => {
  const findings = (zh: string, en: string) =>
    checkPairs([{ zh, en }], { glossary: [], published: '2024-05-15T08:00:00Z', kinds: ['number'] });
  const agree: [string, string][] = [
    ['过去十年，该市GDP增长了一倍。', 'Over the past decade, the city\'s GDP has doubled.'],
    ['收入翻了一番。', 'Income doubled.'],
    ['收入翻了两番。', 'Income quadrupled.'],
    ['出口增加了两倍。', 'Exports tripled.'],
    // The loose reading of press copy.
    ['出口增加了两倍。', 'Exports doubled.'],
    ['出口增加到2倍。', 'Exports doubled.'],
    ['今年出口是去年的2倍。', 'Exports this year were twice last year\'s.'],
    ['出口增长了2倍。', 'Exports grew threefold.'],
    ['人口增长了一倍多。', 'The population more than doubled.'],
  ];
  const disagree: [string, string][] = [
    ['过去十年，该市GDP增长了一倍。', 'Over the past decade, the city\'s GDP has tripled.'],
    ['出口增加了两倍。', 'Exports quadrupled.'],
    ['收入翻了两番。', 'Income doubled.'],
    ['出口增加到2倍。', 'Exports tripled.'],
  ];
  it.each(agree)('%s = %s', (zh, en) => expect(findings(zh, en)).toEqual([]));
  it.each(disagree)('%s ≠ %s', (zh, en) => expect(findings(zh, en).length).toBeGreaterThan(0));
});

describe('8. a bounded bare figure that stands as a toll', () => {
  const tolls: Case[] = [
    { text: 'The death toll rose to more than 240 on Tuesday.', want: [['more than 240', toll(240, 'moreThan')], ['Tuesday', day('2024-05-14')]] },
    { text: 'Hamas killed 1,200 people and more than 240 were taken hostage.', want: [['1,200 people', count(1200, 'people')], ['more than 240', toll(240, 'moreThan')]] },
    { text: 'More than 240 were taken hostage.', want: [['More than 240', toll(240, 'moreThan')]] },
    { text: 'At least 110 have died since the storm hit.', want: [['At least 110', toll(110, 'atLeast')]] },
    { text: 'Over 100 were killed in the blast.', want: [['Over 100', toll(100, 'moreThan')]] },
    { text: 'Police said over 100 were arrested.', want: [['over 100', toll(100, 'moreThan')]] },
    { text: 'In the attack, nearly 50 were wounded.', want: [['nearly 50', toll(50, 'about')]] },
    { text: 'At least five were killed.', want: [['At least five', toll(5, 'atLeast')]] },
    { text: 'The toll stood at more than 240.', want: [['more than 240', toll(240, 'moreThan')]] },
    { text: 'The number of dead rose to at least 110.', want: [['at least 110', toll(110, 'atLeast')]] },
    { text: 'The strike killed more than 40, officials said.', want: [['more than 40', toll(40, 'moreThan')]] },
    { text: 'The group released at least 110 on Friday.', want: [['at least 110', toll(110, 'atLeast')]] },
    { text: '死亡人数升至逾240。', want: [['逾240', toll(240, 'moreThan')]] },
    { text: '死亡人数已超过240。', want: [['超过240', toll(240, 'moreThan')]] },
    { text: '逾240被劫持。', want: [['逾240', toll(240, 'moreThan')]] },
    { text: '哈马斯杀害了1200人，其中超过240被劫持。', want: [['超过240', toll(240, 'moreThan')]] },
    { text: '遇难者至少110。', want: [['至少110', toll(110, 'atLeast')]] },
    { text: '死亡人數升至逾240。', want: [['逾240', toll(240, 'moreThan')]] },
  ];
  const notTolls: Case[] = [
    { text: 'He has been arrested more than 3 times.', want: [['more than 3 times', count(3, 'times', { approx: 'moreThan' })]] },
    { text: 'She has visited more than once.', none: ['once'] },
    { text: 'The passage is on more than 240 of the pages, see page 12.', none: ['240 of', 'page 12'] },
    { text: 'People over 65 were hit hardest.', none: ['65'] },
    { text: 'Those over 65 were hit hardest.', none: ['65'] },
    { text: 'Children under 12 are eligible.', none: ['12'] },
    { text: 'Temperatures rose to more than 40 on Tuesday.', none: ['40'] },
    { text: 'He scored more than 20 in the final.', none: ['20'] },
    { text: 'A score of more than 700 is needed.', none: ['700'] },
    { text: 'At least one was killed.', none: ['one'] },
    { text: '气温超过40。', none: ['40'] },
    { text: '他的成绩超过700。', none: ['700'] },
    { text: 'The book runs to more than 240 pages.', want: [['more than 240 pages', count(240, 'pages', { approx: 'moreThan' })]] },
  ];
  describe('tolls', () => {
    it.each(tolls.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
  });
  describe('not tolls', () => {
    it.each(notTolls.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
  });
});
