/**
 * Channels of the translation workspace (issue 4). Merged into the one contract in `contract.ts`.
 * Owned by the translation work; add channels here, never in contract.ts.
 *
 * Why these shapes: every channel that changes an alignment answers with the whole workspace, so the renderer never
 * has to patch its copy and a reload shows exactly what the database holds. Pairs are addressed by their index in the
 * workspace's `pairs` list (the order the UI shows them in); sentences by their index in `zhSentences`/`enSentences`.
 */
import './zodConfig';
import { z } from 'zod';
import { CHECK_KINDS } from '../model/translation';

const id = z.number().int().positive();
const index = z.number().int().min(0);

/** A sentence of one side: UTF-16 offsets into that side's canonical text (end exclusive) and the sentence text. */
export const sentenceSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const pairStatusSchema = z.enum(['auto', 'confirmed']);
export const segmentStatusSchema = z.enum(['new', 'draft', 'translated', 'reviewed', 'final']);

/** One aligned pair as the workspace shows it. */
export const workspacePair = z.object({
  /** Sentence indices of each side (contiguous, increasing; either may be empty). */
  zh: z.array(index),
  en: z.array(index),
  zhText: z.string(),
  enText: z.string(),
  /** Span of the pair in the Chinese canonical text (null when the pair has no Chinese), to place highlights. */
  zhStart: z.number().int().nullable(),
  zhEnd: z.number().int().nullable(),
  /** Span of the pair in the English side's canonical text (null when the pair has no English). */
  enStart: z.number().int().nullable(),
  enEnd: z.number().int().nullable(),
  confidence: z.number(),
  status: pairStatusSchema,
  /** The translator's own target for this pair (fresh translation), or null when none was typed. */
  target: z.string().nullable(),
  targetStatus: segmentStatusSchema,
  /** Claims and annotation notes on the pair's Chinese span (absent when there are none). */
  notes: z.array(z.object({ category: z.string(), text: z.string(), appliesTo: z.enum(['source', 'target']).optional() })).optional(),
});

/** One stored English side of an article (the current one and every earlier one kept as a revision). */
export const englishSideInfo = z.object({
  id,
  fileName: z.string().nullable(),
  kind: z.enum(['file', 'text', 'empty']),
  createdAt: z.string(),
  /** Characters of the English canonical text. */
  length: z.number().int(),
});

/**
 * What happened to a person's work when the alignment was moved onto changed sentences (the Chinese got a new
 * revision, or the English side was replaced): how many confirmed pairs were carried, which carried pairs had their
 * text edited (worth a second look), and every confirmed pair or typed target that could not be carried, with its
 * texts, so nothing is dropped silently.
 */
export const carryReport = z.object({
  /** Which side changed: `zh` (new Chinese revision), `en` (English replaced), or `both`. */
  side: z.enum(['zh', 'en', 'both']),
  at: z.string(),
  /** Confirmed pairs moved onto the new sentences. */
  carried: z.number().int(),
  /** Typed targets moved onto the new sentences. */
  targetsCarried: z.number().int(),
  /** Carried pairs whose text matched only fuzzily (edited sentences): index into `pairs` of the new workspace. */
  edited: z.array(z.object({ pair: index, zhText: z.string(), enText: z.string() })),
  /** Confirmed pairs and typed targets that could not be carried, with the old texts. */
  lost: z.array(
    z.object({
      reason: z.enum(['removed', 'changed', 'split']),
      zhText: z.string(),
      enText: z.string(),
      status: pairStatusSchema,
      target: z.string().nullable(),
      targetStatus: segmentStatusSchema.nullable(),
    }),
  ),
});

/**
 * An annotation on the Chinese the alignment was made on (canonical offsets of that revision), so the pair list can
 * draw claims and comments where the reader draws them; `label` is what hovering it says.
 */
export const zhHighlight = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  motivation: z.string(),
  label: z.string(),
});

