/**
 * A year written before a plural noun as its modifier — "the 1967 borders", "The 2014 protests", "Israel's 1967
 * borders", "2019 protesters marched" — is a date, not a count of borders or protests. The amount reader asks
 * {@link isYearModifier} before it takes the noun after a year-like number (4 plain digits, 1000–2100); when the answer
 * is yes the number stays bare and the year reading (dates.ts) is the one kept.
 *
 * What says "year", and why:
 * - A determiner or a possessive right before the number (the, its, their, his, her, our, this, that, Israel's): in
 *   edited English a count of a thousand or more is written with a comma ("the 2,000 protesters", which stays a count),
 *   so a bare 4-digit number after a determiner is a year.
 * - The start of a sentence: news style spells out a number that opens a sentence, except a year ("1989 students were
 *   arrested" reads as the students of 1989).
 * - But a round hundred (1500, 2000) is as often a count written without its comma ("the 2000 protesters", "2000
 *   people attended"), and 2000 is also a year. There the noun decides: an event or a period ("the 2000 elections",
 *   "the 2000 Olympics") makes it a year; anything else (people, things) keeps the count.
 * - Anywhere else ("police said 2019 protesters marched") the reading is left as a count: nothing in the sentence
 *   says otherwise, and a count wrongly dropped is a claim a checker never sees.
 * - Chinese writes a year with 年 (1989年的学生, read by dates.ts). A sentence that opens with a bare year-like number
 *   and a noun with no classifier (2019 抗议者上街) follows the same rule: not a count; and as a bare 2019 is no date
 *   in Chinese text, nothing is suggested. 2000 巴勒斯坦人 (a round hundred) stays a count.
 */

/** A determiner or a possessive right before the number. */
const DETERMINER_BEFORE = /(?:(?<![A-Za-z])(?:the|its|their|his|her|our|this|that)|[A-Za-z]['’]s)\s+$/i;
/** The end of a sentence, a line break or an opening quotation mark or bracket: what may come before a sentence's start. */
const SENTENCE_START_BEFORE = /(?:[.!?]["'”’)]?\s+|[。！？；]["”’」）]?\s*|\n\s*|(?:^|\s)["“'‘(「（])$/u;
/**
 * Events and periods a year names ("the 2000 elections"): with a round year the noun is what tells it from a count.
 * Lower-case plural forms as `enNounAfter` returns them.
 */
const EVENT_NOUNS = new Set(
  ('elections polls primaries midterms referendums protests demonstrations riots uprisings revolutions attacks bombings ' +
    'floods earthquakes olympics paralympics games championships finals playoffs borders talks accords agreements ' +
    'negotiations reforms sanctions wars clashes strikes lockdowns hearings trials results figures levels prices census ' +
    'budgets accounts rankings standards guidelines rules regulations')
    .split(' '),
);

/**
 * Whether the year-like number `value` at `start` in `text`, before the plural noun `noun`, is a year that modifies the
 * noun rather than a count of it (see the file comment for the signals).
 */
export function isYearModifier(text: string, start: number, value: number, noun: string): boolean {
  if (value < 1000 || value > 2100) return false;
  const head = text.slice(Math.max(0, start - 24), start);
  const opensSentence = start === 0 || SENTENCE_START_BEFORE.test(head);
  if (!opensSentence && !DETERMINER_BEFORE.test(head)) return false;
  return value % 100 !== 0 || EVENT_NOUNS.has(noun);
}
