/**
 * The translation workspace of an article: attach English, segment both sides, align, let a person fix the alignment
 * (every edit saved at once and undoable), keep the translator's targets, and feed confirmed pairs to the memory.
 *
 * Sentences are always cut from the canonical text of a side (`shared/text/canonical.ts` for the Chinese revision,
 * the parsed English for the English side), so offsets agree with highlights, anchors and exports. A segmentation is
 * stored once per side revision when the user has split or merged a sentence; otherwise it is recomputed (cheap).
 */
import { alignSentences, type AlignOptions } from '../../shared/align/align';
import { confirmBead, insertGap, mergeWithNext, shiftSentence, splitBead, checkBeads } from '../../shared/align/edit';
import { realign } from '../../shared/align/realign';
import { segmentSentences } from '../../shared/align/segment';
import type { AlignDictionary, Bead } from '../../shared/align/types';
import { GlossaError } from '../../shared/ipc/errors';
import { decodeArticle } from '../../shared/markdown/decode';
import { parseArticleText } from '../../shared/markdown/parseArticle';
import type { AlignedPair, SegmentStatus } from '../../shared/model/translation';
import type { ArticleRepository } from './articleRepository';
import type { GlossaryService } from './glossaryService';
import type { MemoryService } from './memoryService';
import { carryWork, pairKey } from './translationCarry';
import { notesInSpan, type SpanHighlight, type SpanNote } from './translationNotes';
import type { EnglishSideRow, SegmentationSnapshot, TranslationStore } from './translationStore';
import type { TranslationWorkspace, WorkspacePair, AlignmentEditInput, SentenceEditInput, EnglishSourceInput, CarryReport } from './translationTypes';

export type { TranslationWorkspace, WorkspacePair } from './translationTypes';

type Side = 'zh' | 'en';
type Spans = { start: number; end: number }[];

export { pairKey } from './translationCarry';

/** The sides of an alignment as sentence lists, with the texts they were cut from. */
interface Sides {
  zhRevisionId: number;
  zhText: string;
  zhSpans: Spans;
  english: EnglishSideRow;
  enSpans: Spans;
}

/** How the service reaches the aligner's lexical help; the dictionary loads lazily (about a second, once). */
export interface TranslationServiceOptions {
  dictionary?: () => AlignDictionary | null;
  /**
   * Claims and notes on an article's Chinese text (from the annotation service), shown and exported beside pairs, and
   * every annotation's span, drawn on the Chinese side of the pair list.
   */
  annotationSpans?: (articleId: number) => { notes: SpanNote[]; highlights: SpanHighlight[] };
}

/** The workspace operations, one database. */
export class TranslationService {
  private dictionaryCache: AlignDictionary | null | undefined;

  constructor(
    readonly store: TranslationStore,
    private readonly articles: ArticleRepository,
    private readonly glossary: GlossaryService,
    private readonly memory: MemoryService,
    private readonly options: TranslationServiceOptions = {},
  ) {}

  /** The CC-CEDICT lookup (or whatever the options give), loaded on first use. */
  dictionary(): AlignDictionary | null {
    if (this.dictionaryCache === undefined) this.dictionaryCache = this.options.dictionary ? this.options.dictionary() : null;
    return this.dictionaryCache;
  }

  private alignOptions(articleId: number): AlignOptions {
    const summary = this.articles.summary(articleId);
    const dictionary = this.dictionary();
    return {
      glossary: this.glossary.terms().map((t) => ({ zh: t.zh, en: t.en })),
      ...(dictionary ? { dictionary } : {}),
      // Relative dates (昨天, last year) count from the day the article was written on in its own zone.
      published: summary ? this.articles.relativeDateAnchor(articleId) : null,
    };
  }

  private requireArticle(articleId: number): void {
    if (!this.articles.summary(articleId)) throw new GlossaError('NOT_FOUND', `There is no article #${articleId}; check the id with \`glossa list\`.`);
  }

  /** Sentence spans of a side revision: the stored (user-edited) ones, else freshly cut. */
  private spansOf(side: Side, revisionId: number, text: string): Spans {
    const stored = this.store.segmentation(side, revisionId);
    if (stored) return stored.spans;
    return segmentSentences(text, side).map((s) => ({ start: s.start, end: s.end }));
  }

