/**
 * All SQL about articles, revisions and their wiki-links. Statements are prepared once per connection; every write of
 * an article (article row, revision, wiki-links, search row) happens in one transaction, so an import or edit is stored
 * whole or not at all.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Statement } from 'better-sqlite3';
import { GlossaError } from '../../shared/ipc/errors';
import type { ArticleMeta, ArticleSearchHit, ArticleSummary, DocJSON, EntityCount, ParsedArticle, SourceSpan, WikiLinkOccurrence } from '../../shared/model/article';
import { decodeStoredDoc } from '../../shared/model/storedDoc';
import { publishedDayOf } from '../../shared/markdown/publishedDay';
import { relativeDateAnchor } from '../../shared/model/article';
import { foldForSearchIndex } from '../../shared/text/searchFold';
import { findMatches, foldForSearch } from '../../shared/text/snippets';
import type { GlossaDatabase } from './database';
import { articleIdentity } from './articleIdentity';
import { decodeSourceMap, encodeImport, encodeRevisionContent, type RevisionContent } from './importRecord';
import { LIBRARY_SUMMARY_INDEX } from './migrations/005_library_summary_index';
import { storedHeaderColumns, storedPublishedDay, type StoredHeaderRow } from './storedHeader';
import { INSERT_WIKI_LINKS_SQL, wikiLinkReaders } from './wikiLinkRows';

export { decodeSourceMap, encodeSourceMap } from './importRecord';
export { articleIdentity, sourceLinkNamesArticle } from './articleIdentity';

/** sha256 of bytes, hex: the content hash of a revision, and how a re-import of the same file is recognised. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What an import did. */
export type ImportStatus = 'imported' | 'unchanged' | 'revised';

/** Outcome of storing one imported file. */
export interface StoredImport {
  status: ImportStatus;
  articleId: number;
  /** The revision the file is stored as (for `unchanged`, the earlier revision with the same bytes). */
  revisionId: number;
}

/** A revision as stored, with everything exports and the editor need. */
export interface RevisionRecord {
  id: number;
  articleId: number;
  parentId: number | null;
  kind: 'import' | 'edit';
  fileName: string | null;
  /** The imported file's exact bytes (import revisions only). */
  original: Uint8Array | null;
  /** Decoded source (import) or the Markdown an edit serialises to (edit). */
  sourceText: string;
  bodyStart: number;
  doc: DocJSON;
  text: string;
  sourceMap: SourceSpan[];
  contentHash: string;
  meta: ArticleMeta;
  warnings: string[];
  wikiLinkCount: number;
  wikiTargetCount: number;
  createdAt: string;
}

/** Revision metadata as the history lists it. */
export interface RevisionInfo {
  id: number;
  createdAt: string;
  kind: 'import' | 'edit';
  contentHash: string;
}

/** Everything needed to add an edit revision (computed by the edit service from the edited document). */
export interface NewEditRevision {
  articleId: number;
  baseRevisionId: number;
  markdown: string;
  bodyStart: number;
  doc: DocJSON;
  text: string;
  wikiLinks: WikiLinkOccurrence[];
  sourceMap: SourceSpan[];
  meta: ArticleMeta;
}

/** Library sort keys (the contract's `articles.list` sort). */
export type ArticleSort = 'title' | 'published' | 'importedAt' | 'wikiLinks' | 'author';

const SORT_COLUMNS: Record<ArticleSort, string> = {
  title: 'r.title',
  published: 'r.published',
  importedAt: 'a.created_at',
  wikiLinks: 'r.wiki_link_count',
  author: 'r.author',
};

interface RevisionRow {
  id: number;
  article_id: number;
  parent_id: number | null;
  kind: 'import' | 'edit';
  file_name: string | null;
  original: Buffer | null;
  source_text: string | null;
  body_start: number;
  doc_json: string;
  canonical_text: string;
  /** JSON in older rows, VLQ (`writeSourceMap`) in rows written since. */
  source_map_json: string;
  content_hash: string;
  title: string;
  author: string | null;
  published: string | null;
  source: string | null;
  lang: string;
  warnings_json: string;
  wiki_link_count: number;
  wiki_target_count: number;
  created_at: string;
}

