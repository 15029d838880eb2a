/**
 * The number check of a translation pair: every money amount, count, percentage, number and date of the Chinese must
 * reappear, with the same value after normalisation, in the English, and the English must not add figures of its own.
 * Both sides are read by the one quantity finder (`shared/claims/quantities.ts`), so 3000 万美元 and "$30 million"
 * are both 30,000,000 USD and agree, while "$300 million" does not.
 *
 * Decisions:
 * - Values agree when equal, or when one is the other rounded to fewer significant digits and they differ by at most
 *   5%: 29.6 亿 vs "$3 billion" and 1,234 vs "1,200" agree; 110 vs "100" (9% apart) and 300 vs 30 million do not.
 *   29 亿 and "2.9 billion" are simply equal.
 * - Dates agree when one is the other or a less precise form of it (2017 年年中 = 2017-07 agrees with "2017"); a year
 *   written as a bare number agrees with a year date. When one side does not write the year (去年 10 月 / "last
 *   October", 明年 11 月 / "in November"), the year each side's reader infers is a guess, so only month and day are
 *   compared.
 * - Money, counts and bare numbers are compared with each other (the finders may classify a figure differently in
 *   each language); percentages only with percentages, dates only with dates. Units of counts are not compared
 *   (人质 / "captives"), currencies and rates (每月 / "a year") are.
 * - A figure written with digits on one side only is a finding. A figure spelled out in words (三名, 十年, 今年,
 *   "three quarters", "a decade") is compared when both sides have one, but not reported when only one side does:
 *   translators render those freely (两国 -> "both countries", 前三季度 -> "the first nine months"), and reporting
 *   them would bury the real findings.
 * - A pair with no Chinese (an English addition) has nothing to compare its figures with and is not checked.
 * - Forms the finder does not read are read by `numberForms.ts`: times of day (17 时 27 分 = "5:27 p.m."; without
 *   上午/下午 or a.m./p.m. a time agrees with the same time twelve hours away), race times, "No. 5", "the 19th
 *   century", "five", 4 厘 for a rate. English ranges written as two figures ("from 8 to 15") are read as one range.
 * - A bare 元 names no country: in a Hong Kong or Taiwan article it is the Hong Kong or New Taiwan dollar, so it
 *   agrees with yuan, HK$, NT$ and MOP$ alike (人民币 … 元 is yuan only).
 * - 增加一倍 / 高出近一倍 ("up by one times") is "double": a Chinese multiple after a word of increase agrees with an
 *   English one of the same or the next number.
 * - A quantity in another unit of one dimension (1.4 亿千瓦 as "140 GW", 3500 公斤 as "3.5 tonnes") is compared in the
 *   base unit.
 * - A bound dropped or added (逾 600 万元 as "HK$6 million", "at least 13,000" for 约 1.3 万) is a finding when the
 *   other side has no word of bounding near the figure; a different unit of measure (公斤 / "lb", 每小时 5 公里 /
 *   "5 mph") is one; a telephone number is no figure; a bare 1 is not reported alone ("a point apiece").
 * - An amount in brackets right after an amount in another currency is a conversion the translator added ("150
 *   million yuan ($21 million)", 120 亿元（约合 17 亿美元）): it is not reported as missing from the other side.
 */
import { vagueAgrees } from '../claims/compare';
import { findQuantities } from '../claims/quantities';
import { EN_MEASURES } from '../claims/lexicon';
import { sameAmount, sameDimension } from '../claims/measureSizes';
import type { Quantity } from '../model/quantity';
import type { CheckFinding } from '../model/translation';
import { findNumberForms, overlaps } from './numberForms';

type QuantityClass = 'amount' | 'percent' | 'date' | 'time' | 'duration';

interface Item {
  q: Quantity;
  cls: QuantityClass;
  used: boolean;
  /** A time of day without a.m./p.m. (see numberForms.ts). */
  halfDay?: boolean;
  /** Spelled out in words (五 / "five"): compared when both sides have one, not reported alone. */
  spelled?: boolean;
  /** Read from a word the finder leaves alone ("five"): it may agree with a figure, never disagree with one. */
  agreeOnly?: boolean;
  /** An amount in brackets converting the one before it into another currency. */
  conversion?: boolean;
  /** An ordinal or a number that names something (第 71 屆, "No. 5"): equal or different, never rounded. */
  exact?: boolean;
  /** The unit of measure it is in (`measureOf`), or null. */
  measure?: string | null;
}

