/**
 * Dates in Chinese and English news text, resolved to ISO 8601 against the publication date: `10 月 7 日`,
 * `2017年年中`, `去年`, `周三`, `October 7, 2023`, `7 October`, `last year`, `mid-2017`, `2023-10-07`.
 *
 * Decisions (a translator comparing the two sides relies on them being the same in both languages):
 * - Vague parts of a year become a month with `approx: 'about'`: 年初 / early → `-01`, 年中 / mid → `-07` (the
 *   middle of the year, not the month a given event happened), 年底 / 年末 / late / the end of → `-12`.
 * - A decade (`1990 年代`, `1990s`) is ISO's reduced precision `199`.
 * - 上周 / last week is an ISO week (`2023-W43`); a weekday is the latest such day strictly before publication.
 * - Without a publication date, year-less dates use ISO's `--MM-DD` / `--MM`; purely relative ones get `date: null`.
 */
import type { Quantity } from '../model/quantity';
import { parseZhInteger } from './numerals';
import { findDateRanges } from './dateRanges';
import { EN_DAY_OF_MONTH, EN_MONTH, EN_MONTH_NUMBERS, ZH_DAY_OF_MONTH, ZH_HOUNIAN, ZH_MONTH, ZH_YEAR_SHIFT } from './dateWords';
import {
  type Day, isValidDay, isoDay, isoMonth, isoWeek, addDays, resolveMonth, resolveMonthDay, resolveWeekday, shiftMonth,
} from './calendar';
import { tenseAt, weekdayTense } from './tense';

/** A quantity before its text is cut from the original string. */
export type Found = Omit<Quantity, 'text'>;

const ZH_Y = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const ZH_M = ZH_MONTH;
const ZH_D = ZH_DAY_OF_MONTH;
const ZH_PART = '(初|上旬|中旬|下旬|底|末)';
// The patterns below start with a plain character class, not a look-behind: a look-behind at the start is tried at
// every position of a megabyte of text. What may not precede a match is checked in code (`NUM_BEFORE`).
/** 2023年10月7日, 2023年10月, 2017年年中, 2022 年底, 1990 年代, 2011年. */
const ZH_YEARS = new RegExp(
  `${ZH_Y}\\s*财?年(?:\\s*${ZH_M}\\s*月(?:\\s*${ZH_D}\\s*[日号號]|份?(?:\\s*${ZH_PART})?)|\\s*(年初|年中|年底|年末|初|底|末|代))?`, 'gu');
/** 民国112年10月7日: Taiwan's Republic of China years (year 1 is 1912), with the same month, day and part tail. */
const ZH_ROC_YEARS = new RegExp(
  `民[国國]\\s*(\\d{1,3})\\s*年(?:\\s*${ZH_M}\\s*月(?:\\s*${ZH_D}\\s*[日号號]|份?(?:\\s*${ZH_PART})?)|\\s*(年初|年中|年底|年末|初|底|末))?`, 'gu');
/** The Gregorian year of ROC year 1. */
const ROC_YEAR_OFFSET = 1911;
/** 11日 alone (据共同社 11 日报道): a day of the publication month. 号 is left out: 3 号线, 7 号楼. */
const ZH_DAY = new RegExp(`${ZH_D}\\s*日`, 'gu');
/** Words before 三日 / 五日 that make it a span of days (连续三日, 为期五日, 长达七日, 近十日), not a date. */
const SPAN_OF_DAYS_BEFORE = /(?:连续|連續|一连|一連|接连|接連|为期|為期|长达|長達|持续|持續|历时|歷時|近|这|這|那|头|頭|过去|過去|最近|短短|整整)$/u;
/** 本月 3 日, 上个月 20 日. */
const ZH_REL_MONTH_DAY = new RegExp(`(本月|上个月|上個月|上月|下个月|下個月|下月)\\s*${ZH_D}\\s*[日号號]`, 'gu');
/** 20世纪50年代, 90年代, 20世纪. */
const ZH_DECADE = /(?:(\d{2}|二十一|二十|十九)\s*世纪\s*)?(\d0|[一二三四五六七八九]十)\s*年代|(\d{2}|二十一|二十|十九)\s*世纪/gu;
/** 10 月 7 日, 九月, 8 月初. */
const ZH_MONTHS = new RegExp(`${ZH_M}\\s*月(?:\\s*${ZH_D}\\s*[日号號]|份?(?:\\s*${ZH_PART})?)`, 'gu');
const ZH_REL_YEAR_MONTH = new RegExp(
  `(今年|去年|前年|明年|${ZH_HOUNIAN})\\s*${ZH_M}\\s*月(?:\\s*${ZH_D}\\s*[日号號])?(?:份)?(?:\\s*${ZH_PART})?`, 'gu');
