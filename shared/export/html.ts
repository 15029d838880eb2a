/**
 * The one HTML writer of an article's document: escaping, safe links, and the document's structure (headings,
 * paragraphs, lists, quotes, code, emphasis, wiki-links as links to Wikipedia) with, optionally, highlighted spans of
 * its canonical text (`shared/text/canonical.ts`) and a marker (a footnote reference) at the end of each. The article
 * export and the annotated report both write the article through here, so they cannot drift apart, and a highlight
 * lands on exactly the characters an annotation's offsets name.
 *
 * Everything from the article is escaped (raw HTML in an article stays text); only http(s) and mailto links become
 * clickable; images are placeholders showing their URL, so nothing remote is fetched when the page opens.
 */
import type { DocJSON } from '../model/article';
import { wikipediaUrl } from '../schema';
import { canonicalText } from '../text/canonical';
import { characterBoundary, readableText } from './characters';

type Mark = NonNullable<DocJSON['marks']>[number];

/**
 * Escapes text for HTML element content and double-quoted attribute values. Invisible control characters are dropped
 * and unpaired surrogates shown as U+FFFD (`readableText`), so no exported page carries what a browser rejects.
 */
export function escapeHtml(text: string): string {
  return readableText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
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

/** A BCP 47-looking language tag, or `und`, so an odd `lang` value cannot break out of its attribute. */
export function langAttr(lang: string): string {
  return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang) ? lang : 'und';
}

/**
 * One highlighted span of the canonical text. Where highlights overlap, the stretch they share is one `<mark>` whose
 * classes are all of theirs plus `overlap`, and whose title lists their labels.
 */
export interface HtmlHighlight {
  /** Canonical offsets, end exclusive. */
  start: number;
  end: number;
  /** Extra class of the `<mark>` (e.g. `claim`); '' for none. */
  className?: string;
  /** Shown in the mark's title as `[label]` (a footnote number). */
  label?: string;
  /** Trusted HTML written right after the span's last character (a footnote reference); the caller escapes it. */
  after?: string;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});
}

// The highlight is a pseudo-mark, innermost, so that a link crossing a highlight's edge stays one link.
const HIGHLIGHT = 'glossaHighlight';

