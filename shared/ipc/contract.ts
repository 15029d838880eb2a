/**
 * The one IPC contract: every channel between the renderer and the services, with its input and output schema.
 * Electron's main process and the preview host validate every input against it at runtime; the preload exposes exactly
 * these channels as `window.glossa`; `electron/services/handlers.ts` must implement every channel (a missing handler
 * is a compile error). Add a capability by adding a channel here first.
 */
import './zodConfig';
import { z } from 'zod';
import { annotationContract } from './annotationContract';
import { translationContract } from './translationContract';
import type { PackedNode } from './packedDoc';

const id = z.number().int().positive();

const docJson: z.ZodType<import('../model/article').DocJSON> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docJson).optional(),
    marks: z.array(z.object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);

export const articleSummary = z.object({
  id,
  title: z.string(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  /** The day it was written on in its own zone when not `published`'s UTC day; relative dates count from it. */
  publishedDay: z.string().nullable().optional(),
  source: z.string().nullable(),
  lang: z.string(),
  wikiLinks: z.number().int(),
  wikiTargets: z.number().int(),
  revisionId: id,
  revisions: z.number().int(),
  importedAt: z.string(),
});

export const entityCount = z.object({ lang: z.string(), target: z.string(), count: z.number().int(), variants: z.array(z.string()).optional() });

/** An article found by a full-text search (`ArticleSearchHit`). */
export const articleSearchHit = z.object({
  id: z.number().int(),
  revisionId: z.number().int(),
  title: z.string(),
  published: z.string().nullable(),
  count: z.number().int(),
  matches: z.array(z.object({ start: z.number().int(), end: z.number().int(), before: z.string(), match: z.string(), after: z.string() })),
});

export const wikiLinkOccurrence = z.object({
  start: z.number().int(),
  end: z.number().int(),
  lang: z.string(),
  target: z.string(),
});

export const revisionInfo = z.object({
  id,
  createdAt: z.string(),
  kind: z.enum(['import', 'edit']),
  contentHash: z.string(),
});

export const articleDetail = z.object({
  summary: articleSummary,
  revision: revisionInfo,
  revisions: z.array(revisionInfo),
  doc: docJson,
  text: z.string(),
  wikiLinks: z.array(wikiLinkOccurrence),
  entities: z.array(entityCount),
  warnings: z.array(z.string()),
});

export const importFile = z.object({
  name: z.string().min(1).max(1024),
  /** File bytes, base64-encoded (drag and drop and file pickers in the renderer, where no path is known). */
  dataBase64: z.string(),
});

export const importResult = z.object({
  file: z.string(),
  status: z.enum(['imported', 'unchanged', 'revised', 'failed']),
  articleId: id.nullable(),
  title: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  warnings: z.array(z.string()),
});

export const importJob = z.object({
  jobId: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  current: z.string().nullable(),
  state: z.enum(['running', 'finished', 'cancelled']),
  results: z.array(importResult),
});

export const exportFormat = z.enum(['md', 'html', 'json']);

/** Channel name -> input and output schemas: the article channels here, each later capability's from its own file. */
export const contract = {
  ...annotationContract,
  ...translationContract,
  'articles.list': {
    input: z.object({
      query: z.string().max(500).optional(),
      sort: z.enum(['title', 'published', 'importedAt', 'wikiLinks', 'author']).optional(),
      direction: z.enum(['asc', 'desc']).optional(),
    }),
    output: z.array(articleSummary),
  },
  /** Full-text search of the library (titles and current texts), most occurrences first, with context. */
  'articles.search': {
    input: z.object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(1000).optional() }),
    output: z.array(articleSearchHit),
  },
  'articles.get': {
    input: z.object({ id, revisionId: id.optional() }),
    output: articleDetail,
  },
  /**
   * What the reader opens: `articles.get` without the canonical text and the wiki-link list, which the reader does
   * not use (it counts entities from the service's `entities`); for a 1 MB article that is 40% of the answer.
   */
  'articles.open': {
    input: z.object({ id, revisionId: id.optional() }),
    output: articleDetail.omit({ text: true, wikiLinks: true }),
  },
  /**
   * `articles.open` with the document packed (`packed`, see `packedDoc.ts`), or, for a document the packed form
   * cannot say exactly, as the JSON text it is stored as (`docJson`); the renderer's `api` turns either back into
   * `doc` and asks this channel whenever it calls `articles.open`. A long article's answer is a quarter of the JSON's
   * length and parses several times faster, and the host no longer encodes the document tree as JSON.
   */
  'articles.openRaw': {
    input: z.object({ id, revisionId: id.optional() }),
    output: articleDetail.omit({ text: true, wikiLinks: true, doc: true }).extend({
      packed: z
        .object({
          marks: z.array(z.array(z.object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() }))),
          doc: z.custom<PackedNode>((value) => typeof value === 'string' || Array.isArray(value)),
        })
        .optional(),
      docJson: z.string().optional(),
    }),
  },
  /** Saves an edited document as a new revision; the base revision guards against overwriting someone else's edit. */
  'articles.saveEdit': {
    input: z.object({ id, baseRevisionId: id, doc: docJson }),
    output: z.object({ revisionId: id, unchanged: z.boolean() }),
  },
  'articles.export': {
    input: z.object({ id, revisionId: id.optional(), format: exportFormat }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), content: z.string() }),
  },
  /** Starts an import of paths (files or folders, recursively) and/or uploaded files; poll `import.status`. */
  'import.start': {
    input: z
      .object({
        paths: z.array(z.string().min(1).max(4096)).max(10_000).optional(),
        files: z.array(importFile).max(10_000).optional(),
      })
      .refine((v) => (v.paths?.length ?? 0) + (v.files?.length ?? 0) > 0, { message: 'Nothing to import: give at least one path or file.' }),
    output: importJob,
  },
  'import.status': { input: z.object({ jobId: z.string().min(1) }), output: importJob },
  /** Cancels between articles: an article is imported whole (one transaction) or not at all. */
  'import.cancel': { input: z.object({ jobId: z.string().min(1) }), output: importJob },
  /** Native file or folder picker; the preview host has none and answers `supported: false`. */
  'dialog.pickImportPaths': {
    input: z.object({ folders: z.boolean() }),
    output: z.object({ supported: z.boolean(), paths: z.array(z.string()) }),
  },
  /**
   * Fetches an image an article names, when the reader asks ("Load image"): the service fetches it and answers with
   * a data: URL, so the page itself never reaches another host. Refused: non-http(s) addresses, non-images, huge files.
   */
  'media.fetchImage': {
    input: z.object({ url: z.string().min(1).max(8192) }),
    output: z.object({ dataUrl: z.string(), mediaType: z.string(), bytes: z.number().int().nonnegative() }),
  },
  /** Opens an https URL in the system browser, never inside the app. */
  'shell.openExternal': {
    input: z.object({ url: z.string().min(1).max(8192) }),
    output: z.object({ opened: z.boolean() }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** Some channels as async functions: what one area's handler factory implements. */
export type ChannelHandlers<K extends Channel> = { [C in K]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> };

/** Every channel as an async function: what the services implement and what `window.glossa` offers. */
export type GlossaApi = ChannelHandlers<Channel>;

/** The channel names, for the preload (which must not bundle the schemas) and for registration loops. */
export const channels = Object.keys(contract) as Channel[];
