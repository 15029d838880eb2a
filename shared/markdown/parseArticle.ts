/**
 * The importer's core: Markdown file bytes -> metadata, ProseMirror document, canonical text, wiki-link occurrences
 * and a source map from canonical offsets back to the file's characters.
 */
import type { Token } from 'markdown-it';
import type { ArticleMeta, ParsedArticle, SourceSpan, WikiLinkOccurrence } from '../model/article';
import { canonicalText, wikiLinksOf } from '../text/canonical';
import { decodeArticle } from './decode';
import { readHeader } from './header';
import { writtenDayUnlessUtc } from './publishedDay';
import { authorWithDateline, datelineDate } from './dateline';
import { markdownParser, type ParseEnv } from './markdownParser';
import { altText, tokensToDocument, type EmittedBlock } from './toDocument';
import { MASKED_PIPE, maskWikiLinkPipes } from './wikiLinkPipes';

export { MAX_ARTICLE_BYTES } from './decode';

export interface ParseOptions {
  /** Shown in error messages and used as the title when the file has no heading. */
  fileName?: string;
}

/**
 * A parsed article and the wiki-links of its title. The title's links are links of the article (a reader of the
 * `## [[zh:卡塔尔]]与哈马斯` page sees them), but the title is metadata, not canonical text, so they are not among the
 * body's `wikiLinks` (whose offsets are canonical text offsets): their offsets here are in `meta.title`. Links in an
 * image's alt text are not links of the article anywhere: alt text describes a picture, is not shown as text, and
 * a reader cannot follow a link in it.
 */
export interface ImportedArticle extends ParsedArticle {
  titleWikiLinks: WikiLinkOccurrence[];
}

/** Parses an article file. Throws GlossaError for files that are not articles (empty, binary, too large, not UTF-8). */
export function parseArticle(bytes: Uint8Array, options: ParseOptions = {}): ImportedArticle {
  const fileName = options.fileName ?? 'file';
  const { text, warnings, utf8 } = decodeArticle(bytes, fileName);
  return { ...parseArticleText(text, { ...options, warnings }), sourceIsUtf8: utf8 };
}

/** Parses already-decoded article text (BOM removed). */
export function parseArticleText(source: string, options: ParseOptions & { warnings?: string[] } = {}): ImportedArticle {
  const warnings = [...(options.warnings ?? [])];
  const lineEnds = new LineEndingMap(source);
  const normalized = lineEnds.normalized;
  const header = readHeader(normalized);
  const body = normalized.slice(header.bodyStart);
  // The title is written in the article's language too: it decides an article that is mostly a list of links.
  const lang = detectLanguage(header.titleMarkdown === null ? body : `${header.titleMarkdown}\n${body}`);
  const env: ParseEnv = { wikiLang: lang };
  const tokens = markdownParser.parse(body, env);
  if (env.tooDeep) {
    warnings.push('Some text is nested deeper than 100 levels of quotes or lists and is not shown; the original file is kept as it was.');
  }
  if (env.unreadWikiLinks) warnings.push(unreadLinksWarning(env.unreadWikiLinks));
  const { doc: docJson, blocks } = tokensToDocument(tokens);
  const canonical = canonicalText(docJson);
  const lineStarts = lineStartsOf(body);
  const sourceMap = buildSourceMap(blocks, canonical.blocks, body, lineStarts, (offset) => lineEnds.toOriginal(header.bodyStart + offset));

  const heading = header.titleMarkdown !== null ? plainTitle(header.titleMarkdown, lang) : null;
  const title = heading?.text ?? fallbackTitle(canonical.text, options.fileName);
  // A header without a byline, or naming only the agency: the reporter its dateline names (`（中央社記者王小明台北15日電）`).
  const author = authorWithDateline(header.author, canonical.text);
  // A header without a date: the full date of a dateline or issue line, if the text opens with one (`【大紀元2024年05月15日訊】`).
  const published = header.published ?? datelineDate(canonical.text);
  const meta: ArticleMeta = { title, author, published, source: header.source, lang };
  const day = header.published !== null ? writtenDayUnlessUtc(header.published, header.publishedDay) : null;
  if (day) meta.publishedDay = day;
  if (header.titleMarkdown !== null && published === null) {
    warnings.push(
      header.unreadDate !== null
        ? `The date "${header.unreadDate}" in the metadata line could not be read, so the article has no publication date; the line's author and source were kept.`
        : header.relativeTime !== null
        ? `The metadata line under the title gives only a relative time ("${header.relativeTime}"), which has no date, so the article has no publication date.`
        : header.author === null && header.source === null
          ? 'There is no metadata line (date, author, source link) under the title, so the article has no publication date.'
          : 'No publication date was found in the metadata line under the title.',
    );
  }
  return {
    meta,
    doc: docJson,
    text: canonical.text,
    wikiLinks: wikiLinksOf(canonical),
    titleWikiLinks: heading?.wikiLinks ?? [],
    sourceMap,
    source,
    bodyStart: lineEnds.toOriginal(header.bodyStart),
    warnings,
  };
}

