/**
 * The parts of a revision's text that an edit touched, padded and joined into one string, so that re-anchoring many
 * annotations searches the edit, not the whole article, once per annotation. A span that did not stay in its own
 * unchanged place must overlap an edit: unchanged text elsewhere is some other part of the old revision (see
 * `isOtherOldText` in `reanchor.ts`). Searching a 1 MB article for 5,000 annotations is then about the size of the
 * edits times the annotations, not the article's.
 */

/** Padded stretches of a text joined by runs of a separator no search can match across. */
export interface ChangedText {
  /** The stretches, each followed by `separatorLength` separator code units. */
  text: string;
  /** Start of each stretch in `text`, and in the text it was cut from, and its length; in increasing order. */
  starts: number[];
  sourceStarts: number[];
  lengths: number[];
  /** How far each stretch reaches beyond the edit on either side (clipped at the ends of the text). */
  pad: number;
  /** Where each pair of code units occurs in `text`; built on the first search. */
  index: BigramIndex | null;
}

/** Positions in a text by the pair of code units starting there: `positions[slots.get(pair)...]`, ascending. */
interface BigramIndex {
  slots: Map<number, number>;
  /** Start of each slot's positions; the slot's count is `offsets[slot + 1] - offsets[slot]`. */
  offsets: Int32Array;
  positions: Int32Array;
}

/** Never part of a quote (a noncharacter), so an exact search never matches across a separator. */
export const SEPARATOR = '\uffff';

/**
 * Cuts `[from - pad, to + pad)` around each of `stretches` (sorted, in `source` offsets; empty where text was
 * deleted) out of `source`, merging those that overlap or touch, and joins them with `separatorLength` separators.
 */
export function changedText(
  source: string,
  stretches: readonly (readonly [number, number])[],
  pad: number,
  separatorLength: number,
): ChangedText {
  const windows: [number, number][] = [];
  for (const [from, to] of stretches) {
    const start = Math.max(0, from - pad);
    const end = Math.min(source.length, to + pad);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const separator = SEPARATOR.repeat(Math.max(1, separatorLength));
  const parts: string[] = [];
  const out: ChangedText = { text: '', starts: [], sourceStarts: [], lengths: [], pad, index: null };
  let length = 0;
  for (const [start, end] of windows) {
    out.starts.push(length);
    out.sourceStarts.push(start);
    out.lengths.push(end - start);
    parts.push(source.slice(start, end), separator);
    length += end - start + separator.length;
  }
  out.text = parts.join('');
  return out;
}

/** The source offset of `offset` in `changed.text`, or -1 inside a separator. */
export function toSource(changed: ChangedText, offset: number): number {
  const i = lastAtOrBefore(changed.starts, offset);
  if (i < 0 || offset > changed.starts[i] + changed.lengths[i]) return -1;
  return changed.sourceStarts[i] + (offset - changed.starts[i]);
}

/** The offset in `changed.text` nearest to source offset `offset` (for tie-breaking by distance only). */
export function fromSource(changed: ChangedText, offset: number): number {
  const i = lastAtOrBefore(changed.sourceStarts, offset);
  if (i < 0) return 0;
  return changed.starts[i] + Math.min(changed.lengths[i], offset - changed.sourceStarts[i]);
}

/**
 * Source start offsets of every occurrence of `needle` in the stretches (overlapping ones included), ascending. A
 * needle of two or more code units is looked up by its rarest pair in an index of the stretches, so that thousands of
 * searches in edits that cover a whole article do not each read the article.
 */
export function occurrencesIn(changed: ChangedText, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0 || needle.includes(SEPARATOR)) return out;
  const text = changed.text;
  if (needle.length === 1) {
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(toSource(changed, i));
    return out;
  }
  changed.index ??= bigramIndex(text);
  const { slots, offsets, positions } = changed.index;
  let rarest = -1;
  let rarestOffset = 0;
  let rarestCount = Number.POSITIVE_INFINITY;
  for (let j = 0; j + 1 < needle.length; j += 1) {
    const slot = slots.get(needle.charCodeAt(j) * 0x10000 + needle.charCodeAt(j + 1));
    if (slot === undefined) return out;
    const count = offsets[slot + 1] - offsets[slot];
    if (count < rarestCount) {
      rarest = slot;
      rarestOffset = j;
      rarestCount = count;
    }
  }
  for (let k = offsets[rarest]; k < offsets[rarest + 1]; k += 1) {
    const start = positions[k] - rarestOffset;
    if (start >= 0 && text.startsWith(needle, start)) out.push(toSource(changed, start));
  }
  return out;
}

function bigramIndex(text: string): BigramIndex {
  const slots = new Map<number, number>();
  const counts: number[] = [];
  const slotAt = new Int32Array(Math.max(0, text.length - 1));
  for (let i = 0; i + 1 < text.length; i += 1) {
    const pair = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
    let slot = slots.get(pair);
    if (slot === undefined) {
      slot = counts.length;
      slots.set(pair, slot);
      counts.push(0);
    }
    counts[slot] += 1;
    slotAt[i] = slot;
  }
  const offsets = new Int32Array(counts.length + 1);
  for (let slot = 0; slot < counts.length; slot += 1) offsets[slot + 1] = offsets[slot] + counts[slot];
  const fill = offsets.slice(0, counts.length);
  const positions = new Int32Array(slotAt.length);
  for (let i = 0; i < slotAt.length; i += 1) positions[fill[slotAt[i]]++] = i;
  return { slots, offsets, positions };
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
