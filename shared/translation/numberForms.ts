/**
 * Figures the number check reads beside the claims quantity finder, because a translation writes them in a form that
 * finder does not cover (and a claim rarely rests on): times of day (17 时 27 分 / "5:27 p.m."), race times (2 小时 6
 * 分 12 秒 / "2:06:12"), "No. 5", "the 19th century", spelled-out English numbers ("five of them"), 4 厘 for a 4%
 * interest rate, and the ranges English writes as two figures ("from 8 to 15 C"). Each is a `Quantity` like the
 * finder's, so the check compares and describes them the same way; a form's span replaces the finder's figures inside
 * it (17 and 27 are not two numbers of 17 时 27 分).
 */
import { foldWidth } from '../claims/numerals';
import type { Quantity } from '../model/quantity';

/** What kind of figure a form is, beyond the finder's: a time of day or a duration compare only with their own kind. */
export type FormClass = 'time' | 'duration' | 'amount' | 'date' | 'percent';

/** One figure read from a form the finder does not cover. */
export interface FormQuantity {
  q: Quantity;
  cls: FormClass;
  /** A time of day written without a.m./p.m. or 上午/下午: it agrees with the same time twelve hours away. */
  halfDay?: boolean;
  /** Spelled out in words: compared when both sides agree, never reported on its own. */
  spelled?: boolean;
  /** Read only where the finder found nothing ("No. 5", "five"); other forms replace the finder's figures. */
  fillOnly?: boolean;
  /** A figure that names rather than measures (an ordinal, "No. 5"): it agrees only when equal, never by rounding. */
  exact?: boolean;
}

function quantity(text: string, start: number, kind: Quantity['kind'], value: number | null, unit: string | null, date: string | null = null): Quantity {
  return { text, start, end: start + text.length, kind, value, valueMax: null, currency: null, unit, per: null, approx: null, date };
}

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 0-99 written with digits (half or full width) or Chinese numerals (十二, 二十三, 半 = 30 for minutes); NaN otherwise. */
function zhSmallNumber(s: string): number {
  const ascii = foldWidth(s);
  if (/^\d+$/u.test(ascii)) return Number(ascii);
  if (s === '半') return 30;
  const m = /^([一二两兩三四五六七八九]?)(十?)([零〇一二三四五六七八九]?)$/u.exec(s);
  if (!m || (!m[2] && !m[1] && !m[3])) return Number.NaN;
  if (!m[2]) return m[1] && m[3] ? Number.NaN : ZH_DIGIT[m[1] || m[3]];
  return (m[1] ? ZH_DIGIT[m[1]] : 1) * 10 + (m[3] ? ZH_DIGIT[m[3]] : 0);
}

const ZH_NUM = '[0-9０-９]{1,2}|[零〇一二两兩三四五六七八九十]{1,3}';
const ZH_AFTERNOON = /^(?:下午|晚上|晚间|晚間|傍晚|夜间|夜間|深夜|晚)$/u;
/**
 * 17 时 27 分, 下午 3 時 30 分, 晚间 8 时, 十點, 三点半. 点/點 needs a time word around it (a part of the day before, 分,
 * 半 or 钟 after), since 37000 点 is an index level.
 */
const ZH_TIME = new RegExp(
  `(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間|深夜|晚)?\\s*(?<![0-9０-９.．])(${ZH_NUM})\\s*([时時点點])(?:\\s*(${ZH_NUM}|半)\\s*(分(?!之)|(?<=半)))?(钟|鐘)?`,
  'gu',
);
const ZH_DURATION = /(?<![0-9.])(\d+)\s*(?:个|個)?(?:小时|小時)\s*(\d{1,2})\s*分(?:钟|鐘)?\s*(?:(\d{1,2}(?:\.\d+)?)\s*秒)?|(?<![0-9.])(\d+)\s*分(?:钟|鐘)?\s*(\d{1,2}(?:\.\d+)?)\s*秒/gu;

function zhForms(text: string): FormQuantity[] {
  const out: FormQuantity[] = [];
  for (const m of text.matchAll(ZH_DURATION)) {
    const seconds = m[1] !== undefined ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : Number(m[4]) * 60 + Number(m[5]);
    out.push({ q: quantity(m[0], m.index, 'number', seconds, 'duration'), cls: 'duration' });
  }
  for (const m of text.matchAll(ZH_TIME)) {
    const [whole, part, hourText, mark, minuteText, minuteMark, clock] = m;
    const isPoint = mark === '点' || mark === '點';
    // 十點 in words is a time; 37000 点 in digits an index level, unless a time word says otherwise.
    if (isPoint && !part && minuteMark === undefined && !clock && /[0-9０-９]/u.test(hourText)) continue;
    let hour = zhSmallNumber(hourText);
    const minute = minuteText ? zhSmallNumber(minuteText) : 0;
    if (!(hour <= 24) || !(minute < 60)) continue;
    if (part && ZH_AFTERNOON.test(part) && hour < 12) hour += 12;
    if (part === '中午' && hour < 6) hour += 12;
    if (part === '凌晨' && hour === 12) hour = 0;
    const start = m.index + whole.indexOf(hourText);
    const spanText = text.slice(start, m.index + whole.length);
    out.push({ q: quantity(spanText, start, 'number', hour * 60 + minute, 'time'), cls: 'time', halfDay: !part && hour <= 12, spelled: !/[0-9０-９]/u.test(hourText) });
  }
  // 第 22 分钟, 第三年, 第 71 屆: an ordinal is its number ("the 22nd minute").
  for (const m of text.matchAll(new RegExp(`第\\s*([0-9０-９]+|[一二三四五六七八九十百]+)`, 'gu'))) {
    const value = /^[0-9０-９]+$/u.test(m[1]) ? Number(foldWidth(m[1])) : zhSmallNumber(m[1]);
    if (Number.isFinite(value)) out.push({ q: quantity(m[0], m.index, 'number', value, null), cls: 'amount', fillOnly: true, exact: true, spelled: !/[0-9０-９]/u.test(m[1]) });
  }
  // 第 5 号台风, 5 号泊位: a number by which a thing is called ("No. 5").
  for (const m of text.matchAll(/(?<![0-9.])(\d+)\s*[号號](?![线線])/gu)) {
    out.push({ q: quantity(m[0], m.index, 'number', Number(m[1]), null), cls: 'amount', fillOnly: true, exact: true });
  }
  // 按揭利率 4 厘 / 年息 3 厘: in an interest rate 厘 is a percentage point.
  if (/利率|利息|息率|按息|年息|按揭|利息/u.test(text)) {
    for (const m of text.matchAll(/(?<![0-9.])(\d+(?:\.\d+)?)\s*厘/gu)) {
      out.push({ q: { ...quantity(m[0], m.index, 'percent', Number(m[1]), '%') }, cls: 'percent' });
    }
  }
  return out;
}

