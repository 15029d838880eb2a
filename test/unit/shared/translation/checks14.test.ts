/**
 * The translation checks on the held-out pairs of session 14 (test/fixtures/align-heldout14: eight zh–en articles
 * written before the checks were read), each gold bead one pair. The correct translations must raise nothing but the
 * findings that are true (the Chinese caption and dropped paragraph of village-library have no English);
 * copies with one error planted in the English must raise exactly the findings listed for it, on its pair.
 *
 * Inputs: 8 articles (110 pairs) checked whole, and 23 planted errors (wrong figures, a factor of ten, a dropped or
 * added bound, a wrong unit, a misspelt or swapped name, an untranslated glossary term, Chinese left in the English,
 * a quotation left open).
 * Before the fixes of session 14: 6 of the 8 correct articles raised false findings (8 in all: brackets around an
 * age and a dateline, quotes around a short name or term, a telephone number read as two figures, "a point" for
 * 1 分, ２３日 against "the 23rd"), and 9 of the 23 plants were missed or came with a false extra finding (a dropped
 * "more than" / "up to", "at least" added, km/h → mph, kg → lb, GW → MW, sq km → sq miles, Fretwell → Fretwel, and a
 * brackets finding beside the untranslated one). After: 0 and 0. Over the correct pairs of align-heldout10, -11 and
 * -14 (450 pairs, number, brackets and term checks, no glossary) the findings went from 26 to 1, a true one (an
 * "4 a.m." the English adds); with the tuned gold of test/fixtures/align as well, from 38 to 10, and none new.
 *
 * Known misses (asserted below, so a fix shows): two names swapped inside one sentence (both still there); a bound
 * turned the other way when the other side still has a word of bounding near the figure (最多 → "at least"); 约 /
 * "about" dropped or added is never reported, by design.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { CheckFinding, CheckKind, GlossaryTerm } from '../../../../shared/model/translation';
import { checkPairs } from '../../../../shared/translation/checks';
import { heldOutArticles, shortFinding, type HeldOutArticle } from './heldOutPairs';

const DIR = fileURLToPath(new URL('../../../fixtures/align-heldout14/', import.meta.url));
const PUBLISHED = '2024-03-28T08:00:00Z';

/** What a translator's glossary for these articles would hold (simplified and traditional terms mixed). */
const GLOSSARY: GlossaryTerm[] = [
  { zh: '北方海航道', en: 'Northern Sea Route', source: 'user' },
  { zh: '苏伊士运河', en: 'Suez Canal', source: 'wiki-link' },
  { zh: '马士基', en: 'Maersk', source: 'wiki-link' },
  { zh: '凯里学院', en: 'Kaili University', source: 'wiki-link' },
  { zh: '留守儿童', en: 'left-behind children', source: 'user' },
  { zh: '台電', en: 'Taipower', source: 'user' },
  { zh: '台電', en: 'Taiwan Power', source: 'user' },
  { zh: '中央氣象署', en: 'Central Weather Administration', source: 'user' },
  { zh: '香港國際機場', en: 'Hong Kong International Airport', source: 'wiki-link' },
  { zh: '三跑道系統', en: 'three-runway system', source: 'user' },
  { zh: '区域法院', en: 'District Court', source: 'wiki-link' },
  { zh: '動力電池', en: 'power battery', source: 'user' },
  { zh: '帝企鹅', en: 'emperor penguin', source: 'wiki-link' },
  { zh: '英国南极调查局', en: 'British Antarctic Survey', source: 'wiki-link' },
  { zh: '沙卡', en: 'Saka', source: 'user' },
];

type Article = HeldOutArticle;

const ARTICLES: Article[] = heldOutArticles(DIR);

function run(pairs: { zh: string; en: string }[]): CheckFinding[] {
  return checkPairs(pairs, { glossary: GLOSSARY, published: PUBLISHED });
}

const short = shortFinding;