  private sidesFor(zhRevisionId: number, english: EnglishSideRow): Sides {
    const zh = this.articles.revision(zhRevisionId);
    if (!zh) throw new GlossaError('NOT_FOUND', `Revision #${zhRevisionId} is gone; attach the English again.`);
    return {
      zhRevisionId,
      zhText: zh.text,
      zhSpans: this.spansOf('zh', zhRevisionId, zh.text),
      english,
      enSpans: this.spansOf('en', english.id, english.text),
    };
  }

  /**
   * Stores the sentence spans an alignment was made on, for both sides, where none are stored yet. Beads name
   * sentences by index; cut afresh by a later Glossa whose sentence rules differ, the same text would give other
   * sentences and the stored beads would no longer fit them.
   */
  private pinSpans(sides: Sides, now: string): void {
    for (const [side, revisionId, spans] of [['zh', sides.zhRevisionId, sides.zhSpans], ['en', sides.english.id, sides.enSpans]] as const) {
      if (!this.store.segmentation(side, revisionId)) this.store.saveSegmentation(side, revisionId, { spans, userEdited: false }, now);
    }
  }

  /** Whether `beads` cover exactly the sentences of `sides` (they do unless the sentence rules changed under them). */
  private fits(beads: readonly Bead[], sides: Sides): boolean {
    let zh = 0;
    let en = 0;
    for (const b of beads) {
      zh += b.zh.length;
      en += b.en.length;
    }
    return zh === sides.zhSpans.length && en === sides.enSpans.length;
  }

  private texts(text: string, spans: Spans, side: Side): string[] {
    return spans.map((s) => sentenceText(text, s, side));
  }

  /**
   * Attaches English to an article (a file's bytes, pasted text, or nothing for a fresh translation), keeping any
   * earlier English side as a revision, then segments, aligns and stores the alignment.
   */
  attachEnglish(articleId: number, source: EnglishSourceInput, now = new Date()): TranslationWorkspace {
    this.requireArticle(articleId);
    const parsed = parseEnglish(source);
    const zhRevision = this.articles.revisionOf(articleId);
    const stamp = now.toISOString();
    const options = this.alignOptions(articleId);
    this.store.transaction(() => {
      const sideId = this.store.insertEnglishSide({ articleId, ...parsed, createdAt: stamp });
      const english = this.store.englishSide(sideId) as EnglishSideRow;
      const previous = this.store.alignment(articleId);
      const previousSides = previous ? this.sidesFor(previous.zhRevisionId, this.store.englishSide(previous.enSideId) as EnglishSideRow) : null;
      if (previous && previousSides && this.fits(previous.beads, previousSides)) {
        // Replacing the English: confirmed pairs and typed targets move onto the new sentences (undoable as one step).
        this.store.clearOps(previous.id);
        this.carryOver(articleId, previous, zhRevision.id, english, stamp);
      } else {
        // No alignment yet, or one made on sentences cut by other rules (nothing to carry by index): align afresh.
        const sides = this.sidesFor(zhRevision.id, english);
        const beads = alignSentences(this.texts(sides.zhText, sides.zhSpans, 'zh'), this.texts(english.text, sides.enSpans, 'en'), options).map((b) => ({ ...b, status: b.status ?? 'auto' as const }));
        this.store.replaceAlignment(articleId, zhRevision.id, sideId, beads, stamp);
        this.pinSpans(sides, stamp);
      }
      this.syncMemory(articleId);
    });
    return this.workspace(articleId);
  }

  /**
   * Moves the alignment `row` onto the Chinese revision `zhRevisionId` and the English side `english` (either or both
   * may differ from the row's): confirmed pairs and typed targets are carried by sentence text, the rest is aligned
   * again, and the report of what could not be carried is kept in the op log with an undo snapshot of everything.
   */
  private carryOver(articleId: number, row: NonNullable<ReturnType<TranslationStore['alignment']>>, zhRevisionId: number, english: EnglishSideRow, now: string): void {
    const oldEnglish = this.store.englishSide(row.enSideId) as EnglishSideRow;
    const before = this.sidesFor(row.zhRevisionId, oldEnglish);
    const after = this.sidesFor(zhRevisionId, english);
    const targets = this.store.targets(row.id);
    const work = carryWork(
      { zh: this.texts(before.zhText, before.zhSpans, 'zh'), en: this.texts(oldEnglish.text, before.enSpans, 'en'), beads: row.beads, targets },
      this.texts(after.zhText, after.zhSpans, 'zh'),
      this.texts(english.text, after.enSpans, 'en'),
      this.alignOptions(articleId),
    );
    const side: CarryReport['side'] = zhRevisionId !== row.zhRevisionId ? (english.id !== row.enSideId ? 'both' : 'zh') : 'en';
    const report: CarryReport = { side, at: now, ...work.report };
    const snapshot = { beads: row.beads, zhRevisionId: row.zhRevisionId, enSideId: row.enSideId, targets: [...targets].map(([key, t]) => ({ key, ...t })) };
    this.store.pushOp(row.id, { op: 'carry', report }, snapshot, now);
    this.store.updateSides(row.id, zhRevisionId, english.id, work.beads.map((b) => ({ ...b, status: b.status ?? 'auto' })), now);
    this.store.replaceTargets(row.id, work.targets, now);
    this.pinSpans(after, now);
  }

