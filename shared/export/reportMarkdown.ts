/**
 * The annotated Markdown report: the article's ORIGINAL Markdown source, untouched except for footnote references
 * (`[^1]`, `[^2]`…) inserted at the exact source position where each annotation's span ends, followed by an appendix
 * of footnotes (notes, claims, verdicts, sources). Removing the inserted references and the appendix gives back the
 * source byte for byte, so an editor can diff the report against the file they sent.
 *
 * Canonical offsets become source offsets through the revision's source map (`SourceSpan`, from the importer). A
 * marker never goes where it would change what the source means: a span that ends inside or at the end of a
 * wiki-link, an inline code span or an autolink (`<https://…>`) gets its marker after the construct's closing
 * characters (a marker inside `[[zh:卡塔尔]]` would change the link's target); one that ends inside or at the end
 * of a bare URL gets it before the URL, because a linkifier takes everything up to the next white space (`[^1]`
 * included) into the URL. Spans in fenced or indented code blocks keep their marker there, shown as text.
 * When the source already uses footnote labels like the report's (`[^1]: …`), the report's labels get a prefix
 * (`[^g1]`), so no marker points at the article's own notes. An article that ends inside a code fence or an HTML
 * comment or block gets a closing line before the appendix (`openConstructs.ts`), so the notes are never swallowed.
 * A note and a claims-table row whose span is not confirmed carry the HTML report's caveat, in its words
 * (`anchorCaveat`): "(moved, unconfirmed)", or "(not found in this revision)" for one without a marker.
 */
import { linkedSpanOf, type Annotation } from '../model/annotation';
import type { SourceSpan } from '../model/article';
import { claimSources, sourceHref, verdictOf } from './claimFields';
import { closeOpenConstructs } from './openConstructs';
import type { VerdictScale } from '../claims/verdicts';
import { NOT_FOUND_CAVEAT, anchorCaveat, footnoteText, numberAnnotations, verdictLabel, type NumberedAnnotation } from './reportNumbering';

/** The line that starts the appendix; everything before it is the source with markers. */
export const REPORT_APPENDIX_MARK = '<!-- glossa:annotations -->';

/** What the Markdown report is made from. */
export interface MarkdownReportInput {
  /** The revision's decoded Markdown source (what the source map's `src` offsets index). */
  source: string;
  sourceMap: readonly SourceSpan[];
  /** Live annotations on this revision (orphans are listed in the appendix without a marker). */
  annotations: readonly Annotation[];
  title: string;
  /** The newsroom's verdict scale, for verdict labels (default: the default scale). */
  scale?: VerdictScale;
}

/**
 * The source offset of canonical offset `end` seen as the END of a span (so a boundary between two source spans
 * belongs to the earlier one), or null when the source map does not cover it.
 */
export function sourceOffsetOfEnd(sourceMap: readonly SourceSpan[], end: number): number | null {
  let lo = 0;
  let hi = sourceMap.length - 1;
  let found: SourceSpan | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = sourceMap[mid] as SourceSpan;
    if (span.textEnd < end) lo = mid + 1;
    else if (span.textStart >= end) hi = mid - 1;
    else {
      found = span;
      break;
    }
  }
  if (found === null) return null;
  if (found.verbatim) return found.srcStart + (end - found.textStart);
  return found.srcEnd;
}

/** A stretch of the source a marker must not split, and where a marker that falls in it goes instead. */
interface Unsplittable {
  start: number;
  end: number;
  /** `after`: the marker goes after `end`; `before`: before `start` (bare URLs, which swallow what follows them). */
  place: 'after' | 'before';
}

