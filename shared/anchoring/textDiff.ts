/**
 * The stretches of text two revisions share, in place. Re-anchoring a whole revision uses them as a fast and exact
 * path: a span whose text and context lie inside one unchanged stretch simply shifts with it.
 *
 * The diff is deliberately conservative, because a wrong "unchanged" would move annotations silently:
 *   - the common prefix and the common suffix of the two texts;
 *   - in between, lines that occur exactly once in the old middle and once in the new middle, kept in order (the
 *     "patience" idea: unique lines are safe anchors), each extended to the equal lines around it.
 * Anything else counts as changed and goes through the scored search of `reanchor`.
 */

/** A stretch of `length` code units equal in both texts, at `oldStart` in the old text and `newStart` in the new. */
export interface UnchangedSegment {
  oldStart: number;
  newStart: number;
  length: number;
}

/** The unchanged segments of two texts, in increasing order in both. */
export interface TextDiff {
  oldLength: number;
  newLength: number;
  segments: UnchangedSegment[];
}

interface Line {
  start: number;
  text: string;
}

/** Computes the unchanged segments of `oldText` and `newText`. Linear in the texts' length, plus a sort of the lines. */
export function diffTexts(oldText: string, newText: string): TextDiff {
  const oldLength = oldText.length;
  const newLength = newText.length;
  const limit = Math.min(oldLength, newLength);
  let prefix = 0;
  while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    oldText.charCodeAt(oldLength - 1 - suffix) === newText.charCodeAt(newLength - 1 - suffix)
  ) {
    suffix += 1;
  }

  const segments: UnchangedSegment[] = [];
  if (prefix > 0) segments.push({ oldStart: 0, newStart: 0, length: prefix });
  const oldLines = splitLines(oldText, prefix, oldLength - suffix);
  const newLines = splitLines(newText, prefix, newLength - suffix);
  for (const [i, j] of matchLines(oldLines, newLines)) {
    push(segments, { oldStart: oldLines[i].start, newStart: newLines[j].start, length: oldLines[i].text.length });
  }
  if (suffix > 0) push(segments, { oldStart: oldLength - suffix, newStart: newLength - suffix, length: suffix });
  return { oldLength, newLength, segments: tighten(segments, oldText, newText) };
}

/**
 * Grows each segment into the changed stretches beside it by the characters they still share at their edges, so that
 * an edit in one paragraph does not make the start of the next one count as changed.
 */
function tighten(segments: UnchangedSegment[], oldText: string, newText: string): UnchangedSegment[] {
  const out: UnchangedSegment[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const segment = { ...segments[i] };
    const previous = out[out.length - 1];
    const oldFloor = previous === undefined ? 0 : previous.oldStart + previous.length;
    const newFloor = previous === undefined ? 0 : previous.newStart + previous.length;
    while (
      segment.oldStart > oldFloor &&
      segment.newStart > newFloor &&
      oldText.charCodeAt(segment.oldStart - 1) === newText.charCodeAt(segment.newStart - 1)
    ) {
      segment.oldStart -= 1;
      segment.newStart -= 1;
      segment.length += 1;
    }
    const next = segments[i + 1];
    const oldCeil = next === undefined ? oldText.length : next.oldStart;
    const newCeil = next === undefined ? newText.length : next.newStart;
    while (
      segment.oldStart + segment.length < oldCeil &&
      segment.newStart + segment.length < newCeil &&
      oldText.charCodeAt(segment.oldStart + segment.length) === newText.charCodeAt(segment.newStart + segment.length)
    ) {
      segment.length += 1;
    }
    push(out, segment);
  }
  return out;
}

/** The unchanged segment that holds all of old `[start, end)`, or null when some of it changed. */
export function segmentContaining(diff: TextDiff, start: number, end: number): UnchangedSegment | null {
  const segment = segmentAtOrBefore(diff, start);
  if (segment === null || end > segment.oldStart + segment.length) return null;
  return segment;
}

/**
 * Maps an old offset to the new text: exactly inside unchanged segments, proportionally inside a changed stretch
 * (good enough as the place to start looking).
 */