  /** The article's workspace; `english` is null when nothing is attached yet. */
  workspace(articleId: number): TranslationWorkspace {
    this.requireArticle(articleId);
    const current = this.articles.revisionOf(articleId);
    const row = this.store.alignment(articleId);
    const sides = this.store.englishSides(articleId);
    if (!row) {
      return {
        articleId,
        zhRevisionId: current.id,
        stale: false,
        english: null,
        englishRevisions: sides.map(sideInfo),
        zhText: current.text,
        enText: '',
        zhSentences: this.spansOf('zh', current.id, current.text).map((s) => ({ ...s, text: sentenceText(current.text, s, 'zh') })),
        enSentences: [],
        pairs: [],
        undoDepth: 0,
        updatedAt: null,
        zhHighlights: [],
        carry: null,
      };
    }
    const english = this.store.englishSide(row.enSideId) as EnglishSideRow;
    const s = this.sidesFor(row.zhRevisionId, english);
    if (!this.fits(row.beads, s)) {
      throw new GlossaError(
        'CONFLICT',
        `Article #${articleId}'s alignment was made on sentences cut by an earlier version of Glossa, and they no longer match. ` +
          `Attach the English again (Translation → Replace English, or \`glossa align ${articleId} --en FILE\`) to align it anew; pairs already confirmed stay in the translation memory.`,
      );
    }
    const targets = this.store.targets(row.id);
    const annotated = this.options.annotationSpans ? this.options.annotationSpans(articleId) : { notes: [], highlights: [] };
    const spanNotes = annotated.notes;
    const zhSentences = s.zhSpans.map((x) => ({ ...x, text: sentenceText(s.zhText, x, 'zh') }));
    const enSentences = s.enSpans.map((x) => ({ ...x, text: sentenceText(english.text, x, 'en') }));
    const pairs: WorkspacePair[] = row.beads.map((b) => {
      const t = targets.get(pairKey(b));
      const zhFirst = b.zh.length ? zhSentences[b.zh[0]] : null;
      const zhLast = b.zh.length ? zhSentences[b.zh[b.zh.length - 1]] : null;
      const enFirst = b.en.length ? enSentences[b.en[0]] : null;
      const enLast = b.en.length ? enSentences[b.en[b.en.length - 1]] : null;
      const notes = zhFirst && zhLast ? notesInSpan(spanNotes, row.zhRevisionId, zhFirst.start, zhLast.end) : [];
      return {
        ...(notes.length ? { notes } : {}),
        zh: b.zh,
        en: b.en,
        zhText: b.zh.map((i) => zhSentences[i].text).join(''),
        enText: b.en.map((j) => enSentences[j].text).join(' '),
        zhStart: zhFirst?.start ?? null,
        zhEnd: zhLast?.end ?? null,
        enStart: enFirst?.start ?? null,
        enEnd: enLast?.end ?? null,
        confidence: b.confidence,
        status: b.status ?? 'auto',
        target: t?.target ?? null,
        targetStatus: t?.status ?? (b.en.length ? 'translated' : 'new'),
      };
    });
    return {
      articleId,
      zhRevisionId: row.zhRevisionId,
      stale: row.zhRevisionId !== current.id,
      english: sideInfo(english),
      englishRevisions: sides.filter((x) => x.id !== english.id).map(sideInfo),
      zhText: s.zhText,
      enText: english.text,
      zhSentences,
      enSentences,
      pairs,
      undoDepth: this.store.opCount(row.id),
      updatedAt: row.updatedAt,
      zhHighlights: annotated.highlights.filter((h) => h.revisionId === row.zhRevisionId).map(({ revisionId: _, ...h }) => h),
      carry: carryFromOp(this.store.lastCarry(row.id)),
    };
  }

