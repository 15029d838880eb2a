/**
 * The scoring model of the aligner: what a bead costs given its shape, the lengths on both sides and the lexical
 * anchors they share. Kept apart from the search so the numbers can be read, argued about and re-fitted in one place.
 *
 * Cost = shape prior + length mismatch - lexical evidence, all in nats (negative log-probabilities).
 * - Shape priors are Gale & Church's, shifted towards what Chinese->English news translation does: one long Chinese
 *   sentence is split into two English ones more often than the reverse.
 * - Length: the log-ratio of English characters to the expected English length (Chinese length x the pair's own
 *   ratio) is taken as Gaussian, with a wider spread for short sentences; the cost is Gale & Church's -ln of the
 *   two-sided tail probability.
 * - Lexical evidence is a log-likelihood ratio (see evidence.ts): a concept found on both sides is far likelier in a
 *   true bead than in a chance pairing; one not found is somewhat less likely. Omission beads (1-0, 0-1) carry no
 *   lexical term, so a pairing whose sides share nothing loses to "this sentence was not translated".
 *
 * The constants were chosen on the gold corpus, but the F1 there moves by less than 0.02 across a wide range of each
 * of them (lexicalScale 0.5-1, sigma 0.15-0.25, null priors 0.01-0.015): nothing here is tuned bead by bead.
 */

/** Tunable constants of the model. Fitted on the gold corpus in test/fixtures/align (see test/bench/align.ts). */
export interface ModelParams {
  /** -ln P(shape), keyed `a-b`. */
  prior: Record<string, number>;
  /**
   * Spread of ln(English length / expected English length) for a true bead: the variance is
   * `sigma ** 2 + shortNoise / expected length`, so short sentences (whose ratio swings more) are judged less strictly.
   */
  sigma: number;
  shortNoise: number;
  /** Smoothing added to both lengths (in English characters) before taking the ratio. */
  smoothing: number;
  /**
   * Scale of the lexical log-likelihood ratios (see evidence.ts). Below 1 because the items of one sentence are not
   * independent (a name and its title, a number and its unit).
   */
  lexicalScale: number;
  /**
   * How fast the chance of a match grows with the span of the other side: pi = 1 - (1 - q) ^ (k ^ spanExponent).
   * 1 is the independent-sentences answer; lower values stop a longer bead from discounting matches it already had.
   */
  spanExponent: number;
  /** Re-estimate the per-kind match rates on the document after a first pass (needs a few dozen sentences). */
  estimateRates: boolean;
  /** Nats lost per English-character-equivalent of text left unaligned by a 1-0 or 0-1 bead. */
  nullPerChar: number;
  /** Temperature turning costs into posteriors (confidence); > 1 flattens, < 1 sharpens. */
  temperature: number;
  /**
   * Confidence is the lower of a bead's posterior under the model and under the same model with the lexical evidence
   * scaled by this instead of `lexicalScale` (0 or equal turns the second opinion off). How much a sentence's matched
   * and missed words say is the least certain part of the model (they are not independent), and a bead that holds only
   * because missed words are taken at full weight (an added English sentence kept apart instead of joined to its
   * neighbour) is exactly the kind a person should look at. It changes confidences, never the alignment.
   */
  confidenceLexicalScale: number;
  /**
   * A translator's or editor's note (see `isNote` in features.ts) stands alone: -ln P of its 1-0 or 0-1 bead (in place
   * of the shape prior and the per-character cost of leaving text out), and the cost added to a bead that joins a
   * note on one side to sentences with no note on the other.
   */
  noteAlone: number;
  noteJoined: number;
}

/** Default parameters (see the module comment and the bench for how they were chosen). */
export const DEFAULT_PARAMS: ModelParams = {
  prior: {
    '1-1': -Math.log(0.82),
    '1-2': -Math.log(0.07),
    '2-1': -Math.log(0.04),
    '1-0': -Math.log(0.012),
    '0-1': -Math.log(0.012),
    '2-2': -Math.log(0.01),
    '1-3': -Math.log(0.012),
    '3-1': -Math.log(0.006),
  },
  sigma: 0.2,
  shortNoise: 3,
  smoothing: 4,
  lexicalScale: 0.85,
  estimateRates: true,
  spanExponent: 1,
  nullPerChar: 0.003,
  temperature: 1,
  confidenceLexicalScale: 0.5,
  noteAlone: -Math.log(0.5),
  noteJoined: 8,
};

/**
 * Length cost of a non-empty bead: `zhLen` in ideograph units, `enLen` in characters, `ratio` English chars per unit.
 * Like Gale & Church, the cost is -ln of the two-sided tail probability of the standardised mismatch, so it is 0 for
 * a perfect match and does not depend on the spread's scale.
 */
export function lengthCost(zhLen: number, enLen: number, ratio: number, p: ModelParams): number {
  const expected = zhLen * ratio;
  const x = Math.log((enLen + p.smoothing) / (expected + p.smoothing));
  const sd = Math.sqrt(p.sigma * p.sigma + p.shortNoise / Math.max(1, (expected + enLen) / 2));
  return -Math.log(Math.max(1e-300, twoSidedTail(Math.abs(x) / sd)));
}

/** P(|Z| > z) for a standard normal Z (Abramowitz & Stegun 7.1.26 via erfc, error < 1.5e-7). */
export function twoSidedTail(z: number): number {
  const u = z / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * u);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-u * u);
  // For large z the polynomial underflows to 0: fall back to the asymptotic tail so costs keep growing.
  return erfc > 0 ? erfc : Math.exp(-u * u) / (u * Math.sqrt(Math.PI));
}