const ZH_WEEKDAY = /(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])(?![次遍回趟年])/gu;
const ZH_WEEK_SHIFT = /(上|本|这|這|下)\s*(?:个|個)?$/u;
/** 每到 / 每逢 right before a weekday, or 每周X and a list joined by 及 / 和 / 、 / 或 (每週三及週五): days that recur. */
const ZH_EVERY_BEFORE_WEEKDAY =
  /每\s*(?:到|逢)\s*$|每\s*(?:周|週|星期|礼拜|禮拜)[一二三四五六日天](?:\s*[及和与與、或]\s*(?:周|週|星期|礼拜|禮拜)?[一二三四五六日天])*\s*[及和与與、或]\s*$/u;
/**
 * 前日 is the day before yesterday, as 前天 is: the reading of news copy, where a date is counted from the day the
 * article was written (Hong Kong and some older registers also write 前日 loosely for "the other day"; the figure a
 * checker needs is a day, and the strict one is the one a source can confirm or refute). Its characters often meet
 * by accident: 目前 / 之前 / 此前 / 日前 + 日本, 前 ("former") + 日本首相 / 日相 / 日军 / 日产 (Nissan): a word ending in
 * 前 before it, or a word of Japan after it, makes it no date.
 */
const ZH_QIANRI =
  // The look-behind runs after 前 has matched, not at every position of the text.
  '前(?<![目之以提此当當從从日年月眼面空事战戰会會生向跟先赛賽节節午门門上超史台幕胸身车車窗床阵陣睡饭飯婚考庭堂前]前)日' +
  '(?![本军軍相方籍企产產立经經职職元圆圓媒侨僑裔语語文式系剧劇商资資股韩韓美俄台澳菲朝欧歐]|中(?!午))';
const ZH_RELATIVE = new RegExp(
  `${ZH_QIANRI}|` +
  /今天|今日|今晨|今早|今晚|昨晚|昨夜|昨晨|(?<!过)昨天|昨日|明晚|明早|(?<![目之以提此当從从日年月])前天|明天|明日(?!之|黄|黃|方舟|香)|今年|(?<!过|過)去年|(?<![目之以提此当從从])前年|(?<![说說文光证證表声聲透阐闡])明年(?![度轻輕代])|(?<![此之以其然随隨最前今往而过過先落背日])后年(?![均度龄齡纪紀代])|本月|上个月|上個月|上月|下个月|下個月|下月|本周|上周末|上周|上星期|下周|下星期|这周/u.source,
  'gu',
);
/**
 * 去年底, 今年初, 今年年中, 本月初, 上月中旬: a relative year or month and a part of it, read as the month it points at
 * (approx `about`). 初步 / 初次 / 初级 / 初中 start other words, and 今年中 is as often 今年 + 中国 as mid-year.
 */
const ZH_REL_YEAR_PART =
  /(今年|(?<!过|過)去年|(?<![目之以提此当從从])前年|(?<![说說文光证證表声聲透阐闡])明年|(?<![此之以其然随隨最前今往而过過先落背日])后年(?![均度龄齡纪紀代]))\s*(年初|年中|年底|年末|初(?![步次级級中期始])|底|末(?!期))/gu;
const ZH_REL_MONTH_PART = /(本月|上个月|上個月|上月|下个月|下個月|下月)\s*(初(?![步次级級中期始])|上旬|中旬|下旬|底|末(?!期))/gu;
/** 今（15）日, 昨（14）日: Taiwan's wire copy names the day of the month in brackets after today or yesterday. */
const ZH_DAY_IN_BRACKETS = /(今|昨|明|前)\s*[（(]\s*(\d{1,2})\s*[）)]\s*[日天]/gu;
const DAY_SHIFT_IN_BRACKETS: Record<string, number> = { 今: 0, 昨: -1, 明: 1, 前: -2 };
const ZH_AGO = new RegExp(`(\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(年|个月|個月|周|週|星期|天|日)前`, 'gu');
/** A numeral character right before a match means the match started inside a longer number. */
const NUM_BEFORE = /[\d〇零一二三四五六七八九十两]/u;

