/**
 * Reads the publication date of an article's metadata line. The corpora write it many ways
 * (`11/3/2023 6:22 AM UTC`, `2020-08-14 08:08`, `2023年11月3日 14:05`); a date without a zone is taken as UTC,
 * because the sites these articles come from stamp their pages in UTC.
 */

export interface FoundDate {
  /** ISO 8601 UTC with seconds, e.g. `2023-11-03T06:22:00Z`. */
  iso: string;
  /**
   * The calendar day as written, in the zone the date names (`2023-11-03` for `2023年11月3日 07:30 北京时间`, whose
   * `iso` is 2023-11-02T23:30:00Z): the day the article was written on, which relative dates (昨天, last year) count from.
   */
  day: string;
  /** Where the date (with its time and zone) sits in the searched string. */
  start: number;
  end: number;
}

// An offset after UTC/GMT is tried before UTC alone (`UTC+8` was read as UTC with `+8` left over). A zone may stand
// in brackets after the time (`凌晨2:15（北京时间）`, `6:22 PM (EST)`). The two-letter US zones (ET, PT) count only
// when no Chinese follows (`14:30 CT新闻` names a channel).
const ZONE = String.raw`(?:\s*[（(]?\s*(?<zone>(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|UTC|GMT|Z|[+-]\d{2}:?\d{2}|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|HKT|SGT|CET|CEST|MEZ|MESZ|EET|EEST|WET|WEST|MSK|BST|JST|KST|AEST|AEDT|NZST|NZDT|(?:ET|CT|MT|PT)(?![\u3400-\u9fff])|北京时间|北京時間|台北时间|台北時間|台湾时间|台灣時間|香港时间|香港時間)(?![A-Za-z])[）)]?)?`;
/**
 * Chinese writes the part of the day before the time (`2023年11月3日 下午6:22`, `晚上9点05分`), and often no space
 * between the date and the time (`2023年11月3日18:22`).
 */
const DAY_PART = '上午|早上|早晨|清晨|凌晨|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間';
/**
 * After a Chinese hour (`12点`, `9時`), no Han character that makes a word of it: `12点赞` is twelve likes, `3点击`
 * three clicks, `18時報` a newspaper; only what goes on with a time (`3点钟`, `9点整`, `10时许`, `8点多`) may follow.
 */
const NOT_A_WORD = String.raw`(?!(?![钟鐘整许許多左前后後起开開在到至时時])[\u3400-\u9fff])`;
/**
 * A clock: `14:30`, `6:22 PM`, `14:30:05.123`, Chinese `18时05分` / `9点`, and the French and Quebec `14h30` / `14 h 30`
 * (two digits after the `h`, so `24h` or `7h` news is not a time).
 */
const CLOCK = String.raw`(?<hour>\d{1,2})(?:[:：](?<minute>\d{2})(?:[:：](?<second>\d{2})(?:\.\d{1,9})?)?(?:\s*(?<ampm>[AaPp])\.?[Mm]\.?)?|[时時点點](?:(?<minutes>\d{1,2})分|(?<half>半))?${NOT_A_WORD}|\s?h\s?(?<minutesH>[0-5]\d)(?!\d))`;
/**
 * What may stand between a date and its time besides white space: a separator the line also uses between its other
 * fields (`2024-05-14 | 14:30 | 王小明`, `2024-05-14 · 14:30`, Reuters' `Nov 3, 2023 / 6:22 PM / Updated …`).
 */
const FIELD_SEPARATOR = String.raw`(?:\s*[|｜·•]\s*|\s+[/／]\s+)`;
/**
 * A weekday between the date and the time: `2023年11月3日 星期五 18:22`, `2023年11月3日（星期五）下午6:22`, Taiwan's
 * short form `2023/11/3（五）18:22`, and the Japanese one in brackets: `2023年11月3日(金) 18:22`, `11月3日（金曜日）`.
 */
