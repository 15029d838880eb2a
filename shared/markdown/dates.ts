/**
 * Reads the publication date of an article's metadata line. The corpora write it many ways
 * (`11/3/2023 6:22 AM UTC`, `2020-08-14 08:08`, `2023年11月3日 14:05`); a date without a zone is taken as UTC,
 * because the sites these articles come from stamp their pages in UTC.
 */

export interface FoundDate {
  /** ISO 8601 UTC with seconds, e.g. `2023-11-03T06:22:00Z`. */
  iso: string;
  /** Where the date (with its time and zone) sits in the searched string. */
  start: number;
  end: number;
}

// An offset after UTC/GMT is tried before UTC alone (`UTC+8` was read as UTC with `+8` left over). A zone may stand
// in brackets after the time (`凌晨2:15（北京时间）`, `6:22 PM (EST)`).
const ZONE = String.raw`(?:\s*[（(]?\s*(?<zone>(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|UTC|GMT|Z|[+-]\d{2}:?\d{2}|EST|EDT|CST|CDT|PST|PDT|HKT|SGT|CET|CEST|MEZ|MESZ|MSK|BST|JST|KST|AEST|AEDT|北京时间|北京時間|台北时间|台北時間|台湾时间|台灣時間|香港时间|香港時間)(?![A-Za-z])[）)]?)?`;
/**
 * Chinese writes the part of the day before the time (`2023年11月3日 下午6:22`, `晚上9点05分`), and often no space
 * between the date and the time (`2023年11月3日18:22`).
 */
const DAY_PART = '上午|早上|早晨|清晨|凌晨|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間';
const CLOCK = String.raw`(?<hour>\d{1,2})(?:[:：](?<minute>\d{2})(?:[:：](?<second>\d{2}))?(?:\s*(?<ampm>[AaPp])\.?[Mm]\.?)?|[时時点點](?:(?<minutes>\d{1,2})分)?)`;
/** A weekday between the date and the time: `2023年11月3日 星期五 18:22`, `2023年11月3日（星期五）下午6:22`. */
const WEEKDAY = String.raw`(?:\s*[（(]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][）)]?)`;
const TIME = String.raw`(?:${WEEKDAY}?(?:[ T\u00a0]+|\s*(?=${DAY_PART})|(?<=[日号）)]))(?:(?<dayPart>${DAY_PART})\s*)?${CLOCK})?`;

/** English month names and their usual abbreviations (`Sept.` too), as English-language sources write dates. */
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A time after an English date may follow a comma or "at": `Nov 3, 2023, 6:22 AM`, `3 November 2023 at 14:05`. */
const NAMED_TIME = String.raw`(?:,?\s*(?:at\s+)?${CLOCK})?`;

type Order = 'mdy' | 'ymd' | 'dmy' | 'Mdy' | 'dMy';

const PATTERNS: { re: RegExp; order: Order }[] = [
  { re: new RegExp(String.raw`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` + TIME + ZONE), order: 'ymd' },
  { re: new RegExp(String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?` + TIME + ZONE), order: 'ymd' },
  { re: new RegExp(String.raw`(\d{1,2})/(\d{1,2})/(\d{4})` + TIME + ZONE), order: 'mdy' },
  // Dots with the year last are the European order, day first (`03.11.2023 18:22`, as German and Russian sites write it).
  { re: new RegExp(String.raw`(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)` + TIME + ZONE), order: 'dmy' },
  { re: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + NAMED_TIME + ZONE, 'i'), order: 'Mdy' },
  { re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})` + NAMED_TIME + ZONE, 'i'), order: 'dMy' },
];

const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, PST: -480, PDT: -420, HKT: 480, 北京时间: 480,
  北京時間: 480, 台北时间: 480, 台北時間: 480, 台湾时间: 480, 台灣時間: 480, 香港时间: 480, 香港時間: 480, SGT: 480, CET: 60,
  CEST: 120, MEZ: 60, MESZ: 120, MSK: 180, BST: 60, JST: 540, KST: 540,
  AEST: 600, AEDT: 660,
};

/** Finds the first date in `text` and converts it to UTC, or returns null when there is none or it is impossible. */
export function findDate(text: string): FoundDate | null {
  let best: { match: RegExpExecArray; order: Order } | null = null;
  for (const { re, order } of PATTERNS) {
    const match = re.exec(text);
    if (match && (!best || match.index < best.match.index)) best = { match, order };
  }
  if (!best) return null;
  const m = best.match;
  const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const [year, month, day] =
    best.order === 'ymd' ? [+m[1], +m[2], +m[3]]
    : best.order === 'mdy' ? [+m[3], +m[1], +m[2]]
    : best.order === 'dmy' ? [+m[3], +m[2], +m[1]]
    : best.order === 'Mdy' ? [+m[3], monthOf(m[1]), +m[2]]
    : [+m[3], monthOf(m[2]), +m[1]];
  const time = m.groups ?? {};
  let hour = time.hour ? +time.hour : 0;
  const minute = time.minute ? +time.minute : time.minutes ? +time.minutes : 0;
  const second = time.second ? +time.second : 0;
  const meridiem = time.ampm?.toLowerCase() ?? dayPartMeridiem(time.dayPart, hour);
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const offsetMinutes = zoneOffsetMinutes(time.zone, text);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  return { iso: new Date(utc).toISOString().replace(/\.\d{3}Z$/, 'Z'), start: m.index, end: m.index + m[0].length };
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

function zoneOffsetMinutes(zone: string | undefined, text: string): number {
  if (!zone) return 0;
  if (zone === 'CST' && HAN.test(text)) return 480;
  const named = ZONE_OFFSETS[zone.replace(/\s+/g, '')];
  if (named !== undefined) return named;
  const m = /([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (+m[2] * 60 + (m[3] ? +m[3] : 0));
}
