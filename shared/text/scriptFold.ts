/**
 * Traditional -> simplified folding for MATCHING, never for display: the articles come in both scripts (據路透社報導,
 * 据路透社报道), while word lists (attribution verbs, currencies, counted nouns, glossary terms) are written once.
 * Folding maps one UTF-16 code unit to one, so a span found in the folded text has the same offsets in the original,
 * and callers slice what they show from the original.
 *
 * Only characters that simplified Chinese never writes are folded (3,400+, from CC-CEDICT; see
 * `build/scripts/makeSimplifiedTable.mjs`), so simplified text passes through unchanged. It is character by
 * character: regional vocabulary (軟體 vs 软件) is not converted, which matching does not need.
 */
import { AMBIGUOUS_SIMPLIFIED, SIMPLIFIED, TRADITIONAL } from './simplifiedTable';

/** First and last code unit the table covers (the CJK blocks it was generated from). */
const FIRST = 0x3400;
const LAST = 0x9fff;

/** Simplified code unit by traditional code unit minus FIRST (0: not folded); an array read per character. */
type FoldTable = Uint16Array;

let table: FoldTable | null = null;
let unambiguousTable: FoldTable | null = null;

/**
 * Hong Kong forms of characters the CC-CEDICT table does not list (衞生署, 閲覽; Taiwan writes 衛生署, 閱覽), each
 * followed by the simplified form of the character it is a form of (衞 = 衛, 閲 = 閱, 鋭 = 銳, 緑 = 綠, 麽 = 麼,
 * 藴 = 蘊, 醖 = 醞, 枱 = 檯, 衹 = 祇/只). Simplified text does not write them either.
 */
const HONG_KONG_FORMS = '衞卫閲阅鋭锐緑绿麽么藴蕴醖酝枱台衹只';

function buildTable(keep: (simplified: string) => boolean): FoldTable {
  const out = new Uint16Array(LAST - FIRST + 1);
  for (let i = 0; i < TRADITIONAL.length; i++) {
    const t = TRADITIONAL.charCodeAt(i);
    if (t >= FIRST && t <= LAST && keep(SIMPLIFIED[i])) out[t - FIRST] = SIMPLIFIED.charCodeAt(i);
  }
  for (let i = 0; i < HONG_KONG_FORMS.length; i += 2) {
    if (keep(HONG_KONG_FORMS[i + 1])) out[HONG_KONG_FORMS.charCodeAt(i) - FIRST] = HONG_KONG_FORMS.charCodeAt(i + 1);
  }
  return out;
}

function foldTable(): FoldTable {
  table ??= buildTable(() => true);
  return table;
}

function unambiguousFoldTable(): FoldTable {
  unambiguousTable ??= buildTable((s) => !AMBIGUOUS_SIMPLIFIED.includes(s));
  return unambiguousTable;
}

/** `text` with every traditional-only character replaced by its simplified form; same length, same offsets. */
export function foldToSimplified(text: string): string {
  return foldWith(foldTable(), text);
}

/**
 * Like `foldToSimplified`, but leaves a character alone when its simplified form also stands for something else
 * (麵 -> 面, which is also "face"; 發 and 髮 -> 发): for deciding that two names are the same (卡塔爾 = 卡塔尔), where a
 * wrong merge would be worse than a missed one.
 */
export function foldUnambiguousToSimplified(text: string): string {
  return foldWith(unambiguousFoldTable(), text);
}

function foldWith(map: FoldTable, text: string): string {
  // Built from slices of the text between folded characters: most texts fold few characters or none.
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST || code > LAST) continue;
    const folded = map[code - FIRST];
    if (folded === 0) continue;
    out += text.slice(last, i) + String.fromCharCode(folded);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
