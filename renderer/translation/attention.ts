/**
 * Which pairs need a person's look, and how to jump to the next one: the N key and the view's marks both use this, so
 * what is marked is exactly what N visits.
 */

/** Below this confidence an automatic pair is marked low-confidence (the aligner's calibration puts most errors under it). */
export const LOW_CONFIDENCE = 0.6;

/** The fields of a pair this module reads. */
export interface PairLike {
  status: 'auto' | 'confirmed';
  confidence: number;
}

/** True when an automatic pair's confidence is low enough to mark it. */
export function isLowConfidence(pair: PairLike, threshold = LOW_CONFIDENCE): boolean {
  return pair.status !== 'confirmed' && pair.confidence < threshold;
}

/**
 * The index of the next pair after `from` (wrapping round) that needs attention: low-confidence pairs first, then
 * any unconfirmed pair. Returns null when every pair is confirmed.
 */
export function nextAttention(pairs: readonly PairLike[], from: number, threshold = LOW_CONFIDENCE): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const start = Number.isInteger(from) && from >= -1 && from < n ? from : -1;
  for (const wanted of [(p: PairLike) => isLowConfidence(p, threshold), (p: PairLike) => p.status !== 'confirmed']) {
    for (let step = 1; step <= n; step++) {
      const i = (start + step + n) % n;
      if (wanted(pairs[i])) return i;
    }
  }
  return null;
}

/** Confidence as a whole percentage for display (0.873 -> 87). */
export function confidencePercent(confidence: number): number {
  if (!Number.isFinite(confidence)) return 0;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100);
}
