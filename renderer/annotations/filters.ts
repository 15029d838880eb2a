/**
 * The side panel's list: annotations in document order (placed ones by where they are now, orphans after them by
 * their old position) and the filters a checker narrows it with. Pure, so the order and filters are unit-tested.
 */
import { linkedSpanOf, type AnchorState, type Annotation, type ClaimStatus, type Motivation } from '../../shared/model/annotation';
import type { DocRange } from './annotationPlugin';
import { tagsOf } from './colours';

/** What the list shows; `all` switches a filter off. */
export interface AnnotationFilter {
  motivation: Motivation | 'all';
  tag: string | 'all';
  verdict: string | 'all';
  status: ClaimStatus | 'all';
  anchor: AnchorState | 'all';
}

/** No filtering. */
export const NO_FILTER: AnnotationFilter = { motivation: 'all', tag: 'all', verdict: 'all', status: 'all', anchor: 'all' };

/**
 * Whether one annotation passes the filter. Verdict and status filters let only claims through; the anchor filter
 * matches a link when either of its ends is in that state.
 */
export function matchesFilter(annotation: Annotation, filter: AnnotationFilter): boolean {
  if (filter.motivation !== 'all' && annotation.motivation !== filter.motivation) return false;
  if (filter.tag !== 'all' && !tagsOf(annotation).includes(filter.tag)) return false;
  if (filter.verdict !== 'all' && annotation.claim?.verdict !== filter.verdict) return false;
  if (filter.status !== 'all' && annotation.claim?.status !== filter.status) return false;
  if (filter.anchor !== 'all' && annotation.anchor.state !== filter.anchor && linkedSpanOf(annotation)?.anchor.state !== filter.anchor) return false;
  return true;
}

/**
 * Annotations in document order: those with a place in the editor by their current position, then the ones without
 * (orphans) by their last known offset. Ties keep the longer span first, as nested spans read outside-in.
 */
export function inDocumentOrder(annotations: Iterable<Annotation>, ranges: ReadonlyMap<string, DocRange>): Annotation[] {
  const keyed = [...annotations].map((a) => {
    const r = ranges.get(a.id);
    return { a, placed: r ? 0 : 1, from: r ? r.from : a.target.selectors.position.start, to: r ? r.to : a.target.selectors.position.end };
  });
  keyed.sort((x, y) => x.placed - y.placed || x.from - y.from || y.to - x.to);
  return keyed.map((k) => k.a);
}

/** Every tag used by `annotations`, sorted. */
export function tagsInUse(annotations: Iterable<Annotation>): string[] {
  const tags = new Set<string>();
  for (const a of annotations) for (const t of tagsOf(a)) tags.add(t);
  return [...tags].sort((a, b) => a.localeCompare(b));
}
