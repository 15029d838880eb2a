/**
 * Re-anchoring whole annotations, both ends of a two-span link included, onto a new revision. `reanchorAll` finds
 * spans; this decides what the annotation records afterwards: each end takes its new place and state, an orphaned end
 * keeps its old selectors (so it can be found again), and an end a person has not yet confirmed stays `moved` even
 * when the next edit leaves it untouched. The service calls this for every revision added; tests call it directly.
 */
import { isSpanLinkBody, type Annotation, type AnchorState, type Body } from '../model/annotation';
import { applyReanchor, reanchorAll, type ReanchorAllOptions, type ReanchorOutcome } from './reanchorAll';

// A link's second span goes through the same pass as the targets, under a key no annotation id can have.
const LINK_SUFFIX = '#link';

function sticky(previous: AnchorState, found: AnchorState): AnchorState {
  return previous === 'moved' && found === 'anchored' ? 'moved' : found;
}

/**
 * `annotations` (all anchored on the revision whose text is `oldText`) as they stand on revision `revisionId` with
 * text `newText`, in the same order. Pure; one diff of the two texts serves every end.
 */
export function reanchorAnnotations(
  annotations: readonly Annotation[],
  oldText: string,
  newText: string,
  revisionId: number,
  options: ReanchorAllOptions = {},
): Annotation[] {
  const ends: Pick<Annotation, 'id' | 'target'>[] = [];
  for (const a of annotations) {
    ends.push(a);
    for (const b of a.bodies) if (isSpanLinkBody(b)) ends.push({ id: `${a.id}${LINK_SUFFIX}`, target: { selectors: b.selectors } });
  }
  const outcomes = new Map<string, ReanchorOutcome>();
  for (const outcome of reanchorAll(ends, oldText, newText, options)) outcomes.set(outcome.annotationId, outcome);
  return annotations.map((before) => {
    const outcome = outcomes.get(before.id);
    if (!outcome) return before;
    const after = applyReanchor(before, { ...outcome, state: sticky(before.anchor.state, outcome.state) }, revisionId);
    const link = outcomes.get(`${before.id}${LINK_SUFFIX}`);
    if (!link) return after;
    const bodies = after.bodies.map((b): Body => {
      if (!isSpanLinkBody(b)) return b;
      if (link.selectors === null) return { ...b, anchor: { state: 'orphaned', confidence: link.confidence } };
      return { ...b, selectors: link.selectors, anchor: { state: sticky(b.anchor.state, link.state), confidence: link.confidence } };
    });
    return { ...after, bodies };
  });
}