/** Tells the user about `[[` that opened no wiki-link, quoting the first few. */
function unreadLinksWarning(unread: string[]): string {
  const quoted = unread.slice(0, 3).map((text) => `"${text}"`).join(', ');
  const more = unread.length > 3 ? ` and ${unread.length - 3} more` : '';
  return unread.length === 1
    ? `${quoted} looks like a wiki-link but is not one (unclosed, empty, or its title runs over a line break or holds a bracket); it is shown as written.`
    : `${unread.length} places look like wiki-links but are not (unclosed, empty, or a title over a line break or holding a bracket); they are shown as written: ${quoted}${more}.`;
}

/**
 * `zh` when Han characters outnumber Latin letters (counting a Han character as two), else `en`. A wiki-link counts by the text it shows;
 * URLs, character references and HTML tags are not counted: a Chinese article citing many English addresses, or
 * saved from a web page with its `&nbsp;` and `<span style=…>`, is still Chinese.
 */
export function detectLanguage(text: string): string {
  let han = 0;
  let latin = 0;
  const end = Math.min(text.length, 20_000);
  // Element names found without a closing tag: no later one of them will find one either (a thousand `<script>`s).
  const unclosed = new Set<string>();
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x68 && text.charCodeAt(i + 1) === 0x74 && (text.startsWith('http://', i) || text.startsWith('https://', i))) {
      // Skip to the end of the address: white space, `)`, `>`, `]` or any non-ASCII character (text written right
      // after an address, 见https://x.com/a，卡塔尔…).
      for (let n = text.charCodeAt(i + 1); i + 1 < end && n > 0x20 && n < 0x7f && n !== 0x29 && n !== 0x3e && n !== 0x5d; n = text.charCodeAt(i + 1)) i++;
      continue;
    }
    // Markup is not language: an entity's name (`&nbsp;`, `&#x4E2D;`) and an HTML tag with its attributes
    // (`<span style="color:red">`) are skipped; the text between tags counts.
    if (c === 0x26 || c === 0x3c) {
      const skip = c === 0x26 ? entityEnd(text, i) : codeElementEnd(text, i, end, unclosed) || tagEnd(text, i);
      if (skip > i) {
        i = skip - 1;
        continue;
      }
    }
    // A wiki-link counts by the text it shows (`[[zh:卡塔尔]]` shows 卡塔尔, `[[zh:卡塔尔|Qatar]]` Qatar), not by its
    // interlanguage prefix or a target it hides: a densely linked Chinese article is Chinese.
    if (c === 0x5b && text.charCodeAt(i + 1) === 0x5b) {
      const close = text.indexOf(']]', i + 2);
      const inner = close > 0 && close - i < 400 ? text.slice(i + 2, close) : null;
      if (inner !== null && !inner.includes('\n')) {
        // Percent-encoding and character references in a title are markup too (`[[zh:%E5%8D%A1]]` shows 卡).
        const shown = (inner.includes('|') ? inner.slice(inner.lastIndexOf('|') + 1) : inner.replace(/^\s*:?[a-z][a-z-]{1,11}:/i, '')).replace(/%[0-9a-f]{2}|&#?[0-9a-z]{1,32};/gi, '');
        for (let k = 0; k < shown.length; k++) {
          const kind = scriptOf(shown.charCodeAt(k));
          if (kind === 1) han++;
          else if (kind === 2) latin++;
        }
        i = close + 1;
        continue;
      }
    }
    const kind = scriptOf(c);
    if (kind === 1) han++;
    else if (kind === 2) latin++;
    else continue;
    // Stop once the rest of the scanned text cannot change the answer (every character left being Latin, or Han).
    if ((i & 63) === 0) {
      const left = end - i - 1;
      if (han * 2 >= latin + left) return 'zh';
      if ((han + left) * 2 < latin) return 'en';
    }
  }
  return han * 2 >= latin ? 'zh' : 'en';
}

