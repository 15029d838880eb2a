/**
 * What a Markdown text leaves open at its end and would swallow anything written after it: an unclosed code fence
 * (the rest of the file is code), an unclosed HTML comment, `<?`, `<![CDATA[` or raw-HTML block (`<script>`, `<pre>`,
 * `<style>`, `<textarea>`; the rest of the file is raw HTML, hidden or shown as markup). The Markdown report appends
 * its notes to the article's source, so an article ending that way would hide every note. Whether the text is open
 * is asked of a CommonMark parser with raw HTML on, as the renderers a report is read in (GitHub, editors) have it.
 */
import markdownIt from 'markdown-it';

const commonmark = markdownIt('commonmark', { html: true });
const PROBE = 'glossaappendixprobe';

/** True when a paragraph written after `text` (and a blank line) is a paragraph of its own, at the top level. */
function leavesOpen(text: string, eol: string): boolean {
  const tokens = commonmark.parse(`${text}${eol}${eol}${PROBE}${eol}`, {});
  return !tokens.some((t, i) => t.type === 'inline' && t.content === PROBE && tokens[i - 1]?.type === 'paragraph_open' && tokens[i - 1]?.level === 0);
}

/** Closing lines to try, shortest first: every fence the text could have opened, then each kind of HTML block. */
function candidates(text: string): string[] {
  const fences: string[] = [];
  for (const m of text.matchAll(/^ {0,3}(`{3,}|~{3,})/gm)) fences.push(m[1] as string);
  const uniq = [...new Set(fences)].sort((a, b) => b.length - a.length);
  return [...uniq, '-->', '?>', ']]>', '>', '</script>', '</pre>', '</style>', '</textarea>'];
}

/**
 * The line(s) to write after `text` so that what follows is read on its own: '' for a text that closes everything
 * it opens (nearly every article); else a line closing the open construct, starting with `eol`. The closer changes
 * nothing of how the text itself reads: an open fence or HTML block runs to the end of the file anyway.
 */
export function closeOpenConstructs(text: string, eol: string): string {
  if (!leavesOpen(text, eol)) return '';
  for (const closer of candidates(text)) {
    if (!leavesOpen(`${text}${eol}${closer}`, eol)) return `${eol}${closer}`;
  }
  return '';
}
