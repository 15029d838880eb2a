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
 */
import { vagueAgrees } from '../claims/compare';
import { findQuantities } from '../claims/quantities';
import type { Quantity } from '../model/quantity';
import type { CheckFinding } from '../model/translation';

type QuantityClass = 'amount' | 'percent' | 'date';

interface Item {
  q: Quantity;
  cls: QuantityClass;
  used: boolean;
}

function classOf(q: Quantity): QuantityClass | null {
  if (q.kind === 'statement') return null;
  if (q.kind === 'date') return q.date ? 'date' : null;
  if (q.value === null || !Number.isFinite(q.value)) return null;
  return q.kind === 'percent' ? 'percent' : 'amount';
}

function itemsOf(text: string, lang: 'zh' | 'en', published: string | null | undefined): Item[] {
  const items: Item[] = [];
  for (const q of findQuantities(text, { lang, published })) {
    const cls = classOf(q);
    if (cls) items.push({ q, cls, used: false });
  }
  return items;
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

/** Whether the text names its year (2023, 二〇二三) rather than leaving it to be inferred. */
function writesYear(q: Quantity): boolean {
  return /\d{4}|[〇零一二三四五六七八九]{4}/.test(q.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}

/** How well two quantities agree: 2 exact, 1 within rounding, 0 not at all. */
function agreement(z: Item, e: Item): number {
  if (z.cls === 'date' || e.cls === 'date') {
    const zd = z.cls === 'date' ? z.q.date : yearOf(z.q);
    const ed = e.cls === 'date' ? e.q.date : yearOf(e.q);
    if (!zd || !ed) return 0;
    return datesAgree(zd, ed, writesYear(z.q) && writesYear(e.q)) ? 2 : 0;
  }
  if (z.cls !== e.cls) return 0;
  if (z.q.currency && e.q.currency && z.q.currency !== e.q.currency) return 0;
  // 数万 / "tens of thousands", 上万 / "tens of thousands", 十几 / "over a dozen": a vague figure agrees with any
  // figure that can mean one of its values.
  if (z.q.vague || e.q.vague) return vagueAgrees(z.q, e.q) ? 1 : 0;
  const low = valueAgreement(z.q.value as number, e.q.value as number);
  if (!low) return 0;
  const zMax = z.q.valueMax;
  const eMax = e.q.valueMax;
  if (zMax !== null || eMax !== null) {
    if (zMax === null || eMax === null || !valueAgreement(zMax, eMax)) return 0;
  }
  return low === 'exact' ? 2 : 1;
}

function comparable(z: Item, e: Item): boolean {
  if (z.cls === 'date' || e.cls === 'date') return (z.cls === 'date' || yearOf(z.q) !== null) && (e.cls === 'date' || yearOf(e.q) !== null);
  return z.cls === e.cls;
}

const PERIOD_WORDS: Record<string, string> = { day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

/** A quantity's normalised value in words a reader can compare: `30,000,000 USD a month`, `2023-10-07`, `50%`, `10 km`. */
export function describeQuantity(q: Quantity): string {
  if (q.kind === 'date') return q.date ?? q.text;
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

/** The number findings of one pair (see the module comment for what agrees). */
export function checkNumbers(zh: string, en: string, pairIndex: number, published?: string | null): CheckFinding[] {
  if (!zh.trim() || !en.trim()) return [];
  const zs = itemsOf(zh, 'zh', published);
  const es = itemsOf(en, 'en', published);
  const findings: CheckFinding[] = [];
  const matched: [Item, Item][] = [];

  // Exact agreements first, then agreements within rounding, each time in reading order.
  for (const level of [2, 1]) {
    for (const z of zs) {
      if (z.used) continue;
      const e = es.find((x) => !x.used && agreement(z, x) === level);
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
  }
  // What is left on both sides and comparable disagrees: report it as one finding per figure.
  for (const z of zs) {
    if (z.used) continue;
    const candidates = es.filter((x) => !x.used && comparable(z, x));
    const e = candidates.find((x) => x.q.kind === z.q.kind && x.q.currency === z.q.currency) ?? candidates[0];
    if (!e) continue;
    z.used = e.used = true;
    findings.push(finding(pairIndex, zh, en, `${z.q.text} = ${describeQuantity(z.q)} but the English says ${describeQuantity(e.q)} ("${e.q.text}")`, z.q, e.q));
  }
  for (const z of zs) {
    if (z.used || isSpelledOut(z.q)) continue;
    findings.push(finding(pairIndex, zh, en, `${z.q.text} (${describeQuantity(z.q)}) is not in the English`, z.q));
  }
  for (const e of es) {
    if (e.used || isSpelledOut(e.q)) continue;
    findings.push(finding(pairIndex, zh, en, `"${e.q.text}" (${describeQuantity(e.q)}) in the English is not in the Chinese`, undefined, e.q));
  }
  return findings;
}