  private requireAlignment(articleId: number): NonNullable<ReturnType<TranslationStore['alignment']>> {
    this.requireArticle(articleId);
    const row = this.store.alignment(articleId);
    if (!row) throw new GlossaError('NOT_FOUND', `Article #${articleId} has no English side yet; attach English first (glossa align ${articleId} --en FILE).`);
    return row;
  }

  /** Applies one alignment edit and saves it (with an undo snapshot) in one transaction. */
  edit(articleId: number, edit: AlignmentEditInput): TranslationWorkspace {
    const row = this.requireAlignment(articleId);
    const english = this.store.englishSide(row.enSideId) as EnglishSideRow;
    const at = (pair: number): Bead => {
      const b = row.beads[pair];
      if (!b) throw new GlossaError('BAD_INPUT', `There is no pair ${pair + 1}: the alignment has ${row.beads.length} pairs.`);
      return b;
    };
    let beads: Bead[];
    let zhRevisionId = row.zhRevisionId;
    const snapshots: SegmentationSnapshot[] = [];
    switch (edit.op) {
      case 'merge':
        beads = mergeWithNext(row.beads, edit.pair);
        break;
      case 'split': {
        const b = at(edit.pair);
        beads = splitBead(row.beads, edit.pair, (b.zh[0] ?? 0) + edit.zhAt, (b.en[0] ?? 0) + edit.enAt);
        break;
      }
      case 'shift':
        beads = shiftSentence(row.beads, edit.pair, edit.side, edit.direction);
        break;
      case 'insertGap':
        beads = insertGap(row.beads, edit.pair, edit.side, edit.where);
        break;
      case 'confirm':
        beads = confirmBead(row.beads, edit.pair, edit.status ?? 'confirmed');
        break;
      case 'confirmAll':
        beads = row.beads.map((b) => ({ ...b, status: 'confirmed' as const, confidence: 1 }));
        break;
      case 'realign': {
        const current = this.articles.revisionOf(articleId);
        const options = this.alignOptions(articleId);
        if (current.id !== row.zhRevisionId) {
          // The Chinese changed under the alignment: sentence indices no longer mean the same, so the person's work
          // is carried over by sentence text (one undoable step with its own report).
          this.store.transaction(() => {
            this.carryOver(articleId, row, current.id, english, new Date().toISOString());
            this.syncMemory(articleId);
          });
          return this.workspace(articleId);
        } else {
          const s = this.sidesFor(row.zhRevisionId, english);
          beads = realign(this.texts(s.zhText, s.zhSpans, 'zh'), this.texts(english.text, s.enSpans, 'en'), row.beads, options);
        }
        beads = beads.map((b) => ({ ...b, status: b.status ?? 'auto' }));
        break;
      }
    }
    this.save(articleId, row.id, edit, { beads: row.beads, segmentations: snapshots }, zhRevisionId, beads);
    return this.workspace(articleId);
  }

  private save(articleId: number, alignmentId: number, op: unknown, before: { beads: Bead[]; segmentations?: SegmentationSnapshot[] }, zhRevisionId: number, beads: Bead[]): void {
    const now = new Date().toISOString();
    this.store.transaction(() => {
      this.store.pushOp(alignmentId, op, before, now);
      this.store.updateBeads(alignmentId, zhRevisionId, beads, now);
      const row = this.store.alignment(articleId);
      if (row) this.pinSpans(this.sidesFor(zhRevisionId, this.store.englishSide(row.enSideId) as EnglishSideRow), now);
      this.syncMemory(articleId);
    });
  }

  /** Takes back the last edit; NOT_FOUND-free: with nothing to undo the workspace comes back unchanged. */
  undo(articleId: number): TranslationWorkspace {
    const row = this.requireAlignment(articleId);
    this.store.transaction(() => {
      const snap = this.store.popOp(row.id);
      if (!snap) return;
      const now = new Date().toISOString();
      for (const seg of snap.segmentations ?? []) this.store.saveSegmentation(seg.side, seg.revisionId, { spans: seg.spans, userEdited: seg.userEdited }, now);
      this.store.updateSides(row.id, snap.zhRevisionId ?? row.zhRevisionId, snap.enSideId ?? row.enSideId, snap.beads, now);
      if (snap.targets) this.store.replaceTargets(row.id, snap.targets, now);
      this.syncMemory(articleId);
    });
    return this.workspace(articleId);
  }

