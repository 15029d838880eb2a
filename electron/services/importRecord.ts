/**
 * A parsed article turned into the values its revision row, wiki-link row and search row are written with: UTF-8
 * bytes, counts and checks. Storing is single-threaded (SQLite's one writer), so everything that does not need the
 * database is done here, where the parse worker can do it. The large columns cross from the worker as bytes, all of
 * one article in one buffer (moved, not copied; see `ColumnBytes`), and are bound as they are (`CAST(? AS TEXT)` in
 * the insert for the text columns): converting a 30 KB JavaScript string to UTF-8 for SQLite was a fifth of the
 * storing thread's time per article.
 */
import { GlossaError } from '../../shared/ipc/errors';
import type { ArticleMeta, ParsedArticle, SourceSpan, WikiLinkOccurrence } from '../../shared/model/article';
import { encodeStoredDoc } from '../../shared/model/storedDoc';
import { foldForSearchIndex } from '../../shared/text/searchFold';
import { ColumnBytes, IntListBytes, unzigzag, VlqReader, VLQ_MAX, zigzag } from './intListBytes';
import { indexWikiLinks, writeOccurrences, type EncodedWikiLinks } from './wikiLinkRows';

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
  /** The source map as `writeSourceMap` writes it, as UTF-8 (ASCII). */
  sourceMap: Uint8Array;
  /**
   * The search index's row: title and canonical text folded as search compares them (`foldForSearchIndex`: script,
   * full-width letters and digits; the index's tokenizer folds case itself), the body as UTF-8.
   */
  searchTitle: string;
  searchBody: Uint8Array;
  /** The revision's `wiki_links` row as `encodeWikiLinks` gives it (with the number of distinct pages linked). */
  wikiLinks: EncodedWikiLinks & { occurrences: Uint8Array };
  wikiLinkCount: number;
  warnings: string[];
}

/**
 * The JSON form of source maps, which rows written before the binary form hold (and `decodeSourceMap` still reads):
 * flat number arrays, five numbers per span, marked by a leading -1 and written as differences: `[-1, textStart -
 * previous textEnd, textEnd - textStart, srcStart - previous srcEnd, (srcEnd - srcStart) - (textEnd - textStart),
 * verbatim 0|1, ...]`. Older rows still hold the absolute form (`[textStart, textEnd, srcStart, srcEnd, verbatim, ...]`).
 */
export function encodeSourceMap(spans: readonly SourceSpan[]): string {
  return new TextDecoder().decode(encodeSourceMapBytes(spans));
}

/** `encodeSourceMap` as UTF-8 bytes, written directly. */
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

/** First character of a source map in the VLQ form (a JSON one starts with `[`). */
export const SOURCE_MAP_VLQ = '!';

/**
 * Writes `spans` as the source map column: the same differences as the JSON form (`encodeSourceMap`), as base64 VLQ
 * digits (as JavaScript source maps write theirs) after a `SOURCE_MAP_VLQ` mark, four numbers per span —
 * zigzag(text gap), zigzag(length), zigzag(source gap), zigzag(source length beyond the text's) * 2 + verbatim —
 * about half the JSON's bytes, written several times faster, and still ASCII text (the column is a STRICT `TEXT`).
 * A map with a number that is not an integer (never made by the parser) is written as its JSON instead.
 */
export function writeSourceMap(out: ColumnBytes, spans: readonly SourceSpan[]): void {
  const start = out.size;
  out.byte(SOURCE_MAP_VLQ.charCodeAt(0));
  let textEnd = 0;
  let srcEnd = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const length = s.textEnd - s.textStart;
    const textGap = s.textStart - textEnd;
    const srcGap = s.srcStart - srcEnd;
    const extra = s.srcEnd - s.srcStart - length;
    if (!(vlqFits(textGap) && vlqFits(length) && vlqFits(srcGap) && vlqFits(extra))) {
      out.truncate(start);
      out.utf8(encodeSourceMap(spans));
      return;
    }
    out.vlq(zigzag(textGap));
    out.vlq(zigzag(length));
    out.vlq(zigzag(srcGap));
    out.vlq(zigzag(extra) * 2 + (s.verbatim ? 1 : 0));
    textEnd = s.textEnd;
    srcEnd = s.srcEnd;
  }
}

/** Whether `n`'s place in a span's numbers fits `vlq` (the last one is doubled, plus one). */
function vlqFits(n: number): boolean {
  return Number.isSafeInteger(n) && Math.abs(n) < VLQ_MAX / 8;
}

