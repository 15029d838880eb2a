/**
 * Moving a translator's work onto changed sentences: confirmed pairs through `shared/align/carry.ts`, typed targets
 * by the Chinese sentences they translate, and a report of everything that could not be moved, with its texts, so
 * the workspace can show it instead of losing it. Pure apart from the types; the service reads and writes the rows.
 */
import type { AlignOptions } from '../../shared/align/align';
import { carryAlignment, matchedIndices, type SentenceMatch } from '../../shared/align/carry';
import type { Bead } from '../../shared/align/types';
import type { SegmentStatus } from '../../shared/model/translation';
import type { StoredTarget } from './translationStore';
import type { CarryReport } from './translationTypes';

/** The key a target is stored under: the pair's Chinese sentence indices (`-` plus English ones for a 0-n pair). */
export function pairKey(bead: Pick<Bead, 'zh' | 'en'>): string {
  return bead.zh.length > 0 ? bead.zh.join(',') : `-${bead.en.join(',')}`;
}

/** The alignment a carry-over starts from: sentence texts of both sides, beads and typed targets by pair key. */
export interface CarrySource {
  zh: readonly string[];
  en: readonly string[];
  beads: readonly Bead[];
  targets: ReadonlyMap<string, { target: string; status: SegmentStatus }>;
}

/** What the service stores after a carry-over. */
export interface CarriedWork {
  beads: Bead[];
  targets: StoredTarget[];
  report: Omit<CarryReport, 'side' | 'at'>;
}

/**
 * Carries `old` onto the sentence lists `zh` and `en`. Confirmed pairs keep their status wherever their sentences are
 * found; a target follows its Chinese sentences when the new alignment has a pair with exactly those sentences (a
 * carried pair always does); whatever cannot follow is listed in `report.lost` with its old texts.
 */
export function carryWork(old: CarrySource, zh: readonly string[], en: readonly string[], options: AlignOptions): CarriedWork {
  const result = carryAlignment({ zh: old.zh, en: old.en, beads: old.beads }, zh, en, options);
  const newKeys = new Map(result.beads.map((b, k) => [pairKey(b), k]));
  const zhMap = result.zhMap;
  const enMap = result.enMap;
  const joined = (b: Bead): { zhText: string; enText: string } => ({
    zhText: b.zh.map((i) => old.zh[i]).join(''),
    enText: b.en.map((j) => old.en[j]).join(' '),
  });
  const lostBeads = new Map(result.lost.map((l) => [l.from, l.reason]));
  const carriedTo = new Map(result.carried.map((c) => [c.from, c.to]));
  const targets: StoredTarget[] = [];
  const usedKeys = new Set<string>();
  const lost: CarryReport['lost'] = [];
  old.beads.forEach((b, k) => {
    const typed = old.targets.get(pairKey(b)) ?? null;
    let reason = lostBeads.get(k) ?? null;
    if (typed) {
      const to = carriedTo.get(k);
      let newKey: string | null = to !== undefined ? pairKey(result.beads[to]) : null;
      if (newKey === null) {
        // Not a carried pair: the target follows its Chinese if the new alignment grouped those sentences the same.
        const follow = (list: number[], map: typeof zhMap): number[] =>
          list.some((i) => !map[i]) ? [-1] : [...new Set(list.flatMap((i) => matchedIndices(map[i] as SentenceMatch)))];
        const mapped = b.zh.length > 0 ? follow(b.zh, zhMap) : follow(b.en, enMap);
        const key = mapped.includes(-1) ? null : pairKey(b.zh.length > 0 ? { zh: mapped, en: [] } : { zh: [], en: mapped });
        newKey = key !== null && newKeys.has(key) ? key : null;
        if (newKey === null && reason === null) reason = mapped.includes(-1) ? 'removed' : 'split';
      }
      // Two targets whose sentences were merged into one: the first keeps the place, the second is reported.
      if (newKey !== null && usedKeys.has(newKey)) newKey = null;
      if (newKey !== null) {
        usedKeys.add(newKey);
        targets.push({ key: newKey, target: typed.target, status: typed.status });
      }
      else if (reason === null) reason = 'split';
      if (newKey !== null && lostBeads.has(k)) {
        // The pair was lost but its target found its sentences: report the pair without the target.
        lost.push({ reason: lostBeads.get(k) ?? 'split', ...joined(b), status: b.status ?? 'auto', target: null, targetStatus: null });
        return;
      }
    }
    if (reason !== null) {
      lost.push({ reason, ...joined(b), status: b.status ?? 'auto', target: typed?.target ?? null, targetStatus: typed?.status ?? null });
    }
  });
  const edited = result.carried
    .filter((c) => !c.exact)
    .map((c) => {
      const b = result.beads[c.to];
      return { pair: c.to, zhText: b.zh.map((i) => zh[i]).join(''), enText: b.en.map((j) => en[j]).join(' ') };
    });
  return { beads: result.beads, targets, report: { carried: result.carried.length, targetsCarried: targets.length, edited, lost } };
}
