/**
 * Checks shared by the messy-article tests: that an import's source map points at Markdown producing its text, and that
 * the import written back as Markdown reads the same.
 */
import markdownIt from 'markdown-it';
import { expect } from 'vitest';
import { parseArticle, type ImportedArticle } from '../../../../shared/markdown/parseArticle';
import { serializeArticle } from '../../../../shared/markdown/serialize';
import { documentFromJSON } from '../../../../shared/text/canonical';
import { decodeTitle } from '../../../../shared/markdown/wikiLinkRule';

const { unescapeAll } = markdownIt().utils;

/**
 * Whether `source` is Markdown that produces `text`: the same characters; or escapes, entities and percent-encoding
 * decoded (`\_`, `&amp;`, a `%E5%A4%9A` title); or a line break written as a break (`  ⏎`, `\⏎`, `<br>`, CRLF; with a quote's `>` after it);
 * or a code span's line ending, which reads as a space.
 */
export function produces(source: string, text: string): boolean {
  if (source === text) return true;
  if (text === '\n') return /^(?:[ \t]*\\?|<br\s*\/?>)(?:\r?\n|\r)?[ \t>]*$/i.test(source);
  // A line ending inside a code span reads as a space (CommonMark 6.1).
  if (source.replace(/\r\n|\r|\n/g, ' ') === text) return true;
  const decoded = unescapeAll(source);
  return decoded === text || decodeTitle(decoded) === text;
}

/** Every span maps to source that produces its text, and every character of the text but a line break has a span. */
export function expectSourceMapProducesText(article: ImportedArticle, file: string): void {
  const covered = new Uint8Array(article.text.length);
  for (const span of article.sourceMap) {
    const text = article.text.slice(span.textStart, span.textEnd);
    const source = article.source.slice(span.srcStart, span.srcEnd);
    if (span.verbatim) expect(source, `${file}: verbatim span of ${JSON.stringify(text)}`).toBe(text);
    else expect(produces(source, text), `${file}: ${JSON.stringify(source)} -> ${JSON.stringify(text)}`).toBe(true);
    expect(span.srcStart, file).toBeGreaterThanOrEqual(article.bodyStart);
    covered.fill(1, span.textStart, span.textEnd);
  }
  // By UTF-16 unit, as the spans count (walking code points would look one place off after an emoji outside the BMP).
  const missing: string[] = [];
  for (let i = 0; i < article.text.length; i++) if (!covered[i] && article.text[i] !== '\n') missing.push(`${i}:${article.text[i]}`);
  expect(missing, `${file}: text without a source`).toEqual([]);
}

/**
 * An import written back as Markdown (`serializeArticle`, as saving an edited revision does) reads to the same
 * document and the same header.
 */
export function expectSerializedReadsBack(first: ImportedArticle, file: string): void {
  const written = serializeArticle(first.doc, first.source.slice(0, first.bodyStart));
  const second = parseArticle(new TextEncoder().encode(written), { fileName: file });
  expect(documentFromJSON(second.doc).eq(documentFromJSON(first.doc)), file).toBe(true);
  expect(second.meta, file).toEqual(first.meta);
}
