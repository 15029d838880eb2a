/**
 * Claims as CSV (RFC 4180): one row per claim, for spreadsheets, newsroom trackers and data journalists. Fields are
 * quoted when they hold a comma, a quote or a line break; lines end with CRLF as the RFC says. Excel needs a byte order
 * mark to read UTF-8 (else Chinese comes out as mojibake), and treats cells starting with `=`, `+`, `-` or `@` as
 * formulas, which an article's text must never become: both have options.
 */
import type { Annotation, ClaimSource } from '../model/annotation';
import { claimSources, completeSource, verdictOf } from './claimFields';

/** The columns, in order. Stable: scripts read them by name. */
export const CLAIM_CSV_COLUMNS = [
  'annotation_id',
  'article_id',
  'revision_id',
  'start',
  'end',
  'anchor_state',
  'stated_text',
  'english',
  'attributed_to',
  'value_text',
  'value_kind',
  'value_number',
  'value_max',
  'currency',
  'unit',
  'per',
  'approx',
  'value_date',
  'verdict',
  'status',
  'reviewer',
  'rationale',
  'sources',
  'source_urls',
  'creator',
  'created',
  'modified',
] as const;

/** How to write the file. */
export interface ClaimsCsvOptions {
  /** Start with a UTF-8 byte order mark (U+FEFF) so that Excel reads the file as UTF-8. Default false. */
  bom?: boolean;
  /**
   * Prefix cells that start with `=`, `+`, `-`, `@`, tab or carriage return with `'`, so that a spreadsheet shows
   * them as text instead of running them (CSV injection). Changes such values (`-5%` becomes `'-5%`). Default false.
   */
  neutralizeFormulas?: boolean;
}

/** One field, quoted per RFC 4180 when it contains a comma, a double quote, CR or LF (quotes doubled). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A human-readable line per source: `Title — Publisher, date (credibility 4/5) <url>`. */
export function describeSource(claimSource: ClaimSource): string {
  const source = completeSource(claimSource, 0);
  const who = [source.publisher, source.date].filter((s) => s !== '').join(', ');
  const parts = [source.title, who].filter((s) => s !== '').join(' — ');
  const credibility = source.credibility === null ? '' : ` (credibility ${source.credibility}/5)`;
  return `${parts}${credibility} <${source.url}>`.trim();
}

function claimRow(annotation: Annotation): string[] | null {
  const claim = annotation.claim;
  if (claim === undefined) return null;
  const value = claim.value;
  const number = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
  const { position } = annotation.target.selectors;
  return [
    annotation.id,
    String(annotation.articleId),
    String(annotation.revisionId),
    String(position.start),
    String(position.end),
    annotation.anchor.state,
    claim.statedText,
    claim.english ?? '',
    claim.attributedTo ?? '',
    value?.text ?? '',
    value?.kind ?? '',
    number(value?.value),
    number(value?.valueMax),
    value?.currency ?? '',
    value?.unit ?? '',
    value?.per ?? '',
    value?.approx ?? '',
    value?.date ?? '',
    verdictOf(claim),
    claim.status,
    claim.reviewer ?? '',
    claim.rationale,
    claimSources(claim).map(describeSource).join('\n'),
    claimSources(claim).map((s) => s.url).join(' '),
    annotation.creator,
    annotation.created,
    annotation.modified,
  ];
}

/** The claims among `annotations` (those with claim details) as CSV text, header first, in the order given. */
export function claimsCsv(annotations: readonly Annotation[], options: ClaimsCsvOptions = {}): string {
  const guard = options.neutralizeFormulas === true;
  const cell = (value: string): string => csvField(guard && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  const lines = [CLAIM_CSV_COLUMNS.join(',')];
  for (const annotation of annotations) {
    const row = claimRow(annotation);
    if (row !== null) lines.push(row.map(cell).join(','));
  }
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
