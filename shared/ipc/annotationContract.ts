/**
 * Channels of annotations and fact-check claims (issue 3). Merged into the one contract in `contract.ts`.
 * Owned by the annotations work; add channels here, never in contract.ts.
 *
 * Offsets are UTF-16 code units of the revision's canonical text (`shared/text/canonical.ts`), end exclusive.
 * Records are `shared/model/annotation.ts` `Annotation`s; the schemas below describe exactly that shape so the
 * renderer gets typed records without importing zod at run time.
 */
import './zodConfig';
import { z } from 'zod';
import {
  CLAIM_STATUSES,
  MOTIVATIONS,
  TEXT_BODY_PURPOSES,
  validateSourceUrl,
  type Annotation,
  type AnnotationHistoryEntry,
} from '../model/annotation';
import type { Quantity } from '../model/quantity';
import type { OutlineRow } from './annotationOutline';

const articleId = z.number().int().positive();
const revisionId = z.number().int().positive();
const offset = z.number().int().min(0);
/** A lower-case UUID, the only form annotation ids take. */
const annotationId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const shortText = z.string().max(2_000);
const longText = z.string().max(100_000);
/** A link that `validateSourceUrl` accepts (http(s), no credentials); a refusal says what that rule says. */
const httpUrl = z.string().superRefine((s, ctx) => {
  const check = validateSourceUrl(s);
  if (!check.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: check.message });
});

/** W3C motivations (`MOTIVATIONS` in the model). */
export const motivationSchema = z.enum(MOTIVATIONS);

/** Anchor states and their confidence (`AnchorStatus`). */
export const anchorStatusSchema = z.object({ state: z.enum(['anchored', 'moved', 'orphaned']), confidence: z.number().min(0).max(1) });

/** Quote and position selectors of a span (`SpanSelectors`). */
export const spanSelectorsSchema = z.object({
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  position: z.object({ start: offset, end: offset }),
});

/**
 * One body: a textual note / tag / question / assessment, a link to another annotation, or the second span of a
 * two-span link (whose selectors the service writes; sent back unchanged, it is kept).
 */
export const bodySchema = z.union([
  z.object({
    type: z.literal('TextualBody'),
    value: longText,
    purpose: z.enum(TEXT_BODY_PURPOSES),
    format: z.enum(['text/plain', 'text/markdown']).optional(),
    language: z.string().min(1).max(35).optional(),
  }),
  z.object({ type: z.literal('SpecificResource'), purpose: z.literal('linking'), selectors: spanSelectorsSchema, anchor: anchorStatusSchema }),
  z.object({ type: z.literal('SpecificResource'), purpose: z.literal('linking'), source: annotationId }),
]);

/**
 * A normalised quantity (`shared/model/quantity.ts`); also the shape of a suggestion. The one definition: the Web
 * Annotation import reads claim values with it too.
 */
export const quantitySchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  kind: z.enum(['money', 'count', 'percent', 'date', 'number', 'statement']),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  currency: z.string().nullable(),
  unit: z.string().nullable(),
  per: z.enum(['day', 'week', 'month', 'year']).nullable(),
  approx: z.enum(['atLeast', 'atMost', 'moreThan', 'lessThan', 'about', 'range']).nullable(),
  date: z.string().nullable(),
}) satisfies z.ZodType<Quantity>;

/** A source as the renderer sends it: `id` is optional (new sources get one); the URL is checked by the service. */
export const sourceInputSchema = z.object({
  id: z.string().max(100).optional(),
  url: z.string().max(8192),
  title: shortText.optional(),
  publisher: shortText.optional(),
  date: z.string().max(40).optional(),
  quote: longText.optional(),
  credibility: z.number().int().min(1).max(5).nullable().optional(),
  archiveUrl: z.string().max(8192).optional(),
});

/** A stored snapshot of a source (`SourceSnapshot`): its file name, SHA-256, media type and size. */
export const snapshotSchema = z.strictObject({
  fileName: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256'),
  mediaType: z.string().min(1),
  size: z.number().int().nonnegative().optional(),
});

/** A stored claim source (`ClaimSource`): links are http(s) only, wherever the record comes from. */
export const sourceSchema = z.strictObject({
  id: z.string().min(1),
  url: httpUrl,
  title: z.string(),
  publisher: z.string(),
  date: z.string(),
  quote: z.string(),
  credibility: z.number().int().min(1).max(5).nullable(),
  archiveUrl: z.union([z.literal(''), httpUrl]),
  snapshot: snapshotSchema.optional(),
});

const claimStatus = z.enum(CLAIM_STATUSES);

/** A claim's details (`ClaimDetails`), as stored, exchanged over IPC and read back from a JSON-LD export. */
export const claimSchema = z.strictObject({
  statedText: z.string(),
  english: z.string().nullable(),
  attributedTo: z.string().nullable(),
  value: quantitySchema.nullable(),
  verdict: z.string().min(1),
  rationale: z.string(),
  status: claimStatus,
  reviewer: z.string().nullable(),
  sources: z.array(sourceSchema),
});