const WIKI_LINK = /\[\[[^\[\]\n]+\]\]/g;
const CODE_SPAN = /(`+)[^`\n]+?\1(?!`)/g;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/g;
const BARE_URL = /(?<![A-Za-z0-9+.-])(?:https?|ftp):\/\/[^\s<>]+/gi;

/** The wiki-links, code spans, autolinks and bare URLs of `source`. */
function unsplittables(source: string): Unsplittable[] {
  const out: Unsplittable[] = [];
  const add = (re: RegExp, place: Unsplittable['place']): void => {
    for (const m of source.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, place });
  };
  add(WIKI_LINK, 'after');
  add(CODE_SPAN, 'after');
  add(AUTOLINK, 'after');
  add(BARE_URL, 'before');
  return out;
}

/**
 * Moves an insertion point out of every construct it would split (see the module comment). A point at the very end
 * of a wiki-link, code span or autolink is moved too: the span ends with the construct's text, before its closing
 * characters. Repeated because the constructs nest (a URL inside an autolink, a wiki-link inside a code span).
 */
function safeInsertionPoint(at: number, constructs: readonly Unsplittable[]): number {
  let point = at;
  for (let moved = true, guard = 0; moved && guard < 8; guard++) {
    moved = false;
    for (const c of constructs) {
      const inside = c.place === 'after' ? c.start < point && point < c.end : c.start < point && point <= c.end;
      if (!inside) continue;
      point = c.place === 'after' ? c.end : c.start;
      moved = true;
    }
  }
  return point;
}

/** The prefix of the report's footnote labels: none, unless the source already has labels like `[^1]`. */
export function footnotePrefix(source: string): string {
  const labels = new Set([...source.matchAll(/\[\^([^\]\s]+)\]/g)].map((m) => m[1]));
  for (let i = 0; ; i++) {
    const prefix = i === 0 ? '' : i === 1 ? 'g' : `g${i}-`;
    if (![...labels].some((l) => l.startsWith(prefix) && /^\d+$/.test(l.slice(prefix.length)))) return prefix;
  }
}

/** The annotated Markdown report (see the module comment). */
export function reportMarkdown(input: MarkdownReportInput): string {
  const numbered = numberAnnotations(input.annotations);
  const constructs = unsplittables(input.source);
  const prefix = footnotePrefix(input.source);
  const inserts: { at: number; n: number }[] = [];
  const insertAt = (end: number, n: number): void => {
    const at = sourceOffsetOfEnd(input.sourceMap, end);
    if (at !== null) inserts.push({ at: safeInsertionPoint(at, constructs), n });
  };
  for (const item of numbered) {
    if (item.annotation.anchor.state !== 'orphaned') insertAt(item.annotation.target.selectors.position.end, item.n);
    // The second span of a link refers to the same footnote.
    const link = linkedSpanOf(item.annotation);
    if (link && link.anchor.state !== 'orphaned') insertAt(link.selectors.position.end, item.n);
  }
  inserts.sort((a, b) => a.at - b.at || a.n - b.n);
  let out = '';
  let cursor = 0;
  for (const { at, n } of inserts) {
    out += input.source.slice(cursor, at) + `[^${prefix}${n}]`;
    cursor = at;
  }
  out += input.source.slice(cursor);
  const eol = lineEndingOf(input.source);
  // An article ending inside a code fence or an HTML comment would take the notes in: close it first.
  return out + closeOpenConstructs(out, eol) + appendix(numbered, new Set(inserts.map((i) => i.n)), prefix, eol, input.scale);
}

/** The source's line ending (that of its first line), so the appendix of a CRLF file is CRLF too. */
function lineEndingOf(source: string): string {
  const first = source.indexOf('\n');
  return first > 0 && source[first - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * The caveat of note `n` (the same words as the HTML report's, `anchorCaveat`): not found when it has no marker (an
 * orphan, or a place the source map does not cover), moved and unconfirmed for a proposed place; '' when anchored.
 */
function caveatOf(n: number, annotation: Annotation, placed: ReadonlySet<number>): string {
  const caveat = placed.has(n) ? anchorCaveat(annotation.anchor) : NOT_FOUND_CAVEAT;
  return caveat === null ? '' : ` ${caveat}`;
}

function appendix(numbered: readonly NumberedAnnotation[], placed: ReadonlySet<number>, prefix: string, eol: string, scale?: VerdictScale): string {
  const lines = ['', '', REPORT_APPENDIX_MARK, '', '---', '', '## Annotations', ''];
  for (const { n, annotation } of numbered) {
    // What a person typed in a note is text: a `<b>` or `<script>` in it must not become HTML in the report.
    const text = noRawHtml(noLinks(oneLine(footnoteText(annotation, scale))));
    lines.push(`[^${prefix}${n}]: ${text}${caveatOf(n, annotation, placed)}`);
  }
  const claims = numbered.filter((x) => x.annotation.claim !== undefined);
  if (claims.length > 0) {
    lines.push('', '## Claims', '', '| # | Claim | Verdict | English | Attributed to | Sources |', '|---|---|---|---|---|---|');
    for (const { n, annotation } of claims) {
      const claim = annotation.claim;
      if (claim === undefined) continue;
      const sources = claimSources(claim)
        .map((s) => {
          const label = cell(s.title || s.publisher || s.url);
          // Only an http(s) link becomes a link; its normalised form has no space, `<` or `>` to end the destination.
          const href = sourceHref(s.url);
          return href === null ? label : `[${label}](<${href}>)`;
        })
        .join('; ');
      lines.push(`| ${n} | ${cell(claim.statedText)}${caveatOf(n, annotation, placed)} | ${cell(verdictLabel(verdictOf(claim), scale))} | ${cell(claim.english ?? '')} | ${cell(claim.attributedTo ?? '')} | ${sources} |`);
    }
  }
  return `${lines.join(eol)}${eol}`;
}

/**
 * Text with every `[` escaped, so nothing a person typed becomes a link, an image or a footnote reference: not
 * `[x](javascript:…)`, not `![](https://tracker…)`, not a quote of the article's own `[^1]`.
 */
function noLinks(text: string): string {
  return text.replace(/\[/g, '\\[');
}

/** Text on one line: any line break (CR LF, LF or a lone CR, which Markdown also ends a line at) becomes a space. */
function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}

/** Text with `<` and `>` as character references, so Markdown renderers never read it as HTML. */
function noRawHtml(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return noRawHtml(noLinks(oneLine(text)).replace(/\|/g, '\\|'));
}
