/**
 * Re-anchoring every annotation of a revision when a new revision of the text is saved or imported.
 *
 * The two texts are diffed once (`textDiff.ts`); an annotation whose quote and context lie inside one unchanged
 * stretch shifts with it, exactly and at no search cost, unless the edit added another copy of it (a pasted
 * duplicate could be either one, so it is left to the scored search, which will ask the user). The annotations touched
 * by an edit (or whose stored selectors do not describe the old text) go through `reanchor`, starting from the diff's
 * guess of their new place; text the diff carried over from another place of the old revision is no candidate for
 * them (a sentence that was there twice, and lost the annotated copy, does not hand the annotation to the other).
 * Both texts are compared folded (`matchFold.ts`): a script or width conversion changes nothing here.
 */
import type { Annotation, SpanSelectors } from '../model/annotation';
import { changedText, occurrencesIn, type ChangedText } from './changedText';
import { DEFAULT_CONTEXT_LENGTH, describeSpan } from './describeSpan';
import { foldForMatching, foldSelectors } from './matchFold';
import { DEFAULT_MAX_ERROR_RATIO, reanchorFolded, type AnchorResult, type ReanchorOptions } from './reanchor';
import { diffTexts, mapOffset, segmentContaining, segmentContainingNew, type TextDiff } from './textDiff';

/** The outcome for one annotation. */
export interface ReanchorOutcome extends AnchorResult {
  annotationId: string;
  /** Selectors describing the span in the new text; null when orphaned (keep the old ones). */
  selectors: SpanSelectors | null;
  /** True when the span was carried over by the diff rather than searched for. */
  viaDiff: boolean;
}

/** Options of `reanchorAll`: those of `reanchor`, and the context length of the new selectors. */
export interface ReanchorAllOptions extends Omit<ReanchorOptions, 'hint' | 'isOtherOldText' | 'elsewhere'> {
  contextLength?: number;
}

/**
 * Re-anchors `annotations` (all made on, or last anchored on, the revision whose text is `oldText`) in `newText`.
 * Returns one outcome per annotation, in the same order.
 */
export function reanchorAll(
  annotations: readonly Pick<Annotation, 'id' | 'target'>[],
  oldText: string,
  newText: string,
  options: ReanchorAllOptions = {},
): ReanchorOutcome[] {
  const { contextLength: contextOption, ...searchOptions } = options;
  const foldedOld = foldForMatching(oldText);
  const foldedNew = foldForMatching(newText);
  const diff = diffTexts(foldedOld, foldedNew);
  const changed = changedStretches(diff);
  const contextLength = contextOption ?? DEFAULT_CONTEXT_LENGTH;
  const all = annotations.map((annotation) => foldSelectors(annotation.target.selectors));
  // The edits of both texts, padded so that every quote with its context and edit budget that overlaps one lies
  // inside (a few very long quotes are searched in the whole text instead), cut out once for all annotations.
  const ratio = searchOptions.maxErrorRatio ?? DEFAULT_MAX_ERROR_RATIO;
  let pad = 0;
  let budget = 0;
  for (const { quote } of all) {
    const m = quote.exact.length;
    if (m > MAX_PADDED_QUOTE) continue;
    pad = Math.max(pad, m + Math.max(Math.floor(m * ratio), quote.prefix.length + quote.suffix.length));
    budget = Math.max(budget, Math.floor(m * ratio));
  }
  let edits: { old: ChangedText; new: ChangedText } | null = null;
  const editsOf = (): { old: ChangedText; new: ChangedText } => {
    edits ??= { old: changedText(foldedOld, changed.old, pad, budget + 1), new: changedText(foldedNew, changed.new, pad, budget + 1) };
    return edits;
  };
  return annotations.map((annotation, index) => {
    const selectors = all[index];
    const { quote, position } = selectors;
    const start = position.start;
    const end = start + quote.exact.length;
    const describesOldText =
      quote.exact.length > 0 &&
      foldedOld.startsWith(quote.exact, start) &&
      foldedOld.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix &&
      foldedOld.slice(end, end + quote.suffix.length) === quote.suffix;
    if (describesOldText) {
      const segment = segmentContaining(diff, start - quote.prefix.length, end + quote.suffix.length);
      const passage = quote.prefix + quote.exact + quote.suffix;
      if (segment !== null && !newlyRepeated(passage, foldedOld, foldedNew, changed, pad >= passage.length ? editsOf() : null)) {
        const newStart = segment.newStart + (start - segment.oldStart);
        const newEnd = newStart + quote.exact.length;
        return {
          annotationId: annotation.id,
          start: newStart,
          end: newEnd,
          state: 'anchored',
          confidence: 1,
          selectors: describeSpan(newText, newStart, newEnd, contextLength),
          viaDiff: true,
        };
      }
    }
    const hint = describesOldText ? mapOffset(diff, start) : start;
    // Only when the old place is known: a candidate the diff carried over from any other old text is another sentence.
    const isOtherOldText = describesOldText
      ? (from: number, to: number): boolean => {
          const segment = segmentContainingNew(diff, from, to);
          if (segment === null) return false;
          const oldFrom = segment.oldStart + (from - segment.newStart);
          return oldFrom + (to - from) <= start || oldFrom >= end;
        }
      : undefined;
    const elsewhere = describesOldText ? editsOf().new : undefined;
    const result = reanchorFolded(selectors, foldedNew, { ...searchOptions, hint, isOtherOldText, elsewhere });
    return {
      annotationId: annotation.id,
      ...result,
      selectors: result.state === 'orphaned' ? null : describeSpan(newText, result.start, result.end, contextLength),
      viaDiff: false,
    };
  });
}

