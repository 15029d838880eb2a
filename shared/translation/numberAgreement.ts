/**
 * Whether a Chinese figure and an English one agree, for the number check: values within rounding, dates at the
 * precision both write, weekdays a tense apart, a bare 元 and the dollars called 元, multiples (增加一倍 = "doubled"),
 * and units of one dimension. See `checkNumbers.ts` for the decisions.
 */
import { vagueAgrees } from '../claims/compare';
import { isIncreaseByMultiple } from '../claims/multiples';
import { foldWidth } from '../claims/numerals';
import type { Quantity } from '../model/quantity';
import type { Item } from './numberItems';
import { yearOf } from './numberItems';
import { unitScales } from './numberMeasures';

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
  return /\d{4}|[〇零一二三四五六七八九]{4}/.test(foldWidth(q.text));
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
export function isMultiple(q: Quantity): boolean {
  return q.unit === 'fold' || (q.unit === 'times' && !/[次回]/u.test(q.text));
}

/** A multiple compares with a multiple, or with a bare figure ("6.9 times" may be read without a unit). */
function foldComparable(z: Item, e: Item): boolean {
  // "three times" may be a multiple or a count of occurrences (3 次).
  const either = (q: Quantity) => q.unit === null || q.unit === 'times' || isMultiple(q);
  return either(z.q) && either(e.q);
}

/**
 * The finder reads 增加一倍 ("increased by one times") as 2 fold, "doubled", and 增加了两倍 as 3 fold, "tripled"
 * (`readIncreaseByMultiple`), so equal values agree. Press copy sometimes writes 增加了 N 倍 for N fold, so for N ≥ 2
 * the loose reading (one less) agrees too: 增加了两倍 is "tripled" or, loosely, "doubled"; 增加一倍 is only "doubled".
 */
function foldAgrees(z: Item, e: Item): boolean {
  if (z.q.value === null || e.q.value === null) return false;
  if (close(z.q.value, e.q.value)) return true;
  return isIncreaseByMultiple(z.q.text) && z.q.value >= 3 && close(z.q.value - 1, e.q.value);
}

/** How well two quantities agree: 3 identical dates, 2 exact, 1 within rounding, 0 not at all. */
/**
 * What a percentage is in: a share (`%`) or a difference of shares (percentage points, basis points), and how many
 * percentage points one of its units is. 2 % and 2 percentage points are different statements (a rate rising from
 * 10 % to 10.2 %, or to 12 %), and 25 basis points are 0.25 points, not 25 %: the check compares within one kind only.
 */
function percentKind(q: Quantity): { kind: 'share' | 'points'; points: number } {
  if (q.unit === 'basis points') return { kind: 'points', points: 0.01 };
  if (q.unit === 'percentage points') return { kind: 'points', points: 1 };
  return { kind: 'share', points: 1 };
}

/** Agreement of two percentages in different units of one kind (25 个基点 and "0.25 percentage points"). */
function pointsAgreement(z: Item, e: Item): number {
  const zs = percentKind(z.q).points;
  const es = percentKind(e.q).points;
  if (z.q.value === null || e.q.value === null) return 0;
  const low = valueAgreement(z.q.value * zs, e.q.value * es);
  if (!low) return 0;
  if (z.q.valueMax !== null || e.q.valueMax !== null) {
    if (z.q.valueMax === null || e.q.valueMax === null || !valueAgreement(z.q.valueMax * zs, e.q.valueMax * es)) return 0;
  }
  return low === 'exact' ? 2 : 1;
}

export function agreement(z: Item, e: Item, zh: string): number {
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
  if (z.cls === 'percent') {
    if (percentKind(z.q).kind !== percentKind(e.q).kind) return 0;
    if (percentKind(z.q).points !== percentKind(e.q).points) return pointsAgreement(z, e);
  }
  if (isMultiple(z.q) || isMultiple(e.q)) return foldComparable(z, e) && foldAgrees(z, e) ? 2 : 0;
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
  return day !== null && Number(foldWidth(day[1])) === e.q.value;
}

export function comparable(z: Item, e: Item): boolean {
  if (z.agreeOnly || e.agreeOnly) return false;
  // A multiple (一倍, "doubled") or a time is a different statement from any other figure, not a wrong one.
  if ((isMultiple(z.q) || isMultiple(e.q)) && !foldComparable(z, e)) return false;
  if (z.cls === 'time' || e.cls === 'time' || z.cls === 'duration' || e.cls === 'duration') return z.cls === e.cls;
  if (z.cls === 'date' || e.cls === 'date') return (z.cls === 'date' || yearOf(z.q) !== null) && (e.cls === 'date' || yearOf(e.q) !== null);
  return z.cls === e.cls;
}

/** A figure spelled out in words (三名, 今年, "a decade"): not reported when only one side has it. */
export function isSpelledOut(q: Quantity): boolean {
  return !/[0-9０-９]/.test(q.text);
}
