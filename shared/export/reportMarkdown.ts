/**
 * The annotated Markdown report: the article's ORIGINAL Markdown source, untouched except for footnote references
 * (`[^1]`, `[^2]`…) inserted at the exact source position where each annotation's span ends, followed by an appendix
 * of footnotes (notes, claims, verdicts, sources). Removing the inserted references and the appendix gives back the
 * source byte for byte, so an editor can diff the report against the file they sent.
 *
 * Canonical offsets become source offsets through the revision's source map (`SourceSpan`, from the importer). A
 * span that ends where a wiki-link's text ends gets its marker after the link's closing `]]`, so the link stays whole.
 */
import { linkedSpanOf, type Annotation } from '../model/annotation';
import type { SourceSpan } from '../model/article';
import { footnoteText, numberAnnotations, type NumberedAnnotation } from './reportNumbering';

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

/** Moves an insertion point that sits right before a wiki-link's closing `]]` to just after it. */
function afterWikiLinkClose(source: string, at: number): number {
  if (!source.startsWith(']]', at)) return at;
  const open = source.lastIndexOf('[[', at);
  const close = source.lastIndexOf(']]', at - 1);
  return open !== -1 && open > close ? at + 2 : at;
}

/** The annotated Markdown report (see the module comment). */
export function reportMarkdown(input: MarkdownReportInput): string {
  const numbered = numberAnnotations(input.annotations);
  const inserts: { at: number; n: number }[] = [];
  const insertAt = (end: number, n: number): void => {
    const at = sourceOffsetOfEnd(input.sourceMap, end);
    if (at !== null) inserts.push({ at: afterWikiLinkClose(input.source, at), n });
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
    out += input.source.slice(cursor, at) + `[^${n}]`;
    cursor = at;
  }
  out += input.source.slice(cursor);
  return out + appendix(numbered, new Set(inserts.map((i) => i.n)));
}

function appendix(numbered: readonly NumberedAnnotation[], placed: ReadonlySet<number>): string {
  const lines = ['', '', REPORT_APPENDIX_MARK, '', '---', '', '## Annotations', ''];
  for (const { n, annotation } of numbered) {
    const text = footnoteText(annotation).replace(/\r?\n/g, ' ');
    const where = placed.has(n) ? '' : ' (not found in this revision)';
    lines.push(`[^${n}]: ${text}${where}`);
  }
  const claims = numbered.filter((x) => x.annotation.claim !== undefined);
  if (claims.length > 0) {
    lines.push('', '## Claims', '', '| # | Claim | Verdict | English | Attributed to | Sources |', '|---|---|---|---|---|---|');
    for (const { n, annotation } of claims) {
      const claim = annotation.claim;
      if (claim === undefined) continue;
      const sources = claim.sources.map((s) => `[${cell(s.title || s.publisher || s.url)}](<${s.url}>)`).join('; ');
      lines.push(`| ${n} | ${cell(claim.statedText)} | ${cell(claim.verdict)} | ${cell(claim.english ?? '')} | ${cell(claim.attributedTo ?? '')} | ${sources} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
