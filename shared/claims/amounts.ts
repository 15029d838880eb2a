/**
 * Amounts built around each numeral: scale (万, 亿, million, bn), range partner (3 至 5 万, 3-5 million), currency
 * (美元, $, euros), percent (%, 百分之, per cent), classifier and counted noun (名 + 人质, hostages), rate (每月,
 * a month) and approximation (至少, 多, more than). Each numeral yields at most one candidate, the richest reading
 * around it; the caller keeps the longest of overlapping candidates.
 *
 * This file decides whether a numeral is an amount at all (not an ordinal, a label, a name or a year), runs the
 * phases in order and classifies the result. The phases live apart: the numeral's own scale in amountScales.ts, ranges,
 * percentages and currency words in amountRanges.ts, what is counted or measured in countedUnits.ts, rate and
 * approximation in amountRates.ts; the `Reading` they fill in, in amountReading.ts.
 */
import type { Found } from './dates';
import type { NumeralToken } from './numerals';
import {
  CURRENCY_PREFIX, ZH_CLASSIFIERS, ZH_CURRENCY_PREFIX, ZH_CURRENCY_SUFFIX, ZH_NOUNS, alternation,
} from './lexicon';
import { type Reading, at, before } from './amountReading';
import { atom } from './amountScales';
import { EN_MEASURE, EN_TEMPERATURE_ATTACHED, readCountedUnit } from './countedUnits';
import { EN_SUBUNIT, PERCENT, ZH_CUR_SUFFIX, isBareRange, readCurrencySuffix, readRange } from './amountRanges';
import { SPAN_OF_TIME_UNITS, readRateAndApprox } from './amountRates';
import { readIncreaseByMultiple } from './multiples';
import { readDecreaseByMultiple } from './decreaseMultiples';
import { isBareToll } from './bareTolls';

