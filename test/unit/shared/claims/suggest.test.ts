import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../../shared/model/quantity';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import { suggestClaims, toSuggestionJSON } from '../../../../shared/claims/suggest';

const FIXTURE = new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url);

function figures(list: Quantity[]): Quantity[] {
  return list.filter((q) => q.kind !== 'statement');
}

function expectWellFormed(text: string, list: Quantity[]): void {
  for (const q of list) expect(text.slice(q.start, q.end)).toBe(q.text);
  for (let i = 1; i < list.length; i++) expect(list[i].start).toBeGreaterThanOrEqual(list[i - 1].start);
  const figs = figures(list);
  for (let i = 1; i < figs.length; i++) expect(figs[i].start).toBeGreaterThanOrEqual(figs[i - 1].end);
}

describe('suggestClaims on the fixture article', () => {
  const article = parseArticle(new Uint8Array(readFileSync(FIXTURE)));
  const text = article.text;
  const list = suggestClaims(text, { published: article.meta.published });
  const find = (span: string): Quantity | undefined => list.find((q) => q.text === span && q.kind !== 'statement');

  it('suggests the money, counts and dates of the article, normalised', () => {
    expect(find('每月 3000 万美元')).toMatchObject({ kind: 'money', value: 30_000_000, currency: 'USD', per: 'month' });
    expect(find('60 亿美元')).toMatchObject({ kind: 'money', value: 6_000_000_000, currency: 'USD', per: null });
    expect(find('至少 110 名')).toMatchObject({ kind: 'count', value: 110, approx: 'atLeast', unit: 'people' });
    expect(find('200 多名人质')).toMatchObject({ kind: 'count', value: 200, approx: 'moreThan', unit: 'hostages' });
    expect(find('四名人质')).toMatchObject({ kind: 'count', value: 4, unit: 'hostages' });
    expect(find('10 月 7 日')).toMatchObject({ kind: 'date', date: '2023-10-07' });
    expect(find('去年')).toMatchObject({ kind: 'date', date: '2022' });
    expect(find('2017年年中')).toMatchObject({ kind: 'date', date: '2017-07', approx: 'about' });
    expect(find('2022 年底')).toMatchObject({ kind: 'date', date: '2022-12', approx: 'about' });
    expect(find('1996 年')).toMatchObject({ kind: 'date', date: '1996' });
    expect(find('九月')).toMatchObject({ kind: 'date', date: '2023-09' });
    expect(find('周三')).toMatchObject({ kind: 'date', date: '2023-11-01' });
  });

  it('does not suggest grammar as figures', () => {
    const spans = figures(list).map((q) => q.text);
    for (const word of ['一个', '一项', '一些', '两国', '几十年', '数年', '一次']) {
      expect(spans.some((s) => s.startsWith(word))).toBe(false);
    }
  });

  it('suggests the attributed sentences as statements', () => {
    const statements = list.filter((q) => q.kind === 'statement').map((q) => q.text);
    expect(statements).toContain('据拉法过境点巴勒斯坦一侧的官员称，至少 110 名外国护照持有者离开加沙。');
    expect(statements).toContain('消息人士补充说，该协议与任何人质谈判无关。');
    expect(statements).toContain('“此时卡塔尔的外交努力至关重要，”哈内格比在 X（前身为 Twitter）上写道。');
    expect(statements).toContain('“你会失去联系，”他说。');
    // A quotation over two sentences, attributed at its end, is one statement.
    expect(statements.some((s) => s.startsWith('“卡塔尔为哈马斯领导人') && s.endsWith('科恩在联合国高级别会议上说道。'))).toBe(true);
    // Unattributed narration is not a statement.
    expect(statements).not.toContain('两国花了数年时间才修复关系。');
    expect(statements.some((s) => s.startsWith('这种关系使卡塔尔成为'))).toBe(false);
  });

  it('keeps a statement and the figures inside it as separate suggestions with exact offsets', () => {
    const statement = list.find((q) => q.kind === 'statement' && q.text.includes('至少 110 名'));
    const figure = find('至少 110 名');
    expect(statement && figure).toBeTruthy();
    expect(figure!.start).toBeGreaterThanOrEqual(statement!.start);
    expect(figure!.end).toBeLessThanOrEqual(statement!.end);
    expectWellFormed(text, list);
  });

  it('finds the same figures in the raw Markdown with the wiki-links stripped', () => {
    const stripped = readFileSync(FIXTURE, 'utf8').replace(/\[\[zh:([^\]]*)\]\]/g, '$1');
    const raw = suggestClaims(stripped, { published: '2023-11-03' });
    expect(raw.find((q) => q.text === '每月 3000 万美元')).toMatchObject({ value: 30_000_000, per: 'month' });
    expect(raw.find((q) => q.text === '60 亿美元')).toMatchObject({ value: 6_000_000_000 });
    expectWellFormed(stripped, raw);
  });
});

