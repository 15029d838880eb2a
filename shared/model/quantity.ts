/**
 * A checkable quantity found in text: money, a count, a percentage, a date or a bare number, normalised so that
 * Chinese and English renderings of the same fact compare equal (每月 3000 万美元 = "$30 million a month").
 * Claims suggestions, claim values and the translation number check all use this one shape.
 */
export type QuantityKind = 'money' | 'count' | 'percent' | 'date' | 'number' | 'statement';
export type Period = 'day' | 'week' | 'month' | 'year';
export type Approx = 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' | 'about' | 'range';

export interface Quantity {
  /** The span as written. */
  text: string;
  /** Canonical-text offsets (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  kind: QuantityKind;
  value: number | null;
  /** Upper bound when `approx` is `range`. */
  valueMax: number | null;
  /** ISO 4217 code. */
  currency: string | null;
  /** What is counted or measured: `people`, `hostages`, `%`, `km`... null when unknown. */
  unit: string | null;
  per: Period | null;
  approx: Approx | null;
  /** ISO 8601 date (`2023-10-07`), or a partial one (`2017-06`, `2022`) when only that much is known. */
  date: string | null;
  /**
   * Set when the figure was said vaguely (数百, 十几, "hundreds of"): its range is a reading of a word, not two figures,
   * so a translation's figure anywhere in it agrees with it.
   */
  vague?: true;
}