/** 1 for a Han character, 2 for a basic Latin letter, 0 for anything else (as `detectLanguage` counts them). */
function scriptOf(c: number): 0 | 1 | 2 {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return 1;
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 2 : 0;
}

/** End of the character reference starting at `at` (`&amp;`, `&#8211;`, `&#x4E2D;`), or `at` when there is none. */
function entityEnd(text: string, at: number): number {
  let i = at + 1;
  const numeric = text.charCodeAt(i) === 0x23;
  if (numeric) i++;
  const from = i;
  for (; i < text.length && i - from < 32; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) break;
  }
  return i > from && text.charCodeAt(i) === 0x3b ? i + 1 : at;
}

/**
 * End of the `<script>` or `<style>` element starting at `at` (its closing tag included), or 0: what is inside is
 * code (`document.location=…`), shown as text but no more the article's language than a tag's attributes are.
 * Without a closing tag within `end`, only the tag itself is skipped (by `tagEnd`).
 */
function codeElementEnd(text: string, at: number, end: number, unclosed: Set<string>): number {
  const name = /^<(script|style)\b/i.exec(text.slice(at, at + 8))?.[1]?.toLowerCase();
  if (!name || unclosed.has(name)) return 0;
  const close = text.slice(at, end).search(new RegExp(`</${name}\\s*>`, 'i'));
  if (close < 0) {
    unclosed.add(name);
    return 0;
  }
  return text.indexOf('>', at + close) + 1;
}

/** End of the HTML tag or comment starting at `at` (`<br>`, `</span>`, `<!-- … -->` on one line), or `at`. */
function tagEnd(text: string, at: number): number {
  const next = text.charCodeAt(at + 1);
  const letter = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
  if (!letter && next !== 0x2f && next !== 0x21) return at;
  for (let i = at + 1; i < text.length && i - at < 512; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x0a || c === 0x3c) return at;
  }
  return at;
}

/**
 * The title's text as a reader sees it, read by the same parser as the body: escapes (`\\*`), entities (`&amp;`),
 * emphasis, code spans, link and wiki-link labels and image alt text all come out as they render, runs of white
 * space as one space. With the wiki-links in it, in offsets of that text.
 */
