/**
 * English sentence segmentation tuned for news copy. A sentence ends at `.`, `!`, `?` or an ellipsis, with closing
 * quotes and brackets attached, when the next text starts like a sentence (capital letter, digit, opening quote).
 *
 * What does not end a sentence, because news English is full of it:
 * - titles and name parts before a name: Mr. Mrs. Ms. Dr. Prof. Gen. Sen. Rep. St. Lt. Col. Gov. Jr. ... and
 *   initials (`Joost R. Hiltermann`, `J.R.R. Tolkien`);
 * - month abbreviations and `No.` before a number (`Jan. 5`, `No. 10`);
 * - dotted acronyms and abbreviations (`U.S.`, `U.N.`, `e.g.`, `a.m.`, `etc.`, `Inc.`, `Corp.`, `Ltd.`) unless the next
 *   word is one that typically opens a sentence (`... in the U.S. The talks ...` does split);
 * - decimals and amounts (`3.5`, `$6.5bn`), and an ellipsis followed by a lower-case word.
 */
import { foldOrphans, foldTrailingAside, lineRanges, spansFromCuts } from './spans';
import type { SentenceSpan } from './types';

/** Abbreviations that precede a name or number: never a sentence end. Lower-cased, without the dot. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'lt', 'col', 'capt', 'cpt', 'maj', 'sgt', 'adm',
  'cmdr', 'brig', 'gov', 'pres', 'rev', 'hon', 'supt', 'insp', 'amb', 'messrs', 'mme', 'mt', 'ft', 'fr',
  'vs', 'v', 'cf', 'dept',
]);
/**
 * Reference abbreviations that are also everyday words at a sentence end (`works of art.`, `a second sec.` is rare but
 * `art.` is not): kept inside the sentence only before a number (`Art. 5`, `Fig. 3`, `pp. 12`, `est. 1990`).
 */
const BEFORE_NUMBER = new Set(['art', 'fig', 'vol', 'p', 'pp', 'para', 'ch', 'sec', 'est', 'approx']);
/**
 * Abbreviations that are sentence ends only before a sentence-opening word. `St.` is Saint before a name (`St. John's`)
 * but Street at the end of an address (`at 215 Centre St. It covers ...`); `Jr.` and `Sr.` follow a name and so end a
 * sentence as often as any word.
 */
const SOFT_ABBREVIATIONS = new Set([
  'st', 'jr', 'sr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'inc', 'corp',
  'ltd', 'co', 'plc', 'llc', 'bros', 'etc', 'al', 'ave', 'blvd', 'rd', 'km', 'min', 'max', 'bn', 'mn', 'tn',
]);
/**
 * Words that typically open a sentence. After a soft abbreviation or a dotted acronym (`U.S.`), a following
 * capitalised word is usually a name (`U.S. President`), so we split only before these.
 */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
  'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'after', 'before', 'when',
  'while', 'since', 'if', 'although', 'though', 'however', 'meanwhile', 'still', 'also', 'then', 'now', 'some',
  'many', 'most', 'other', 'others', 'one', 'two', 'three', 'both', 'all', 'no', 'not', 'what', 'why', 'how', 'who',
  'where', 'for', 'from', 'with', 'by', 'to', 'according', 'despite', 'during', 'last', 'earlier', 'later', 'officials',
  'such', 'each', 'every', 'more', 'few', 'under', 'over', 'about',
]);