/**
 * The spans of a stored source map column in any of its forms: VLQ (`writeSourceMap`), or JSON with differences
 * after a leading -1 or absolute offsets. Throws on text that is none of them.
 */
export function decodeSourceMap(stored: string): SourceSpan[] {
  return stored.startsWith(SOURCE_MAP_VLQ) ? decodeVlqSourceMap(stored) : decodeJsonSourceMap(stored);
}

function decodeVlqSourceMap(text: string): SourceSpan[] {
  const spans: SourceSpan[] = [];
  const numbers = new VlqReader(text, 1, 'A stored source map');
  let textEnd = 0;
  let srcEnd = 0;
  while (numbers.more) {
    const textStart = textEnd + unzigzag(numbers.next());
    const length = unzigzag(numbers.next());
    textEnd = textStart + length;
    const srcStart = srcEnd + unzigzag(numbers.next());
    const last = numbers.next();
    const verbatim = last % 2 === 1;
    srcEnd = srcStart + length + unzigzag((last - (verbatim ? 1 : 0)) / 2);
    spans.push({ textStart, textEnd, srcStart, srcEnd, verbatim });
  }
  return spans;
}

function decodeJsonSourceMap(json: string): SourceSpan[] {
  const flat = JSON.parse(json) as number[];
  const spans: SourceSpan[] = [];
  if (flat[0] !== -1) {
    for (let i = 0; i + 4 < flat.length; i += 5) {
      spans.push({ textStart: flat[i], textEnd: flat[i + 1], srcStart: flat[i + 2], srcEnd: flat[i + 3], verbatim: flat[i + 4] === 1 });
    }
    return spans;
  }
  let textEnd = 0;
  let srcEnd = 0;
  for (let i = 1; i + 4 < flat.length; i += 5) {
    const textStart = textEnd + flat[i];
    textEnd = textStart + flat[i + 1];
    const srcStart = srcEnd + flat[i + 2];
    srcEnd = srcStart + flat[i + 1] + flat[i + 3];
    spans.push({ textStart, textEnd, srcStart, srcEnd, verbatim: flat[i + 4] === 1 });
  }
  return spans;
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
  const folded = foldForSearchIndex(r.text);
  const links = indexWikiLinks(r.wikiLinks);
  // All large columns in one buffer: one allocation, and one buffer for a worker to move.
  columns.reset();
  columns.utf8(encodeStoredDoc(r.doc, r.text));
  const doc = columns.end();
  columns.utf8(r.text);
  const text = columns.end();
  writeSourceMap(columns, r.sourceMap);
  const sourceMap = columns.end();
  writeOccurrences(columns, r.wikiLinks, links.indices);
  const occurrences = columns.end();
  // A text with nothing to fold (any simplified article) is indexed from the same bytes.
  let search = text;
  if (folded !== r.text) {
    columns.utf8(folded);
    search = columns.end();
  }
  const bytes = columns.done();
  return {
    meta: r.meta,
    sourceText: r.sourceText,
    bodyStart: r.bodyStart,
    docJson: bytes[doc],
    text: bytes[text],
    sourceMap: bytes[sourceMap],
    searchTitle: foldForSearchIndex(r.meta.title),
    searchBody: bytes[search],
    wikiLinks: { targets: links.targets, targetCount: links.targetCount, occurrences: bytes[occurrences] },
    wikiLinkCount: r.wikiLinks.length,
    warnings: r.warnings,
  };
}

/** The reused buffer the columns of each revision are written into (one per thread). */
const columns = new ColumnBytes();

/**
 * An imported file's parse, encoded: its source text is kept only when it differs from the plain UTF-8 decoding of
 * `bytes` (GB18030, UTF-16...), as the revisions table expects.
 */
export function encodeImport(parsed: ParsedArticle, bytes: Uint8Array): RevisionContent {
  const fromBytes = parsed.sourceIsUtf8 ?? isUtf8DecodingOf(parsed.source, bytes);
  return encodeRevisionContent({ ...parsed, sourceText: fromBytes ? null : parsed.source });
}

/**
 * The buffers of `content` a worker can hand over without copying, each once: the one `encodeRevisionContent` made,
 * which nothing else shares.
 */
export function transferableBuffers(content: RevisionContent): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const bytes of [content.docJson, content.text, content.sourceMap, content.searchBody, content.wikiLinks.occurrences]) {
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
