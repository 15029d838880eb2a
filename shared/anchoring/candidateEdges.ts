/**
 * Where an anchoring candidate begins and ends, and whether it is the span at all: a match inside a longer word, a
 * copy of the quote that the old context shows to be another sentence, a changed quote whose match stops short of
 * the words added at its edge.
 */
import { commonPrefixLength, commonSuffixLength, editDistance } from './similarity';

function isWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * How many code units of the word or number that `text[at - 1]` ends go on at `at`: 1 for a letter or digit, 2 for
 * a decimal point or digit group separator between digits (1500.8, 1,500), 0 where the word ends.
 */
function continuesAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (!isWordCode(text.charCodeAt(at - 1))) return 0;
  if (isWordCode(code)) return 1;
  return (code === 0x2e || code === 0x2c) && isDigitCode(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at + 1)) ? 2 : 0;
}

/** The same, walking backwards: how many code units of a word go on before `at`, where `text[at]` starts one. */
function continuesBefore(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  if (!isWordCode(text.charCodeAt(at))) return 0;
  if (isWordCode(code)) return 1;
  return (code === 0x2e || code === 0x2c) && isDigitCode(text.charCodeAt(at)) && isDigitCode(text.charCodeAt(at - 2)) ? 2 : 0;
}

// A word or number longer than this next to a span is not followed to its end (a run of digits in a table, a URL).
const MAX_WORD_EXTENSION = 32;

/**
 * A span found inside a longer word or number where the old one was a whole word at that end (Park -> Parker,
 * 3000 -> 30000, 1500 -> 1500.8, 120 -> 1120): the annotated word changed, so the span takes the whole new word and
 * the added characters count as edits. An old span that cut a word itself is left as it is.
 */
export function wordEdges(
  text: string,
  start: number,
  end: number,
  exact: string,
  prefix: string,
  suffix: string,
): { start: number; end: number; added: number } {
  if (start >= end) return { start, end, added: 0 };
  let newStart = start;
  let newEnd = end;
  if (continuesBefore(prefix + exact, prefix.length) === 0) {
    for (let step = continuesBefore(text, newStart); step > 0 && start - newStart < MAX_WORD_EXTENSION; step = continuesBefore(text, newStart)) {
      newStart -= step;
    }
  }
  if (continuesAt(exact + suffix, exact.length) === 0) {
    for (let step = continuesAt(text, newEnd); step > 0 && newEnd - end < MAX_WORD_EXTENSION; step = continuesAt(text, newEnd)) {
      newEnd += step;
    }
  }
  return { start: newStart, end: newEnd, added: start - newStart + (newEnd - end) };
}

/**
 * True when a quote that begins or ends with a digit is found unchanged but the character next to that digit (white
 * space skipped) is another: 3000 万 -> 3000 亿, 3000 -> -3000, 约 3000 -> 超过 3000. The figure is read with its
 * sign, qualifier and unit, so a person confirms it, though the annotated characters are the same.
 */
export function figureChanged(exact: string, prefix: string, suffix: string, foundBefore: string, foundAfter: string): boolean {
  const differs = (a: string, b: string, from: 'start' | 'end'): boolean => {
    const x = nonSpaceAt(a, from);
    const y = nonSpaceAt(b, from);
    // Sentence punctuation either side (2019. -> 2019,) is no part of the figure.
    return x !== '' && y !== x && (PART_OF_FIGURE.test(x) || PART_OF_FIGURE.test(y));
  };
  return (
    (isDigitCode(exact.charCodeAt(exact.length - 1)) && differs(suffix, foundAfter, 'start')) ||
    (isDigitCode(exact.charCodeAt(0)) && differs(prefix, foundBefore, 'end'))
  );
}

// Words, units, currency and mathematical signs, percent and minus: what a figure is read with.
const PART_OF_FIGURE = /[\p{L}\p{N}\p{Sc}\p{Sm}%‰‱-]/u;

/** The first (from the start) or last (from the end) character of `text` that is not white space, or ''. */
function nonSpaceAt(text: string, from: 'start' | 'end'): string {
  const match = from === 'start' ? /^\s*(\S)/.exec(text) : /(\S)\s*$/.exec(text);
  return match === null ? '' : match[1];
}

/** The old text either side of one occurrence of the quote inside its saved passage (prefix + exact + suffix). */
export interface PassageOccurrence {
  before: string;
  after: string;
}

/**
 * Occurrences of the quote inside its own old context, other than the quote's own: the old text held the same words
 * there, as another sentence. Empty for most quotes.
 */
export function repeatsInPassage(prefix: string, exact: string, suffix: string): PassageOccurrence[] {
  const passage = prefix + exact + suffix;
  const out: PassageOccurrence[] = [];
  for (let i = passage.indexOf(exact); i !== -1; i = passage.indexOf(exact, i + 1)) {
    if (i !== prefix.length) out.push({ before: passage.slice(0, i), after: passage.slice(i + exact.length) });
  }
  return out;
}

/**
 * True when the new text around the occurrence `[start, end)` agrees better with the old context aligned on one of
 * the quote's repeats inside it than aligned on the quote itself: the occurrence is that other copy
 * (两名以色列人和两名美国人 with the first 两 edited away: the second 两 is not it), whatever its shifted context has
 * in common with the old one.
 */
