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
  const out: ChangedText = { text: '', starts: [], sourceStarts: [], lengths: [], pad };
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

/** Source start offsets of every occurrence of `needle` in the stretches (overlapping ones included). */
export function occurrencesIn(changed: ChangedText, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0 || needle.includes(SEPARATOR)) return out;
  for (let i = changed.text.indexOf(needle); i !== -1; i = changed.text.indexOf(needle, i + 1)) {
    out.push(toSource(changed, i));
  }
  return out;
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
