/**
 * A parsed article turned into the values its revision row and wiki-link rows are written with: JSON strings, counts
 * and checks. Storing is single-threaded (SQLite's one writer), so everything that does not need the database is done
 * here, where the parse worker can do it; what crosses from the worker is then a few strings, which are far cheaper to
 * copy between threads than the document's object tree.
 */
import { GlossaError } from '../../shared/ipc/errors';
import type { ArticleMeta, ParsedArticle, SourceSpan, WikiLinkOccurrence } from '../../shared/model/article';
import { encodeWikiLinks, type EncodedWikiLinks } from './wikiLinkRows';

/** Everything `ArticleRepository` writes for a revision, already encoded. */
export interface RevisionContent {
  meta: ArticleMeta;
  /** Decoded source text, or null when it is exactly the UTF-8 decoding of the original bytes (then not stored twice). */
  sourceText: string | null;
  bodyStart: number;
  docJson: string;
  text: string;
  sourceMapJson: string;
  /** The revision's `wiki_links` row as `encodeWikiLinks` gives it (with the number of distinct pages linked). */
  wikiLinks: EncodedWikiLinks;
  wikiLinkCount: number;
  warnings: string[];
}

/**
 * Source maps are stored as flat number arrays (`[textStart, textEnd, srcStart, srcEnd, verbatim 0|1, ...]`):
 * a third of the size of the object form, for a map that has several spans per wiki-link.
 */
export function encodeSourceMap(spans: readonly SourceSpan[]): string {
  // Built as a string directly: the same text as JSON.stringify of the flat array (offsets are integers), in a
  // fraction of the time for maps of hundreds of spans.
  let out = '[';
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    out += `${i === 0 ? '' : ','}${s.textStart},${s.textEnd},${s.srcStart},${s.srcEnd},${s.verbatim ? 1 : 0}`;
  }
  return `${out}]`;
}

/** Refuses links whose offsets fall outside the text: storing them would break every reader of the revision. */
export function checkLinks(links: readonly WikiLinkOccurrence[], text: string): void {
  for (const link of links) {
    if (!(Number.isInteger(link.start) && Number.isInteger(link.end) && link.start >= 0 && link.end >= link.start && link.end <= text.length)) {
      throw new GlossaError('INTERNAL', `A wiki-link to ${link.lang}:${link.target} has offsets ${link.start}–${link.end} outside the text (length ${text.length}); nothing was stored.`);
    }
  }
}

/** The fields of a revision that come from a document, text, links and map, encoded for storage. */
export function encodeRevisionContent(r: {
  meta: ArticleMeta;
  sourceText: string | null;
  bodyStart: number;
  doc: ParsedArticle['doc'];
  text: string;
  wikiLinks: readonly WikiLinkOccurrence[];
  sourceMap: readonly SourceSpan[];
  warnings: string[];
}): RevisionContent {
  checkLinks(r.wikiLinks, r.text);
  return {
    meta: r.meta,
    sourceText: r.sourceText,
    bodyStart: r.bodyStart,
    docJson: JSON.stringify(r.doc),
    text: r.text,
    sourceMapJson: encodeSourceMap(r.sourceMap),
    wikiLinks: encodeWikiLinks(r.wikiLinks),
    wikiLinkCount: r.wikiLinks.length,
    warnings: r.warnings,
  };
}

/**
 * An imported file's parse, encoded: its source text is kept only when it differs from the plain UTF-8 decoding of
 * `bytes` (GB18030, UTF-16...), as the revisions table expects.
 */
export function encodeImport(parsed: ParsedArticle, bytes: Uint8Array): RevisionContent {
  return encodeRevisionContent({ ...parsed, sourceText: isUtf8DecodingOf(parsed.source, bytes) ? null : parsed.source });
}

/**
 * Whether `text` is what decoding `bytes` as UTF-8 gives (a leading BOM dropped, as the reader drops it). Without a
 * U+FFFD in the text this compares the text's encoding with the bytes, cheaper than decoding them a second time and
 * exact (decoding valid UTF-8 is one-to-one; invalid bytes would have decoded to U+FFFD); with one, it decodes.
 */
export function isUtf8DecodingOf(text: string, bytes: Uint8Array): boolean {
  if (text.includes('\uFFFD')) return new TextDecoder('utf-8').decode(bytes) === text;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (Buffer.byteLength(text, 'utf8') !== bytes.length - bom) return false;
  return Buffer.from(text, 'utf8').equals(bytes.subarray(bom));
}