const EN_MONTHS = EN_MONTH_NUMBERS;
const MON = EN_MONTH;
const EN_DAY = EN_DAY_OF_MONTH;
const EN_NOT_AMOUNT = '(?![\\d:]|\\s?%|\\s?(?:per|million|billion|thousand|people|percent)\\b)';
/** "Monday, June 3": a weekday named with its date is that date, not the last Monday before publication. */
const EN_WEEKDAY_BEFORE = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
const EN_MONTH_DAY = new RegExp(`\\b${EN_WEEKDAY_BEFORE}${MON}\\s+${EN_DAY}(?:,?\\s+(\\d{4})(?!\\d))?${EN_NOT_AMOUNT}\\b`, 'g');
const EN_DAY_MONTH = new RegExp(`(?<![\\d$€£.,])${EN_WEEKDAY_BEFORE}(?:the\\s+)?\\b${EN_DAY}\\s+(?:of\\s+)?${MON}(?:,?\\s+(\\d{4})(?!\\d))?`, 'g');
/** "in March next year", "May last year": a month of a year relative to publication. */
const EN_MONTH_REL_YEAR =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(next|last|this)\s+year\b/g;
const EN_MONTH_YEAR = new RegExp(`\\b${MON},?\\s+(\\d{4})(?!\\d)`, 'g');
const EN_PART_YEAR =
  /\b(early|mid|late|the end of|end|the start of|the beginning of|the middle of)[\s-]+(?:(\d{4})(?!\d)('?s\b)?|(January|February|March|April|May|June|July|August|September|October|November|December)\b)/gi;
const EN_MONTH_ALONE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
/** "May" is a month only after a word that introduces a date ("in May"), never as the verb ("we may"). */
const MAY_CONTEXT = /\b(?:[Ii]n|[Ss]ince|until|by|[Ll]ast|[Nn]ext|[Tt]his|of|from|through|early|late|mid-?)\s*$/;
const EN_YEAR =
  /(?<![\d$€£,.\/]|[A-Za-z]-)\b(1[5-9]\d\d|20\d\d|21\d\d)(s|'s)?(?![\d%]|,\d|\.\d|\s?(?:per|million|billion|percent|GMT|UTC|hrs|hours|local)\b)/g;
/**
 * "fiscal 2023", "fiscal year 2024", "FY2024", "FY24": a fiscal year is dated by its label, as 2023财年 is. Its months
 * differ by company and country, and the label is what a translation must keep.
 */
// Two digits only after FY or an apostrophe ("FY24", "fiscal '24"): "fiscal 20 billion" is no year.
const EN_FISCAL_YEAR = /\b(?:[Ff]iscal(?:\s+[Yy]ear)?\s+(?:['’](\d{2})|(1[5-9]\d\d|20\d\d|21\d\d))|FY\s?['’]?(?:(\d{2})|(1[5-9]\d\d|20\d\d|21\d\d)))(?![\d%]|[-–\/.]\d)/g;
// Russell 2000, Forbes Global 2000: a stock index and a list of companies.
const EN_YEAR_NAME_BEFORE = /\b(?:Vision|Agenda|Horizon|Project|Expo|Windows|Office|Strategy|Mission|Russell|Global|Fortune|Forbes)\s$/;
const EN_WEEKDAY = /\b(?:([Ll]ast|[Tt]his|[Nn]ext)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const EN_RELATIVE = /(?<!USA\s)\b(today|yesterday|tomorrow|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:last|this|next)\s+(?:year|month|week))\b/gi;
/**
 * "earlier this month", "later this year", "late last year", "the end of the month", "early next week": a relative
 * period with a part of it. A year's part is its month (as "late 2023" is); a month or a week stays itself. All are
 * approximate.
 */
const EN_REL_PART =
  /\b(earlier|later|early|late|mid|the end of|end of|the start of|the beginning of|the middle of)[\s-]+(this|last|next|the)\s+(year|month|week)\b/gi;
const EN_AGO =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(year|month|week|day)s?\s+ago\b/gi;
const NUMERIC_YMD = /(?<![\d.\/-])(\d{4})([-\/.])(\d{1,2})\2(\d{1,2})(?![\d.\/-]?\d)/g;
const NUMERIC_MDY = /(?<![\d.\/-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g;

const YEAR_SHIFT = ZH_YEAR_SHIFT;
const PART_MONTH: Record<string, number> = {
  年初: 1, 初: 1, early: 1, 'the start of': 1, 'the beginning of': 1, 年中: 7, mid: 7, 'the middle of': 7,
  年底: 12, 年末: 12, 底: 12, 末: 12, late: 12, 'the end of': 12, end: 12,
};
const SMALL_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const ZH_WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const EN_WEEKDAYS: Record<string, number> = {
  Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6, Sunday: 7,
};

function zhNum(s: string): number {
  return /^\d+$/.test(s) ? +s : (parseZhInteger(s) ?? NaN);
}

function plausibleYear(y: number): boolean {
  return y >= 1000 && y <= 2199;
}

function date(start: number, end: number, iso: string | null, approx: Quantity['approx'] = null): Found {
  return { start, end, kind: 'date', value: null, valueMax: null, currency: null, unit: null, per: null, approx, date: iso };
}

/** Every date in width-folded `text` (overlapping candidates included; the caller keeps the longest). */
export function findDates(text: string, anchor: Day | null, lang: 'zh' | 'en'): Found[] {
  const out: Found[] = [];
  // Chinese patterns cost a pass each over the text: skip them for text without a single Han character.
  if (/[\u4e00-\u9fff]/.test(text)) findZhDates(text, anchor, out);
  findEnDates(text, anchor, lang, out);
  // A range (12月12日至14日, Dec. 12-14) is longer than either of its ends, so the merge keeps it whole.
  out.push(...findDateRanges(text, anchor));
  return out;
}

function findZhDates(text: string, anchor: Day | null, out: Found[]): void {
  const push = (m: RegExpExecArray, iso: string | null, approx: Quantity['approx'] = null): void => {
    out.push(date(m.index, m.index + m[0].length, iso, approx));
  };
  const numBefore = (m: RegExpExecArray): boolean => NUM_BEFORE.test(text[m.index - 1] ?? '');
  const pushYear = (m: RegExpExecArray, y: number): void => {
    if (m[3]) {
      const day = { y, m: zhNum(m[2]), d: zhNum(m[3]) };
      if (isValidDay(day)) push(m, isoDay(day));
    } else if (m[2]) {
      const mo = zhNum(m[2]);
      if (mo >= 1 && mo <= 12) push(m, isoMonth(y, mo), m[4] ? 'about' : null);
    } else if (m[5] === '代') push(m, String(Math.floor(y / 10)));
    else if (m[5]) push(m, isoMonth(y, PART_MONTH[m[5]]), 'about');
    else push(m, String(y));
  };
  for (const m of text.matchAll(ZH_YEARS)) {
    if (numBefore(m)) continue;
    const y = zhNum(m[1]);
    if (plausibleYear(y)) pushYear(m, y);
  }
  for (const m of text.matchAll(ZH_ROC_YEARS)) {
    const y = ROC_YEAR_OFFSET + Number(m[1]);
    if (plausibleYear(y)) pushYear(m, y);
  }
  for (const m of text.matchAll(ZH_REL_YEAR_MONTH)) {
    if (!anchor) {
      push(m, null);
      continue;
    }
    const y = anchor.y + YEAR_SHIFT[m[1]];
    const mo = zhNum(m[2]);
    const day = m[3] ? { y, m: mo, d: zhNum(m[3]) } : null;
    if (day) {
      if (isValidDay(day)) push(m, isoDay(day));
    } else if (mo >= 1 && mo <= 12) push(m, isoMonth(y, mo), m[4] ? 'about' : null);
  }
  for (const m of text.matchAll(ZH_MONTHS)) {
    // 三个月 never matches (个 sits between); 每月 / 上月 are not month names; 月亮 / 月球 are the moon.
    if (numBefore(m) || /[个個每上下本]/u.test(text[m.index - 1] ?? '')) continue;
    if (m[2]) {
      const iso = resolveMonthDay(zhNum(m[1]), zhNum(m[2]), anchor, tenseAt(text, m.index, m.index + m[0].length));
      if (iso) push(m, iso);
    } else if (!/[亮球光饼餅]/u.test(text[m.index + m[0].length] ?? '')) {
      const iso = resolveMonth(zhNum(m[1]), anchor, tenseAt(text, m.index, m.index + m[0].length));
      if (iso) push(m, iso, m[3] ? 'about' : null);
    }
  }
  for (const m of text.matchAll(ZH_REL_MONTH_DAY)) {
    if (!anchor) {
      push(m, null);
      continue;
    }
    const [y, mo] = shiftMonth(anchor, m[1] === '本月' ? 0 : m[1].startsWith('上') ? -1 : 1).split('-').map(Number);
    const day = { y, m: mo, d: zhNum(m[2]) };
    if (isValidDay(day)) push(m, isoDay(day));
  }
  for (const m of text.matchAll(ZH_DAY)) {
    const prev = text[m.index - 1] ?? '';
    // 月 before it was read with the month; 日元 / 日本 after it are not days.
    const next = text[m.index + m[0].length] ?? '';
    if (numBefore(m) || /[月个個第每今昨前明翌]/u.test(prev) || /[元圆圓本]/u.test(next)) continue;
    // 连续三日, 为期五日, 长达七日: a span of days in words, not a day of the month.
    if (!/\d/.test(m[1]) && SPAN_OF_DAYS_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const d = zhNum(m[1]);
    if (!anchor) continue;
    const month = d > anchor.d ? shiftMonth(anchor, -1) : shiftMonth(anchor, 0);
    const [y, mo] = month.split('-').map(Number);
    if (isValidDay({ y, m: mo, d })) push(m, isoDay({ y, m: mo, d }));
  }
  for (const m of text.matchAll(ZH_DECADE)) {
    if (numBefore(m)) continue;
    const century = m[1] ?? m[3];
    const c = century ? zhNum(century) : null;
    if (m[2]) {
      const decade = zhNum(m[2]);
      // Without a century, 50年代 is the 1950s and 10年代 the 2010s.
      const base = c !== null ? (c - 1) * 100 : decade >= 30 ? 1900 : 2000;
      push(m, String((base + decade) / 10));
    } else if (c !== null && c >= 1 && c <= 22) push(m, String(c - 1).padStart(2, '0'));
  }
  for (const m of text.matchAll(ZH_WEEKDAY)) {
    const i = m.index;
    const shiftWord = ZH_WEEK_SHIFT.exec(text.slice(Math.max(0, i - 3), i));
    const lead = shiftWord ? shiftWord[0].length : 0;
    // 每周一 (every Monday), 一周三次 (three times a week): not a day; nor 每到周六 / 每逢周日, nor the days listed
    // after an "every" (每週三及週五, 每周一、三和周五).
    if (/[每一二两三四五六七八九十几\d]/u.test(text[i - lead - 1] ?? '')) continue;
    if (lead === 0 && ZH_EVERY_BEFORE_WEEKDAY.test(text.slice(Math.max(0, i - 24), i))) continue;
    const shift = shiftWord?.[1] === '上' ? -1 : shiftWord?.[1] === '下' ? 1 : shiftWord ? 0 : null;
    out.push(date(i - lead, i + m[0].length, resolveWeekday(ZH_WEEKDAYS[m[1]], anchor, shift, weekdayTense(text, i - lead, i + m[0].length))));
  }
  for (const m of text.matchAll(ZH_RELATIVE)) push(m, relativeZh(m[0], anchor));
  for (const m of text.matchAll(ZH_DAY_IN_BRACKETS)) {
    // 今（15）日: the bracket names the day of the month; it is read, as 15 日 alone is, as the latest such day up to
    // the relative day (which it confirms when they agree).
    if (!anchor) continue;
    const near = addDays(anchor, DAY_SHIFT_IN_BRACKETS[m[1]]);
    const d = +m[2];
    const [y, mo] = shiftMonth(near, d > near.d ? -1 : 0).split('-').map(Number);
    if (isValidDay({ y, m: mo, d })) push(m, isoDay({ y, m: mo, d }));
  }
  for (const m of text.matchAll(ZH_REL_YEAR_PART)) {
    const y = anchor ? anchor.y + YEAR_SHIFT[m[1]] : null;
    push(m, y === null ? null : isoMonth(y, PART_MONTH[m[2]]), 'about');
  }
  for (const m of text.matchAll(ZH_REL_MONTH_PART)) {
    push(m, relativeZh(m[1], anchor), 'about');
  }
  for (const m of text.matchAll(ZH_AGO)) {
    if (numBefore(m)) continue;
    const n = zhNum(m[1]);
    const unit = m[2] === '年' ? 'year' : m[2].endsWith('月') ? 'month' : /^[天日]$/u.test(m[2]) ? 'day' : 'week';
    if (n > 0) push(m, anchor ? agoDate(anchor, n, unit) : null);
  }
}

function findEnDates(text: string, anchor: Day | null, lang: 'zh' | 'en', out: Found[]): void {
  const push = (m: RegExpExecArray, iso: string | null, approx: Quantity['approx'] = null): void => {
    out.push(date(m.index, m.index + m[0].length, iso, approx));
  };
  for (const m of text.matchAll(EN_MONTH_DAY)) {
    const mo = EN_MONTHS[m[1].toLowerCase()];
    const d = +m[2];
    if (m[3]) {
      const day = { y: +m[3], m: mo, d };
      if (isValidDay(day)) push(m, isoDay(day));
    } else {
      const iso = resolveMonthDay(mo, d, anchor, tenseAt(text, m.index, m.index + m[0].length));
      if (iso) push(m, iso);
    }
  }
  for (const m of text.matchAll(EN_DAY_MONTH)) {
    const mo = EN_MONTHS[m[2].toLowerCase()];
    const d = +m[1];
    const full = m[3] ? { y: +m[3], m: mo, d } : null;
    const iso = full ? (isValidDay(full) ? isoDay(full) : null) : resolveMonthDay(mo, d, anchor, tenseAt(text, m.index, m.index + m[0].length));
    if (iso) push(m, iso);
  }
  for (const m of text.matchAll(EN_MONTH_REL_YEAR)) {
    const shift = m[2] === 'next' ? 1 : m[2] === 'last' ? -1 : 0;
    push(m, anchor ? isoMonth(anchor.y + shift, EN_MONTHS[m[1].toLowerCase()]) : null);
  }
  for (const m of text.matchAll(EN_MONTH_YEAR)) {
    if (plausibleYear(+m[2])) push(m, isoMonth(+m[2], EN_MONTHS[m[1].toLowerCase()]));
  }
  for (const m of text.matchAll(EN_PART_YEAR)) {
    const part = PART_MONTH[m[1].toLowerCase()];
    // "the early 2000s" is the decade, roughly.
    if (m[2] && m[3]) push(m, String(Math.floor(+m[2] / 10)), 'about');
    else if (m[2]) push(m, isoMonth(+m[2], part), 'about');
    else {
      const mo = EN_MONTHS[m[4].toLowerCase()];
      push(m, resolveMonth(mo, anchor, tenseAt(text, m.index, m.index + m[0].length)), 'about');
    }
  }
  for (const m of text.matchAll(EN_MONTH_ALONE)) {
    if (m[1] === 'May' && !MAY_CONTEXT.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    push(m, resolveMonth(EN_MONTHS[m[1].toLowerCase()], anchor, tenseAt(text, m.index, m.index + m[0].length)));
  }
  if (lang === 'en') {
    for (const m of text.matchAll(EN_YEAR)) {
      // Vision 2030, Agenda 2063, Windows 2000: a year in a name is no date to check.
      if (EN_YEAR_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const y = +m[1];
      push(m, m[2] === 's' ? String(Math.floor(y / 10)) : String(y));
    }
  }
  for (const m of text.matchAll(EN_FISCAL_YEAR)) {
    const short = m[1] ?? m[3];
    push(m, short !== undefined ? String(2000 + +short) : (m[2] ?? m[4]));
  }
  for (const m of text.matchAll(EN_WEEKDAY)) {
    const rel = m[1]?.toLowerCase();
    const shift = rel === 'last' ? -1 : rel === 'next' ? 1 : rel === 'this' ? 0 : null;
    push(m, resolveWeekday(EN_WEEKDAYS[m[2]], anchor, shift, weekdayTense(text, m.index, m.index + m[0].length)));
  }
  for (const m of text.matchAll(EN_RELATIVE)) push(m, relativeEn(m[1].toLowerCase().replace(/\s+/g, ' '), anchor));
  for (const m of text.matchAll(EN_REL_PART)) {
    const part = m[1].toLowerCase().replace(/\s+/g, ' ');
    const which = m[2].toLowerCase() === 'the' ? 'this' : m[2].toLowerCase();
    const period = m[3].toLowerCase();
    const whole = relativeEn(`${which} ${period}`, anchor);
    const month = period === 'year' && whole !== null ? PART_MONTH[part.replace(/^end of$/, 'the end of')] : undefined;
    push(m, month !== undefined && whole !== null ? isoMonth(+whole, month) : whole, 'about');
  }
  for (const m of text.matchAll(EN_AGO)) {
    const n = SMALL_WORDS[m[1].toLowerCase()] ?? +m[1];
    push(m, anchor ? agoDate(anchor, n, m[2].toLowerCase()) : null);
  }
  for (const m of text.matchAll(NUMERIC_YMD)) {
    const day = { y: +m[1], m: +m[3], d: +m[4] };
    if (plausibleYear(day.y) && isValidDay(day)) push(m, isoDay(day));
  }
  for (const m of text.matchAll(NUMERIC_MDY)) {
    // Ambiguous a/b/yyyy is read the American way (month first) unless the first part cannot be a month.
    const a = +m[1];
    const b = +m[2];
    const day = a > 12 ? { y: +m[3], m: b, d: a } : { y: +m[3], m: a, d: b };
    if (isValidDay(day)) push(m, isoDay(day));
  }
}

function relativeZh(word: string, anchor: Day | null): string | null {
  if (!anchor) return null;
  switch (word) {
    case '今天': case '今日': case '今晨': case '今早': case '今晚': return isoDay(anchor);
    case '昨天': case '昨日': case '昨晚': case '昨夜': case '昨晨': return isoDay(addDays(anchor, -1));
    case '明晚': case '明早': return isoDay(addDays(anchor, 1));
    case '前天': case '前日': return isoDay(addDays(anchor, -2));
    // 明日 is Hong Kong's and formal copy's tomorrow (not 明日之星, 明日黄花).
    case '明天': case '明日': return isoDay(addDays(anchor, 1));
    case '今年': return String(anchor.y);
    case '去年': return String(anchor.y - 1);
    case '前年': return String(anchor.y - 2);
    case '明年': return String(anchor.y + 1);
    case '后年': return String(anchor.y + 2);
    case '本月': return shiftMonth(anchor, 0);
    case '上月': case '上个月': case '上個月': return shiftMonth(anchor, -1);
    case '下月': case '下个月': case '下個月': return shiftMonth(anchor, 1);
    case '本周': case '这周': return isoWeek(anchor);
    case '上周': case '上周末': case '上星期': return isoWeek(addDays(anchor, -7));
    case '下周': case '下星期': return isoWeek(addDays(anchor, 7));
    default: return null;
  }
}

function relativeEn(phrase: string, anchor: Day | null): string | null {
  if (!anchor) return null;
  switch (phrase) {
    case 'today': return isoDay(anchor);
    case 'yesterday': return isoDay(addDays(anchor, -1));
    case 'tomorrow': return isoDay(addDays(anchor, 1));
    // As 前天 / 前日 and 后天: two days from the written day.
    case 'the day before yesterday': return isoDay(addDays(anchor, -2));
    case 'the day after tomorrow': return isoDay(addDays(anchor, 2));
    case 'this year': return String(anchor.y);
    case 'last year': return String(anchor.y - 1);
    case 'next year': return String(anchor.y + 1);
    case 'this month': return shiftMonth(anchor, 0);
    case 'last month': return shiftMonth(anchor, -1);
    case 'next month': return shiftMonth(anchor, 1);
    case 'this week': return isoWeek(anchor);
    case 'last week': return isoWeek(addDays(anchor, -7));
    case 'next week': return isoWeek(addDays(anchor, 7));
    default: return null;
  }
}

function agoDate(anchor: Day, n: number, unit: string): string {
  switch (unit) {
    case 'year': return String(anchor.y - n);
    case 'month': return shiftMonth(anchor, -n);
    case 'week': return isoWeek(addDays(anchor, -7 * n));
    default: return isoDay(addDays(anchor, -n));
  }
}
