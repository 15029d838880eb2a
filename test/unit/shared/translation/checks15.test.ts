/**
 * The translation checks on the held-out pairs of session 15 (test/fixtures/align-heldout15: eight zh–en articles
 * written before the checks were read), each gold bead one pair. The correct translations must raise nothing but the
 * findings that are true; copies with one error planted in the English must raise the findings listed for it, on its
 * pair.
 *
 * Inputs: 8 articles (98 pairs) checked whole, 25 planted errors (10 wrong figures, among them 3000 萬 / 兩千萬元 /
 * 兩千個 rendered ten times off and factors of ten; 4 wrong units: km/h, hectares, yuan, hours; 6 wrong years or dates,
 * three of them 民國 years; 2 swapped glossary names; 3 dropped sentences, a whole pair and one of a 1-2 and a 1-3
 * bead), and 4 more the checks cannot see (below).
 * Before the fixes of session 15: 5 of the 8 correct articles raised false findings (7 in all: a period written as
 * two English dates with the year after a comma, "between May 1, 2022 and Jan. 31, 2023", read as three figures; 高達
 * read as "at most"; "6 mu (0.4 hectares)", a conversion; "Thirty-two" not read; "Twenty-odd years" not read as a
 * bound), and 3 of the 25 plants were missed or misreported (8 小时 → "8 minutes" missed; a wrong year inside that
 * period reported as another figure; the dropped "Thirty-two of them …" hidden by the false finding on 32 件).
 * After: 0 and 0; checks14 and numbers11 (the gold folders' figures) unchanged.
 *
 * Known misses (asserted below, so a fix shows): a person's name swapped for another of the article's when no
 * glossary lists it. The negation check (session 16) finds the three dropped negations: 从未见过 → "have seen",
 * 没有糖尿病 → "had diabetes", and 应避免夜间充电，…不要超过 8 小时 → "should charge overnight or for more than 8 hours"
 * (by its 不要; 避免 alone is a word of negative meaning, not a clear negation, and would not be reported).
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { CheckFinding, CheckKind, GlossaryTerm } from '../../../../shared/model/translation';
import { checkPairs } from '../../../../shared/translation/checks';
import { heldOutArticles, shortFinding, type HeldOutArticle } from './heldOutPairs';

const DIR = fileURLToPath(new URL('../../../fixtures/align-heldout15/', import.meta.url));
const PUBLISHED = '2023-12-12T08:00:00Z';

/** What a translator's glossary for these articles would hold (simplified and traditional terms mixed). */
const GLOSSARY: GlossaryTerm[] = [
  { zh: '成都地铁', en: 'Chengdu Metro', source: 'wiki-link' },
  { zh: '成都轨道集团', en: 'Chengdu Rail Transit Group', source: 'user' },
  { zh: '黄河三角洲国家级自然保护区', en: 'Yellow River Delta National Nature Reserve', source: 'wiki-link' },
  { zh: '东方白鹳', en: 'oriental stork', source: 'user' },
  { zh: '花蓮縣議會', en: 'Hualien County Council', source: 'wiki-link' },
  { zh: '诺和诺德', en: 'Novo Nordisk', source: 'wiki-link' },
  { zh: '新英格兰医学杂志', en: 'New England Journal of Medicine', source: 'user' },
  { zh: '摩尔', en: 'Moore', source: 'user' },
  { zh: '梅州', en: 'Meizhou', source: 'wiki-link' },
  { zh: '国家市场监督管理总局', en: 'State Administration for Market Regulation', source: 'wiki-link' },
  { zh: '香港故宮文化博物館', en: 'Hong Kong Palace Museum', source: 'wiki-link' },
  { zh: '何嘉慧', en: 'Ho Ka-wai', source: 'user' },
];

type Article = HeldOutArticle;

const ARTICLES: Article[] = heldOutArticles(DIR);

function run(pairs: { zh: string; en: string }[]): CheckFinding[] {
  return checkPairs(pairs, { glossary: GLOSSARY, published: PUBLISHED });
}

const short = shortFinding;

/** The findings the correct translations raise, all true. */
const TRUE_FINDINGS: Record<string, string[]> = {
  // The Chinese-only translator line.
  'heart-trial': ['11 untranslated: The Chinese has no English translation'],
  // The Chinese-only editor line.
  'hualien-budget': ['9 untranslated: The Chinese has no English translation'],
  // The Chinese-only bylines of meizhou-flood and metro-line are the articles' authors since session 16, not pairs.
  'metro-line': [
    // "The line cost …": the line's number is left out.
    '7 number: 30 (30) is not in the English',
    // "Chengdu's metro network", not the glossary's "Chengdu Metro".
    '8 term: 成都地铁 should be translated as "Chengdu Metro", which the English does not contain',
  ],
  'wetland-birds': [
    // "The stork": the glossary's "oriental stork" is in the sentence before.
    '3 term: 东方白鹳 should be translated as "oriental stork", which the English does not contain',
    // The dropped paragraph.
    '6 untranslated: The Chinese has no English translation',
    '7 untranslated: The Chinese has no English translation',
    '8 untranslated: The Chinese has no English translation',
  ],
};

