/**
 * Footnote numbers and texts shared by the HTML and Markdown reports, so that note 3 is the same annotation in both:
 * anchored and moved annotations are numbered in document order, orphans after them.
 */
import { linkedSpanOf, type Annotation, type AnchorStatus } from '../model/annotation';
import { DEFAULT_VERDICT_SCALE, findVerdict, type VerdictScale } from '../claims/verdicts';
import { claimSources, verdictOf } from './claimFields';

/** An annotation with its footnote number (1-based). */
export interface NumberedAnnotation {
  n: number;
  annotation: Annotation;
}

/** Numbers annotations: placed ones by position (start, then end), orphans last, ties by creation time. */
export function numberAnnotations(annotations: readonly Annotation[]): NumberedAnnotation[] {
  const orphan = (a: Annotation): number => (a.anchor.state === 'orphaned' ? 1 : 0);
  const sorted = [...annotations].sort((a, b) => {
    const pa = a.target.selectors.position;
    const pb = b.target.selectors.position;
    return orphan(a) - orphan(b) || pa.start - pb.start || pa.end - pb.end || a.created.localeCompare(b.created) || a.id.localeCompare(b.id);
  });
  return sorted.map((annotation, i) => ({ n: i + 1, annotation }));
}

const KIND: Record<Annotation['motivation'], string> = {
  commenting: 'Comment',
  tagging: 'Tag',
  highlighting: 'Highlight',
  questioning: 'Question',
  linking: 'Link',
  assessing: 'Claim',
};

/** A verdict as a reader sees it: its label on `scale` ("Mostly true"), or the stored id when the scale lacks it. */
export function verdictLabel(verdict: string, scale: VerdictScale = DEFAULT_VERDICT_SCALE): string {
  return findVerdict(verdict, scale)?.label ?? verdict;
}

/** The caveat after an orphan's note: its span is not in this revision's text. */
export const NOT_FOUND_CAVEAT = '(not found in this revision)';
/** The caveat after a span re-anchoring proposed and nobody confirmed: its text may have changed since it was checked. */
export const MOVED_CAVEAT = '(moved, unconfirmed)';

/**
 * What a report says after an annotation (or a link's second span) whose place in this revision is not confirmed:
 * `MOVED_CAVEAT` for a moved span, `NOT_FOUND_CAVEAT` for an orphan, null for an anchored one. The HTML and Markdown
 * reports both take their wording from here, so a reader of either is warned alike.
 */
export function anchorCaveat(anchor: AnchorStatus): string | null {
  if (anchor.state === 'orphaned') return NOT_FOUND_CAVEAT;
  return anchor.state === 'moved' ? MOVED_CAVEAT : null;
}

/**
 * One line describing an annotation: its kind, the quoted span, its notes, tags and (for claims) the verdict, by its
 * label on `scale`, as the summary and the claims table show it.
 */
export function footnoteText(annotation: Annotation, scale: VerdictScale = DEFAULT_VERDICT_SCALE): string {
  const link = linkedSpanOf(annotation);
  const linkCaveat = link ? anchorCaveat(link.anchor) : null;
  const linked = link ? ` ↔ “${link.selectors.quote.exact}”${linkCaveat === null ? '' : ` ${linkCaveat}`}` : '';
  const parts = [`${KIND[annotation.motivation]}: “${annotation.target.selectors.quote.exact}”${linked}`];
  const notes = annotation.bodies.flatMap((b) => (b.type === 'TextualBody' && b.purpose !== 'tagging' ? [b.value] : []));
  const tags = annotation.bodies.flatMap((b) => (b.type === 'TextualBody' && b.purpose === 'tagging' ? [`#${b.value}`] : []));
  if (notes.length > 0) parts.push(notes.join(' / '));
  if (tags.length > 0) parts.push(tags.join(' '));
  const claim = annotation.claim;
  if (claim !== undefined) {
    parts.push(`Verdict: ${verdictLabel(verdictOf(claim), scale)}`);
    if (claim.english) parts.push(`English: ${claim.english}`);
    if (claim.attributedTo) parts.push(`Attributed to: ${claim.attributedTo}`);
    if (claim.rationale) parts.push(claim.rationale);
    for (const s of claimSources(claim)) parts.push(`Source: ${s.title ? `${s.title} ` : ''}<${s.url}>`);
  }
  parts.push(`(${annotation.creator})`);
  return parts.join(' — ');
}
