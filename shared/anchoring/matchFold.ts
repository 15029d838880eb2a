/**
 * The text re-anchoring compares: differences a reader does not see as other words are folded away, one UTF-16 code
 * unit to one, so that offsets found in the folded text are offsets in the original.
 *   - script: traditional characters to simplified (`shared/text/scriptFold.ts`, as the article search does), so an
 *     article converted between 據路透社報導 and 据路透社报导 keeps its annotations;
 *   - width: full-width ASCII forms to ASCII (，→ ,  ３→3  ：→ :  （→ (), and the ideographic space to a space, the
 *     width part of Unicode's compatibility folding (NFKC), which an editor or a converter changes without asking.
 * What remains a change: other punctuation (“” against 「」, 、 against ,), spaces added or removed, digits grouped
 * differently. Those change the length or the reading and go through the approximate search.
 */
import type { SpanSelectors } from '../model/annotation';
import { foldToSimplified } from '../text/scriptFold';

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** `text` as re-anchoring compares it: same length, same offsets. */
export function foldForMatching(text: string): string {
  const simplified = foldToSimplified(text);
  let out = '';
  let last = 0;
  for (let i = 0; i < simplified.length; i += 1) {
    const code = simplified.charCodeAt(i);
    let folded = -1;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) folded = code - FULL_WIDTH_OFFSET;
    else if (code === IDEOGRAPHIC_SPACE) folded = 0x20;
    if (folded < 0) continue;
    out += simplified.slice(last, i) + String.fromCharCode(folded);
    last = i + 1;
  }
  return last === 0 ? simplified : out + simplified.slice(last);
}

/** Selectors with quote and context folded by `foldForMatching`; the positions are unchanged. */
export function foldSelectors(selectors: SpanSelectors): SpanSelectors {
  const { exact, prefix, suffix } = selectors.quote;
  return {
    quote: { exact: foldForMatching(exact), prefix: foldForMatching(prefix), suffix: foldForMatching(suffix) },
    position: selectors.position,
  };
}
