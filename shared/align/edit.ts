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

function edited(zh: number[], en: number[]): Bead {
  return { zh, en, confidence: 1, status: 'confirmed' };
}

function at(beads: readonly Bead[], index: number): Bead {
  if (!Number.isInteger(index) || index < 0 || index >= beads.length) {
    throw new AlignError('NO_SUCH_BEAD', `There is no bead ${index + 1}: the alignment has ${beads.length} beads.`);
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
    if (b.zh.length === 0 && b.en.length === 0) throw new AlignError('BAD_BEADS', `Bead ${k + 1} is empty.`);
    for (const [side, list] of [['zh', b.zh], ['en', b.en]] as const) {
      for (const i of list) {
        const expected = side === 'zh' ? nextZh : nextEn;
        if (i !== expected) {
          throw new AlignError('BAD_BEADS', `Bead ${k + 1} has ${side} sentence ${i + 1} where sentence ${expected + 1} was expected.`);
        }
        if (side === 'zh') nextZh++;
        else nextEn++;
      }
    }
    if (!(b.confidence >= 0 && b.confidence <= 1)) throw new AlignError('BAD_BEADS', `Bead ${k + 1} has confidence ${b.confidence}, outside [0, 1].`);
  });
  if (zhCount !== undefined && nextZh !== zhCount) throw new AlignError('BAD_BEADS', `The beads cover ${nextZh} of ${zhCount} Chinese sentences.`);
  if (enCount !== undefined && nextEn !== enCount) throw new AlignError('BAD_BEADS', `The beads cover ${nextEn} of ${enCount} English sentences.`);
}

/** Merge bead `index` with the bead after it (two 1-1 beads become one 2-2 bead). */
export function mergeWithNext(beads: readonly Bead[], index: number): Bead[] {
  const a = at(beads, index);
  if (index + 1 >= beads.length) throw new AlignError('NO_NEIGHBOUR', `Bead ${index + 1} is the last bead: there is nothing after it to merge with.`);
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
        `Cannot split bead ${index + 1} at ${side} sentence ${cut + 1}: its ${side} sentences are ${list[0] + 1}-${list[list.length - 1] + 1}.`,
      );
    }
  };
  check('zh', b.zh, zhAt);
  check('en', b.en, enAt);
  const first = edited(b.zh.filter((i) => i < zhAt), b.en.filter((j) => j < enAt));
  const second = edited(b.zh.filter((i) => i >= zhAt), b.en.filter((j) => j >= enAt));
  if (first.zh.length + first.en.length === 0 || second.zh.length + second.en.length === 0) {
    throw new AlignError('BAD_SPLIT', `Splitting bead ${index + 1} there would leave one part empty. Choose a point inside the bead.`);
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
  if (list.length === 0) throw new AlignError('EMPTY_SIDE', `Bead ${index + 1} has no ${side} sentence to move.`);
  const other = direction === 'up' ? index - 1 : index + 1;
  if (other < 0 || other >= beads.length) {
    throw new AlignError('NO_NEIGHBOUR', `Bead ${index + 1} has no bead ${direction === 'up' ? 'before' : 'after'} it to move a sentence into.`);
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
  if (list.length === 0) throw new AlignError('EMPTY_SIDE', `Bead ${index + 1} has no ${side} sentence to set apart.`);
  const otherSide: BeadSide = side === 'zh' ? 'en' : 'zh';
  if (b[otherSide].length === 0 && list.length === 1) {
    throw new AlignError('EMPTY_SIDE', `Bead ${index + 1} is already a gap (${side === 'zh' ? '1-0' : '0-1'}).`);
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
