/**
 * Whether two quantities state the same fact, for the translation number check: 每月 3000 万美元 and
 * "$30 million a month" match; "$3 million a month" or "$30 million a year" do not. Kept next to the finder so the
 * comparison and the normalisation it relies on change together.
 */
import type { Quantity } from '../model/quantity';

/** Fields that may be absent on one side (a translator can drop "US" or a unit) without making it a mismatch. */
function compatible<T>(a: T | null, b: T | null): boolean {
  return a === null || b === null || a === b;
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * True when `a` and `b` say the same: same value (and upper bound), same period, same date; the currency and unit
 * must agree when both sides state one. A count and a bare number of the same value match (两名 / "two"), as do
 * `moreThan`/`atLeast` and `lessThan`/`atMost`, which translations use interchangeably (逾 / "at least").
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'statement' || b.kind === 'statement') return false;
  if (a.kind === 'date' || b.kind === 'date') return a.kind === b.kind && a.date !== null && a.date === b.date;
  const kinds = new Set([a.kind, b.kind]);
  const looseNumber = kinds.size === 2 && kinds.has('number') && (kinds.has('count') || kinds.has('money'));
  if (kinds.size > 1 && !looseNumber) return false;
  if ((a.vague || b.vague) && !vagueAgrees(a, b)) return false;
  if (a.vague || b.vague) {
    return compatible(a.currency, b.currency) && compatible(a.unit === 'people' ? null : a.unit, b.unit === 'people' ? null : b.unit) && a.per === b.per;
  }
  return (
    sameNumber(a.value, b.value) &&
    sameNumber(a.valueMax, b.valueMax) &&
    compatible(a.currency, b.currency) &&
    compatible(a.unit === 'people' ? null : a.unit, b.unit === 'people' ? null : b.unit) &&
    a.per === b.per &&
    approxFamily(a.approx) === approxFamily(b.approx)
  );
}

function approxFamily(approx: Quantity['approx']): string {
  switch (approx) {
    case 'moreThan': case 'atLeast': return 'above';
    case 'lessThan': case 'atMost': return 'below';
    case 'about': case null: return 'exact';
    default: return approx;
  }
}

/**
 * A vague figure (数百, "tens of thousands", 十几) agrees with any figure that can mean a value inside its range:
 * 数万 and "tens of thousands", 上万 ("over 10,000") and "tens of thousands", 十几名 and "over a dozen".
 */
export function vagueAgrees(a: Quantity, b: Quantity): boolean {
  const [aLow, aHigh] = interval(a);
  const [bLow, bHigh] = interval(b);
  return aLow <= bHigh && bLow <= aHigh;
}

/** The values a figure can mean, as a closed interval. */
function interval(q: Quantity): [number, number] {
  const v = q.value ?? 0;
  switch (q.approx) {
    case 'range': return [v, q.valueMax ?? v];
    case 'moreThan': case 'atLeast': return [v, Infinity];
    case 'lessThan': case 'atMost': return [0, v];
    case 'about': return [v * 0.8, v * 1.2];
    default: return [v, v];
  }
}