const EN_WORD_NUMBERS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_TIME = /\b(\d{1,2})(?::([0-5]\d))?\s*([ap])\.?\s?m\b\.?|\b([01]?\d|2[0-3]):([0-5]\d)\b(?!:\d)/giu;
const EN_DURATION = /\b(?:(\d{1,2}):)?(\d{1,2}):(\d{2}(?:\.\d+)?)\b/gu;

function enForms(text: string): FormQuantity[] {
  const out: FormQuantity[] = [];
  for (const m of text.matchAll(EN_DURATION)) {
    if (m[1] === undefined && !/\.\d/u.test(m[3])) continue; // 5:27 is a time of day; 4:05.3 a race time
    const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    out.push({ q: quantity(m[0], m.index, 'number', seconds, 'duration'), cls: 'duration' });
  }
  for (const m of text.matchAll(EN_TIME)) {
    if (out.some((f) => f.q.start <= m.index && m.index < f.q.end)) continue;
    if (m[3] !== undefined) {
      let hour = Number(m[1]);
      if (hour < 1 || hour > 12) continue;
      if (m[3].toLowerCase() === 'p' && hour < 12) hour += 12;
      if (m[3].toLowerCase() === 'a' && hour === 12) hour = 0;
      out.push({ q: quantity(m[0], m.index, 'number', hour * 60 + Number(m[2] ?? 0), 'time'), cls: 'time' });
    } else {
      const hour = Number(m[4]);
      out.push({ q: quantity(m[0], m.index, 'number', hour * 60 + Number(m[5]), 'time'), cls: 'time', halfDay: hour <= 12 });
    }
  }
  for (const m of text.matchAll(/\b(?:No|Nos|no)\.\s?(\d+)\b/gu)) {
    out.push({ q: quantity(m[0], m.index, 'number', Number(m[1]), null), cls: 'amount', fillOnly: true, exact: true });
  }
  // "the 19th century" is the 1800s, as 19 世纪 reads.
  for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)[\s-]century\b/giu)) {
    out.push({ q: quantity(m[0], m.index, 'date', null, null, String(Number(m[1]) - 1).padStart(2, '0')), cls: 'date' });
  }
  // "September's figure": a month the finder leaves alone, compared by month only (the year is not written).
  for (const m of text.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December)(?=['’]s\b)/gu)) {
    const month = String(MONTHS.indexOf(m[1]) + 1).padStart(2, '0');
    out.push({ q: quantity(m[1], m.index, 'date', null, null, `0000-${month}`), cls: 'date', spelled: true, fillOnly: true });
  }
  for (const m of text.matchAll(/\b(\d+)(?:st|nd|rd|th)\b(?![\s-]century)/gu)) {
    out.push({ q: quantity(m[0], m.index, 'number', Number(m[1]), null), cls: 'amount', fillOnly: true, exact: true });
  }
  // "Thirty-two", "forty five": tens and units in words.
  for (const m of text.matchAll(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?\b/giu)) {
    const value = EN_TENS[m[1].toLowerCase()] + (m[2] ? EN_WORD_NUMBERS[m[2].toLowerCase()] ?? 1 : 0);
    out.push({ q: quantity(m[0], m.index, 'number', value, null), cls: 'amount', spelled: true, fillOnly: true });
  }
  for (const m of text.matchAll(/\b[A-Za-z]+\b/gu)) {
    if (out.some((f) => f.q.start <= m.index && m.index < f.q.end)) continue;
    const value = EN_WORD_NUMBERS[m[0].toLowerCase()];
    if (value !== undefined) out.push({ q: quantity(m[0], m.index, 'number', value, null), cls: 'amount', spelled: true, fillOnly: true });
  }
  return out;
}

/** The figures of `text` in the forms above, in reading order. */
export function findNumberForms(text: string, lang: 'zh' | 'en'): FormQuantity[] {
  return (lang === 'zh' ? zhForms(text) : enForms(text)).sort((a, b) => a.q.start - b.q.start);
}

/** Whether two spans overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
