/**
 * Saves a user's edit of an article as a new revision. The edited document is checked against the schema, its text
 * and wiki-links come from the one canonical-text function, and its Markdown is the base revision's file with only
 * the changed blocks written anew (see `writeBack.ts`), so the original revision stays untouched and the edit exports
 * as a file whose diff against the original shows the edit and nothing else.
 */
import { GlossaError } from '../../shared/ipc/errors';
import { MAX_ARTICLE_BYTES, parseArticleText } from '../../shared/markdown/parseArticle';
import { serializeArticle } from '../../shared/markdown/serialize';
import { writeBackEdit } from '../../shared/markdown/writeBack';
import type { ArticleMeta, DocJSON, ParsedArticle, SourceSpan } from '../../shared/model/article';
import type { Node as PMNode } from 'prosemirror-model';
import { documentFacts, documentFromJSON } from '../../shared/text/canonical';
import { withoutLinkSeqs } from '../../shared/markdown/wikiLinkSeq';
import type { ArticleRepository, RevisionRecord } from './articleRepository';

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
    const baseNode = documentFromJSON(base.doc);
    if (node.eq(baseNode)) return { revisionId: base.id, unchanged: true };

    let json = node.toJSON() as DocJSON;
    let facts = documentFacts(node);
    const { markdown, reparsed, doc: readDoc } = this.markdownOf(base, baseNode, node, json);
    // The file's reading where it splits links the edited document joined (a document stored before wiki-links had
    // `seq`): the same text, with the links the file has.
    if (readDoc) {
      json = readDoc;
      facts = documentFacts(documentFromJSON(readDoc));
    }
    if (Buffer.byteLength(markdown, 'utf8') > MAX_ARTICLE_BYTES) {
      throw new GlossaError('TOO_LARGE', `The edited article would be larger than ${MAX_ARTICLE_BYTES / 1048576} MB; it was not saved.`);
    }
    // Reading the Markdown back gives the source map of the new revision; it is kept only if it describes exactly
    // the canonical text of the edited document (else offsets would point at the wrong characters).
    let sourceMap: SourceSpan[] = [];
    let bodyStart = markdown.length - markdown.trimStart().length;
    if (reparsed) {
      bodyStart = reparsed.bodyStart;
      if (reparsed.text === facts.text) sourceMap = reparsed.sourceMap;
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

  /**
   * The edited revision's Markdown: the base file with only the changed blocks written anew (`writeBackEdit`) when
   * reading that back gives exactly the edited document, else the whole body written anew. With the parse of it
   * (null if it cannot be read back).
   */
  private markdownOf(base: RevisionRecord, baseNode: PMNode, node: PMNode, json: DocJSON): { markdown: string; reparsed: ParsedArticle | null; doc?: DocJSON } {
    const readBack = (markdown: string): ParsedArticle | null => {
      try {
        return parseArticleText(markdown);
      } catch {
        return null;
      }
    };
    // Both documents as ProseMirror writes them (every attribute present), so unchanged blocks compare equal.
    const baseDoc = baseNode.toJSON() as DocJSON;
    const inPlace = writeBackEdit({ source: base.sourceText, bodyStart: base.bodyStart, baseDoc, editedDoc: json, lang: base.meta.lang });
    if (inPlace !== null) {
      const reparsed = readBack(inPlace);
      if (reparsed && sameHeader(reparsed, base)) {
        const read = documentFromJSON(reparsed.doc);
        if (read.eq(node)) return { markdown: inPlace, reparsed };
        // A document stored before wiki-links had `seq` has adjacent links to one page as one link; its file (kept
        // block by block) has them apart. That reading is the right one, and only the links' splits differ.
        const readJson = read.toJSON() as DocJSON;
        if (JSON.stringify(withoutLinkSeqs(readJson)) === JSON.stringify(withoutLinkSeqs(json))) return { markdown: inPlace, reparsed, doc: readJson };
      }
    }
    const markdown = serializeArticle(json, base.sourceText.slice(0, base.bodyStart));
    return { markdown, reparsed: readBack(markdown) };
  }
}

/** Whether a read-back header says what the base revision's said (the edit never changes the header). */
/**
 * Whether the file written in place still has the base's header. Its title and source must read the same; its author
 * and date too, unless the header's own text is unchanged: an author or date read from the body's opening dateline
 * (`（中央社記者王小明台北15日電）`, session 14) may differ from what an older import stored, and follows the text.
 */
function sameHeader(reparsed: ParsedArticle, base: RevisionRecord): boolean {
  const a = reparsed.meta;
  const b = base.meta;
  if (a.title !== b.title || a.source !== b.source) return false;
  if (a.author === b.author && a.published === b.published) return true;
  return reparsed.source.slice(0, reparsed.bodyStart) === base.sourceText.slice(0, base.bodyStart);
}
