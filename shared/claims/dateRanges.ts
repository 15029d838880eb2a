/**
 * Date ranges in Chinese and English news text — 12月12日至14日, 1至9月, 2019至2021年, "Dec. 12-14", "January to
 * September 2023", "2019–21" — read as one date whose `date` is an ISO 8601 interval (`2023-12-12/2023-12-14`) with
 * `approx: 'range'`. Read as separate dates, the second half was misread or lost: 14日 alone is a day of the
 * publication month, and 1至9月 kept only September.
 *
 * The second end inherits what it leaves out from the first (14日 takes December and its year); a year-less first
 * end is resolved against publication as a lone date is (`resolveMonthDay`, `resolveMonth`), and an end that falls
 * before the start moves to the next year (12月28日至1月3日).
 */
import type { Quantity } from '../model/quantity';
import { type Day, isValidDay, isoDay, isoMonth, resolveMonth, resolveMonthDay } from './calendar';
import { parseZhInteger } from './numerals';
import { EN_DAY_OF_MONTH, EN_MONTH, EN_MONTH_NUMBERS, ZH_DAY_OF_MONTH, ZH_HOUNIAN, ZH_MONTH, ZH_YEAR_SHIFT } from './dateWords';

/** A range before its text is cut from the original string (as `dates.ts` finds them). */
type Found = Omit<Quantity, 'text'>;

const ZH_Y = '(\\d{4})';
const ZH_M = ZH_MONTH;
const ZH_D = ZH_DAY_OF_MONTH;
/** 至 / 到 / a dash or tilde between the ends; 至今 (until now) never matches, as an end needs a numeral. */
const ZH_SEP = '\\s*(?:至|到|-|–|—|~|～)\\s*';
/** 2023年12月12日至14日, 12月12日至2024年1月3日, 12月28日-1月3日. */
const ZH_DAYS = new RegExp(
  `(?:${ZH_Y}\\s*年\\s*)?${ZH_M}\\s*月\\s*${ZH_D}\\s*[日号號]?${ZH_SEP}(?:(?:${ZH_Y}\\s*年\\s*)?${ZH_M}\\s*月\\s*)?${ZH_D}\\s*[日号號]`, 'gu');
/** 1至9月, 2023年1月至9月, 今年1-9月, 2022年11月至2023年2月 (not 1月至9月5日, a day range's business). */
const ZH_MONTHS = new RegExp(
  `(?:${ZH_Y}\\s*年\\s*|(今年|去年|前年|明年|${ZH_HOUNIAN})\\s*)?${ZH_M}\\s*(?:月份?)?${ZH_SEP}(?:${ZH_Y}\\s*年\\s*)?${ZH_M}\\s*月份?(?!\\s*\\d{1,2}\\s*[日号號]|\\s*[一二三四五六七八九十]+\\s*[日号號])`, 'gu');
/** 2019至2021年, 2019年至2021年, 2019-2021年 (not 2019年至2021年3月: a month range). */
const ZH_YEARS = new RegExp(`${ZH_Y}\\s*年?${ZH_SEP}${ZH_Y}\\s*年(?!\\s*(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月|代)`, 'gu');

const MON = EN_MONTH;
const DAY = EN_DAY_OF_MONTH;
const YEAR = '(\\d{4})(?!\\d)';
const EN_SEP = '\\s*(?:-|–|—|to|through|until|till)\\s*';
/** Dec. 12-14, December 12 to 14, 2023, Nov. 30-Dec. 2. */
const EN_MONTH_DAYS = new RegExp(`\\b${MON}\\s+${DAY}${EN_SEP}(?:${MON}\\s+)?${DAY}(?![\\d:]|\\s?%)(?:,?\\s+${YEAR})?`, 'g');
/** 12-14 December 2023, 30 November to 2 December. */
const EN_DAYS_MONTH = new RegExp(`(?<![\\d$€£.,:])\\b${DAY}(?:\\s+${MON})?${EN_SEP}${DAY}\\s+(?:of\\s+)?${MON}(?:,?\\s+${YEAR})?`, 'g');
/** between 6 and 8 June, between June 6 and 8 (2024): "and" joins two days only after "between". */
const EN_BETWEEN_DAYS_MONTH = new RegExp(`\\b[Bb]etween\\s+${DAY}\\s+and\\s+${DAY}\\s+(?:of\\s+)?${MON}(?:,?\\s+${YEAR})?`, 'g');
const EN_BETWEEN_MONTH_DAYS = new RegExp(`\\b[Bb]etween\\s+${MON}\\s+${DAY}\\s+and\\s+${DAY}(?![\\d:]|\\s?%)(?:,?\\s+${YEAR})?`, 'g');
/** January to September 2023, from March through June, between January and September, Jan-Sep 2023, November 2022 to February 2023. */
const EN_MONTHS = new RegExp(
  `(?:\\b([Bb]etween)\\s+)?\\b${MON}(?:\\s+${YEAR})?(?:${EN_SEP}|\\s+and\\s+)${MON}(?![\\w])(?:,?\\s+${YEAR})?`, 'g');
