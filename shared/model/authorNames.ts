/**
 * How the one author field of an article carries several names. It stays one string, so the library sorts and filters
 * it and the CLI prints it as before, in one form however the byline joined the names, so the same authors written two
 * ways are the same field: Chinese names joined with `、` (a space, comma, 和, 与 or 及 between them is made `、`),
 * English names as a sentence lists them, `Jane Doe and John Roe`, `Jane Doe, John Roe and Ann Lee` (an `&` is
 * `and`, a comma before the last name is dropped). `authorNames` splits it back into names where a consumer needs
 * people one by one (ClaimReview's author).
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
  if (!/[\s,，、和与與及]/u.test(written)) return written;
  const parts = written.split(/\s*[,，、]\s*|\s+/u);
  if (parts.length > 1 && parts.every((part) => LISTED_HAN_NAME.test(part) && !NOT_A_PERSON.test(part))) return parts.join('、');
  // `张三和李四`, `張三與李四`: a conjunction between two names of two to four characters. Not inside one name (`王和平`,
  // `李和` leave a one-character side), and only once, so a name holding 和 among others is never cut twice.
  const pair = /^(\p{Script=Han}{2,4})\s*[和与與及]\s*(\p{Script=Han}{2,4})$/u.exec(written);
  if (pair && !NOT_A_PERSON.test(pair[1]) && !NOT_A_PERSON.test(pair[2])) return `${pair[1]}、${pair[2]}`;
  const listed = /^(.+?)\s*[和与與及]\s*(\p{Script=Han}{2,4})$/u.exec(written);
  if (listed && listed[1].includes('、')) {
    const names = [...listed[1].split('、'), listed[2]];
    if (names.every((part) => LISTED_HAN_NAME.test(part) && !NOT_A_PERSON.test(part))) return names.join('、');
  }
  return written;
}

/**
 * Several English names in one form: `Jane Doe and John Roe`, `Jane Doe, John Roe and Ann Lee`, from `Jane Doe &
 * John Roe`, `Jane Doe, John Roe, and Ann Lee` or `Jane Doe, John Roe`. Anything that is not a list of names of two
 * or more capitalised words each (`Reuters Staff`, `Doe, Jr.`, a name of one word) stays as written.
 */
export function joinedEnglishNames(written: string): string {
  const names = authorNames(written);
  if (names.length < 2 || names.some((name) => !ENGLISH_NAME.test(name))) return written;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** An author field's names in the one form of `joinedHanNames` or `joinedEnglishNames`. */
export function joinedNames(written: string): string {
  return joinedEnglishNames(joinedHanNames(written));
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
