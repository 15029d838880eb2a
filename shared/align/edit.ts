/**
 * Editing an alignment by hand, as pure functions: each takes a bead list and returns a new one, never touching its
 * input, and keeps the invariants every consumer relies on (each side's indices contiguous, increasing and covering
 * every sentence exactly once; no empty bead). An edit that cannot be done throws an `AlignError` saying why.
 *
 * Status: a bead changed by an edit is the result of a person's decision, so it comes out `confirmed` with
 * confidence 1, like a bead confirmed with `confirmBead`. Beads an edit does not touch keep their status.
 */
import { AlignError } from './errors';
import type { Bead, BeadStatus } from './types';

/** Which side of a bead an edit works on. */
export type BeadSide = 'zh' | 'en';

/** A side as the translator reads it in a message. */
function sideName(side: BeadSide): string {
  return side === 'zh' ? 'Chinese' : 'English';
}

function edited(zh: number[], en: number[]): Bead {
  return { zh, en, confidence: 1, status: 'confirmed' };
}

function at(beads: readonly Bead[], index: number): Bead {
  if (!Number.isInteger(index) || index < 0 || index >= beads.length) {
    throw new AlignError('NO_SUCH_BEAD', `There is no pair ${index + 1}: the alignment has ${beads.length} pairs.`);
  }
  return beads[index];
}

function replace(beads: readonly Bead[], from: number, count: number, insert: Bead[]): Bead[] {
  const out = beads.slice();
  out.splice(from, count, ...insert);
  return out;
}

/**
 * Check the invariants of a bead list (and, when given, that it covers exactly `zhCount` and `enCount` sentences).
 * Throws `AlignError` BAD_BEADS with the first problem found; used to validate lists that come from outside.
 */
export function checkBeads(beads: readonly Bead[], zhCount?: number, enCount?: number): void {
  let nextZh = 0;
  let nextEn = 0;
  beads.forEach((b, k) => {
    if (b.zh.length === 0 && b.en.length === 0) throw new AlignError('BAD_BEADS', `Pair ${k + 1} has no sentence on either side.`);
    for (const [side, list] of [['zh', b.zh], ['en', b.en]] as const) {
      for (const i of list) {
        const expected = side === 'zh' ? nextZh : nextEn;
        if (i !== expected) {
          throw new AlignError('BAD_BEADS', `Pair ${k + 1} holds ${sideName(side)} sentence ${i + 1} where ${sideName(side)} sentence ${expected + 1} was due: the pairs must keep the sentences in order.`);
        }
        if (side === 'zh') nextZh++;
        else nextEn++;
      }
    }
    if (!(b.confidence >= 0 && b.confidence <= 1)) throw new AlignError('BAD_BEADS', `Pair ${k + 1} has confidence ${b.confidence}, outside 0 to 1.`);
  });
  if (zhCount !== undefined && nextZh !== zhCount) throw new AlignError('BAD_BEADS', `The pairs hold ${nextZh} of the ${zhCount} Chinese sentences; every sentence belongs to one pair.`);
  if (enCount !== undefined && nextEn !== enCount) throw new AlignError('BAD_BEADS', `The pairs hold ${nextEn} of the ${enCount} English sentences; every sentence belongs to one pair.`);
}

/** Merge bead `index` with the bead after it (two 1-1 beads become one 2-2 bead). */
export function mergeWithNext(beads: readonly Bead[], index: number): Bead[] {
  const a = at(beads, index);
  if (index + 1 >= beads.length) throw new AlignError('NO_NEIGHBOUR', `Pair ${index + 1} is the last pair: there is no pair after it to merge with.`);
  const b = beads[index + 1];
  return replace(beads, index, 2, [edited([...a.zh, ...b.zh], [...a.en, ...b.en])]);
}

/**
 * Split bead `index` in two: the first part keeps the Chinese sentences before `zhAt` and the English sentences
 * before `enAt`, the second part gets the rest. `zhAt` / `enAt` are sentence indices within (or just after) the
 * bead's range; a side may go entirely to one part (a 2-1 bead split at zh 2nd / en end gives 1-1 + 1-0).
 */
