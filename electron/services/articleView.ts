/**
 * The reads behind opening an article (`articles.get`, `articles.open`, `articles.openRaw`): only the columns the
 * reader shows, in one prepared statement.
 * `ArticleRepository.revision` returns the whole record (original bytes decoded to text, the source map expanded), which
 * exports and edits need but opening does not; on a 1 MB article with 10,000 links that decoding was most of the time.
 */
import type { ArticleSummary, DocJSON, EntityCount, WikiLinkOccurrence } from '../../shared/model/article';
import { GlossaError } from '../../shared/ipc/errors';
import { decodeStoredDoc } from '../../shared/model/storedDoc';
import type { GlossaDatabase } from './database';
import { storedHeaderColumns, storedPublishedDay, type StoredHeaderRow } from './storedHeader';
import { wikiLinkReaders } from './wikiLinkRows';

/** What the reader needs of one revision. */
export interface RevisionView {
  id: number;
  createdAt: string;
  kind: 'import' | 'edit';
  contentHash: string;
  doc: DocJSON;
  text: string;
  warnings: string[];
  /** The library fields as this revision has them (an older revision may have another title or link count). */
  meta: Pick<ArticleSummary, 'title' | 'author' | 'published' | 'publishedDay' | 'source' | 'lang' | 'wikiLinks' | 'wikiTargets'>;
}

/**
 * A revision as `articles.openRaw` reads it: the document as its stored JSON text, with the canonical text that text
 * may refer to (see `shared/model/storedDoc`).
 */
export interface StoredRevisionView extends Omit<RevisionView, 'doc'> {
  docJson: string;
}

interface ViewRow extends StoredHeaderRow {
  id: number;
  article_id: number;
  created_at: string;
  kind: 'import' | 'edit';
  content_hash: string;
  doc_json: string;
  canonical_text: string;
  warnings_json: string;
  title: string;
  author: string | null;
  published: string | null;
  source: string | null;
  lang: string;
  wiki_link_count: number;
  wiki_target_count: number;
}

/** Prepared reads for opening an article; one instance per connection. */
export class ArticleViewReader {
  private readonly currentRevision;

  private readonly revision;

  private readonly links;

  private readonly entityCounts;

  constructor(db: GlossaDatabase) {
    this.currentRevision = db.prepare<[number], { current_revision_id: number }>('SELECT current_revision_id FROM articles WHERE id = ?');
    this.revision = db.prepare<[number], ViewRow>(
      `SELECT id, article_id, created_at, kind, content_hash, doc_json, canonical_text, warnings_json,
              title, author, published, source, lang, wiki_link_count, wiki_target_count, ${storedHeaderColumns()}
       FROM revisions WHERE id = ?`,
    );
    const readers = wikiLinkReaders(db);
    this.links = readers.links;
    this.entityCounts = readers.entities;
  }

  private rowOf<R extends { article_id: number }>(statement: { get(id: number): R | undefined }, articleId: number, revisionId?: number): R {
    const current = this.currentRevision.get(articleId);
    if (!current) throw new GlossaError('NOT_FOUND', `There is no article #${articleId}; reload the library to see the articles.`);
    const row = statement.get(revisionId ?? current.current_revision_id);
    if (!row || row.article_id !== articleId) {
      throw new GlossaError('NOT_FOUND', `Article #${articleId} has no revision #${revisionId}; pick one from its revision list.`);
    }
    return row;
  }

  /**
   * The revision of an article to show: `revisionId` if given (it must belong to the article), else the current one.
   * Throws NOT_FOUND naming what is missing, like `ArticleRepository.revisionOf`.
   */
  revisionOf(articleId: number, revisionId?: number): RevisionView {
    const row = this.rowOf(this.revision, articleId, revisionId);
    const { docJson, ...rest } = viewOf(row);
    return { ...rest, doc: decodeStoredDoc(docJson, rest.text) };
  }

  /** `revisionOf` with the document left as its stored JSON text (`articles.openRaw`). */
  storedRevisionOf(articleId: number, revisionId?: number): StoredRevisionView {
    return viewOf(this.rowOf(this.revision, articleId, revisionId));
  }

  /** The wiki-links of a revision in text order. */
  wikiLinks(revisionId: number): WikiLinkOccurrence[] {
    return this.links(revisionId);
  }

  /** The entities of a revision, counted from its stored targets without expanding every occurrence. */
  entities(revisionId: number): EntityCount[] {
    return this.entityCounts(revisionId);
  }
}

function viewOf(row: ViewRow): StoredRevisionView {
  const publishedDay = storedPublishedDay(row);
  return {
    id: row.id,
    createdAt: row.created_at,
    kind: row.kind,
    contentHash: row.content_hash,
    docJson: row.doc_json,
    text: row.canonical_text,
    warnings: JSON.parse(row.warnings_json) as string[],
    meta: {
      title: row.title,
      author: row.author,
      published: row.published,
      ...(publishedDay ? { publishedDay } : {}),
      source: row.source,
      lang: row.lang,
      wikiLinks: row.wiki_link_count,
      wikiTargets: row.wiki_target_count,
    },
  };
}