describe('suggestClaims on English news', () => {
  const PUBLISHED = '2023-11-03';

  it('suggests figures and attributed sentences in an economics report', () => {
    const text =
      'The central bank raised its benchmark rate by 0.25 percentage points on Wednesday, the third increase this year. ' +
      'Inflation rose to 4.2% in September, according to the statistics office. ' +
      '"We will do whatever it takes," Governor Maria Lopez told reporters. ' +
      'The government said it would spend €12bn over two years to support households.';
    const list = suggestClaims(text, { published: PUBLISHED });
    expectWellFormed(text, list);
    expect(list.filter((q) => q.kind === 'statement').map((q) => q.text)).toEqual([
      'Inflation rose to 4.2% in September, according to the statistics office.',
      '"We will do whatever it takes," Governor Maria Lopez told reporters.',
      'The government said it would spend €12bn over two years to support households.',
    ]);
    expect(figures(list).map((q) => [q.text, q.kind, q.value ?? q.date])).toEqual([
      ['0.25 percentage points', 'percent', 0.25],
      ['Wednesday', 'date', '2023-11-01'],
      ['this year', 'date', '2023'],
      ['4.2%', 'percent', 4.2],
      ['September', 'date', '2023-09'],
      ['€12bn', 'money', 12_000_000_000],
      ['two years', 'count', 2],
    ]);
  });

  it('suggests casualty figures and keeps "third" and bare numbers out', () => {
    const text =
      'At least 1,500 people were killed and more than 3,000 injured when the earthquake struck on Feb. 6, officials said. ' +
      'Rescue teams pulled 12 survivors from the rubble of Building 7 overnight. ' +
      'The United Nations has appealed for $400 million in aid.';
    const list = suggestClaims(text, { published: PUBLISHED });
    expectWellFormed(text, list);
    expect(figures(list).map((q) => [q.text, q.kind, q.value, q.approx, q.unit ?? q.currency ?? q.date])).toEqual([
      ['At least 1,500 people', 'count', 1500, 'atLeast', 'people'],
      ['more than 3,000 injured', 'count', 3000, 'moreThan', 'injured'],
      ['Feb. 6', 'date', null, null, '2023-02-06'],
      ['12 survivors', 'count', 12, null, 'survivors'],
      ['$400 million', 'money', 400_000_000, null, 'USD'],
    ]);
    expect(list.filter((q) => q.kind === 'statement')).toHaveLength(1);
  });

  it('leaves names, codes, times and addresses alone', () => {
    const text =
      'UN Security Council Resolution 2334 was adopted in December 2016 by 14 votes to 0. The G20 summit drew leaders ' +
      'from 19 countries. Flight MH17 was shot down in July 2014, killing all 298 people on board. The Boeing 737 MAX ' +
      'was grounded. The truce took effect at 7 a.m. on Friday. See www.example.org/report-2023 or email press@un.org.';
    const spans = figures(suggestClaims(text, { published: PUBLISHED })).map((q) => q.text);
    expect(spans).toEqual(['December 2016', '14 votes', '19 countries', 'July 2014', '298 people', 'Friday']);
  });

  it('makes one statement of a quotation that runs over two sentences', () => {
    const text = 'The strike ended. "We will not give up. We will fight on," she said. Talks resume on Monday.';
    const statements = suggestClaims(text, { published: PUBLISHED }).filter((q) => q.kind === 'statement');
    expect(statements.map((q) => q.text)).toEqual(['"We will not give up. We will fight on," she said.']);
  });

  it('treats "according to" and "said X" as attribution', () => {
    const text = 'According to Reuters, Qatar pays $30 million a month. "It is vital," said Tzachi Hanegbi. Gaza is small.';
    const list = suggestClaims(text, { published: PUBLISHED });
    expect(list.filter((q) => q.kind === 'statement').map((q) => q.text)).toEqual([
      'According to Reuters, Qatar pays $30 million a month.',
      '"It is vital," said Tzachi Hanegbi.',
    ]);
    expect(list.find((q) => q.kind === 'money')).toMatchObject({ value: 30_000_000, per: 'month' });
  });
});

