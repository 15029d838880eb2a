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
 * (orphans) by their last known offset. Ties keep the longer span first, as nested spans read outside-in, then the
 * order given. The service sends annotations in document order and edits seldom reorder them, so an order that
 * already holds is checked in one pass and kept, without sorting thousands of records on every change.
 */
export function inDocumentOrder(annotations: Iterable<Annotation>, ranges: ReadonlyMap<string, DocRange>): Annotation[] {
  const list = [...annotations];
  const n = list.length;
  // One key per record in typed arrays, not an object per record: the panel orders thousands on opening.
  const placed = new Uint8Array(n);
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = list[i] as Annotation;
    const r = ranges.get(a.id);
    placed[i] = r ? 0 : 1;
    from[i] = r ? r.from : a.target.selectors.position.start;
    to[i] = r ? r.to : a.target.selectors.position.end;
  }
  const compare = (x: number, y: number): number => (placed[x] as number) - (placed[y] as number) || (from[x] as number) - (from[y] as number) || (to[y] as number) - (to[x] as number);
  let ordered = true;
  for (let i = 1; i < n && ordered; i++) ordered = compare(i - 1, i) <= 0;
  if (ordered) return list;
  // Array.prototype.sort is stable: ties keep the order given.
  return Array.from({ length: n }, (_, i) => i)
    .sort(compare)
    .map((i) => list[i] as Annotation);
}

/** Every tag used by `annotations`, sorted. */
export function tagsInUse(annotations: Iterable<Annotation>): string[] {
  const tags = new Set<string>();
  for (const a of annotations) for (const t of tagsOf(a)) tags.add(t);
  return [...tags].sort((a, b) => a.localeCompare(b));
}