function plainTitle(markdown: string, lang: string): { text: string; wikiLinks: WikiLinkOccurrence[] } {
  const [inline] = markdownParser.parseInline(markdown, { wikiLang: lang });
  let text = '';
  // The run of white space since the last visible character (none at the start): written as one space, except a run
  // of ideographic spaces, which Chinese headlines use as a visible separator (`港府收緊防疫措施　食肆晚市堂食暫停`).
  let space = '';
  const add = (piece: string) => {
    for (const ch of piece) {
      if (/\s/.test(ch)) space = text.length > 0 ? space + ch : '';
      else if (text.length === 0 && ZERO_WIDTH.test(ch)) continue;
      else {
        if (space) text += /^\u3000+$/.test(space) ? space : ' ';
        space = '';
        text += ch;
      }
    }
  };
  const wikiLinks: WikiLinkOccurrence[] = [];
  for (const token of inline?.children ?? []) {
    if (token.type === 'wiki_link') {
      // The link starts at its first visible character (a space before it belongs to the text around it).
      add(token.content.trimStart().length < token.content.length ? ' ' : '');
      const start = text.length + (space ? (/^\u3000+$/.test(space) ? space.length : 1) : 0);
      add(token.content.trimStart());
      if (text.length > start) wikiLinks.push({ start, end: text.length, lang: token.attrGet('lang') ?? lang, target: token.attrGet('target') ?? '' });
    } else if (token.type === 'image') add(altText(token));
    else if (TITLE_TEXT_TOKENS.has(token.type)) add(token.content);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') add(' ');
  }
  // A zero-width space or joiner at either end is no part of the title (one at the start was never added).
  const end = text.length - (/[\u200b-\u200d\u2060\ufeff]+$/.exec(text)?.[0].length ?? 0);
  if (end < text.length) {
    text = text.slice(0, end);
    for (const link of wikiLinks) link.end = Math.min(link.end, end);
  }
  return text ? { text, wikiLinks: wikiLinks.filter((l) => l.end > l.start) } : { text: 'Untitled', wikiLinks: [] };
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;

/** Inline tokens whose content is text the reader sees. */
const TITLE_TEXT_TOKENS = new Set(['text', 'text_special', 'code_inline', 'html_inline']);

function fallbackTitle(text: string, fileName: string | undefined): string {
  if (fileName) return fileName.replace(/^.*[\\/]/, '').replace(/\.(md|markdown|txt)$/i, '');
  const first = text.split('\n').find((l) => l.trim()) ?? 'Untitled';
  return first.length > 120 ? `${first.slice(0, 117)}…` : first;
}

/** Maps offsets of the `\n`-only text markdown-it sees back to the file's own line endings (CRLF, CR). */
class LineEndingMap {
  readonly normalized: string;
  /** Normalised offsets of the LFs whose CR was dropped; a boundary at such an offset maps to before the CR. */
  private readonly removedBefore: number[] = [];

  constructor(source: string) {
    if (!source.includes('\r')) {
      this.normalized = source;
      return;
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < source.length; i++) {
      if (source.charCodeAt(i) !== 13) continue;
      if (source.charCodeAt(i + 1) === 10) {
        out += source.slice(last, i);
        this.removedBefore.push(out.length);
        last = i + 1;
      } else {
        out += source.slice(last, i) + '\n';
        last = i + 1;
      }
    }
    this.normalized = out + source.slice(last);
  }

  toOriginal(offset: number): number {
    const removed = this.removedBefore;
    if (removed.length === 0) return offset;
    let lo = 0;
    let hi = removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (removed[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Where each line of a block's inline content starts in the body. */
function contentLineOrigins(token: Token, body: string, lineStarts: number[]): { contentStarts: number[]; bodyStarts: (number | null)[] } {
  const lines = token.content.split('\n');
  const first = token.map?.[0] ?? -1;
  const contentStarts: number[] = [];
  const bodyStarts: (number | null)[] = [];
  let offset = 0;
  for (let k = 0; k < lines.length; k++) {
    contentStarts.push(offset);
    offset += lines[k].length + 1;
    const lineIndex = first + k;
    if (first < 0 || lineIndex >= lineStarts.length) {
      bodyStarts.push(null);
      continue;
    }
    const lineStart = lineStarts[lineIndex];
    const lineEnd = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] - 1 : body.length;
    const lineText = body.slice(lineStart, lineEnd);
    const piece = lines[k];
    let col: number;
    if (lineText.endsWith(piece)) col = lineText.length - piece.length;
    else if (lineText.trimEnd().endsWith(piece)) col = lineText.trimEnd().length - piece.length;
    else col = lineText.indexOf(piece);
    bodyStarts.push(col >= 0 ? lineStart + col : null);
  }
  return { contentStarts, bodyStarts };
}

function buildSourceMap(
  emitted: EmittedBlock[],
  canonicalBlocks: { index: number; start: number; end: number }[],
  body: string,
  lineStarts: number[],
  toSource: (bodyOffset: number) => number,
): SourceSpan[] {
  const spans: SourceSpan[] = [];
  if (emitted.length !== canonicalBlocks.length) return spans;
  // Whether the parser masked pipes inside wiki-links (it does unless the text holds the mask character itself).
  let maskPipes: boolean | undefined;
  for (let b = 0; b < emitted.length; b++) {
    const block = emitted[b];
    const canon = canonicalBlocks[b];
    const total = block.pieces.reduce((sum, p) => sum + p.length, 0);
    if (total !== canon.end - canon.start) continue;
    let locate: (contentOffset: number) => number | null;
    if (block.cell) {
      maskPipes ??= !body.includes(MASKED_PIPE);
      const cell = tableCellStart(body, lineStarts, block.cell, maskPipes);
      // Each `\|` the table rule unescaped is one source character more than the content has before that point.
      locate = (offset) => (cell === null ? null : cell.start + offset + cell.unescaped.filter((at) => at < offset).length);
    } else if (block.code) {
      const codeStart = lineStarts[block.code.firstLine];
      locate = (offset) => (codeStart === undefined ? null : codeLocate(body, lineStarts, block.code!.firstLine, offset));
    } else if (block.inline) {
      const origins = contentLineOrigins(block.inline, body, lineStarts);
      locate = (offset) => {
        let lo = 0;
        let hi = origins.contentStarts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (origins.contentStarts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        const start = origins.bodyStarts[lo];
        return start === null ? null : start + (offset - origins.contentStarts[lo]);
      };
    } else continue;
    let textOffset = canon.start;
    for (const piece of block.pieces) {
      const source = piece.source;
      if (source) {
        const a = locate(source.start);
        const z = locate(source.end);
        if (a !== null && z !== null) {
          const srcStart = toSource(a);
          const srcEnd = toSource(z);
          spans.push({ textStart: textOffset, textEnd: textOffset + piece.length, srcStart, srcEnd, verbatim: source.verbatim && srcEnd - srcStart === piece.length });
        }
      }
      textOffset += piece.length;
    }
  }
  return spans;
}

/**
 * Where the text of a table cell starts in the body: the row's line split at its unescaped `|`s as GFM splits it
 * (a leading and a trailing `|` are optional), the column's piece without its surrounding white space; and the
 * content offsets of the `\|`s in it, which the table rule hands to the inline parser as a bare `|`. Null when the
 * row has fewer cells than the table (markdown-it pads the row with empty cells).
 */
function tableCellStart(
  body: string,
  lineStarts: number[],
  { line, column, quotes }: { line: number; column: number; quotes: number },
  maskPipes: boolean,
): { start: number; unescaped: number[] } | null {
  const lineStart = lineStarts[line];
  if (lineStart === undefined) return null;
  const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : body.length;
  // The row as the table rule split it: a `|` inside a wiki-link (`[[zh:多哈|多哈市]]`) does not end a cell.
  const row = maskPipes ? maskWikiLinkPipes(body.slice(lineStart, lineEnd)) : body.slice(lineStart, lineEnd);
  const end = row.length;
  let at = 0;
  let depth = 0;
  // A table in a block quote: its rows start with the quote's `>` markers.
  for (;;) {
    while (at < end && (row[at] === ' ' || row[at] === '\t')) at++;
    if (row[at] !== '>' || depth === quotes) break;
    at++;
    depth++;
  }
  if (row[at] === '|') at++;
  for (let k = 0; k < column; k++) {
    while (at < end && row[at] !== '|') at += row[at] === '\\' ? 2 : 1;
    if (at >= end) return null;
    at++;
  }
  while (at < end && (row[at] === ' ' || row[at] === '\t')) at++;
  if (at > end) return null;
  const unescaped: number[] = [];
  let removed = 0;
  for (let i = at; i < end && row[i] !== '|'; i++) {
    if (row[i] !== '\\') continue;
    if (row[i + 1] === '|') unescaped.push(i - at - removed++);
    i++;
  }
  return { start: lineStart + at, unescaped };
}

/** Code block content is the block's lines with up to 4 columns of indentation (or the fence's) removed. */
function codeLocate(body: string, lineStarts: number[], firstLine: number, offset: number): number | null {
  let line = firstLine;
  let remaining = offset;
  while (line < lineStarts.length) {
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : body.length;
    const lineText = body.slice(start, end);
    const indent = Math.min(lineText.length - lineText.trimStart().length, 4);
    const contentLength = lineText.length - indent;
    if (remaining <= contentLength) return start + indent + remaining;
    remaining -= contentLength + 1;
    line++;
  }
  return null;
}