describe('suggestClaims on other Chinese news', () => {
  it('suggests statistics and attributed sentences', () => {
    const text =
      '国家统计局周二公布的数据显示，今年前三季度国内生产总值同比增长 5.2%。该局发言人表示，约 1.2 亿人受益于新政策。' +
      '据新华社报道，政府将投入 3000 亿元用于基础设施建设。这座城市很美。';
    const list = suggestClaims(text, { published: '2023-11-03' });
    expectWellFormed(text, list);
    expect(figures(list).map((q) => [q.text, q.kind, q.value ?? q.date])).toEqual([
      ['周二', 'date', '2023-10-31'],
      ['今年前三季度', 'date', '2023-01/2023-09'],
      ['5.2%', 'percent', 5.2],
      ['约 1.2 亿人', 'count', 120_000_000],
      ['3000 亿元', 'money', 300_000_000_000],
    ]);
    // 数据显示: the figure is attributed to the bureau's data, checked against it like a quote.
    expect(list.filter((q) => q.kind === 'statement').map((q) => q.text)).toEqual([
      '国家统计局周二公布的数据显示，今年前三季度国内生产总值同比增长 5.2%。',
      '该局发言人表示，约 1.2 亿人受益于新政策。',
      '据新华社报道，政府将投入 3000 亿元用于基础设施建设。',
    ]);
  });

  it('does not read 说明, 小说, 名称 or 对……来说 as attribution', () => {
    const text = '这份报告说明了问题。她写了一部小说。该组织的名称很长。对卡塔尔来说这很重要。';
    expect(suggestClaims(text).filter((q) => q.kind === 'statement')).toEqual([]);
  });
});

describe('toSuggestionJSON', () => {
  it('serialises exactly the CLI keys, in order, null where not applicable', () => {
    const [money] = suggestClaims('每月 3000 万美元', { published: '2023-11-03' });
    const json = toSuggestionJSON(money);
    expect(Object.keys(json)).toEqual(['text', 'start', 'end', 'kind', 'value', 'valueMax', 'currency', 'unit', 'per', 'approx', 'date']);
    expect(JSON.stringify(json)).toBe(
      '{"text":"每月 3000 万美元","start":0,"end":11,"kind":"money","value":30000000,"valueMax":null,"currency":"USD","unit":null,"per":"month","approx":null,"date":null}',
    );
  });

  it('drops extra properties and keeps nulls for a statement', () => {
    const [statement] = suggestClaims('He said it was fine.');
    const json = toSuggestionJSON({ ...statement, extra: 1 } as Quantity);
    expect(json).toEqual({
      text: 'He said it was fine.', start: 0, end: 20, kind: 'statement', value: null, valueMax: null, currency: null,
      unit: null, per: null, approx: null, date: null,
    });
  });
});