/** The findings the correct translations raise, all true: Chinese with no English. */
const TRUE_FINDINGS: Record<string, string[]> = {
  // The glossary says "Suez Canal"; the quotation says "Suez".
  'arctic-route': ['6 term: 苏伊士运河 should be translated as "Suez Canal", which the English does not contain'],
  // "a decline of approx. 99%" leaves out whose decline (帝企鹅数量) the Chinese names.
  'penguin-walk': ['11 term: 帝企鹅 should be translated as "emperor penguin", which the English does not contain'],
  // (Its byline, 本报记者 李敏 通讯员 王强, is the article's author since session 16, not a pair.)
  'village-library': [
    '2 untranslated: The Chinese has no English translation',
    '9 untranslated: The Chinese has no English translation',
    '10 untranslated: The Chinese has no English translation',
    '11 untranslated: The Chinese has no English translation',
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
  { what: 'wrong figure', doc: 'hk-airport', from: '4.3 million', to: '4.8 million', expect: [['number', '4,300,000']] },
  { what: 'wrong count', doc: 'bank-fraud', from: '11 counts', to: '12 counts', expect: [['number', '11']] },
  { what: 'wrong percentage', doc: 'battery-results', from: '23.1%', to: '21.3%', expect: [['number', '23.1%']] },
  { what: 'wrong full-width decimal', doc: 'taipower-heat', from: '6.2%', to: '2.6%', expect: [['number', '6.2%']] },
  { what: 'wrong time', doc: 'taipower-heat', from: '7 p.m.', to: '9 p.m.', expect: [['number', '19:00']] },
  { what: 'wrong year', doc: 'penguin-walk', from: 'February 2023', to: 'February 2022', expect: [['number', '2023-02']] },
  // A factor of ten.
  { what: 'ten times too much', doc: 'arctic-route', from: '80 million tonnes', to: '800 million tonnes', expect: [['number', '80,000,000']] },
  { what: 'ten times too little', doc: 'hk-airport', from: 'HK$16 billion', to: 'HK$1.6 billion', expect: [['number', '16,000,000,000']] },
  { what: 'a scale word off', doc: 'battery-results', from: '48.62 billion yuan', to: '48.62 million yuan', expect: [['number', '48,620,000,000']] },
  { what: 'HK$ wan misread', doc: 'hk-airport', from: '73,000', to: '730,000', expect: [['number', '73,000']] },
  // A dropped bound.
  { what: "dropped 'more than'", doc: 'bank-fraud', from: 'lost more than HK$6 million', to: 'lost HK$6 million', expect: [['number', '逾 600 萬元 says "more than" 6,000,000']] },
  { what: "dropped 'up to'", doc: 'hk-airport', from: 'of up to HK$20,000', to: 'of HK$20,000', expect: [['number', 'at most']] },
  { what: "'at least' for 逾", doc: 'hk-airport', from: 'some 13,000 fewer', to: 'at least 13,000 fewer', expect: [['number', 'at least']] },
  // A wrong unit.
  { what: 'km/h as mph', doc: 'penguin-walk', from: '3.5 km/h', to: '3.5 mph', expect: [['number', 'km']] },
  { what: 'kg as lb', doc: 'penguin-walk', from: '1.2 kg', to: '1.2 lb', expect: [['number', 'kg']] },
  { what: 'GW as MW', doc: 'taipower-heat', from: '2.5 GW', to: '2.5 MW', expect: [['number', 'GW']] },
  { what: 'sq km as sq miles', doc: 'penguin-walk', from: '1.79 million sq km', to: '1.79 million sq miles', expect: [['number', 'km']] },
  // A misspelt or swapped name.
  { what: 'name misspelt in a second pair', doc: 'penguin-walk', from: 'Peter Fretwell', to: 'Peter Fretwel', expect: [['term', 'Fretwel']] },
  { what: 'glossary name swapped', doc: 'derby-live', from: 'on Saka', to: 'on Rice', expect: [['term', 'Saka']] },
  // An untranslated glossary term.
  { what: 'glossary term paraphrased', doc: 'arctic-route', from: 'the Northern Sea Route', to: 'the Arctic route', expect: [['term', 'Northern Sea Route']] },
  { what: 'traditional glossary term', doc: 'bank-fraud', from: 'at the District Court', to: 'at the High Court', expect: [['term', 'District Court']] },
  { what: 'Chinese left in the English', doc: 'village-library', from: 'Yang\'s "Saturday class"', to: 'Yang\'s 星期六课堂', expect: [['untranslated', '星期六课堂']] },
  // Brackets.
  { what: 'a quotation left open', doc: 'bank-fraud', from: 'sentence."', to: 'sentence.', expect: [['brackets', 'Unbalanced quotation marks']] },
];

describe('translation checks on the held-out pairs of session 14', () => {
  it('has eight articles', () => {
    expect(ARTICLES.map((a) => a.name)).toEqual([
      'arctic-route', 'bank-fraud', 'battery-results', 'derby-live', 'hk-airport', 'penguin-walk', 'taipower-heat', 'village-library',
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
    expect(fresh.map((f) => [f.pairIndex, f.kind])).toEqual(p.expect.map(([kind]) => [at[0], kind]));
    fresh.forEach((f, k) => expect(f.detail).toContain(p.expect[k][1]));
  });

  it('misses what it is known to miss', () => {
    const derby = ARTICLES.find((a) => a.name === 'derby-live');
    const airport = ARTICLES.find((a) => a.name === 'hk-airport');
    if (!derby || !airport) throw new Error('missing article');
    const swap = (pairs: { zh: string; en: string }[], from: string, to: string) => pairs.map((x) => ({ ...x, en: x.en.replace(from, to) }));
    expect(run(swap(derby.pairs, 'Kovacic crosses from the left and Haaland bundles', 'Haaland crosses from the left and Kovacic bundles'))).toEqual([]);
    expect(run(swap(airport.pairs, 'allowances of up to HK$20,000', 'allowances of at least HK$20,000'))).toEqual([]);
    expect(run(swap(airport.pairs, 'about HK$500 million', 'HK$500 million'))).toEqual([]);
  });

  it('tells style from error in single pairs', () => {
    const one = (zh: string, en: string, kind: CheckKind) => checkPairs([{ zh, en }], { glossary: [], published: PUBLISHED, kinds: [kind] }).map((f) => f.detail);
    // Brackets and quotes a translator drops or adds by habit.
    expect(one('第 28 届联合国气候变化大会（COP28）周三闭幕。', 'The 28th U.N. climate conference, COP28, closed on Wednesday.', 'brackets')).toEqual([]);
    expect(one('他写道：“化石燃料时代必须结束。”“而且必须公正地结束。”', '"The fossil fuel era must end, and it must end justly," he wrote.', 'brackets')).toEqual([]);
    expect(one('被告陳某（48 歲）認罪。', 'The defendant, Chan, 48, pleaded guilty.', 'brackets')).toEqual([]);
    // Still reported: quotes added after a speech verb, words in brackets dropped, an abbreviation the English lost.
    expect(one('他说不。', 'He said "no".', 'brackets')).toHaveLength(1);
    expect(one('大会（COP28）周三闭幕。', 'The conference closed on Wednesday.', 'brackets')).toEqual(['The Chinese has 1 pair of brackets, the English 0']);
    // Units: the same measure written another way agrees; another measure does not.
    expect(one('面积 179 万平方公里。', 'An area of 1.79 million km2.', 'number')).toEqual([]);
    expect(one('时速 120 公里。', 'At 120 kilometres an hour.', 'number')).toEqual([]);
    expect(one('时速 120 公里。', 'At 120 miles an hour.', 'number')).toEqual(['120 公里 is in km/h but the English says mph ("120 miles")']);
    // Bounds: a dropped one is reported, one said in a verb is not.
    expect(one('申请已超过 200 万份。', 'Applications have topped 2 million.', 'number')).toEqual([]);
    expect(one('申请已超过 200 万份。', 'There have been 2 million applications.', 'number')).toEqual([
      '超过 200 万份 says "more than" 2,000,000 but the English gives no such bound ("2 million applications")',
    ]);
    // A telephone number is no figure.
    expect(one('查询热线：2345 6789', 'Enquiries hotline: +852 2345 6789', 'number')).toEqual([]);
  });
});
