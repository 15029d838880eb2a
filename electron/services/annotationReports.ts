/**
 * Reports and interchange files of an article's annotations: the annotated HTML, PDF (from that HTML) and Markdown
 * reports, the claims CSV, W3C Web Annotation JSON-LD and schema.org ClaimReview JSON-LD. Data comes from the
 * services; the writing is done by the pure writers in `shared/export`. The CLI, the IPC channel and tests call this.
 */
import { ratingRange, verdictRating, findVerdict, type VerdictScale } from '../../shared/claims/verdicts';
import { claimReviews, type ClaimRatingScale, type ClaimReviewer, type SchemaClaimReview } from '../../shared/export/claimReview';
import { claimsCsv } from '../../shared/export/claimsCsv';
import { reportHtml } from '../../shared/export/reportHtml';
import { reportMarkdown } from '../../shared/export/reportMarkdown';
import { exportWebAnnotations } from '../../shared/export/webAnnotation';
import { GlossaError } from '../../shared/ipc/errors';
import type { Annotation } from '../../shared/model/annotation';
import type { RevisionRecord } from './articleRepository';
import { editBom, hasBom } from './exportService';
import { renderPdfWithChromium, type RenderPdf } from './reportPdf';
import type { GlossaServices } from './services';

export type { RenderPdf } from './reportPdf';

/** The formats of `exportAnnotationReport`. */
export const REPORT_FORMATS = ['report-html', 'report-pdf', 'report-md', 'claims-csv', 'jsonld', 'claimreview'] as const;
/** One report or interchange format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const MEDIA: Record<ReportFormat, { ext: string; mediaType: string }> = {
  'report-html': { ext: 'report.html', mediaType: 'text/html; charset=utf-8' },
  'report-pdf': { ext: 'report.pdf', mediaType: 'application/pdf' },
  'report-md': { ext: 'report.md', mediaType: 'text/markdown; charset=utf-8' },
  'claims-csv': { ext: 'claims.csv', mediaType: 'text/csv; charset=utf-8' },
  jsonld: { ext: 'annotations.jsonld', mediaType: 'application/ld+json' },
  claimreview: { ext: 'claimreview.jsonld', mediaType: 'application/ld+json' },
};

/** A finished export. */
export interface AnnotationReport {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** Options of a report. */
export interface ReportOptions {
  /** HTML -> PDF (default: Debian's Chromium via playwright-core; Electron passes printToPDF). */
  renderPdf?: RenderPdf;
  /** The fact-checker named as the ClaimReview author (default: the organisation "Glossa fact-check"). */
  reviewer?: ClaimReviewer;
  /**
   * Where the published fact-check lives; each review's URL is this plus `#claim-<id>`. Default: the article's own
   * link when it has one, else a placeholder on the reserved `.invalid` domain that a publisher must replace.
   */
  reportUrl?: string;
  /** The clock, for tests. */
  now?: () => Date;
}

/** Glossa's verdict scale as ClaimReview ratings. */
export function ratingScaleOf(scale: VerdictScale): ClaimRatingScale {
  const range = ratingRange(scale) ?? { best: 5, worst: 1 };
  return { rating: (v) => verdictRating(v, scale), label: (v) => findVerdict(v, scale)?.label ?? v, best: range.best, worst: range.worst };
}

function baseName(title: string, articleId: number): string {
  const clean = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return [...clean].slice(0, 80).join('').trim() || `article-${articleId}`;
}

/** The ClaimReview objects of an article's claims with a verdict. */
export function articleClaimReviews(revision: RevisionRecord, annotations: readonly Annotation[], scale: VerdictScale, options: ReportOptions = {}): SchemaClaimReview[] {
  const source = revision.meta.source && /^https?:\/\//i.test(revision.meta.source) ? revision.meta.source.replace(/#.*$/, '') : null;
  const base = options.reportUrl ?? source ?? `https://glossa.invalid/articles/${revision.articleId}`;
  return claimReviews(annotations, {
    article: { ...revision.meta },
    reviewer: options.reviewer ?? { name: 'Glossa fact-check', type: 'Organization' },
    reportUrl: (a) => `${base}#claim-${a.id}`,
    scale: ratingScaleOf(scale),
  });
}

/** Builds one report of article `articleId`'s current revision and its live annotations. */
export async function exportAnnotationReport(
  services: Pick<GlossaServices, 'articles' | 'annotations'>,
  articleId: number,
  format: ReportFormat,
  options: ReportOptions = {},
): Promise<AnnotationReport> {
  if (!REPORT_FORMATS.includes(format)) throw new GlossaError('BAD_INPUT', `Unknown report format "${String(format)}"; use one of ${REPORT_FORMATS.join(', ')}.`);
  const revision = services.articles.revisionOf(articleId);
  const annotations = services.annotations.list(articleId).annotations;
  const scale = services.annotations.verdictScale;
  const { ext, mediaType } = MEDIA[format];
  const fileName = `${baseName(revision.meta.title, articleId)}.${ext}`;
  const utf8 = (text: string): AnnotationReport => ({ fileName, mediaType, bytes: new TextEncoder().encode(text) });
  const html = (): string =>
    reportHtml({
      meta: revision.meta,
      doc: revision.doc,
      annotations,
      scale,
      claimReviews: articleClaimReviews(revision, annotations, scale, options),
      generatedAt: (options.now ?? (() => new Date()))().toISOString(),
    });
  switch (format) {
    case 'report-html':
      return utf8(html());
    case 'report-pdf':
      return { fileName, mediaType, bytes: await (options.renderPdf ?? renderPdfWithChromium)(html()) };
    case 'report-md': {
      // The decoded source has no byte order mark; a file imported with one (or an edit of it) gets it back, so that
      // the report is the Markdown export plus markers.
      const original = revision.original;
      const bom = original !== null ? (hasBom(original) && !revision.sourceText.startsWith('\uFEFF') ? '\uFEFF' : '') : editBom(services.articles, revision);
      return utf8(bom + reportMarkdown({ source: revision.sourceText, sourceMap: revision.sourceMap, annotations, title: revision.meta.title, scale }));
    }
    case 'claims-csv':
      return utf8(claimsCsv(annotations, { neutralizeFormulas: true, bom: true }));
    case 'jsonld': {
      const summary = services.articles.summary(articleId);
      return utf8(exportWebAnnotations({ id: articleId, source: summary?.source ?? revision.meta.source, title: revision.meta.title }, annotations));
    }
    case 'claimreview':
      return utf8(`${JSON.stringify(articleClaimReviews(revision, annotations, scale, options), null, 2)}\n`);
  }
}