export function isOtherInPassage(
  text: string,
  start: number,
  end: number,
  own: PassageOccurrence,
  repeats: PassageOccurrence[],
): boolean {
  if (repeats.length === 0) return false;
  const run = ({ before, after }: PassageOccurrence): number =>
    commonSuffixLength(before, text.slice(Math.max(0, start - before.length), start)) +
    commonPrefixLength(after, text.slice(end, end + after.length));
  const ownRun = run(own);
  return repeats.some((repeat) => run(repeat) > ownRun);
}

/**
 * An approximate match ends (or starts) where the fewest edits put it, which cuts off words added at the span's edge
 * (临时安置。 -> 临时安顿和生活补助。 matches best as 临时安). When the old context resumes a little further on
 * (within the edit budget) and not where the match ends, the span reaching it is another candidate, if its own
 * edits stay within the budget.
 */
export function contextResumes(
  text: string,
  start: number,
  end: number,
  exact: string,
  prefix: string,
  suffix: string,
  maxErrors: number,
): { start: number; end: number; errors: number } | null {
  if (exact.length > MAX_RESUMED_QUOTE) return null;
  const resumeAt = (from: number, agreement: (at: number) => number, needed: number): number => {
    if (needed === 0 || agreement(from) >= needed) return from;
    let best = from;
    let bestAgreement = agreement(from);
    for (let d = 1; d <= maxErrors; d += 1) {
      for (const at of [from + d, from - d]) {
        if (at < 0 || at > text.length || at === from) continue;
        const a = agreement(at);
        if (a >= needed && a > bestAgreement) {
          best = at;
          bestAgreement = a;
        }
      }
    }
    return best;
  };
  const newEnd = resumeAt(end, (at) => commonPrefixLength(suffix, text.slice(at, at + suffix.length)), Math.min(RESUMED_CONTEXT, suffix.length));
  const newStart = resumeAt(start, (at) => commonSuffixLength(prefix, text.slice(Math.max(0, at - prefix.length), at)), Math.min(RESUMED_CONTEXT, prefix.length));
  if ((newStart === start && newEnd === end) || newEnd <= newStart) return null;
  if (isLowSurrogate(text.charCodeAt(newStart)) || isLowSurrogate(text.charCodeAt(newEnd))) return null;
  const errors = editDistance(exact, text.slice(newStart, newEnd));
  return errors <= maxErrors ? { start: newStart, end: newEnd, errors } : null;
}

// Quotes longer than this are not re-cut (the edit distance is quadratic in the quote's length).
const MAX_RESUMED_QUOTE = 512;
// How many characters of old context must agree, from the new edge on, for the context to have resumed there.
const RESUMED_CONTEXT = 4;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The text that the old context's two sides still enclose, near where the span is expected: a long span rewritten a
 * little beyond the edit budget of the approximate search (one sentence of a paragraph-long quote replaced) is still
 * the text between its unchanged neighbours. The budget bounds the search's cost, not what a span may become, so the
 * candidate is scored like any other and the confidence scale alone decides whether it is proposed. Null when either
 * side is not found next to the expected place, or when the enclosed text is not about the quote's length.
 */
export function bracketed(
  text: string,
  exact: string,
  prefix: string,
  suffix: string,
  hint: number,
  maxErrors: number,
): { start: number; end: number; errors: number } | null {
  const m = exact.length;
  if (m > MAX_RESUMED_QUOTE || maxErrors === 0) return null;
  const before = prefix.slice(-BRACKET_KEY);
  const after = suffix.slice(0, BRACKET_KEY);
  if (before.trim().length < RESUMED_CONTEXT || after.trim().length < RESUMED_CONTEXT) return null;
  // The quality floor turns away a quote changed by more than about 30%: a longer or shorter text is not this span.
  const slack = Math.ceil(m * BRACKET_LENGTH_SLACK);
  const from = Math.max(0, hint - slack - before.length);
  const window = text.slice(from, Math.min(text.length, hint + m + 2 * slack + after.length));
  // The pair of sides nearest to the expected place and length; one edit distance, however repetitive the text.
  let best: { start: number; end: number; cost: number } | null = null;
  for (let i = window.indexOf(before); i !== -1; i = window.indexOf(before, i + 1)) {
    const start = from + i + before.length;
    if (Math.abs(start - hint) > slack) continue;
    const j = window.indexOf(after, Math.max(i + before.length, start - from + m - slack));
    const end = from + j;
    if (j === -1 || end - start > m + slack) continue;
    const cost = Math.abs(start - hint) + Math.abs(end - start - m);
    if (best === null || cost < best.cost) best = { start, end, cost };
  }
  if (best === null) return null;
  const errors = editDistance(exact, text.slice(best.start, best.end));
  return errors > maxErrors ? { start: best.start, end: best.end, errors } : null;
}

// How many characters of each side of the old context must stand unchanged around the enclosed text.
const BRACKET_KEY = 16;
// How much longer or shorter than the quote the enclosed text may be, as a fraction of the quote.
const BRACKET_LENGTH_SLACK = 0.3;