  /**
   * Splits a sentence at an offset inside it, or merges it with the next sentence of the same side; the pairs around
   * it are aligned again, confirmed pairs kept.
   */
  editSentence(articleId: number, edit: SentenceEditInput): TranslationWorkspace {
    const row = this.requireAlignment(articleId);
    const english = this.store.englishSide(row.enSideId) as EnglishSideRow;
    const s = this.sidesFor(row.zhRevisionId, english);
    const side = edit.side;
    const revisionId = side === 'zh' ? row.zhRevisionId : english.id;
    const text = side === 'zh' ? s.zhText : english.text;
    const spans = side === 'zh' ? s.zhSpans : s.enSpans;
    const k = edit.sentence;
    const sentence = spans[k];
    if (!sentence) throw new GlossaError('BAD_INPUT', `There is no ${side} sentence ${k + 1}: the side has ${spans.length}.`);
    const stored = this.store.segmentation(side, revisionId);
    const snapshot: SegmentationSnapshot = stored
      ? { side, revisionId, spans: stored.spans, userEdited: stored.userEdited }
      : { side, revisionId, spans, userEdited: false };
    let newSpans: Spans;
    let beads: Bead[];
    if (edit.op === 'splitSentence') {
      const cut = sentence.start + edit.offset;
      if (cut >= sentence.end) throw new GlossaError('BAD_INPUT', `Offset ${edit.offset} is not inside ${side} sentence ${k + 1} (it has ${sentence.end - sentence.start} characters).`);
      const left = trimSpan(text, sentence.start, cut);
      const right = trimSpan(text, cut, sentence.end);
      if (!left || !right) throw new GlossaError('BAD_INPUT', 'Splitting there would leave an empty sentence; choose a point between words.');
      newSpans = [...spans.slice(0, k), left, right, ...spans.slice(k + 1)];
      beads = row.beads.map((b) => {
        const list = b[side];
        if (!list.includes(k)) return { ...b, [side]: list.map((i) => (i > k ? i + 1 : i)) };
        const grown = [...list.filter((i) => i <= k), k + 1, ...list.filter((i) => i > k).map((i) => i + 1)];
        return { ...b, [side]: grown };
      });
    } else {
      const next = spans[k + 1];
      if (!next) throw new GlossaError('BAD_INPUT', `${side} sentence ${k + 1} is the last one: there is nothing after it to merge with.`);
      newSpans = [...spans.slice(0, k), { start: sentence.start, end: next.end }, ...spans.slice(k + 2)];
      const first = row.beads.findIndex((b) => b[side].includes(k));
      const last = row.beads.findIndex((b) => b[side].includes(k + 1));
      const merged: Bead[] = [];
      row.beads.forEach((b, i) => {
        if (i > first && i <= last) {
          const m = merged[merged.length - 1];
          merged[merged.length - 1] = { zh: [...m.zh, ...b.zh], en: [...m.en, ...b.en], confidence: Math.min(m.confidence, b.confidence), status: 'auto' };
        } else merged.push({ ...b });
      });
      beads = merged.map((b) => ({ ...b, [side]: b[side].filter((i) => i !== k + 1).map((i) => (i > k + 1 ? i - 1 : i)) }));
      beads = beads.filter((b) => b.zh.length + b.en.length > 0);
    }
    const zhTexts = side === 'zh' ? this.texts(text, newSpans, 'zh') : this.texts(s.zhText, s.zhSpans, 'zh');
    const enTexts = side === 'en' ? this.texts(text, newSpans, 'en') : this.texts(english.text, s.enSpans, 'en');
    checkBeads(beads, zhTexts.length, enTexts.length);
    // The pair holding the edited sentence stays as the user sees it (a split or merge says nothing about which pair
    // the text belongs to); the stretches around it that nobody confirmed are aligned again.
    const pinnedAt = beads.findIndex((b) => b[side].includes(k));
    const pinnedStatus = beads[pinnedAt].status ?? 'auto';
    const pinned: Bead = { ...beads[pinnedAt], status: 'confirmed' };
    beads = beads.map((b, i) => (i === pinnedAt ? pinned : b));
    beads = realign(zhTexts, enTexts, beads, this.alignOptions(articleId)).map((b) =>
      b === pinned ? { ...b, status: pinnedStatus } : { ...b, status: b.status ?? 'auto' },
    );
    const now = new Date().toISOString();
    this.store.transaction(() => {
      this.store.saveSegmentation(side, revisionId, { spans: newSpans, userEdited: true }, now);
      this.save(articleId, row.id, edit, { beads: row.beads, segmentations: [snapshot] }, row.zhRevisionId, beads);
    });
    return this.workspace(articleId);
  }

