/**
 * The Chinese side of a pair shows its wiki-links as chips. Pairs carry their sentence text (no markup); the article
 * carries its canonical text and the wiki-link offsets in it. This module finds each pair's text in the canonical
 * text, in order, and cuts it into plain runs and link runs, so no one re-parses Markdown in the renderer.
 */

/** A wiki-link occurrence in canonical-text offsets (as `articles.get` sends them). */
export interface LinkSpan {
  start: number;
  end: number;
  lang: string;
  target: string;
}

/** An annotation span in canonical-text offsets (the workspace's `zhHighlights`). */
export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
  motivation: string;
  label: string;
}

/** A run of a sentence: plain text, or text under a wiki-link, and the annotations covering it (innermost last). */
export interface TextRun {
  text: string;
  link: { lang: string; target: string } | null;
  highlights?: HighlightSpan[];
}

/** Where a pair's text was found, and its runs. */
export interface LocatedRuns {
  /** Offset of the text in the canonical text, or -1 when it was not found (then the text is one plain run). */
  start: number;
  runs: TextRun[];
}

/**
 * Cuts `[start, start + length)` of the canonical text into runs by the links and annotation highlights that overlap
 * it (anything that starts before the span or ends after it is clipped to the span), so a claim across a link boundary
 * is drawn on both pieces.
 */
export function runsAt(text: string, start: number, length: number, links: readonly LinkSpan[], highlights: readonly HighlightSpan[] = []): TextRun[] {
  const end = start + length;
  const marks = highlights.filter((h) => h.end > start && h.start < end);
  if (marks.length === 0) return linkRuns(text, start, end, links);
  const stops = new Set<number>([start, end]);
  for (const m of marks) {
    stops.add(Math.max(start, m.start));
    stops.add(Math.min(end, m.end));
  }
  const sorted = [...stops].sort((a, b) => a - b);
  const out: TextRun[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const from = sorted[k];
    const to = sorted[k + 1];
    // Wider annotations first, so the innermost (what a hover should name first) comes last.
    const covering = marks.filter((m) => m.start <= from && m.end >= to).sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const run of linkRuns(text, from, to, links)) out.push(covering.length ? { ...run, highlights: covering } : run);
  }
  return out;
}

function linkRuns(text: string, start: number, end: number, links: readonly LinkSpan[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = start;
  const overlapping = links.filter((l) => l.end > start && l.start < end).sort((a, b) => a.start - b.start);
  for (const link of overlapping) {
    const from = Math.max(link.start, at);
    const to = Math.min(link.end, end);
    if (to <= from) continue;
    if (from > at) runs.push({ text: text.slice(at, from), link: null });
    runs.push({ text: text.slice(from, to), link: { lang: link.lang, target: link.target } });
    at = to;
  }
  if (at < end) runs.push({ text: text.slice(at, end), link: null });
  return runs;
}

/**
 * Locates each pair's Chinese text in the canonical text, searching forward from where the previous pair ended (pairs
 * are in reading order; searching forward keeps a repeated sentence on its own occurrence), and cuts it into runs.
 * A text not found (an edited article, text the aligner normalised) falls back to one plain run, and the search
 * continues from where it was.
 */
export function locatePairRuns(text: string, pairTexts: readonly string[], links: readonly LinkSpan[]): LocatedRuns[] {
  let cursor = 0;
  return pairTexts.map((pairText) => {
    if (pairText.length === 0) return { start: -1, runs: [] };
    let at = text.indexOf(pairText, cursor);
    if (at < 0) at = text.indexOf(pairText);
    if (at < 0) return { start: -1, runs: [{ text: pairText, link: null }] };
    cursor = at + pairText.length;
    return { start: at, runs: runsAt(text, at, pairText.length, links) };
  });
}