function classOf(q: Quantity): QuantityClass | null {
  if (q.kind === 'statement') return null;
  if (q.kind === 'date') return q.date ? 'date' : null;
  if (q.value === null || !Number.isFinite(q.value)) return null;
  return q.kind === 'percent' ? 'percent' : 'amount';
}

/** An opening bracket, and a word of approximation, right before a figure: `(about `, `（约合 `. */
const CONVERSION_OPEN = /[(（]\s*(?:about|around|roughly|approximately|some|approx\.|or|约合|約合|折合|约|約|合|~|≈)?\s*(?:US|HK|NT)?$/iu;

function itemsOf(text: string, lang: 'zh' | 'en', published: string | null | undefined): Item[] {
  const forms = findNumberForms(text, lang);
  // Forms of their own kind (times, race times, centuries, 厘) replace the finder's figures inside them; the others
  // ("No. 5", "five") only fill in where the finder found nothing.
  const replacing = forms.filter((f) => !f.fillOnly);
  const items: Item[] = [];
  const phones = phoneSpans(text);
  for (const q of findQuantities(text, { lang, published })) {
    const cls = classOf(q);
    if (cls && !replacing.some((f) => overlaps(f.q, q)) && !phones.some((p) => overlaps(p, q))) items.push({ q, cls, used: false });
  }
  for (const f of forms) {
    if (phones.some((p) => overlaps(p, f.q))) continue;
    if (f.fillOnly && items.some((x) => overlaps(x.q, f.q))) continue;
    items.push({ q: f.q, cls: f.cls, used: false, halfDay: f.halfDay, spelled: f.spelled, agreeOnly: f.fillOnly && f.spelled, exact: f.exact });
  }
  items.sort((a, b) => a.q.start - b.q.start);
  const merged = mergeRanges(joinYears(items, text), text);
  for (const it of merged) it.measure = measureOf(it.q, text, lang);
  merged.forEach((it, k) => {
    const prev = merged[k - 1];
    if (!prev) return;
    const between = text.slice(prev.q.end, it.q.start);
    if (it.q.kind === 'money' && prev.q.kind === 'money' && prev.q.currency !== it.q.currency) {
      if (between.length <= 12 && CONVERSION_OPEN.test(between)) it.conversion = true;
    }
    // "6 mu (0.4 hectares)", "10 miles (16 km)": the same measure in another unit, added in brackets. Not when the
    // two disagree ("10 miles (26 km)"): a wrong conversion is a figure the other side does not have.
    if (it.measure && prev.measure && it.measure !== prev.measure) {
      const unitWords = text.slice(numberEnd(prev.q, text), it.q.start).replace(CONVERSION_OPEN, '');
      const wrong = sameDimension(prev.measure, it.measure) && prev.q.value !== null && it.q.value !== null && !sameAmount(prev.q.value, prev.measure, it.q.value, it.measure);
      if (/[(（]/u.test(between) && unitWords.length <= 16 && CONVERSION_OPEN.test(between) && !wrong) it.conversion = true;
    }
  });
  return merged;
}

/**
 * A date the finder read without its year, then the year after a comma ("Jan. 31, 2023" read as "Jan. 31" and
 * "2023"): one date in that year.
 */
function joinYears(items: Item[], text: string): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    const year = it.cls === 'date' && it.q.date && /^\d{4}$/u.test(it.q.date) ? it.q.date : it.cls === 'amount' ? yearOf(it.q) : null;
    if (prev && prev.cls === 'date' && prev.q.date && /^\d{4}-\d{2}(?:-\d{2})?$/u.test(prev.q.date) && !/\d{4}/u.test(prev.q.text) && year && /^,\s*$/u.test(text.slice(prev.q.end, it.q.start))) {
      out[out.length - 1] = { ...prev, q: { ...prev.q, text: text.slice(prev.q.start, it.q.end), end: it.q.end, date: `${year}${prev.q.date.slice(4)}` } };
      continue;
    }
    out.push(it);
  }
  return out;
}

/**
 * Telephone and fax numbers (`电话 0755-8888 6666`, `tel. +86 755 8888 6666`): no figure of the text, and written
 * differently in each language (a country code, a dropped trunk 0), so left out on both sides. A number counts as one
 * after a label (电话, 傳真, tel., phone, fax, hotline) or when it starts with + and a country code.
 */
function phoneSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /(?:(?:电话|電話|手机|手機|传真|傳真|热线|熱線|\btel\.?|\bphone|\bfax|\bhotline|\bmobile)\s*(?:no\.?)?\s*[:：]?\s*|(?=\+\d))(\+?\(?\d[\d\s\-()]{5,}\d)/giu;
  for (const m of text.matchAll(re)) {
    if (m[1].replace(/\D/gu, '').length < 7) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length });
  }
  return out;
}

/**
 * "from 8 to 15", "between 12,000 and 15,000", "20%-25%", "between May 1, 2022 and Jan. 31, 2023": two figures the
 * finder read apart are one range.
 */
function mergeRanges(items: Item[], text: string): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    if (
      prev && prev.cls === it.cls && (prev.cls === 'amount' || prev.cls === 'percent') && prev.q.valueMax === null && it.q.valueMax === null &&
      !prev.spelled && !it.spelled && prev.q.value !== null && it.q.value !== null && prev.q.value < it.q.value &&
      /^\s*(?:to|and|-|–|—)\s*$/u.test(text.slice(prev.q.end, it.q.start)) && /\b(?:from|between)\s+$/iu.test(text.slice(Math.max(0, prev.q.start - 9), prev.q.start))
    ) {
      out[out.length - 1] = {
        ...prev,
        q: { ...prev.q, text: text.slice(prev.q.start, it.q.end), end: it.q.end, valueMax: it.q.value, approx: 'range', unit: prev.q.unit ?? it.q.unit },
      };
      continue;
    }
    // "between May 1, 2022 and Jan. 31, 2023", "from March to June": two dates are one period (2022 年 5 月 1 日至 2023 年
    // 1 月 31 日 is read as one).
    if (
      prev && prev.cls === 'date' && it.cls === 'date' && prev.q.date && it.q.date && !prev.q.date.includes('/') && !it.q.date.includes('/') &&
      /^\s*(?:to|and|until|till|through|-|–|—)\s*$/iu.test(text.slice(prev.q.end, it.q.start)) && /\b(?:from|between)\s+$/iu.test(text.slice(Math.max(0, prev.q.start - 9), prev.q.start))
    ) {
      out[out.length - 1] = { ...prev, q: { ...prev.q, text: text.slice(prev.q.start, it.q.end), end: it.q.end, date: `${prev.q.date}/${it.q.date}` } };
      continue;
    }
    out.push(it);
  }
  return out;
}

