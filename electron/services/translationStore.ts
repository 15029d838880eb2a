/**
 * SQL of the translation workspace (schema v3, `migrations/003_translation.ts`): English sides, segmentations,
 * alignments with their op log, targets and the memory. Statements are prepared once; the service above decides what
 * to write, this file only knows how.
 */
import type { Statement } from 'better-sqlite3';
import type { Bead } from '../../shared/align/types';
import type { SegmentStatus } from '../../shared/model/translation';
import { chineseLanguageTag } from '../../shared/text/chineseScript';
import type { GlossaDatabase } from './database';

/** One stored English side of an article. */
export interface EnglishSideRow {
  id: number;
  articleId: number;
  kind: 'file' | 'text' | 'empty';
  fileName: string | null;
  sourceText: string;
  text: string;
  createdAt: string;
}

/** Sentence boundaries of one side revision, offsets into its canonical text. */
export interface SpanList {
  spans: { start: number; end: number }[];
  userEdited: boolean;
}

/** The stored alignment of an article. */
export interface AlignmentRow {
  id: number;
  articleId: number;
  zhRevisionId: number;
  enSideId: number;
  beads: Bead[];
  updatedAt: string;
}

/** A segmentation saved in an undo snapshot, so undoing a sentence edit restores the sentences too. */
export interface SegmentationSnapshot {
  side: 'zh' | 'en';
  revisionId: number;
  spans: { start: number; end: number }[];
  userEdited: boolean;
}

/** What an op log entry restores. */
export interface UndoSnapshot {
  beads: Bead[];
  segmentations?: SegmentationSnapshot[];
  /** Set by a carry-over, which moves the alignment to another Chinese revision or English side. */
  zhRevisionId?: number;
  enSideId?: number;
  /** The targets before a carry-over re-keyed them. */
  targets?: StoredTarget[];
}

/** A typed target as stored: under the key of the pair's Chinese sentences. */
export interface StoredTarget {
  key: string;
  target: string;
  status: SegmentStatus;
}

/** One row of the translation memory. */
export interface MemoryRow {
  id: number;
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  origin: string | null;
  articleId: number | null;
  zhKey: string | null;
}

interface SideDbRow {
  id: number;
  article_id: number;
  kind: 'file' | 'text' | 'empty';
  file_name: string | null;
  source_text: string;
  canonical_text: string;
  created_at: string;
}

function sideRow(r: SideDbRow): EnglishSideRow {
  return { id: r.id, articleId: r.article_id, kind: r.kind, fileName: r.file_name, sourceText: r.source_text, text: r.canonical_text, createdAt: r.created_at };
}

/** The translation tables of one database. */
export class TranslationStore {
  private readonly s: Record<string, Statement>;

