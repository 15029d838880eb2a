/**
 * The translation memory over the database: every confirmed (or translated) pair of every article, plus units
 * imported from TMX, searched with the fuzzy score of `shared/translation/tm.ts`. The entry list is read once and
 * kept until the memory changes, so the search index built for it is reused across lookups.
 */
import { parseTmx } from '../../shared/export/tmx';
import { concordance, searchMemory } from '../../shared/translation/tm';
import type { PairSpan } from '../../shared/model/translation';
import type { MemoryRow, TranslationStore } from './translationStore';

/** One suggestion for a segment. */
export interface MemorySuggestion {
  source: string;
  target: string;
  score: number;
  origin: string | null;
}

/** One concordance hit. */
export interface MemoryConcordanceHit {
  source: string;
  target: string;
  origin: string | null;
  sourceSpans: PairSpan[];
  targetSpans: PairSpan[];
}

/** Search and import over the `translation_memory` table. */
export class MemoryService {
  private entries: MemoryRow[] | null = null;

  constructor(private readonly store: TranslationStore) {}

  /** Forget the cached entries (after any write to the memory). */
  invalidate(): void {
    this.entries = null;
  }

  private all(): MemoryRow[] {
    this.entries ??= this.store.memory();
    return this.entries;
  }

  /**
   * Fuzzy matches for `text`, best first. `exclude` leaves out the memory row of the segment being translated itself
   * (its own confirmed pair would always score 100).
   */
  suggest(text: string, options: { minScore?: number; limit?: number; exclude?: { articleId: number; zhKey: string } } = {}): MemorySuggestion[] {
    const limit = options.limit ?? 5;
    const matches = searchMemory(text, this.all(), { minScore: options.minScore ?? 50, limit: limit + 1 });
    const ex = options.exclude;
    return matches
      .filter((m) => !(ex && m.entry.articleId === ex.articleId && m.entry.zhKey === ex.zhKey))
      .slice(0, limit)
      .map((m) => ({ source: m.entry.source, target: m.entry.target, score: Math.round(m.score * 10) / 10, origin: m.entry.origin }));
  }

  /** Where `term` occurs in the memory, with its places on each side. */
  concordance(term: string, options: { side?: 'source' | 'target' | 'both'; limit?: number } = {}): MemoryConcordanceHit[] {
    return concordance(term, this.all(), options).map((h) => ({
      source: h.entry.source,
      target: h.entry.target,
      origin: h.entry.origin,
      sourceSpans: h.source,
      targetSpans: h.target,
    }));
  }

  /** Imports every unit of a TMX document; units already in the memory from the same file are skipped. */
  importTmx(name: string, xml: string): { added: number; skipped: number } {
    const units = parseTmx(xml);
    let added = 0;
    this.store.transaction(() => {
      const now = new Date().toISOString();
      for (const u of units) {
        if (!u.source.trim() || !u.target.trim()) continue;
        const ok = this.store.insertImportedUnit({
          source: u.source,
          target: u.target,
          sourceLang: u.sourceLang,
          targetLang: u.targetLang,
          origin: u.origin ?? name,
          created: u.created ?? now,
        });
        if (ok) added++;
      }
    });
    this.invalidate();
    return { added, skipped: units.length - added };
  }
}
