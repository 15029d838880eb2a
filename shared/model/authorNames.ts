/**
 * How the one author field of an article carries several names. It stays one string, as the byline writes it, so the
 * library sorts and filters it and the CLI prints it as before: Chinese names joined with `、` (a space or comma between
 * them is made `、`), English names as written (`Jane Doe, Emily Post and Li Wei`). `authorNames` splits it back into
 * names where a consumer needs people one by one (ClaimReview's author).
 */

/** A Chinese name in a list of several: two to four characters, or a transliteration joined by a middle dot. */
const LISTED_HAN_NAME = /^(?:\p{Script=Han}{1,8}(?:[·・]\p{Script=Han}{1,8})+|\p{Script=Han}{2,4})$/u;

/** A word that ends like an outlet, desk or role, not a person (`中央社`, `人民日报`, `评论员`, `编辑部`). */
const NOT_A_PERSON = /(?:网|網|社|报|報|台|臺|部|局|组|組|员|員|刊|站)$/u;

/**
 * Several Chinese names as one author field, joined with `、` as Chinese lists names (`王小明 李华`, `宝尹，李明` ->
 * `王小明、李华`, `宝尹、李明`); anything else as written. A part of one character means a name written with a space in
 * it (`王 伟`, `佐藤 健`), which stays one name. English lists stay as written (`Jane Doe and John Smith`).
 */
export function joinedHanNames(written: string): string {
  if (!/[\s,，、]/u.test(written)) return written;
  const parts = written.split(/\s*[,，、]\s*|\s+/u);
  return parts.length > 1 && parts.every((part) => LISTED_HAN_NAME.test(part) && !NOT_A_PERSON.test(part)) ? parts.join('、') : written;
}

/**
 * The names an author field holds: `王小明、李华` -> two, `Jane Doe, Emily Post and Li Wei` -> three, `Jane Doe & John
 * Smith` -> two; a single name (`佐藤 健`, `Reuters Staff`) -> one. A comma part that is not a capitalised name
 * (`Doe, Jr.`) keeps the field whole.
 */
export function authorNames(author: string): string[] {
  const trimmed = author.trim();
  if (trimmed === '') return [];
  if (trimmed.includes('、')) return trimmed.split('、').map((n) => n.trim()).filter(Boolean);
  const parts = trimmed.split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/u);
  return parts.length > 1 && parts.every((p) => ENGLISH_NAME.test(p)) ? parts : [trimmed];
}
/** One English name: two or more capitalised words (`Emily Post`, `Paul J. Weber`, `Sarah O'Connor`). */
const ENGLISH_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;