/**
 * The annotation as it stands after re-anchoring onto revision `revisionId`: anchored and moved spans take the new
 * selectors and revision (a moved one keeps `state: 'moved'` until the user confirms it); an orphaned one keeps its
 * old selectors and revision, so that it can be found again later from the text they describe. `modified` is left
 * alone: re-anchoring is not an edit by a person, and is recorded as a history entry instead.
 */
export function applyReanchor(annotation: Annotation, outcome: ReanchorOutcome, revisionId: number): Annotation {
  if (outcome.selectors === null) {
    return { ...annotation, anchor: { state: 'orphaned', confidence: outcome.confidence } };
  }
  return {
    ...annotation,
    revisionId,
    target: { ...annotation.target, selectors: outcome.selectors },
    anchor: { state: outcome.state, confidence: outcome.confidence },
  };
}

/** The changed stretches of a diff, on both sides: the gaps between unchanged segments (empty where text was deleted). */
interface ChangedStretches {
  old: [number, number][];
  new: [number, number][];
}

function changedStretches(diff: TextDiff): ChangedStretches {
  const stretches: ChangedStretches = { old: [], new: [] };
  let oldCursor = 0;
  let newCursor = 0;
  const add = (oldEnd: number, newEnd: number): void => {
    if (oldEnd > oldCursor || newEnd > newCursor) {
      stretches.old.push([oldCursor, oldEnd]);
      stretches.new.push([newCursor, newEnd]);
    }
  };
  for (const segment of diff.segments) {
    add(segment.oldStart, segment.newStart);
    oldCursor = segment.oldStart + segment.length;
    newCursor = segment.newStart + segment.length;
  }
  add(diff.oldLength, diff.newLength);
  return stretches;
}

// Quotes longer than this (whole sections) do not widen the padding of the edits for everyone.
const MAX_PADDED_QUOTE = 2048;

/**
 * True when the edit added a copy of `passage`. Copies that lie wholly in unchanged text were there before, so only
 * the text around the changed stretches is searched, in both revisions, and the counts compared: in the padded edits
 * cut out once (`edits`, when their pad covers the passage), else stretch by stretch.
 */
function newlyRepeated(
  passage: string,
  oldText: string,
  newText: string,
  changed: ChangedStretches,
  edits: { old: ChangedText; new: ChangedText } | null,
): boolean {
  if (edits !== null) return occurrencesIn(edits.new, passage).length > occurrencesIn(edits.old, passage).length;
  const count = (text: string, gaps: [number, number][]): number => {
    const found = new Set<number>();
    for (const [gapStart, gapEnd] of gaps) {
      const from = Math.max(0, gapStart - passage.length + 1);
      const around = text.slice(from, Math.min(text.length, gapEnd + passage.length - 1));
      for (let i = around.indexOf(passage); i !== -1; i = around.indexOf(passage, i + 1)) found.add(from + i);
    }
    return found.size;
  };
  return count(newText, changed.new) > count(oldText, changed.old);
}
