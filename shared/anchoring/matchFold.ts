/**
 * The text re-anchoring compares: differences a reader does not see as other words are folded away, one UTF-16 code
 * unit to one, so that offsets found in the folded text are offsets in the original.
 *   - script: traditional characters to simplified (`shared/text/scriptFold.ts`, as the article search does), so an
 *     article converted between 據路透社報導 and 据路透社报导 keeps its annotations;
 *   - width: full-width ASCII forms to ASCII (，→ ,  ３→3  ：→ :  （→ (), and the ideographic space to a space, the
 *     width part of Unicode's compatibility folding (NFKC), which an editor or a converter changes without asking;
 *   - typographic quotation marks and apostrophes (‘’ “”) to typewriter ones (' ");
 *   - invisible and typographic variants a web page, a CMS or a converter puts in without asking: the no-break and
 *     fixed-width spaces (U+00A0, U+2000-U+200A, U+202F, U+205F) to a space, as NFKC does; the hyphen and the
 *     non-breaking hyphen (U+2010, U+2011) to '-'; the middle dot between the parts of a transliterated name, written
 *     · in GB text, ‧ in Big5 text and ・ from a Japanese keyboard, to '·'.
 * Besides the shared table, a few traditional characters that simplified text also writes (於 in names, 乾 in 乾隆,
 * 著 in 著名) are folded here too (`SHARED_FORMS`): the shared table leaves them alone so that a name is never merged
 * with another, but re-anchoring folds both texts alike, so 用於 = 用于 costs nothing and a converted article, where
 * they are everywhere (於 alone in most sentences), keeps its annotations. The Hong Kong forms of a few characters
 * (衞生署, 閲覽 against Taiwan's 衛生署, 閱覽) are folded by the shared table itself (`scriptFold.ts`).
 * What remains a change: other punctuation (“” against 「」, 、 against ,), spaces added or removed, digits grouped
 * differently. Those change the length or the reading and go through the approximate search.
 */
import type { SpanSelectors } from '../model/annotation';
import { foldToSimplified } from '../text/scriptFold';

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
// The CJK blocks `foldToSimplified` covers.
const SCRIPT_FIRST = 0x3400;
const SCRIPT_LAST = 0x9fff;

// Traditional form, then the simplified form a converter writes for it.
const SHARED_FORMS = '於于乾干瞭了著着徵征蒐搜夥伙';
// Code points folded to a space: the no-break space, the fixed-width spaces, the narrow no-break space and the
// medium mathematical space (NFKC's compatibility spaces besides the ideographic space).
const COMPATIBILITY_SPACES = [0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f];
// The hyphen and the non-breaking hyphen, folded to the hyphen-minus.
const HYPHENS = [0x2010, 0x2011];
// The middle dot of transliterated names as Big5 (‧ U+2027) and Japanese input (・ U+30FB, ･ U+FF65) write it.
const NAME_DOTS = [0x2027, 0x30fb, 0xff65];
const MIDDLE_DOT = 0x00b7;

let table: Uint16Array | null = null;

/** Folded code unit by code unit, for all 65,536: one array read per character of a 1 MB text. */
function matchTable(): Uint16Array {
  if (table !== null) return table;
  const out = new Uint16Array(0x10000);
  for (let code = 0; code < out.length; code += 1) out[code] = code;
  // The script part is `foldToSimplified` itself, applied once to every character it could change.
  let block = '';
  for (let code = SCRIPT_FIRST; code <= SCRIPT_LAST; code += 1) block += String.fromCharCode(code);
  const folded = foldToSimplified(block);
  for (let i = 0; i < folded.length; i += 1) out[SCRIPT_FIRST + i] = folded.charCodeAt(i);
  for (let i = 0; i < SHARED_FORMS.length; i += 2) out[SHARED_FORMS.charCodeAt(i)] = SHARED_FORMS.charCodeAt(i + 1);
  for (let code = FULL_WIDTH_FIRST; code <= FULL_WIDTH_LAST; code += 1) out[code] = code - FULL_WIDTH_OFFSET;
  out[IDEOGRAPHIC_SPACE] = 0x20;
  for (const code of COMPATIBILITY_SPACES) out[code] = 0x20;
  for (const code of HYPHENS) out[code] = 0x2d;
  for (const code of NAME_DOTS) out[code] = MIDDLE_DOT;
  // Typographic quotation marks and apostrophes (council’s, “first”) against typewriter ones: a CMS or an editor
  // smartens them without asking, as it changes widths.
  out[0x2018] = 0x27;
  out[0x2019] = 0x27;
  out[0x201c] = 0x22;
  out[0x201d] = 0x22;
  table = out;
  return out;
}

/** `text` as re-anchoring compares it: same length, same offsets; `text` itself when nothing folds. */
export function foldForMatching(text: string): string {
  const map = matchTable();
  const n = text.length;
  let first = 0;
  while (first < n && map[text.charCodeAt(first)] === text.charCodeAt(first)) first += 1;
  if (first === n) return text;
  if (n - first <= SHORT) {
    // Quotes and their context: a typed array per string would cost more than it saves.
    let short = text.slice(0, first);
    for (let i = first; i < n; i += 1) short += String.fromCharCode(map[text.charCodeAt(i)]);
    return short;
  }
  const units = new Uint16Array(n - first);
  for (let i = first; i < n; i += 1) units[i - first] = map[text.charCodeAt(i)];
  let out = text.slice(0, first);
  // In slices, an argument list of a million code units would overflow the stack; `apply` takes the typed array as
  // it is (a spread would iterate it, ten times slower).
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

const CHUNK = 8192;
const SHORT = 256;

/** Selectors with quote and context folded by `foldForMatching`; the positions are unchanged. */
export function foldSelectors(selectors: SpanSelectors): SpanSelectors {
  const { exact, prefix, suffix } = selectors.quote;
  return {
    quote: { exact: foldForMatching(exact), prefix: foldForMatching(prefix), suffix: foldForMatching(suffix) },
    position: selectors.position,
  };
}
