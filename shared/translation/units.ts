/**
 * From aligned pairs to translation units: what goes into the memory and into TMX and XLIFF exports. One function,
 * so that every export and the memory agree on what a pair becomes.
 */
import type { AlignedPair, TranslationUnit } from '../model/translation';

/** Where the units come from and in which languages. */
export interface UnitOptions {
  sourceLang?: string;
  targetLang?: string;
  /** E.g. `article:12`. */
  origin?: string;
  /** ISO date-time to stamp on every unit. */
  created?: string;
  /** Leave out pairs with an empty side (omissions and additions have nothing to reuse). Default true. */
  skipOneSided?: boolean;
}

/** Turns an article's aligned pairs into translation units, ids `p1`, `p2`... in pair order (or `p<id>` when stored). */
export function unitsFromPairs(pairs: readonly AlignedPair[], options: UnitOptions = {}): TranslationUnit[] {
  const skip = options.skipOneSided ?? true;
  const units: TranslationUnit[] = [];
  pairs.forEach((p, i) => {
    if (skip && (!p.zhText.trim() || !p.enText.trim())) return;
    const unit: TranslationUnit = {
      id: `p${p.id ?? i + 1}`,
      source: p.zhText,
      target: p.enText,
      sourceLang: options.sourceLang ?? 'zh-CN',
      targetLang: options.targetLang ?? 'en',
      pairStatus: p.status,
      confidence: p.confidence,
    };
    if (p.targetStatus) unit.status = p.targetStatus;
    if (options.origin) unit.origin = options.origin;
    if (options.created) unit.created = options.created;
    if (p.notes?.length) unit.notes = p.notes.map((n) => ({ ...n }));
    units.push(unit);
  });
  return units;
}
