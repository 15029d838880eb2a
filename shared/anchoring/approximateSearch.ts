/**
 * Approximate string search: where does `pattern` occur in `text` with at most k edits (Levenshtein)?
 *
 * Myers' bit-vector algorithm (G. Myers, "A fast bit-vector algorithm for approximate string matching based on
 * dynamic programming", JACM 46(3), 1999) in its block form for patterns longer than a machine word, with Ukkonen's
 * cut-off so that only the blocks that can still be within k errors are computed. Cost is about n * ceil(k / 32) word
 * operations, so a quote of a few hundred characters with k = length / 4 scans a 1 MB article in tens of
 * milliseconds. Written here rather than taken from npm because the re-anchorer needs every match within k (not only
 * the best), a bounded text range and an exact start for each match.
 */
import { commonPrefixLength, commonSuffixLength } from './similarity';

/** One approximate occurrence: `text.slice(start, end)` is within `errors` edits of the pattern. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/** Where to search and how many matches to return. */
export interface ApproximateSearchOptions {
  /** Search only `text.slice(from, to)` (offsets stay those of `text`). */
  from?: number;
  to?: number;
  /** At most this many matches, the best (fewest errors, then nearest to `near`) first. Default 32. */
  maxMatches?: number;
  /** An offset the caller expects the match near; breaks ties between equally good matches. */
  near?: number;
  /**
   * The text expected just before and after the match. Where several boundaries give the same number of edits
   * (`巴勒斯坦人。` against `巴勒斯坦平民。` can end before or after `平民。`), the one the context agrees with wins.
   */
  prefix?: string;
  suffix?: string;
}

/** Longer patterns are not searched approximately: the bit vectors would grow without making anchoring better. */
export const MAX_APPROXIMATE_PATTERN_LENGTH = 16_384;

const W = 32;

interface CompiledPattern {
  length: number;
  blocks: number;
  /** Match masks: `peq[index * blocks + b]` has bit r set when pattern[b * 32 + r] is that character. */
  peq: Int32Array;
  lastRowMask: Int32Array;
}

// One scratch table for all searches (128 KB); each search sets only its pattern's characters and clears them after.
const alphabetIndex = new Uint16Array(0x10000);

/** Compiles a pattern; patterns compiled with the same `codes` list share one alphabet and are released together. */
function compile(pattern: string, codes: number[]): CompiledPattern {
  const length = pattern.length;
  const blocks = Math.ceil(length / W);
  for (let i = 0; i < length; i += 1) {
    const code = pattern.charCodeAt(i);
    if (alphabetIndex[code] === 0) {
      codes.push(code);
      alphabetIndex[code] = codes.length;
    }
  }
  const peq = new Int32Array((codes.length + 1) * blocks);
  for (let i = 0; i < length; i += 1) {
    const index = alphabetIndex[pattern.charCodeAt(i)];
    peq[index * blocks + Math.floor(i / W)] |= 1 << i % W;
  }
  const lastRowMask = new Int32Array(blocks).fill(1 << (W - 1));
  lastRowMask[blocks - 1] = 1 << (length - 1) % W;
  return { length, blocks, peq, lastRowMask };
}

function release(codes: number[]): void {
  for (const code of codes) alphabetIndex[code] = 0;
}

/**
 * Runs the column recurrence over `text[from, to)` and calls `report(end, errors)` for every end offset whose best
 * alignment has at most `maxErrors` edits. With `anchoredStart` the alignment must start at `from` (global rather than
 * search distance), which is how the start of a match is recovered from a reversed scan.
 */
function scan(
  text: string,
  from: number,
  to: number,
  p: CompiledPattern,
  maxErrors: number,
  anchoredStart: boolean,
  report: (end: number, errors: number) => void,
): void {
  const { blocks, peq, lastRowMask, length } = p;
  if (blocks === 1) {
    scanOneBlock(text, from, to, p, maxErrors, anchoredStart, report);
    return;
  }
  const bMax = blocks - 1;
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  for (let b = 0; b < blocks; b += 1) score[b] = Math.min((b + 1) * W, length);
  const rowsOf = (b: number): number => Math.min(W, length - b * W);
  const k = Math.min(maxErrors, length);
  let y = anchoredStart ? bMax : Math.max(0, Math.ceil(k / W) - 1);
  const topInput = anchoredStart ? 1 : 0;

  // One step of Myers' recurrence for block b; returns the horizontal delta out of its last row.
  const advance = (b: number, eqBits: number, hIn: number): number => {
    let pV = P[b];
    let mV = M[b];
    const hInNegative = hIn < 0 ? 1 : 0;
    const eq = eqBits | hInNegative;
    const xV = eq | mV;
    const xH = (((eq & pV) + pV) ^ pV) | eq;
    let pH = mV | ~(xH | pV);
    let mH = pV & xH;
    const mask = lastRowMask[b];
    const hOut = ((pH & mask) !== 0 ? 1 : 0) - ((mH & mask) !== 0 ? 1 : 0);
    pH = (pH << 1) | (hIn > 0 ? 1 : 0);
    mH = (mH << 1) | hInNegative;
    pV = mH | ~(xV | pH);
    mV = pH & xV;
    P[b] = pV;
    M[b] = mV;
    return hOut;
  };

  for (let j = from; j < to; j += 1) {
    const base = alphabetIndex[text.charCodeAt(j)] * blocks;
    let carry = topInput;
    for (let b = 0; b <= y; b += 1) {
      carry = advance(b, peq[base + b], carry);
      score[b] += carry;
    }
    if (!anchoredStart) {
      if (score[y] - carry <= k && y < bMax && ((peq[base + y + 1] & 1) !== 0 || carry < 0)) {
        y += 1;
        P[y] = -1;
        M[y] = 0;
        score[y] = score[y - 1] + rowsOf(y) - carry + advance(y, peq[base + y], carry);
      } else {
        while (y > 0 && score[y] >= k + W) y -= 1;
      }
    }
    if (y === bMax && score[y] <= k) report(j + 1, score[y]);
  }
}

