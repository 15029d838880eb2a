/**
 * Every contract channel as a function over the services. The three doors (Electron IPC, preview HTTP, tests) call
 * these through `dispatch`, which validates input first; what differs per door (a native file dialog, opening the
 * system browser) comes in through `deps`.
 */
import type { ChannelOutput, GlossaApi } from '../../shared/ipc/contract';
import { GlossaError } from '../../shared/ipc/errors';
import type { DocJSON } from '../../shared/model/article';
import { decodeStoredDoc, packedOfStoredDoc } from '../../shared/model/storedDoc';
import { ArticleViewReader } from './articleView';
import { entitiesOfLinks } from './wikiLinkRows';
import { checkExternalUrl } from './externalUrl';
import { fetchImage, type FetchedImage } from './imageFetch';
import type { ImportJobSnapshot, ImportOutcome } from './importService';
import type { GlossaServices } from './services';
import { createAnnotationHandlers } from './annotationHandlers';
import type { RenderPdf } from './reportPdf';
import { createTranslationHandlers } from './translationHandlers';

/** What each door supplies. */
export interface HandlerDeps {
  /** A native picker for files or folders; doors without one answer `{ supported: false, paths: [] }`. */
  pickImportPaths(options: { folders: boolean }): Promise<{ supported: boolean; paths: string[] }>;
  /** Opens an already checked https URL in the system browser (or, in the preview host, records it). */
  openExternal(url: string): Promise<void>;
  /** How report HTML becomes PDF: Electron's printToPDF in the app; without it, Debian's Chromium (CLI, preview). */
  renderPdf?: RenderPdf;
  /** How an image the reader asked for is fetched; by default `fetchImage` (Node's fetch). */
  fetchImage?: (url: string) => Promise<FetchedImage>;
}

type ImportJob = ChannelOutput<'import.status'>;

function publicOutcome(outcome: ImportOutcome): ImportJob['results'][number] {
  return {
    file: outcome.file,
    status: outcome.status,
    articleId: outcome.articleId,
    title: outcome.title,
    error: outcome.error,
    warnings: outcome.warnings,
  };
}

function publicJob(job: ImportJobSnapshot): ImportJob {
  return { ...job, results: job.results.map(publicOutcome) };
}

/** The implementation of every channel; a channel missing here is a compile error (the type is `GlossaApi`). */
export function createHandlers(services: GlossaServices, deps: HandlerDeps): GlossaApi {
  const { articles, imports, edits, exports } = services;
  // Opening reads only what the reader shows (see articleView.ts).
  const views = new ArticleViewReader(services.db);
  const summaryOf = (id: number) => {
    const summary = articles.summary(id);
    if (!summary) throw new GlossaError('NOT_FOUND', `There is no article #${id}; reload the library.`);
    return summary;
  };
  const readArticle = (id: number, revisionId?: number) => {
    const summary = summaryOf(id);
    const revision = views.revisionOf(id, revisionId);
    const wikiLinks = views.wikiLinks(revision.id);
    const reader: ChannelOutput<'articles.open'> = {
      // The shown revision's own title, date and counts; `revisionId` stays the current one (the UI compares them).
      summary: { ...summary, ...revision.meta },
      revision: { id: revision.id, createdAt: revision.createdAt, kind: revision.kind, contentHash: revision.contentHash },
      revisions: articles.revisions(id),
      doc: revision.doc,
      entities: entitiesOfLinks(wikiLinks),
      warnings: revision.warnings,
    };
    return { reader, text: revision.text, wikiLinks };
  };
  // What the reader opens: the stored revision without its canonical text, entities from the stored targets.
  const readStored = (id: number, revisionId?: number) => {
    const summary = summaryOf(id);
    const revision = views.storedRevisionOf(id, revisionId);
    const reader: Omit<ChannelOutput<'articles.open'>, 'doc'> = {
      summary: { ...summary, ...revision.meta },
      revision: { id: revision.id, createdAt: revision.createdAt, kind: revision.kind, contentHash: revision.contentHash },
      revisions: articles.revisions(id),
      entities: views.entities(revision.id),
      warnings: revision.warnings,
    };
    return { reader, docJson: revision.docJson, text: revision.text };
  };
  return {
    ...createAnnotationHandlers(services, { renderPdf: deps.renderPdf }),
    ...createTranslationHandlers(services),
    'articles.list': async (input) => articles.list(input),
    'articles.search': async ({ query, limit }) => articles.searchText(query, limit),
    'articles.get': async ({ id, revisionId }) => {
      const { reader, text, wikiLinks } = readArticle(id, revisionId);
      return { ...reader, text, wikiLinks };
    },
    'articles.open': async ({ id, revisionId }) => {
      const { reader, docJson, text } = readStored(id, revisionId);
      return { ...reader, doc: decodeStoredDoc(docJson, text) };
    },
    'articles.openRaw': async ({ id, revisionId }) => {
      const { reader, docJson, text } = readStored(id, revisionId);
      const packed = packedOfStoredDoc(docJson, text);
      return packed ? { ...reader, packed } : { ...reader, docJson };
    },
    // `doc` was validated against the contract's document schema (its declared input type is unknown); the edit
    // service checks it against the ProseMirror schema as well.
    'articles.saveEdit': async ({ id, baseRevisionId, doc }) => edits.saveEdit(id, baseRevisionId, doc as DocJSON),
    'articles.export': async ({ id, revisionId, format }) => {
      const { fileName, mediaType, content } = exports.exportArticle(id, format, revisionId);
      return { fileName, mediaType, content };
    },
    'import.start': async ({ paths, files }) => publicJob(imports.start({ paths, files })),
    'import.status': async ({ jobId }) => publicJob(imports.status(jobId)),
    'import.cancel': async ({ jobId }) => publicJob(imports.cancel(jobId)),
    'dialog.pickImportPaths': async ({ folders }) => deps.pickImportPaths({ folders }),
    'media.fetchImage': async ({ url }) => (deps.fetchImage ?? fetchImage)(url),
    'shell.openExternal': async ({ url }) => {
      await deps.openExternal(checkExternalUrl(url));
      return { opened: true };
    },
  };
}