  constructor(readonly db: GlossaDatabase) {
    const p = (sql: string): Statement => db.prepare(sql);
    this.s = {
      sides: p('SELECT * FROM english_sides WHERE article_id = ? ORDER BY id DESC'),
      side: p('SELECT * FROM english_sides WHERE id = ?'),
      insertSide: p(`INSERT INTO english_sides (article_id, kind, file_name, original, source_text, canonical_text, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      seg: p('SELECT spans_json, user_edited FROM segmentations WHERE side = ? AND revision_id = ?'),
      saveSeg: p(`INSERT INTO segmentations (side, revision_id, spans_json, user_edited, updated_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (side, revision_id) DO UPDATE SET spans_json = excluded.spans_json, user_edited = excluded.user_edited, updated_at = excluded.updated_at`),
      alignment: p('SELECT * FROM alignments WHERE article_id = ?'),
      upsertAlignment: p(`INSERT INTO alignments (article_id, zh_revision_id, en_side_id, beads_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (article_id) DO UPDATE SET zh_revision_id = excluded.zh_revision_id, en_side_id = excluded.en_side_id,
        beads_json = excluded.beads_json, updated_at = excluded.updated_at`),
      updateBeads: p('UPDATE alignments SET beads_json = ?, zh_revision_id = ?, updated_at = ? WHERE id = ?'),
      updateSides: p('UPDATE alignments SET beads_json = ?, zh_revision_id = ?, en_side_id = ?, updated_at = ? WHERE id = ?'),
      lastCarry: p(`SELECT op_json FROM alignment_ops WHERE alignment_id = ? AND json_extract(op_json, '$.op') = 'carry' ORDER BY id DESC LIMIT 1`),
      pushOp: p('INSERT INTO alignment_ops (alignment_id, op_json, before_json, created_at) VALUES (?, ?, ?, ?)'),
      lastOp: p('SELECT id, before_json FROM alignment_ops WHERE alignment_id = ? ORDER BY id DESC LIMIT 1'),
      deleteOp: p('DELETE FROM alignment_ops WHERE id = ?'),
      clearOps: p('DELETE FROM alignment_ops WHERE alignment_id = ?'),
      countOps: p('SELECT count(*) AS n FROM alignment_ops WHERE alignment_id = ?'),
      targets: p('SELECT zh_key, target, status FROM segment_targets WHERE alignment_id = ?'),
      setTarget: p(`INSERT INTO segment_targets (alignment_id, zh_key, target, status, updated_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (alignment_id, zh_key) DO UPDATE SET target = excluded.target, status = excluded.status, updated_at = excluded.updated_at`),
      clearTargets: p('DELETE FROM segment_targets WHERE alignment_id = ?'),
      deleteArticleMemory: p('DELETE FROM translation_memory WHERE article_id = ?'),
      insertMemory: p(`INSERT INTO translation_memory (source, target, source_lang, target_lang, origin, article_id, zh_key, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`),
      memory: p('SELECT id, source, target, source_lang, target_lang, origin, article_id, zh_key FROM translation_memory ORDER BY id'),
    };
  }

  /** Runs `fn` in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T {
    return this.db.inTransaction ? fn() : this.db.transaction(fn)();
  }

  /** Every English side of an article, newest (the current one) first. */
  englishSides(articleId: number): EnglishSideRow[] {
    return (this.s.sides.all(articleId) as SideDbRow[]).map(sideRow);
  }

  englishSide(id: number): EnglishSideRow | null {
    const r = this.s.side.get(id) as SideDbRow | undefined;
    return r ? sideRow(r) : null;
  }

  insertEnglishSide(side: Omit<EnglishSideRow, 'id'> & { original: Uint8Array | null }): number {
    const info = this.s.insertSide.run(side.articleId, side.kind, side.fileName, side.original ? Buffer.from(side.original) : null, side.sourceText, side.text, side.createdAt);
    return Number(info.lastInsertRowid);
  }

  segmentation(side: 'zh' | 'en', revisionId: number): SpanList | null {
    const r = this.s.seg.get(side, revisionId) as { spans_json: string; user_edited: number } | undefined;
    return r ? { spans: JSON.parse(r.spans_json) as SpanList['spans'], userEdited: r.user_edited === 1 } : null;
  }

  saveSegmentation(side: 'zh' | 'en', revisionId: number, list: SpanList, now: string): void {
    const flat = list.spans.map((s) => ({ start: s.start, end: s.end }));
    this.s.saveSeg.run(side, revisionId, JSON.stringify(flat), list.userEdited ? 1 : 0, now);
  }

  alignment(articleId: number): AlignmentRow | null {
    const r = this.s.alignment.get(articleId) as
      | { id: number; article_id: number; zh_revision_id: number; en_side_id: number; beads_json: string; updated_at: string }
      | undefined;
    if (!r) return null;
    return { id: r.id, articleId: r.article_id, zhRevisionId: r.zh_revision_id, enSideId: r.en_side_id, beads: JSON.parse(r.beads_json) as Bead[], updatedAt: r.updated_at };
  }

  /** Stores a fresh alignment for the article (replacing any earlier one, its op log and targets kept apart). */
  replaceAlignment(articleId: number, zhRevisionId: number, enSideId: number, beads: readonly Bead[], now: string): AlignmentRow {
    this.s.upsertAlignment.run(articleId, zhRevisionId, enSideId, JSON.stringify(beads), now, now);
    const row = this.alignment(articleId);
    if (!row) throw new Error('alignment vanished after upsert');
    this.s.clearOps.run(row.id);
    return row;
  }

  updateBeads(alignmentId: number, zhRevisionId: number, beads: readonly Bead[], now: string): void {
    this.s.updateBeads.run(JSON.stringify(beads), zhRevisionId, now, alignmentId);
  }

  /** Moves the alignment onto another Chinese revision and English side with new beads (a carry-over, or its undo). */
  updateSides(alignmentId: number, zhRevisionId: number, enSideId: number, beads: readonly Bead[], now: string): void {
    this.s.updateSides.run(JSON.stringify(beads), zhRevisionId, enSideId, now, alignmentId);
  }

  /** The `op_json` of the newest carry-over still in the op log, parsed; null when there is none. */
  lastCarry(alignmentId: number): unknown {
    const r = this.s.lastCarry.get(alignmentId) as { op_json: string } | undefined;
    return r ? (JSON.parse(r.op_json) as unknown) : null;
  }

  /** Forgets the undo history of an alignment (its snapshots would not fit a replaced English side). */
  clearOps(alignmentId: number): void {
    this.s.clearOps.run(alignmentId);
  }

  /** Replaces every target of an alignment (a carry-over re-keys them, undo puts them back). */
  replaceTargets(alignmentId: number, targets: readonly StoredTarget[], now: string): void {
    this.s.clearTargets.run(alignmentId);
    for (const t of targets) this.s.setTarget.run(alignmentId, t.key, t.target, t.status, now);
  }

  pushOp(alignmentId: number, op: unknown, before: UndoSnapshot, now: string): void {
    this.s.pushOp.run(alignmentId, JSON.stringify(op), JSON.stringify(before), now);
  }

  /** Removes and returns the newest op's snapshot, or null when there is nothing to undo. */
  popOp(alignmentId: number): UndoSnapshot | null {
    const r = this.s.lastOp.get(alignmentId) as { id: number; before_json: string } | undefined;
    if (!r) return null;
    this.s.deleteOp.run(r.id);
    return JSON.parse(r.before_json) as UndoSnapshot;
  }

  opCount(alignmentId: number): number {
    return (this.s.countOps.get(alignmentId) as { n: number }).n;
  }

  targets(alignmentId: number): Map<string, { target: string; status: SegmentStatus }> {
    const rows = this.s.targets.all(alignmentId) as { zh_key: string; target: string; status: SegmentStatus }[];
    return new Map(rows.map((r) => [r.zh_key, { target: r.target, status: r.status }]));
  }

  setTarget(alignmentId: number, zhKey: string, target: string, status: SegmentStatus, now: string): void {
    this.s.setTarget.run(alignmentId, zhKey, target, status, now);
  }

  clearTargets(alignmentId: number): void {
    this.s.clearTargets.run(alignmentId);
  }

  /** Replaces the memory rows that come from one article. */
  replaceArticleMemory(articleId: number, rows: readonly { source: string; target: string; zhKey: string }[], now: string): void {
    this.s.deleteArticleMemory.run(articleId);
    const sourceLang = chineseLanguageTag(rows.map((r) => r.source).join('\n'));
    for (const r of rows) this.s.insertMemory.run(r.source, r.target, sourceLang, 'en', `article:${articleId}`, articleId, r.zhKey, now);
  }

  /** Adds an imported unit; false when the same source, target and origin are already stored. */
  insertImportedUnit(u: { source: string; target: string; sourceLang: string; targetLang: string; origin: string | null; created: string }): boolean {
    return this.s.insertMemory.run(u.source, u.target, u.sourceLang, u.targetLang, u.origin, null, null, u.created).changes > 0;
  }

  memory(): MemoryRow[] {
    const rows = this.s.memory.all() as { id: number; source: string; target: string; source_lang: string; target_lang: string; origin: string | null; article_id: number | null; zh_key: string | null }[];
    return rows.map((r) => ({ id: r.id, source: r.source, target: r.target, sourceLang: r.source_lang, targetLang: r.target_lang, origin: r.origin, articleId: r.article_id, zhKey: r.zh_key }));
  }
}
