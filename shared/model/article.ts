/**
 * The domain types of an imported article. An article is identified by its source link (or, lacking one, by the
 * file's content); each import of a changed text or each saved edit adds a revision, and the original is kept.
 */
import type { TextMatch } from '../text/snippets';

/**
 * What relative dates in an article (昨天, 去年, last year, on Monday) count from: the day it was written on in its own
 * time zone when the metadata line names one, else its `published` date (a `YYYY-MM-DD…` string for `parseAnchor`).
 */
export function relativeDateAnchor(meta: { published: string | null; publishedDay?: string | null }): string | null {
  return meta.publishedDay ?? meta.published;
}

/** Metadata read from the header conventions of the articles (back-link line, `##` title, metadata line). */
export interface ArticleMeta {
  title: string;
  author: string | null;
  /** ISO 8601 UTC, e.g. `2023-11-03T06:22:00Z`; null when the header carries no date we can read. */
  published: string | null;
  /**
   * The calendar day the article was written on in the zone its metadata line names, when that is not the UTC day of
   * `published` (`2023年11月3日 07:30 北京时间`: published 2023-11-02T23:30:00Z, publishedDay `2023-11-03`); absent
   * otherwise. Relative dates in the text (昨天, last year) count from this day (see `relativeDateAnchor`). Not stored:
   * read again from the stored header when a revision is read (`publishedDayOf`).
   */
  publishedDay?: string | null;
  /** The original publication link (the "轉載自…" link), used as the article's identity across re-imports. */
  source: string | null;
  /** BCP 47-ish primary language of the body: `zh` or `en` (detected from the script). */
  lang: string;
}

/** One wiki-link occurrence, in canonical-text offsets (UTF-16 code units) of its revision. */
export interface WikiLinkOccurrence {
  start: number;
  end: number;
  /** Interlanguage prefix (`zh` in `[[zh:卡塔尔]]`). */
  lang: string;
  /** Wikipedia page title, unescaped, spaces kept as written. */
  target: string;
}

/** A stretch of canonical text and the stretch of source text it was read from. */
export interface SourceSpan {
  textStart: number;
  textEnd: number;
  srcStart: number;
  srcEnd: number;
  /** True when the text equals the source character for character, so inner offsets map one to one. */
  verbatim: boolean;
}

/** A JSON-serialisable ProseMirror document (what `Node.toJSON()` gives). */
export interface DocJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

/** Everything the importer reads out of one Markdown file. */
export interface ParsedArticle {
  meta: ArticleMeta;
  doc: DocJSON;
  /** The canonical plain text of the body (see `shared/text/canonical.ts`). */
  text: string;
  wikiLinks: WikiLinkOccurrence[];
  /** Canonical offsets -> offsets in `source` (the decoded file, BOM removed, line endings as in the file). */
  sourceMap: SourceSpan[];
  /** The decoded source text the offsets refer to. */
  source: string;
  /** Where the body starts in `source`: everything before is the header (back-link, title, metadata line). */
  bodyStart: number;
  /** Things the user should know that did not stop the import (replacement characters, unreadable date...). */
  warnings: string[];
  /**
   * Set by `parseArticle` (which had the bytes): whether `source` is exactly the UTF-8 decoding of the file's bytes,
   * so the stored bytes alone give it back. Unset when the parse started from text.
   */
  sourceIsUtf8?: boolean;
}

/** Summary of an article as the library lists it. */
export interface ArticleSummary {
  id: number;
  title: string;
  author: string | null;
  published: string | null;
  /** The day it was written on in its own zone, when not `published`'s UTC day (`ArticleMeta.publishedDay`); set when an article is opened. */
  publishedDay?: string | null;
  source: string | null;
  lang: string;
  wikiLinks: number;
  wikiTargets: number;
  revisionId: number;
  revisions: number;
  importedAt: string;
}

/**
 * One entity of an article: a Wikipedia page its wiki-links name and how often it is linked. Spellings of one page
 * (New_York / New York, 卡塔爾 / 卡塔尔; see `shared/text/wikiTitle.ts`) count as one entity shown by its most used
 * spelling, the others in `variants`.
 */
export interface EntityCount {
  lang: string;
  target: string;
  count: number;
  /** Other spellings of the same page in this article, most used first; absent when there are none. */
  variants?: string[];
}

/**
 * One article found by a full-text search of the library: how often its current text contains the phrase, and the
 * first occurrences with context (canonical-text offsets, so a reader can go straight to one).
 */
export interface ArticleSearchHit {
  id: number;
  revisionId: number;
  title: string;
  published: string | null;
  count: number;
  matches: TextMatch[];
}
