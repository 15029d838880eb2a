/**
 * The annotated HTML report: one self-contained page (inline CSS, no external resources, no scripts but the
 * ClaimReview JSON-LD block) that a fact-checker hands an editor or prints to PDF. It shows the article as written
 * (headings, paragraphs, lists, quotes, emphasis, wiki-links to Wikipedia: `html.ts`) with every placed annotation
 * highlighted and numbered at the exact span (`<mark>` + superscript), the footnotes, a claims table (verdict,
 * rating, English, attributed to, sources) and a count of verdicts. Every piece of article or user text is
 * escaped; links are only http(s).
 */
import type { VerdictScale } from '../claims/verdicts';
import { linkedSpanOf, type Annotation } from '../model/annotation';
import type { ArticleMeta, DocJSON } from '../model/article';
import { claimSources, sourceHref, verdictOf } from './claimFields';
import { documentHtml, escapeHtml, langAttr, type HtmlHighlight } from './html';
import { claimReviewScriptTag, type SchemaClaimReview } from './claimReview';
import { anchorCaveat, footnoteText, numberAnnotations, type NumberedAnnotation } from './reportNumbering';
import { readableTextOn } from '../model/contrast';

/** What the HTML report is made from. */
export interface HtmlReportInput {
  meta: ArticleMeta;
  /** The document of the revision the annotations are anchored on (their offsets are into its canonical text). */
  doc: DocJSON;
  annotations: readonly Annotation[];
  scale: VerdictScale;
  /** ClaimReview objects to embed as JSON-LD (empty: no script block at all). */
  claimReviews: readonly SchemaClaimReview[];
  /** When the report was made (ISO 8601), shown in the footer. */
  generatedAt: string;
}

const STYLE = `
  body { margin: 0 auto; max-width: 48em; padding: 2em 1.25em 4em; line-height: 1.8; color: #1b1b1b;
    font-family: "Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Zen Hei", Georgia, serif; }
  h1 { line-height: 1.35; margin-bottom: 0.3em; }
  article { border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; margin: 1.5em 0; }
  a.wiki-link { color: #1a5fb4; text-decoration: none; border-bottom: 1px dotted currentColor; }
  blockquote { margin-left: 0; padding-left: 1em; border-left: 3px solid #ccc; color: #444; }
  article table { border-collapse: collapse; margin: 1em 0; }
  article th, article td { border: 1px solid #ccc; padding: 0.25em 0.6em; vertical-align: top; }
  article th { background: rgba(127,127,127,0.1); }
  .image-badge { padding: 0 0.3em; border-radius: 3px; background: #999; color: #fff; font-size: 0.8em; font-weight: 600;
    letter-spacing: 0.04em; text-transform: uppercase; }
  .image-placeholder { display: inline-block; padding: 0.1em 0.5em; border: 1px dashed #999; border-radius: 4px; font-size: 0.85em; color: #555; word-break: break-all; }
  .unsafe-link { border-bottom: 1px dashed #b00; }
  .meta { color: #666; font-size: 0.9em; margin-top: 0; }
  mark { background: #fff3b0; padding: 0 1px; border-radius: 2px; }
  mark.claim { background: #ffe0cc; }
  mark.overlap { background: #ffd27f; }
  sup.ref { font-size: 0.7em; color: #b3261e; font-weight: bold; }
  sup.ref a { color: inherit; text-decoration: none; }
  sup.ref + sup.ref::before { content: ","; }
  ol.notes { font-size: 0.92em; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
  th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
  th { background: #f2f2f2; }
  .verdict { display: inline-block; padding: 0 0.4em; border-radius: 3px; white-space: nowrap; }
  td.claim-text { min-width: 9em; }
  .orphan { color: #8a4b00; }
  footer { margin-top: 3em; padding-top: 1em; border-top: 1px solid #ddd; color: #777; font-size: 0.8em; }
  @media print {
    body { max-width: none; padding: 0; font-size: 11pt; }
    a { color: inherit; }
    table, tr, li { page-break-inside: avoid; }
    section.claims, section.summary { page-break-before: auto; }
  }
`;