const SUMMARY_SELECT = `
  SELECT a.id AS id, r.title AS title, r.author AS author, r.published AS published, r.source AS source, r.lang AS lang,
         r.wiki_link_count AS wikiLinks, r.wiki_target_count AS wikiTargets, r.id AS revisionId,
         (SELECT count(*) FROM revisions x WHERE x.article_id = a.id) AS revisions, a.created_at AS importedAt
  FROM articles a JOIN revisions r INDEXED BY ${LIBRARY_SUMMARY_INDEX} ON r.id = a.current_revision_id`;

/** UTF-8 text of bytes with the BOM removed and bad sequences replaced, as the importer decodes a UTF-8 file. */
function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Pages of write-ahead log allowed to pile up during a bulk import before SQLite copies them back (64 MB). */
const BULK_IMPORT_CHECKPOINT_PAGES = 16_384;

/**
 * During a bulk import, search rows are written once this many are waiting (and when the import ends): the trigram
 * index costs a third less per article written 256 at a time than per import batch (see migration 008).
 */
const SEARCH_ROWS_PER_WRITE = 256;

/** Reads and writes articles; one instance per connection, statements prepared once. */
export class ArticleRepository {
  private readonly db: GlossaDatabase;
  private readonly listStatements = new Map<string, Statement>();
  private bulkImports = 0;
  private savedAutoCheckpoint = 1000;
  private readonly linkReaders: ReturnType<typeof wikiLinkReaders>;
  /**
   * Search rows not yet written, by article: until the end of the outermost transaction, or during a bulk import until
   * `SEARCH_ROWS_PER_WRITE` wait (their articles are then in `search_backlog`); see `flushSearch`.
   */
  private pendingSearch = new Map<number, { title: string; body: Uint8Array | string }>();
  private inTransaction = false;
  private readonly stmt: {
    importByHash: Statement<[string], { article_id: number; id: number }>;
    articleOfEarlierImport: Statement<[string], { article_id: number }>;
    articleByIdentity: Statement<[string], { id: number; current_revision_id: number }>;
    articleById: Statement<[number], { id: number; current_revision_id: number }>;
    insertArticle: Statement<[string, string | null, string]>;
    setCurrent: Statement<[number, number]>;
    insertRevision: Statement<Record<string, unknown>>;
    insertLinks: Statement<[number, string, string | Uint8Array]>;
    deleteSearch: Statement<[number]>;
    insertSearch: Statement<[number, string, Uint8Array | string]>;
    insertBacklog: Statement<[number]>;
    backlog: Statement<[], number>;
    clearBacklog: Statement<[]>;
    summary: Statement<[number], ArticleSummary>;
    revision: Statement<[number], RevisionRow>;
    headline: Statement<[number], { title: string; warnings_json: string }>;
    facts: Statement<[number], { title: string; author: string | null; published: string | null; source: string | null; lang: string; wiki_link_count: number; wiki_target_count: number }>;
    currentRevisionId: Statement<[number], { current_revision_id: number }>;
    currentHeader: Statement<[number], StoredHeaderRow>;
    currentText: Statement<[number], { id: number; text: string }>;
    searchHit: Statement<[number], { revisionId: number; title: string; published: string | null; text: string }>;
    revisionsOf: Statement<[number], RevisionInfo>;
    searchMatch: Statement<{ match: string; q: string; limit: number }, { id: number }>;
    searchLike: Statement<{ q: string; limit: number }, { id: number }>;
  };

