/**
 * The one folding that search applies to what it indexes, to what it confirms a hit against and to the query, so
 * that a phrase is found however the article and the user wrote it:
 * - traditional characters as simplified (`foldToSimplified`: 據 -> 据);
 * - full-width Latin letters and digits as ASCII (ＧＤＰ增长３％ -> GDP增长3％): Chinese input methods and some
 *   Hong Kong and Taiwan copy write them full-width, while a user types them half-width (or the other way round).
 *
 * Each code unit folds to one, so offsets found in the folded text hold in the original. Full-width punctuation
 * (，。（）) stays as it is: every Chinese article writes it, folding it would make every text differ from its fold
 * (and be stored twice for the index), and a search for "（" finds "（" anyway. Case is folded later (the index's
 * tokenizer; `foldForSearch` for queries).
 */
import { foldToSimplified } from './scriptFold';

const FULL_WIDTH_ALPHANUMERIC = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/** `text` folded as the search index holds it; same length, same offsets. */
export function foldForSearchIndex(text: string): string {
  const simplified = foldToSimplified(text);
  FULL_WIDTH_ALPHANUMERIC.lastIndex = 0;
  if (!FULL_WIDTH_ALPHANUMERIC.test(simplified)) return simplified;
  return simplified.replace(FULL_WIDTH_ALPHANUMERIC, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
