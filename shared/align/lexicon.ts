/**
 * Word-level helpers for the aligner: markup stripping, sentence length in comparable units, English tokenising
 * and a light stemmer. English words from dictionary glosses and from the English sentence go through the same
 * stemmer, so "released" in a sentence meets "to release" in a gloss.
 */

/** Remove wiki-link and emphasis markup that the translator never sees as words (`[[zh:卡塔尔]]` -> `卡塔尔`). */
export function stripMarkup(text: string): string {
  return text
    .replace(/\[\[(?:[a-z]{2,3}:)?([^\]|]*)(?:\|([^\]]*))?\]\]/gu, (_m, target: string, label?: string) => label ?? target)
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/[*_`#>]+/gu, '');
}

const HAN = /\p{Script=Han}/u;

/** True for a Chinese ideograph. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * Length of a Chinese sentence in "ideograph units": each Han character counts 1, and a run of Latin letters or
 * digits counts as its length divided by `latinPerHan`, because `Al-Arish` inside Chinese text is as long in the
 * English as it is here, not three times longer.
 */
export function zhLength(text: string, latinPerHan = 3): number {
  let han = 0;
  let other = 0;
  for (const ch of text) {
    if (isHan(ch)) han++;
    else if (/[\p{L}\p{N}]/u.test(ch)) other++;
  }
  return han + other / latinPerHan;
}

/** Length of an English sentence: letters and digits only, so punctuation and spacing habits do not count. */
export function enLength(text: string): number {
  let n = 0;
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) n++;
  return n;
}

/** Function words that say nothing about which sentence translates which. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about as than then that this ' +
    'these those there here it its it\'s is are was were be been being am do does did done have has had having will would ' +
    'shall should can could may might must not no yes he she they we i you him her them us me his hers their our your my ' +
    'who whom whose which what when where why how all any some each every both either neither one also only just very ' +
    'more most much many such other others own same said says say told tell according while after before since until ' +
    'if because though although however also even still up down out off again further once sb sth something someone ' +
    'etc e.g i.e oneself thing way kind sort variant see used form bound cl abbr lit fig old name surname person'
  ).split(/\s+/u),
);

/** Spelled-out numbers: they are compared as numbers (see numbers.ts), not as words. */
const NUMBER_WORDS = new Set(
  ('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen ' +
    'nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen ' +
    'twice half double triple').split(' '),
);

/**
 * A deliberately small stemmer (plural, past, gerund, adverb endings). It only has to make the same word meet
 * itself across inflections, so over-stemming is harmless as long as both sides use it.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  else if (/(?:ss|us|is)$/u.test(w)) return w;
  else if (/(?:ches|shes|xes|sses)$/u.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // Collapse a doubled final consonant left by -ed/-ing (planned -> plann -> plan).
  if (w.length > 4 && /([b-df-hj-np-tv-z])\1$/u.test(w)) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** Words of a Latin-script text, trailing dots of abbreviations kept off (`U.S.` -> `U.S`). */
export function latinWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The comparison key of a Latin word: stemmed lower case, dots and hyphens removed (`U.S.` = `US`, `Al-Arish`). */
export function wordKey(word: string): string {
  return 'w:' + stem(word.replace(/[.\-]/gu, ''));
}

/**
 * The key that makes a country meet its people and adjective (`Israel` / `Israelis`, `China` / `Chinese`, `Iran` /
 * `Iranian`): the first four letters of a capitalised word. Null for short or lower-case words. Dictionary glosses
 * give the country (美国 -> "United States", 以色列 -> "Israel") where translations often use the adjective.
 */
export function nameKey(word: string): string | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  const letters = word.replace(/[.\-'’]/gu, '').toLowerCase();
  return letters.length >= 4 ? 'd:' + letters.slice(0, 4) : null;
}

/** True when an English word carries content (not a stop word, not a bare single lower-case letter). */
export function isContentWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || NUMBER_WORDS.has(lower)) return false;
  if (/^\p{N}+$/u.test(word)) return false;
  return lower.length > 1 || /\p{Lu}/u.test(word);
}

/**
 * The English content-word keys of one dictionary gloss list: `["to release", "to set free (a prisoner)"]` ->
 * `w:releas`, `w:set`, `w:free`. Parenthesised remarks, `CL:` classifier notes and `variant of` cross-references
 * are dropped because they are about the word, not its meaning.
 */
export function glossKeys(glosses: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const raw of glosses) {
    if (/^(?:variant of|old variant|see |CL:|used in|surname |abbr\. for)/iu.test(raw)) continue;
    const clean = raw.replace(/\([^)]*\)/gu, ' ').replace(/\[[^\]]*\]/gu, ' ').replace(/\b[\p{Script=Han}|]+/gu, ' ');
    for (const w of latinWords(clean)) {
      if (!isContentWord(w)) continue;
      keys.add(wordKey(w));
      const name = nameKey(w);
      if (name) keys.add(name);
    }
  }
  return [...keys];
}
