/**
 * A parsed article turned into the values its revision row, wiki-link row and search row are written with: UTF-8
 * bytes, counts and checks. Storing is single-threaded (SQLite's one writer), so everything that does not need the
 * database is done here, where the parse worker can do it. The large text columns cross from the worker as UTF-8
 * bytes (moved, not copied) and are bound as they are (`CAST(? AS TEXT)` in the insert): converting a 30 KB
 * JavaScript string to UTF-8 for SQLite was a fifth of the storing thread's time per article.
 */
import { GlossaError } from '../../shared/ipc/errors';
import type { ArticleMeta, ParsedArticle, SourceSpan, WikiLinkOccurrence } from '../../shared/model/article';
import { encodeStoredDoc } from '../../shared/model/storedDoc';
import { foldToSimplified } from '../../shared/text/scriptFold';
import { IntListBytes } from './intListBytes';
import { encodeWikiLinkRow, type EncodedWikiLinks } from './wikiLinkRows';

const utf8Encoder = new TextEncoder();

/**
 * UTF-8 bytes of `text` in a buffer of their own (never a slice of a shared pool), so a worker can transfer them.
 * A lone surrogate becomes one U+FFFD (binding the string itself stored its 3-byte CESU form, which reads back as
 * three). Encoding through a reused buffer is about twice as fast as `TextEncoder.encode` for Chinese text.
 */
export function utf8(text: string): Uint8Array {
  const worstCase = text.length * 3;
  if (worstCase > SCRATCH_MAX_BYTES) {
    const bytes = new Uint8Array(worstCase);
    return bytes.subarray(0, utf8Encoder.encodeInto(text, bytes).written);
  }
  if (scratch.length < worstCase) scratch = new Uint8Array(Math.max(worstCase, scratch.length * 2));
  // Encoded into a reused buffer, then copied out at its exact size: a fresh worst-case buffer per column made
  // three times the garbage.
  return scratch.slice(0, utf8Encoder.encodeInto(text, scratch).written);
}

/** Largest reused encoding buffer (texts longer than a third of it get a buffer of their own). */
const SCRATCH_MAX_BYTES = 4 * 1024 * 1024;
let scratch = new Uint8Array(64 * 1024);

/** Everything `ArticleRepository` writes for a revision, already encoded. */
export interface RevisionContent {
  meta: ArticleMeta;
  /** Decoded source text, or null when it is exactly the UTF-8 decoding of the original bytes (then not stored twice). */
  sourceText: string | null;
  bodyStart: number;
  /** The ProseMirror document's JSON, as UTF-8. */
  docJson: Uint8Array;
  /** The canonical text, as UTF-8. */
  text: Uint8Array;
  /** `encodeSourceMap`'s JSON, as UTF-8 (`encodeSourceMapBytes`). */
  sourceMapJson: Uint8Array;
  /**
   * The search index's row: title and canonical text folded to simplified Chinese (`foldToSimplified`; the index's
   * tokenizer folds case itself), the body as UTF-8.
   */
  searchTitle: string;
  searchBody: Uint8Array;
  /** The revision's `wiki_links` row as `encodeWikiLinks` gives it (with the number of distinct pages linked). */
  wikiLinks: EncodedWikiLinks;
  wikiLinkCount: number;
  warnings: string[];
}

/**
 * Source maps are stored as flat number arrays, five numbers per span, marked by a leading -1 (this form) and written
 * as differences: `[-1, textStart - previous textEnd, textEnd - textStart, srcStart - previous srcEnd,
 * (srcEnd - srcStart) - (textEnd - textStart), verbatim 0|1, ...]`. Spans follow each other closely and most are
 * verbatim, so the numbers are small: half the bytes of the absolute form (`[textStart, textEnd, srcStart, srcEnd,
 * verbatim, ...]`, which older rows hold and `decodeSourceMap` still reads), a sixth of the object form.
 */
export function encodeSourceMap(spans: readonly SourceSpan[]): string {
  return new TextDecoder().decode(encodeSourceMapBytes(spans));
}

/** `encodeSourceMap` as UTF-8 bytes, written directly (as the import stores it). */
export function encodeSourceMapBytes(spans: readonly SourceSpan[]): Uint8Array {
  const out = new IntListBytes(spans.length * 5 + 1);
  out.int(-1);
  let textEnd = 0;
  let srcEnd = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const length = s.textEnd - s.textStart;
    out.int(s.textStart - textEnd);
    out.int(length);
    out.int(s.srcStart - srcEnd);
    out.int(s.srcEnd - s.srcStart - length);
    out.int(s.verbatim ? 1 : 0);
    textEnd = s.textEnd;
    srcEnd = s.srcEnd;
  }
  return out.done();
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
  const text = utf8(r.text);
  const folded = foldToSimplified(r.text);
  return {
    meta: r.meta,
    sourceText: r.sourceText,
    bodyStart: r.bodyStart,
    docJson: utf8(encodeStoredDoc(r.doc)),
    text,
    sourceMapJson: encodeSourceMapBytes(r.sourceMap),
    searchTitle: foldToSimplified(r.meta.title),
    // A text with nothing to fold (any simplified article) is indexed from the same bytes: encoded once, moved once.
    searchBody: folded === r.text ? text : utf8(folded),
    wikiLinks: encodeWikiLinkRow(r.wikiLinks),
    wikiLinkCount: r.wikiLinks.length,
    warnings: r.warnings,
  };
}

/**
 * An imported file's parse, encoded: its source text is kept only when it differs from the plain UTF-8 decoding of
 * `bytes` (GB18030, UTF-16...), as the revisions table expects.
 */
export function encodeImport(parsed: ParsedArticle, bytes: Uint8Array): RevisionContent {
  const fromBytes = parsed.sourceIsUtf8 ?? isUtf8DecodingOf(parsed.source, bytes);
  return encodeRevisionContent({ ...parsed, sourceText: fromBytes ? null : parsed.source });
}

/**
 * The buffers of `content` a worker can hand over without copying: those `encodeRevisionContent` made with `utf8`,
 * which nothing else shares.
 */
export function transferableBuffers(content: RevisionContent): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const bytes of [content.docJson, content.text, content.sourceMapJson, content.searchBody, content.wikiLinks.occurrences]) {
    if (typeof bytes !== 'string' && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  }
  return [...buffers];
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
