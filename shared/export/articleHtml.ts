/**
 * A self-contained, readable HTML page of one article revision: pure data in, string out. Everything from the article
 * is escaped (raw HTML in an article stays text), wiki-links become links to Wikipedia, images are placeholders that
 * show their URL (nothing remote is fetched when the page opens), styles are inline, and the page carries no script
 * and a Content-Security-Policy that would block one anyway.
 */
import type { ArticleMeta, DocJSON } from '../model/article';
import { documentHtml, escapeHtml, langAttr, safeHref } from './html';

/** What the page shows besides the document. */
export interface ArticleHtmlInput {
  doc: DocJSON;
  meta: ArticleMeta;
  /** Which revision this is, shown in the footer so a reader knows what they are looking at. */
  revision?: { id: number; kind: 'import' | 'edit'; createdAt: string };
}

function displayDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?Z$/.exec(iso);
  if (!m) return iso;
  return `${m[1]} ${m[2]}${m[3] && m[3] !== '00' ? `:${m[3]}` : ''} UTC`;
}

const STYLE = `
  :root { color-scheme: light dark; }
  body { margin: 0 auto; max-width: 44em; padding: 2em 1.25em 4em; line-height: 1.8;
    font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "WenQuanYi Zen Hei", Georgia, serif; }
  h1 { line-height: 1.35; margin-bottom: 0.3em; }
  .meta { color: #666; font-size: 0.9em; margin-top: 0; }
  .meta .sep { color: #aaa; }
  a { color: #1a5fb4; }
  a.wiki-link { text-decoration: none; border-bottom: 1px dotted currentColor; }
  blockquote { margin-left: 0; padding-left: 1em; border-left: 3px solid #ccc; color: #444; }
  article table { border-collapse: collapse; margin: 1em 0; }
  article th, article td { border: 1px solid #ccc; padding: 0.25em 0.6em; vertical-align: top; }
  article th { background: rgba(127,127,127,0.1); }
  pre { overflow-x: auto; padding: 0.75em; background: rgba(127,127,127,0.12); }
  code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
  .image-badge { padding: 0 0.3em; border-radius: 3px; background: #999; color: #fff; font-size: 0.8em; font-weight: 600;
    letter-spacing: 0.04em; text-transform: uppercase; }
  .image-placeholder { display: inline-block; padding: 0.1em 0.5em; border: 1px dashed #999; border-radius: 4px;
    font-size: 0.85em; color: #555; word-break: break-all; }
  .unsafe-link { border-bottom: 1px dashed #b00; }
  sup.footnote-ref { line-height: 0; }
  sup.footnote-ref a, a.footnote-backref { text-decoration: none; }
  .footnotes { margin-top: 2em; font-size: 0.9em; color: #444; }
  .footnotes hr { border: 0; border-top: 1px solid #ddd; width: 30%; margin: 0 0 1em; }
  .footnotes li p { margin: 0.3em 0; }
  footer { margin-top: 3em; padding-top: 1em; border-top: 1px solid #ddd; color: #777; font-size: 0.8em; }
`;

/** The complete HTML page of an article revision. */
export function articleHtml(input: ArticleHtmlInput): string {
  const { doc, meta, revision } = input;
  const facts: string[] = [];
  if (meta.author) facts.push(`<span class="author">${escapeHtml(meta.author)}</span>`);
  if (meta.published) facts.push(`<time datetime="${escapeHtml(meta.published)}">${escapeHtml(displayDate(meta.published))}</time>`);
  if (meta.source) {
    const href = safeHref(meta.source);
    facts.push(
      href
        ? `<a class="source" href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(meta.source)}</a>`
        : `<span class="source">${escapeHtml(meta.source)}</span>`,
    );
  }
  const footer = revision
    ? `Exported from Glossa · revision ${revision.id} (${revision.kind === 'edit' ? 'edited' : 'as imported'}, ${escapeHtml(revision.createdAt)})`
    : 'Exported from Glossa';
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(langAttr(meta.lang))}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Glossa">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<article>',
    '<header>',
    `<h1>${escapeHtml(meta.title)}</h1>`,
    facts.length ? `<p class="meta">${facts.join('<span class="sep"> · </span>')}</p>` : '',
    '</header>',
    documentHtml(doc),
    '</article>',
    `<footer>${footer}</footer>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