const WEEKDAY = String.raw`(?:\s*[（(]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][）)]?|\s*[（(][一二三四五六日天][）)]|\s*[（(][月火水木金土日](?:曜日?)?[）)])`;
const TIME = String.raw`(?:${WEEKDAY}?(?:${FIELD_SEPARATOR}|[ \tT\u00a0\u3000]+|\s*(?=${DAY_PART})|(?<=[日号）)]))(?:(?<dayPart>${DAY_PART})\s*)?${CLOCK})?`;

/** English month names and their usual abbreviations (`Sept.` too), as English-language sources write dates. */
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** French month names, day first (`14 mai 2024 à 14h30`, `1er févr. 2024`), as French-language wires write dates. */
const FRENCH_MONTH = String.raw`(janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?`;
const FRENCH_MONTHS = ['jan', 'fé', 'mar', 'av', 'mai', 'juin', 'juil', 'ao', 'se', 'oc', 'no', 'dé'];
/** The month a French name stands for (1-12). */
function frenchMonth(name: string): number {
  const n = name.toLowerCase().replace('fe', 'fé').replace('de', 'dé');
  return FRENCH_MONTHS.findIndex((start) => n.startsWith(start)) + 1;
}
/**
 * A clock with a dot, as British papers write it after a date (`Fri 3 Nov 2023 18.22 GMT`, the Guardian; `6.22pm`):
 * only before a zone, am/pm or the end, so `3 Nov 2023 18.5%` is no time.
 */
const DOT_CLOCK = String.raw`(?<hourDot>\d{1,2})\.(?<minuteDot>[0-5]\d)(?!\d)(?:\s*(?<ampmDot>[AaPp])\.?[Mm]\.?)?(?=\s*(?:GMT|BST|UTC|CET|CEST|[（(]|$))`;
/** A time after an English date may follow a comma or "at": `Nov 3, 2023, 6:22 AM`, `3 November 2023 at 14:05`. */
const NAMED_TIME = String.raw`(?:(?:${FIELD_SEPARATOR}|,?\s*(?:(?:at|à)\s+)?)${CLOCK}|,?\s+${DOT_CLOCK})?`;

