/**
 * How well the text around an anchoring candidate agrees with the context an annotation was saved with. White space
 * is no evidence either way (a reflow, 4 月 against 4月), and neither is the neighbouring paragraph once the span's
 * own paragraph has said enough (a reordering).
 */
import { editDistance } from './similarity';

/**
 * Like `similarity`, but 0 for unrelated text: two unrelated stretches of prose of the same script still differ by
 * only about 75-85% of their length in edit distance, and that baseline must not count as support.
 */
export function contextSimilarity(expected: string, found: string): number {
  // Spaces and line breaks added or removed around a span (a reflow, 4 月 against 4月) say nothing about where it is.
  const a = withoutSpace(expected);
  const b = withoutSpace(found);
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return Math.max(0, 1 - editDistance(a, b) / (UNRELATED_DISTANCE * longer));
}

/**
 * The similarity `whole` of one side of the context, reconsidered: where the old context runs past a paragraph break,
 * the text beyond it is only the neighbouring paragraph, which a reordering changes without touching the span's own
 * paragraph; the part inside the paragraph, when it says enough on its own, stands for the whole side.
 */
export function paragraphSimilarity(whole: number, expected: string, found: string, side: 'before' | 'after'): number {
  const paragraphBreak = side === 'before' ? expected.lastIndexOf('\n\n') : expected.indexOf('\n\n');
  if (paragraphBreak === -1 || whole === 1) return whole;
  const inside = side === 'before' ? expected.slice(paragraphBreak + 2) : expected.slice(0, paragraphBreak);
  if (inside.length === 0) return whole;
  const foundInside = side === 'before' ? found.slice(Math.max(0, found.length - inside.length)) : found.slice(0, inside.length);
  const weight = Math.min(1, quoteInformation(inside) / PARAGRAPH_CONTEXT_INFORMATION);
  return Math.max(whole, weight * contextSimilarity(inside, foundInside));
}

// How much the context inside the span's paragraph must say (as `quoteInformation`: 16 letters, about 6 Chinese
// characters) to count as the whole side.
const PARAGRAPH_CONTEXT_INFORMATION = 16;

function withoutSpace(text: string): string {
  return /\s/.test(text) ? text.replace(/\s+/g, '') : text;
}

// Measured on Chinese and English news prose: the 5th percentile of the normalised edit distance of unrelated windows.
const UNRELATED_DISTANCE = 0.75;

/**
 * How much a quote says on its own, in "Latin letters": a Han, kana or Hangul character carries about as much as
 * two or three letters of English, so a 12-character Chinese clause is as distinctive as a 30-letter English one.
 */
export function quoteInformation(quote: string): number {
  let total = 0;
  for (let i = 0; i < quote.length; i += 1) {
    const code = quote.charCodeAt(i);
    const dense =
      (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
    // Both halves of a surrogate pair (CJK extensions, mostly) count half a dense character each.
    total += dense ? 2.5 : code >= 0xd800 && code <= 0xdfff ? 1.25 : 1;
  }
  return total;
}

/**
 * How much the unchanged text right next to a candidate says, in the units of `quoteInformation`: the context
 * characters that agree with the old ones without a gap, up to the nearest paragraph break. Beyond the break the
 * agreement is only with a neighbouring paragraph, which another sentence can have as well.
 */
export function adjacentInformation(prefix: string, foundBefore: string, suffix: string, foundAfter: string): number {
  return quoteInformation(agreeing(prefix, foundBefore, -1)) + quoteInformation(agreeing(suffix, foundAfter, 1));
}

/**
 * The characters of the old context that the found context repeats without a gap, walking away from the span
 * (`direction` -1 for the prefix, 1 for the suffix), white space on either side skipped, up to a paragraph break of
 * the old context. Returned without the white space.
 */
function agreeing(expected: string, found: string, direction: -1 | 1): string {
  let i = direction < 0 ? expected.length - 1 : 0;
  let j = direction < 0 ? found.length - 1 : 0;
  let out = '';
  while (i >= 0 && i < expected.length) {
    const code = expected.charCodeAt(i);
    if (code === 0x0a && expected.charCodeAt(i + direction) === 0x0a) break;
    if (isSpace(code)) {
      i += direction;
      continue;
    }
    if (j >= 0 && j < found.length && isSpace(found.charCodeAt(j))) {
      j += direction;
      continue;
    }
    if (j < 0 || j >= found.length || found.charCodeAt(j) !== code) break;
    out += expected[i];
    i += direction;
    j += direction;
  }
  return out;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000;
}
