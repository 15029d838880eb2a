/**
 * The words and patterns that dates and date ranges share (`dates.ts`, `dateRanges.ts`): month and day numerals in
 * Chinese, English month names, relative years. One definition, so a month the one reads the other reads too.
 */

/** A Chinese month numeral, 1–12 in digits or characters (a capture group). */
export const ZH_MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
/** A Chinese day-of-month numeral, 1–31 in digits or characters (a capture group). */
export const ZH_DAY_OF_MONTH = '(\\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';

/**
 * An English month name, full or abbreviated (a capture group). Only an abbreviation takes a full stop ("Dec. 12");
 * the stop after "the 15th of March." ends the sentence.
 */
export const EN_MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)' +
  '(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)?';
/** An English day of the month, with an ordinal ending or not (a capture group for the number). */
export const EN_DAY_OF_MONTH = '(\\d{1,2})(?:st|nd|rd|th)?';

/** The month number of an English month name, full or abbreviated, lower case. */
export const EN_MONTH_NUMBERS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/** Years relative to publication: 今年 is the publication year, 去年 the one before, 后年 the year after next. */
export const ZH_YEAR_SHIFT: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1, 后年: 2 };
/** 后年 (the year after next), but not the 后 of 此后 / 之后 / 今后 / 最后 before 年 (今后年均增长 5%). */
export const ZH_HOUNIAN = '(?<![此之以其然随隨最前今往而过過先落背日])后年(?![均度龄齡纪紀代])';