/**
 * The article with its structure (headings, lists, quotes, links) and every placed annotation highlighted, its
 * footnote number written where its span ends. Orphans have no place in this revision: they are only in the notes.
 */
function highlightedArticle(doc: DocJSON, numbered: readonly NumberedAnnotation[]): string {
  const highlights: HtmlHighlight[] = [];
  for (const { n, annotation } of numbered) {
    const className = annotation.claim !== undefined ? 'claim' : '';
    const ref = (id: string) => `<sup class="ref" id="${id}"><a href="#note-${n}">${n}</a></sup>`;
    if (annotation.anchor.state !== 'orphaned') {
      const { start, end } = annotation.target.selectors.position;
      highlights.push({ start, end, className, label: String(n), after: ref(`ref-${n}`) });
    }
    // The second span of a link carries the same number (placed even when the first was lost): the note explains both.
    const link = linkedSpanOf(annotation);
    if (link && link.anchor.state !== 'orphaned') {
      highlights.push({ ...link.selectors.position, className, label: String(n), after: ref(`ref-${n}-b`) });
    }
  }
  return documentHtml(doc, highlights);
}

function link(url: string, label: string): string {
  const href = sourceHref(url);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>` : escapeHtml(label);
}

function verdictBadge(verdict: string, scale: VerdictScale): string {
  const def = scale.verdicts.find((v) => v.id === verdict);
  const colour = def && /^#[0-9a-fA-F]{6}$/.test(def.color) ? def.color : '#666666';
  return `<span class="verdict" style="background:${colour};color:${readableTextOn(colour)}">${escapeHtml(def?.label ?? verdict)}</span>`;
}

/** A claim whose place is not confirmed says so in the claims table too: its verdict was given on a text that may have changed. */
function claimCaveat(annotation: Annotation): string {
  const caveat = anchorCaveat(annotation.anchor);
  return caveat === null ? '' : `<br><small class="orphan">${escapeHtml(caveat)}</small>`;
}

function claimsTable(numbered: readonly NumberedAnnotation[], scale: VerdictScale): string {
  const rows = numbered.flatMap(({ n, annotation }) => {
    const claim = annotation.claim;
    if (claim === undefined) return [];
    const verdict = verdictOf(claim);
    const rating = scale.verdicts.find((v) => v.id === verdict)?.rating ?? null;
    const sources = claimSources(claim)
      .map((s) => {
        const label = s.title || s.publisher || s.url;
        const extra = [s.publisher && s.title ? s.publisher : '', s.date, s.credibility !== null ? `credibility ${s.credibility}/5` : '']
          .filter(Boolean)
          .map(escapeHtml)
          .join(', ');
        const archive = s.archiveUrl ? ` (${link(s.archiveUrl, 'archive')})` : '';
        const snapshot = s.snapshot ? ` <small>snapshot sha256 ${escapeHtml(s.snapshot.sha256.slice(0, 12))}…</small>` : '';
        return `<li>${link(s.url, label)}${extra ? ` — ${extra}` : ''}${archive}${snapshot}</li>`;
      })
      .join('');
    return [
      `<tr id="claim-${n}"><td><a href="#ref-${n}">${n}</a></td><td class="claim-text">${escapeHtml(claim.statedText)}${claimCaveat(annotation)}</td>` +
        `<td>${verdictBadge(verdict, scale)}${claim.rationale ? `<br><small>${escapeHtml(claim.rationale)}</small>` : ''}</td>` +
        `<td>${rating === null ? '—' : `${rating}`}</td><td>${escapeHtml(claim.english ?? '')}</td>` +
        `<td>${escapeHtml(claim.attributedTo ?? '')}</td><td>${escapeHtml(claim.status)}${claim.reviewer ? `<br><small>${escapeHtml(claim.reviewer)}</small>` : ''}</td>` +
        `<td>${sources ? `<ul>${sources}</ul>` : '—'}</td></tr>`,
    ];
  });
  if (rows.length === 0) return '<section class="claims"><h2>Claims</h2><p>No claims.</p></section>';
  return [
    '<section class="claims"><h2>Claims</h2>',
    '<table><thead><tr><th>#</th><th>Claim</th><th>Verdict</th><th>Rating</th><th>English</th><th>Attributed to</th><th>Status</th><th>Sources</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table></section>`,
  ].join('\n');
}

