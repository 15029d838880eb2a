/**
 * Earthquake magnitudes — "a 7.8-magnitude earthquake", "magnitude 6.4", 里氏 7.8 级, 6.4 级地震 — read as a number
 * with the unit `magnitude`. A quake's size is among the first figures a fact-checker verifies, and without this
 * "7.8-magnitude" was read as nothing (a number glued to a word) and 7.8 级 as a bare decimal.
 *
 * Works on the text `findQuantities` reads (width-folded, simplified); offsets are that text's, which are the
 * original's.
 */
import type { Found } from './dates';

const VALUE = '(\\d{1,2}(?:\\.\\d{1,2})?)';
/** "7.8-magnitude", "7.8 magnitude", "magnitude 7.8", "magnitude-6.4", "M7.1" before quake words. */
const EN_BEFORE_WORD = new RegExp(`\\b${VALUE}[-\\s]magnitude\\b`, 'gi');
const EN_AFTER_WORD = new RegExp(`\\bmagnitude[-\\s]${VALUE}\\b`, 'gi');
/** 里氏 7.8 级 (with the scale named), or 6.4 级 (强)地震 / 余震 (with the quake named). */
const ZH_RICHTER = new RegExp(`(?:里氏|芮氏|矩)\\s*(?:规模\\s*)?${VALUE}\\s*级?`, 'gu');
const ZH_QUAKE_AFTER = new RegExp(`${VALUE}\\s*级(?:强|大|强烈)?(?:地震|余震|震)`, 'gu');
/** Taiwan's 规模 5.2 地震 (芮氏规模 without 芮氏): the figure after 规模 when a quake follows. */
const ZH_SCALE_QUAKE = new RegExp(`规模\\s*${VALUE}\\s*级?(?=\\s*(?:的)?(?:强烈|强|大)?(?:地震|余震|震))`, 'gu');

function magnitude(start: number, end: number, value: number): Found {
  return { start, end, kind: 'number', value, valueMax: null, currency: null, unit: 'magnitude', per: null, approx: null, date: null };
}

/** Every earthquake magnitude in `text`, in text order; the span covers the number and its magnitude words. */
export function findMagnitudes(text: string): Found[] {
  const out: Found[] = [];
  for (const re of [EN_BEFORE_WORD, EN_AFTER_WORD, ZH_RICHTER, ZH_SCALE_QUAKE]) {
    for (const m of text.matchAll(re)) {
      const value = Number(m[1]);
      if (value > 0 && value < 10.5) out.push(magnitude(m.index, m.index + m[0].length, value));
    }
  }
  for (const m of text.matchAll(ZH_QUAKE_AFTER)) {
    // The span is the figure and 级, not the quake noun (a checker selects "7.8 级").
    const value = Number(m[1]);
    const end = m.index + m[0].indexOf('级') + 1;
    if (value > 0 && value < 10.5 && !out.some((f) => f.start <= m.index && f.end >= end)) out.push(magnitude(m.index, end, value));
  }
  return out.sort((a, b) => a.start - b.start);
}
