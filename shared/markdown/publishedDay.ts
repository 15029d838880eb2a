/**
 * The day an article was written on in its own time zone, read again from its stored header. A revision stores
 * `published` as a UTC instant (the CLI and the library show it so), which can fall on another calendar day than the
 * one written (`2023年11月3日 07:30 北京时间` is 2023-11-02T23:30:00Z); relative dates in the text (昨天, last year)
 * count from the written day. Re-reading the header (a dozen lines) when a revision is read is cheaper than a column
 * every stored revision would need, and needs no migration.
 */
import { readHeader } from './header';

/**
 * The calendar day a date was written on when it is not the UTC day of `published` (`2023年11月3日 07:30 北京时间` is
 * 2023-11-02T23:30:00Z): only then does the article's metadata carry it (see `ArticleMeta.publishedDay`).
 */
export function writtenDayUnlessUtc(published: string, day: string | null): string | null {
  return day && day !== published.slice(0, 10) ? day : null;
}

/**
 * The written day of `published` when the header (`source` up to where its body starts) gives that same instant and
 * the day differs from its UTC day; null otherwise (no date, a dateline's date, or a header that now reads otherwise).
 */
export function publishedDayOf(header: string, published: string | null): string | null {
  if (!published || header.length === 0) return null;
  const read = readHeader(header.replace(/\r\n?/g, '\n'));
  return read.published === published ? writtenDayUnlessUtc(published, read.publishedDay) : null;
}
