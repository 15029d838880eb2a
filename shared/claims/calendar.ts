/**
 * Calendar arithmetic for resolving relative and year-less dates against an article's publication date. Works on
 * UTC calendar days only: a news date is a day, not an instant, and the host's time zone must not shift it.
 */

/** A calendar day. `m` is 1-12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/**
 * Reads the day of an ISO date or date-time (`2023-11-03`, `2023-11-03T06:22:00Z`) as written, without converting a
 * date-time to UTC (`2023-11-03T07:30:00+08:00` is 3 November); null when absent or invalid.
 */
export function parseAnchor(published: string | null | undefined): Day | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const day = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(day) ? day : null;
}

/** Whether y-m-d exists in the Gregorian calendar (no 31 September). */
export function isValidDay({ y, m, d }: Day): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2023-10-07`. */
export function isoDay({ y, m, d }: Day): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `2023-10`. */
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** The day `n` days after (or before, when negative) `day`. */
export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function weekday(day: Day): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week of a day (`2023-W44`): weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const week = Math.floor((Date.UTC(thursday.y, thursday.m - 1, thursday.d) - jan1) / 86_400_000 / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/**
 * How far after publication a year-less date may lie and still be read in the publication year. News announces what
 * is coming ("将于 12 月 5 日举行", "talks resume on December 5") as often as it reports what happened, but rarely
 * more than a season ahead; a day further ahead than this means the previous year (an article of 3 November 2023
 * that recalls "7 March" means March 2023, one that mentions "25 December" means the coming Christmas).
 */
export const FORWARD_DAYS = 92;

function dayNumber({ y, m, d }: Day): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * What a sentence says about when a year-less date lies: to come (将于, "will"), past (已于, 曾在, "won … on"), or
 * nothing (null: the calendar rule decides).
 */
export type Tense = 'future' | 'past' | null;

/**
 * A month and day written without a year: the publication year when that puts the day on or before publication,
 * or at most {@link FORWARD_DAYS} after it; otherwise the year before. With `tense` `future` (the sentence says the
 * date is to come), the first such day on or after publication; with `past` (it says the date is over: 已于 6 月 3 日,
 * "won the final on June 18"), the latest such day on or before publication. Without an anchor, ISO 8601's year-less
 * form `--MM-DD` keeps the information without inventing a year.
 */
export function resolveMonthDay(m: number, d: number, anchor: Day | null, tense: Tense = null): string | null {
  if (!anchor) return isValidDay({ y: 2000, m, d }) ? `--${pad(m)}-${pad(d)}` : null;
  if (tense === 'future') {
    // The sentence says it is to come (将于 11 月 5 日, "will meet on November 5"): the first such day from publication.
    const y = dayNumber({ y: anchor.y, m, d }) >= dayNumber(anchor) ? anchor.y : anchor.y + 1;
    return isValidDay({ y, m, d }) ? isoDay({ y, m, d }) : null;
  }
  const candidates = [anchor.y, anchor.y - 1, anchor.y + 1].filter((y) => isValidDay({ y, m, d }));
  if (candidates.length === 0) return null;
  const ahead = (y: number): number => dayNumber({ y, m, d }) - dayNumber(anchor);
  const latestPast = candidates.filter((c) => ahead(c) <= 0).sort((a, b) => b - a)[0] ?? anchor.y;
  // The publication year's day unless it lies too far ahead (or the sentence says it is past); then the latest year
  // that puts it in the past.
  const y = tense !== 'past' && ahead(anchor.y) <= FORWARD_DAYS && isValidDay({ y: anchor.y, m, d }) ? anchor.y : latestPast;
  return isValidDay({ y, m, d }) ? isoDay({ y, m, d }) : null;
}

/**
 * A month without a year, by the same rule as {@link resolveMonthDay} (its first day counts); `--MM` without an anchor.
 * With `future`, the publication month or the first such month after it; with `past`, the publication month or the
 * latest such month before it.
 */
export function resolveMonth(m: number, anchor: Day | null, tense: Tense = null): string | null {
  if (m < 1 || m > 12) return null;
  if (!anchor) return `--${pad(m)}`;
  if (tense === 'future') return isoMonth(m >= anchor.m ? anchor.y : anchor.y + 1, m);
  if (tense === 'past') return isoMonth(m <= anchor.m ? anchor.y : anchor.y - 1, m);
  const ahead = dayNumber({ y: anchor.y, m, d: 1 }) - dayNumber(anchor);
  return isoMonth(ahead <= FORWARD_DAYS ? anchor.y : anchor.y - 1, m);
}

/**
 * A weekday named without a date ("on Wednesday", 周三): the latest such day STRICTLY before publication. News
 * calls the day of publication "today"; and translated or re-posted articles are often dated a day or more after
 * the original, so the same weekday as the publication day nearly always means a week earlier.
 * `week` picks the day in the Monday-to-Sunday week before (-1, 上周三 / last Wednesday), of (0, 本周三) or after (+1)
 * publication instead; `future` (the sentence says the day is to come) the first such day after publication.
 */
export function resolveWeekday(wd: number, anchor: Day | null, week: -1 | 0 | 1 | null, tense: Tense = null): string | null {
  if (!anchor) return null;
  const today = weekday(anchor);
  // "Talks will resume on Friday", 将于周五举行: the first such day after publication.
  if (week === null && tense === 'future') return isoDay(addDays(anchor, (wd - today + 7) % 7 || 7));
  if (week === null) {
    const back = (today - wd + 7) % 7 || 7;
    return isoDay(addDays(anchor, -back));
  }
  const monday = addDays(anchor, 1 - today + 7 * week);
  return isoDay(addDays(monday, wd - 1));
}

/** The month `delta` months from the anchor's month (`2023-10` for -1 on 3 November 2023). */
export function shiftMonth(anchor: Day, delta: number): string {
  const index = anchor.y * 12 + (anchor.m - 1) + delta;
  return isoMonth(Math.floor(index / 12), (index % 12) + 1);
}
