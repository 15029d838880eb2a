/**
 * Where claim suggestions belong in the text shown. The service reads them from the saved revision the editor opened;
 * the reader may have typed while it worked, and offsets into the old text then point at other words.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { diffTexts, mapOffset, segmentContaining } from '../../shared/anchoring/textDiff';
import type { SuggestionJSON } from '../../shared/claims/suggest';
import { canonicalOf } from './annotationPlugin';

/**
 * Suggestions read from the text of `from`, placed in the text of `to`: each end moves with the unchanged text around
 * it, as a drawn underline moves with edits; one whose end lies in changed text is dropped. The same list when the
 * documents are the same.
 */
export function shownPlaces(suggestions: SuggestionJSON[], from: PMNode, to: PMNode): SuggestionJSON[] {
  if (from === to) return suggestions;
  const diff = diffTexts(canonicalOf(from).text, canonicalOf(to).text);
  const moved = (offset: number): number | null => (segmentContaining(diff, offset, offset) ? mapOffset(diff, offset) : null);
  return suggestions.flatMap((s) => {
    const start = moved(s.start);
    const end = moved(s.end);
    return start !== null && end !== null && end > start ? [{ ...s, start, end }] : [];
  });
}
