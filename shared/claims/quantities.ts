/**
 * The one quantity finder of Glossa: claim suggestions, claim values and the translation number check all read
 * numbers through it, so 每月 3000 万美元 and "$30 million a month" normalise to the same value, currency and rate.
 *
 * Normalisation conventions (the contract the aligner compares on):
 * - `value` is the full number: 3000 万 = 30000000, 1.5 亿 = 150000000, "$6bn" = 6000000000.
 * - percentages keep their written value: 30% and 百分之三十 are `value: 30, unit: '%'` (not 0.3); "3 个百分点" /
 *   "3 percentage points" have unit `percentage points`; 25 个基点 / "25 basis points" have unit `basis points`.
 * - money has an ISO 4217 `currency`; a bare `$` is USD, `¥` is CNY in Chinese text and JPY in English text.
 * - counts have a canonical English `unit` shared by both languages (人质 / hostages -> `hostages`); a person
 *   classifier (名, 位, 人) without a known noun gives `people`; an unknown English noun is kept as written (`holders`).
 * - ranges (3 至 5 万, 3-5 million, between 3 and 5 million) have `approx: 'range'`, `value` low, `valueMax` high;
 *   "rose from 3.8% to 3.9%" is two figures, not a range.
 * - 近万人 / 上千名 read as about / more than 10,000 and 1,000; 200 多名 and "more than 200" are `moreThan`.
 * - measurements (50 km, 300 万吨) are kind `number` with a unit.
 * - dates: see `dates.ts` (ISO 8601, partial when only that much is known; `value` is null).
 *
 * Deliberately NOT reported: a Chinese count of one in words (一个目标, 一名官员, 一次会议), which is the grammar of
 * a sentence rather than its figure (English "one hostage" is kept: English uses "a" for that grammar); numerals inside words and names (第三, F-16, COVID-19, 5G, 三星); vague words
 * (几, 数百, 一些, dozens of, thousands of); times of day, phone numbers, URLs, long digit runs (ids); ordinals.
 * Bare numbers with nothing around them are kind `number` (useful to the number check, not suggested as claims).
 */
import { CONVERSION_CLOSE, isOnlyConversionOpen } from './conversionBrackets';
import { sameAmount, sameDimension } from './measureSizes';
import type { Quantity, QuantityKind } from '../model/quantity';
import { amountAt, yuanCurrencyOf } from './amounts';
import { parseAnchor } from './calendar';
import { type Found, findDates } from './dates';
import { findFractions } from './fractions';
import { findMagnitudes } from './magnitudes';
import { findMultiples } from './multiples';
import { findTallies } from './tallies';
import { type NumeralToken, findNumerals, foldFullWidthThousands, foldWidth } from './numerals';
import { foldToSimplified } from '../text/scriptFold';

/** Options shared by the claims functions: the article's publication date anchors relative dates. */
export interface QuantityOptions {
  /**
   * ISO date or date-time of the article (`2023-11-03` or `2023-11-03T06:22:00Z`); relative dates resolve against its
   * day as written. Callers pass `relativeDateAnchor(meta)`: the day the article was written on in its own zone, which
   * the UTC instant of `published` can miss by a day (`2023年11月3日 07:30 北京时间` is 2023-11-02T23:30:00Z).
   */
  published?: string | null;
  /** Language of the text; detected from the script when absent. */
  lang?: 'zh' | 'en';
}

/**
 * Spans that look numeric but are not quantities (URLs, times of day, phone numbers); anything overlapping them is
 * dropped. `notAfter` replaces a leading look-behind, which would be tried at every position of a long text.
 */
const BLOCKERS: { re: RegExp; notAfter?: RegExp }[] = [
  { re: /https?:\/\/[^\s)\]>"'，。]+|www\.[^\s)\]>"'，。]+/g, notAfter: /\w/ },
  { re: /\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?!\d)/g, notAfter: /\d/ },
  { re: /\+\d{1,3}[\s-]?(?:\(\d{1,4}\)[\s-]?)?\d{1,4}(?:[\s-]?\d{2,4}){2,}(?!\w)/g, notAfter: /[\w.]/ },
  { re: /\(\d{2,4}\)\s?\d{3,4}[\s-]\d{3,4}(?!\w)/g, notAfter: /[\w.]/ },
  { re: /\d{3,4}-\d{3,4}-\d{3,4}(?![\w-])/g, notAfter: /[\w.-]/ },
  { re: /\d{3,4} \d{3,4} \d{4}(?!\w)/g, notAfter: /[\w.]/ },
];
/**
 * Dates that are no claim, found with a context that a blocker's plain span cannot hold; the group `g`
 * is what is masked. Datelines (新华社北京5月14日电, 中央社记者…台北15日电, "LONDON, May 14 (Reuters) -") give the
 * dispatch date; labelled metadata (发布时间：2024-05-15, "Updated 14 May 2024") and timestamps (a numeric date with a
 * clock time: 2024-05-15 08:30, 5/14/2024 8:30 AM) the page's. None is a figure the article states.
 */
