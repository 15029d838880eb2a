/**
 * Bilingual sentence alignment for Chinese -> English news translation: a banded dynamic programme over bead shapes
 * 1-1, 1-2, 2-1, 1-3, 3-1, 2-2, 1-0 and 0-1 (Gale & Church's search) whose costs combine sentence lengths (with the
 * English/Chinese length ratio estimated from the pair itself) and lexical anchors shared by the two sides: numbers
 * and dates after normalisation, Latin-script names in the Chinese, glossary terms and, when a dictionary is given,
 * dictionary translations. Each bead's confidence is its posterior probability under the same model.
 */
import { enFeatures, MAX_ITEMS, zhFeatures } from './features';
import { evidenceTables, initialRates, maskEvidence } from './evidence';
import type { MatchRates } from './evidence';
import type { EnFeatures, ZhFeatures } from './features';
import { SHAPES, solveLattice } from './lattice';
import type { Band, LatticeResult } from './lattice';
import { DEFAULT_PARAMS, lengthCost } from './model';
import type { ModelParams } from './model';
import { AlignError } from './errors';
import type { AlignAnchor, AlignDictionary, Bead, GlossaryEntry } from './types';

/** Options of `alignSentences`. Everything is optional; more anchors make the alignment more robust. */
export interface AlignOptions {
  /**
   * Pairs of sentence indices known to translate each other (confirmed by a person, or from an earlier pass): the
   * two sentences always end up in the same bead.
   */
  anchors?: readonly AlignAnchor[];
  /** zh -> en term pairs (the article's wiki-link entities, a project glossary). */
  glossary?: readonly GlossaryEntry[];
  /** A Chinese -> English dictionary lookup (the Node side passes a CC-CEDICT one). */
  dictionary?: AlignDictionary;
  /** Publication date of the article, so relative dates (周三) can be resolved by the quantity finder. */
  published?: string | null;
  /** Override model constants (for fitting and experiments). */
  params?: Partial<ModelParams>;
}

/** English characters per Chinese character when the pair itself gives no usable estimate. */
const DEFAULT_RATIO = 3.2;

/** Pairwise lexical matches: for zh sentence i and en sentence j, which concepts of i and which keys of j met. */
interface PairMasks {
  from: Int32Array;
  to: Int32Array;
  offset: Int32Array;
  zh: Int32Array;
  en: Int32Array;
}

function buildPairMasks(zh: ZhFeatures[], en: EnFeatures[], band: Band): PairMasks {
  const n = zh.length;
  const m = en.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    from[i] = Math.max(0, band.lo[i] - 3);
    to[i] = Math.min(m - 1, band.hi[Math.min(n, i + 3)]);
    offset[i + 1] = offset[i] + Math.max(0, to[i] - from[i] + 1);
  }
  const zhMask = new Int32Array(offset[n]);
  const enMask = new Int32Array(offset[n]);
  // Postings: key -> English sentences containing it, ascending.
  const postings = new Map<string, number[]>();
  en.forEach((s, j) => {
    for (const k of s.keys) {
      const list = postings.get(k);
      if (list) list.push(j);
      else postings.set(k, [j]);
    }
  });
  const enBit = en.map((s) => new Map(s.content.map((c, b) => [c.key, b])));
  for (let i = 0; i < n; i++) {
    zh[i].concepts.forEach((concept, bit) => {
      for (const key of concept.keys) {
        const list = postings.get(key);
        if (!list) continue;
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid] < from[i]) lo = mid + 1;
          else hi = mid;
        }
        for (let p = lo; p < list.length && list[p] <= to[i]; p++) {
          const j = list[p];
          const cell = offset[i] + j - from[i];
          zhMask[cell] |= 1 << bit;
          const eb = enBit[j].get(key);
          if (eb !== undefined) enMask[cell] |= 1 << eb;
        }
      }
    });
  }
  return { from, to, offset, zh: zhMask, en: enMask };
}

function maskAt(masks: Int32Array, pm: PairMasks, i: number, j: number): number {
  if (j < pm.from[i] || j > pm.to[i]) return 0;
  return masks[pm.offset[i] + j - pm.from[i]];
}

/**
 * Re-estimate how often each kind of item is matched in a right bead, from the 1-1 beads of a first pass.
 * A document translated freely, or aligned without a dictionary, gets lower rates, so misses cost less there.
 */
