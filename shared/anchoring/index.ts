/**
 * Anchoring: selectors (quote + position) over a revision's canonical text, and finding them again in a new revision.
 * One entry point so that services and the renderer import the same functions the same way.
 */
export { DEFAULT_CONTEXT_LENGTH, describeSpan } from './describeSpan';
export {
  AMBIGUITY_MARGIN,
  ANCHORED_MIN,
  CHANGED_QUOTE_MAX,
  DEFAULT_MAX_ERROR_RATIO,
  MOVED_MIN,
  SIDE_TOLERANCE,
  quoteInformation,
  reanchor,
  reanchorFolded,
  type AnchorResult,
  type ReanchorOptions,
} from './reanchor';
export { applyReanchor, reanchorAll, type ReanchorAllOptions, type ReanchorOutcome } from './reanchorAll';
export { reanchorAnnotations } from './reanchorAnnotations';
export { anchoringKey } from './anchorKey';
export { searchApproximate, type ApproximateMatch, type ApproximateSearchOptions } from './approximateSearch';
export {
  diffTexts,
  mapOffset,
  segmentContaining,
  segmentContainingNew,
  type TextDiff,
  type UnchangedSegment,
} from './textDiff';
export { foldForMatching, foldSelectors } from './matchFold';