function significantDigits(x: number): number {
  const digits = Math.abs(x)
    .toExponential()
    .replace(/e.*$/, '')
    .replace('.', '')
    .replace(/0+$/, '');
  return Math.max(1, digits.length);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `exact`, `rounded` (one is the other rounded, within 5%) or null. */
function valueAgreement(a: number, b: number): 'exact' | 'rounded' | null {
  if (close(a, b)) return 'exact';
  if (Math.abs(a - b) > 0.05 * Math.max(Math.abs(a), Math.abs(b))) return null;
  const [precise, coarse] = significantDigits(a) >= significantDigits(b) ? [a, b] : [b, a];
  return close(Number(precise.toPrecision(significantDigits(coarse))), coarse) ? 'rounded' : null;
}

function yearOf(q: Quantity): string | null {
  return q.value !== null && Number.isInteger(q.value) && q.value >= 1000 && q.value <= 2999 && !q.currency && q.kind === 'number' ? String(q.value) : null;
}

function datesAgree(a: string, b: string, yearsWritten: boolean): boolean {
  if (!yearsWritten && a.length > 4 && b.length > 4) {
    a = a.slice(4);
    b = b.slice(4);
  }
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(`${short}-`);
}

/** A weekday named alone (周一, 星期五, "Monday"): which week it falls in is read from tense, not written. */
const WEEKDAY_ALONE = /^(?:(?:上|下|本|这|這|下个|下個|上个|上個)?(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]|(?:last |next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;

/**
 * Whether both sides name the same weekday alone and their dates are one or two weeks apart: the two languages mark
 * tense differently (停火将于周一生效 reads the coming Monday, "the truce takes effect on Monday" the last one; on a
 * Friday, 将于周五 reads next week's and "on Friday" last week's), so the resolved dates may differ by a week or two
 * while the text agrees.
 */
function sameWeekdayNamed(z: Quantity, e: Quantity, zd: string, ed: string): boolean {
  if (!WEEKDAY_ALONE.test(z.text.trim()) || !WEEKDAY_ALONE.test(e.text.trim())) return false;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(zd) || !/^\d{4}-\d{2}-\d{2}$/.test(ed)) return false;
  const days = Math.abs(Date.parse(`${zd}T00:00:00Z`) - Date.parse(`${ed}T00:00:00Z`)) / 86_400_000;
  return days > 0 && days <= 14 && days % 7 === 0;
}

/** Whether the text names its year (2023, 二〇二三) rather than leaving it to be inferred. */
function writesYear(q: Quantity): boolean {
  return /\d{4}|[〇零一二三四五六七八九]{4}/.test(q.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}

/** Currencies a bare 元 (no 人民币, 美元, 港元…) can be: the yuan, and the dollars Hong Kong, Taiwan and Macao call 元. */
const YUAN_LIKE = new Set(['CNY', 'HKD', 'TWD', 'MOP']);

function sameCurrency(z: Item, e: Item, zh: string): boolean {
  if (!z.q.currency || !e.q.currency || z.q.currency === e.q.currency) return true;
  const around = zh.slice(Math.max(0, z.q.start - 4), z.q.end + 4);
  const bareYuan = z.q.currency === 'CNY' && /元$/u.test(z.q.text) && !/人民[币幣]|RMB|[￥¥]/u.test(around);
  return bareYuan && YUAN_LIKE.has(e.q.currency);
}

/** 一倍, "doubled", "6.9 times" (but not 17 次, "17 times" as occurrences, which the finder also calls `times`). */
function isMultiple(q: Quantity): boolean {
  return q.unit === 'fold' || (q.unit === 'times' && !/[次回]/u.test(q.text));
}

/** A multiple compares with a multiple, or with a bare figure ("6.9 times" may be read without a unit). */
function foldComparable(z: Item, e: Item): boolean {
  // "three times" may be a multiple or a count of occurrences (3 次).
  const either = (q: Quantity) => q.unit === null || q.unit === 'times' || isMultiple(q);
  return either(z.q) && either(e.q);
}

/** 增加一倍 ("increased by one times") is "doubled": a multiple after a word of increase means one more. */
function foldAgrees(z: Item, e: Item, zh: string): boolean {
  if (z.q.value === null || e.q.value === null) return false;
  if (close(z.q.value, e.q.value)) return true;
  return /[增高多升涨漲加长長大][了出]?[近约約逾超]?$/u.test(zh.slice(Math.max(0, z.q.start - 4), z.q.start)) && close(z.q.value + 1, e.q.value);
}

/** How well two quantities agree: 3 identical dates, 2 exact, 1 within rounding, 0 not at all. */
function agreement(z: Item, e: Item, zh: string): number {
  if (z.cls === 'time' || e.cls === 'time' || z.cls === 'duration' || e.cls === 'duration') {
    if (z.cls !== e.cls || z.q.value === null || e.q.value === null) return 0;
    if (z.cls === 'duration') return Math.abs(z.q.value - e.q.value) < 0.5 ? 2 : 0;
    const apart = Math.abs(z.q.value - e.q.value);
    return apart === 0 || ((z.halfDay || e.halfDay) && apart === 720) ? 2 : 0;
  }
  if (dayAndOrdinal(z, e)) return 2;
  if (z.cls === 'date' || e.cls === 'date') {
    const zd = z.cls === 'date' ? z.q.date : yearOf(z.q);
    const ed = e.cls === 'date' ? e.q.date : yearOf(e.q);
    if (!zd || !ed) return 0;
    // Identical dates written with digits pair first; a date in words (九月, 今年) takes what is left.
    if (zd === ed && !isSpelledOut(z.q) && !isSpelledOut(e.q)) return 3;
    if (sameWeekdayNamed(z.q, e.q, zd, ed)) return 2;
    return datesAgree(zd, ed, writesYear(z.q) && writesYear(e.q)) ? 2 : 0;
  }
  if (z.cls !== e.cls) return 0;
  if (isMultiple(z.q) || isMultiple(e.q)) return foldComparable(z, e) && foldAgrees(z, e, zh) ? 2 : 0;
  if (!sameCurrency(z, e, zh)) return 0;
  // 1.4 亿千瓦 and "140 GW", 3500 公斤 and "3.5 tonnes": one quantity in units of one dimension, compared in its base unit.
  const scale = unitScales(z.measure, e.measure);
  if (scale) {
    if (z.q.vague || e.q.vague || z.q.value === null || e.q.value === null) return 0;
    const low = valueAgreement(z.q.value * scale.z, e.q.value * scale.e);
    if (!low) return 0;
    if (z.q.valueMax !== null || e.q.valueMax !== null) {
      if (z.q.valueMax === null || e.q.valueMax === null || !valueAgreement(z.q.valueMax * scale.z, e.q.valueMax * scale.e)) return 0;
    }
    return low === 'exact' ? 2 : 1;
  }
  // 数万 / "tens of thousands", 上万 / "tens of thousands", 十几 / "over a dozen": a vague figure agrees with any
  // figure that can mean one of its values.
  if (z.q.vague || e.q.vague) return vagueAgrees(z.q, e.q) ? 1 : 0;
  if ((z.exact || e.exact) && !close(z.q.value as number, e.q.value as number)) return 0;
  const low = valueAgreement(z.q.value as number, e.q.value as number);
  if (!low) return 0;
  const zMax = z.q.valueMax;
  const eMax = e.q.valueMax;
  if (zMax !== null || eMax !== null) {
    if (zMax === null || eMax === null || !valueAgreement(zMax, eMax)) return 0;
  }
  return low === 'exact' ? 2 : 1;
}

/** 23 日 alone (the month left to the reader) is "the 23rd": a day of the month and an ordinal of the same number. */
function dayAndOrdinal(z: Item, e: Item): boolean {
  if (z.cls !== 'date' || !e.exact || e.q.value === null || !z.q.date) return false;
  const day = /^\s*([0-9０-９]{1,2})\s*[日号號]\s*$/u.exec(z.q.text);
  return day !== null && Number(day[1].replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))) === e.q.value;
}

function comparable(z: Item, e: Item): boolean {
  if (z.agreeOnly || e.agreeOnly) return false;
  // A multiple (一倍, "doubled") or a time is a different statement from any other figure, not a wrong one.
  if ((isMultiple(z.q) || isMultiple(e.q)) && !foldComparable(z, e)) return false;
  if (z.cls === 'time' || e.cls === 'time' || z.cls === 'duration' || e.cls === 'duration') return z.cls === e.cls;
  if (z.cls === 'date' || e.cls === 'date') return (z.cls === 'date' || yearOf(z.q) !== null) && (e.cls === 'date' || yearOf(e.q) !== null);
  return z.cls === e.cls;
}

/**
 * A bound said with the figure: 至少 / 逾 / "at least" / "more than" below, 最多 / 不到 / "up to" / "less than" above.
 * A translation that drops or turns one changes the claim (逾 600 万元 is not "HK$6 million"); 约 / "about" and ranges
 * are left alone, as translators add and drop them freely.
 */
type Bound = 'atLeast' | 'moreThan' | 'atMost' | 'lessThan';
const BOUND_WORDS: Record<Bound, string> = { atLeast: 'at least', moreThan: 'more than', atMost: 'at most', lessThan: 'less than' };

const ZH_BOUND_WORD = /至少|最少|不少[于於]|不低[于於]|逾|超[过過]?|突破|以上|之上|上方|多|余|餘|最多|最高|至多|不超[过過]|不到|以下|以[内內]|未[满滿]|[将將]?近|接近|低[于於]|高[于於]|上限|下限/u;
const EN_BOUND_WORD = /\b(?:at least|at most|more than|fewer than|less than|over|above|exceed\w*|top(?:s|ped)?|surpass\w*|in excess of|upwards of|up to|no more than|under|below|nearly|almost|close to|as (?:much|many|high|low) as|maximum|minimum|plus|cap(?:ped)? at|past|beyond|odd|(?:higher|greater|larger|bigger|lower|smaller) than|north of|south of|(?:shy|short) of|passed|crossed)\b|\+/iu;

/** Whether a word of bounding stands near a figure (before it, or just after: 1000 万以上, "2 million or more"). */
function boundWordNear(text: string, q: Quantity, lang: 'zh' | 'en'): boolean {
  const window = lang === 'zh' ? text.slice(Math.max(0, q.start - 12), q.end + 4) : text.slice(Math.max(0, q.start - 30), q.end + 15);
  return (lang === 'zh' ? ZH_BOUND_WORD : EN_BOUND_WORD).test(window) || (lang === 'en' && /\bor (?:more|less|fewer|above|below)\b/iu.test(window));
}

/** `at least` and `more than` are one bound for a translation (至少 and 逾 are rendered either way); so are the upper ones. */
function boundOf(q: Quantity): 'atLeast' | 'atMost' | null {
  if (q.approx === 'atLeast' || q.approx === 'moreThan') return 'atLeast';
  if (q.approx === 'atMost' || q.approx === 'lessThan') return 'atMost';
  return null;
}

/** English measures the finder leaves unread or reads as a count (`1.2 lb`, `1.79 million sq miles`). */
const EN_MORE_MEASURES: Record<string, string> = {
  lb: 'lb', lbs: 'lb', pounds: 'lb', pound: 'lb', oz: 'oz', ounces: 'oz', 'sq miles': 'mi2', 'sq mile': 'mi2', mi: 'mi',
  'sq ft': 'ft2', 'square feet': 'ft2', mu: 'mu', kw: 'kW', kilowatts: 'kW', mph: 'mph', 'km/h': 'km/h', kph: 'km/h',
};
const EN_UNIT_WORDS = [...new Set([...Object.keys(EN_MEASURES), ...Object.keys(EN_MORE_MEASURES)])].sort((a, b) => b.length - a.length);
const EN_UNIT_AFTER = new RegExp(
  `^\\s*(?:thousand|million|billion|trillion|mn|bn)?\\s*(${EN_UNIT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|')})(?![\\p{L}\\p{N}²³])`,
  'iu',
);
/** Canonical measure units (those of EN_MEASURES and the Chinese classifiers' measures). */
const MEASURES = new Set([...Object.values(EN_MEASURES), ...Object.values(EN_MORE_MEASURES), 'mu', 'm3', 'mg', 'µg', 'µg/m3', 'ha']);

/** Where the number of a quantity ends: after its last digit and any scale word. */
function numberEnd(q: Quantity, text: string): number {
  const m = /^(.*[0-9０-９])(?:\s*(?:thousand|million|billion|trillion|mn|bn|[万萬亿億千百]+))?/iu.exec(q.text);
  return m ? q.start + m[0].length : q.end;
}

function unitEnd(q: Quantity, text: string): number {
  const from = numberEnd(q, text);
  const m = EN_UNIT_AFTER.exec(text.slice(from));
  return m ? from + m[0].length : q.end;
}

/**
 * Units of one dimension that differ by a power of ten, with their size in the dimension's base unit: a translation
 * may say 1.4 亿千瓦 as "140 GW" or 5000 米 as "5 km" without changing the quantity.
 */
const UNIT_SIZES: Record<string, { dimension: string; size: number }> = {
  W: { dimension: 'power', size: 1 }, kW: { dimension: 'power', size: 1e3 }, MW: { dimension: 'power', size: 1e6 }, GW: { dimension: 'power', size: 1e9 },
  kWh: { dimension: 'energy', size: 1e3 }, MWh: { dimension: 'energy', size: 1e6 }, GWh: { dimension: 'energy', size: 1e9 }, TWh: { dimension: 'energy', size: 1e12 },
  mm: { dimension: 'length', size: 1e-3 }, cm: { dimension: 'length', size: 1e-2 }, m: { dimension: 'length', size: 1 }, km: { dimension: 'length', size: 1e3 },
  µg: { dimension: 'mass', size: 1e-6 }, mg: { dimension: 'mass', size: 1e-3 }, g: { dimension: 'mass', size: 1 }, kg: { dimension: 'mass', size: 1e3 }, t: { dimension: 'mass', size: 1e6 },
};

/** The factors that bring two different units of one dimension to its base unit, or null (same unit, or not comparable). */
function unitScales(z: string | null | undefined, e: string | null | undefined): { z: number; e: number } | null {
  if (!z || !e || z === e) return null;
  const zs = UNIT_SIZES[z];
  const es = UNIT_SIZES[e];
  return zs && es && zs.dimension === es.dimension ? { z: zs.size, e: es.size } : null;
}

/** The unit of measure of a figure (km, kg, GW, mph…), or null for money, counts and bare numbers. */
function measureOf(q: Quantity, text: string, lang: 'zh' | 'en'): string | null {
  if (q.kind !== 'number' && q.kind !== 'count') return null;
  if (lang === 'zh') return q.unit && MEASURES.has(q.unit) ? q.unit : null;
  const after = text.slice(numberEnd(q, text));
  const m = EN_UNIT_AFTER.exec(after);
  if (m) {
    const unit = EN_MEASURES[m[1].toLowerCase()] ?? EN_MORE_MEASURES[m[1].toLowerCase()] ?? null;
    // "5 km an hour", "60 miles per hour" are speeds.
    if ((unit === 'km' || unit === 'mi') && /^\s*(?:an|a|per|each)\s+hour\b/iu.test(after.slice(m[0].length))) return unit === 'km' ? 'km/h' : 'mph';
    return unit;
  }
  return q.unit && MEASURES.has(q.unit) ? q.unit : null;
}

/** Units of time a count is in (8 小时 / "8 hours"), by the finder's unit: the same figure in another one is wrong. */
const TIME_UNITS: Record<string, string> = {
  seconds: 'seconds', second: 'seconds', secs: 'seconds', minutes: 'minutes', minute: 'minutes', mins: 'minutes', hours: 'hours', hour: 'hours',
  hrs: 'hours', days: 'days', day: 'days', weeks: 'weeks', week: 'weeks', months: 'months', month: 'months', years: 'years', year: 'years',
};

const PERIOD_WORDS: Record<string, string> = { day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

/** A quantity's normalised value in words a reader can compare: `30,000,000 USD a month`, `2023-10-07`, `50%`, `10 km`. */
export function describeQuantity(q: Quantity): string {
  if (q.kind === 'date') return q.date ?? q.text;
  const two = (v: number) => String(Math.floor(v)).padStart(2, '0');
  if (q.unit === 'time' && q.value !== null) return `${two(q.value / 60)}:${two(q.value % 60)}`;
  if (q.unit === 'duration' && q.value !== null) return `${Math.floor(q.value / 3600)}:${two((q.value % 3600) / 60)}:${two(q.value % 60)}${q.value % 1 ? String(q.value % 1).slice(1, 4) : ''}`;
  const fmt = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 6 });
  let s = q.value === null ? q.text : fmt(q.value);
  if (q.valueMax !== null) s += `–${fmt(q.valueMax)}`;
  if (q.kind === 'percent') s += q.unit === '%' || !q.unit ? '%' : ` ${q.unit}`;
  // A measure names its unit (10 km, 40.5 °C, 7.8 magnitude): without it "= 10" says too little.
  if (q.kind === 'number' && q.unit) s += /^°/.test(q.unit) ? q.unit : ` ${q.unit}`;
  if (q.currency) s += ` ${q.currency}`;
  if (q.per) s += ` ${PERIOD_WORDS[q.per] ?? `per ${q.per}`}`;
  return s;
}