  constructor(db: GlossaDatabase) {
    this.db = db;
    this.linkReaders = wikiLinkReaders(db);
    // Whether `text`, folded as the search index is (traditional -> simplified, lower case), contains `folded`.
    db.function('glossa_contains_folded', { deterministic: true }, (text: unknown, folded: unknown) =>
      typeof text === 'string' && typeof folded === 'string' && foldForSearch(text).includes(folded) ? 1 : 0,
    );
    this.stmt = {
      // Only an article's latest import counts: bytes equal to an older one are a file put back as it was (a revert),
      // which must become a revision again, or the library would keep showing the newer text.
      importByHash: db.prepare(`
        SELECT r.article_id, r.id FROM revisions r
        WHERE r.content_hash = ? AND r.kind = 'import'
          AND r.id = (SELECT MAX(l.id) FROM revisions l WHERE l.article_id = r.article_id AND l.kind = 'import')
        ORDER BY r.id LIMIT 1`),
      articleOfEarlierImport: db.prepare(`SELECT article_id FROM revisions WHERE content_hash = ? AND kind = 'import' ORDER BY id DESC LIMIT 1`),
      articleByIdentity: db.prepare('SELECT id, current_revision_id FROM articles WHERE identity = ?'),
      articleById: db.prepare('SELECT id, current_revision_id FROM articles WHERE id = ?'),
      insertArticle: db.prepare('INSERT INTO articles (identity, source, created_at) VALUES (?, ?, ?)'),
      setCurrent: db.prepare('UPDATE articles SET current_revision_id = ? WHERE id = ?'),
      insertRevision: db.prepare(`
        INSERT INTO revisions (article_id, parent_id, kind, file_name, original, source_text, body_start, doc_json,
          canonical_text, source_map_json, content_hash, title, author, published, source, lang, warnings_json,
          wiki_link_count, wiki_target_count, created_at)
        VALUES (@articleId, @parentId, @kind, @fileName, @original, @sourceText, @bodyStart, CAST(@docJson AS TEXT),
          CAST(@text AS TEXT), CAST(@sourceMap AS TEXT), @contentHash, @title, @author, @published, @source, @lang, @warningsJson,
          @wikiLinkCount, @wikiTargetCount, @createdAt)`),
      insertLinks: db.prepare(INSERT_WIKI_LINKS_SQL),
      deleteSearch: db.prepare('DELETE FROM article_search WHERE rowid = ?'),
      insertSearch: db.prepare('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, CAST(? AS TEXT))'),
      insertBacklog: db.prepare('INSERT OR IGNORE INTO search_backlog (article_id) VALUES (?)'),
      backlog: db.prepare<[], number>('SELECT article_id FROM search_backlog ORDER BY article_id').pluck(),
      clearBacklog: db.prepare('DELETE FROM search_backlog'),
      summary: db.prepare(`${SUMMARY_SELECT} WHERE a.id = ?`),
      revision: db.prepare('SELECT * FROM revisions WHERE id = ?'),
      headline: db.prepare('SELECT title, warnings_json FROM revisions WHERE id = ?'),
      facts: db.prepare('SELECT title, author, published, source, lang, wiki_link_count, wiki_target_count FROM revisions WHERE id = ?'),
      currentRevisionId: db.prepare('SELECT current_revision_id FROM articles WHERE id = ?'),
      currentHeader: db.prepare(`SELECT r.published AS published, ${storedHeaderColumns('r')} FROM articles a JOIN revisions r ON r.id = a.current_revision_id WHERE a.id = ?`),
      currentText: db.prepare('SELECT r.id AS id, r.canonical_text AS text FROM articles a JOIN revisions r ON r.id = a.current_revision_id WHERE a.id = ?'),
      searchHit: db.prepare(`SELECT r.id AS revisionId, r.title AS title, r.published AS published, r.canonical_text AS text
        FROM articles a JOIN revisions r ON r.id = a.current_revision_id WHERE a.id = ?`),
      revisionsOf: db.prepare('SELECT id, created_at AS createdAt, kind, content_hash AS contentHash FROM revisions WHERE article_id = ? ORDER BY id'),
      // The index (detail=none, migration 004) finds articles holding every trigram of the query; the text itself then
      // says whether the query occurs as written, with the index's case folding.
      // Articles in the search backlog (stored, not yet indexed) are candidates too, checked against their text.
      searchMatch: db.prepare(`SELECT c.id AS id
        FROM (SELECT id, min(score) AS score FROM (
          SELECT rowid AS id, rank AS score FROM article_search WHERE article_search MATCH @match
          UNION ALL SELECT article_id AS id, 0 AS score FROM search_backlog) GROUP BY id) c
        JOIN articles a ON a.id = c.id JOIN revisions r ON r.id = a.current_revision_id
        WHERE glossa_contains_folded(r.title, @q) OR glossa_contains_folded(r.canonical_text, @q)
        ORDER BY c.score, c.id LIMIT @limit`),
      searchLike: db.prepare(`SELECT a.id AS id FROM articles a JOIN revisions r ON r.id = a.current_revision_id
        WHERE glossa_contains_folded(r.title, @q) OR glossa_contains_folded(r.canonical_text, @q) ORDER BY a.id LIMIT @limit`),
    };
  }