/** One error planted in the English of one pair, and the findings it must raise (kind and a part of the detail). */
interface Plant {
  what: string;
  doc: string;
  /** The English text replaced (found in exactly one pair), and what replaces it. */
  from: string;
  to: string;
  expect: [CheckKind, string][];
}

const PLANTS: Plant[] = [
  // A wrong number.
  { what: 'wrong decimal', doc: 'metro-line', from: '26.9 km', to: '29.6 km', expect: [['number', '26.9']] },
  { what: 'digits swapped', doc: 'wetland-birds', from: '2,863', to: '2,683', expect: [['number', '2,863']] },
  { what: '3000 萬 as 300 million', doc: 'hualien-budget', from: 'NT$30 million', to: 'NT$300 million', expect: [['number', '30,000,000']] },
  { what: '兩千個 as 20,000', doc: 'hualien-budget', from: '2,000 new childcare', to: '20,000 new childcare', expect: [['number', '2,000']] },
  { what: '兩千萬元 as 2 million', doc: 'hualien-budget', from: 'NT$20 million', to: 'NT$2 million', expect: [['number', '20,000,000']] },
  { what: 'wrong list figure', doc: 'ebike-recall', from: 'about 6,100 bikes', to: 'about 6,700 bikes', expect: [['number', '6,100']] },
  { what: 'wrong count', doc: 'heart-trial', from: '17,604 adults', to: '17,406 adults', expect: [['number', '17,604']] },
  { what: 'wrong price', doc: 'palace-gold', from: 'HK$50', to: 'HK$60', expect: [['number', '50']] },
  { what: 'ten times too little', doc: 'tea-auction', from: '12.6 million yuan', to: '1.26 million yuan', expect: [['number', '12,600,000']] },
  { what: 'ten times too much', doc: 'meizhou-flood', from: '1.87 billion yuan', to: '18.7 billion yuan', expect: [['number', '1,870,000,000']] },
  // A wrong unit.
  { what: 'km/h as mph', doc: 'metro-line', from: '100 km/h', to: '100 mph', expect: [['number', 'km/h']] },
  { what: 'hectares as acres', doc: 'meizhou-flood', from: '23,000 hectares', to: '23,000 acres', expect: [['number', 'ha']] },
  { what: 'yuan as dollars', doc: 'tea-auction', from: 'sold for 860,000 yuan', to: 'sold for $860,000', expect: [['number', 'CNY']] },
  { what: 'hours as minutes', doc: 'ebike-recall', from: '8 hours', to: '8 minutes', expect: [['number', '小时']] },
  // A wrong year or date.
  { what: '民國112年 as 2022', doc: 'hualien-budget', from: 'more than in 2023', to: 'more than in 2022', expect: [['number', '2023']] },
  { what: '民國 113 年度 as 2023', doc: 'hualien-budget', from: 'budget for 2024', to: 'budget for 2023', expect: [['number', '2024']] },
  { what: '民國 107 年 as 2017', doc: 'hualien-budget', from: 'since 2018', to: 'since 2017', expect: [['number', '2018']] },
  { what: 'wrong year in a range', doc: 'ebike-recall', from: 'Jan. 31, 2023', to: 'Jan. 31, 2022', expect: [['number', '2023-01-31']] },
  { what: 'wrong year', doc: 'metro-line', from: 'in 2027', to: 'in 2026', expect: [['number', '2027']] },
  { what: 'wrong day', doc: 'meizhou-flood', from: 'Sept. 1', to: 'Sept. 10', expect: [['number', '09-01']] },
  // Swapped names.
  { what: 'glossary name swapped for another', doc: 'heart-trial', from: 'Dr. Moore said', to: 'Dr. Chen said', expect: [['term', 'Moore']] },
  { what: 'glossary name swapped', doc: 'palace-gold', from: 'said curator Ho Ka-wai', to: 'said curator Chan', expect: [['term', 'Ho Ka-wai']] },
  // A dropped sentence.
  { what: 'a whole sentence dropped', doc: 'wetland-birds', from: 'Visitors must book ahead, and numbers are capped at 3,000 a day.', to: '', expect: [['untranslated', 'no English']] },
  { what: 'one sentence of a 1-3 bead dropped', doc: 'metro-line', from: ' Now the metro takes her 40 minutes.', to: '', expect: [['number', '40']] },
  { what: 'one sentence of a 1-2 bead dropped', doc: 'palace-gold', from: ' Thirty-two of them have never left Beijing before.', to: '', expect: [['number', '32']] },
];

