/**
 * Turning a span of canonical text into selectors. Offsets are UTF-16 code units of the revision's canonical text
 * (`shared/text/canonical.ts`), the same units as `String.prototype.slice`, so no conversion happens anywhere.
 */
import type { SpanSelectors } from '../model/annotation';

/** How many code units of text either side of a span are kept as prefix and suffix by default. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * Describes `text.slice(start, end)` by quote (with up to `contextLength` code units of context either side) and by
 * position. Throws a RangeError for an empty or out-of-range span: an annotation on nothing cannot be found again, and
 * a caller passing one has a bug worth seeing.
 */
export function describeSpan(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): SpanSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describeSpan: [${start}, ${end}) is not a non-empty span of a text of length ${text.length}`);
  }
  const context = Math.max(0, Math.floor(contextLength));
  let prefixStart = Math.max(0, start - context);
  // Context never starts or ends inside a surrogate pair: a lone surrogate does not survive UTF-8 storage.
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + context);
  if (suffixEnd < text.length && suffixEnd > end && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd -= 1;
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { start, end },
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