/** the first week of May, the last week of March 2023: seven days of a month (the last week ends with the month). */
const EN_WEEK_OF_MONTH = new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|last|final)\\s+week\\s+of\\s+${MON}(?:,?\\s+${YEAR})?`, 'gi');
const WEEK_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
/** 2019-2021, 2019–21, the 2023/24 season, from 2019 to 2021, between 2019 and 2021 (not 2023-10-07, nor 2023-10 nor 1,2019-2021,3). */
const EN_YEARS = /(?<![\d$€£.,\/-])\b(1[5-9]\d\d|20\d\d)(?:\s*[-–—]\s*|\/|\s+(?:to|through|until|and)\s+)(\d{4}|\d{2})(?![\d%]|[-\/.:]\d|\s?(?:per|million|billion|percent)\b)/g;

/**
 * 2023年第三季度, 今年前三季度, 三季度, 第3季, 今年首季, 上半年, 去年下半年 (前三季度 runs from January). Not a
 * series' season: 第2季第8集 (its eighth episode).
 */
const ZH_PERIODS = new RegExp(
  `(?:${ZH_Y}\\s*年(?:度)?\\s*|(今年|去年|前年|明年|${ZH_HOUNIAN})\\s*)?(?:(前)?第?([一二三四1-4首])\\s*(?:个|個)?季(?:度)?(?!\\s*(?:第|共有|共)?\\s*[\\d一二三四五六七八九十]+\\s*[集期回话話])|([上下])半年)`, 'gu');
/** What a first quarter is reported for, right after 首季: the economy, a company's results, trade, jobs. */
const ZH_ECONOMY_AFTER = /^\s*(?:本港|本澳|全港|全澳|全国|全國|该|該)?\s*(?:GDP|经济|营收|盈利|纯利|净利|失业|出口|进口|零售|业绩|收入|增长|本地生产总值|生产总值|访港|访澳|旅客|楼价|樓價|每股|毛利|营业|获利|财报|税后|税前)/u;
/** Q3 2023, Q3, the third quarter of 2023, first half of 2023, H1 2023, the first three quarters. */
const EN_PERIODS =
  /\b(?:Q([1-4])|H([12])|(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter|(?:the\s+)?(first|second)\s+half|(?:the\s+)?first\s+(two|three)\s+quarters)(?:\s+(?:of\s+)?(\d{4})(?!\d)|\s+of\s+(this|last|next|the)\s+year)?/gi;
/**
 * 上季度, 上一季度, 本季度, 下个季度, "last quarter", "this quarter", "next quarter": a quarter relative to publication.
 * 上季 alone is as often last season (sport, fashion) and "the last quarter" as often the fourth: neither is read,
 * unless a company's or the economy's figure follows (上季每股盈馀, 本季营收), as 首季 is read.
 */
const ZH_REL_QUARTER = /([上本下这這])\s*(?:一|个|個)?\s*季(度)?/gu;
const EN_REL_QUARTER = /\b(last|this|next|previous)\s+quarter\b(?!\s+of\b|-)/gi;
const QUARTER_SHIFT: Record<string, number> = { 上: -1, 本: 0, 这: 0, 這: 0, 下: 1, last: -1, previous: -1, this: 0, next: 1 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4, final: 4, two: 2, three: 3,
};
/** 前9个月, 今年前十个月, 今年头三个月, the first nine months (of 2023, of the year): January to that month. */
const ZH_FIRST_MONTHS = new RegExp(`(?:${ZH_Y}\\s*年\\s*|(今年|去年|前年|明年|${ZH_HOUNIAN})\\s*)?[前头頭首]\\s*(\\d{1,2}|十[一]?|[二两兩三四五六七八九])\\s*(?:(?:个|個)月|月(?!\\s*(?:\\d|[一二三四五六七八九十])+\\s*[日号號]))`, 'gu');
const EN_FIRST_MONTHS =
  /\b(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months(?:\s+of\s+(?:(\d{4})(?!\d)|(this|last|next)\s+year|the\s+year\b)|(?!\s+of\s))/gi;
const MONTH_COUNTS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
};

const YEAR_SHIFT = ZH_YEAR_SHIFT;
/** "of this year", "of last year": years relative to publication. */
const EN_YEAR_SHIFT: Record<string, number> = { this: 0, last: -1, next: 1, the: 0 };
/** A numeral or letter right before a match means the match started inside a longer number or word. */
const ZH_NUM_BEFORE = /[\d〇零一二三四五六七八九十两第]/u;

function num(s: string): number {
  return /^\d+$/.test(s) ? +s : (parseZhInteger(s) ?? NaN);
}

function monthOf(name: string): number {
  return EN_MONTH_NUMBERS[name.replace('.', '').toLowerCase()];
}

function range(start: number, end: number, iso: string | null): Found {
  return { start, end, kind: 'date', value: null, valueMax: null, currency: null, unit: null, per: null, approx: 'range', date: iso };
}

/** A year and month from an ISO date or month (`2023-12-12` -> 2023, 12); null for year-less forms. */
function yearMonth(iso: string): { y: number; m: number } | null {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  return m ? { y: +m[1], m: +m[2] } : null;
}

/**
 * The interval from a first day (year given or resolved) to a second day that inherits the first's month and year
 * where it leaves them out; a second day before the first moves to the next month or year. Null if either is no day.
 */
function dayInterval(y: number | null, m: number, d: number, y2: number | null, m2: number | null, d2: number, anchor: Day | null): string | null {
  const startIso = y !== null ? (isValidDay({ y, m, d }) ? isoDay({ y, m, d }) : null) : resolveMonthDay(m, d, anchor);
  if (!startIso) return null;
  const start = yearMonth(startIso);
  if (!start) {
    // No publication date and no year: ISO's year-less days on both ends.
    const endMonth = m2 ?? m;
    return isValidDay({ y: 2000, m: endMonth, d: d2 }) ? `${startIso}/--${String(endMonth).padStart(2, '0')}-${String(d2).padStart(2, '0')}` : null;
  }
  let endY = y2 ?? start.y;
  let endM = m2 ?? start.m;
  if (y2 === null && (endM < start.m || (endM === start.m && d2 < d))) {
    // 30日至2日: into the next month; 12月28日至1月3日: into the next year.
    if (m2 === null) endM += 1;
    if (m2 !== null || endM > 12) endY += 1;
    if (endM > 12) endM = 1;
  }
  const end = { y: endY, m: endM, d: d2 };
  if (!isValidDay(end)) return null;
  return `${startIso}/${isoDay(end)}`;
}

/** The interval from a first month (year given, shifted, or resolved) to a second month in the same or a later year. */
function monthInterval(y: number | null, m: number, y2: number | null, m2: number, anchor: Day | null): string | null {
  if (m < 1 || m > 12 || m2 < 1 || m2 > 12) return null;
  const startIso = y !== null ? isoMonth(y, m) : resolveMonth(m, anchor);
  if (!startIso) return null;
  const start = yearMonth(startIso);
  if (!start) return `${startIso}/--${String(m2).padStart(2, '0')}`;
  const endY = y2 ?? (m2 < m ? start.y + 1 : start.y);
  if (endY < start.y || (endY === start.y && m2 < m)) return null;
  return `${startIso}/${isoMonth(endY, m2)}`;
}

/**
 * Months `first` to `last` of one year (a quarter, a half, the first n months) as an interval; a year left out is
 * found as a month's is (`resolveMonth` on the first month).
 */
function periodInterval(y: number | null, first: number, last: number, anchor: Day | null): string | null {
  if (y !== null) return `${isoMonth(y, first)}/${isoMonth(y, last)}`;
  const start = resolveMonth(first, anchor);
  if (!start) return null;
  const ym = yearMonth(start);
  return ym ? `${start}/${isoMonth(ym.y, last)}` : `${start}/--${String(last).padStart(2, '0')}`;
}

/** Every date range in width-folded, simplified `text`, as candidates for the longest-reading-wins merge. */
export function findDateRanges(text: string, anchor: Day | null): Found[] {
  const out: Found[] = [];
  const push = (m: RegExpExecArray, iso: string | null): void => {
    if (iso) out.push(range(m.index, m.index + m[0].length, iso));
  };
  if (/[\u4e00-\u9fff]/.test(text)) {
    const numBefore = (m: RegExpExecArray): boolean => ZH_NUM_BEFORE.test(text[m.index - 1] ?? '');
    for (const m of text.matchAll(ZH_DAYS)) {
      if (numBefore(m)) continue;
      push(m, dayInterval(m[1] ? +m[1] : null, num(m[2]), num(m[3]), m[4] ? +m[4] : null, m[5] ? num(m[5]) : null, num(m[6]), anchor));
    }
    for (const m of text.matchAll(ZH_MONTHS)) {
      if (numBefore(m)) continue;
      const y = m[1] ? +m[1] : m[2] ? (anchor ? anchor.y + YEAR_SHIFT[m[2]] : NaN) : null;
      if (Number.isNaN(y)) continue;
      push(m, monthInterval(y, num(m[3]), m[4] ? +m[4] : null, num(m[5]), anchor));
    }
    for (const m of text.matchAll(ZH_YEARS)) {
      if (numBefore(m)) continue;
      if (+m[2] > +m[1]) push(m, `${m[1]}/${m[2]}`);
    }
    for (const m of text.matchAll(ZH_PERIODS)) {
      if (numBefore(m)) continue;
      const y = m[1] ? +m[1] : m[2] ? (anchor ? anchor.y + YEAR_SHIFT[m[2]] : NaN) : null;
      if (Number.isNaN(y)) continue;
      if (m[5]) {
        push(m, periodInterval(y, m[5] === '上' ? 1 : 7, m[5] === '上' ? 6 : 12, anchor));
        continue;
      }
      const q = m[4] === '首' ? 1 : num(m[4]);
      // 三季度 needs 季度 or a 第 / 前 before it: 四季 alone is the four seasons. 首季 (Hong Kong's and Macau's first
      // quarter) needs a year or 度 too: a bare 首季 is as often a first season.
      // A bare 首季 before a figure of the economy (首季GDP, 首季本港经济, 首季营收) is the first quarter too.
      const economyAfter = m[4] === '首' && ZH_ECONOMY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
      if (!/季度/u.test(m[0]) && !/第|前/u.test(m[0]) && !(m[4] === '首' && (m[1] || m[2] || economyAfter))) continue;
      if (m[3] && m[4] === '首') continue;
      // 連續第四季凍漲 / 连续第三个季度 counts quarters in a row ("the fourth quarter running"), it names none.
      if (!m[1] && !m[2] && /(?:连续|連續|接连|接連)\s*$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      push(m, m[3] ? periodInterval(y, 1, q * 3, anchor) : periodInterval(y, q * 3 - 2, q * 3, anchor));
    }
  }
  if (anchor) {
    for (const re of [ZH_REL_QUARTER, EN_REL_QUARTER]) {
      for (const m of text.matchAll(re)) {
        const shift = QUARTER_SHIFT[m[1].toLowerCase()] ?? QUARTER_SHIFT[m[1]];
        // "the previous quarter" is the one before, as 上季度 is; "the last quarter" may be the fourth.
        if (/^last$/i.test(m[1]) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
        if (re === ZH_REL_QUARTER && !m[2] && !ZH_ECONOMY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
        const q = Math.floor((anchor.m - 1) / 3) + shift;
        const y = anchor.y + Math.floor(q / 4);
        const first = (((q % 4) + 4) % 4) * 3 + 1;
        push(m, `${isoMonth(y, first)}/${isoMonth(y, first + 2)}`);
      }
    }
  }
  for (const m of text.matchAll(ZH_FIRST_MONTHS)) {
    // 手术前三个月 is "three months before the operation": without a year, only where a clause begins.
    if (!m[1] && !m[2] && !/^[，。；：、,;:\s（(「“]?$/u.test(text[m.index - 1] ?? '')) continue;
    const y = m[1] ? +m[1] : m[2] ? (anchor ? anchor.y + YEAR_SHIFT[m[2]] : NaN) : null;
    const n = num(m[3]);
    if (!Number.isNaN(y) && n >= 2 && n <= 11) push(m, periodInterval(y, 1, n, anchor));
  }
  for (const m of text.matchAll(EN_FIRST_MONTHS)) {
    const y = m[2] ? +m[2] : m[3] ? (anchor ? anchor.y + EN_YEAR_SHIFT[m[3].toLowerCase()] : NaN) : null;
    const n = MONTH_COUNTS[m[1].toLowerCase()] ?? +m[1];
    if (!Number.isNaN(y) && n >= 2 && n <= 11) push(m, periodInterval(y, 1, n, anchor));
  }
  for (const m of text.matchAll(EN_PERIODS)) {
    const y = m[6] ? +m[6] : m[7] ? (anchor ? anchor.y + EN_YEAR_SHIFT[m[7].toLowerCase()] : NaN) : null;
    if (Number.isNaN(y)) continue;
    const quarter = m[1] ? +m[1] : m[3] ? ORDINALS[m[3].toLowerCase()] : null;
    const half = m[2] ? +m[2] : m[4] ? ORDINALS[m[4].toLowerCase()] : null;
    // A bare Q3 / H1 is as often a product or a form as a period, and "the second half" a match's: only with a year.
    // "the last quarter" alone is as often the latest one as the fourth: only "the last quarter of 2023" is Q4.
    if ((m[1] || m[2] || m[4] || /^(?:last|final)$/i.test(m[3] ?? '')) && y === null) continue;
    if (quarter) push(m, periodInterval(y, quarter * 3 - 2, quarter * 3, anchor));
    else if (half) push(m, periodInterval(y, half === 1 ? 1 : 7, half === 1 ? 6 : 12, anchor));
    else if (m[5]) push(m, periodInterval(y, 1, ORDINALS[m[5].toLowerCase()] * 3, anchor));
  }
  for (const m of text.matchAll(EN_MONTH_DAYS)) {
    const y = m[5] ? +m[5] : null;
    push(m, dayInterval(y, monthOf(m[1]), +m[2], y, m[3] ? monthOf(m[3]) : null, +m[4], anchor));
  }
  for (const m of text.matchAll(EN_DAYS_MONTH)) {
    const y = m[5] ? +m[5] : null;
    const m2 = monthOf(m[4]);
    push(m, dayInterval(y, m[2] ? monthOf(m[2]) : m2, +m[1], y, m[2] ? m2 : null, +m[3], anchor));
  }
  for (const m of text.matchAll(EN_BETWEEN_DAYS_MONTH)) {
    const y = m[4] ? +m[4] : null;
    push(m, dayInterval(y, monthOf(m[3]), +m[1], y, null, +m[2], anchor));
  }
  for (const m of text.matchAll(EN_BETWEEN_MONTH_DAYS)) {
    const y = m[4] ? +m[4] : null;
    push(m, dayInterval(y, monthOf(m[1]), +m[2], y, null, +m[3], anchor));
  }
  for (const m of text.matchAll(EN_WEEK_OF_MONTH)) {
    // The pattern ignores case for "The First week"; a month name is still written with its capital.
    if (!/^[A-Z]/.test(m[2])) continue;
    const month = m[3] ? isoMonth(+m[3], monthOf(m[2])) : resolveMonth(monthOf(m[2]), anchor);
    const ym = month ? yearMonth(month) : null;
    if (!ym) continue;
    const n = WEEK_ORDINALS[m[1].toLowerCase()];
    const last = new Date(Date.UTC(ym.y, ym.m, 0)).getUTCDate();
    const first = n ? 7 * n - 6 : last - 6;
    push(m, `${isoDay({ y: ym.y, m: ym.m, d: first })}/${isoDay({ y: ym.y, m: ym.m, d: first + 6 })}`);
  }
  for (const m of text.matchAll(EN_MONTHS)) {
    // "between May and June" needs its "between"; "May to June" reads as months only after a date word, as May does.
    const joinedByAnd = /\sand\s/.test(m[0]);
    if (joinedByAnd && !m[1]) continue;
    if (/^May\b/.test(m[0].replace(/^[Bb]etween\s+/, '')) && !m[1] && !/\b(?:[Ii]n|[Ff]rom|[Ss]ince)\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const y2 = m[5] ? +m[5] : null;
    const y = m[3] ? +m[3] : y2 !== null && monthOf(m[4]) >= monthOf(m[2]) ? y2 : null;
    push(m, monthInterval(y, monthOf(m[2]), y2, monthOf(m[4]), anchor));
  }
  for (const m of text.matchAll(EN_YEARS)) {
    const from = +m[1];
    const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + +m[2] : +m[2];
    const words = /\s(?:to|through|until|and)\s/.test(m[0]);
    if (words && !/\b(?:from|between|From|Between)\s+$/.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
    if (to > from && to - from <= 100) push(m, `${from}/${to}`);
  }
  return out;
}