/**
 * A bare 1 (各取 1 分, "1 person"): the other language says it with an article or a word ("a point apiece", "one
 * of"), so like a spelled-out figure it is compared when both sides have it but not reported alone.
 */
function isOne(q: Quantity, text: string): boolean {
  // Joined to other figures (10+1, 1:1, 1-0) it is part of a name or a score, written the same in both languages.
  const joined = /[+＋\-–:：/]\s*$/u.test(text.slice(0, q.start)) || /^\s*[+＋\-–:：/]/u.test(text.slice(q.end));
  return q.value === 1 && q.valueMax === null && !q.currency && q.kind !== 'percent' && q.kind !== 'date' && !q.per && !joined;
}

/** A figure spelled out in words (三名, 今年, "a decade"): not reported when only one side has it. */
function isSpelledOut(q: Quantity): boolean {
  return !/[0-9０-９]/.test(q.text);
}

function finding(pairIndex: number, zh: string, en: string, detail: string, z?: Quantity, e?: Quantity): CheckFinding {
  const f: CheckFinding = { kind: 'number', zh, en, detail, pairIndex };
  if (z) f.zhSpan = { start: z.start, end: z.end };
  if (e) f.enSpan = { start: e.start, end: e.end };
  return f;
}

/** Whether two figures are in the same unit of time or measure (or neither has one). */
function sameUnit(z: Item, e: Item): boolean {
  const zt = z.q.unit ? TIME_UNITS[z.q.unit] : undefined;
  const et = e.q.unit ? TIME_UNITS[e.q.unit] : undefined;
  if (zt || et) return zt === et;
  return (z.measure ?? null) === (e.measure ?? null);
}

