/**
 * A claim's sources and verdict as every writer of claims reads them (HTML and Markdown reports, CSV, ClaimReview,
 * Web Annotation), so that none of them prints `undefined` for a field an older record or a hand-edited file lacks,
 * and none of them turns a link that is not http(s) into a clickable one.
 */
import { DEFAULT_VERDICT, validateSourceUrl, type ClaimDetails, type ClaimSource } from '../model/annotation';

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/**
 * `source` with every field present: missing or non-text fields as '', a credibility outside 1..5 as null, a missing
 * id as `source-<n>` (`index` is the source's place in its claim, from 0).
 */
export function completeSource(source: Partial<ClaimSource> | null | undefined, index: number): ClaimSource {
  const s = source ?? {};
  const credibility = typeof s.credibility === 'number' && Number.isInteger(s.credibility) && s.credibility >= 1 && s.credibility <= 5 ? s.credibility : null;
  const out: ClaimSource = {
    id: text(s.id) || `source-${index + 1}`,
    url: text(s.url),
    title: text(s.title),
    publisher: text(s.publisher),
    date: text(s.date),
    quote: text(s.quote),
    credibility,
    archiveUrl: text(s.archiveUrl),
  };
  if (s.snapshot !== undefined) out.snapshot = s.snapshot;
  return out;
}

/** The sources of a claim, each complete (`completeSource`). */
export function claimSources(claim: Pick<ClaimDetails, 'sources'>): ClaimSource[] {
  return (Array.isArray(claim.sources) ? claim.sources : []).map(completeSource);
}

/** The link to put in an export for `url`: the normalised http(s) URL, or null for anything else (`javascript:`...). */
export function sourceHref(url: string): string | null {
  const checked = validateSourceUrl(url);
  return checked.ok ? checked.url : null;
}

/** A claim's verdict, `unverified` when it has none (the verdict every claim starts with). */
export function verdictOf(claim: Pick<ClaimDetails, 'verdict'>): string {
  return typeof claim.verdict === 'string' && claim.verdict.trim() !== '' ? claim.verdict : DEFAULT_VERDICT;
}
