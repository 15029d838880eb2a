/**
 * Units of measure and of time around a figure, for the number check: which unit a figure is in (10 km, "60 miles per
 * hour"), where its number and unit end, and the factor between units of one dimension (140 GW = 1.4 亿千瓦).
 */
import { EN_MEASURES } from '../claims/lexicon';
import type { Quantity } from '../model/quantity';
import type { Item } from './numberItems';

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
export function numberEnd(q: Quantity, text: string): number {
  const m = /^(.*[0-9０-９])(?:\s*(?:thousand|million|billion|trillion|mn|bn|[万萬亿億千百]+))?/iu.exec(q.text);
  return m ? q.start + m[0].length : q.end;
}

export function unitEnd(q: Quantity, text: string): number {
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
export function unitScales(z: string | null | undefined, e: string | null | undefined): { z: number; e: number } | null {
  if (!z || !e || z === e) return null;
  const zs = UNIT_SIZES[z];
  const es = UNIT_SIZES[e];
  return zs && es && zs.dimension === es.dimension ? { z: zs.size, e: es.size } : null;
}

/** The unit of measure of a figure (km, kg, GW, mph…), or null for money, counts and bare numbers. */
export function measureOf(q: Quantity, text: string, lang: 'zh' | 'en'): string | null {
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

/**
 * The unit of a length of time a count is in (8 小时 / "8 hours"), from the finder's unit or its short form (hrs, mins)
 * to one name each: the same figure in another unit is wrong. Not a time of day (an item of class `time`).
 */
export const DURATION_UNIT_NAMES: Record<string, string> = {
  seconds: 'seconds', second: 'seconds', secs: 'seconds', minutes: 'minutes', minute: 'minutes', mins: 'minutes', hours: 'hours', hour: 'hours',
  hrs: 'hours', days: 'days', day: 'days', weeks: 'weeks', week: 'weeks', months: 'months', month: 'months', years: 'years', year: 'years',
};

/** Whether two figures are in the same unit of time or measure (or neither has one). */
export function sameUnit(z: Item, e: Item): boolean {
  const zt = z.q.unit ? DURATION_UNIT_NAMES[z.q.unit] : undefined;
  const et = e.q.unit ? DURATION_UNIT_NAMES[e.q.unit] : undefined;
  if (zt || et) return zt === et;
  return (z.measure ?? null) === (e.measure ?? null);
}
