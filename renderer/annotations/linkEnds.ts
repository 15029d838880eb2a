/**
 * The second span of a two-span link in the editor. The highlight plugin draws one range per id, so the second span
 * is drawn as an item of its own under a derived id (`<id>#link`): it is mapped through edits like any highlight,
 * flashes and scrolls the same way, and a click on it opens the link. Everything that turns ids of drawn ranges back
 * into annotations goes through `annotationIdOf`.
 */
import type { Transaction } from 'prosemirror-state';
import { linkedSpanOf, type Annotation } from '../../shared/model/annotation';
import { removeAnnotation, upsertAnnotation, type AnnotationItem, type DocRange } from './annotationPlugin';

const SUFFIX = '#link';

/** Which end of a link: the target (first span) or the linked (second) span. */
export type LinkEnd = 'target' | 'link';

/** The id under which the second span of link `id` is drawn. */
export function linkEndId(id: string): string {
  return `${id}${SUFFIX}`;
}

/** The annotation a drawn range belongs to (the link itself for its second span). */
export function annotationIdOf(drawnId: string): string {
  return drawnId.endsWith(SUFFIX) ? drawnId.slice(0, -SUFFIX.length) : drawnId;
}

/** True for the id of a link's second span. */
export function isLinkEndId(drawnId: string): boolean {
  return drawnId.endsWith(SUFFIX);
}

/** What the editor draws for one annotation: the annotation, and, for a link, its second span when it is placed. */
export function drawnItems(annotation: Annotation, colour: string | null): AnnotationItem[] {
  const items: AnnotationItem[] = [{ annotation, colour }];
  const link = linkedSpanOf(annotation);
  if (link && link.anchor.state !== 'orphaned') {
    items.push({
      annotation: { ...annotation, id: linkEndId(annotation.id), bodies: [], target: { selectors: link.selectors }, anchor: link.anchor },
      colour,
    });
  }
  return items;
}

/**
 * Queues on `tr` what shows a stored record: the annotation (placed at `range`, or where it is) and its second span
 * (at `linkRange`, or where it is), or the removal of a second span that is gone or orphaned.
 */
export function upsertDrawn(tr: Transaction, annotation: Annotation, colour: string | null, range?: DocRange, linkRange?: DocRange): Transaction {
  const [main, second] = drawnItems(annotation, colour);
  let next = upsertAnnotation(tr, main as AnnotationItem, range);
  if (second) next = upsertAnnotation(next, second, linkRange);
  else next = removeAnnotation(next, linkEndId(annotation.id));
  return next;
}

/** Queues the removal of an annotation's highlights, both ends of a link included. */
export function removeDrawn(tr: Transaction, id: string): Transaction {
  return removeAnnotation(removeAnnotation(tr, id), linkEndId(id));
}
