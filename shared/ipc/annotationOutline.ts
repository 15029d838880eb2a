/**
 * The wire form of `annotations.outline`: every annotation of an article as the side panel lists and filters it and
 * the editor draws it, without what only the selected annotation's detail view reads. Opening an article with
 * thousands of annotations used to carry each record whole: the quote context either side of every span (the
 * TextQuote selector's prefix and suffix, two thirds of the answer), creators, claim rationales and sources. Here an
 * annotation is one short array, so the answer is about a third of the size and parses several times faster (a
 * page's `JSON.parse` pays per object made, and an array row makes one object instead of eight).
 *
 * The page turns rows back into `Annotation` records (`outlineAnnotations`) so the list, filters, colours and
 * highlights work on one type; those records are marked (`isOutline`) and hold blanks where the outline says
 * nothing (empty quote context, no creator, no claim sources). Anything that shows or writes back those fields — the
 * detail view, its claim editor — must fetch the whole record first (`annotations.some`).
 *
 * Pure: no zod here, so the page's first chunk can unpack rows without loading the contract's schemas.
 */
import type { AnchorState, Annotation, Body, ClaimDetails, ClaimStatus, Motivation } from '../model/annotation';
import type { Quantity } from '../model/quantity';

/** A claim as the list shows and filters it: verdict, status and normalised value. */
export type OutlineClaim = [verdict: string, status: ClaimStatus, value: Quantity | null];

/**
 * One annotation: id, motivation, span, quoted words, anchor state and confidence, last change (the anchoring
 * fingerprint needs it), claim (`0` when it is not one) and bodies (`0` when it has none; a link's second span keeps
 * its words, position and state, not its context).
 */
export type OutlineRow = [
  id: string,
  motivation: Motivation,
  start: number,
  end: number,
  exact: string,
  state: AnchorState,
  confidence: number,
  modified: string,
  claim: OutlineClaim | 0,
  bodies: Body[] | 0,
];

/** The outline of an article's live annotations, in document order, and the revision their positions refer to. */
export interface AnnotationOutline {
  revisionId: number;
  rows: OutlineRow[];
}

/** The bodies as the outline carries them: the second span of a link without its quote context. */
export function outlineBodies(bodies: readonly Body[]): Body[] | 0 {
  if (bodies.length === 0) return 0;
  return bodies.map((b) =>
    b.type === 'SpecificResource' && 'selectors' in b
      ? { ...b, selectors: { quote: { exact: b.selectors.quote.exact, prefix: '', suffix: '' }, position: b.selectors.position } }
      : b,
  );
}

/** The claim as the outline carries it, or `0` for an annotation that is not a claim. */
export function outlineClaim(claim: Pick<ClaimDetails, 'verdict' | 'status' | 'value'> | undefined | null): OutlineClaim | 0 {
  return claim ? [claim.verdict, claim.status, claim.value] : 0;
}

/** The outline row of a whole record (what the service sends for it). */
export function outlineRow(a: Annotation): OutlineRow {
  const { quote, position } = a.target.selectors;
  return [a.id, a.motivation, position.start, position.end, quote.exact, a.anchor.state, a.anchor.confidence, a.modified, outlineClaim(a.claim), outlineBodies(a.bodies)];
}

const outlines = new WeakSet<Annotation>();

/**
 * True for a record made from an outline row: its quote context, creator, creation time and claim details other
 * than verdict, status and value are blanks, so it must not be shown in detail or sent back as it is.
 */
export function isOutline(annotation: Annotation): boolean {
  return outlines.has(annotation);
}

/** The records of an outline of article `articleId`, in its order, each marked as an outline (`isOutline`). */
export function outlineAnnotations(articleId: number, outline: AnnotationOutline): Annotation[] {
  const { revisionId } = outline;
  return outline.rows.map(([id, motivation, start, end, exact, state, confidence, modified, claim, bodies]) => {
    const annotation: Annotation = {
      id,
      articleId,
      revisionId,
      motivation,
      bodies: bodies === 0 ? [] : bodies,
      creator: '',
      created: modified,
      modified,
      target: { selectors: { quote: { exact, prefix: '', suffix: '' }, position: { start, end } } },
      anchor: { state, confidence },
    };
    if (claim !== 0) {
      const [verdict, status, value] = claim;
      annotation.claim = { statedText: exact, english: null, attributedTo: null, value, verdict, rationale: '', status, reviewer: null, sources: [] };
    }
    outlines.add(annotation);
    return annotation;
  });
}