/** A 12-hour clock (with its zone) and a weekday before a date: `9:30 PM EST, Fri ` in `9:30 PM EST, Fri February 19, 2021`. */
const CLOCK_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?<hour>\d{1,2}):(?<minute>\d{2})\s*(?<ampm>[AaPp])\.?[Mm]\.?` +
    ZONE +
    String.raw`[\s,]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?$`,
);

/**
 * A zone named right before a date (`北京时间 2023年11月3日`, `台北時間：2024-01-13`, `GMT+8 2024/01/13`, `美东时间`).
 * Any `…时间` of two to four characters is a zone's label (当地时间, local time, has no offset we can know: the clock
 * is kept as written), never part of a name.
 */
const ZONE_BEFORE = /(?<zone>\p{Script=Han}{2,4}(?:时间|時間)|(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?)[\s:：]*$/u;

type Order = 'mdy' | 'ymd' | 'dmy' | 'Mdy' | 'dMy' | 'dFy' | 'roc' | 'hanzi' | 'mdyy' | 'dMyy';

/** Chinese numerals as dates write them: digit by digit for the year (二〇二三, 二零二三), 十 for tens (十一月, 二十三日). */
const HAN_DIGIT = '〇○零一二三四五六七八九';
const HAN_NUMBER = `[${HAN_DIGIT}十]`;

/** The value of a Chinese numeral: digit by digit (二〇二三 = 2023), or with 十 (十一 = 11, 二十 = 20, 三十一 = 31). */
function hanNumber(written: string): number {
  // 〇, ○ and 零 are all zero; 一 to 九 follow them.
  const digit = (c: string): number => Math.max(0, HAN_DIGIT.indexOf(c) - 2);
  if (!written.includes('十')) return +[...written].map((c) => String(digit(c))).join('');
  const [tens, units] = written.split('十');
  return (tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0);
}

/**
 * A two-digit year (`11/3/23`, `14-Aug-20`): 2000-2069 below 70, 1970-1999 from 70 (the POSIX rule), so no news date
 * of the last fifty years is misread.
 */
function fullYear(written: string): number {
  const y = +written;
  return written.length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

const PATTERNS: { re: RegExp; order: Order }[] = [
  { re: new RegExp(String.raw`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` + TIME + ZONE), order: 'ymd' },
  { re: new RegExp(String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?` + TIME + ZONE), order: 'ymd' },
  // Taiwan's Republic of China years (民國110年 is 2021): after 民國, or a three-digit year written with 年月日.
  { re: new RegExp(String.raw`(?:(?:中華民國|中华民国|民國|民国)\s*(\d{1,3})|(?<!\d)(1\d{2}))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?` + TIME + ZONE), order: 'roc' },
  { re: new RegExp(String.raw`(\d{1,2})/(\d{1,2})/(\d{4})` + TIME + ZONE), order: 'mdy' },
  // A two-digit year after month and day (`11/3/23 6:22 AM`), as US pages abbreviate it; not followed by more digits
  // or another separator, so `1/2/234` and `1/2/23/4` are no date.
  { re: new RegExp(String.raw`(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/.])` + TIME + ZONE), order: 'mdyy' },
  // A date in Chinese numerals (`二〇二三年十一月三日`, `二零二三年十一月三日`), as formal and older pages write it.
  { re: new RegExp(String.raw`([${HAN_DIGIT}]{4})\s*年\s*(${HAN_NUMBER}{1,2})\s*月\s*(${HAN_NUMBER}{1,3})\s*[日号]` + TIME + ZONE), order: 'hanzi' },
  // Dots with the year last are the European order, day first (`03.11.2023 18:22`, as German and Russian sites write it).
  { re: new RegExp(String.raw`(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)` + TIME + ZONE), order: 'dmy' },
  { re: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + NAMED_TIME + ZONE, 'i'), order: 'Mdy' },
  { re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})` + NAMED_TIME + ZONE, 'i'), order: 'dMy' },
  // Day, month name and year joined by hyphens (`14-Aug-2020`, `3-Nov-23`), as logs and some wires stamp them.
  { re: new RegExp(String.raw`\b(\d{1,2})-${MONTH}-(\d{4}|\d{2})(?![\d-])` + NAMED_TIME + ZONE, 'i'), order: 'dMyy' },
  { re: new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:er)?\s+${FRENCH_MONTH}\s+(\d{4})` + NAMED_TIME + ZONE, 'iu'), order: 'dFy' },
];

const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, PST: -480, PDT: -420, HKT: 480, 北京时间: 480,
  北京時間: 480, 台北时间: 480, 台北時間: 480, 台湾时间: 480, 台灣時間: 480, 香港时间: 480, 香港時間: 480, SGT: 480, CET: 60,
  CEST: 120, MEZ: 60, MESZ: 120, MSK: 180, BST: 60, JST: 540, KST: 540,
  AEST: 600, AEDT: 660, MST: -420, MDT: -360, AKST: -540, AKDT: -480, HST: -600, EET: 120, EEST: 180, WET: 0, WEST: 60,
  NZST: 720, NZDT: 780, 东京时间: 540, 東京時間: 540, 首尔时间: 540, 首爾時間: 540, 新加坡时间: 480, 新加坡時間: 480,
  莫斯科时间: 180, 莫斯科時間: 180, 澳门时间: 480, 澳門時間: 480,
};

/**
 * US zones written without standard or daylight (`2:30 PM ET`, as AP and US sites write them): their standard offset,
 * an hour less while US daylight saving time is in force on that day (`usDaylightTime`).
 */
