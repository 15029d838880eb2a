/**
 * Translation-memory lookup: the fuzzy-match percentage translators know from CAT tools, a fast search over tens of
 * thousands of stored pairs, and a concordance search that shows where a term occurs on both sides.
 *
 * Scoring. Both sentences are normalised (NFKC folds full-width forms, typographic punctuation is unified, white space
 * is ignored) and cut into tokens: one per Chinese character, one per English word or number, one per punctuation
 * mark. The score is `100 × (1 − D / W)` where D is the weighted edit distance between the token sequences and W the
 * weight of the longer one. Words and characters weigh 1, punctuation 0.5, and a token that differs only in case costs
 * 0.05 to substitute. So Chinese is compared character by character and English word by word, as the standard
 * TM fuzzy match does; one changed character in a 20-character sentence scores 95, and only identical sentences
 * (after normalisation) score 100.
 *
 * Search. An inverted index of token bigrams finds the entries that share a bigram with the query; the q-gram lemma
 * (one edit changes at most two bigrams) and the length difference give each candidate an upper bound on its score,
 * candidates are scored best bound first (the edit distance gives up as soon as a row exceeds what the score allows),
 * and the search stops when no remaining bound can beat the results it has. So an entry sharing no bigram with a
 * query of five or more tokens is never returned (it would need every other token changed). Queries of up to four
 * tokens have too few bigrams: they are compared with every entry whose length allows the minimum score.
 */
import { normalizeWithMap, originalRange, tmTokens, type NormalizedText, type TmToken } from './normalize';
import type { PairSpan } from '../model/translation';

/** The least an entry of the memory must have: a source sentence and its translation. */
export interface TmEntry {
  source: string;
  target: string;
}

/** One fuzzy match: the entry, its position in the list searched, and its score in percent. */
export interface TmMatch<T extends TmEntry> {
  entry: T;
  index: number;
  score: number;
}

/** Options of a memory search. */
export interface SearchOptions {
  /** Lowest score returned, in percent (default 50). */
  minScore?: number;
  /** Most matches returned (default 5). */
  limit?: number;
}

/** One concordance hit: an entry where the term occurs, with the term's places on each side. */
export interface ConcordanceHit<T extends TmEntry> {
  entry: T;
  index: number;
  /** Offsets of the occurrences in `entry.source` (UTF-16, end exclusive); empty when the term is only in the target. */
  source: PairSpan[];
  /** Offsets of the occurrences in `entry.target`. */
  target: PairSpan[];
}

/** Options of a concordance search. */
export interface ConcordanceOptions {
  /** Most hits returned (default 50). */
  limit?: number;
  /** Search only one side (default both). */
  side?: 'source' | 'target' | 'both';
}

const CASE_COST = 0.05;

/** A sentence as the scorer sees it: token ids (case folded and case kept) and weights, in flat typed arrays. */
interface Encoded {
  keys: Int32Array;
  surfaces: Int32Array;
  weights: Float64Array;
  weight: number;
  /** Ids of the tokens that are words or characters (not punctuation), in order: the n-grams are made of these. */
  content: Int32Array;
  /** How many distinct bigrams `content` has (filled in by the index). */
  bigramCount: number;
}

/** Interns token strings as small integers so that comparing tokens and hashing n-grams costs no string work. */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
    }
    return id;
  }
  /** The id if the token is known, else -1 (a query token no entry has). */
  find(token: string): number {
    return this.ids.get(token) ?? -1;
  }
}

function encode(tokens: readonly TmToken[], lookup: (token: string) => number): Encoded {
  const n = tokens.length;
  const keys = new Int32Array(n);
  const surfaces = new Int32Array(n);
  const weights = new Float64Array(n);
  let weight = 0;
  const content: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    keys[i] = lookup(t.key);
    surfaces[i] = t.surface === t.key ? keys[i] : lookup(t.surface);
    weights[i] = t.weight;
    weight += t.weight;
    if (!t.punct) content.push(keys[i]);
  }
  return { keys, surfaces, weights, weight, content: Int32Array.from(content), bigramCount: 0 };
}

