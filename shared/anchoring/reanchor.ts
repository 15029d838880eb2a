/**
 * Finding an annotated span again in a new revision of the text.
 *
 * Every possible location (a "candidate") is judged on three kinds of evidence: how close its text is to the old quote,
 * how close the text around it is to the old prefix and suffix, and how near it is to where the span is expected.
 * Position only breaks ties: a span that moved to another paragraph is still the same span, and a look-alike sentence
 * next door is not. The search is staged so that the common cases cost little:
 *   1. the quote, with its context, unchanged at the expected offset: anchored, confidence 1;
 *   2. every exact occurrence of the quote in the new text, scored by context;
 *   3. approximate occurrences (Myers, at most a quarter of the quote's length in edits) near the expected offset,
 *      then, if nothing acceptable was found there, in the whole text;
 *   4. if still nothing, the text that the old context's two sides enclose near the expected offset
 *      (`bracketed`): a long span changed a little beyond that budget is scored like any other candidate, so that
 *      the confidence scale, not the search's budget, decides whether it is proposed.
 *
 * The confidence scale (0..1) and what it means for the user:
 *   - `ANCHORED_MIN` (0.95) and above: `anchored`; the highlight is shown without asking. This needs the quote
 *     unchanged, enough context agreeing (both sides, or one side when the quote with the unchanged words right next
 *     to it in its paragraph is as distinctive as 32 Latin letters, about 13 Chinese characters: see
 *     `quoteInformation`) and no rival location the evidence cannot tell apart.
 *   - below that: `moved`; the highlight is shown as a proposal the user confirms. Any change inside the quote lands
 *     here (confidence at most `CHANGED_QUOTE_MAX`): the annotated words changed, and a claim's number may with them;
 *     so does a figure at the quote's edge whose neighbour changed (3000 万 -> 3000 亿, 约 1500 -> 超过 1500).
 *   - `orphaned`: no candidate whose confidence reaches `MOVED_MIN` (poor match, or a short quote that occurs in
 *     many places none of which has its context: a word shorter than about 16 Latin letters or 6 Chinese characters
 *     is not proposed on its own). The old selectors are kept.
 * "Unchanged" is judged on folded text (`matchFold.ts`): simplified and traditional script, full- and half-width forms
 * are the same words; a match inside a longer word or number is not unchanged (Park -> Parker, 3000 -> 30000: the
 * span takes the whole new word, as a change). White space in the context is no evidence, and the span's own
 * paragraph, when it says enough, stands for a side of the context that runs into a reordered neighbour
 * (`contextEvidence.ts`). Text the caller knows to be another part of the old revision is no candidate at all, and
 * neither is a copy of the quote that its own old context shows to be the other copy (`candidateEdges.ts`).
 */
import type { AnchorState, SpanSelectors } from '../model/annotation';
import { searchApproximate, type ApproximateMatch } from './approximateSearch';
import { fromSource, occurrencesIn, toSource, type ChangedText } from './changedText';
import { foldForMatching, foldSelectors } from './matchFold';
import { bracketed, contextResumes, figureChanged, isOtherInPassage, repeatsInPassage, wordEdges } from './candidateEdges';
import { adjacentInformation, contextSimilarity, paragraphSimilarity, quoteInformation } from './contextEvidence';
import { commonPrefixLength, commonSuffixLength } from './similarity';

export { quoteInformation } from './contextEvidence';

/** Confidence from which a re-anchored span is shown as anchored without asking the user. */
export const ANCHORED_MIN = 0.95;
/** Confidence below which a candidate is not proposed at all: the annotation becomes orphaned. */
export const MOVED_MIN = 0.5;
/** The highest confidence a span whose text changed can get, so that it is always confirmed by a person. */
export const CHANGED_QUOTE_MAX = 0.9;
/**
 * Two candidates whose evidence (quote and context agreement) differs by less than this are indistinguishable: the
 * best one is only `moved`. So is a best candidate that a rival beats on one side of the context.
 */
export const AMBIGUITY_MARGIN = 0.1;
/** How much better one side of a rival's context may be (noise between unrelated texts) before it counts. */
export const SIDE_TOLERANCE = 0.1;
/** Default edit budget of the approximate search, as a fraction of the quote's length. */
export const DEFAULT_MAX_ERROR_RATIO = 0.25;

