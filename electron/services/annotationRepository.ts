/**
 * Reads and writes annotations, their history, tag colours and source snapshots. Statements are prepared once; every
 * write that changes an annotation records a history entry (whole before/after snapshots) in the same transaction, so
 * the table and its history can never disagree.
 */
import type { Statement } from 'better-sqlite3';
import type { Annotation, AnnotationAction, AnnotationHistoryEntry, Body, ClaimDetails } from '../../shared/model/annotation';
import { outlineBodies, outlineClaim, type OutlineRow } from '../../shared/ipc/annotationOutline';
import type { GlossaDatabase } from './database';

interface AnnotationRow {
  id: string;
  article_id: number;
  revision_id: number;
  motivation: string;
  bodies_json: string;
  creator: string;
  created: string;
  modified: string;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  start_offset: number;
  end_offset: number;
  anchor_state: string;
  confidence: number;
  claim_json: string | null;
  deleted: number;
}

/**
 * The columns an outline row is made of, in its order (`outlineByArticle`); read as arrays, not objects (a third
 * quicker for thousands of rows), the last two still JSON text.
 */
type OutlineColumns = [string, string, number, number, string, string, number, string, claimJson: string | null, bodiesJson: string];

interface HistoryRow {
  annotation_id: string;
  at: string;
  actor: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

/** A stored annotation with its deleted flag. */
export interface StoredAnnotation {
  annotation: Annotation;
  deleted: boolean;
}

function fromRow(row: AnnotationRow): Annotation {
  const annotation: Annotation = {
    id: row.id,
    articleId: row.article_id,
    revisionId: row.revision_id,
    motivation: row.motivation as Annotation['motivation'],
    bodies: JSON.parse(row.bodies_json) as Body[],
    creator: row.creator,
    created: row.created,
    modified: row.modified,
    target: {
      selectors: {
        quote: { exact: row.quote_exact, prefix: row.quote_prefix, suffix: row.quote_suffix },
        position: { start: row.start_offset, end: row.end_offset },
      },
    },
    anchor: { state: row.anchor_state as Annotation['anchor']['state'], confidence: row.confidence },
  };
  if (row.claim_json !== null) annotation.claim = JSON.parse(row.claim_json) as ClaimDetails;
  return annotation;
}

function toParams(a: Annotation, deleted: boolean): Record<string, unknown> {
  const { quote, position } = a.target.selectors;
  return {
    id: a.id,
    articleId: a.articleId,
    revisionId: a.revisionId,
    motivation: a.motivation,
    bodiesJson: JSON.stringify(a.bodies),
    creator: a.creator,
    created: a.created,
    modified: a.modified,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position.start,
    end: position.end,
    state: a.anchor.state,
    confidence: a.anchor.confidence,
    claimJson: a.claim === undefined ? null : JSON.stringify(a.claim),
    deleted: deleted ? 1 : 0,
  };
}

/** One annotation as it was and as it is to be stored; its JSON texts when the caller has them already (history rows). */
export interface ChangedAnnotation {
  before: Annotation;
  after: Annotation;
  beforeJson?: string;
  afterJson?: string;
}

/** Storage of annotations over one connection. */
export class AnnotationRepository {
  private readonly stmt: {
    insert: Statement<Record<string, unknown>>;
    update: Statement<Record<string, unknown>>;
    get: Statement<[string], AnnotationRow>;
    byArticle: Statement<[number], AnnotationRow>;
    outlineByArticle: Statement<[number], OutlineColumns>;
    allLive: Statement<[], AnnotationRow>;
    liveTaggedBodies: Statement<[], { bodies_json: string }>;
    insertHistory: Statement<[string, string, string, string, string | null, string | null]>;
    history: Statement<[string], HistoryRow>;
    tagColours: Statement<[], { name: string; colour: string | null }>;
    tagColour: Statement<[string], { name: string; colour: string | null }>;
    upsertTag: Statement<[string, string | null]>;
    deleteTag: Statement<[string]>;
    putSnapshot: Statement<[string, string, Buffer, string]>;
    getSnapshot: Statement<[string], { media_type: string; bytes: Buffer }>;
  };

