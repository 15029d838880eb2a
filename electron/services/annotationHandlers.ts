/** The annotation and claim channels (`shared/ipc/annotationContract.ts`) over the services. */
import type { annotationContract } from '../../shared/ipc/annotationContract';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import type { Body } from '../../shared/model/annotation';
import { exportAnnotationReport, type RenderPdf } from './annotationReports';
import type { GlossaServices } from './services';

/** What the door supplies for reports: how HTML becomes PDF (Electron's printToPDF, or Chromium in the CLI). */
export interface AnnotationHandlerDeps {
  renderPdf?: RenderPdf;
}

/** Every annotation channel; a channel missing here is a compile error. */
export function createAnnotationHandlers(services: GlossaServices, deps: AnnotationHandlerDeps = {}): ChannelHandlers<keyof typeof annotationContract> {
  const { annotations } = services;
  return {
    'annotations.list': async ({ articleId }) => annotations.list(articleId),
    'annotations.outline': async ({ articleId }) => annotations.outline(articleId),
    'annotations.revision': async ({ articleId }) => ({ revisionId: annotations.currentRevisionId(articleId) }),
    'annotations.anchorKeys': async ({ articleId }) => annotations.anchorKeys(articleId),
    'annotations.some': async ({ articleId, ids }) => annotations.some(articleId, ids),
    // Bodies were validated against the contract's body schema; the zod output type widens optional fields only.
    'annotations.create': async (input) => annotations.create({ ...input, bodies: input.bodies as Body[] | undefined }),
    'annotations.update': async (input) => annotations.update({ ...input, bodies: input.bodies as Body[] | undefined }),
    'annotations.delete': async ({ id, actor }) => annotations.delete(id, actor),
    'annotations.restore': async ({ id, actor }) => annotations.restore(id, actor),
    'annotations.history': async ({ id }) => annotations.history(id),
    'annotations.confirm': async ({ id, actor }) => annotations.confirm(id, actor),
    'annotations.reattach': async (input) => annotations.reattach(input),
    'annotations.addSnapshot': async (input) => annotations.addSnapshot(input),
    'annotations.snapshot': async ({ id, sha256 }) => annotations.snapshot(id, sha256),
    'tags.list': async () => annotations.tags(),
    'tags.rename': async ({ from, to, actor }) => ({ changed: annotations.renameTag(from, to, actor) }),
    'tags.merge': async ({ from, into, actor }) => ({ changed: annotations.mergeTags(from, into, actor) }),
    'tags.setColour': async ({ name, colour }) => annotations.setTagColour(name, colour),
    'claims.suggest': async ({ articleId }) => annotations.suggest(articleId),
    'claims.verdictScale': async () => ({ defaultVerdict: annotations.verdictScale.defaultVerdict, verdicts: [...annotations.verdictScale.verdicts] }),
    'annotations.exportReport': async ({ id, format }) => {
      const report = await exportAnnotationReport(services, id, format, { renderPdf: deps.renderPdf });
      const binary = format === 'report-pdf';
      return {
        fileName: report.fileName,
        mediaType: report.mediaType,
        content: binary ? Buffer.from(report.bytes).toString('base64') : Buffer.from(report.bytes).toString('utf8'),
        encoding: binary ? 'base64' : 'utf8',
      };
    },
    'annotations.import': async ({ articleId, json }) => {
      const { imported, anchored, moved, orphaned, reanchored } = annotations.importJsonLd(articleId, json);
      return { imported, anchored, moved, orphaned, reanchored };
    },
  };
}
