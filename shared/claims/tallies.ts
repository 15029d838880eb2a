/**
 * Vote tallies — "voted 62 to 38", "by a vote of 5-4", "a 217-213 vote", 以 62 比 38 票 — read as two counts of
 * votes, one for each side, so a checker sees both figures. Without this, "62 to 38" was read as nothing at all (a
 * bare range of small numbers is not a quantity) or, worse, as a range from 62 to 38.
 *
 * Works on the text `findQuantities` reads (width-folded, simplified); offsets are that text's, which are the
 * original's.
 */
import type { Found } from './dates';

const N = '(\\d{1,4}(?:,\\d{3})?)';
const SEP = '\\s*(?:-|–|—|to)\\s*';
/**
 * "voted 62 to 38", "by a vote of 5-4", "margin of 51-49", "the vote was 7-2", "passed by 62 votes to 38" (a bare
 * "approved 3 to 5" is not).
 */
const EN_TALLY_AFTER_VERB = new RegExp(
  `\\b(?:(?:voted|vote\\s+of|votes\\s+of|margin\\s+of|tally\\s+of|(?:vote|tally|margin)\\s+(?:was|is|stood\\s+at))\\s+(?:by\\s+)?|(?:passed|approved|rejected|defeated|adopted)\\s+(?:it\\s+)?by\\s+)(?:a\\s+(?:vote|margin)\\s+of\\s+)?${N}(?:\\s+votes)?${SEP}${N}\\b`,
  'gi',
);
/**
 * "The bill passed 311 to 117 in the House", "the court ruled 6-3 on Friday", "cleared the Senate 68-32": a tally after
 * the verb (and what was voted in or on, in one or two words after an article) without "by", when no counted noun follows
 * (so "approved 3 to 5 projects" stays a range of projects).
 */
const EN_TALLY_BARE_VERB = new RegExp(
  `\\b(?:passed|approved|rejected|defeated|adopted|confirmed|ruled|decided|sided|cleared)\\s+(?:(?:the|a|an|its|his|her|their)\\s+(?:[A-Za-z][A-Za-z-]*\\s+){1,2})?${N}${SEP}${N}(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|on|at|with|after|before|and|but|as|when|votes?)\\b)`,
  'gi',
);
/**
 * "approved the law by 523 votes to 46": "by N votes to M" is a tally whatever precedes it (unanimous "14 votes to 0"
 * keeps its one count of votes: a lone "0" is no figure to underline).
 */
const EN_TALLY_BY_VOTES = new RegExp(`\\bby\\s+${N}\\s+votes\\s+to\\s+(?!0\\b)${N}\\b`, 'gi');
/** "a 217-213 vote", "a 6-3 ruling", "the 62 to 38 decision". */
const EN_TALLY_BEFORE_NOUN = new RegExp(`\\b${N}${SEP}${N}\\s+(?:vote|votes|decision|ruling|majority|verdict)\\b`, 'gi');
/** 以 62 比 38 票, 62 票对 38 票 (the second form is read by the classifier 票 already). */
const ZH_TALLY = new RegExp(`${N}\\s*(?:比|:|：)\\s*${N}(?=\\s*(?:的)?(?:票|表决|投票|的票数))`, 'gu');

/**
 * A medal tally: 8金16银29铜, 38枚金牌、32枚银牌, 3金2银: each colour a count of medals (its span says which), read
 * only when a gold and a silver (or a silver and a bronze) stand together, so that a lone 金 is never taken for one.
 */
const ZH_MEDAL = '(\\d{1,3})\\s*(?:枚)?\\s*';
const ZH_MEDAL_TALLY = new RegExp(
  `${ZH_MEDAL}金(?:牌)?[、，,\\s]*${ZH_MEDAL}银(?:牌)?(?:[、，,和及\\s]*${ZH_MEDAL}铜(?:牌)?)?|${ZH_MEDAL}银(?:牌)?[、，,和及\\s]*${ZH_MEDAL}铜(?:牌)?`,
  'gu',
);
const ZH_MEDAL_ONE = /(\d{1,3})\s*(?:枚)?\s*[金银铜](?:牌)?/gu;

function medals(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(ZH_MEDAL_TALLY)) {
    for (const one of m[0].matchAll(ZH_MEDAL_ONE)) {
      const start = m.index + one.index;
      out.push({ start, end: start + one[0].length, kind: 'count', value: Number(one[1]), valueMax: null, currency: null, unit: 'medals', per: null, approx: null, date: null });
    }
  }
  return out;
}

function votes(start: number, end: number, value: number): Found {
  return { start, end, kind: 'count', value, valueMax: null, currency: null, unit: 'votes', per: null, approx: null, date: null };
}

function toNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** The two sides of every vote tally and the colours of every medal tally in `text`, as counts in text order. */
export function findTallies(text: string): Found[] {
  const out: Found[] = [];
  for (const re of [EN_TALLY_AFTER_VERB, EN_TALLY_BARE_VERB, EN_TALLY_BEFORE_NOUN, EN_TALLY_BY_VOTES, ZH_TALLY]) {
    for (const m of text.matchAll(re)) {
      // Offsets of the two numerals inside the match: the first group is the first numeral after any words.
      const whole = m[0];
      const firstAt = m.index + whole.search(/\d/);
      const secondAt = m.index + whole.lastIndexOf(m[2]);
      if (secondAt <= firstAt) continue;
      out.push(votes(firstAt, firstAt + m[1].length, toNumber(m[1])), votes(secondAt, secondAt + m[2].length, toNumber(m[2])));
    }
  }
  out.push(...medals(text));
  return out.sort((a, b) => a.start - b.start);
}