/** The claim fields a checker may change; every field optional (absent = unchanged, null = cleared). */
export const claimPatchSchema = z.object({
  english: shortText.nullable().optional(),
  attributedTo: shortText.nullable().optional(),
  value: quantitySchema.nullable().optional(),
  verdict: z.string().min(1).max(100).optional(),
  rationale: longText.optional(),
  status: claimStatus.optional(),
  reviewer: shortText.nullable().optional(),
  /** The whole list of sources, replacing the stored one (keep ids to keep snapshots). */
  sources: z.array(sourceInputSchema).max(500).optional(),
});

/** An annotation record (`Annotation`). */
export const annotationSchema: z.ZodType<Annotation> = z.object({
  id: z.string(),
  articleId: z.number().int(),
  revisionId: z.number().int(),
  motivation: motivationSchema,
  bodies: z.array(bodySchema),
  creator: z.string(),
  created: z.string(),
  modified: z.string(),
  target: z.object({ selectors: spanSelectorsSchema }),
  anchor: anchorStatusSchema,
  claim: claimSchema.optional(),
});

/** One row of `annotations.outline` (`OutlineRow` in `annotationOutline.ts`). */
export const outlineRowSchema: z.ZodType<OutlineRow> = z.tuple([
  z.string(),
  motivationSchema,
  offset,
  offset,
  z.string(),
  anchorStatusSchema.shape.state,
  z.number().min(0).max(1),
  z.string(),
  z.union([z.literal(0), z.tuple([z.string(), claimStatus, quantitySchema.nullable()])]),
  z.union([z.literal(0), z.array(bodySchema)]),
]);

/** One history step (`AnnotationHistoryEntry`): whole before/after snapshots. */
export const historyEntrySchema: z.ZodType<AnnotationHistoryEntry> = z.object({
  annotationId: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(['created', 'edited', 'reanchored', 'confirmed', 'deleted', 'restored']),
  before: annotationSchema.nullable(),
  after: annotationSchema.nullable(),
});

/** A tag with its colour and how many live annotations carry it. */
export const tagSchema = z.object({ name: z.string(), colour: z.string().nullable(), count: z.number().int() });

/** One suggestion (`toSuggestionJSON`): a check-worthy span of the current revision, shaped as a quantity. */
export const suggestionSchema = quantitySchema;

/** Report and interchange formats of `annotations.exportReport` (and `glossa export --format`). */
export const reportFormat = z.enum(['report-html', 'report-pdf', 'report-md', 'claims-csv', 'jsonld', 'claimreview']);

const tagName = z.string().trim().min(1).max(200);
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const actor = z.string().trim().min(1).max(200).optional();