/** The whole translation workspace of an article. `english` is null until English is attached. */
export const translationWorkspace = z.object({
  articleId: id,
  /** The Chinese revision the alignment was made on (the article's current revision when aligned). */
  zhRevisionId: id,
  /** True when the article has a newer revision than the one aligned: re-attach or `translation.realign` to update. */
  stale: z.boolean(),
  english: englishSideInfo.nullable(),
  /** Earlier English sides, newest first. */
  englishRevisions: z.array(englishSideInfo),
  zhText: z.string(),
  enText: z.string(),
  zhSentences: z.array(sentenceSchema),
  enSentences: z.array(sentenceSchema),
  pairs: z.array(workspacePair),
  /** How many edit operations `translation.undo` can still take back. */
  undoDepth: z.number().int(),
  updatedAt: z.string().nullable(),
  /** Annotations on the aligned Chinese revision (empty when the alignment is stale or nothing is annotated). */
  zhHighlights: z.array(zhHighlight),
  /** The last carry-over still in the undo history (null when there is none, or it was undone). */
  carry: carryReport.nullable(),
});

/** Where the English comes from: a file (bytes base64, Markdown or plain text), pasted text, or nothing yet. */
export const englishSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), name: z.string().min(1).max(1024), dataBase64: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string().max(10_000_000) }),
  z.object({ kind: z.literal('empty') }),
]);

const side = z.enum(['zh', 'en']);

/** An alignment edit; each is applied and saved at once, and can be undone. */
export const alignmentEdit = z.discriminatedUnion('op', [
  z.object({ op: z.literal('merge'), pair: index }),
  /** Split pair `pair` before its `zhAt`-th Chinese and `enAt`-th English sentence (counted inside the pair). */
  z.object({ op: z.literal('split'), pair: index, zhAt: index, enAt: index }),
  z.object({ op: z.literal('shift'), pair: index, side, direction: z.enum(['up', 'down']) }),
  z.object({ op: z.literal('insertGap'), pair: index, side, where: z.enum(['before', 'after']) }),
  z.object({ op: z.literal('confirm'), pair: index, status: pairStatusSchema.optional() }),
  /** Confirm every pair at once (the user checked the whole alignment). */
  z.object({ op: z.literal('confirmAll') }),
  /** Align again, keeping every confirmed pair. */
  z.object({ op: z.literal('realign') }),
]);

/** Split one sentence of a side at `offset` (UTF-16 offset inside the sentence), or merge it with the next one. */
export const sentenceEdit = z.discriminatedUnion('op', [
  z.object({ op: z.literal('splitSentence'), side, sentence: index, offset: z.number().int().min(1) }),
  z.object({ op: z.literal('mergeSentence'), side, sentence: index }),
]);

export const tmSuggestion = z.object({
  source: z.string(),
  target: z.string(),
  /** Fuzzy-match score in percent (100 = identical after normalisation). */
  score: z.number(),
  /** Where the unit comes from, as a person reads it: the article's current title, or the TMX file it was imported from. */
  origin: z.string().nullable(),
});

const span = z.object({ start: z.number().int(), end: z.number().int() });

export const concordanceHit = z.object({
  source: z.string(),
  target: z.string(),
  origin: z.string().nullable(),
  sourceSpans: z.array(span),
  targetSpans: z.array(span),
});

export const glossaryEntry = z.object({
  id,
  zh: z.string(),
  /** Empty for an entity seeded from a wiki-link whose English nobody has given yet. */
  en: z.string(),
  note: z.string().nullable(),
  source: z.enum(['wiki-link', 'user', 'import']),
});

export const checkFindingSchema = z.object({
  kind: z.enum(CHECK_KINDS),
  zh: z.string(),
  en: z.string(),
  detail: z.string(),
  /** Index into the workspace's `pairs`: the checks panel jumps there. */
  pairIndex: index,
  zhSpan: span.optional(),
  enSpan: span.optional(),
});

export const linkFixSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unlink'), start: z.number().int(), end: z.number().int() }),
  z.object({ kind: z.literal('extend'), start: z.number().int(), end: z.number().int(), target: z.string().min(1) }),
]);

export const linkFindingSchema = z.object({
  index,
  start: z.number().int(),
  end: z.number().int(),
  lang: z.string(),
  target: z.string(),
  text: z.string(),
  cut: z.enum(['start', 'end', 'both']),
  word: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
  detail: z.string(),
  fixes: z.array(linkFixSchema),
});

export const translationExportFormat = z.enum(['tmx', 'xliff', 'xliff12', 'tbx', 'bilingual-html', 'tsv', 'docx']);

