/**
 * Sizes of the units of one dimension, for telling a figure restated in another unit ("10 miles (16 km)", "45C
 * (113F)") from a different figure. Claims merge a restatement that agrees into its figure; the translation check
 * leaves it out of the comparison; one that disagrees stays a figure of its own in both, a slip to check.
 */

/**
 * Units of one dimension, each with its size in the dimension's first unit of measure (metres, kilograms, square
 * metres, litres, metres per second; degrees are converted on their own): a figure in one restated in another is the
 * same quantity when the two sizes agree.
 */
const DIMENSIONS: Record<string, number>[] = [
  { m: 1, km: 1000, cm: 0.01, mm: 0.001, mi: 1609.344, ft: 0.3048, in: 0.0254, yd: 0.9144, nmi: 1852 },
  { kg: 1, g: 0.001, mg: 1e-6, t: 1000, lb: 0.45359237, oz: 0.028349523125, jin: 0.5 },
  { m2: 1, km2: 1e6, mi2: 2_589_988.110336, ft2: 0.09290304, ha: 1e4, acre: 4046.8564224, mu: 2000 / 3 },
  { '°C': 1, '°F': 1 },
  { 'm/s': 1, 'km/h': 1 / 3.6, mph: 0.44704, kn: 1852 / 3600 },
  { L: 1, gal: 3.785411784, m3: 1000, barrels: 158.987294928 },
];
const dimensionOf = (unit: string | null): number => DIMENSIONS.findIndex((d) => unit !== null && unit in d);

/** A value in its dimension's base unit (degrees Fahrenheit as Celsius), or null for a unit of no listed dimension. */
function inBaseUnit(value: number, unit: string | null): number | null {
  if (unit === '°F') return ((value - 32) * 5) / 9;
  const dimension = DIMENSIONS[dimensionOf(unit)];
  return dimension && unit !== null ? value * (dimension[unit] as number) : null;
}

/** Whether two units measure one dimension (length, mass, area, temperature, speed, volume) and are not the same unit. */
export function sameDimension(a: string | null, b: string | null): boolean {
  return a !== b && dimensionOf(a) >= 0 && dimensionOf(a) === dimensionOf(b);
}

/**
 * Whether `x` in `unitX` and `y` in `unitY` are one amount, within what a writer's rounding allows (5 %; a degree and a
 * half for temperatures).
 */
export function sameAmount(x: number, unitX: string | null, y: number, unitY: string | null): boolean {
  const a = inBaseUnit(x, unitX);
  const b = inBaseUnit(y, unitY);
  if (a === null || b === null || !sameDimension(unitX, unitY)) return false;
  if (unitX === '°C' || unitX === '°F') return Math.abs(a - b) <= 1.5;
  return Math.abs(a - b) <= 0.05 * Math.max(Math.abs(a), Math.abs(b));
}