/** Words that may follow `a.m.` / `p.m.` inside the same sentence. */
const TIME_FOLLOWERS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z]{2,4}T|GMT|UTC|ET|PT|CT|local|Beijing|Eastern|Pacific|Central)$/u;
const TERMINAL = /[.!?…]/u;
/** A list item's number or letter at the start of a line: `1.`, `12.`, `a.`, `iv.`, `(3).` */
const ENUMERATOR = /^\s*\(?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{1,4})\)?\.$/u;
const CLOSERS = /["'”’)\]}»]/u;
const OPENERS = /["'“‘(\[{«]/u;

/** The word (letters and inner dots) that ends just before offset `dot` (the position of the `.`). */
function wordBefore(line: string, dot: number): string {
  let s = dot;
  while (s > 0 && /[\p{L}\p{N}.]/u.test(line[s - 1])) s--;
  return line.slice(s, dot);
}

/** The next word after offset `k`, skipping opening quotes and brackets. */
function wordAfter(line: string, k: number): string {
  let s = k;
  while (s < line.length && OPENERS.test(line[s])) s++;
  let e = s;
  while (e < line.length && /[\p{L}\p{N}'’-]/u.test(line[e])) e++;
  return line.slice(s, e);
}

/** Does the text at `k` look like the start of a new sentence? */
function startsSentence(line: string, k: number): boolean {
  let s = k;
  while (s < line.length && OPENERS.test(line[s])) s++;
  const ch = line[s];
  if (ch === undefined) return s > k;
  return /[\p{Lu}\p{N}\p{Script=Han}$£€¥]/u.test(ch);
}

/**
 * Should a single `.` after `word` (followed by a sentence-like start at `k`) be kept inside the sentence? `before` is
 * the line up to the word.
 */
function isAbbreviation(word: string, next: string, line: string, k: number, before: string): boolean {
  const lower = word.toLowerCase();
  if (word.length === 0) return false;
  const nextIsOpener = SENTENCE_OPENERS.has(next.toLowerCase());
  if (TITLES.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return /^\p{N}/u.test(line.slice(k).replace(/^\s+/u, ''));
  // A single capital letter is an initial (`R.` in `Joost R. Hiltermann`), dotted runs are acronyms. After a number
  // or a degree sign it is a unit (`28 C.`, `40°F.`) and ends the sentence like any word.
  if (/^\p{Lu}$/u.test(word)) {
    if (/[\p{N}°]\s?$/u.test(before)) return false;
    return !nextIsOpener || /^\p{Lu}$/u.test(next);
  }
  // `10 a.m. Monday` goes on, `at 10 a.m. Diplomats said` is a new sentence: after a time, only a day, a month or
  // a time zone continues the sentence.
  if (/^[ap]\.m$/iu.test(word)) return !/^\p{Lu}/u.test(next) || TIME_FOLLOWERS.test(next);
  if (/^(\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return !nextIsOpener;
  if (SOFT_ABBREVIATIONS.has(lower)) {
    if (lower === 'no' || lower === 'nos' || /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/u.test(lower)) {
      // `No. 10`, `Jan. 5`: only before a number.
      return /^\p{N}/u.test(line.slice(k).replace(/^\s+/u, ''));
    }
    return !nextIsOpener;
  }
  return false;
}

/** Offsets (relative to the line) just after each sentence end in one line of English text. */
function cutsInLine(line: string): number[] {
  const cuts: number[] = [];
  let i = 0;
  while (i < line.length) {
    if (!TERMINAL.test(line[i])) {
      i++;
      continue;
    }
    const first = i;
    let j = i;
    while (j < line.length && TERMINAL.test(line[j])) j++;
    const run = line.slice(first, j);
    while (j < line.length && CLOSERS.test(line[j])) j++;
    i = j;
    let k = j;
    while (k < line.length && /\s/u.test(line[k])) k++;
    if (k >= line.length) continue;
    // No space after the stop: a decimal (3.5), a URL, an inner dot of an acronym (U.S.) or `"Yes."` glued to text.
    if (k === j) continue;
    if (!startsSentence(line, k)) continue;
    // `1. The port reopened.` in a plain-text list: the number opens an item, it is not a sentence of its own.
    if (ENUMERATOR.test(line.slice(cuts[cuts.length - 1] ?? 0, j))) continue;
    if (run === '.') {
      const word = wordBefore(line, first);
      if (isAbbreviation(word, wordAfter(line, k), line, k, line.slice(0, first - word.length))) continue;
    }
    cuts.push(j);
  }
  return cuts;
}

/** Split English text into sentences with exact offsets (see the module comment for the rules). */
export function segmentEn(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const [from, to] of lineRanges(text)) out.push(...segmentEnLine(text, from, to));
  return out;
}

/**
 * The sentences of one line, `text[from, to)`, written in English. Chinese segmentation uses it for the English
 * paragraphs of a Chinese article (a quoted statement, a source's own words), which have no 。 to cut at.
 */
export function segmentEnLine(text: string, from: number, to: number): SentenceSpan[] {
  return foldTrailingAside(text, foldOrphans(text, spansFromCuts(text, from, to, cutsInLine(text.slice(from, to)).map((c) => c + from))));
}
