/**
 * The lines of an article's header and what every part of the header reader shares about them: where a line starts,
 * how long a header line may be, zero-width characters at its ends, headings and wiki-links in it.
 */

export const HEADER_SCAN_LINES = 12;
/**
 * A line longer than this is body text, never a back-link, title or metadata line: the header's patterns are not
 * tried on it (on a long paragraph of `[` without `]` the link patterns backtracked quadratically: 280 KB took 5 s).
 */
export const HEADER_LINE_MAX = 2000;
/** A link label that leads back to an index: 返回, 回到目录, Back to index, :house:. */
export const BACK_WORD = /返回|回到|回首页|首页|首頁|目录|目錄|back|home|index|:house:/i;
export const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
export const WIKI_LINK = /\[\[([^[\]\n]+)\]\]/g;

/**
 * A zero-width space, joiner or byte order mark at either end of a line is no content: pasted from a web page, it
 * hides a back-link line or a title from the patterns that read them.
 */
export function withoutZeroWidthEnds(line: string): string {
  return ZERO_WIDTH_END.test(line) ? line.replace(ZERO_WIDTH_ENDS, '') : line;
}
const ZERO_WIDTH_END = /^[\u200b-\u200d\u2060\ufeff]|[\u200b-\u200d\u2060\ufeff]$/;
const ZERO_WIDTH_ENDS = /^[\u200b-\u200d\u2060\ufeff]+|[\u200b-\u200d\u2060\ufeff]+$/g;

/** A line of the text and the offset where it starts. */
export interface Line {
  text: string;
  start: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}