  /**
   * Runs a bulk import. SQLite copies the write-ahead log back into the database every 1,000 pages (4 MB, about 70
   * articles here) and each copy ends with an fsync; during an import that doubled the writes and, with the fsyncs,
   * cost more wall time than storing itself. While any bulk import runs the log may grow to 64 MB before a copy; when
   * the last one ends, the threshold is restored and the log is copied back at once (passively: a reader still busy
   * in the log is never waited for, and the next write after it ends finishes the job). Commits keep
   * `synchronous=FULL`: every committed batch is still on disk.
   */
  async duringBulkImport<T>(fn: () => Promise<T>): Promise<T> {
    if (this.bulkImports++ === 0) {
      this.savedAutoCheckpoint = this.db.pragma('wal_autocheckpoint', { simple: true }) as number;
      this.db.pragma(`wal_autocheckpoint = ${BULK_IMPORT_CHECKPOINT_PAGES}`);
    }
    try {
      return await fn();
    } finally {
      if (--this.bulkImports === 0) {
        try {
          // The search rows still waiting (see `SEARCH_ROWS_PER_WRITE`).
          if (this.pendingSearch.size > 0) this.transaction(() => undefined);
        } catch {
          // Their articles are stored and stay in the search backlog, which search covers and the next write
          // indexes: the import itself succeeded, so it is not reported as failed.
        } finally {
          this.db.pragma(`wal_autocheckpoint = ${this.savedAutoCheckpoint}`);
          this.db.pragma('wal_checkpoint(PASSIVE)');
        }
      }
    }
  }

  /**
   * Runs `fn` in one IMMEDIATE transaction. Writes inside it (`saveImport`, `saveEdit`) become savepoints: each still
   * lands whole or not at all, while a batch of articles shares one commit (one fsync instead of one per article).
   */
  transaction<T>(fn: () => T): T {
    if (this.inTransaction) return this.db.transaction(fn)();
    // Rows queued by a transaction that rolls back are forgotten with it; rows written by one are queued again.
    const queued = new Map(this.pendingSearch);
    try {
      return this.db
        .transaction((): T => {
          this.inTransaction = true;
          try {
            const result = fn();
            if (this.bulkImports === 0 || this.pendingSearch.size >= SEARCH_ROWS_PER_WRITE) this.flushSearch();
            return result;
          } finally {
            this.inTransaction = false;
          }
        })
        .immediate();
    } catch (error) {
      this.pendingSearch = queued;
      throw error;
    }
  }

  /**
   * During a bulk import, writes the search rows still waiting now, in a transaction of their own, rather than a few
   * hundred articles later or when the import ends. For an import whose storing thread has nothing else to do while
   * its last files are parsed: the last rows were otherwise written after them, alone. False when none were waiting.
   */
  writeWaitingSearchRows(): boolean {
    if (this.bulkImports === 0 || this.inTransaction || this.pendingSearch.size === 0) return false;
    this.transaction(() => this.flushSearch());
    return true;
  }

  /**
   * Writes the waiting search rows, inside the outermost transaction: FTS5 flushes its pending index data to a new
   * segment at every savepoint (so rows are never written per article) and writes a segment per commit (so during a
   * bulk import they wait for a few hundred articles; see migration 008). Backlog articles with no row waiting here
   * (left by a process that stopped mid-import) are indexed from their stored text.
   */
  private flushSearch(): void {
    const pending = this.pendingSearch;
    const backlog = this.stmt.backlog.all();
    for (const articleId of backlog) {
      if (pending.has(articleId)) continue;
      const row = this.stmt.searchHit.get(articleId);
      if (row) pending.set(articleId, { title: foldForSearchIndex(row.title), body: foldForSearchIndex(row.text) });
    }
    for (const [articleId, row] of pending) this.writeSearch(articleId, row.title, row.body);
    if (backlog.length > 0) this.stmt.clearBacklog.run();
    pending.clear();
  }

  /** `title` and `body` folded as the index holds them (`foldForSearchIndex`), the body as UTF-8 or as a string. */
  private writeSearch(articleId: number, title: string, body: Uint8Array | string): void {
    this.stmt.deleteSearch.run(articleId);
    this.stmt.insertSearch.run(articleId, title, body);
  }

  /**
   * Queues the search row of an article's new current revision, written at the end of the outermost transaction or,
   * during a bulk import, a few hundred articles later (the article joins the search backlog meanwhile). Called last
   * in an article's transaction function: if anything before it throws, nothing is queued.
   */
  private queueSearch(articleId: number, content: RevisionContent): void {
    if (!this.inTransaction) throw new Error('queueSearch outside ArticleRepository.transaction');
    if (this.bulkImports > 0) this.stmt.insertBacklog.run(articleId);
    this.pendingSearch.set(articleId, { title: content.searchTitle, body: content.searchBody });
  }