const CUR_BEFORE = new RegExp(`(?<![A-Za-z])(${alternation(Object.keys(CURRENCY_PREFIX))})\\s?$`);
const YEN_BEFORE = /[¥￥]\s?$/;
const ZH_CUR_BEFORE = new RegExp(`(${alternation(Object.keys(ZH_CURRENCY_PREFIX))})\\s*$`, 'u');
const PCT_BEFORE = /百分之\s*$/u;
/** 男子 / 女子 / 混合 before a distance: the name of a race (男子 100 米, 女子 4×100 米接力). */
const ZH_RACE_BEFORE = /(?:男子|女子|混合|男女)\s*(?:\d+\s*[×x]\s*)?$/u;
/** "the top 10", "Top 100": a rank. */
const TOP_RANK_BEFORE = /\b[Tt]op\s$/;
/** 前 100 名, 前十强, 前 3 位: the top of a ranking (前 3 名乘客 would count passengers, but news does not say that). */
const ZH_RANK_AFTER = /^\s*(?:名|强|強|位)(?:之内|之內|以内|以內|内|內|的|[，。、；）)]|$)/u;
/** A capitalised word right before (not an article, a preposition, an approximation, a month or a day): a name goes on. */
const EN_NAME_WORD_BEFORE = /\b(?!(?:The|A|An|In|On|At|By|Of|For|And|But|Some|About|Nearly|Almost|Around|Over|Under|More|Less|Only|Just|All|Another|Every|Each|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\s+$/;
const ORDINAL_BEFORE = /(?:第|No\.|no\.|#|№)\s*$/u;
const EN_LABEL_BEFORE =
  /\b(?:Article|Section|Chapter|Title|Clause|Paragraph|Amendment|Resolution|Rule|Windows|iOS|Android|Boeing|Airbus|Apollo|Artemis|Level|Phase|Stage|Category|Room|Gate|Route|Highway|Interstate|Flight|Platform|Terminal|Channel|Version|Model|Volume|Page|Item|Figure|Table|Grade|Episode|Season|Game|Round|Proposition|Prop|Act|Group|Division|Precinct|Ward|Zone|Exit|Pier|Fortune|Global|Forbes|S&P|FTSE|Russell|Nasdaq|Nikkei|Stoxx|DAX|CAC|ASX|CSI|KOSPI|Sensex|Nifty)\s$/;
/**
 * "200-plus", "300-odd" (an approximation between a number and its noun); not "3 plus 4", nor the sums "$355m plus
 * interest" and "$5,000 plus costs".
 */
const EN_PLUS_ODD =
  /-(plus|odd)\b|\s(plus)\b(?!\s*[\d($€£¥]|\s+(?:interest|costs?|fees?|expenses|tax(?:es)?|vat|damages|penalties|bonus(?:es)?|benefits|inflation|a|an|the|his|her|their|its|legal|court|another|other|any)\b)/iy;
/** Characters that can follow a Chinese numeral that is part of an amount, a range or a percentage. */
const ZH_FOLLOW = new Set([
  ...Object.keys(ZH_CLASSIFIERS).map((k) => k[0]),
  ...Object.keys(ZH_CURRENCY_SUFFIX).map((k) => k[0]),
  ...[...ZH_NOUNS.keys()].map((k) => k[0]),
  ...'多余餘至到-~%万萬亿億千百个個成'.split(''),
]);

/** What may end a clause right after a figure: punctuation, a closing quote or bracket, or the end of the text. */
const ZH_CLAUSE_END = /^(?:[，。；：！？、）)」』”’,.;:!?]|)$/u;

function zhMayBeAmount(text: string, tok: NumeralToken): boolean {
  let p = tok.end;
  if (text[p] === ' ') p++;
  if (ZH_FOLLOW.has(text[p] ?? '')) return true;
  // 人口减少了约二十万。: a numeral ending in 万 or 亿 is a figure even where the sentence or clause ends after it.
  // (成千上万, 成百上千 are a manner of speaking, "thousands".)
  if (/[万萬亿億]$/u.test(text.slice(tok.start, tok.end)) && ZH_CLAUSE_END.test(text[p] ?? '')) {
    return !/成[千百]上$/u.test(text.slice(Math.max(0, tok.start - 3), tok.start));
  }
  // 数以万计: the whole phrase is the numeral.
  if (text[tok.end - 1] === '计') return true;
  return text.slice(Math.max(0, tok.start - 4), tok.start).includes('百分之');
}

const YUAN_NAMES: [string, RegExp][] = [
  ['CNY', /人民币|RMB|CNY/g],
  ['TWD', /新台币|台币|NT\$|TWD/g],
  // Not the 港元 of 香港元朗 (Yuen Long) or 香港元旦.
  ['HKD', /(?<!香)港元|港币|HK\$|HKD/g],
  ['MOP', /澳门元|澳门币|葡币|MOP/g],
];

/**
 * The currency a bare 元 stands for in `text` (width-folded, simplified): Taiwan's papers write 元 for New Taiwan
 * dollars and Hong Kong's and Macau's for their own dollars, naming the currency in full once or twice. So when a
 * text names New Taiwan, Hong Kong or Macau dollars (one of them most often) and never the renminbi, its bare 元 is
 * that currency; otherwise it is the renminbi.
 */
export function yuanCurrencyOf(text: string): string {
  const counts = YUAN_NAMES.map(([code, re]): [string, number] => [code, text.match(re)?.length ?? 0]);
  if (counts[0][1] > 0) return 'CNY';
  const sorted = counts.slice(1).sort((a, b) => b[1] - a[1]);
  if (sorted[0][1] > 0) return sorted[0][1] > sorted[1][1] ? sorted[0][0] : 'CNY';
  return yuanOfPlace(text);
}

/**
 * Bodies and markets that exist in one place only: Taiwan's 行政院 and 立法院, Hong Kong's 港府 and 财政司司长, Macau's
 * 澳门特区政府; and the mainland's 国务院 and 发改委. A place name alone (香港, 台北) is not among them: mainland copy
 * names them as often, and 香港元朗 is a district, not dollars.
 */
const YUAN_PLACES: [string, RegExp][] = [
  ['CNY', /国务院|发改委|国家统计局|人民银行|国资委|全国人大|全国政协/g],
  // Not the 台股 of 茅台股价 or 平台股份: 台 ending another word.
  ['TWD', /行政院|立法院|主计总处|金管会|国发会|中央社|(?<![茅平电舞后前阳烟邢柜讲站擂看上下戏])台股|加权指数|新北市|桃园市|台中市|台南市|高雄市|县市长/g],
  ['HKD', /港府|港股|恒指|恒生指数|财政司司长|金管局|港铁|港交所|特首|本港|全港|香港特区政府/g],
  ['MOP', /澳门特区|澳府|澳门政府|本澳/g],
];

/**
 * The currency of a bare 元 in a text that names none: a fact-checker reads 元 in a Taiwanese paper's story about the
 * 行政院 budget as New Taiwan dollars, and in a Hong Kong story about 港府 as Hong Kong dollars. Only when the text
 * points to one place alone (no mainland body, no other place's bodies); otherwise, and with no such body, CNY.
 */
function yuanOfPlace(text: string): string {
  const hits = YUAN_PLACES.filter(([, re]) => re.test(text)).map(([code]) => code);
  for (const [, re] of YUAN_PLACES) re.lastIndex = 0;
  return hits.length === 1 ? hits[0] : 'CNY';
}

/** The candidate built around numeral `tok`, or null when it is not a quantity worth reporting. */
export function amountAt(
  text: string,
  tok: NumeralToken,
  byStart: ReadonlyMap<number, NumeralToken>,
  lang: 'zh' | 'en',
  yuan = 'CNY',
): Found | null {
  // Most Chinese numeral characters in running text are words (一些, 统一, 一直): skip them before any real work.
  if (tok.form === 'zh' && !zhMayBeAmount(text, tok)) return null;
  if (before(ORDINAL_BEFORE, text, tok.start, 4)) return null;
  // Article 5, Windows 11, Section 230, Category 4, and the lists and indices Fortune 500, S&P 500, FTSE 100, Russell
  // 2000: a number that names a thing, not an amount of anything ("Fortune 500 companies" counts no companies).
  if (tok.form === 'arabic' && before(EN_LABEL_BEFORE, text, tok.start, 16)) return null;
  // F-35, 歼-20, MH-17: a name with a number, not an amount (but 维持-0.1% and 降至-5°C are signed figures).
  const nameLike = tok.form === 'arabic' && /[\p{L}][-‑]$/u.test(text.slice(Math.max(0, tok.start - 2), tok.start));
  // 净利润为-3.2亿元: after a Chinese word (not a Latin letter) a minus before an amount of money is a sign too.
  const signedAmount = /[\u4e00-\u9fff][-‑]$/u.test(text.slice(Math.max(0, tok.start - 2), tok.start)) &&
    at(ZH_CUR_SUFFIX, text, tok.end + (/^[万萬亿億]*/u.exec(text.slice(tok.end, tok.end + 3))?.[0].length ?? 0)) !== null;
  if (nameLike && !signedAmount && !/^\s?[%°℃℉]/u.test(text.slice(tok.end, tok.end + 2))) return null;
  // The 25 of "the 2024-25 budget": the far end of a span of years, read with its first end (dates.ts), never as a
  // figure of its own that takes the noun after it ("25 budget runs").
  if (tok.form === 'arabic' && tok.end - tok.start === 2 &&
      /(?<![\d.,])(?:1[5-9]|20|21)\d\d[-–]$/u.test(text.slice(Math.max(0, tok.start - 6), tok.start))) return null;
  const raw = text.slice(tok.start, tok.end);
  // 007, or the 000 of 3，000 (a full-width comma is punctuation): not an amount of its own.
  if (tok.form === 'arabic' && /^0\d/.test(raw)) return null;
  const yearLike =
    (tok.form === 'arabic' && tok.bareInteger && raw.length === 4 && tok.value >= 1000 && tok.value <= 2199) ||
    (tok.form === 'zh' && raw.length === 4 && !/[十百千万萬亿億拾佰仟]/u.test(raw));

  // 9/11, 24/7: numbers joined by a slash are a date or a name (a share like 1/3 is read before, in fractions.ts).
  if (tok.form === 'arabic' && (/\d\/$/.test(text.slice(Math.max(0, tok.start - 2), tok.start)) || /^\/\d/.test(text.slice(tok.end, tok.end + 2)))) return null;
  // iPhone 15, PlayStation 5, AirPods 3: a number after a word written in camel case is a model's name.
  if (tok.form === 'arabic' && /(?<![\w-])[a-z]*[A-Z]?[a-z]+[A-Z][A-Za-z]*\s$/.test(text.slice(Math.max(0, tok.start - 24), tok.start)) && !/^\s?%/.test(text.slice(tok.end, tok.end + 2))) return null;
  // "the top 10", 全球前 100 名: a rank reached, not a number of anything (but "the top 1%" is a share).
  if (before(TOP_RANK_BEFORE, text, tok.start, 6) && !at(PERCENT, text, tok.end) && !/^\s*(?:per\s?cent|percent)/i.test(text.slice(tok.end, tok.end + 10))) return null;
  if (before(/前\s*$/u, text, tok.start, 2) && ZH_RANK_AFTER.test(text.slice(tok.end, tok.end + 4))) return null;
  // Formula One, Air Force One, the Big Four: a capitalised number word after a capitalised word is part of a name.
  if (tok.form === 'en' && /^[A-Z]/.test(raw) && EN_NAME_WORD_BEFORE.test(text.slice(Math.max(0, tok.start - 24), tok.start))) return null;
  // 十九届中央纪委三次全会, 十四届人大二次会议: after 届 the 次 of a session is its number, not a count of times.
  if (tok.form !== 'en' && /^\s*次(?:全会|全体会议|会议)/u.test(text.slice(tok.end, tok.end + 6)) && /届[^，。；]{0,10}$/u.test(text.slice(Math.max(0, tok.start - 12), tok.start))) return null;
  // 男子 100 米决赛, 女子 10 公里: a distance after 男子 / 女子 names a race, it measures nothing.
  if (before(ZH_RACE_BEFORE, text, tok.start, 4) && /^\s*(?:米|公里|千米)/u.test(text.slice(tok.end, tok.end + 4))) return null;
  // 一零一大楼, 幺零八: digit by digit is how names and codes are said; only a year (二〇二三年, dates.ts) is a figure.
  if (tok.form === 'zh' && !yearLike && /^[〇零一二三四五六七八九]{3,}$/u.test(raw)) return null;
  const prefix = readPrefix(text, tok.start, lang);
  const first = atom(text, tok, prefix.currency !== null);
  const r: Reading = {
    text, tok, first, yearLike, yuan, start: prefix.start, end: first.end, value: first.value, valueMax: null,
    hasScale: first.factor !== 1, more: first.more, currency: prefix.currency, zhPrefixCurrency: prefix.zh,
    percentUnit: prefix.percent ? '%' : null, approx: null, per: null, unit: null, measure: false, counted: false, vague: false,
  };
  readRange(r, byStart);
  if (first.max !== null && r.valueMax === null) {
    r.valueMax = first.max;
    r.approx = 'range';
  }
  if (first.max !== null) r.vague = true;
  const pence = tok.form === 'arabic' && !r.hasScale && r.value < 100 && at(EN_SUBUNIT, text, r.end) !== null;
  if (/[A-Za-z]/.test(text[r.end] ?? '') && !r.percentUnit && !pence && !at(EN_MEASURE, text, r.end) && !at(EN_TEMPERATURE_ATTACHED, text, r.end)) return null;
  if (!r.percentUnit && !r.currency && yearLike && /^\s*年/u.test(text.slice(r.end, r.end + 3))) return null;
  readCurrencySuffix(r);
  // "200-plus people", "300-odd families": the approximation sits between the number and its noun.
  const plusOdd = tok.form !== 'zh' && !r.percentUnit ? at(EN_PLUS_ODD, text, r.end) : null;
  if (plusOdd) {
    r.approx = (plusOdd[1] ?? plusOdd[2]).toLowerCase() === 'plus' ? 'moreThan' : 'about';
    r.end += plusOdd[0].length;
  }
  if (!r.percentUnit && !r.currency) readCountedUnit(r);
  readRateAndApprox(r);
  // 增长了一倍 is doubled, 降低了3倍 a third: the change and its multiple are read together.
  if (!readDecreaseByMultiple(r)) readIncreaseByMultiple(r);
  const found = classify(r, raw);
  if (found) readNegativeSign(text, found);
  return found;
}

/** Currency symbols and 百分之 written before the numeral. */
interface Prefix {
  start: number;
  currency: string | null;
  /** The currency was a Chinese word (人民币), not a symbol. */
  zh: boolean;
  percent: boolean;
}

function readPrefix(text: string, pos: number, lang: 'zh' | 'en'): Prefix {
  const cur = before(CUR_BEFORE, text, pos, 6);
  const yen = cur ? null : before(YEN_BEFORE, text, pos, 3);
  const zhCur = cur || yen ? null : before(ZH_CUR_BEFORE, text, pos, 6);
  let currency: string | null = null;
  if (cur) currency = CURRENCY_PREFIX[cur[1].replace(/\s+/g, ' ')];
  else if (yen) currency = lang === 'zh' ? 'CNY' : 'JPY';
  else if (zhCur) currency = ZH_CURRENCY_PREFIX[zhCur[1]];
  let start = (cur ?? yen ?? zhCur)?.index ?? pos;
  const pct = before(PCT_BEFORE, text, start, 8);
  if (pct) start = pct.index;
  return { start, currency, zh: zhCur !== null, percent: pct !== null };
}

/**
 * A minus sign written against a number, after a word or a space: 维持-0.1%, "at −5°C", 负 0.5%, 负增长 5.2% (growth of
 * −5.2 %), "minus 2%", 零下 35 摄氏度. 正负 3 个百分点 is a margin either way (±3), not minus three.
 */
const NEGATIVE_BEFORE = /(?:(?<![A-Za-z0-9_.,/%)\-−])[-−]|(?<!正)负(?:增长|增長)?\s*|零下\s*|(?<![A-Za-z])minus\s+)$/iu;

/**
 * Negative percentages and temperatures keep their sign (a policy rate of −0.1% is not 0.1%). Other kinds do not
 * read one: a hyphen before a number is far more often a name (歼-20, F-35) or a range than a minus.
 */
function readNegativeSign(text: string, found: Found): void {
  const signedMoney = found.kind === 'money' && /[\u4e00-\u9fff][-−]$/u.test(text.slice(Math.max(0, found.start - 2), found.start));
  if (found.kind !== 'percent' && found.unit !== '°C' && found.unit !== '°F' && !signedMoney) return;
  if (found.value === null || found.value <= 0) return;
  const sign = before(NEGATIVE_BEFORE, text, found.start, 7);
  if (!sign) return;
  found.value = -found.value;
  found.start = sign.index;
}

/** The kind of the reading, or null when it is not worth reporting. */
function classify(r: Reading, raw: string): Found | null {
  const { tok } = r;
  // 几十年来, 数年, "for dozens of days": a vague span of time is a way of speaking, not a figure to check.
  if (tok.vagueMax !== undefined && r.unit !== null && (SPAN_OF_TIME_UNITS.has(r.unit) || r.unit === 'years of age')) return null;
  let kind: Found['kind'];
  if (r.percentUnit) {
    kind = 'percent';
    r.unit = r.percentUnit;
  } else if (r.currency) kind = 'money';
  else if (r.counted) {
    // 一个目标, 一名官员, 一次会议: in Chinese a single thing in words is grammar, not the figure of a sentence.
    // English says "a" for that, so "one hostage" is deliberate and kept, except for time ("one day, ...").
    // 增长了一倍 (doubled) is a figure though.
    if (tok.form === 'zh' && r.value === 1 && r.unit !== 'fold') return null;
    // 二次会议, 二次伤害, 二次创作: 二 before 次 is "second" or "secondary"; a count of two times says 两次.
    if (tok.form === 'zh' && raw === '二' && r.unit === 'times') return null;
    if (tok.form === 'en' && r.value === 1 && (r.unit === null || SPAN_OF_TIME_UNITS.has(r.unit))) return null;
    kind = 'count';
  } else if (r.measure) kind = 'number';
  // "more than 240 were taken hostage", 死亡人数升至逾240: a bounded bare figure standing as a toll counts (bareTolls.ts).
  else if (isBareToll(r)) kind = 'count';
  else {
    // "hundreds of thousands were left without power": a vague figure of tens of thousands or more is one, as
    // 数十万 is; "dozens" or "hundreds" alone is a manner of speaking.
    const largeVague = tok.vagueMax !== undefined && r.value >= 20_000;
    const bareRange = r.approx === 'range' && !r.hasScale && !largeVague && isBareRange(r);
    if (tok.form !== 'arabic' && !r.hasScale && !largeVague && !bareRange) return null;
    if (tok.bareInteger && !r.hasScale && (raw.length >= 7 || (raw.length >= 2 && raw.startsWith('0')))) return null;
    if (r.approx === 'range' && !r.hasScale && !largeVague && !bareRange) {
      // 2-1 (a score), 3-5 (an item list): a bare range is not a quantity.
      r.approx = null;
      r.valueMax = null;
      r.value = r.first.value;
      r.start = tok.start;
      r.end = r.first.end;
    }
    kind = 'number';
  }
  const { start, end, value, valueMax, currency, unit, per, approx } = r;
  return { start, end, kind, value, valueMax, currency, unit, per, approx, date: null, ...(r.vague ? { vague: true as const } : {}) };
}
