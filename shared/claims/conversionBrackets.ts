/**
 * A figure restated in brackets right after another one, in another currency or unit ("150 million yuan ($21
 * million)", 120 亿元（约合 17 亿美元）, "10 miles (16 km)"): a conversion the writer added, not a figure of its own.
 * The claim finder drops such conversions (`quantities.ts`) and the number check of a translation does not report them
 * as missing from the other side (`translation/numberItems.ts`); both read the opening bracket with this one rule.
 */

/** Words that say the bracket restates the figure before it: 约合, 折合, "about", "or". */
const RESTATING_WORDS = '约合|約合|折合约|折合|约|約|合|相当于|相當於|相当於|about|around|approx\\.?|approximately|roughly|some|or|c\\.|~|≈';

/**
 * An opening bracket at the end of a text, with an optional word of restating and the country letters of a dollar
 * sign (`(about `, `（约合 `, `(US`): the text before a figure that begins a conversion.
 */
export const CONVERSION_OPEN = new RegExp(`[（(]\\s*(?:(?:${RESTATING_WORDS})\\s*)?(?:US|HK|NT)?$`, 'iu');

/** The closing bracket right after a restated figure. */
export const CONVERSION_CLOSE = /^\s*[)）]/u;

/** Whether the text between two figures is nothing but the opening of a conversion (`  (about `, `（约合`). */
export function isOnlyConversionOpen(between: string): boolean {
  const m = CONVERSION_OPEN.exec(between);
  return m !== null && between.slice(0, m.index).trim() === '';
}