  /** Title and warnings of a revision, without loading its document (for re-imports answered from the hash). */
  revisionHeadline(revisionId: number): { title: string; warnings: string[] } | null {
    const row = this.stmt.headline.get(revisionId);
    return row ? { title: row.title, warnings: JSON.parse(row.warnings_json) as string[] } : null;
  }

  /**
   * A revision's metadata and link counts, read without its document or text: what a line per imported file shows
   * (`glossa import`), where reading whole revisions cost a sixth of a 2,000-file import.
   */
  revisionFacts(revisionId: number): { meta: ArticleMeta; wikiLinkCount: number; wikiTargetCount: number } | null {
    const row = this.stmt.facts.get(revisionId);
    if (!row) return null;
    const { title, author, published, source, lang } = row;
    return { meta: { title, author, published, source, lang }, wikiLinkCount: row.wiki_link_count, wikiTargetCount: row.wiki_target_count };
  }

  /**
   * The stored import with exactly these bytes (by content hash) that is still its article's latest import, or null:
   * how a re-import is known `unchanged` without parsing. Bytes of an older import (a file put back as it was) are
   * not found: they are stored again as a revision.
   */
  findImport(hash: string): { articleId: number; revisionId: number } | null {
    const row = this.stmt.importByHash.get(hash);
    return row ? { articleId: row.article_id, revisionId: row.id } : null;
  }

  /**
   * Stores an imported file: the bytes of an article's latest import again -> `unchanged` (nothing written; edits made
   * in Glossa since that import stay current); the bytes of an earlier import of an article -> a new revision of that
   * article, `revised` (the file was put back as it was, and the library must show what it says); the same article
   * (see `articleIdentity`) with other bytes -> a new revision, `revised`; else a new article, `imported`.
   */
  saveImport(input: { parsed: ParsedArticle; bytes: Uint8Array; fileName: string; hash?: string; now?: Date }): StoredImport {
    return this.saveEncodedImport({ ...input, content: encodeImport(input.parsed, input.bytes) });
  }

  /**
   * `saveImport` for a parse already encoded (`encodeImport`), as the import's parse workers deliver it: the same
   * checks and outcomes, without encoding on the storing thread.
   */
  saveEncodedImport(input: { content: RevisionContent; bytes: Uint8Array; fileName: string; hash?: string; now?: Date }): StoredImport {
    const { content, bytes, fileName } = input;
    const hash = input.hash ?? contentHash(bytes);
    const identity = articleIdentity(content.meta, fileName);
    const createdAt = (input.now ?? new Date()).toISOString();
    return this.transaction((): StoredImport => {
      const same = this.stmt.importByHash.get(hash);
      if (same) return { status: 'unchanged', articleId: same.article_id, revisionId: same.id };
      // Bytes an article was imported from before (not its latest import): that article, put back as the file says.
      const earlier = this.stmt.articleOfEarlierImport.get(hash);
      const existing = earlier ? this.stmt.articleById.get(earlier.article_id) : this.stmt.articleByIdentity.get(identity);
      const articleId = existing ? existing.id : Number(this.stmt.insertArticle.run(identity, content.meta.source, createdAt).lastInsertRowid);
      const revisionId = this.insertRevision({
        articleId,
        parentId: existing ? existing.current_revision_id : null,
        kind: 'import',
        fileName: path.basename(fileName.replace(/\\/g, '/')),
        original: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        content,
        contentHash: hash,
        createdAt,
      });
      this.queueSearch(articleId, content);
      return { status: existing ? 'revised' : 'imported', articleId, revisionId };
    });
  }

