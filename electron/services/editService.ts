/**
 * Saves a user's edit of an article as a new revision. The edited document is checked against the schema, its text
 * and wiki-links come from the one canonical-text function, and its Markdown keeps the original header, so the
 * original revision stays untouched and the edit can be exported as a file again.
 */
import { GlossaError } from '../../shared/ipc/errors';
import { MAX_ARTICLE_BYTES, parseArticleText } from '../../shared/markdown/parseArticle';
import { serializeArticle } from '../../shared/markdown/serialize';
import type { DocJSON, SourceSpan } from '../../shared/model/article';
import { documentFacts, documentFromJSON } from '../../shared/text/canonical';
import type { ArticleRepository } from './articleRepository';

/** What a save did: the new revision, or the base revision when the document did not change. */
export interface SavedEdit {
  revisionId: number;
  unchanged: boolean;
}

/** Turns edited documents into revisions. */
export class EditService {
  /** `afterRevision` runs after a new revision is stored (annotations re-anchor there). */
  constructor(private readonly articles: ArticleRepository, private readonly afterRevision?: (articleId: number) => void) {}

  /**
   * Stores `doc` as a new revision of `articleId` on top of `baseRevisionId`. Throws BAD_INPUT for a document that does
   * not fit the schema, NOT_FOUND for an unknown article or revision, CONFLICT when another save came first.
   */
  saveEdit(articleId: number, baseRevisionId: number, doc: DocJSON): SavedEdit {
    const base = this.articles.revisionOf(articleId, baseRevisionId);
    let node: ReturnType<typeof documentFromJSON>;
    try {
      node = documentFromJSON(doc);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new GlossaError('BAD_INPUT', `The edited document does not fit Glossa's schema (${why}); reload the article and edit again.`);
    }
    if (node.type.name !== 'doc') throw new GlossaError('BAD_INPUT', `The edited document must be a "doc", not "${node.type.name}".`);
    if (node.eq(documentFromJSON(base.doc))) return { revisionId: base.id, unchanged: true };

    const json = node.toJSON() as DocJSON;
    const facts = documentFacts(node);
    const markdown = serializeArticle(json, base.sourceText.slice(0, base.bodyStart));
    if (Buffer.byteLength(markdown, 'utf8') > MAX_ARTICLE_BYTES) {
      throw new GlossaError('TOO_LARGE', `The edited article would be larger than ${MAX_ARTICLE_BYTES / 1048576} MB; it was not saved.`);
    }
    // Reading the Markdown back gives the source map of the new revision; it is kept only if it describes exactly
    // the canonical text of the edited document (else offsets would point at the wrong characters).
    let sourceMap: SourceSpan[] = [];
    let bodyStart = markdown.length - markdown.trimStart().length;
    try {
      const reparsed = parseArticleText(markdown);
      bodyStart = reparsed.bodyStart;
      if (reparsed.text === facts.text) sourceMap = reparsed.sourceMap;
    } catch {
      sourceMap = [];
    }
    const revisionId = this.articles.saveEdit({
      articleId,
      baseRevisionId,
      markdown,
      bodyStart,
      doc: json,
      text: facts.text,
      wikiLinks: facts.wikiLinks,
      sourceMap,
      meta: base.meta,
    });
    this.afterRevision?.(articleId);
    return { revisionId, unchanged: false };
  }
}
