/**
 * Which wiki-link entities become glossary terms when the glossary is seeded from an article. Wikipedia has pages for
 * dates, years, decades and numbers (`[[zh:10月7日]]`, `[[zh:2023年]]`, `[[zh:九月]]`), and articles link them; but a
 * date or a number is not a term with one fixed English: its rendering depends on the sentence ("October 7", "7
 * October", "on the 7th"), and the number check already compares dates and numbers pair by pair. So a target that the
 * number check reads, whole, as dates, numbers, amounts or percentages is left out. A name that merely starts with a
 * date (2011年阿拉伯之春, 10月7日袭击) or holds numerals (七国集团, 9·11) is a term and stays.
 */
import { parseZhNumeral } from '../claims/numerals';
import { findQuantities } from '../claims/quantities';

/** An era before a year (公元前221年, 西元2023年): part of the date, though the number check reads only the year. */
const ERA = /^(?:公元前?|西元前?|紀元前|纪元前)\s*/u;

/** Only Chinese numeral characters (三千, 一点五万): `parseZhNumeral` reads past other characters. */
const ZH_NUMERAL = /^[零〇一二三四五六七八九十百千万萬亿億两兩点點]+$/u;

/** A day of the month alone (7日, 30号), which the number check reads as a bare number. */
const DAY_OF_MONTH = /^(?:[0-9０-９]{1,2}|[一二三]?十?[一二三四五六七八九十])\s*[日号號]$/u;

/** True when `term` is, whole, a date or a number (with its unit): text the number check compares, not a term. */
export function isDateOrNumber(term: string): boolean {
  const text = term.replace(/_/g, ' ').trim().replace(ERA, '');
  if (!text) return false;
  if (ZH_NUMERAL.test(text) && parseZhNumeral(text) !== null) return true;
  if (DAY_OF_MONTH.test(text)) return true;
  const covered = new Uint8Array(text.length);
  for (const q of findQuantities(text)) {
    if (q.kind === 'statement') continue;
    covered.fill(1, q.start, q.end);
  }
  for (let i = 0; i < text.length; i++) if (!covered[i] && !/\s/u.test(text[i])) return false;
  return true;
}

/** The entities worth seeding as glossary terms: trimmed, non-empty, no date or number, each once, in order. */
export function seedableTerms(entities: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of entities) {
    const term = e.trim();
    if (!term || seen.has(term)) continue;
    seen.add(term);
    if (!isDateOrNumber(term)) out.push(term);
  }
  return out;
}