/** Where a span was found, and how sure that is. */
export interface AnchorResult {
  /** Offsets in the new text. For `orphaned`, an empty range at the expected offset (a place to show a marker). */
  start: number;
  end: number;
  state: AnchorState;
  /** 0..1, see the scale above. */
  confidence: number;
}

/** Tuning for `reanchor`; the defaults are what the app uses. */
export interface ReanchorOptions {
  /** Where the span is expected to start in the new text (e.g. mapped through a diff). Default: its old start. */
  hint?: number;
  /** Edit budget of the approximate search as a fraction of the quote length. Default `DEFAULT_MAX_ERROR_RATIO`. */
  maxErrorRatio?: number;
  /** Half-width of the first, local approximate search around `hint`. Default max(2048, 4 x quote length). */
  nearRadius?: number;
  /**
   * True for a range of the new text that is known to be some other text of the old revision, carried over unchanged
   * (`reanchorAll` knows it from the diff): an identical sentence that was already elsewhere is not this span, however
   * well it matches. Candidates there are not considered at all.
   */
  isOtherOldText?: (start: number, end: number) => boolean;
  /**
   * The only places, besides near `hint`, where a candidate can lie: `reanchorAll` passes the edits of the new text
   * (padded), since everything else is other old text. Used when its pad covers this quote with its context and edit
   * budget; by default, and otherwise, the whole text is searched.
   */
  elsewhere?: ChangedText;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  /** Match quality on its own (quote and context), 0..1. */
  quality: number;
  /** Quote and context agreement weighted equally, 0..1; compared between candidates to detect ambiguity. */
  evidence: number;
  /** Context similarity before and after, 0..1. */
  before: number;
  after: number;
  /** The quote is unchanged, but the sign, qualifier or unit next to a figure at its edge is another (`figureChanged`). */
  figureChanged: boolean;
}

// Beyond this many exact occurrences only the ones whose adjacent text agrees best are scored in full.
const FULLY_SCORED = 64;

/**
 * Finds the span described by `selectors` in `newText`. Pure and deterministic; a few milliseconds on a 1 MB text
 * for an exact quote, tens of milliseconds when an approximate search of the whole text is needed. Script and width
 * differences (see `matchFold.ts`) are not changes.
 */
export function reanchor(selectors: SpanSelectors, newText: string, options: ReanchorOptions = {}): AnchorResult {
  return reanchorFolded(foldSelectors(selectors), foldedCached(newText), options);
}

let lastText: string | null = null;
let lastFolded = '';

// Callers re-anchor many spans in one text: fold it once (an identical string compares by reference, at no cost).
function foldedCached(text: string): string {
  if (text !== lastText) {
    lastFolded = foldForMatching(text);
    lastText = text;
  }
  return lastFolded;
}