/** `scan` for patterns of at most 32 code units: the same recurrence with everything in local variables. */
function scanOneBlock(
  text: string,
  from: number,
  to: number,
  p: CompiledPattern,
  maxErrors: number,
  anchoredStart: boolean,
  report: (end: number, errors: number) => void,
): void {
  const peq = p.peq;
  const mask = p.lastRowMask[0];
  const k = Math.min(maxErrors, p.length);
  const hInPositive = anchoredStart ? 1 : 0;
  let pV = -1;
  let mV = 0;
  let score = p.length;
  for (let j = from; j < to; j += 1) {
    const eq = peq[alphabetIndex[text.charCodeAt(j)]];
    const xV = eq | mV;
    const xH = (((eq & pV) + pV) ^ pV) | eq;
    let pH = mV | ~(xH | pV);
    let mH = pV & xH;
    if ((pH & mask) !== 0) score += 1;
    else if ((mH & mask) !== 0) score -= 1;
    pH = (pH << 1) | hInPositive;
    mH <<= 1;
    pV = mH | ~(xV | pH);
    mV = pH & xV;
    if (score <= k) report(j + 1, score);
  }
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i -= 1) out += s[i];
  return out;
}

/**
 * Finds up to `maxMatches` non-overlapping occurrences of `pattern` in `text` within `maxErrors` edits, best first.
 * Returns [] for an empty or over-long pattern. Each match's start is exact: among the alignments ending at `end`
 * with the fewest errors, the one whose length is closest to the pattern's.
 */
export function searchApproximate(
  text: string,
  pattern: string,
  maxErrors: number,
  options: ApproximateSearchOptions = {},
): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0 || m > MAX_APPROXIMATE_PATTERN_LENGTH) return [];
  const from = Math.max(0, Math.min(options.from ?? 0, text.length));
  const to = Math.max(from, Math.min(options.to ?? text.length, text.length));
  const k = Math.max(0, Math.min(Math.floor(maxErrors), m));
  const maxMatches = Math.max(1, options.maxMatches ?? 32);

  const ends: number[] = [];
  const errors: number[] = [];
  const codes: number[] = [];
  try {
    const forward = compile(pattern, codes);
    const record = (end: number, e: number): void => {
      ends.push(end);
      errors.push(e);
    };
    for (const [windowFrom, windowTo] of candidateWindows(text, pattern, k, from, to)) {
      scan(text, windowFrom, windowTo, forward, k, false, record);
    }

    const candidates = localMinima(ends, errors);
    const near = options.near;
    candidates.sort(
      (a, b) =>
        a.errors - b.errors ||
        (near === undefined ? a.end - b.end : Math.abs(a.end - m - near) - Math.abs(b.end - m - near)),
    );
    // Two matches of the same pattern closer than (m - k) apart would share most of their text: keep the better one.
    const minSeparation = Math.max(1, m - k);
    const chosen: { end: number; errors: number }[] = [];
    for (const c of candidates) {
      if (chosen.length >= maxMatches) break;
      if (chosen.every((o) => Math.abs(o.end - c.end) >= minSeparation)) chosen.push(c);
    }
    if (chosen.length === 0) return [];

    const reversed = compile(reverse(pattern), codes);
    const prefix = options.prefix ?? '';
    const suffix = options.suffix ?? '';
    const prefixAgreement = (start: number): number =>
      prefix === '' ? 0 : commonSuffixLength(prefix, text.slice(Math.max(0, start - prefix.length), start));
    const suffixAgreement = (end: number): number =>
      suffix === '' ? 0 : commonPrefixLength(suffix, text.slice(end, end + suffix.length));

    // Of the alignments ending at `end` with fewest edits, the start the prefix agrees with most.
    const startFor = (end: number, budget: number): { start: number; errors: number } => {
      const windowStart = Math.max(from, end - m - budget);
      const window = reverse(text.slice(windowStart, end));
      let best = { start: -1, errors: Number.POSITIVE_INFINITY, agreement: -1 };
      scan(window, 0, window.length, reversed, budget, true, (len, e) => {
        const start = end - len;
        const agreement = prefixAgreement(start);
        if (
          e < best.errors ||
          (e === best.errors &&
            (agreement > best.agreement ||
              (agreement === best.agreement && Math.abs(len - m) < Math.abs(end - best.start - m))))
        ) {
          best = { start, errors: e, agreement };
        }
      });
      // The forward scan guarantees an alignment within the window; fall back defensively.
      return best.start < 0 ? { start: Math.max(windowStart, end - m), errors: budget } : best;
    };
    // Of the alignments starting at `start` with fewest edits, the end the suffix agrees with most.
    const endFor = (start: number, near: number): number => {
      let best = { end: near, errors: Number.POSITIVE_INFINITY, agreement: -1 };
      scan(text, start, Math.min(to, start + m + k), forward, k, true, (end, e) => {
        const agreement = suffixAgreement(end);
        if (
          e < best.errors ||
          (e === best.errors &&
            (agreement > best.agreement ||
              (agreement === best.agreement && Math.abs(end - near) < Math.abs(best.end - near))))
        ) {
          best = { end, errors: e, agreement };
        }
      });
      return best.end;
    };

    return chosen.map((c) => {
      const first = startFor(c.end, c.errors);
      const end = endFor(first.start, c.end);
      const { start, errors } = end === c.end ? first : startFor(end, k);
      return { start, end, errors };
    });
  } finally {
    release(codes);
  }
}