  constructor(private readonly db: GlossaDatabase) {
    const columns = `id, article_id, revision_id, motivation, bodies_json, creator, created, modified, quote_exact,
      quote_prefix, quote_suffix, start_offset, end_offset, anchor_state, confidence, claim_json, deleted`;
    this.stmt = {
      insert: db.prepare(`INSERT INTO annotations (${columns}) VALUES (@id, @articleId, @revisionId, @motivation,
        @bodiesJson, @creator, @created, @modified, @exact, @prefix, @suffix, @start, @end, @state, @confidence,
        @claimJson, @deleted)`),
      update: db.prepare(`UPDATE annotations SET revision_id = @revisionId, motivation = @motivation,
        bodies_json = @bodiesJson, creator = @creator, created = @created, modified = @modified, quote_exact = @exact,
        quote_prefix = @prefix, quote_suffix = @suffix, start_offset = @start, end_offset = @end,
        anchor_state = @state, confidence = @confidence, claim_json = @claimJson, deleted = @deleted
        WHERE id = @id AND article_id = @articleId`),
      get: db.prepare(`SELECT ${columns} FROM annotations WHERE id = ?`),
      byArticle: db.prepare(`SELECT ${columns} FROM annotations WHERE article_id = ? AND deleted = 0
        ORDER BY start_offset, end_offset, created, id`),
      outlineByArticle: db.prepare(`SELECT id, motivation, start_offset, end_offset, quote_exact, anchor_state, confidence,
        modified, claim_json, bodies_json FROM annotations WHERE article_id = ? AND deleted = 0
        ORDER BY start_offset, end_offset, created, id`).raw(true) as Statement<[number], OutlineColumns>,
      allLive: db.prepare(`SELECT ${columns} FROM annotations WHERE deleted = 0`),
      liveTaggedBodies: db.prepare(`SELECT bodies_json FROM annotations WHERE deleted = 0 AND instr(bodies_json, '"tagging"') > 0`),
      insertHistory: db.prepare(
        'INSERT INTO annotation_history (annotation_id, at, actor, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      history: db.prepare('SELECT annotation_id, at, actor, action, before_json, after_json FROM annotation_history WHERE annotation_id = ? ORDER BY id'),
      tagColours: db.prepare('SELECT name, colour FROM tags ORDER BY name'),
      tagColour: db.prepare('SELECT name, colour FROM tags WHERE name = ?'),
      upsertTag: db.prepare('INSERT INTO tags (name, colour) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET colour = excluded.colour'),
      deleteTag: db.prepare('DELETE FROM tags WHERE name = ?'),
      putSnapshot: db.prepare('INSERT OR IGNORE INTO source_snapshots (sha256, media_type, bytes, created_at) VALUES (?, ?, ?, ?)'),
      getSnapshot: db.prepare('SELECT media_type, bytes FROM source_snapshots WHERE sha256 = ?'),
    };
  }

  /** Runs `fn` in a transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** One annotation, deleted or not; null when the id is unknown. */
  get(id: string): StoredAnnotation | null {
    const row = this.stmt.get.get(id);
    return row ? { annotation: fromRow(row), deleted: row.deleted === 1 } : null;
  }

  /** The live (not deleted) annotations of an article, in document order. */
  listByArticle(articleId: number): Annotation[] {
    return this.stmt.byArticle.all(articleId).map(fromRow);
  }

  /** The live annotations of an article as outline rows (`annotationOutline.ts`), in the order of `listByArticle`. */
  outlineByArticle(articleId: number): OutlineRow[] {
    return this.stmt.outlineByArticle.all(articleId).map((row) => {
      const [claimJson, bodiesJson] = [row[8], row[9]];
      const out = row as unknown as OutlineRow;
      out[8] = claimJson === null ? 0 : outlineClaim(JSON.parse(claimJson) as ClaimDetails);
      out[9] = bodiesJson === '[]' ? 0 : outlineBodies(JSON.parse(bodiesJson) as Body[]);
      return out;
    });
  }

  /** The live annotations of an article among `ids`, in document order (unknown and deleted ids are left out). */
  someOfArticle(articleId: number, ids: readonly string[]): Annotation[] {
    const found: Annotation[] = [];
    for (const id of new Set(ids)) {
      const row = this.stmt.get.get(id);
      if (row && row.article_id === articleId && row.deleted === 0) found.push(fromRow(row));
    }
    const byPlace = (a: Annotation, b: Annotation): number => {
      const x = a.target.selectors.position;
      const y = b.target.selectors.position;
      return x.start - y.start || x.end - y.end || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    };
    return found.sort(byPlace);
  }

  /** Every live annotation of every article (tag operations act everywhere). */
  allLive(): Annotation[] {
    return this.stmt.allLive.all().map(fromRow);
  }

  /**
   * The bodies of every live annotation that may carry a tag (its bodies mention the tagging purpose), for counting
   * tags without reading whole records.
   */
  liveTaggedBodies(): Body[][] {
    return this.stmt.liveTaggedBodies.all().map((row) => JSON.parse(row.bodies_json) as Body[]);
  }

  /** Stores a new annotation and its `created` history entry. */
  insert(annotation: Annotation, actor: string, at: string): void {
    this.transaction(() => {
      this.stmt.insert.run(toParams(annotation, false));
      this.stmt.insertHistory.run(annotation.id, at, actor, 'created', null, JSON.stringify(annotation));
    });
  }

  /**
   * Replaces an annotation with `after` (same id) and records `action` with both snapshots. `deleted` sets the flag;
   * for `deleted` actions the history's `after` is null, as the model says.
   */
  save(before: Annotation, after: Annotation, action: AnnotationAction, actor: string, at: string, deleted = false): void {
    this.transaction(() => this.write({ before, after }, action, actor, at, deleted));
  }

  /**
   * Saves many changed (live) annotations and their history entries in one transaction. A re-anchoring after an edit
   * changes every annotation of the article, and a transaction per record (a savepoint and a wrapper each, inside the
   * outer one) added to what a save of a long annotated article keeps the service busy with.
   */
  saveAll(changes: readonly ChangedAnnotation[], action: AnnotationAction, actor: string, at: string): void {
    if (changes.length === 0) return;
    this.transaction(() => {
      for (const change of changes) this.write(change, action, actor, at, false);
    });
  }

  private write(change: ChangedAnnotation, action: AnnotationAction, actor: string, at: string, deleted: boolean): void {
    const { before, after } = change;
    const changes = this.stmt.update.run(toParams(after, deleted)).changes;
    if (changes !== 1) throw new Error(`annotation ${after.id} was not updated (${changes} rows)`);
    const afterJson = action === 'deleted' ? null : (change.afterJson ?? JSON.stringify(after));
    this.stmt.insertHistory.run(after.id, at, actor, action, change.beforeJson ?? JSON.stringify(before), afterJson);
  }

  /** Every history entry of an annotation, oldest first. */
  history(id: string): AnnotationHistoryEntry[] {
    return this.stmt.history.all(id).map((row) => ({
      annotationId: row.annotation_id,
      at: row.at,
      actor: row.actor,
      action: row.action as AnnotationAction,
      before: row.before_json === null ? null : (JSON.parse(row.before_json) as Annotation),
      after: row.after_json === null ? null : (JSON.parse(row.after_json) as Annotation),
    }));
  }

  /** Tag colours as stored (name -> colour). */
  tagColours(): Map<string, string | null> {
    return new Map(this.stmt.tagColours.all().map((t) => [t.name, t.colour]));
  }

  /** The stored colour of one tag (undefined when the tag has no row). */
  tagColour(name: string): string | null | undefined {
    const row = this.stmt.tagColour.get(name);
    return row ? row.colour : undefined;
  }

  /** Sets a tag's colour (null clears it but keeps the row). */
  setTagColour(name: string, colour: string | null): void {
    this.stmt.upsertTag.run(name, colour);
  }

  /** Forgets a tag's row (after a rename or merge moved its annotations). */
  deleteTag(name: string): void {
    this.stmt.deleteTag.run(name);
  }

  /** Stores snapshot bytes under their hash (a second copy of the same bytes is not stored again). */
  putSnapshot(sha256: string, mediaType: string, bytes: Buffer, at: string): void {
    this.stmt.putSnapshot.run(sha256, mediaType, bytes, at);
  }

  /** A stored snapshot's bytes, or null. */
  snapshot(sha256: string): { mediaType: string; bytes: Uint8Array } | null {
    const row = this.stmt.getSnapshot.get(sha256);
    return row ? { mediaType: row.media_type, bytes: new Uint8Array(row.bytes) } : null;
  }
}