/** `reanchor` on selectors and text already folded by `foldForMatching` (offsets are the same as in the originals). */
export function reanchorFolded(selectors: SpanSelectors, newText: string, options: ReanchorOptions = {}): AnchorResult {
  const { exact, prefix, suffix } = selectors.quote;
  const m = exact.length;
  const hint = codePointBoundary(newText, clamp(Math.round(options.hint ?? selectors.position.start), 0, newText.length));
  if (m === 0) return { start: hint, end: hint, state: 'orphaned', confidence: 0 };
  const other = options.isOtherOldText;
  const maxErrors = Math.floor(m * (options.maxErrorRatio ?? DEFAULT_MAX_ERROR_RATIO));
  const radius = options.nearRadius ?? Math.max(2048, 4 * m);
  const nearFrom = Math.max(0, hint - radius);
  const nearTo = Math.min(newText.length, hint + m + radius);
  const elsewhere =
    options.elsewhere !== undefined && options.elsewhere.pad >= m + Math.max(maxErrors, prefix.length + suffix.length)
      ? options.elsewhere
      : null;
  // Every start of `needle` in the text, or, when the edits are known, near the hint and in the edits.
  const occurrences = (needle: string): number[] => {
    if (elsewhere === null) return allOccurrences(newText, needle, 0, newText.length);
    const found = new Set([...allOccurrences(newText, needle, nearFrom, nearTo), ...occurrencesIn(elsewhere, needle)]);
    return [...found].sort((a, b) => a - b);
  };

  // Unchanged in place, and nowhere else with the same context: nothing to weigh.
  if (
    newText.startsWith(exact, hint) &&
    newText.slice(Math.max(0, hint - prefix.length), hint) === prefix &&
    newText.slice(hint + m, hint + m + suffix.length) === suffix &&
    occurrences(prefix + exact + suffix).length === 1 &&
    !(other?.(hint, hint + m) ?? false)
  ) {
    return { start: hint, end: hint + m, state: 'anchored', confidence: 1 };
  }

  const contextLength = Math.max(prefix.length, suffix.length);
  // Short quotes say little by themselves, so they lean on their context more; but the words right next to the
  // quote, unchanged and in the same paragraph, say as much as a longer quote would.
  const information = quoteInformation(exact);
  const score = (matchStart: number, matchEnd: number, matchErrors: number): Candidate => {
    const { start, end, added } = wordEdges(newText, matchStart, matchEnd, exact, prefix, suffix);
    const errors = matchErrors + added;
    const quoteSim = Math.max(0, 1 - errors / m);
    const found = { before: newText.slice(Math.max(0, start - contextLength), start), after: newText.slice(end, end + contextLength) };
    const before = contextSimilarity(prefix, found.before);
    const after = contextSimilarity(suffix, found.after);
    // The span's own paragraph may stand for a side on its own (a reordering), for the quality of this candidate; a
    // rival is still compared on the whole context, which tells a pasted copy of the paragraph from the original.
    const ownBefore = paragraphSimilarity(before, prefix, found.before, 'before');
    const ownAfter = paragraphSimilarity(after, suffix, found.after, 'after');
    const context = 0.8 * Math.max(ownBefore, ownAfter) + 0.2 * Math.min(ownBefore, ownAfter);
    const adjacent = errors === 0 ? adjacentInformation(prefix, found.before, suffix, found.after) : 0;
    const contextWeight = 0.15 + 0.7 * Math.max(0, 1 - (information + adjacent) / 32);
    const quality = quoteSim * quoteSim * (1 - contextWeight * (1 - context));
    const evidence = 0.5 * quoteSim + 0.25 * (before + after);
    const figure = errors === 0 && figureChanged(exact, prefix, suffix, found.before, found.after);
    return { start, end, errors, quality, evidence, before, after, figureChanged: figure };
  };

  const inPassage = repeatsInPassage(prefix, exact, suffix);
  const starts = occurrences(exact).filter(
    (i) => !(other?.(i, i + m) ?? false) && !isOtherInPassage(newText, i, i + m, { before: prefix, after: suffix }, inPassage),
  );
  const candidates = exactCandidates(newText, starts, exact, prefix, suffix, hint).map((s) => score(s, s + m, 0));
  let decision = decide(candidates, hint);
  if (decision !== null && decision.state === 'anchored') return decision;

  if (maxErrors > 0) {
    const addFuzzy = (matches: ApproximateMatch[]): void => {
      for (const match of matches) {
        if (match.errors === 0) continue; // already among the exact candidates
        // An edit distance counts code units; a span must not cut an emoji or a rare CJK character in half.
        const start = isLowSurrogate(newText.charCodeAt(match.start)) && match.start > 0 ? match.start - 1 : match.start;
        const end = isLowSurrogate(newText.charCodeAt(match.end)) ? match.end + 1 : match.end;
        if (other?.(start, end) ?? false) continue;
        candidates.push(score(start, end, match.errors + (match.start - start) + (end - match.end)));
        const resumed = contextResumes(newText, start, end, exact, prefix, suffix, maxErrors);
        if (resumed !== null && !(other?.(resumed.start, resumed.end) ?? false)) {
          candidates.push(score(resumed.start, resumed.end, resumed.errors));
        }
      }
    };
    const search = { near: hint, prefix, suffix };
    addFuzzy(searchApproximate(newText, exact, maxErrors, { ...search, from: nearFrom, to: nearTo }));
    decision = decide(candidates, hint);
    if ((decision === null || decision.state === 'orphaned') && (nearFrom > 0 || nearTo < newText.length)) {
      if (elsewhere === null) {
        addFuzzy(searchApproximate(newText, exact, maxErrors, search));
      } else {
        // The separators between the edits are longer than the edit budget: no match spans two of them.
        const near = fromSource(elsewhere, hint);
        const matches = searchApproximate(elsewhere.text, exact, maxErrors, { ...search, near });
        addFuzzy(
          matches
            .map((match) => ({ start: toSource(elsewhere, match.start), end: toSource(elsewhere, match.end), errors: match.errors }))
            .filter((match) => match.start >= 0 && match.end >= 0 && match.end - match.start <= m + maxErrors),
        );
      }
      decision = decide(dedupe(candidates), hint);
    }
    if (decision === null || decision.state === 'orphaned') {
      const enclosed = bracketed(newText, exact, prefix, suffix, hint, maxErrors);
      if (enclosed !== null && !(other?.(enclosed.start, enclosed.end) ?? false)) {
        candidates.push(score(enclosed.start, enclosed.end, enclosed.errors));
        decision = decide(dedupe(candidates), hint);
      }
    }
  }
  return decision ?? { start: hint, end: hint, state: 'orphaned', confidence: 0 };
}

