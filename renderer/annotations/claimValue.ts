/**
 * The normalised value a new claim starts with: the suggestion inside the selection when Glossa already found one
 * (its offsets are the canonical ones), else the quantity `findQuantities` reads in the selected words. Bare
 * statements carry no value.
 */
import type { SuggestionJSON } from '../../shared/claims/suggest';
import type { Quantity } from '../../shared/model/quantity';
import { claimsEngine } from './claimsEngine';

/** The value for a claim on canonical span [start, end) whose text is `text`, or null. */
export async function initialClaimValue(
  text: string,
  start: number,
  end: number,
  suggestions: readonly SuggestionJSON[],
  published: string | null,
): Promise<Quantity | null> {
  const inside = suggestions.filter((s) => s.kind !== 'statement' && s.start >= start && s.end <= end);
  if (inside.length > 0) {
    const best = inside.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    return { ...best };
  }
  // A figure Glossa would suggest first; a plain number only when the checker selected nothing better (a claim on
  // "12 of them" is about 12).
  const { findQuantities, isCheckworthy } = await claimsEngine();
  const found = findQuantities(text, { published });
  const worthy = found.filter(isCheckworthy);
  const pool = worthy.length > 0 ? worthy : found.filter((q) => q.kind === 'number');
  if (pool.length === 0) return null;
  const best = pool.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  // Offsets of the quantity within the selection, moved to the selection's place in the canonical text.
  return { ...best, start: best.start + start, end: best.end + start };
}

/** A value in words for the list and the editor ("30000000 USD per month, at least"). */
export function describeValue(q: Quantity | null): string {
  if (!q) return '';
  if (q.kind === 'date') return q.date ?? q.text;
  const parts: string[] = [];
  if (q.approx === 'range' && q.valueMax !== null) parts.push(`${fmt(q.value)}–${fmt(q.valueMax)}`);
  else parts.push(fmt(q.value));
  if (q.currency) parts.push(q.currency);
  else if (q.unit) parts.push(q.unit);
  if (q.per) parts.push(`per ${q.per}`);
  if (q.approx && q.approx !== 'range') parts.push(`(${q.approx})`);
  return parts.join(' ');
}

function fmt(n: number | null): string {
  return n === null ? '?' : n.toLocaleString('en-US');
}
