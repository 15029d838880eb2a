/**
 * The figures of one side of a pair, as the number check compares them: the quantity finder's figures and the forms
 * `numberForms.ts` reads, with telephone numbers left out, "from 8 to 15" read as one range, a year after a comma
 * joined to its date, and amounts in brackets that convert the one before them marked as conversions.
 */
import { CONVERSION_OPEN } from '../claims/conversionBrackets';
import { findQuantities } from '../claims/quantities';
import { sameAmount, sameDimension } from '../claims/measureSizes';
import type { Quantity } from '../model/quantity';
import { measureOf, numberEnd } from './numberMeasures';
import { findNumberForms, overlaps } from './numberForms';

export type QuantityClass = 'amount' | 'percent' | 'date' | 'time' | 'duration';

export interface Item {
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


/** The comparable figures of one side, in reading order. */
export function itemsOf(text: string, lang: 'zh' | 'en', published: string | null | undefined): Item[] {
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

/** A bare number that can be a year (2023), as that year, or null. */
export function yearOf(q: Quantity): string | null {
  return q.value !== null && Number.isInteger(q.value) && q.value >= 1000 && q.value <= 2999 && !q.currency && q.kind === 'number' ? String(q.value) : null;
}