function openMark(mark: Mark): string {
  const attrs = mark.attrs ?? {};
  switch (mark.type) {
    case HIGHLIGHT:
      return str(attrs.open);
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
    case HIGHLIGHT:
      return '</mark>';
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

/**
 * An image as an offline placeholder naming its URL. The URL is a link of its own unless the image already sits in
 * one (`[![](img)](url)`): a link inside a link is not HTML, and browsers would break the outer one apart.
 */
function image(node: DocJSON): string {
  const src = str(node.attrs?.src);
  const alt = str(node.attrs?.alt);
  const href = inLink(node) ? null : safeHref(src);
  const url = src ? (href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(src)}</a>` : escapeHtml(src)) : '(no URL)';
  // A word, not an emoji: a machine without an emoji font (a PDF made on a server) showed an empty box.
  return `<span class="image-placeholder" title="${escapeHtml(src || '(no URL)')}"><span class="image-badge">image</span> ${alt ? `${escapeHtml(alt)} — ` : ''}${url}</span>`;
}

function inLink(node: DocJSON): boolean {
  return (node.marks ?? []).some((m) => m.type === 'link' || m.type === 'wikiLink');
}

/** A note's or a reference's number (1 when a document stored it otherwise). */
function noteNumber(node: DocJSON): number {
  const n = Math.trunc(Number(node.attrs?.number));
  return Number.isFinite(n) && n > 0 ? n : 1;
}

function leaf(node: DocJSON): string {
  if (node.type === 'text') return escapeHtml(node.text ?? '');
  if (node.type === 'hard_break') return '<br>';
  if (node.type === 'image') return image(node);
  return escapeHtml(node.text ?? '');
}

/** A piece of inline output with the marks around it. */
interface InlineItem {
  marks: readonly Mark[];
  html: string;
}

/**
 * Inline items with marks opened and closed as a stack, the way ProseMirror's DOMSerializer does it: a mark that
 * continues over the next item stays open, so a wiki-link with bold inside is one link, and two adjacent links to
 * different targets are two.
 */
function markStack(items: readonly InlineItem[]): string {
  let out = '';
  let open: Mark[] = [];
  for (const item of items) {
    let keep = 0;
    while (keep < open.length && keep < item.marks.length && sameMark(open[keep] as Mark, item.marks[keep] as Mark)) keep++;
    for (let i = open.length - 1; i >= keep; i--) out += closeMark(open[i] as Mark);
    open = open.slice(0, keep);
    for (const mark of item.marks.slice(keep)) {
      out += openMark(mark);
      open.push(mark);
    }
    out += item.html;
  }
  for (let i = open.length - 1; i >= 0; i--) out += closeMark(open[i] as Mark);
  return out;
}

/** Highlights resolved against the document: where each one's marker goes. */
interface Placed extends HtmlHighlight {
  /** The canonical offset after which `after` is written: `end`, or the last text offset before it. */
  markerAt: number;
}

class Writer {
  private readonly offsets = new Map<DocJSON, number>();
  private readonly placed: Placed[];
  /** How many references to each note (by number) were written so far: the first gets the id its note links back to. */
  private readonly noteRefs = new Map<number, number>();

  constructor(doc: DocJSON, highlights: readonly HtmlHighlight[]) {
    const canonical = canonicalText(doc);
    for (const run of canonical.runs) this.offsets.set(run.node, run.offset);
    const runs = canonical.runs;
    this.placed = highlights
      .filter((h) => h.start < h.end && h.start >= 0 && h.end <= canonical.text.length)
      // A highlight covers whole characters: cutting an emoji in two would leave two halves no page can show.
      .map((h) => ({ ...h, start: characterBoundary(canonical.text, h.start, false), end: characterBoundary(canonical.text, h.end, true) }))
      .map((h) => {
        // A span ending inside a block separator gets its marker at the end of its last block.
        let markerAt = h.start;
        for (const run of runs) {
          if (run.offset >= h.end) break;
          markerAt = Math.min(h.end, run.offset + run.length);
        }
        return { ...h, markerAt };
      });
  }

  private highlightMark(from: number, to: number): Mark | null {
    const over = this.placed.filter((h) => h.start <= from && h.end >= to);
    if (over.length === 0) return null;
    const classes = [...new Set(over.map((h) => h.className ?? '').filter(Boolean))];
    if (over.length > 1) classes.push('overlap');
    const labels = over.filter((h) => h.label !== undefined).map((h) => `[${h.label}]`);
    const open = `<mark${classes.length ? ` class="${escapeHtml(classes.join(' '))}"` : ''}${labels.length ? ` title="${escapeHtml(labels.join(' '))}"` : ''}>`;
    return { type: HIGHLIGHT, attrs: { open } };
  }

  private markersAt(offset: number): string {
    return this.placed
      .filter((h) => h.markerAt === offset && h.markerAt > h.start && h.after)
      .map((h) => h.after)
      .join('');
  }

  /** Inline content of a text block, text nodes cut where highlights begin and end. */
  inline(nodes: readonly DocJSON[]): string {
    const items: InlineItem[] = [];
    for (const node of nodes) {
      const marks = node.marks ?? [];
      const offset = this.offsets.get(node);
      if (offset === undefined || this.placed.length === 0) {
        items.push({ marks, html: node.type === 'footnote_ref' ? this.footnoteRef(node) : leaf(node) });
        continue;
      }
      const length = node.type === 'text' ? (node.text ?? '').length : 1;
      const cuts = new Set<number>([offset, offset + length]);
      for (const h of this.placed) {
        for (const at of [h.start, h.end, h.markerAt]) if (at > offset && at < offset + length) cuts.add(at);
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i + 1 < points.length; i++) {
        const from = points[i] as number;
        const to = points[i + 1] as number;
        const html = node.type === 'text' ? escapeHtml((node.text ?? '').slice(from - offset, to - offset)) : leaf(node);
        const highlight = this.highlightMark(from, to);
        items.push({ marks: highlight ? [...marks, highlight] : marks, html });
        const markers = this.markersAt(to);
        // A marker is a link of its own (to its note): it goes outside any article link, never nested in one.
        if (markers) items.push({ marks: marks.filter((m) => m.type !== 'wikiLink' && m.type !== 'link'), html: markers });
      }
    }
    return markStack(items);
  }

  /**
   * A footnote reference: its note's number, superscript, linking to the note (a plain number inside an article's own
   * link, where a second link cannot go). The first reference to a note is where the note's ↩ leads back to.
   */
  private footnoteRef(node: DocJSON): string {
    const n = noteNumber(node);
    const seen = this.noteRefs.get(n) ?? 0;
    this.noteRefs.set(n, seen + 1);
    if (inLink(node)) return `<sup class="footnote-ref">${n}</sup>`;
    return `<sup class="footnote-ref"><a href="#fn-${n}" id="fnref-${n}${seen > 0 ? `-${seen + 1}` : ''}">${n}</a></sup>`;
  }

  /** A note as an item of the notes list, numbered as its references are, with a link back to the first of them. */
  private footnote(node: DocJSON): string {
    const n = noteNumber(node);
    const back = this.noteRefs.has(n) ? ` <a href="#fnref-${n}" class="footnote-backref" title="back to the text">↩</a>` : '';
    return `<li id="fn-${n}" value="${n}">${this.blocks(node.content ?? [])}${back}</li>`;
  }

  blocks(nodes: readonly DocJSON[]): string {
    return nodes.map((n) => this.block(n)).join('\n');
  }

  block(node: DocJSON): string {
    const content = node.content ?? [];
    switch (node.type) {
      case 'paragraph':
        return `<p>${this.inline(content)}</p>`;
      case 'heading': {
        const level = Math.min(6, Math.max(1, Math.trunc(Number(node.attrs?.level ?? 2)) || 2));
        return `<h${level}>${this.inline(content)}</h${level}>`;
      }
      case 'blockquote':
        return `<blockquote>\n${this.blocks(content)}\n</blockquote>`;
      case 'horizontal_rule':
        return '<hr>';
      case 'code_block': {
        const info = str(node.attrs?.info).trim().split(/\s+/)[0];
        const cls = info ? ` class="language-${escapeHtml(info)}"` : '';
        return `<pre><code${cls}>${this.inline(content)}</code></pre>`;
      }
      case 'bullet_list':
        return `<ul>\n${this.blocks(content)}\n</ul>`;
      case 'ordered_list': {
        const order = Math.trunc(Number(node.attrs?.order ?? 1));
        return `<ol${Number.isFinite(order) && order !== 1 ? ` start="${order}"` : ''}>\n${this.blocks(content)}\n</ol>`;
      }
      case 'list_item':
        return `<li>${this.blocks(content)}</li>`;
      case 'footnotes':
        return `<section class="footnotes">\n<hr>\n<ol class="footnotes-list">\n${this.blocks(content)}\n</ol>\n</section>`;
      case 'footnote':
        return this.footnote(node);
      case 'table':
        return `<table>\n<tbody>\n${this.blocks(content)}\n</tbody>\n</table>`;
      case 'table_row':
        return `<tr>${content.map((cell) => this.block(cell)).join('')}</tr>`;
      case 'table_header':
      case 'table_cell': {
        const tag = node.type === 'table_header' ? 'th' : 'td';
        const align = str(node.attrs?.align);
        const style = align === 'left' || align === 'center' || align === 'right' ? ` style="text-align: ${align}"` : '';
        return `<${tag}${style}>${this.inline(content)}</${tag}>`;
      }
      default: {
        // A node type this writer does not know (from a newer schema): keep its text rather than drop it.
        const inner = content.some((c) => c.type === 'text' || c.type === 'image' || c.type === 'hard_break') ? this.inline(content) : this.blocks(content);
        return `<div>${inner || escapeHtml(node.text ?? '')}</div>`;
      }
    }
  }
}

/**
 * The HTML of a document's blocks (no page around them), with `highlights` (canonical offsets) drawn as `<mark>`s and
 * each one's `after` written right after its last character. Highlights outside the text are ignored.
 */
export function documentHtml(doc: DocJSON, highlights: readonly HtmlHighlight[] = []): string {
  const writer = new Writer(doc, highlights);
  return writer.blocks(doc.content ?? []);
}
