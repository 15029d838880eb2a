/**
 * A self-contained, readable HTML page of one article revision: pure data in, string out. Everything from the article
 * is escaped (raw HTML in an article stays text), wiki-links become links to Wikipedia, images are placeholders that
 * show their URL (nothing remote is fetched when the page opens), styles are inline, and the page carries no script
 * and a Content-Security-Policy that would block one anyway.
 */
import type { ArticleMeta, DocJSON } from '../model/article';
import { wikipediaUrl } from '../schema';

type Mark = NonNullable<DocJSON['marks']>[number];

/** What the page shows besides the document. */
export interface ArticleHtmlInput {
  doc: DocJSON;
  meta: ArticleMeta;
  /** Which revision this is, shown in the footer so a reader knows what they are looking at. */
  revision?: { id: number; kind: 'import' | 'edit'; createdAt: string };
}

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * The URL if it is safe to put in an `href` (absolute http, https or mailto), else null: `javascript:` and friends in
 * an article must not become clickable.
 */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.protocol === 'mailto:' ? parsed.href : null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

function langAttr(lang: string): string {
  return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang) ? lang : 'und';
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});
}

function openMark(mark: Mark): string {
  const attrs = mark.attrs ?? {};
  switch (mark.type) {
    case 'wikiLink': {
      const lang = str(attrs.lang) || 'zh';
      const target = str(attrs.target);
      return `<a class="wiki-link" href="${escapeHtml(wikipediaUrl(lang, target))}" hreflang="${escapeHtml(langAttr(lang))}" title="${escapeHtml(`${lang}: ${target}`)}">`;
    }
    case 'link': {
      const href = safeHref(str(attrs.href));
      const title = str(attrs.title) || str(attrs.href);
      return href
        ? `<a class="external-link" href="${escapeHtml(href)}" title="${escapeHtml(title)}" rel="noopener noreferrer">`
        : `<span class="unsafe-link" title="${escapeHtml(`Link not followed: ${str(attrs.href)}`)}">`;
    }
    case 'em':
      return '<em>';
    case 'strong':
      return '<strong>';
    case 'strike':
      return '<s>';
    case 'code':
      return '<code>';
    default:
      return '<span>';
  }
}

function closeMark(mark: Mark): string {
  switch (mark.type) {
    case 'wikiLink':
      return '</a>';
    case 'link':
      return safeHref(str(mark.attrs?.href)) ? '</a>' : '</span>';
    case 'em':
      return '</em>';
    case 'strong':
      return '</strong>';
    case 'strike':
      return '</s>';
    case 'code':
      return '</code>';
    default:
      return '</span>';
  }
}

function image(node: DocJSON): string {
  const src = str(node.attrs?.src);
  const alt = str(node.attrs?.alt) || 'image';
  const href = safeHref(src);
  const url = src ? (href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(src)}</a>` : escapeHtml(src)) : '(no URL)';
  return `<span class="image-placeholder" title="${escapeHtml(src || '(no URL)')}">🖼 ${escapeHtml(alt)} — ${url}</span>`;
}

function leaf(node: DocJSON): string {
  if (node.type === 'text') return escapeHtml(node.text ?? '');
  if (node.type === 'hard_break') return '<br>';
  if (node.type === 'image') return image(node);
  return escapeHtml(node.text ?? '');
}

/**
 * Inline content with marks opened and closed as a stack, the way ProseMirror's DOMSerializer does it: a mark that
 * continues over the next node stays open, so a wiki-link with bold inside is one link, and two adjacent links to
 * different targets are two.
 */
function inline(nodes: readonly DocJSON[]): string {
  let out = '';
  let open: Mark[] = [];
  for (const node of nodes) {
    const marks = node.marks ?? [];
    let keep = 0;
    while (keep < open.length && keep < marks.length && sameMark(open[keep], marks[keep])) keep++;
    for (let i = open.length - 1; i >= keep; i--) out += closeMark(open[i]);
    open = open.slice(0, keep);
    for (const mark of marks.slice(keep)) {
      out += openMark(mark);
      open.push(mark);
    }
    out += leaf(node);
  }
  for (let i = open.length - 1; i >= 0; i--) out += closeMark(open[i]);
  return out;
}

function blocks(nodes: readonly DocJSON[]): string {
  return nodes.map(block).join('\n');
}

function block(node: DocJSON): string {
  const content = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return `<p>${inline(content)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Math.trunc(Number(node.attrs?.level ?? 2)) || 2));
      return `<h${level}>${inline(content)}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote>\n${blocks(content)}\n</blockquote>`;
    case 'horizontal_rule':
      return '<hr>';
    case 'code_block': {
      const info = str(node.attrs?.info).trim().split(/\s+/)[0];
      const cls = info ? ` class="language-${escapeHtml(info)}"` : '';
      return `<pre><code${cls}>${escapeHtml(content.map((c) => c.text ?? '').join(''))}</code></pre>`;
    }
    case 'bullet_list':
      return `<ul>\n${blocks(content)}\n</ul>`;
    case 'ordered_list': {
      const order = Math.trunc(Number(node.attrs?.order ?? 1));
      return `<ol${Number.isFinite(order) && order !== 1 ? ` start="${order}"` : ''}>\n${blocks(content)}\n</ol>`;
    }
    case 'list_item':
      return `<li>${blocks(content)}</li>`;
    default: {
      // A node type this writer does not know (from a newer schema): keep its text rather than drop it.
      const inner = content.some((c) => c.type === 'text' || c.type === 'image' || c.type === 'hard_break') ? inline(content) : blocks(content);
      return `<div>${inner || escapeHtml(node.text ?? '')}</div>`;
    }
  }
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
  pre { overflow-x: auto; padding: 0.75em; background: rgba(127,127,127,0.12); }
  code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
  .image-placeholder { display: inline-block; padding: 0.1em 0.5em; border: 1px dashed #999; border-radius: 4px;
    font-size: 0.85em; color: #555; word-break: break-all; }
  .unsafe-link { border-bottom: 1px dashed #b00; }
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
    blocks(doc.content ?? []),
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
