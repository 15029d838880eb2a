/**
 * A short fingerprint of what a person sees of an annotation's anchoring: each end's state (with its confidence when
 * not anchored) and words, and when a person last changed it. The service sends fingerprints after a revision is
 * added; the side panel compares them with its own records' and fetches the records only when one differs. Offsets and the revision id are left out
 * on purpose: a save shifts the offsets of everything after the edit, and the editor already maps its highlights.
 */
import { linkedSpanOf, type AnchorStatus, type Annotation } from '../model/annotation';

/** The fingerprint of one annotation (equal fingerprints: nothing to redraw or relist). */
export function anchoringKey(a: Annotation): string {
  const link = linkedSpanOf(a);
  const own = `${shown(a.anchor)}:${a.target.selectors.quote.exact}`;
  const other = link ? `${shown(link.anchor)}:${link.selectors.quote.exact}` : '';
  return `${own}|${other}|${a.modified}`;
}

/** A state as the panel shows it: the confidence only where it is shown, beside `moved` and `orphaned`. */
function shown(anchor: AnchorStatus): string {
  return anchor.state === 'anchored' ? 'anchored' : `${anchor.state}:${anchor.confidence}`;
}
