/**
 * The state an amount is read into, shared by the phases that read it (amounts.ts, amountScales.ts, amountRanges.ts,
 * countedUnits.ts, amountRates.ts), and the two sticky-regex helpers they all match with. Kept apart so that the phases
 * can import it without importing one another.
 */
import type { Approx, Period } from '../model/quantity';
import type { NumeralToken } from './numerals';

/** What one atom (numeral plus its own scale) reads as. */
export interface Atom {
  value: number;
  end: number;
  /** The multiplier the scale contributed (3000 万 -> 1e4), 1 when unscaled. */
  factor: number;
  more: boolean;
  /** The most a vague numeral means, scaled as `value` (数百万: 9,000,000), else null. */
  max: number | null;
}

/** The match of sticky `re` starting exactly at `pos` in `text`, or null. */
export function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The match of `re` (anchored with `$`) ending at `pos`, at most `span` characters back; its index is in `text`. */
export function before(re: RegExp, text: string, pos: number, span = 24): RegExpExecArray | null {
  const from = Math.max(0, pos - span);
  const m = re.exec(text.slice(from, pos));
  if (m) m.index += from;
  return m;
}

/** An amount as it is read outwards from its numeral, phase by phase. */
export interface Reading {
  readonly text: string;
  readonly tok: NumeralToken;
  /** The numeral with its own scale (before any range widened it). */
  readonly first: Atom;
  /** The currency a bare 元 names in this text (see `yuanCurrencyOf` in amounts.ts). */
  readonly yuan: string;
  /** 4 plain digits (2011) or 4 Chinese digits (二〇一一): dates own these when 年 follows or a preposition precedes. */
  readonly yearLike: boolean;
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  hasScale: boolean;
  more: boolean;
  currency: string | null;
  /** Set when the currency came from a Chinese prefix (人民币 500 万元), whose 元 then belongs to the span. */
  zhPrefixCurrency: boolean;
  percentUnit: string | null;
  approx: Approx | null;
  per: Period | null;
  unit: string | null;
  measure: boolean;
  counted: boolean;
  /** A vague numeral made (part of) the figure (see `Quantity.vague`). */
  vague: boolean;
}
