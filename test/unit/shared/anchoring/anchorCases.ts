/**
 * The case shape and checks shared by the re-anchoring tables (adversarial.test.ts, unseenEdits11.test.ts): a span in
 * an old text, the new text, and what a fact-checker expects of the annotation there. Each case runs through
 * `reanchorAll` (the app's path, with the old text to diff) and `reanchor` alone (annotation files from other tools).
 */
import { expect } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring/describeSpan';
import { ANCHORED_MIN, reanchor } from '../../../../shared/anchoring/reanchor';
import { reanchorAll, type ReanchorOutcome } from '../../../../shared/anchoring/reanchorAll';

/** What a case expects: a state, "not anchored" (moved or orphaned), or "kept" (anchored or moved, on `found`). */
export type Expected = 'anchored' | 'moved' | 'orphaned' | 'not anchored' | 'kept';

/** One revision scenario. */
export interface AnchorCase {
  name: string;
  old: string;
  new: string;
  /** The annotated words in the old text, and which occurrence of them (default the first). */
  quote: string;
  nth?: number;
  expect: Expected;
  /** What the new span must cover (anchored, moved, kept), and which occurrence of it in the new text. */
  found?: string;
  /** Which occurrence of `found`; a list where either is as good (the same sentence twice in a row). */
  foundNth?: number | number[];
  /** An occurrence in the new text the span must never overlap, whatever its state: [needle, nth]. */
  notOn?: [string, number];
}

/** Where the `nth` (0-based) occurrence of `needle` starts; throws when there is none, so a case cannot miss silently. */
export function nthIndex(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`occurrence ${nth} of ${JSON.stringify(needle)} is not in the text`);
  }
  return at;
}

/** Whether offset `at` falls between the two halves of a surrogate pair. */
export function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff;
}

/** The case's span re-anchored by the app's path and by `reanchor` alone. */
export function runCase(c: AnchorCase): { app: ReanchorOutcome; single: ReturnType<typeof reanchor> } {
  const start = nthIndex(c.old, c.quote, c.nth ?? 0);
  const selectors = describeSpan(c.old, start, start + c.quote.length);
  const [app] = reanchorAll([{ id: 'a', target: { selectors } }], c.old, c.new);
  return { app, single: reanchor(selectors, c.new) };
}

/** Checks one outcome against the case: offsets in the text and on code points, state, confidence, place. */
export function checkCase(c: AnchorCase, outcome: { start: number; end: number; state: string; confidence: number }, label: string): void {
  const what = `${c.name} (${label}): ${JSON.stringify(outcome)} "${c.new.slice(outcome.start, outcome.end)}"`;
  expect(outcome.start, what).toBeGreaterThanOrEqual(0);
  expect(outcome.end, what).toBeLessThanOrEqual(c.new.length);
  expect(outcome.start, what).toBeLessThanOrEqual(outcome.end);
  expect(isLowSurrogate(c.new, outcome.start) || isLowSurrogate(c.new, outcome.end), `${what} splits a surrogate pair`).toBe(false);
  if (c.expect === 'not anchored') expect(outcome.state, what).not.toBe('anchored');
  else if (c.expect === 'kept') expect(['anchored', 'moved'], what).toContain(outcome.state);
  else expect(outcome.state, what).toBe(c.expect);
  if (outcome.state === 'anchored') expect(outcome.confidence, what).toBeGreaterThanOrEqual(ANCHORED_MIN);
  else expect(outcome.confidence, what).toBeLessThan(ANCHORED_MIN);
  if (outcome.state === 'orphaned') expect(outcome.start, what).toBe(outcome.end);
  if (c.found !== undefined && outcome.state !== 'orphaned') {
    const found = c.found;
    const ranges = [c.foundNth ?? 0].flat().map((nth) => {
      const at = nthIndex(c.new, found, nth);
      return [at, at + found.length];
    });
    expect(ranges, what).toContainEqual([outcome.start, outcome.end]);
  }
  if (c.notOn !== undefined && outcome.state !== 'orphaned') {
    const at = nthIndex(c.new, c.notOn[0], c.notOn[1]);
    const overlaps = outcome.start < at + c.notOn[0].length && at < outcome.end;
    expect(overlaps, `${what} lands on ${c.notOn[0]}`).toBe(false);
  }
}
