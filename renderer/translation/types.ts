/**
 * The translation view's data, named once from the contract so components do not repeat `ChannelOutput<...>`.
 */
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';

/** The whole workspace of an article as the service sends it after every change. */
export type Workspace = ChannelOutput<'translation.workspace'>;

/** One pair of the workspace. */
export type WorkspacePair = Workspace['pairs'][number];

/** An alignment edit, as `translation.edit` takes it. */
export type AlignmentEdit = ChannelInput<'translation.edit'>['edit'];

/** Where the English comes from. */
export type EnglishSource = ChannelInput<'translation.attachEnglish'>['source'];

/** A translation-check finding. */
export type CheckFinding = ChannelOutput<'translation.checks'>[number];

/** A wiki-link review finding. */
export type LinkFinding = ChannelOutput<'translation.linkReview'>[number];

/** A glossary entry. */
export type GlossaryEntry = ChannelOutput<'glossary.list'>[number];

/** The export formats of the translation, with the label each button shows. */
export const TRANSLATION_EXPORTS = [
  { format: 'tmx', label: 'TMX' },
  { format: 'xliff', label: 'XLIFF 2.1' },
  { format: 'xliff12', label: 'XLIFF 1.2' },
  { format: 'tbx', label: 'TBX' },
  { format: 'bilingual-html', label: 'Bilingual HTML' },
  { format: 'docx', label: 'Bilingual DOCX' },
  { format: 'tsv', label: 'TSV' },
] as const satisfies readonly { format: ChannelInput<'translation.export'>['format']; label: string }[];
