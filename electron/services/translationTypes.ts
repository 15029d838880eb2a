/**
 * The workspace types as the contract defines them, so the service returns exactly what the channels send and a
 * change to the contract is a compile error here rather than a runtime validation failure.
 */
import type { z } from 'zod';
import type { alignmentEdit, carryReport, englishSource, zhHighlight, sentenceEdit, translationWorkspace, workspacePair } from '../../shared/ipc/translationContract';

/** The whole workspace of an article (`translation.workspace`). */
export type TranslationWorkspace = z.output<typeof translationWorkspace>;
/** One pair of the workspace. */
export type WorkspacePair = z.output<typeof workspacePair>;
/** An alignment edit (`translation.edit`). */
export type AlignmentEditInput = z.output<typeof alignmentEdit>;
/** A sentence split or merge (`translation.editSentence`). */
export type SentenceEditInput = z.output<typeof sentenceEdit>;
/** Where attached English comes from. */
export type EnglishSourceInput = z.output<typeof englishSource>;
/** What a carry-over moved and what it could not (`TranslationWorkspace.carry`). */
export type CarryReport = z.output<typeof carryReport>;
/** An annotation's span on the aligned Chinese revision (`TranslationWorkspace.zhHighlights`). */
export type ZhHighlight = z.output<typeof zhHighlight>;