/** Verdict counts, in the scale's order, then any verdict not on the scale. */
export function verdictCounts(annotations: readonly Annotation[], scale: VerdictScale): { verdict: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of annotations) if (a.claim) counts.set(verdictOf(a.claim), (counts.get(verdictOf(a.claim)) ?? 0) + 1);
  const out = scale.verdicts.filter((v) => counts.has(v.id)).map((v) => ({ verdict: v.id, label: v.label, count: counts.get(v.id) ?? 0 }));
  for (const [verdict, count] of counts) if (!scale.verdicts.some((v) => v.id === verdict)) out.push({ verdict, label: verdict, count });
  return out;
}

/**
 * An ISO 8601 publication time as an editor reads it: `2024-02-07T15:05:00Z` -> `2024-02-07 15:05 UTC`, a date alone
 * as it is; anything else unchanged.
 */
export function readableDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::00(?:\.0+)?)?(?::(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, day, minute, seconds, zone] = m;
  return `${day} ${minute}${seconds ? `:${seconds}` : ''} ${zone === 'Z' ? 'UTC' : `UTC${zone}`}`;
}

/** The complete report page (see the module comment). */
export function reportHtml(input: HtmlReportInput): string {
  const { meta, scale } = input;
  const numbered = numberAnnotations(input.annotations);
  const counts = verdictCounts(input.annotations, scale);
  const claimsTotal = counts.reduce((sum, c) => sum + c.count, 0);
  const facts = [meta.author, meta.published ? readableDate(meta.published) : null].filter((x): x is string => Boolean(x)).map(escapeHtml);
  if (meta.source) facts.push(link(meta.source, meta.source));
  const notes = numbered
    .map(({ n, annotation }) => {
      const caveat = anchorCaveat(annotation.anchor);
      const where = caveat === null ? '' : ` <span class="orphan">${escapeHtml(caveat)}</span>`;
      return `<li id="note-${n}">${escapeHtml(footnoteText(annotation, scale))}${where} <a href="#ref-${n}">↩</a></li>`;
    })
    .join('\n');
  const summary = counts.map((c) => `<li>${verdictBadge(c.verdict, scale)} ${c.count}</li>`).join('');
  // What a search result shows under the title: how many claims were checked and how they came out.
  const description = `Fact-check of ${claimsTotal} claim${claimsTotal === 1 ? '' : 's'} in “${meta.title}”${
    counts.length ? `: ${counts.map((c) => `${c.count} ${c.label.toLowerCase()}`).join(', ')}` : ''
  }.`;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(langAttr(meta.lang || 'zh'))}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Glossa">',
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<title>${escapeHtml(`Fact-check report: ${meta.title}`)}</title>`,
    `<style>${STYLE}</style>`,
    input.claimReviews.length > 0 ? claimReviewScriptTag(input.claimReviews) : '',
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(meta.title)}</h1>`,
    facts.length ? `<p class="meta">${facts.join(' · ')}</p>` : '',
    '</header>',
    `<section class="summary"><h2>Summary</h2><p>${numbered.length} annotations, ${claimsTotal} claims.</p>${summary ? `<ul>${summary}</ul>` : ''}</section>`,
    `<article>\n${highlightedArticle(input.doc, numbered)}\n</article>`,
    `<section class="notes"><h2>Notes</h2><ol class="notes">${notes}</ol></section>`,
    claimsTable(numbered, scale),
    `<footer>Report made with Glossa · ${escapeHtml(input.generatedAt)}</footer>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