function estimateRates(result: LatticeResult, zh: ZhFeatures[], en: EnFeatures[], pm: PairMasks, prior: MatchRates): MatchRates {
  const seen = new Map<string, [number, number]>();
  const count = (kind: string, matched: boolean): void => {
    const c = seen.get(kind) ?? [0, 0];
    c[0] += matched ? 1 : 0;
    c[1] += 1;
    seen.set(kind, c);
  };
  for (const b of result.beads) {
    if (b.zhEnd - b.zhStart !== 1 || b.enEnd - b.enStart !== 1) continue;
    const x = b.zhStart;
    const y = b.enStart;
    const zm = maskAt(pm.zh, pm, x, y);
    zh[x].concepts.slice(0, MAX_ITEMS).forEach((c, bit) => count(c.kind, (zm & (1 << bit)) !== 0));
    const em = maskAt(pm.en, pm, x, y);
    en[y].content.slice(0, MAX_ITEMS).forEach((c, bit) => count(`en-${c.kind}`, (em & (1 << bit)) !== 0));
  }
  const next = { ...prior };
  for (const kind of Object.keys(prior) as (keyof MatchRates)[]) {
    const [matched, total] = seen.get(kind) ?? [0, 0];
    next[kind] = (matched + 5 * prior[kind]) / (total + 5);
  }
  return next;
}

/** Anchor constraints as per-row limits on j: cell (i, j) is a legal bead boundary only inside them. */
function anchorLimits(n: number, m: number, anchors: readonly AlignAnchor[]): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  const sorted = [...anchors].sort((x, y) => x.zh - y.zh || x.en - y.en);
  for (const a of sorted) {
    if (!Number.isInteger(a.zh) || !Number.isInteger(a.en) || a.zh < 0 || a.zh >= n || a.en < 0 || a.en >= m) {
      throw new AlignError('BAD_ANCHOR', `Anchor zh ${a.zh} / en ${a.en} is outside the ${n} Chinese and ${m} English sentences.`);
    }
  }
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].en < sorted[k - 1].en) {
      throw new AlignError(
        'BAD_ANCHOR',
        `Anchors cross: zh ${sorted[k - 1].zh} -> en ${sorted[k - 1].en} and zh ${sorted[k].zh} -> en ${sorted[k].en}. Remove one of them.`,
      );
    }
  }
  // Boundary (i, j) must keep every anchor pair on the same side: a < i exactly when b < j.
  for (const a of sorted) {
    for (let i = 0; i <= n; i++) {
      if (a.zh < i) lo[i] = Math.max(lo[i], a.en + 1);
      else hi[i] = Math.min(hi[i], a.en);
    }
  }
  return { lo, hi };
}

function makeBand(n: number, m: number, width: number, limits: { lo: Int32Array; hi: Int32Array }): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : (i * m) / n;
    lo[i] = Math.max(limits.lo[i], Math.floor(centre - width));
    hi[i] = Math.min(limits.hi[i], Math.ceil(centre + width));
  }
  lo[0] = 0;
  hi[n] = Math.max(hi[n], m);
  lo[n] = Math.min(lo[n], m);
  return { lo, hi };
}

/**
 * Align Chinese sentences with their English translation. Returns beads that cover every sentence of both sides
 * exactly once, in order, with a confidence in [0, 1] (the bead's posterior probability).
 */
