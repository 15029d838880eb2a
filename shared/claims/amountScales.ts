/**
 * A numeral with its own scale: 3000 万, 2.3 million, 40k, 11.1 lakh crore. The first phase of reading an amount, and
 * the one a range's far end is read with again, so it stands apart from the range and currency reading that calls it.
 */
import { type NumeralToken, roundSig } from './numerals';
import { EN_MEASURES, EN_NOUNS } from './lexicon';
import { type Atom, at } from './amountReading';
import { EN_STOP, EN_WORD } from './countedUnits';

const ZH_SCALE_CHARS: Record<string, number> = {
  十: 10, 百: 100, 千: 1000, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12,
};
// 千米/千克/千瓦 are units, 百分 starts a percentage: those 千/百 are not scales.
const ZH_SCALE = /\s*(多|余|餘)?\s*(万亿|萬億|千亿|千億|百亿|百億|十亿|十億|千万|千萬|百万|百萬|十万|十萬|亿|億|万|萬|兆(?![瓦赫字位帕欧比焦])|千(?![米克瓦])|百(?!分))/uy;
// South Asian papers count in lakhs (10⁵) and crores (10⁷): Rs 11.1 lakh crore is 11.1 × 10¹².
const EN_SCALE = /\s?(thousand|million|billion|trillion|lakh\s+crores?|lakhs?|crores?)\b|\s?(bn|mn|mln|bln|tn|trn)\b/iy;
const EN_SCALE_ABBR = /(m|k|b|mil)\b/iy;
const EN_SCALE_VALUES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9, tn: 1e12,
  trn: 1e12, m: 1e6, k: 1e3, b: 1e9, mil: 1e6, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, 'lakh crore': 1e12,
  'lakh crores': 1e12,
};

function scaleValue(s: string): number {
  let v = 1;
  for (const ch of s) v *= ZH_SCALE_CHARS[ch] ?? 1;
  return v;
}

/**
 * 2.3m homes, 40k troops, 9m barrels: an abbreviated scale counts as one when a counted noun or a unit of measure
 * follows (2.3m alone is metres).
 */
function countedAfterAbbr(text: string, pos: number, decimal: boolean): boolean {
  const abbr = at(EN_SCALE_ABBR, text, pos);
  const word = abbr ? at(EN_WORD, text, pos + abbr[0].length) : null;
  const lower = word?.[1].toLowerCase() ?? '';
  if (word === null || lower in EN_MEASURES) return word !== null && lower.length > 2;
  // 4.3m iPhones, 1.5m doses: a decimal before "m" and a plural noun is millions (metres are whole in race names:
  // "the 100m hurdles").
  return EN_NOUNS.has(lower) || (decimal && abbr?.[1].toLowerCase() === 'm' && /^[A-Za-z][A-Za-z'-]{2,}s$/.test(word[1]) && !EN_STOP.has(lower));
}

/** The numeral `tok` with its own scale (万, million, bn; an abbreviated m or k only for money or a counted noun). */
export function atom(text: string, tok: NumeralToken, hasCurrency: boolean): Atom {
  let value = tok.value;
  let end = tok.end;
  let factor = 1;
  let more = false;
  const raw = text.slice(tok.start, tok.end);
  if (tok.form === 'zh') {
    const trailing = /[万萬亿億]+$/u.exec(raw);
    if (trailing) factor = scaleValue(trailing[0]);
  }
  if (tok.form === 'en' && tok.scaled) {
    const last = /(thousand|million|billion|trillion)$/i.exec(raw);
    if (last) factor = EN_SCALE_VALUES[last[1].toLowerCase()];
  }
  if (tok.form !== 'en') {
    const zh = at(ZH_SCALE, text, end);
    if (zh && (tok.form === 'arabic' || zh[1]) && factor === 1) {
      factor = scaleValue(zh[2]);
      value *= factor;
      more = Boolean(zh[1]);
      end += zh[0].length;
    }
  }
  if (tok.form === 'arabic' && factor === 1) {
    const en = at(EN_SCALE, text, end) ?? (hasCurrency || countedAfterAbbr(text, end, !Number.isInteger(tok.value)) ? at(EN_SCALE_ABBR, text, end) : null);
    if (en) {
      factor = EN_SCALE_VALUES[(en[1] ?? en[2]).toLowerCase().replace(/\s+/g, ' ')];
      value *= factor;
      end += en[0].length;
    }
  }
  const max = tok.vagueMax === undefined ? null : roundSig(tok.vagueMax * (value / tok.value));
  return { value: roundSig(value), end, factor, more, max };
}
