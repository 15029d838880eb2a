/**
 * The reads behind opening an article (`articles.get`, `articles.open`, `articles.openRaw`): only the columns the
 * reader shows, in one prepared statement.
 * `ArticleRepository.revision` returns the whole record (original bytes decoded to text, the source map expanded), which
 * exports and edits need but opening does not; on a 1 MB article with 10,000 links that decoding was most of the time.
 */
import type { ArticleSummary, DocJSON, EntityCount, WikiLinkOccurrence } from '../../shared/model/article';
import { GlossaError } from '../../shared/ipc/errors';
import { publishedDayOf } from '../../shared/markdown/publishedDay';
import { decodeStoredDoc } from '../../shared/model/storedDoc';
import type { GlossaDatabase } from './database';
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

interface ViewRow {
  id: number;
  article_id: number;
  created_at: string;
  body_start: number;
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
  /** The header's text when it is stored as text (`source_text`), else null. */
  header_text: string | null;
  /** The stored file's first bytes, enough to hold its header, when it is stored as bytes (UTF-8). */
  header_bytes: Buffer | null;
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
      `SELECT id, article_id, created_at, body_start, kind, content_hash, doc_json, canonical_text, warnings_json,
              title, author, published, source, lang, wiki_link_count, wiki_target_count,
              CASE WHEN published IS NOT NULL THEN substr(source_text, 1, body_start) END AS header_text,
              CASE WHEN published IS NOT NULL AND source_text IS NULL THEN substr(original, 1, body_start * 3 + 3) END AS header_bytes
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

/**
 * The header of a stored revision as text: `body_start` counts UTF-16 units of the decoded file, so its first
 * `body_start` characters (SQLite counts code points) or `body_start * 3` bytes (and a byte order mark) always hold it.
 */
function headerOf(row: ViewRow): string {
  if (row.header_text !== null) return row.header_text.slice(0, row.body_start);
  if (row.header_bytes === null) return '';
  return new TextDecoder('utf-8').decode(row.header_bytes).slice(0, row.body_start);
}

function viewOf(row: ViewRow): StoredRevisionView {
  const publishedDay = publishedDayOf(headerOf(row), row.published);
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