/**
 * Weighted edit distance between two encoded sentences, or `Infinity` as soon as it is certain to exceed
 * `maxDistance` (every cell of a row is above it), which is what makes scoring thousands of candidates cheap.
 */
function editDistance(a: Encoded, b: Encoded, maxDistance = Infinity): number {
  const m = b.keys.length;
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + b.weights[j - 1];
  for (let i = 1; i <= a.keys.length; i++) {
    const ak = a.keys[i - 1];
    const as = a.surfaces[i - 1];
    const aw = a.weights[i - 1];
    cur[0] = prev[0] + aw;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const bw = b.weights[j - 1];
      const sub = ak === b.keys[j - 1] ? (as === b.surfaces[j - 1] ? 0 : CASE_COST) : aw > bw ? aw : bw;
      let v = prev[j - 1] + sub;
      const del = prev[j] + aw;
      if (del < v) v = del;
      const ins = cur[j - 1] + bw;
      if (ins < v) v = ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > maxDistance + 1e-9) return Infinity;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

function scoreFromDistance(distance: number, weightA: number, weightB: number): number {
  const w = Math.max(weightA, weightB);
  if (w === 0) return 100;
  if (distance <= 1e-9) return 100;
  return Math.min(99, Math.max(0, Math.round(100 * (1 - distance / w))));
}

/** The fuzzy-match score of two sentences in percent (100 = identical after normalisation). */
export function fuzzyScore(a: string, b: string): number {
  const vocabulary = new Vocabulary();
  const lookup = (t: string) => vocabulary.id(t);
  const ea = encode(tmTokens(a), lookup);
  const eb = encode(tmTokens(b), lookup);
  return scoreFromDistance(editDistance(ea, eb), ea.weight, eb.weight);
}

/**
 * Queries with at most this many words or characters have too few bigrams to look up; they are compared with every
 * entry of a compatible length instead (few entries are that short).
 */
const SHORT_QUERY = 4;

/**
 * A searchable translation memory. Build it once for a list of entries (the list is not copied; do not change it
 * afterwards) and search it as often as needed.
 */
export class TranslationMemoryIndex<T extends TmEntry> {
  readonly entries: readonly T[];
  private readonly vocabulary = new Vocabulary();
  private readonly encoded: Encoded[] = [];
  /**
   * Bigram -> slot, in two levels (first token id -> second token id -> slot) so that every key is a small integer;
   * the entries having bigram `slot` are `postings[offsets[slot] .. offsets[slot + 1])`.
   */
  private readonly slots: Map<number, number>[] = [];
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  /** Entry ids ordered by sentence weight, for the length filter of short queries. */
  private readonly byWeight: Int32Array;
  private normalized: { source: NormalizedText; target: NormalizedText }[] | null = null;

  constructor(entries: readonly T[]) {
    this.entries = entries;
    const lookup = (t: string) => this.vocabulary.id(t);
    const counts: number[] = [];
    // `stamp[slot]` is the last entry (+1) that counted the slot, so a bigram repeated in a sentence counts once.
    const stamp: number[] = [];
    for (let i = 0; i < entries.length; i++) {
      const e = encode(tmTokens(entries[i].source), lookup);
      const c = e.content;
      for (let k = 0; k + 1 < c.length; k++) {
        let inner = this.slots[c[k]];
        if (!inner) inner = this.slots[c[k]] = new Map();
        let slot = inner.get(c[k + 1]);
        if (slot === undefined) {
          slot = counts.length;
          inner.set(c[k + 1], slot);
          counts.push(0);
          stamp.push(0);
        }
        if (stamp[slot] !== i + 1) {
          stamp[slot] = i + 1;
          counts[slot]++;
          e.bigramCount++;
        }
      }
      this.encoded.push(e);
    }
    // Two passes build the posting lists in one flat array: far less garbage than one growing array per bigram.
    this.offsets = new Int32Array(counts.length + 1);
    for (let k = 0; k < counts.length; k++) this.offsets[k + 1] = this.offsets[k] + counts[k];
    this.postings = new Int32Array(this.offsets[counts.length]);
    const fill = this.offsets.slice(0, counts.length);
    stamp.fill(0);
    for (let i = 0; i < this.encoded.length; i++) {
      const c = this.encoded[i].content;
      for (let k = 0; k + 1 < c.length; k++) {
        const slot = this.slots[c[k]].get(c[k + 1]) as number;
        if (stamp[slot] === i + 1) continue;
        stamp[slot] = i + 1;
        this.postings[fill[slot]++] = i;
      }
    }
    this.byWeight = Int32Array.from(this.encoded.keys()).sort((a, b) => this.encoded[a].weight - this.encoded[b].weight);
  }

  /** The entries whose source best matches `query`, best first; ties keep the order of the entries. */
  search(query: string, options: SearchOptions = {}): TmMatch<T>[] {
    const minScore = options.minScore ?? 50;
    const limit = options.limit ?? 5;
    // Unknown query tokens get fresh negative ids: they match nothing, and the shared vocabulary is not grown.
    const unknown = new Map<string, number>();
    const q = encode(tmTokens(query), (t) => {
      const id = this.vocabulary.find(t);
      if (id >= 0) return id;
      let u = unknown.get(t);
      if (u === undefined) {
        u = -1 - unknown.size;
        unknown.set(t, u);
      }
      return u;
    });
    if (q.content.length === 0 || limit <= 0) return [];
    const candidates = q.content.length <= SHORT_QUERY ? this.byLength(q, minScore) : this.byBigrams(q, minScore);
    candidates.sort((a, b) => b.bound - a.bound || a.id - b.id);

    const results: TmMatch<T>[] = [];
    const seen = new Set<string>();
    let floor = minScore;
    for (const c of candidates) {
      if (results.length >= limit && c.bound < floor - 0.5) break;
      const e = this.encoded[c.id];
      const w = Math.max(q.weight, e.weight);
      const maxDistance = (1 - (floor - 0.5) / 100) * w;
      const distance = editDistance(q, e, maxDistance);
      if (!Number.isFinite(distance)) continue;
      const score = scoreFromDistance(distance, q.weight, e.weight);
      if (score < floor) continue;
      const entry = this.entries[c.id];
      const key = `${entry.source}\u0000${entry.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      insertSorted(results, { entry, index: c.id, score });
      if (results.length > limit) {
        const dropped = results.pop();
        if (dropped) seen.delete(`${dropped.entry.source}\u0000${dropped.entry.target}`);
      }
      if (results.length >= limit) floor = Math.max(minScore, results[results.length - 1].score);
    }
    return results;
  }

  /** Entries sharing a bigram with the query, each with an upper bound on its score. */
  private byBigrams(q: Encoded, minScore: number): { id: number; bound: number }[] {
    const c = q.content;
    const distinct = new Set<string>();
    const known = new Set<number>();
    for (let k = 0; k + 1 < c.length; k++) {
      distinct.add(`${c[k]},${c[k + 1]}`);
      const slot = c[k] >= 0 && c[k + 1] >= 0 ? this.slots[c[k]]?.get(c[k + 1]) : undefined;
      if (slot !== undefined) known.add(slot);
    }
    const shared = new Map<number, number>();
    for (const slot of known) {
      for (let k = this.offsets[slot]; k < this.offsets[slot + 1]; k++) {
        const id = this.postings[k];
        shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    }
    const candidates: { id: number; bound: number }[] = [];
    for (const [id, count] of shared) {
      const e = this.encoded[id];
      // q-gram lemma: one edit removes at most two of the distinct bigrams one side has and the other lacks.
      const editsFromGrams = (Math.max(distinct.size, e.bigramCount) - count) / 2;
      const bound = upperBound(q, e, editsFromGrams);
      if (bound >= minScore - 0.5) candidates.push({ id, bound });
    }
    return candidates;
  }

  /** Entries whose length allows `minScore` at all: a short query cannot match a long sentence. */
  private byLength(q: Encoded, minScore: number): { id: number; bound: number }[] {
    const ratio = Math.max(minScore - 0.5, 1) / 100;
    const lo = q.weight * ratio;
    const hi = q.weight / ratio;
    const order = this.byWeight;
    let a = 0;
    let b = order.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.encoded[order[mid]].weight < lo) a = mid + 1;
      else b = mid;
    }
    const candidates: { id: number; bound: number }[] = [];
    for (let k = a; k < order.length && this.encoded[order[k]].weight <= hi; k++) {
      const bound = upperBound(q, this.encoded[order[k]], 0);
      if (bound >= minScore - 0.5) candidates.push({ id: order[k], bound });
    }
    return candidates;
  }

  /**
   * Where `term` occurs in the memory, on either side. Matching ignores case, width and white-space differences; a
   * term that starts (or ends) with a letter or digit must start (or end) at a word boundary, so `war` does not
   * find `software`, while a Chinese term matches anywhere. Entries come in their stored order.
   */
  concordance(term: string, options: ConcordanceOptions = {}): ConcordanceHit<T>[] {
    const limit = options.limit ?? 50;
    const side = options.side ?? 'both';
    const needle = normalizeWithMap(term).text;
    if (!needle) return [];
    if (!this.normalized) this.normalized = this.entries.map((e) => ({ source: normalizeWithMap(e.source), target: normalizeWithMap(e.target) }));
    const hits: ConcordanceHit<T>[] = [];
    for (let i = 0; i < this.entries.length && hits.length < limit; i++) {
      const entry = this.entries[i];
      const norm = this.normalized[i];
      const source = side === 'target' ? [] : findAll(norm.source, needle, entry.source);
      const target = side === 'source' ? [] : findAll(norm.target, needle, entry.target);
      if (source.length > 0 || target.length > 0) hits.push({ entry, index: i, source, target });
    }
    return hits;
  }
}

/** The best score an entry can reach given a lower bound on the edits it needs and its length difference. */
function upperBound(q: Encoded, e: Encoded, minEdits: number): number {
  const w = Math.max(q.weight, e.weight);
  if (w === 0) return 100;
  return 100 * (1 - Math.max(minEdits, Math.abs(q.weight - e.weight)) / w);
}

function insertSorted<T extends TmEntry>(results: TmMatch<T>[], match: TmMatch<T>): void {
  let i = results.length;
  while (i > 0 && (results[i - 1].score < match.score || (results[i - 1].score === match.score && results[i - 1].index > match.index))) i--;
  results.splice(i, 0, match);
}

const WORDISH = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORDISH.test(ch) && !HAN.test(ch);
}

function findAll(norm: NormalizedText, needle: string, original: string): PairSpan[] {
  const spans: PairSpan[] = [];
  const firstIsWord = isWordChar(needle[0]);
  const lastIsWord = isWordChar(needle[needle.length - 1]);
  let from = 0;
  for (;;) {
    const at = norm.text.indexOf(needle, from);
    if (at < 0) break;
    const end = at + needle.length;
    const okStart = !firstIsWord || !isWordChar(norm.text[at - 1]);
    const okEnd = !lastIsWord || !isWordChar(norm.text[end]);
    if (okStart && okEnd) {
      spans.push(originalRange(norm, at, end, original));
      from = end;
    } else from = at + 1;
  }
  return spans;
}

const indexCache = new WeakMap<readonly TmEntry[], { length: number; index: TranslationMemoryIndex<TmEntry> }>();

function indexFor<T extends TmEntry>(entries: readonly T[]): TranslationMemoryIndex<T> {
  const cached = indexCache.get(entries);
  if (cached && cached.length === entries.length) return cached.index as TranslationMemoryIndex<T>;
  const index = new TranslationMemoryIndex(entries);
  indexCache.set(entries, { length: entries.length, index: index as TranslationMemoryIndex<TmEntry> });
  return index;
}

/**
 * The best fuzzy matches of `query` among `entries` (see the module comment for the score). The index built for a
 * list is kept while the list lives, so searching the same array again is fast; build a `TranslationMemoryIndex`
 * yourself when the list changes in place.
 */
export function searchMemory<T extends TmEntry>(query: string, entries: readonly T[], options: SearchOptions = {}): TmMatch<T>[] {
  return indexFor(entries).search(query, options);
}

/** Every entry where `term` occurs, with its offsets on each side (see `TranslationMemoryIndex.concordance`). */
export function concordance<T extends TmEntry>(term: string, entries: readonly T[], options: ConcordanceOptions = {}): ConcordanceHit<T>[] {
  return indexFor(entries).concordance(term, options);
}
