/**
 * A look at the attached English side as a whole, to catch the wrong file before a translator spends time on it: the
 * Chinese article itself (or another Chinese text) attached as "the English" aligns without complaint, one sentence
 * per paragraph, and nothing on screen said so.
 */

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** How much of the English side is written in Chinese characters, counted against Latin letters. */
export interface ScriptShare {
  han: number;
  latin: number;
}

/** Counts the Chinese characters and Latin letters of the English side's sentences. */
export function scriptShare(sentences: readonly { text: string }[]): ScriptShare {
  let han = 0;
  let latin = 0;
  for (const s of sentences) {
    han += s.text.match(HAN)?.length ?? 0;
    latin += s.text.match(LATIN)?.length ?? 0;
  }
  return { han, latin };
}

/**
 * True when the English side reads as Chinese: more Chinese characters than Latin letters, and enough of them that a
 * few quoted names (“the slogan 共同富裕”) never count. A Chinese character stands for a word where a Latin letter
 * is a fifth of one, so an English text with a Chinese phrase in every sentence is still far from the line.
 */
export function looksChinese(share: ScriptShare): boolean {
  return share.han >= 20 && share.han > share.latin;
}
