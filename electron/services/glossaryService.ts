/**
 * The project glossary: Chinese terms and the English a translation must use for them. Entries come from the
 * article's wiki-link entities (seeded with the English left empty until a person gives it), from users, and from TBX
 * or CSV files. Terms with English feed the aligner (as anchors) and the term check.
 */
import type { Statement } from 'better-sqlite3';
import { parseGlossaryCsv, toGlossaryCsv } from '../../shared/export/glossaryCsv';
import { toTbx } from '../../shared/export/tbx';
import { GlossaError } from '../../shared/ipc/errors';
import { decodeExchangeBytes, readTbxFile } from '../../shared/translation/exchangeInput';
import { seedableTerms } from '../../shared/translation/glossarySeed';
import { foldToSimplified, foldUnambiguousToSimplified } from '../../shared/text/scriptFold';
import type { GlossarySource, GlossaryTerm } from '../../shared/model/translation';
import type { GlossaDatabase } from './database';

/** A stored glossary entry. */
export interface GlossaryRecord {
  id: number;
  zh: string;
  en: string;
  note: string | null;
  source: GlossarySource;
}

/** A file the glossary was written to. */
export interface GlossaryFile {
  fileName: string;
  mediaType: string;
  content: string;
}

/** Whether an uploaded glossary file is read as TBX (else CSV), by its name. */
function isTbxName(name: string): boolean {
  return /\.(tbx|xml)$/i.test(name);
}

/** Reads and writes the `glossary` table. */
export class GlossaryService {
  private readonly s: Record<string, Statement>;

  constructor(private readonly db: GlossaDatabase) {
    const p = (sql: string): Statement => db.prepare(sql);
    this.s = {
      all: p('SELECT id, zh, en, note, source FROM glossary ORDER BY zh, en'),
      byId: p('SELECT id, zh, en, note, source FROM glossary WHERE id = ?'),
      byPair: p('SELECT id, zh, en, note, source FROM glossary WHERE zh = ? AND en = ?'),
      byZh: p('SELECT 1 FROM glossary WHERE zh = ? LIMIT 1'),
      insert: p('INSERT INTO glossary (zh, en, note, source, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (zh, en) DO NOTHING'),
      update: p('UPDATE glossary SET en = ?, note = ? WHERE id = ?'),
      remove: p('DELETE FROM glossary WHERE id = ?'),
    };
  }

  /**
   * Every entry, sorted by Chinese; `query` keeps entries whose Chinese (in either script: 立法会 finds 立法會), English
   * or note contain it.
   */
  list(query?: string): GlossaryRecord[] {
    const all = this.s.all.all() as GlossaryRecord[];
    const q = query?.trim().toLowerCase();
    if (!q) return all;
    const zhQuery = foldToSimplified(q);
    return all.filter((t) => foldToSimplified(t.zh).includes(zhQuery) || t.en.toLowerCase().includes(q) || (t.note ?? '').toLowerCase().includes(q));
  }

  /** The entries with English, as the aligner and the checks take them. */
  terms(): GlossaryTerm[] {
    return this.list()
      .filter((t) => t.en.trim() !== '')
      .map((t) => ({ zh: t.zh, en: t.en, source: t.source, ...(t.note ? { note: t.note } : {}) }));
  }

  /** Adds a term; adding one that exists returns the stored entry. */
  add(term: { zh: string; en: string; note?: string | null; source: GlossarySource }): GlossaryRecord {
    const zh = term.zh.trim();
    const en = term.en.trim();
    if (!zh) throw new GlossaError('BAD_INPUT', 'A glossary term needs its Chinese; type the term first.');
    this.s.insert.run(zh, en, term.note?.trim() || null, term.source, new Date().toISOString());
    return this.s.byPair.get(zh, en) as GlossaryRecord;
  }

  /** Gives an entry its English or changes its note. CONFLICT when the same zh+en exists already. */
  update(id: number, en: string, note?: string | null): GlossaryRecord {
    const current = this.s.byId.get(id) as GlossaryRecord | undefined;
    if (!current) throw new GlossaError('NOT_FOUND', `There is no glossary entry #${id}; reload the glossary.`);
    const other = this.s.byPair.get(current.zh, en.trim()) as GlossaryRecord | undefined;
    if (other && other.id !== id) throw new GlossaError('CONFLICT', `The glossary already has ${current.zh} = ${en.trim()}; remove one of the two.`);
    this.s.update.run(en.trim(), note === undefined ? current.note : note?.trim() || null, id);
    return this.s.byId.get(id) as GlossaryRecord;
  }

  remove(id: number): boolean {
    return this.s.remove.run(id).changes > 0;
  }

  /**
   * Adds each Chinese entity that has no entry yet, English empty; returns how many were added. Dates and numbers
   * (a link to 10月7日 or 2023年) are not terms and are left out: the number check compares them. An entry in the other
   * script is an entry of the entity (卡塔爾 has one when 卡塔尔 has), as the checks match across scripts.
   */
  seed(entities: readonly string[]): number {
    let added = 0;
    this.db.transaction(() => {
      const known = new Set(this.list().map((t) => foldUnambiguousToSimplified(t.zh)));
      for (const zh of seedableTerms(entities)) {
        const key = foldUnambiguousToSimplified(zh);
        if (known.has(key) || this.s.byZh.get(zh)) continue;
        known.add(key);
        added += this.s.insert.run(zh, '', null, 'wiki-link', new Date().toISOString()).changes;
      }
    })();
    return added;
  }

  /** Imports TBX (`.tbx`, `.xml`) or CSV (anything else); terms already present are skipped. */
  importFile(name: string, content: string): { added: number; skipped: number } {
    const terms = isTbxName(name) ? readTbxFile(content, name) : parseGlossaryCsv(content);
    let added = 0;
    this.db.transaction(() => {
      for (const t of terms) {
        if (!t.zh.trim()) continue;
        added += this.s.insert.run(t.zh.trim(), t.en.trim(), t.note?.trim() || null, 'import', new Date().toISOString()).changes;
      }
    })();
    return { added, skipped: terms.length - added };
  }

  /**
   * `importFile` of a file's bytes, read in the encoding the file is in: UTF-16 (Excel's "Unicode text"), a TBX's
   * declared encoding, a CSV in GB18030 or Big5 (Excel on a Chinese Windows); refused with a clear message otherwise.
   */
  importFileBytes(name: string, bytes: Uint8Array): { added: number; skipped: number } {
    return this.importFile(name, decodeExchangeBytes(bytes, name, isTbxName(name) ? 'TBX' : 'CSV'));
  }

  /**
   * The glossary as TBX or CSV. Only terms with English are written: a term file pairs two languages (and the readers
   * refuse a row without English), while entities still waiting for their English stay in Glossa's list.
   */
  exportFile(format: 'tbx' | 'csv'): GlossaryFile {
    const terms = this.terms();
    if (format === 'tbx') return { fileName: 'glossary.tbx', mediaType: 'application/x-tbx+xml', content: toTbx(terms) };
    return { fileName: 'glossary.csv', mediaType: 'text/csv', content: toGlossaryCsv(terms) };
  }
}