/** The number findings of one pair (see the module comment for what agrees). */
export function checkNumbers(zh: string, en: string, pairIndex: number, published?: string | null): CheckFinding[] {
  if (!zh.trim() || !en.trim()) return [];
  const zs = itemsOf(zh, 'zh', published);
  const es = itemsOf(en, 'en', published);
  const findings: CheckFinding[] = [];
  const matched: [Item, Item][] = [];

  // Identical dates first (so 今年 does not take the English "July 29" from 7 月 29 日), then exact agreements, then
  // agreements within rounding, each time in reading order.
  for (const level of [3, 2, 1]) {
    for (const z of zs) {
      if (z.used) continue;
      // One in the same unit first: 5天内走了5小时 / "5 hours in 5 days" pairs 5天 with "5 days", whatever the order.
      const e = es.find((x) => !x.used && agreement(z, x, zh) === level && sameUnit(z, x)) ?? es.find((x) => !x.used && agreement(z, x, zh) === level);
      if (e) {
        z.used = e.used = true;
        matched.push([z, e]);
      }
    }
  }
  for (const [z, e] of matched) {
    if (z.q.per && e.q.per && z.q.per !== e.q.per) {
      findings.push(finding(pairIndex, zh, en, `${z.q.text} is ${PERIOD_WORDS[z.q.per]} but the English says ${PERIOD_WORDS[e.q.per]} ("${e.q.text}")`, z.q, e.q));
    }
    // 高达 ("as much as") stresses a figure as "as high as" does; it bounds nothing.
    const zb = /^高[达達]/u.test(z.q.text) || /高[达達]\s*$/u.test(zh.slice(Math.max(0, z.q.start - 3), z.q.start)) ? null : boundOf(z.q);
    // "as low as", "as many as" stress a figure rather than bound it.
    const eb = /^as\s+\w+\s+as\b/iu.test(e.q.text) ? null : boundOf(e.q);
    // Only a bound dropped or added is reported, and only when the other side has no word of bounding near its
    // figure at all: "topped 2 million", 最高可获得 2 万元, "did not fall below 28 C" bound the figure in words the finder
    // does not tie to it.
    const dropped = zb && !eb && !boundWordNear(en, e.q, 'en');
    const added = eb && !zb && !boundWordNear(zh, z.q, 'zh');
    if ((dropped || added) && !z.q.vague && !e.q.vague && !isMultiple(z.q) && !isMultiple(e.q) && z.cls !== 'date') {
      const said = eb ? `says "${BOUND_WORDS[e.q.approx as Bound]}"` : 'gives no such bound';
      const what = zb ? `says "${BOUND_WORDS[z.q.approx as Bound]}" ${describeQuantity(z.q)}` : `gives ${describeQuantity(z.q)} with no bound`;
      findings.push(finding(pairIndex, zh, en, `${z.q.text} ${what} but the English ${said} ("${e.q.text}")`, z.q, e.q));
    }
    const zt = z.q.unit ? TIME_UNITS[z.q.unit] : undefined;
    const et = e.q.unit ? TIME_UNITS[e.q.unit] : undefined;
    if (zt && et && zt !== et) {
      findings.push(finding(pairIndex, zh, en, `${z.q.text} is in ${zt} but the English says ${et} ("${e.q.text}")`, z.q, e.q));
    }
    const zu = z.measure;
    const eu = e.measure;
    if (zu && eu && zu !== eu && !unitScales(zu, eu)) {
      findings.push(finding(pairIndex, zh, en, `${z.q.text} is in ${zu} but the English says ${eu} ("${en.slice(e.q.start, Math.max(e.q.end, unitEnd(e.q, en)))}")`, z.q, e.q));
    }
  }
  // What is left on both sides and comparable disagrees: report it as one finding per figure.
  for (const z of zs) {
    if (z.used) continue;
    if (z.conversion) continue;
    const candidates = es.filter((x) => !x.used && !x.conversion && comparable(z, x));
    const e = candidates.find((x) => x.q.kind === z.q.kind && x.q.currency === z.q.currency) ?? candidates[0];
    if (!e) continue;
    z.used = e.used = true;
    findings.push(finding(pairIndex, zh, en, `${z.q.text} = ${describeQuantity(z.q)} but the English says ${describeQuantity(e.q)} ("${e.q.text}")`, z.q, e.q));
  }
  for (const z of zs) {
    if (z.used || z.spelled || z.conversion || isSpelledOut(z.q) || isOne(z.q, zh)) continue;
    findings.push(finding(pairIndex, zh, en, `${z.q.text} (${describeQuantity(z.q)}) is not in the English`, z.q));
  }
  for (const e of es) {
    if (e.used || e.spelled || e.conversion || isSpelledOut(e.q) || isOne(e.q, en)) continue;
    findings.push(finding(pairIndex, zh, en, `"${e.q.text}" (${describeQuantity(e.q)}) in the English is not in the Chinese`, undefined, e.q));
  }
  return findings;
}