const US_GENERIC_ZONES: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** Finds the first date in `text` and converts it to UTC, or returns null when there is none or it is impossible. */
export function findDate(written: string): FoundDate | null {
  // Full-width digits and date punctuation (２０２１年３月５日 １４：３０) read as their ASCII forms; one UTF-16 unit each,
  // so offsets into the folded text are offsets into the written one.
  const text = written.replace(/[０-９／－．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let best: { match: RegExpExecArray; order: Order } | null = null;
  for (const { re, order } of PATTERNS) {
    const match = re.exec(text);
    if (match && (!best || match.index < best.match.index)) best = { match, order };
  }
  if (!best) return null;
  const m = best.match;
  const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const [year, writtenMonth, writtenDay] =
    best.order === 'ymd' ? [+m[1], +m[2], +m[3]]
    : best.order === 'mdy' ? [+m[3], +m[1], +m[2]]
    : best.order === 'dmy' ? [+m[3], +m[2], +m[1]]
    : best.order === 'Mdy' ? [+m[3], monthOf(m[1]), +m[2]]
    : best.order === 'roc' ? [+(m[1] ?? m[2]) + 1911, +m[3], +m[4]]
    : best.order === 'dFy' ? [+m[3], frenchMonth(m[2]), +m[1]]
    : best.order === 'mdyy' ? [fullYear(m[3]), +m[1], +m[2]]
    : best.order === 'hanzi' ? [hanNumber(m[1]), hanNumber(m[2]), hanNumber(m[3])]
    : best.order === 'dMyy' ? [fullYear(m[3]), monthOf(m[2]), +m[1]]
    : [+m[3], monthOf(m[2]), +m[1]];
  // `14/05/2024`: a first number over 12 cannot be the month, so the slashes are day first (British, Hong Kong and
  // European pages); `5/14/2024` and the ambiguous `3/5/2021` stay month first.
  const [month, day] = (best.order === 'mdy' || best.order === 'mdyy') && writtenMonth > 12 && writtenDay <= 12 ? [writtenDay, writtenMonth] : [writtenMonth, writtenDay];
  // `9:30 PM EST, Fri February 19, 2021` (AP's order): a clock right before a date that has none is the date's time.
  const before = m.groups?.hour === undefined && m.groups?.minutes === undefined && m.groups?.hourDot === undefined ? CLOCK_BEFORE.exec(text.slice(0, m.index)) : null;
  const groups = before?.groups ?? m.groups ?? {};
  const time = groups.hourDot === undefined ? groups : { ...groups, hour: groups.hourDot, minute: groups.minuteDot, ampm: groups.ampmDot };
  const start = before ? before.index + before[0].length - before[0].trimStart().length : m.index;
  let hour = time.hour ? +time.hour : 0;
  const minute = time.minute ? +time.minute : time.minutes ? +time.minutes : time.minutesH ? +time.minutesH : time.half ? 30 : 0;
  const second = time.second ? +time.second : 0;
  const meridiem = time.ampm?.toLowerCase() ?? dayPartMeridiem(time.dayPart, hour);
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  // `24:00` is the end of the day it follows (ISO 8601 allows it): midnight at the start of the next day, while the
  // day the article was written on stays the one written. `24:30` is no time.
  const endOfDay = hour === 24 && minute === 0 && second === 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || (hour > 23 && !endOfDay) || minute > 59 || second > 59) return null;
  // `北京时间 2023年11月3日 18:22`: Chinese sites may name the zone before the date instead of after the time.
  const zoneBefore = time.zone ? null : ZONE_BEFORE.exec(text.slice(0, start));
  // A date without a clock is a calendar day, whatever zone it names (`北京时间 2023年11月3日` is 3 November, not
  // 16:00 UTC the day before): midnight UTC of that day, as every date without a time is stored.
  const clocked = time.hour !== undefined || time.hourDot !== undefined;
  const offsetMinutes = clocked ? zoneOffsetMinutes(time.zone ?? zoneBefore?.groups?.zone, text, year, month, day, hour) : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  return {
    iso: new Date(utc).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    day: check.toISOString().slice(0, 10),
    start: zoneBefore ? zoneBefore.index : start,
    end: m.index + m[0].length,
  };
}

/**
 * Something at the start of a metadata line's date field written as a date, with its time and zone, whether or not
 * `findDate` can read it (`2/30/2023 6:22 AM UTC`, `11/3/2023 24:30 UTC`, `二〇二三年十一月`): what makes the line a
 * metadata line even when its date cannot be read, so its author and source are kept and the warning can quote it.
 */
const DATE_SHAPE = new RegExp(
  String.raw`^\s*(?<date>(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|[〇○零一二三四五六七八九十]{2,4}\s*年\s*[〇○零一二三四五六七八九十]{1,3}\s*月(?:\s*[〇○零一二三四五六七八九十]{1,3}\s*[日号])?` +
    String.raw`|\d{1,2}[-\s]\p{L}{3,9}\.?[-\s]\d{2,4}|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})` +
    String.raw`(?:[\sT]+\d{1,2}[:：.]\d{2}(?:[:：]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?` +
    String.raw`(?:\s*(?:(?:UTC|GMT)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5}(?![A-Za-z])|[+-]\d{2}:?\d{2}|\p{Script=Han}{2,4}(?:时间|時間)))?)(?=[\s,，|｜·]|$)`,
  'u',
);

/** Where a date-shaped field opens `text` (see `DATE_SHAPE`), or null. */
export function findDateShape(text: string): { text: string; start: number; end: number } | null {
  const m = DATE_SHAPE.exec(text);
  if (!m?.groups) return null;
  const start = m[0].length - m.groups.date.length;
  return { text: m.groups.date, start, end: m[0].length };
}

/**
 * Whether a Chinese part of the day makes a 12-hour clock's hour a morning (`a`) or an afternoon/evening (`p`) one:
 * 中午 is noon, so 中午12点 is 12 and 中午1点 is 13.
 */
function dayPartMeridiem(dayPart: string | undefined, hour: number): 'a' | 'p' | undefined {
  if (!dayPart) return undefined;
  if (dayPart === '中午') return hour >= 11 ? undefined : 'p';
  return /上午|早|清晨|凌晨/.test(dayPart) ? 'a' : 'p';
}

/**
 * CST is China Standard Time (also Taiwan's) in a line written in Chinese, and US Central Standard Time otherwise:
 * a Chinese site's `2023/11/03 18:22 CST` is Beijing or Taipei time.
 */
const HAN = /[\u4e00-\u9fff]/;

function zoneOffsetMinutes(zone: string | undefined, text: string, year: number, month: number, day: number, hour: number): number {
  if (!zone) return 0;
  if (zone === 'CST' && HAN.test(text)) return 480;
  const generic = US_GENERIC_ZONES[/^(?:美东|美東)(?:时间|時間)$/u.test(zone) ? 'ET' : /^(?:美西)(?:时间|時間)$/u.test(zone) ? 'PT' : zone];
  if (generic !== undefined) return generic + (usDaylightTime(year, month, day, hour) ? 60 : 0);
  const named = ZONE_OFFSETS[zone.replace(/\s+/g, '')];
  if (named !== undefined) return named;
  const m = /([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (+m[2] * 60 + (m[3] ? +m[3] : 0));
}

/**
 * Whether US daylight saving time is in force at `hour` local time on that day: from 2 a.m. on the second Sunday of
 * March to 2 a.m. on the first Sunday of November since 2007; the first Sunday of April to the last of October before.
 */
export function usDaylightTime(year: number, month: number, day: number, hour: number): boolean {
  const sunday = (m: number, nth: number): number => {
    const first = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (nth - 1) * 7;
  };
  const lastSunday = (m: number): number => {
    const last = new Date(Date.UTC(year, m, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const [startMonth, startDay, endMonth, endDay] = year >= 2007 ? [3, sunday(3, 2), 11, sunday(11, 1)] : [4, sunday(4, 1), 10, lastSunday(10)];
  const at = month * 10_000 + day * 100 + hour;
  return at >= startMonth * 10_000 + startDay * 100 + 2 && at < endMonth * 10_000 + endDay * 100 + 2;
}
