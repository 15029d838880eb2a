/**
 * Where a searched phrase occurs in an article's canonical text, with a little context on each side: what a search
 * result shows ("…卡塔尔每月向加沙提供 [3000 万美元] 的援助…") and the offsets a reader can jump to. Offsets are into the
 * canonical text (`shared/text/canonical.ts`), the one coordinate system annotations, claims and exports share.
 * Search ignores case, script and the width of letters and digits: text and query are compared folded (`foldForSearch`), and what is shown is sliced
 * from the text as written.
 */
import { foldForSearchIndex } from './searchFold';

/**
 * Text as search compares it: folded as the index holds it (`foldForSearchIndex`: 據 -> 据, ３ -> 3; one code unit
 * for one) and lower-cased where that keeps every offset (it always does for Chinese, and for almost all other text; where it would
 * not, case is kept rather than offsets broken).
 */
export function foldForSearch(text: string): string {
  const folded = foldForSearchIndex(text);
  const lower = folded.toLowerCase();
  return lower.length === folded.length ? lower : folded;
}

/** One occurrence of the phrase. */
export interface TextMatch {
  /** Canonical-text offsets of the occurrence. */
  start: number;
  end: number;
  /** Up to `context` characters before and after it, on the same line. */
  before: string;
  match: string;
  after: string;
}

/** How often the phrase occurs, and the first occurrences with their context. */
export interface TextMatches {
  count: number;
  matches: TextMatch[];
}

/**
 * Finds `query` in `text`, both folded as `foldForSearch` does (case, script and width ignored). Counts every
 * non-overlapping occurrence and returns the first `max` with `context` characters each side, cut at line breaks,
 * as the text is written.
 */
export function findMatches(text: string, query: string, options: { max?: number; context?: number } = {}): TextMatches {
  const max = options.max ?? 3;
  const context = options.context ?? 30;
  const needle = query.trim();
  if (needle.length === 0) return { count: 0, matches: [] };
  const foldedText = foldForSearchIndex(text);
  const foldedNeedle = foldForSearchIndex(needle);
  const lowerText = foldedText.toLowerCase();
  const lowerNeedle = foldedNeedle.toLowerCase();
  // Case is ignored only where lower-casing keeps the lengths of both (else offsets would shift): see the İ test.
  const caseless = lowerText.length === text.length && lowerNeedle.length === needle.length;
  const haystack = caseless ? lowerText : foldedText;
  const sought = caseless ? lowerNeedle : foldedNeedle;
  const matches: TextMatch[] = [];
  let count = 0;
  for (let at = haystack.indexOf(sought); at >= 0; at = haystack.indexOf(sought, at + sought.length)) {
    count++;
    if (matches.length >= max) continue;
    const end = at + sought.length;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    const from = Math.max(lineStart, at - context);
    const to = Math.min(lineEnd < 0 ? text.length : lineEnd, end + context);
    matches.push({ start: at, end, before: text.slice(from, at), match: text.slice(at, end), after: text.slice(end, to) });
  }
  return { count, matches };
}