  /**
   * Adds an edit revision on top of `baseRevisionId`, which must still be the article's current revision (else
   * CONFLICT: someone else saved in between, and overwriting their edit silently would lose it).
   */
  saveEdit(edit: NewEditRevision, now: Date = new Date()): number {
    const content = encodeRevisionContent({ ...edit, sourceText: edit.markdown, warnings: [] });
    return this.transaction((): number => {
      const current = this.stmt.currentRevisionId.get(edit.articleId);
      if (!current) throw new GlossaError('NOT_FOUND', `There is no article #${edit.articleId}; reload the library.`);
      if (current.current_revision_id !== edit.baseRevisionId) {
        throw new GlossaError(
          'CONFLICT',
          `Article #${edit.articleId} changed since this edit began (revision ${current.current_revision_id} is now current, the edit is based on ${edit.baseRevisionId}); reload the article and edit again.`,
        );
      }
      const revisionId = this.insertRevision({
        articleId: edit.articleId,
        parentId: edit.baseRevisionId,
        kind: 'edit',
        fileName: null,
        original: null,
        content,
        contentHash: contentHash(Buffer.from(edit.markdown, 'utf8')),
        createdAt: now.toISOString(),
      });
      this.queueSearch(edit.articleId, content);
      return revisionId;
    });
  }

  private insertRevision(r: {
    articleId: number;
    parentId: number | null;
    kind: 'import' | 'edit';
    fileName: string | null;
    original: Buffer | null;
    content: RevisionContent;
    contentHash: string;
    createdAt: string;
  }): number {
    const c = r.content;
    const revisionId = Number(
      this.stmt.insertRevision.run({
        articleId: r.articleId,
        parentId: r.parentId,
        kind: r.kind,
        fileName: r.fileName,
        original: r.original,
        sourceText: c.sourceText,
        bodyStart: c.bodyStart,
        docJson: c.docJson,
        text: c.text,
        sourceMap: c.sourceMap,
        contentHash: r.contentHash,
        title: c.meta.title,
        author: c.meta.author,
        published: c.meta.published,
        source: c.meta.source,
        lang: c.meta.lang,
        warningsJson: JSON.stringify(c.warnings),
        wikiLinkCount: c.wikiLinkCount,
        wikiTargetCount: c.wikiLinks.targetCount,
        createdAt: r.createdAt,
      }).lastInsertRowid,
    );
    this.stmt.insertLinks.run(revisionId, c.wikiLinks.targets, c.wikiLinks.occurrences);
    this.stmt.setCurrent.run(revisionId, r.articleId);
    return revisionId;
  }

  /** The library: current revision of every article, optionally filtered by text in the title. */
  list(options: { query?: string; sort?: ArticleSort; direction?: 'asc' | 'desc' } = {}): ArticleSummary[] {
    const sort = options.sort ?? 'importedAt';
    const direction = options.direction ?? (sort === 'title' || sort === 'author' ? 'asc' : 'desc');
    const key = `${sort}:${direction}`;
    let statement = this.listStatements.get(key);
    if (!statement) {
      const column = SORT_COLUMNS[sort];
      statement = this.db.prepare(
        `${SUMMARY_SELECT} WHERE (@q IS NULL OR instr(lower(r.title), lower(@q)) > 0)
         ORDER BY ${column} IS NULL, ${column} ${direction === 'asc' ? 'ASC' : 'DESC'}, a.id ${direction === 'asc' ? 'ASC' : 'DESC'}`,
      );
      this.listStatements.set(key, statement);
    }
    const query = options.query?.trim();
    return statement.all({ q: query ? query : null }) as ArticleSummary[];
  }

  /**
   * What relative dates in an article's current text count from (`relativeDateAnchor`): the day it was written on in
   * its own zone, else its `published`; read from the stored header alone. Null for an unknown or undated article.
   */
  relativeDateAnchor(articleId: number): string | null {
    const row = this.stmt.currentHeader.get(articleId);
    return row ? relativeDateAnchor({ published: row.published, publishedDay: storedPublishedDay(row) }) : null;
  }

  /** One article's library entry, or null. */
  summary(articleId: number): ArticleSummary | null {
    return this.stmt.summary.get(articleId) ?? null;
  }

  /** A stored revision with its document, text and metadata, or null. */
  revision(revisionId: number): RevisionRecord | null {
    const row = this.stmt.revision.get(revisionId);
    if (!row) return null;
    const sourceText = row.source_text ?? (row.original ? decodeUtf8(row.original) : '');
    const meta: ArticleMeta = { title: row.title, author: row.author, published: row.published, source: row.source, lang: row.lang };
    // The day the article was written on in its own zone, read again from the stored header (see `publishedDayOf`).
    const publishedDay = publishedDayOf(sourceText.slice(0, row.body_start), row.published);
    if (publishedDay) meta.publishedDay = publishedDay;
    return {
      id: row.id,
      articleId: row.article_id,
      parentId: row.parent_id,
      kind: row.kind,
      fileName: row.file_name,
      original: row.original ? new Uint8Array(row.original.buffer, row.original.byteOffset, row.original.byteLength) : null,
      sourceText,
      bodyStart: row.body_start,
      doc: decodeStoredDoc(row.doc_json, row.canonical_text),
      text: row.canonical_text,
      sourceMap: decodeSourceMap(row.source_map_json),
      contentHash: row.content_hash,
      meta,
      warnings: JSON.parse(row.warnings_json) as string[],
      wikiLinkCount: row.wiki_link_count,
      wikiTargetCount: row.wiki_target_count,
      createdAt: row.created_at,
    };
  }