describe('translation checks on the held-out pairs of session 15', () => {
  it('has eight articles', () => {
    expect(ARTICLES.map((a) => a.name)).toEqual([
      'ebike-recall', 'heart-trial', 'hualien-budget', 'meizhou-flood', 'metro-line', 'palace-gold', 'tea-auction', 'wetland-birds',
    ]);
  });

  it.each(ARTICLES.map((a) => [a.name, a] as const))('raises only true findings on the correct translation of %s', (name, a) => {
    expect(run(a.pairs).map(short)).toEqual(TRUE_FINDINGS[name] ?? []);
  });

  it.each(PLANTS.map((p) => [p.what, p] as const))('finds a planted error: %s', (_, p) => {
    const a = ARTICLES.find((x) => x.name === p.doc);
    if (!a) throw new Error(`no article ${p.doc}`);
    const before = new Set(run(a.pairs).map(short));
    const at = a.pairs.flatMap((x, k) => (x.en.includes(p.from) ? [k] : []));
    expect(at, `"${p.from}" in one pair of ${p.doc}`).toHaveLength(1);
    const planted = a.pairs.map((x, k) => (k === at[0] ? { ...x, en: x.en.replace(p.from, p.to) } : x));
    const fresh = run(planted).filter((f) => !before.has(short(f)));
    expect(fresh.map((f) => [f.pairIndex, f.kind]), fresh.map(short).join(' | ')).toEqual(p.expect.map(([kind]) => [at[0], kind]));
    fresh.forEach((f, k) => expect(f.detail).toContain(p.expect[k][1]));
  });

  it('finds a clear negation dropped; misses a name swapped that no glossary lists', () => {
    const article = (name: string) => {
      const a = ARTICLES.find((x) => x.name === name);
      if (!a) throw new Error(`no article ${name}`);
      return a.pairs;
    };
    const swap = (pairs: { zh: string; en: string }[], from: string, to: string) => pairs.map((x) => ({ ...x, en: x.en.replace(from, to) }));
    const fresh = (name: string, from: string, to: string) => {
      const before = new Set(run(article(name)).map(short));
      return run(swap(article(name), from, to)).filter((f) => !before.has(short(f))).map(short);
    };
    // 从未见过 -> "have seen"; 没有糖尿病 -> "had diabetes"; 应避免夜间充电…不要超过 -> "should charge overnight or for more than".
    expect(fresh('palace-gold', 'ordinary people have never seen them', 'ordinary people have seen them')).toEqual([
      '3 negation: The Chinese says 從未 (never) but the English has no negation: check that the meaning was not reversed',
    ]);
    expect(fresh('heart-trial', 'but did not have diabetes', 'and had diabetes').map((f) => f.split(':')[0])).toEqual([expect.stringMatching(/^\d+ negation$/u)]);
    expect(fresh('ebike-recall', 'owners should not charge overnight', 'owners should charge overnight')).toEqual([
      '12 negation: The Chinese says 不 (not) but the English has no negation: check that the meaning was not reversed',
    ]);
    // 李伟 -> the photographer's name.
    expect(fresh('meizhou-flood', 'Li Wei, a local farmer', 'Li Gang, a local farmer')).toEqual([]);
  });

  it('tells style from error in single pairs', () => {
    const one = (zh: string, en: string) => checkPairs([{ zh, en }], { glossary: [], published: PUBLISHED, kinds: ['number'] }).map((f) => f.detail);
    // A period written as two dates, the year after a comma.
    expect(one('召回 2022 年 5 月 1 日至 2023 年 1 月 31 日生产的车辆。', 'Bikes made between May 1, 2022 and Jan. 31, 2023 are recalled.')).toEqual([]);
    expect(one('召回 2022 年 5 月 1 日至 2023 年 1 月 31 日生产的车辆。', 'Bikes made between May 1, 2022 and Jan. 31, 2022 are recalled.')).toEqual([
      '2022 年 5 月 1 日至 2023 年 1 月 31 日 = 2022-05-01/2023-01-31 but the English says 2022-05-01/2022-01-31 ("May 1, 2022 and Jan. 31, 2022")',
    ]);
    // A time right after a date is no year.
    expect(one('嫦娥六号于 5 月 3 日 17 时 27 分发射。', "Chang'e-6 was launched at 5:27 p.m. on May 3.")).toEqual([]);
    // A measure converted in brackets; tens in words; 高达 and "-odd".
    expect(one('他家的 6 亩柚子树被淹死。', 'His 6 mu (0.4 hectares) of pomelo trees drowned.')).toEqual([]);
    expect(one('其中 32 件首次离开北京。', 'Thirty-two of them have never left Beijing.')).toEqual([]);
    expect(one('其中 32 件首次离开北京。', 'Twenty-three of them have never left Beijing.')).toEqual(['32 件 (32) is not in the English']);
    expect(one('经费高达 4.5 亿元。', 'The budget is 450 million yuan.')).toEqual([]);
    expect(one('经费最多 4.5 亿元。', 'The budget is 450 million yuan.')).toEqual(['最多 4.5 亿元 says "at most" 450,000,000 CNY but the English gives no such bound ("450 million yuan")']);
    expect(one('二十多年前，这里是盐碱地。', 'Twenty-odd years ago, it was salt flats.')).toEqual([]);
    // Units of time.
    expect(one('充电不要超过 8 小时。', 'Do not charge for more than 8 minutes.')).toEqual(['超过 8 小时 is in hours but the English says minutes ("more than 8 minutes")']);
    expect(one('充电不要超过 8 小时。', 'Do not charge for more than 8 hours.')).toEqual([]);
  });
});