export function splitBead(beads: readonly Bead[], index: number, zhAt: number, enAt: number): Bead[] {
  const b = at(beads, index);
  const check = (side: BeadSide, list: number[], cut: number): void => {
    if (list.length === 0) return;
    if (!Number.isInteger(cut) || cut < list[0] || cut > list[list.length - 1] + 1) {
      throw new AlignError(
        'BAD_SPLIT',
        `Cannot split pair ${index + 1} at ${sideName(side)} sentence ${cut + 1}: its ${sideName(side)} sentences are ${list[0] + 1}–${list[list.length - 1] + 1}. Choose a point among them.`,
      );
    }
  };
  check('zh', b.zh, zhAt);
  check('en', b.en, enAt);
  const first = edited(b.zh.filter((i) => i < zhAt), b.en.filter((j) => j < enAt));
  const second = edited(b.zh.filter((i) => i >= zhAt), b.en.filter((j) => j >= enAt));
  if (first.zh.length + first.en.length === 0 || second.zh.length + second.en.length === 0) {
    throw new AlignError('BAD_SPLIT', `Splitting pair ${index + 1} there would leave one part with no sentence. Choose a point inside the pair.`);
  }
  return replace(beads, index, 1, [first, second]);
}

/**
 * Move one sentence of `side` between bead `index` and its neighbour: `up` moves the bead's first sentence of that
 * side to the end of the previous bead, `down` moves its last one to the start of the next bead. A bead left with
 * no sentence disappears.
 */
export function shiftSentence(beads: readonly Bead[], index: number, side: BeadSide, direction: 'up' | 'down'): Bead[] {
  const b = at(beads, index);
  const list = b[side];
  if (list.length === 0) throw new AlignError('EMPTY_SIDE', `Pair ${index + 1} has no ${sideName(side)} sentence to move.`);
  const other = direction === 'up' ? index - 1 : index + 1;
  if (other < 0 || other >= beads.length) {
    throw new AlignError('NO_NEIGHBOUR', `Pair ${index + 1} has no pair ${direction === 'up' ? 'before' : 'after'} it to move a sentence into.`);
  }
  const n = beads[other];
  const moved = direction === 'up' ? list[0] : list[list.length - 1];
  const rest = direction === 'up' ? list.slice(1) : list.slice(0, -1);
  const receiving = direction === 'up' ? [...n[side], moved] : [moved, ...n[side]];
  const changed = side === 'zh' ? edited(rest, b.en) : edited(b.zh, rest);
  const neighbour = side === 'zh' ? edited(receiving, n.en) : edited(n.zh, receiving);
  const keep = changed.zh.length + changed.en.length > 0 ? [changed] : [];
  return direction === 'up'
    ? replace(beads, index - 1, 2, [neighbour, ...keep])
    : replace(beads, index, 2, [...keep, neighbour]);
}

/**
 * Take one sentence of `side` out of bead `index` into a bead of its own (1-0 or 0-1: not translated / added in
 * translation): `before` takes the bead's first sentence of that side and puts the gap bead before it, `after` takes
 * the last one and puts the gap after it.
 */
export function insertGap(beads: readonly Bead[], index: number, side: BeadSide, where: 'before' | 'after'): Bead[] {
  const b = at(beads, index);
  const list = b[side];
  if (list.length === 0) throw new AlignError('EMPTY_SIDE', `Pair ${index + 1} has no ${sideName(side)} sentence to set apart.`);
  const otherSide: BeadSide = side === 'zh' ? 'en' : 'zh';
  if (b[otherSide].length === 0 && list.length === 1) {
    throw new AlignError('EMPTY_SIDE', `Pair ${index + 1} is already a gap: ${side === 'zh' ? 'a Chinese sentence with no English' : 'an English sentence with no Chinese'}.`);
  }
  const moved = where === 'before' ? list[0] : list[list.length - 1];
  const rest = where === 'before' ? list.slice(1) : list.slice(0, -1);
  const gap = side === 'zh' ? edited([moved], []) : edited([], [moved]);
  const remaining = side === 'zh' ? edited(rest, b.en) : edited(b.zh, rest);
  return replace(beads, index, 1, where === 'before' ? [gap, remaining] : [remaining, gap]);
}

/**
 * Mark bead `index` as checked by a person (`confirmed`, confidence 1), or send it back to `auto` for another look
 * (its confidence stays as it is).
 */
export function confirmBead(beads: readonly Bead[], index: number, status: BeadStatus = 'confirmed'): Bead[] {
  const b = at(beads, index);
  return replace(beads, index, 1, [status === 'confirmed' ? { ...b, confidence: 1, status } : { ...b, status }]);
}