const fileOut = z.object({ fileName: z.string(), mediaType: z.string(), content: z.string() });
const uploaded = z.object({ name: z.string().min(1).max(1024), dataBase64: z.string() });

export const translationContract = {
  /** The article's workspace (English side, sentences, pairs, targets); `english: null` before anything is attached. */
  'translation.workspace': { input: z.object({ id }), output: translationWorkspace },
  /** Attaches English (replacing the current side, which is kept as a revision), segments, aligns and saves. */
  'translation.attachEnglish': { input: z.object({ id, source: englishSource }), output: translationWorkspace },
  /** One alignment edit, saved at once. */
  'translation.edit': { input: z.object({ id, edit: alignmentEdit }), output: translationWorkspace },
  /** Takes back the last alignment or sentence edit (all the way back to the aligner's output). */
  'translation.undo': { input: z.object({ id }), output: translationWorkspace },
  /** Splits or merges a sentence of one side; the alignment is redone around it, confirmed pairs kept. */
  'translation.editSentence': { input: z.object({ id, edit: sentenceEdit }), output: translationWorkspace },
  /** Sets the translator's target text and status of a pair. */
  'translation.setTarget': {
    input: z.object({ id, pair: index, target: z.string().max(100_000), status: segmentStatusSchema }),
    output: translationWorkspace,
  },
  /** Translation-memory matches for a pair's Chinese (or any text), best first. */
  'translation.suggest': {
    input: z.object({ id: id.optional(), pair: index.optional(), text: z.string().max(10_000).optional(), minScore: z.number().min(0).max(100).optional(), limit: z.number().int().min(1).max(50).optional() }),
    output: z.array(tmSuggestion),
  },
  /** Where a term occurs in the memory (all confirmed pairs and imported units), with its places on each side. */
  'translation.concordance': {
    input: z.object({ term: z.string().min(1).max(500), side: z.enum(['source', 'target', 'both']).optional(), limit: z.number().int().min(1).max(500).optional() }),
    output: z.array(concordanceHit),
  },
  /** Translation checks over the article's pairs (target if typed, else the English side). */
  'translation.checks': { input: z.object({ id }), output: z.array(checkFindingSchema) },
  /** Wiki-links of the current revision whose boundaries cut a word. */
  'translation.linkReview': { input: z.object({ id }), output: z.array(linkFindingSchema) },
  /** Applies one link fix as a new article revision (CONFLICT if `baseRevisionId` is not current). */
  'translation.applyLinkFix': {
    input: z.object({ id, baseRevisionId: id, fix: linkFixSchema }),
    output: z.object({ revisionId: id, unchanged: z.boolean() }),
  },
  /** An export of the article's translation; DOCX bytes come base64 (`encoding` says which, absent means text). */
  'translation.export': { input: z.object({ id, format: translationExportFormat }), output: fileOut.extend({ encoding: z.enum(['utf8', 'base64']).optional() }) },
  /** Imports a TMX file's units into the translation memory. */
  'memory.importTmx': { input: uploaded, output: z.object({ added: z.number().int(), skipped: z.number().int() }) },
  'glossary.list': { input: z.object({ query: z.string().max(200).optional() }), output: z.array(glossaryEntry) },
  'glossary.add': {
    input: z.object({ zh: z.string().min(1).max(200), en: z.string().max(500), note: z.string().max(2000).optional() }),
    output: glossaryEntry,
  },
  /** Gives an entry its English (e.g. a seeded wiki-link entity) or changes its note. */
  'glossary.update': {
    input: z.object({ id, en: z.string().max(500), note: z.string().max(2000).nullable().optional() }),
    output: glossaryEntry,
  },
  'glossary.remove': { input: z.object({ id }), output: z.object({ removed: z.boolean() }) },
  /** Imports TBX or CSV (by file name extension). */
  'glossary.import': { input: uploaded, output: z.object({ added: z.number().int(), skipped: z.number().int() }) },
  'glossary.export': { input: z.object({ format: z.enum(['tbx', 'csv']) }), output: fileOut },
  /** Adds every wiki-link entity of the article that is not in the glossary yet (English left empty). */
  'glossary.seedFromArticle': { input: z.object({ id }), output: z.object({ added: z.number().int() }) },
} as const;