const EN_MONTH_NAME = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const NUMERIC_DATE = '(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})';
const ZH_LABELLED_DATE = `(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|${NUMERIC_DATE}`;
const EN_LABELLED_DATE = `\\d{1,2}\\s+${EN_MONTH_NAME},?\\s+\\d{4}|${EN_MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}|${NUMERIC_DATE}`;
const CONTEXT_BLOCKERS: RegExp[] = [
  /(?:^|(?<=[（(【]))[^，。；！？\n（）()【】\d]{2,24}?(?<g>(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)(?=电|讯)(?!电[话视邮告贺唁文报台网力池动影子器厂站价费量商脑梯源压竞])/gmu,
  new RegExp(`^[A-Z][A-Z.'’ -]{1,30}(?:,\\s+[A-Z][A-Za-z.'’ -]{1,30})?,\\s+(?<g>${EN_MONTH_NAME}\\s+\\d{1,2})(?=\\s*(?:\\([A-Za-z .&-]+\\)\\s*)?[-–—])`, 'gm'),
  new RegExp(`(?:发布|更新|发表|刊发|修改|编辑|出版|录入|上传|发稿|稿件)?(?:时间|日期)\\s*[:：]\\s*(?<g>${ZH_LABELLED_DATE})`, 'gu'),
  new RegExp(`(?:(?:^|(?<=[|·｜]\\s*))(?:Updated|Published|Posted|Last updated|Last modified|First published)(?:\\s+on)?:?|\\b(?:Updated|Published|Posted|Date)(?:\\s+on)?:)\\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?(?<g>${EN_LABELLED_DATE})`, 'gm'),
  // Copyright 2024 The Associated Press, © 2020-2024, 版权所有 ©2024: the year of a notice, not of anything reported.
  /(?:\bCopyright\b|©|\(c\))\s*(?:©\s*)?(?<g>\d{4}(?:\s*[-–]\s*\d{4})?)/giu,
  new RegExp(`(?<![\\d/.-])(?<g>${NUMERIC_DATE})(?=\\s+\\d{1,2}:\\d{2})`, 'g'),
];

/**
 * How a metadata line starts, after Markdown decoration (`, >, **, *): a date (2023年11月3日, 2022/12/25, 11/3/2023,
 * Nov 3, 2023, 3 November 2023), a relative time (3小时前), or a byline, source or publication label (By, Posted, 发布于,
 * 作者, 来源：, 编辑：).
 */
const METADATA_START = new RegExp(
  `^[\\s>*_\`#]*(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|${EN_MONTH_NAME}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${EN_MONTH_NAME}\\s+\\d{4}|By\\s+[A-Z]|Posted\\b|Published\\b|Updated\\b|发布于|發布於|发表于|發表於|作者|撰文|(?:来源|來源|责任编辑|責任編輯|编辑|編輯)\\s*[:：]|\\d{1,2}\\s*(?:小时|小時|分钟|分鐘|天)前)`,
  'u',
);
/** What a metadata line holds besides its date: a source, an author, a clock time with its zone, a reading time. */
const METADATA_MARK = /来源|來源|转载|轉載|作者|撰文|原文|记者|記者|Source:|\bBy\s+[A-Z]|Posted|\b(?:UTC|GMT|EST|EDT|PST|PDT|HKT|CST|BST|CET)\b|阅读|閱讀|min read|\d{1,2}:\d{2}|\d{1,2}\s*[时時点點]\s*\d{1,2}\s*分|`\s*(?:\[|$)/u;
/** The end of a sentence of prose (a metadata line has none): 。！？, or a word and a full stop before a capital or the end. */
const PROSE_SENTENCE_END = /[。！？]|(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))(?<=[a-z]{2,})[.!?](?=\s+[A-Z]|\s*$)/u;

/**
 * Whether a line is an article's metadata line (`11/3/2023 6:22 AM UTC 宝尹` [轉載自GNews](…), "By Jane Doe |
 * November 3, 2023 6:22 PM EST | Source: …", 2023年11月3日 上午10:05 HKT　撰文：林嘉欣): the date of the page and
 * who wrote it, no claim. The importer takes it out of the text when it recognises it; this catches the forms it keeps.
 */
export function isMetadataLine(line: string): boolean {
  if (line.length > 400 || !METADATA_START.test(line) || !METADATA_MARK.test(line)) return false;
  const prose = line.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+|www\.\S+/g, '');
  // Clauses set off by Chinese commas are prose unless a source or author label says otherwise.
  if (prose.includes('，') && !/来源|來源|作者|撰文|原文|转载|轉載/u.test(prose)) return false;
  return !PROSE_SENTENCE_END.test(prose);
}

/** Marks every metadata line of `text` in `mask`. */
function markMetadataLines(text: string, mask: Uint8Array): void {
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end > start && isMetadataLine(text.slice(start, end))) mask.fill(1, start, end);
    if (nl < 0) break;
    start = nl + 1;
  }
}
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_DOMAIN = /^[\w-]+\.[\w.-]+/;

/** Marks URLs, e-mail addresses, times and phone numbers in `mask`. */
function markBlocked(text: string, mask: Uint8Array): void {
  for (const { re, notAfter } of BLOCKERS) {
    for (const m of text.matchAll(re)) {
      if (notAfter && notAfter.test(text[m.index - 1] ?? '')) continue;
      mask.fill(1, m.index, m.index + m[0].length);
    }
  }
  markMetadataLines(text, mask);
  for (const re of CONTEXT_BLOCKERS) {
    for (const m of text.matchAll(re)) {
      const g = m.groups?.g;
      if (g === undefined) continue;
      const start = m.index + m[0].lastIndexOf(g);
      mask.fill(1, start, start + g.length);
    }
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(text[start - 1])) start--;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (start < at && domain) mask.fill(1, start, at + 1 + domain[0].length);
  }
}

/** When two readings cover the same characters, the more specific kind wins. */
const KIND_RANK: Record<QuantityKind, number> = { date: 0, money: 1, percent: 2, count: 3, number: 4, statement: 5 };

/** Detects the language from the script: Chinese when Han characters are a fair share of the letters. */
export function detectLang(text: string): 'zh' | 'en' {
  let han = 0;
  let latin = 0;
  const limit = Math.min(text.length, 20_000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}

/**
 * Finds the money amounts, counts, percentages, dates and numbers in a text and normalises them, so that Chinese and
 * English renderings of the same fact compare equal. Spans are UTF-16 offsets into `text`, non-overlapping, sorted
 * by start; where readings overlap, the longest (then the most specific) wins.
 */
export function findQuantities(text: string, options: QuantityOptions = {}): Quantity[] {
  const norm = foldToSimplified(foldFullWidthThousands(text, foldWidth(text)));
  const lang = options.lang ?? detectLang(norm);
  const anchor = parseAnchor(options.published);

  const blocked = new Uint8Array(norm.length + 1);
  markBlocked(norm, blocked);

  const tokens = findNumerals(norm);
  const byStart = new Map<number, NumeralToken>();
  for (const t of tokens) if (!byStart.has(t.start)) byStart.set(t.start, t);

  const candidates: Found[] = findDates(norm, anchor, lang);
  const yuan = /[\u4e00-\u9fff]/.test(norm) ? yuanCurrencyOf(norm) : 'CNY';
  for (const t of tokens) {
    const found = amountAt(norm, t, byStart, lang, yuan);
    if (found) candidates.push(found);
  }

  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.start - b.start,
  );
  const taken = new Uint8Array(norm.length + 1);
  const kept: Quantity[] = [];
  // A fraction is read whole before its numerals can be read alone (三分之二的人 is 66.7 %, not "3 people").
  // So is a vote tally ("voted 62 to 38" is two counts of votes, not a range or nothing), a quake's magnitude, and a
  // multiple ("three times as many" is 3 fold, not a count of times).
  for (const f of [...findFractions(norm, lang), ...findTallies(norm), ...findMagnitudes(norm), ...findMultiples(norm)]) {
    if (isAnySet(blocked, f.start, f.end) || isAnySet(taken, f.start, f.end)) continue;
    taken.fill(1, f.start, f.end);
    kept.push({ text: text.slice(f.start, f.end), ...f });
  }
  for (const c of candidates) {
    if (c.end <= c.start || isAnySet(blocked, c.start, c.end) || isAnySet(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    kept.push({ text: text.slice(c.start, c.end), ...c });
  }
  kept.sort((a, b) => a.start - b.start);
  return dropConversions(text, carryNoun(text, shareRate(text, shareCurrency(text, joinUnitRanges(text, joinBounds(text, joinYearsAndMonths(text, kept.map((q) => poundsAsMoney(text, q)))))))));
}

/** Words of pay, prices and deals before a figure: 磅 after them is the pound sterling, as Hong Kong papers write it. */
const POUNDS_MONEY_BEFORE = /(?:轉會費?|转会费?|身價|身价|年薪|週薪|周薪|月薪|薪金|薪酬|工資|工资|罰款|罚款|賠償|赔偿|收購|收购|投資|投资|售價|售价|價值|价值|花費|花费|以|斥資|斥资|耗資|耗资|預算|预算|資助|资助|撥款|拨款)[^，。；,;]{0,6}$/u;

/**
 * 8000萬磅, 以 1 億磅簽入: Hong Kong papers write the pound sterling 磅 (英鎊 in full). Pounds of weight are
 * counted in ones and thousands; a 磅 figure of tens of thousands and more (萬, 億) or after a word of pay or price
 * is money. Plain 7,716 磅 stays a weight.
 */
function poundsAsMoney(text: string, q: Quantity): Quantity {
  if (q.unit !== 'lb' || !q.text.includes('磅')) return q;
  const scaled = /[万萬亿億]\s*磅/u.test(q.text);
  if (!scaled && !POUNDS_MONEY_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start))) return q;
  return { ...q, kind: 'money', currency: 'GBP', unit: null };
}

/** What says a second figure is another estimate of the first: "at least 30 people, possibly 50", 至少30人，也可能50. */
const ANOTHER_ESTIMATE_BETWEEN = /^\s*(?:,|，)?\s*(?:and\s+|or\s+)?(?:possibly|perhaps|maybe|probably|even|也可能|或者|甚至)(?:\s+(?:as\s+many\s+as|more\s+than|up\s+to))?\s*$/iu;

/**
 * "At least 30 people, possibly 50, were killed": the second estimate counts what the first does, though the noun is
 * written once. Only a bare number (no unit of its own) right after a counted figure takes the noun.
 */
function carryNoun(text: string, list: Quantity[]): Quantity[] {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    if (a.kind === 'count' && a.unit !== null && b.kind === 'number' && b.unit === null && b.currency === null &&
        ANOTHER_ESTIMATE_BETWEEN.test(text.slice(a.end, b.start))) {
      list[i] = { ...b, kind: 'count', unit: a.unit };
    }
  }
  return list;
}

/**
 * Whether `b` says the same amount as `a` in another unit, within what a writer's rounding allows (5 %; a degree and
 * a half for temperatures): "10 miles (26 km)" is a wrong conversion, a figure of its own to check.
 */
function sameMeasure(a: Quantity, b: Quantity): boolean {
  return a.value !== null && b.value !== null && sameAmount(a.value, a.unit, b.value, b.unit);
}

/**
 * "3,500 kg (7,716 lb)", "$5m (£4m)", 5亿美元（约合36亿元人民币）: a figure restated in brackets in another unit or
 * currency is the same quantity, a conversion the writer added, not a second claim to check. The first is kept. A
 * restated measure that does not agree with the first (`sameMeasure`) stays: a wrong conversion is a claim to check.
 * Currencies are not compared (their rates change with the day).
 */
function dropConversions(text: string, list: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = out[out.length - 1];
    const b = list[i];
    if (a && b.kind === a.kind && isOnlyConversionOpen(text.slice(a.end, b.start)) && CONVERSION_CLOSE.test(text.slice(b.end)) &&
        (a.kind === 'money'
          ? a.currency !== null && b.currency !== null && a.currency !== b.currency
          : a.kind === 'number' && a.unit !== b.unit && sameDimension(a.unit, b.unit) && sameMeasure(a, b))) {
      continue;
    }
    out.push(b);
  }
  return out;
}

/** What lets two amounts share the currency written after the second: 500万和800万元, 3亿、5亿美元. */
const SHARED_CURRENCY_BETWEEN = /^\s*(?:和|或|或者|及|与|與|、)\s*$/u;

/**
 * 分别捐款500万和800万元: a scaled figure without a unit, joined by 和 / 、 to an amount of money, is in that money's
 * currency (the 元 is written once for both). Only a figure written with a scale word, so a plain count is never
 * turned into money.
 */
function shareCurrency(text: string, list: Quantity[]): Quantity[] {
  for (let i = list.length - 2; i >= 0; i--) {
    const a = list[i];
    const b = list[i + 1];
    if (a.kind === 'number' && a.unit === null && a.per === null && b.kind === 'money' && b.currency !== null &&
        /[万萬亿億]\s*$/u.test(a.text) && SHARED_CURRENCY_BETWEEN.test(text.slice(a.end, b.start))) {
      list[i] = { ...a, kind: 'money', currency: b.currency };
    }
  }
  return list;
}

/** What says the second of two figures is what the first became: 由 2690 元调整为 2800 元, 提高至, "to". */
const CHANGED_TO_BETWEEN =
  /^\s*(?:(?:提高|上调|上調|下调|下調|调整|調整|调高|調高|调低|調低|降低|增加|减少|減少|增|降|升|涨|漲|提升|上涨|上漲|下跌|回落|跌)?(?:至|到|为|為)|to)\s*$/u;

/**
 * 月最低工资由 2690 元调整为 2800 元, 每年不超过 12000 元提高至 16000 元, "from $50 a month to $60": the figure a rate
 * changed to is at that rate too, though the rate is written once, before the first.
 */
function shareRate(text: string, list: Quantity[]): Quantity[] {
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (a.per !== null && b.per === null && a.kind === b.kind && a.kind !== 'date' && a.unit === b.unit &&
        a.currency === b.currency && CHANGED_TO_BETWEEN.test(text.slice(a.end, b.start))) {
      list[i + 1] = { ...b, per: a.per };
    }
  }
  return list;
}

/** What joins two ends of a range each written with its unit: 38℃至40℃, 3天到5天, 5 km–10 km (not "to": see below). */
const UNIT_RANGE_BETWEEN = /^\s*(?:至|到|~|～|-|–|—)\s*$/u;

/**
 * 38℃至40℃, 3公里至5公里: a range whose two ends each carry the same unit is one range, as 38至40℃ is. Money and
 * percentages join their ends as they are read; this is for measures and counts. English "to" is left out: "from 10 km
 * to 20 km" is as often a change as a range.
 */
function joinUnitRanges(text: string, list: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (b && (a.kind === 'number' || a.kind === 'count') && b.kind === a.kind && a.unit !== null && a.unit === b.unit &&
        a.per === b.per && a.valueMax === null && b.valueMax === null && b.approx === null && !a.vague && !b.vague &&
        a.value !== null && b.value !== null && a.value < b.value && UNIT_RANGE_BETWEEN.test(text.slice(a.end, b.start))) {
      out.push({ ...a, text: text.slice(a.start, b.end), end: b.end, valueMax: b.value, approx: 'range' });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** 以上 / 及以上 closing a lower bound, 以下 / 及以下 an upper one (Chinese statutes bound fines and terms both ways). */
const LOWER_BOUND_END = /(?:及)?以上$/u;
const UPPER_BOUND_END = /(?:及)?以下$/u;

/**
 * 处 6 万元以上 30 万元以下罚款, 三年以上七年以下有期徒刑: a lower and an upper bound said back to back are one range,
 * as 6 万至 30 万元 is, not two open-ended figures.
 */
function joinBounds(text: string, list: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (b && a.kind === b.kind && a.kind !== 'date' && a.unit === b.unit && (a.currency === b.currency || b.currency === null) &&
        a.valueMax === null && b.valueMax === null && a.value !== null && b.value !== null && a.value < b.value &&
        LOWER_BOUND_END.test(a.text) && UPPER_BOUND_END.test(b.text) && /^\s*$/.test(text.slice(a.end, b.start))) {
      out.push({ ...a, text: text.slice(a.start, b.end), end: b.end, valueMax: b.value, approx: 'range' });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** 三年六个月, 3年4個月, "three years and six months": one span of time, in months. */
const YEARS_MONTHS_BETWEEN = /^(?:\s*|\s*,?\s+and\s+|零)$/u;
/** The larger and the smaller unit of a span said in two parts, and how many of the smaller make the larger. */
const SPAN_PARTS: [string, string, number][] = [['years', 'months', 12], ['hours', 'minutes', 60]];

/**
 * A prison term or a span said in years and months is one figure (42 months), not two: a checker compares it whole
 * with the sentence handed down, and a translation's "three and a half years" agrees with it only when it is whole.
 */
function joinYearsAndMonths(text: string, list: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    const joinable = (q: Quantity): boolean => q.kind === 'count' && q.value !== null && q.valueMax === null && !q.vague;
    const parts = b ? SPAN_PARTS.find(([big, small]) => a.unit === big && b.unit === small) : undefined;
    if (b && parts && joinable(a) && joinable(b) && b.approx === null &&
        YEARS_MONTHS_BETWEEN.test(text.slice(a.end, b.start)) && (b.value ?? 0) < parts[2]) {
      // 4 小时 30 分钟 is 270 minutes, as three years and six months is 42 months.
      out.push({ ...a, text: text.slice(a.start, b.end), end: b.end, value: (a.value ?? 0) * parts[2] + (b.value ?? 0), unit: parts[1] });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function isAnySet(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return true;
  return false;
}
