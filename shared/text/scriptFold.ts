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

let table: Map<string, string> | null = null;
let unambiguousTable: Map<string, string> | null = null;

function foldTable(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (let i = 0; i < TRADITIONAL.length; i++) table.set(TRADITIONAL[i], SIMPLIFIED[i]);
  }
  return table;
}

function unambiguousFoldTable(): Map<string, string> {
  if (!unambiguousTable) {
    unambiguousTable = new Map();
    for (const [t, s] of foldTable()) if (!AMBIGUOUS_SIMPLIFIED.includes(s)) unambiguousTable.set(t, s);
  }
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

function foldWith(map: Map<string, string>, text: string): string {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 0x3400 || code > 0x9fff) continue;
    const folded = map.get(ch);
    if (folded === undefined) continue;
    if (out === null) out = Array.from({ length: text.length }, (_, k) => text[k]);
    out[i] = folded;
  }
  return out === null ? text : out.join('');
}