/** Every start of `needle` in `text` whose occurrence lies in `[from, to)`. */
function allOccurrences(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  // Searched in the range itself: on the whole text, indexOf would run on past `to` to the next occurrence.
  const range = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let i = range.indexOf(needle); i !== -1; i = range.indexOf(needle, i + 1)) out.push(from + i);
  return out;
}

/** Of the exact occurrences `starts`, those worth scoring: all of them, or the best-supported ones when there are many. */
function exactCandidates(text: string, starts: number[], exact: string, prefix: string, suffix: string, hint: number): number[] {
  if (starts.length <= FULLY_SCORED) return starts;
  const m = exact.length;
  const adjacent = (s: number): number =>
    commonSuffixLength(prefix, text.slice(Math.max(0, s - prefix.length), s)) +
    commonPrefixLength(suffix, text.slice(s + m, s + m + suffix.length));
  return starts
    .map((s) => ({ s, a: adjacent(s) }))
    .sort((x, y) => y.a - x.a || Math.abs(x.s - hint) - Math.abs(y.s - hint))
    .slice(0, FULLY_SCORED)
    .map((x) => x.s);
}

/** Picks the best candidate and turns its quality and its lead over the runner-up into a state and a confidence. */
function decide(candidates: Candidate[], hint: number): AnchorResult | null {
  if (candidates.length === 0) return null;
  const ranked = [...candidates].sort(
    (a, b) => b.evidence - a.evidence || Math.abs(a.start - hint) - Math.abs(b.start - hint),
  );
  const best = ranked[0];
  // A rival counts as told apart only if it is clearly worse overall and no better on either side of context: two
  // copies of a pasted passage each keep one side of the old context, and that is no evidence for either.
  let gap = 1;
  for (const rival of ranked) {
    if (rival.end > best.start && rival.start < best.end) continue;
    const sideBetter = rival.before > best.before + SIDE_TOLERANCE || rival.after > best.after + SIDE_TOLERANCE;
    gap = Math.min(gap, sideBetter ? 0 : best.evidence - rival.evidence);
    if (gap <= 0) break;
  }
  const ambiguity = gap >= AMBIGUITY_MARGIN ? 1 : 0.6 + (0.4 * gap) / AMBIGUITY_MARGIN;
  let confidence = best.quality * ambiguity;
  // A common word with no context left matches everywhere equally: that is no location at all.
  if (confidence < MOVED_MIN) return { start: hint, end: hint, state: 'orphaned', confidence: round(confidence) };
  if (best.errors > 0 || best.figureChanged) confidence = Math.min(confidence, CHANGED_QUOTE_MAX);
  return {
    start: best.start,
    end: best.end,
    state: confidence >= ANCHORED_MIN ? 'anchored' : 'moved',
    confidence: round(confidence),
  };
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `offset`, moved back one code unit if it falls between the halves of a surrogate pair. */
function codePointBoundary(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const code = text.charCodeAt(offset - 1);
  return code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(offset)) ? offset - 1 : offset;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