describe('suggestClaims on figures beyond the fixture', () => {
  const shown = (text: string): [string, string, number | string | null, string | null][] =>
    figures(suggestClaims(text, { published: '2023-11-03' })).map((q) => [q.text, q.kind, q.value ?? q.date, q.unit ?? q.per ?? null]);

  it('suggests large figures written with a scale word even without a unit', () => {
    expect(shown('Over the past decade, the population grew from 8.1 million to 9.3 million.')).toEqual([
      ['8.1 million', 'number', 8_100_000, null],
      ['9.3 million', 'number', 9_300_000, null],
    ]);
    expect(shown('该市人口增长到 1000 万。')).toEqual([['1000 万', 'number', 10_000_000, null]]);
    // Small bare numbers stay out.
    expect(shown('He read 12 of them.')).toEqual([]);
  });

  it('reads vote tallies as two counts of votes', () => {
    expect(shown('The Senate voted 62 to 38 to pass the bill.')).toEqual([
      ['62', 'count', 62, 'votes'],
      ['38', 'count', 38, 'votes'],
    ]);
    expect(shown('The House passed it by a vote of 217-213.').map((f) => f[2])).toEqual([217, 213]);
    expect(shown('In a 6-3 ruling, the court sided with him.').map((f) => f[2])).toEqual([6, 3]);
    expect(shown('议会以62比38票通过该法案。').map((f) => f[2])).toEqual([62, 38]);
    // Not tallies: a score, and a range after a verb that needs "by".
    expect(shown('The home team won 3-1.')).toEqual([]);
    expect(shown('They approved 3 to 5 new projects.').some((f) => f[3] === 'votes')).toBe(false);
    expect(shown('The bill passed 311 to 117 in the House.').map((f) => f[2])).toEqual([311, 117]);
    expect(shown('The nominee was confirmed 51-49.').map((f) => f[2])).toEqual([51, 49]);
    expect(shown('The board approved 3 to 5 projects a year.').some((f) => f[3] === 'votes')).toBe(false);
  });

  it('keeps the sign of negative rates and temperatures, and reads names with numbers as names', () => {
    expect(shown('日本央行维持-0.1%的短期利率不变。')).toEqual([['-0.1%', 'percent', -0.1, '%']]);
    expect(shown('The bank kept its rate at −0.1%.')).toEqual([['−0.1%', 'percent', -0.1, '%']]);
    expect(shown('气温降至-5°C。')).toEqual([['-5°C', 'number', -5, '°C']]);
    expect(shown('The economy grew minus 2% in the quarter.')).toEqual([['minus 2%', 'percent', -2, '%']]);
    // A range keeps reading as a range, a model number is no amount, and a hyphen after a figure is no minus.
    expect(shown('利率从3%-4%不等。')).toEqual([['3%-4%', 'percent', 3, '%']]);
    expect(shown('他们装备了歼-20战斗机。')).toEqual([]);
    expect(shown('The F-35 jets cost $80 million each.')).toEqual([['$80 million', 'money', 80_000_000, null]]);
    expect(shown('COVID-19 cases rose 5%.')).toEqual([['5%', 'percent', 5, '%']]);
  });

  it('reads earthquake magnitudes and more units of measure', () => {
    expect(shown('A 7.8-magnitude earthquake struck early Monday.')[0]).toEqual(['7.8-magnitude', 'number', 7.8, 'magnitude']);
    expect(shown('The magnitude 6.4 quake was followed by a 5.9 magnitude aftershock.')).toEqual([
      ['magnitude 6.4', 'number', 6.4, 'magnitude'],
      ['5.9 magnitude', 'number', 5.9, 'magnitude'],
    ]);
    expect(shown('土耳其南部发生里氏7.8级地震。')).toEqual([['里氏7.8级', 'number', 7.8, 'magnitude']]);
    expect(shown('该地发生6.4级强震，震源深度10公里。')).toEqual([
      ['6.4级', 'number', 6.4, 'magnitude'],
      ['10公里', 'number', 10, 'km'],
    ]);
    // 三级 without a quake is a grade, not a magnitude.
    expect(shown('这是三级响应。').some((f) => f[3] === 'magnitude')).toBe(false);
    expect(shown('The storm dumped 10 inches of rain; waves reached 30 feet.')).toEqual([
      ['10 inches', 'number', 10, 'in'],
      ['30 feet', 'number', 30, 'ft'],
    ]);
    expect(shown('该县有3万亩农田受灾，降雨量达250毫米。')).toEqual([
      ['3万亩', 'number', 30_000, 'mu'],
      ['250毫米', 'number', 250, 'mm'],
    ]);
  });

  it('reads salaries and daily averages as rates, and won as a currency after a large figure', () => {
    const per = (text: string) => figures(suggestClaims(text, { published: '2023-11-03' })).map((q) => [q.text, q.value, q.currency ?? q.unit, q.per]);
    expect(per('他的年薪高达50万元。')).toEqual([['高达50万元', 500_000, 'CNY', 'year']]);
    expect(per('工人月薪约3000元人民币。')).toEqual([['约3000元人民币', 3000, 'CNY', 'month']]);
    expect(per('该油田日均产量10万桶。')).toEqual([['10万桶', 100_000, 'barrels', 'day']]);
    expect(per('今年收入为500万元。').at(-1)).toEqual(['500万元', 5_000_000, 'CNY', null]);
    expect(per('The fine amounts to 4.3 billion won.')).toEqual([['4.3 billion won', 4_300_000_000, 'KRW', null]]);
    expect(per('Of the 10 cases, 7 won.').some((f) => f[2] === 'KRW')).toBe(false);
  });

  it('reads "200-plus" and "300-odd" as approximations, and leaves sums and odd jobs alone', () => {
    expect(shown('Some 200-plus people attended.')).toEqual([['200-plus people', 'count', 200, 'people']]);
    expect(figures(suggestClaims('The 40-odd members voted.'))[0]).toMatchObject({ text: '40-odd members', value: 40, approx: 'about' });
    expect(figures(suggestClaims('Some 200-plus people attended.'))[0]).toMatchObject({ approx: 'moreThan' });
    expect(figures(suggestClaims('He had 5 odd jobs.'))[0]?.approx ?? null).toBeNull();
    expect(shown('3 plus 4 equals 7.')).toEqual([]);
  });

  it('reads 成 with a hundredths digit, 人 as its own noun, and "last year" after a figure as a date', () => {
    expect(shown('营收成长一成五。')).toEqual([['一成五', 'percent', 15, '%']]);
    expect(shown('约有三成半的受访者表示支持。')).toEqual([['约有三成半', 'percent', 35, '%']]);
    expect(shown('三成五年内到期。')).toEqual([
      ['三成', 'percent', 30, '%'],
      ['五年', 'count', 5, 'years'],
    ]);
    expect(shown('已有逾百万人逃离该地区。')).toEqual([['逾百万人', 'count', 1_000_000, 'people']]);
    expect(shown('The population grew by 1.2 million last year to 67.6 million.')).toEqual([
      ['1.2 million', 'number', 1_200_000, null],
      ['last year', 'date', '2022', null],
      ['67.6 million', 'number', 67_600_000, null],
    ]);
  });

  it('reads temperatures, rates after what is measured, and abbreviated scales before a counted noun', () => {
    expect(shown('Temperatures reached 48.8C in Sicily.')).toEqual([['48.8C', 'number', 48.8, '°C']]);
    expect(shown('It reached 104 degrees Fahrenheit.')).toEqual([['104 degrees Fahrenheit', 'number', 104, '°F']]);
    expect(shown('当天最高气温达到40.5摄氏度。')).toEqual([['40.5摄氏度', 'number', 40.5, '°C']]);
    expect(shown('攝氏 35.5 度')).toEqual([['攝氏 35.5 度', 'number', 35.5, '°C']]);
    expect(shown('华氏104度')).toEqual([['华氏104度', 'number', 104, '°F']]);
    expect(shown('零下摄氏10度')).toEqual([['零下摄氏10度', 'number', -10, '°C']]);
    expect(shown('摄氏零下10度')).toEqual([['摄氏零下10度', 'number', -10, '°C']]);
    const oil = figures(suggestClaims('The field pumps 3 million barrels of oil a day.'))[0];
    expect(oil).toMatchObject({ text: '3 million barrels of oil a day', value: 3_000_000, unit: 'barrels', per: 'day' });
    expect(figures(suggestClaims('这座工厂每天生产2万吨钢材。'))[0]).toMatchObject({ value: 20_000, unit: 't', per: 'day' });
    expect(shown('The storm left 2.3m homes without power across five states.')).toEqual([
      ['2.3m homes', 'count', 2_300_000, 'homes'],
      ['five states', 'count', 5, 'states'],
    ]);
    // 2.3m alone is a length, not a figure to suggest.
    expect(shown('The wall is 2.3m tall.')).toEqual([]);
    expect(shown('123 passengers and nine crew')).toEqual([['123 passengers', 'count', 123, 'passengers'], ['nine crew', 'count', 9, 'crew']]);
  });

  it('reads basis points, and spans of a little more than N years or days', () => {
    expect(shown('美联储宣布加息25个基点。')).toEqual([['25个基点', 'percent', 25, 'basis points']]);
    expect(shown('The Fed raised rates by 25 basis points to 5.5%.')).toEqual([
      ['25 basis points', 'percent', 25, 'basis points'],
      ['5.5%', 'percent', 5.5, '%'],
    ]);
    expect(figures(suggestClaims('为两年多来首次负增长。'))[0]).toMatchObject({ text: '两年多', value: 2, unit: 'years', approx: 'moreThan' });
    // 多少 and 多国 are other words.
    expect(figures(suggestClaims('两年多少钱？'))[0]).toMatchObject({ text: '两年', approx: null });
  });

  it('does not read a part of a period as a share', () => {
    // "the first half of the year" is a date (January to June of the publication year), not 50 %.
    expect(shown('Spending rose 4.2 percent in the first half of the year.')).toEqual([
      ['4.2 percent', 'percent', 4.2, '%'],
      ['the first half of the year', 'date', '2023-01/2023-06', null],
    ]);
    expect(shown('They waited a quarter of an hour.')).toEqual([]);
    expect(shown('Half of the voters stayed home.')).toEqual([['Half', 'percent', 50, '%']]);
  });

  it('takes figures attributed to data or a study as statements', () => {
    const kinds = (text: string): string[] => suggestClaims(text).map((q) => q.kind);
    expect(kinds('A Reuters analysis found that 40 ships were hit.')).toEqual(['statement', 'count']);
    expect(kinds('Official figures show 3 deaths.')).toEqual(['statement', 'count']);
    expect(kinds('调查发现，三分之一的居民没有接种疫苗。')[0]).toBe('statement');
  });
});