/**
 * The stretches of `text[from, to)` that can hold a match, found with the pigeonhole filter: cut the pattern into k + 1
 * pieces; k edits cannot touch all of them, so every match contains one piece unchanged, which `indexOf` finds fast.
 * When the pieces are too short or too common for that to narrow anything down, the whole range is one stretch.
 */
function candidateWindows(text: string, pattern: string, k: number, from: number, to: number): [number, number][] {
  const m = pattern.length;
  const pieceCount = k + 1;
  const pieceLength = Math.floor(m / pieceCount);
  const span = to - from;
  const windowLength = m + 2 * k;
  if (pieceLength < MIN_PIECE_LENGTH || span < 8 * windowLength) return [[from, to]];
  // Stop filtering once the windows would cover a quarter of the range: scanning it all is then as fast.
  const budget = Math.floor(span / 4 / windowLength);
  // indexOf on the range itself: on the whole text it would run on past `to` every time a piece is not found.
  const range = text.slice(from, to);
  const pieces: string[] = [];
  for (let piece = 0; piece < pieceCount; piece += 1) {
    const offset = piece * pieceLength;
    pieces.push(pattern.slice(offset, piece === pieceCount - 1 ? m : offset + pieceLength));
  }
  // Common pieces (a frequent word) would fill the budget only after many passes: count them on a sample first.
  if (span > SAMPLE_LENGTH * 2) {
    const sample = range.slice(0, SAMPLE_LENGTH);
    let sampled = 0;
    for (const needle of pieces) {
      for (let i = sample.indexOf(needle); i !== -1; i = sample.indexOf(needle, i + 1)) sampled += 1;
    }
    if ((sampled * span) / SAMPLE_LENGTH > budget) return [[from, to]];
  }
  const starts: number[] = [];
  for (let piece = 0; piece < pieceCount; piece += 1) {
    const offset = piece * pieceLength;
    const needle = pieces[piece];
    for (let i = range.indexOf(needle); i !== -1; i = range.indexOf(needle, i + 1)) {
      if (starts.length >= budget) return [[from, to]];
      starts.push(from + i - offset);
    }
  }
  starts.sort((a, b) => a - b);
  const windows: [number, number][] = [];
  for (const start of starts) {
    const windowFrom = Math.max(from, start - k);
    const windowTo = Math.min(to, start + m + k);
    const last = windows[windows.length - 1];
    if (last !== undefined && windowFrom <= last[1]) last[1] = Math.max(last[1], windowTo);
    else windows.push([windowFrom, windowTo]);
  }
  return windows;
}

// Pieces shorter than this occur too often in prose to filter anything.
const MIN_PIECE_LENGTH = 3;
const SAMPLE_LENGTH = 32_768;

/** Keeps, of each run of adjacent end offsets, the ends that are local minima of the error count. */
function localMinima(ends: number[], errors: number[]): { end: number; errors: number }[] {
  const out: { end: number; errors: number }[] = [];
  const n = ends.length;
  let i = 0;
  while (i < n) {
    const left = i > 0 && ends[i - 1] === ends[i] - 1 ? errors[i - 1] : Number.POSITIVE_INFINITY;
    // A plateau of equal scores yields its first element only.
    let r = i + 1;
    while (r < n && ends[r] === ends[r - 1] + 1 && errors[r] === errors[i]) r += 1;
    const right = r < n && ends[r] === ends[r - 1] + 1 ? errors[r] : Number.POSITIVE_INFINITY;
    if (errors[i] < left && errors[i] < right) out.push({ end: ends[i], errors: errors[i] });
    i = r;
  }
  return out;
}
