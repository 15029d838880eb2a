/**
 * Re-alignment that respects a person's work: after some beads were confirmed (or edited, which confirms them), the
 * aligner runs again on the stretches between confirmed beads only, so a correction made by hand is never undone
 * and often fixes its neighbours too (a wrong 2-1 early on no longer pushes everything after it).
 */
import { alignSentences } from './align';
import type { AlignOptions } from './align';
import { checkBeads } from './edit';
import type { Bead } from './types';

/**
 * Align `zh` and `en` again, keeping every `confirmed` bead of `beads` exactly as it is. `beads` must be a valid
 * alignment of the same sentences (checked). Anchors in `options` are not used: the confirmed beads play their part.
 */
export function realign(zh: readonly string[], en: readonly string[], beads: readonly Bead[], options: AlignOptions = {}): Bead[] {
  checkBeads(beads, zh.length, en.length);
  const out: Bead[] = [];
  let zhFrom = 0;
  let enFrom = 0;
  const flush = (zhTo: number, enTo: number): void => {
    if (zhTo === zhFrom && enTo === enFrom) return;
    const part = alignSentences(zh.slice(zhFrom, zhTo), en.slice(enFrom, enTo), { ...options, anchors: [] });
    for (const b of part) out.push({ ...b, zh: b.zh.map((i) => i + zhFrom), en: b.en.map((j) => j + enFrom), status: 'auto' });
  };
  for (const b of beads) {
    if (b.status !== 'confirmed') continue;
    const zhStart = b.zh.length > 0 ? b.zh[0] : nextIndex(beads, b, 'zh');
    const enStart = b.en.length > 0 ? b.en[0] : nextIndex(beads, b, 'en');
    flush(zhStart, enStart);
    out.push(b);
    zhFrom = zhStart + b.zh.length;
    enFrom = enStart + b.en.length;
  }
  flush(zh.length, en.length);
  return out;
}

/** Where a side that is empty in bead `b` stands: the number of sentences of that side in the beads before it. */
function nextIndex(beads: readonly Bead[], b: Bead, side: 'zh' | 'en'): number {
  let count = 0;
  for (const other of beads) {
    if (other === b) break;
    count += other[side].length;
  }
  return count;
}