export function alignSentences(zh: readonly string[], en: readonly string[], options: AlignOptions = {}): Bead[] {
  const n = zh.length;
  const m = en.length;
  if (n === 0 || m === 0) {
    return [...zh.map((_, i) => ({ zh: [i], en: [], confidence: 1 })), ...en.map((_, j) => ({ zh: [], en: [j], confidence: 1 }))];
  }
  const p: ModelParams = { ...DEFAULT_PARAMS, ...options.params, prior: { ...DEFAULT_PARAMS.prior, ...options.params?.prior } };
  const limits = anchorLimits(n, m, options.anchors ?? []);
  const zf = zhFeatures(zh, options);
  const ef = enFeatures(en, options);

  const zhTotal = zf.reduce((s, f) => s + f.length, 0);
  const enTotal = ef.reduce((s, f) => s + f.length, 0);
  // Per sentence rather than per document, so an English text that translates only part of the article (or a Chinese
  // text that only covers part of the English) does not skew it: a whole-document ratio would be about half the real
  // one for a half-translated article, and every pair would then look too long. (Re-measuring it on the beads of a
  // first pass was tried: it helped partial translations a little and hurt texts with many omissions more.)
  const ratio = zhTotal > 0 && enTotal > 0 ? clampRatio(enTotal / m / (zhTotal / n)) : DEFAULT_RATIO;

  const priors = SHAPES.map(([a, b]) => p.prior[`${a}-${b}`]);
  const shapeIndex = new Int8Array(16);
  SHAPES.forEach(([a, b], s) => (shapeIndex[a * 4 + b] = s));

  let width = Math.max(16, Math.ceil(0.02 * Math.max(n, m)) + Math.ceil(Math.abs(n - m) * 0.2));
  let rates: MatchRates = initialRates(options.dictionary !== undefined, (options.glossary?.length ?? 0) > 0);
  let result: LatticeResult | null = null;
  const passes = p.estimateRates && n >= 10 && m >= 10 ? 2 : 1;
  for (let pass = 0; pass < passes; pass++) {
    for (;;) {
      const band = makeBand(n, m, width, limits);
      const pm = buildPairMasks(zf, ef, band);
      const tables = evidenceTables(zf, ef, rates, p.spanExponent);
      const costWith = (lexicalScale: number) => (i: number, j: number, a: number, b: number): number => {
        const prior = priors[shapeIndex[a * 4 + b]];
        if (a === 0 || b === 0) {
          if ((a === 1 && zf[i - 1].note) || (b === 1 && ef[j - 1].note)) return p.noteAlone;
          let len = 0;
          for (let x = i - a; x < i; x++) len += zf[x].length * ratio;
          for (let y = j - b; y < j; y++) len += ef[y].length;
          return prior + p.nullPerChar * len;
        }
        let zhLen = 0;
        let enLen = 0;
        let evidence = 0;
        for (let x = i - a; x < i; x++) {
          zhLen += zf[x].length;
          let mask = 0;
          for (let y = j - b; y < j; y++) mask |= maskAt(pm.zh, pm, x, y);
          evidence += maskEvidence(mask, tables.zh[x], b);
        }
        for (let y = j - b; y < j; y++) {
          enLen += ef[y].length;
          let mask = 0;
          for (let x = i - a; x < i; x++) mask |= maskAt(pm.en, pm, x, y);
          evidence += maskEvidence(mask, tables.en[y], a);
        }
        let zhNote = false;
        let enNote = false;
        let zhCredit = false;
        let enCredit = false;
        for (let x = i - a; x < i; x++) {
          zhNote ||= zf[x].note;
          zhCredit ||= zf[x].credit;
        }
        for (let y = j - b; y < j; y++) {
          enNote ||= ef[y].note;
          enCredit ||= ef[y].credit;
        }
        // A byline or caption joined to a sentence that is none costs as much as a note joined to one; but a caption
        // paired one to one with a sentence that ends in an aside in brackets where the credit stands (`… county.
        // (Getty Images)`) is a caption whose credit is written in a form not read as one, and splitting that pair into
        // 1-0 and 0-1 beads would lose it.
        const captionPair = a === 1 && b === 1 && ((zf[i - 1].caption && ef[j - 1].aside) || (ef[j - 1].caption && zf[i - 1].aside));
        const notes = (zhNote === enNote ? 0 : p.noteJoined) + (zhCredit === enCredit || captionPair ? 0 : p.noteJoined);
        return prior + lengthCost(zhLen, enLen, ratio, p) - lexicalScale * evidence + notes;
      };
      const last = pass + 1 === passes;
      result = solveLattice(n, m, band, costWith(p.lexicalScale), p.temperature, limits, last);
      const covers = width >= Math.max(n, m);
      if (result && last && p.confidenceLexicalScale > 0 && p.confidenceLexicalScale !== p.lexicalScale && (covers || !result.touchedEdge)) {
        const second = solveLattice(n, m, band, costWith(p.confidenceLexicalScale), p.temperature, limits, true, result.beads);
        if (second) result = { ...result, beads: result.beads.map((b, k) => ({ ...b, posterior: Math.min(b.posterior, second.beads[k].posterior) })) };
      }
      if (covers || (result && !result.touchedEdge)) {
        if (result && pass + 1 < passes) rates = estimateRates(result, zf, ef, pm, rates);
        break;
      }
      width *= 2;
    }
  }
  if (!result) {
    throw new AlignError('NO_ALIGNMENT', 'The anchors leave no possible alignment. Remove the anchors that conflict.');
  }
  return result.beads.map((b) => ({
    zh: range(b.zhStart, b.zhEnd),
    en: range(b.enStart, b.enEnd),
    confidence: Math.round(Math.max(0, Math.min(1, b.posterior)) * 1000) / 1000,
  }));
}

function clampRatio(r: number): number {
  return Math.min(8, Math.max(1, r));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/**
 * Align two files that are already one sentence per line (the CLI's `--presegmented`). Blank lines are not
 * sentences: they are left out of the beads, and the indices in the result are 0-based line numbers of the files.
 */
export function alignPresegmented(zhLines: readonly string[], enLines: readonly string[], options: AlignOptions = {}): Bead[] {
  const zhIdx = zhLines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  const enIdx = enLines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  const toLocal = (list: number[]): Map<number, number> => new Map(list.map((line, k) => [line, k]));
  const zhLocal = toLocal(zhIdx);
  const enLocal = toLocal(enIdx);
  const anchors = (options.anchors ?? []).map((a) => {
    const zh = zhLocal.get(a.zh);
    const en = enLocal.get(a.en);
    if (zh === undefined || en === undefined) {
      throw new AlignError('BAD_ANCHOR', `Anchor line zh ${a.zh + 1} / en ${a.en + 1} is blank or past the end of the file.`);
    }
    return { zh, en };
  });
  const beads = alignSentences(zhIdx.map((i) => zhLines[i]), enIdx.map((i) => enLines[i]), { ...options, anchors });
  return beads.map((b) => ({ ...b, zh: b.zh.map((k) => zhIdx[k]), en: b.en.map((k) => enIdx[k]) }));
}