export function mapOffset(diff: TextDiff, offset: number): number {
  const segments = diff.segments;
  const before = segmentAtOrBefore(diff, offset);
  if (before !== null && offset <= before.oldStart + before.length) return before.newStart + (offset - before.oldStart);
  const index = before === null ? 0 : segments.indexOf(before) + 1;
  const after = segments[index];
  const oldFrom = before === null ? 0 : before.oldStart + before.length;
  const newFrom = before === null ? 0 : before.newStart + before.length;
  const oldTo = after === undefined ? diff.oldLength : after.oldStart;
  const newTo = after === undefined ? diff.newLength : after.newStart;
  if (oldTo <= oldFrom) return newFrom;
  return Math.min(newTo, newFrom + Math.round(((offset - oldFrom) * (newTo - newFrom)) / (oldTo - oldFrom)));
}

/** The unchanged segment that holds all of new `[start, end)`, or null when some of it is new or changed text. */
export function segmentContainingNew(diff: TextDiff, start: number, end: number): UnchangedSegment | null {
  const segment = segmentAtOrBefore(diff, start, 'newStart');
  if (segment === null || end > segment.newStart + segment.length) return null;
  return segment;
}

function segmentAtOrBefore(
  diff: TextDiff,
  offset: number,
  side: 'oldStart' | 'newStart' = 'oldStart',
): UnchangedSegment | null {
  const segments = diff.segments;
  let lo = 0;
  let hi = segments.length - 1;
  let found: UnchangedSegment | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid][side] <= offset) {
      found = segments[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Appends a segment, merging it with the previous one when they are contiguous in both texts. */
function push(segments: UnchangedSegment[], segment: UnchangedSegment): void {
  if (segment.length === 0) return;
  const last = segments[segments.length - 1];
  if (
    last !== undefined &&
    last.oldStart + last.length === segment.oldStart &&
    last.newStart + last.length === segment.newStart
  ) {
    last.length += segment.length;
  } else {
    segments.push({ ...segment });
  }
}

/** Lines of `text[from, to)`, each with its newline, so that equal lines mean equal text. */
function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 || newline >= to ? to : newline + 1;
    lines.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return lines;
}

/** Pairs (old index, new index) of lines judged unchanged, in increasing order of both. */
function matchLines(oldLines: Line[], newLines: Line[]): [number, number][] {
  if (oldLines.length === 0 || newLines.length === 0) return [];
  const counts = new Map<string, { old: number; new: number; oldIndex: number; newIndex: number }>();
  oldLines.forEach((line, i) => {
    const entry = counts.get(line.text) ?? { old: 0, new: 0, oldIndex: -1, newIndex: -1 };
    entry.old += 1;
    entry.oldIndex = i;
    counts.set(line.text, entry);
  });
  newLines.forEach((line, j) => {
    const entry = counts.get(line.text);
    if (entry === undefined) return;
    entry.new += 1;
    entry.newIndex = j;
  });
  const unique: [number, number][] = [];
  for (const entry of counts.values()) {
    if (entry.old === 1 && entry.new === 1) unique.push([entry.oldIndex, entry.newIndex]);
  }
  unique.sort((a, b) => a[0] - b[0]);
  const anchors = longestIncreasing(unique);

  // Grow each anchor over the equal lines next to it, up to the neighbouring anchors.
  const matched: [number, number][] = [];
  let oldFloor = 0;
  let newFloor = 0;
  anchors.forEach(([i, j], n) => {
    const next = anchors[n + 1];
    let bi = i;
    let bj = j;
    while (bi > oldFloor && bj > newFloor && oldLines[bi - 1].text === newLines[bj - 1].text) {
      bi -= 1;
      bj -= 1;
    }
    let ei = i;
    let ej = j;
    const oldCeil = next === undefined ? oldLines.length - 1 : next[0] - 1;
    const newCeil = next === undefined ? newLines.length - 1 : next[1] - 1;
    while (ei < oldCeil && ej < newCeil && oldLines[ei + 1].text === newLines[ej + 1].text) {
      ei += 1;
      ej += 1;
    }
    for (let d = 0; d <= ei - bi; d += 1) matched.push([bi + d, bj + d]);
    oldFloor = ei + 1;
    newFloor = ej + 1;
  });
  return matched;
}

/** The longest subsequence of pairs (sorted by old index) whose new indexes increase: patience sorting, O(n log n). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], index) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1];
    tails[lo] = index;
  });
  const out: [number, number][] = [];
  for (let k = tails.length === 0 ? -1 : tails[tails.length - 1]; k !== -1; k = previous[k]) out.push(pairs[k]);
  return out.reverse();
}