  /** Sets the translator's target and its status for a pair. */
  setTarget(articleId: number, pair: number, target: string, status: SegmentStatus): TranslationWorkspace {
    const row = this.requireAlignment(articleId);
    const b = row.beads[pair];
    if (!b) throw new GlossaError('BAD_INPUT', `There is no pair ${pair + 1}: the alignment has ${row.beads.length} pairs.`);
    this.store.transaction(() => {
      this.store.setTarget(row.id, pairKey(b), target, status, new Date().toISOString());
      this.syncMemory(articleId);
    });
    return this.workspace(articleId);
  }

  /** The article's pairs in the shape exports and checks take (target, when typed, stands for the English). */
  alignedPairs(articleId: number): AlignedPair[] {
    const ws = this.workspace(articleId);
    return ws.pairs.map((p) => ({
      zh: p.zh,
      en: p.en,
      zhText: p.zhText,
      enText: p.target !== null && p.target.trim() !== '' ? p.target : p.enText,
      status: p.status,
      confidence: p.confidence,
      targetStatus: p.target !== null ? p.targetStatus : p.en.length ? undefined : 'new',
      ...(p.notes ? { notes: p.notes } : {}),
    }));
  }

  /**
   * Rewrites the article's rows of the memory from its pairs a person vouched for: confirmed pairs, and pairs whose
   * typed target is translated or further along.
   */
  private syncMemory(articleId: number): void {
    const row = this.store.alignment(articleId);
    if (!row) return;
    const ws = this.workspace(articleId);
    const rows = ws.pairs.flatMap((p) => {
      const typed = p.target !== null && p.target.trim() !== '' && ['translated', 'reviewed', 'final'].includes(p.targetStatus);
      const target = typed ? (p.target as string) : p.enText;
      if (!p.zhText.trim() || !target.trim()) return [];
      if (p.status !== 'confirmed' && !typed) return [];
      return [{ source: p.zhText, target, zhKey: pairKey(p) }];
    });
    this.store.replaceArticleMemory(articleId, rows, new Date().toISOString());
    this.memory.invalidate();
  }
}

/** The report of a carry-over op as stored in the op log (null for anything else). */
function carryFromOp(op: unknown): CarryReport | null {
  if (typeof op !== 'object' || op === null || !('report' in op)) return null;
  return (op as { report: CarryReport }).report;
}

function sideInfo(s: EnglishSideRow): TranslationWorkspace['englishRevisions'][number] {
  return { id: s.id, fileName: s.fileName, kind: s.kind, createdAt: s.createdAt, length: s.text.length };
}

/**
 * The text of a sentence: its slice of the canonical text, with a paragraph break inside it (a sentence the user
 * merged across paragraphs) read as nothing in Chinese and as one space in English.
 */
function sentenceText(text: string, span: { start: number; end: number }, side: Side): string {
  const slice = text.slice(span.start, span.end);
  return slice.includes('\n') ? slice.replace(/\s*\n\s*/g, side === 'zh' ? '' : ' ') : slice;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** Reads an English side: Markdown files and pasted Markdown through the article parser, plain text as it is. */
export function parseEnglish(source: EnglishSourceInput): { kind: EnglishSideRow['kind']; fileName: string | null; original: Uint8Array | null; sourceText: string; text: string } {
  if (source.kind === 'empty') return { kind: 'empty', fileName: null, original: null, sourceText: '', text: '' };
  if (source.kind === 'text') {
    const sourceText = source.text.replace(/\r\n?/g, '\n');
    return { kind: 'text', fileName: null, original: null, sourceText, text: canonicalEnglish(sourceText, looksLikeMarkdown(sourceText)) };
  }
  const bytes = Uint8Array.from(Buffer.from(source.dataBase64, 'base64'));
  const { text } = decodeArticle(bytes, source.name);
  const markdown = !/\.(txt|text)$/i.test(source.name);
  return { kind: 'file', fileName: source.name, original: bytes, sourceText: text, text: canonicalEnglish(text, markdown) };
}

function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6} |\[\[|\*\*|^[-*] |\]\(/m.test(text);
}

function canonicalEnglish(source: string, markdown: boolean): string {
  if (!markdown) return source.replace(/\r\n?/g, '\n').trim();
  return parseArticleText(source).text;
}
