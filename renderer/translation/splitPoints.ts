/**
 * Where a pair can be split: the split chooser offers, for each side, the cut positions that leave both parts
 * non-empty overall. A cut is a sentence index: the first part keeps the sentences before it (the same meaning as
 * `splitBead` in `shared/align/edit.ts`, which the service runs).
 */

/** The cut positions of one side: from its first sentence to just after its last one. */
export function cutsOf(indices: readonly number[]): number[] {
  if (indices.length === 0) return [];
  const out: number[] = [];
  for (let i = indices[0]; i <= indices[indices.length - 1] + 1; i++) out.push(i);
  return out;
}

/** True when cutting at `zhAt` / `enAt` leaves sentences on both sides of the cut. */
export function isValidSplit(zh: readonly number[], en: readonly number[], zhAt: number, enAt: number): boolean {
  const firstCount = zh.filter((i) => i < zhAt).length + en.filter((j) => j < enAt).length;
  const secondCount = zh.length + en.length - firstCount;
  const inRange = (list: readonly number[], cut: number): boolean =>
    list.length === 0 || (cut >= list[0] && cut <= list[list.length - 1] + 1);
  return inRange(zh, zhAt) && inRange(en, enAt) && firstCount > 0 && secondCount > 0;
}

/**
 * The split a user most likely wants: the first cut (in reading order) that leaves two full pairs (both sides in both
 * parts, as 2-2 -> 1-1 + 1-1), else one whose first part is still a full pair (1-2 -> 1-1 + 0-1), else any valid
 * cut. Null when the pair holds one sentence.
 */
export function defaultSplit(zh: readonly number[], en: readonly number[]): { zhAt: number; enAt: number } | null {
  let best: { zhAt: number; enAt: number; score: number } | null = null;
  for (const zhAt of zh.length ? cutsOf(zh) : [0]) {
    for (const enAt of en.length ? cutsOf(en) : [0]) {
      if (!isValidSplit(zh, en, zhAt, enAt)) continue;
      const firstFull = zh.some((i) => i < zhAt) && en.some((j) => j < enAt);
      const secondFull = zh.some((i) => i >= zhAt) && en.some((j) => j >= enAt);
      const score = firstFull && secondFull ? 2 : firstFull ? 1 : 0;
      if (!best || score > best.score) best = { zhAt, enAt, score };
    }
  }
  return best ? { zhAt: best.zhAt, enAt: best.enAt } : null;
}