/** Channel name -> input and output schemas. */
export const annotationContract = {
  /**
   * The annotations of an article (deleted ones excluded), in document order, with the revision their selectors
   * refer to (the article's current revision: annotations are re-anchored whenever a revision is added).
   */
  'annotations.list': {
    input: z.object({ articleId }),
    output: z.object({ revisionId, annotations: z.array(annotationSchema) }),
  },
  /**
   * `annotations.list` for opening an article: each live annotation as one short row (`annotationOutline.ts`) with
   * what the side panel lists and filters and the editor draws, without quote context, creators or claim details:
   * a third of the size, parsed several times faster. The page unpacks the rows into records marked as outlines and
   * fetches a whole record (`annotations.some`) before showing it in detail.
   */
  'annotations.outline': {
    input: z.object({ articleId }),
    output: z.object({
      revisionId,
      rows: z.array(outlineRowSchema),
    }),
  },
  /**
   * The article's current revision, cheaply: the panel asks this to learn that a revision was added behind its back
   * (an edit saved, a changed file re-imported) and only then fetches the re-anchored annotations.
   */
  'annotations.revision': {
    input: z.object({ articleId }),
    output: z.object({ revisionId }),
  },
  /**
   * A fingerprint (`anchoringKey`) of every live annotation: what a person sees of its anchoring. The panel compares
   * them with its records after a revision is added and fetches the list only when one differs.
   */
  'annotations.anchorKeys': {
    input: z.object({ articleId }),
    output: z.object({ revisionId, keys: z.array(z.object({ id: z.string(), key: z.string() })) }),
  },
  /**
   * The live annotations of an article among `ids` (unknown or deleted ones are left out), in document order, with the
   * revision they refer to: after a re-anchoring the panel fetches only the records whose fingerprint changed instead
   * of every record of a long article.
   */
  'annotations.some': {
    input: z.object({ articleId, ids: z.array(annotationId).min(1).max(20_000) }),
    output: z.object({ revisionId, annotations: z.array(annotationSchema) }),
  },
  /**
   * Annotates the span [start, end) of `revisionId` (must be the article's current revision). The service builds the
   * quote and position selectors; `assessing` gets claim details (statedText = the span, verdict unverified), with
   * `claim` fields applied on top (e.g. the suggestion's `value`). Returns the stored record: one round trip.
   * `tags` become `tagging` bodies. `link` is the second span of a two-span link (motivation `linking`): the service
   * describes it in the same revision and stores it as a `SpecificResource` body.
   */
  'annotations.create': {
    input: z.object({
      articleId,
      revisionId,
      start: offset,
      end: offset,
      link: z.object({ start: offset, end: offset }).optional(),
      motivation: motivationSchema,
      bodies: z.array(bodySchema).max(200).optional(),
      tags: z.array(tagName).max(100).optional(),
      claim: claimPatchSchema.optional(),
      creator: actor,
    }),
    output: annotationSchema,
  },
  /**
   * Changes an annotation: `bodies` replaces the non-tag bodies, `tags` replaces the tags, `claim` patches the claim
   * (turning the annotation into a claim if it was not one). `actor` is recorded in the history.
   */
  'annotations.update': {
    input: z.object({
      id: annotationId,
      bodies: z.array(bodySchema).max(200).optional(),
      tags: z.array(tagName).max(100).optional(),
      motivation: motivationSchema.optional(),
      claim: claimPatchSchema.optional(),
      actor,
    }),
    output: annotationSchema,
  },
  /** Soft delete: the annotation disappears from lists but its history (with the last state) stays. */
  'annotations.delete': {
    input: z.object({ id: annotationId, actor }),
    output: z.object({ id: z.string(), deleted: z.boolean() }),
  },
  /** Brings a deleted annotation back (history action `restored`). */
  'annotations.restore': {
    input: z.object({ id: annotationId, actor }),
    output: annotationSchema,
  },
  /** Every step of one annotation's history, oldest first (deleted annotations too). */
  'annotations.history': {
    input: z.object({ id: annotationId }),
    output: z.array(historyEntrySchema),
  },
  /** Accepts a `moved` anchor where it is: state becomes `anchored`, confidence 1 (history action `confirmed`). */
  'annotations.confirm': {
    input: z.object({ id: annotationId, actor }),
    output: annotationSchema,
  },
  /**
   * Re-attaches an annotation (typically orphaned) to a new span of the current revision; keeps id and history.
   * `which: 'link'` re-attaches the second span of a two-span link instead.
   */
  'annotations.reattach': {
    input: z.object({ id: annotationId, revisionId, start: offset, end: offset, which: z.enum(['target', 'link']).optional(), actor }),
    output: annotationSchema,
  },
  /**
   * Stores a local copy (saved PDF/HTML) of one claim source, with its SHA-256; returns the updated annotation.
   * Bytes are base64 (at most ~50 MB).
   */
  'annotations.addSnapshot': {
    input: z.object({
      id: annotationId,
      sourceId: z.string().min(1).max(100),
      fileName: z.string().trim().min(1).max(1024),
      mediaType: z.string().min(1).max(200),
      dataBase64: z.string().max(70_000_000),
      actor,
    }),
    output: annotationSchema,
  },
  /** A stored snapshot of one of the annotation's claim sources, to open or save again (bytes base64). */
  'annotations.snapshot': {
    input: z.object({ id: annotationId, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), size: z.number().int(), dataBase64: z.string() }),
  },
  /** Every tag in use or with a colour, with counts of live annotations. */
  'tags.list': { input: z.object({}), output: z.array(tagSchema) },
  /** Renames a tag on every annotation (history `edited` on each); renaming onto an existing tag merges. */
  'tags.rename': {
    input: z.object({ from: tagName, to: tagName, actor }),
    output: z.object({ changed: z.number().int() }),
  },
  /** Merges several tags into one on every annotation (an annotation carrying two of them keeps one). */
  'tags.merge': {
    input: z.object({ from: z.array(tagName).min(1).max(100), into: tagName, actor }),
    output: z.object({ changed: z.number().int() }),
  },
  /** Sets (or, with null, clears) a tag's colour. */
  'tags.setColour': {
    input: z.object({ name: tagName, colour: colour.nullable() }),
    output: tagSchema,
  },
  /** Check-worthy spans of the article's current revision (dates resolved against its published date). */
  'claims.suggest': {
    input: z.object({ articleId }),
    output: z.object({ revisionId, suggestions: z.array(suggestionSchema) }),
  },
  /** The verdict scale in use (ids, labels, ratings, colours), for pickers and highlight colours. */
  'claims.verdictScale': {
    input: z.object({}),
    output: z.object({
      defaultVerdict: z.string(),
      verdicts: z.array(
        z.object({ id: z.string(), label: z.string(), rating: z.number().nullable(), color: z.string(), description: z.string() }),
      ),
    }),
  },
  /**
   * An annotated report or interchange file of the article's current revision. `content` is UTF-8 text, except
   * `report-pdf`, whose bytes are base64 (`encoding` says which).
   */
  'annotations.exportReport': {
    input: z.object({ id: articleId, format: reportFormat }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), content: z.string(), encoding: z.enum(['utf8', 'base64']) }),
  },
  /** Imports W3C Web Annotation JSON-LD (text) into an article and re-anchors it against the current text. */
  'annotations.import': {
    input: z.object({ articleId, json: z.string().min(1).max(50_000_000) }),
    // reanchored: how many of the imported annotations were not where the file put them in this article's text.
    output: z.object({ imported: z.number().int(), anchored: z.number().int(), moved: z.number().int(), orphaned: z.number().int(), reanchored: z.number().int() }),
  },
} as const;
