/**
 * Reads the header of a stored revision (title and metadata lines, up to `body_start`) without loading the whole
 * file: what `publishedDayOf` needs to give the day an article was written on in its own zone (see
 * `ArticleMeta.publishedDay`), which no column stores.
 */
import { publishedDayOf } from '../../shared/markdown/publishedDay';

/**
 * The columns (of `revisions`, optionally aliased) a header read selects. `body_start` counts UTF-16 units of the
 * decoded file, so its first `body_start` characters of `source_text` (SQLite counts code points) or
 * `body_start * 3` bytes of `original` (and a byte order mark) always hold the header. Only dated revisions need it.
 */
export function storedHeaderColumns(table = ''): string {
  const t = table ? `${table}.` : '';
  return `${t}body_start AS body_start,
    CASE WHEN ${t}published IS NOT NULL THEN substr(${t}source_text, 1, ${t}body_start) END AS header_text,
    CASE WHEN ${t}published IS NOT NULL AND ${t}source_text IS NULL THEN substr(${t}original, 1, ${t}body_start * 3 + 3) END AS header_bytes`;
}

/** What `storedHeaderColumns` selects, with the revision's `published`. */
export interface StoredHeaderRow {
  published: string | null;
  body_start: number;
  header_text: string | null;
  header_bytes: Buffer | null;
}

/** The header's text: the file stored as text (`source_text`), or its first bytes decoded as UTF-8 (BOM dropped). */
function headerOf(row: StoredHeaderRow): string {
  if (row.header_text !== null) return row.header_text.slice(0, row.body_start);
  if (row.header_bytes === null) return '';
  return new TextDecoder('utf-8').decode(row.header_bytes).slice(0, row.body_start);
}

/** The day the revision's date was written on, when not `published`'s UTC day (`publishedDayOf`); else null. */
export function storedPublishedDay(row: StoredHeaderRow): string | null {
  return publishedDayOf(headerOf(row), row.published);
}
