/**
 * Exports a revision as Markdown, JSON or HTML. Markdown of an imported revision is the imported file itself, byte
 * for byte (the bytes are kept for exactly this); an edited revision is written from its document.
 */
import { articleHtml } from '../../shared/export/articleHtml';
import { GlossaError } from '../../shared/ipc/errors';
import type { RevisionRecord } from './articleRepository';
import type { ArticleRepository } from './articleRepository';

/** The formats of `articles.export`. */
export type ExportFormat = 'md' | 'html' | 'json';

/** An export: `content` for the IPC contract (a string), `bytes` for writing a file (exact for imported Markdown). */
export interface ExportedArticle {
  fileName: string;
  mediaType: string;
  content: string;
  bytes: Uint8Array;
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A file name from the article's title, safe on Windows, macOS and Linux (CJK kept). */
export function exportFileName(title: string, articleId: number, format: ExportFormat): string {
  const base = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const short = [...base].slice(0, 80).join('').trim();
  return `${short || `article-${articleId}`}.${format}`;
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

/** The versioned JSON export: the ProseMirror document plus everything known about the revision. */
export function articleJson(articleId: number, revision: RevisionRecord): string {
  return `${JSON.stringify(
    {
      format: 'glossa-article',
      version: 1,
      articleId,
      revision: { id: revision.id, kind: revision.kind, parentId: revision.parentId, createdAt: revision.createdAt, contentHash: revision.contentHash },
      meta: revision.meta,
      wikiLinks: revision.wikiLinkCount,
      wikiTargets: revision.wikiTargetCount,
      warnings: revision.warnings,
      text: revision.text,
      doc: revision.doc,
    },
    null,
    2,
  )}\n`;
}

const BOM = '\uFEFF';

/** True when `bytes` start with the UTF-8 byte order mark. */
export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * The byte order mark an edited revision's Markdown gets back: the decoded text of a file has none, so an edit of a
 * file imported with a BOM would otherwise export without it, and its diff against the file would show a change on
 * the first line the person never made. '' when the imported file the edit descends from (the latest import before
 * it) had none, or when the revision is itself an import (its bytes are exported as they are).
 */
export function editBom(articles: Pick<ArticleRepository, 'revisions' | 'revision'>, revision: RevisionRecord): string {
  if (revision.original || revision.sourceText.startsWith(BOM)) return '';
  const imported = articles
    .revisions(revision.articleId)
    .filter((r) => r.kind === 'import' && r.id < revision.id)
    .at(-1);
  const original = imported ? articles.revision(imported.id)?.original : null;
  return original && hasBom(original) ? BOM : '';
}

/** Writes revisions out in the export formats. */
export class ExportService {
  constructor(private readonly articles: ArticleRepository) {}

  /** Exports the current revision of `articleId`, or `revisionId` if given. Throws NOT_FOUND for unknown ids. */
  exportArticle(articleId: number, format: ExportFormat, revisionId?: number): ExportedArticle {
    const revision = this.articles.revisionOf(articleId, revisionId);
    const fileName = exportFileName(revision.meta.title, articleId, format);
    const mediaType = MEDIA_TYPES[format];
    switch (format) {
      case 'md': {
        if (revision.original) {
          // A file that was valid UTF-8 is returned as decoded, BOM included, so encoding `content` gives the file
          // back; a file read as GB18030/Big5 (or with replaced bytes) can only travel as its decoded text, but
          // `bytes` is always the file exactly.
          let content: string;
          try {
            content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(revision.original);
          } catch {
            content = revision.sourceText;
          }
          return { fileName, mediaType, content, bytes: revision.original };
        }
        const content = editBom(this.articles, revision) + revision.sourceText;
        return { fileName, mediaType, content, bytes: utf8(content) };
      }
      case 'json': {
        const content = articleJson(articleId, revision);
        return { fileName, mediaType, content, bytes: utf8(content) };
      }
      case 'html': {
        const content = articleHtml({ doc: revision.doc, meta: revision.meta, revision: { id: revision.id, kind: revision.kind, createdAt: revision.createdAt } });
        return { fileName, mediaType, content, bytes: utf8(content) };
      }
      default:
        throw new GlossaError('BAD_INPUT', `Unknown export format "${String(format)}"; use md, html or json.`);
    }
  }
}
