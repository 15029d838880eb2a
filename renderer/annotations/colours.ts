/**
 * Which colour an annotation is drawn in: a claim by its verdict (so a page of checks reads at a glance), otherwise
 * by its first coloured tag; null leaves the colour to the motivation's CSS class.
 */
import type { Annotation } from '../../shared/model/annotation';
import { DEFAULT_VERDICT_SCALE, findVerdict, type VerdictScale } from '../../shared/claims/verdicts';

/** The tags of an annotation (its `tagging` bodies), in order. */
export function tagsOf(annotation: Annotation): string[] {
  const tags: string[] = [];
  for (const body of annotation.bodies) if (body.type === 'TextualBody' && body.purpose === 'tagging') tags.push(body.value);
  return tags;
}

/** The first note of an annotation that is not a tag (comment, question, description), or ''. */
export function noteOf(annotation: Annotation): string {
  for (const body of annotation.bodies) if (body.type === 'TextualBody' && body.purpose !== 'tagging') return body.value;
  return '';
}

/** The colour an annotation is drawn in, or null for the motivation's default. */
export function annotationColour(
  annotation: Annotation,
  tagColours: ReadonlyMap<string, string | null>,
  scale: VerdictScale = DEFAULT_VERDICT_SCALE,
): string | null {
  if (annotation.claim) return findVerdict(annotation.claim.verdict, scale)?.color ?? null;
  for (const tag of tagsOf(annotation)) {
    const colour = tagColours.get(tag);
    if (colour) return colour;
  }
  return null;
}
