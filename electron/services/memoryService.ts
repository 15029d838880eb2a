/**
 * The translation memory over the database: every confirmed (or translated) pair of every article, plus units
 * imported from TMX, searched with the fuzzy score of `shared/translation/tm.ts`. The entry list is read once and
 * kept until the memory changes, so the search index built for it is reused across lookups.
 */
import { concordance, searchMemory } from '../../shared/translation/tm';
import { decodeTmxBytes, readTmxFile } from '../../shared/translation/exchangeInput';
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

/** What the memory may ask of the rest of the library. */
export interface MemoryServiceOptions {
  /** The current title of an article, to name where a confirmed pair comes from. */
  articleTitle?: (articleId: number) => string | null | undefined;
}

/** The origin Glossa stores for an article's own pairs and writes into its TMX (`x-glossa-origin`). */
const ARTICLE_ORIGIN = /^article:\d+$/;

/** Search and import over the `translation_memory` table. */
export class MemoryService {
  private entries: MemoryRow[] | null = null;

  constructor(
    private readonly store: TranslationStore,
    private readonly options: MemoryServiceOptions = {},
  ) {}

  /**
   * Where a memory row comes from, as a translator reads it: the article's current title for the article's own pairs,
   * else the TMX file (or the tool the TMX names). `article:12` is an id, not a name, and in an imported file the id
   * of an article of another library.
   */
  private originOf(entry: MemoryRow): string | null {
    if (entry.articleId !== null) {
      const title = this.options.articleTitle?.(entry.articleId)?.trim();
      return title || `Article #${entry.articleId}`;
    }
    if (entry.origin && ARTICLE_ORIGIN.test(entry.origin)) return 'an imported TMX file';
    return entry.origin;
  }

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
      .map((m) => ({ source: m.entry.source, target: m.entry.target, score: Math.round(m.score * 10) / 10, origin: this.originOf(m.entry) }));
  }

  /** Where `term` occurs in the memory, with its places on each side. */
  concordance(term: string, options: { side?: 'source' | 'target' | 'both'; limit?: number } = {}): MemoryConcordanceHit[] {
    return concordance(term, this.all(), options).map((h) => ({
      source: h.entry.source,
      target: h.entry.target,
      origin: this.originOf(h.entry),
      sourceSpans: h.source,
      targetSpans: h.target,
    }));
  }

  /**
   * Imports every unit of a TMX document; units already in the memory from the same file are skipped. A unit's origin
   * is the one the file gives, except an article id of a Glossa TMX (`article:12`, meaningless in this library): then
   * the file's name, as for units that give none. The memory is Chinese→English whichever way the file was written:
   * each unit's Chinese `<tuv>` is the source and its English one the target (an English→Chinese TMX, or a
   * multilingual one, is read the right way round); a unit without both is skipped and counted as such.
   */
  importTmx(name: string, xml: string): { added: number; skipped: number } {
    let leftOut = 0;
    const units = readTmxFile(xml, name, { sourceLang: 'zh', targetLang: 'en', onLeftOut: () => leftOut++ });
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
          origin: u.origin && !ARTICLE_ORIGIN.test(u.origin) ? u.origin : name,
          created: u.created ?? now,
        });
        if (ok) added++;
      }
    });
    this.invalidate();
    return { added, skipped: units.length - added + leftOut };
  }

  /** `importTmx` of a file's bytes, read in the encoding the file is in (UTF-16 and declared encodings too). */
  importTmxFile(name: string, bytes: Uint8Array): { added: number; skipped: number } {
    return this.importTmx(name, decodeTmxBytes(bytes, name));
  }
}