  /**
   * The revision of an article to show: `revisionId` if given (it must belong to the article), else the current one.
   * Throws NOT_FOUND with a message naming what is missing.
   */
  revisionOf(articleId: number, revisionId?: number): RevisionRecord {
    const current = this.stmt.currentRevisionId.get(articleId);
    if (!current) throw new GlossaError('NOT_FOUND', `There is no article #${articleId}; run "glossa list" or reload the library to see the articles.`);
    const record = this.revision(revisionId ?? current.current_revision_id);
    if (!record || record.articleId !== articleId) {
      throw new GlossaError('NOT_FOUND', `Article #${articleId} has no revision #${revisionId}; pick one from its revision list.`);
    }
    return record;
  }

  /**
   * The current revision's id and canonical text only: what annotating needs, without reading and parsing the
   * revision's document and source map (35 ms on a 177 KB article, per annotation).
   */
  currentText(articleId: number): { id: number; text: string } {
    const row = this.stmt.currentText.get(articleId);
    if (!row) throw new GlossaError('NOT_FOUND', `There is no article #${articleId}; run "glossa list" or reload the library to see the articles.`);
    return row;
  }

  /** The history of an article, oldest first. */
  revisions(articleId: number): RevisionInfo[] {
    return this.stmt.revisionsOf.all(articleId);
  }

  /** The wiki-links of a revision in text order. */
  wikiLinks(revisionId: number): WikiLinkOccurrence[] {
    return this.linkReaders.links(revisionId);
  }

  /** Every wiki-link target of a revision with its count, most linked first. */
  entities(revisionId: number): EntityCount[] {
    return this.linkReaders.entities(revisionId);
  }

  /**
   * Article ids whose current title or text contains `query`, ignoring case, script and width (據 finds 据, 3 finds ３:
   * the index holds the text folded, see `foldForSearchIndex`), best matches first. For 3+ characters the trigram index
   * narrows the articles to those holding every trigram of the query (each quoted, so `"` or `AND` in the query are
   * just text) and the text confirms the match; shorter queries, which trigram cannot answer, scan the texts.
   */
  search(query: string, limit = 100): number[] {
    const q = foldForSearch(query.trim());
    if (q.length === 0) return [];
    const chars = [...q];
    if (chars.length < 3) return this.stmt.searchLike.all({ q, limit }).map((r) => r.id);
    const trigrams = new Set<string>();
    for (let i = 0; i + 3 <= chars.length; i++) trigrams.add(chars.slice(i, i + 3).join(''));
    const match = [...trigrams].map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
    return this.stmt.searchMatch.all({ match, q, limit }).map((r) => r.id);
  }

  /**
   * Full-text search of the library: the articles whose current title or text contains `query` (as `search` finds
   * them), each with how often the text contains it and its first occurrences in context, most occurrences first.
   */
  searchText(query: string, limit = 100): ArticleSearchHit[] {
    // Accented letters come composed (é) or as a letter and a combining mark (e + ◌́), in queries and in articles
    // alike: each form of the query is looked for, and an article's hits are counted in the form its text uses.
    const forms = [...new Set([query, query.normalize('NFC'), query.normalize('NFD')])];
    const ids = [...new Set(forms.flatMap((form) => this.search(form, limit)))].slice(0, limit);
    const hits: ArticleSearchHit[] = [];
    for (const id of ids) {
      const row = this.stmt.searchHit.get(id);
      if (!row) continue;
      const found = forms.map((form) => findMatches(row.text, form)).find((f) => f.count > 0) ?? findMatches(row.text, query);
      hits.push({ id, revisionId: row.revisionId, title: row.title, published: row.published, count: found.count, matches: found.matches });
    }
    return hits.sort((a, b) => b.count - a.count || a.id - b.id);
  }
}
