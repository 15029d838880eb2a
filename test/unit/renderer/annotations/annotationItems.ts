/** Annotation items for the annotation plugin's tests: the smallest record the plugin reads, with a numbered id. */
import type { Annotation, Motivation } from '../../../../shared/model/annotation';
import type { AnnotationItem } from '../../../../renderer/annotations/annotationPlugin';

/** The UUID of test annotation `n`. */
export function annotationId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Annotation `n` over canonical offsets [start, end). */
export function annotationItem(n: number, start: number, end: number, motivation: Motivation = 'highlighting'): AnnotationItem {
  return {
    colour: null,
    annotation: {
      id: annotationId(n),
      articleId: 1,
      revisionId: 1,
      motivation,
      bodies: [],
      creator: 't',
      created: '',
      modified: '',
      target: { selectors: { quote: { exact: '', prefix: '', suffix: '' }, position: { start, end } } },
      anchor: { state: 'anchored', confidence: 1 },
    } satisfies Annotation,
  };
}
