/**
 * Lexical evidence as log-likelihood ratios. For every concept of a Chinese sentence (and every content key of an
 * English one) we know two probabilities: `rho`, that it shows up on the other side when the bead is right (a rate per
 * kind: numbers nearly always survive translation, dictionary words much less often), and `pi`, that it shows up by
 * chance in a span of k sentences of the other side (from how many sentences contain it). A match is worth
 * ln(rho / pi) nats, a miss ln((1 - rho) / (1 - pi)). Because pi grows with the span, merging sentences only pays
 * when the extra matches are more than chance would give: repeated names do not glue neighbours together.
 * English items only ever cost (a miss) and never gain: each link between the sides is counted once, on the Chinese
 * side. The rates start from values that depend on whether a dictionary and a glossary are present, and the aligner
 * re-estimates them on the document after a first pass.
 */
import type { EnFeatures, EnKind, ZhFeatures, ZhKind } from './features';
import { MAX_ITEMS } from './features';

/** Probability that an item of each kind is found on the other side of a correct bead. */
export type MatchRates = Record<ZhKind, number> & Record<`en-${EnKind}`, number>;

/**
 * Starting rates, before they are re-estimated on the document itself (and all the rates a short document gets).
 * English words can only be explained through a dictionary or a glossary, so without them their rates are low and a
 * missing English word costs next to nothing. Measured on the gold corpus with CC-CEDICT the rates come out near
 * 0.55-0.65; the values here are a little lower because real translations are freer than a test corpus.
 */
export function initialRates(hasDictionary: boolean, hasGlossary: boolean): MatchRates {
  return {
    number: 0.85,
    latin: 0.85,
    glossary: 0.8,
    dictionary: 0.5,
    mark: 0.7,
    'en-number': 0.85,
    'en-mark': 0.7,
    'en-name': hasDictionary ? 0.45 : hasGlossary ? 0.25 : 0.05,
    'en-word': hasDictionary ? 0.4 : 0.03,
  };
}

/**
 * Per sentence: `base[k-1]` = the evidence if nothing matched in a span of k (1..3) sentences of the other side, and
 * `delta[(k-1) * 32 + bit]` = what matching item `bit` adds to that.
 */
export interface EvidenceTable {
  base: Float64Array;
  delta: Float64Array;
}

function itemEvidence(rho: number, q: number, span: number, spanExponent: number): [number, number] {
  const pi = 1 - Math.pow(1 - q, Math.pow(span, spanExponent));
  const match = Math.max(0, Math.log(rho / pi));
  const miss = Math.min(0, Math.log((1 - rho) / (1 - pi)));
  return [match, miss];
}

/** How often each key occurs: the share of sentences of the other side whose keys include it. */
function shares(zh: ZhFeatures[], en: EnFeatures[]): { enShare: Map<string, number>; zhShare: Map<string, number> } {
  const enCount = new Map<string, number>();
  for (const s of en) for (const k of s.keys) enCount.set(k, (enCount.get(k) ?? 0) + 1);
  const zhCount = new Map<string, number>();
  for (const s of zh) {
    const seen = new Set<string>();
    for (const c of s.concepts) for (const k of c.keys) seen.add(k);
    for (const k of seen) zhCount.set(k, (zhCount.get(k) ?? 0) + 1);
  }
  // Smoothed towards a background rate, so that in a five-sentence text a word seen once is not taken to be in 20%
  // of all sentences.
  const toShare = (counts: Map<string, number>, total: number): Map<string, number> =>
    new Map([...counts].map(([k, c]) => [k, (c + PRIOR_WEIGHT * BACKGROUND_SHARE) / (total + PRIOR_WEIGHT)]));
  return { enShare: toShare(enCount, en.length), zhShare: toShare(zhCount, zh.length) };
}

/** Share of sentences a word is assumed to occur in before the document is seen, and how many sentences that is worth. */
const BACKGROUND_SHARE = 0.02;
const PRIOR_WEIGHT = 20;

const clampRate = (r: number): number => Math.min(0.97, Math.max(0.02, r));

/** Build the evidence tables of both sides for the given match rates. */
export function evidenceTables(
  zh: ZhFeatures[],
  en: EnFeatures[],
  rates: MatchRates,
  spanExponent = 1,
): { zh: EvidenceTable[]; en: EvidenceTable[] } {
  const { enShare, zhShare } = shares(zh, en);
  const floorEn = (PRIOR_WEIGHT * BACKGROUND_SHARE) / (en.length + PRIOR_WEIGHT);
  const floorZh = (PRIOR_WEIGHT * BACKGROUND_SHARE) / (zh.length + PRIOR_WEIGHT);
  const table = (items: { rho: number; q: number }[], missOnly = false): EvidenceTable => {
    const base = new Float64Array(3);
    const delta = new Float64Array(3 * 32);
    items.slice(0, MAX_ITEMS).forEach(({ rho, q }, bit) => {
      for (let k = 1; k <= 3; k++) {
        const [match, miss] = itemEvidence(rho, q, k, spanExponent);
        base[k - 1] += miss;
        delta[(k - 1) * 32 + bit] = missOnly ? -miss : match - miss;
      }
    });
    return { base, delta };
  };
  return {
    zh: zh.map((s) =>
      table(
        s.concepts.map((c) => {
          let q = 0;
          for (const k of c.keys) q = Math.max(q, enShare.get(k) ?? 0);
          return { rho: clampRate(rates[c.kind]), q: Math.min(0.95, Math.max(floorEn, q)) };
        }),
      ),
    ),
    // English items only ever cost: a link between the two sides is already counted once, on the Chinese side, and
    // counting it again here would pay twice for a name repeated in two English sentences.
    en: en.map((s) =>
      table(
        s.content.map((c) => ({
          rho: clampRate(rates[`en-${c.kind}`]),
          q: Math.min(0.95, Math.max(floorZh, zhShare.get(c.key) ?? 0)),
        })),
        true,
      ),
    ),
  };
}

/** Sum of `delta` over the set bits of `mask`, for a span of `k` sentences. */
export function maskEvidence(mask: number, table: EvidenceTable, k: number): number {
  let sum = table.base[k - 1];
  let rest = mask;
  const offset = (k - 1) * 32;
  while (rest !== 0) {
    const low = rest & -rest;
    sum += table.delta[offset + 31 - Math.clz32(low)];
    rest ^= low;
  }
  return sum;
}
