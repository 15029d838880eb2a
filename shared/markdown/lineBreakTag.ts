/**
 * `<br>` in an article's text: pages saved from the web carry it, and with raw HTML off (an article's HTML is never
 * markup) it would show as the four characters. This inline rule reads `<br>`, `<br/>` and `<br />` (any case) as a
 * hard line break, and takes the newline written right after one with it, so `一<br>\n二` is one break, not two.
 * Nothing else in angle brackets changes.
 */
import type { MarkdownIt, StateInline } from 'markdown-it';

const BR = /^<br\s*\/?>/i;

/** Registers the rule before markdown-it's autolink rule (the other reader of `<`). */
export function lineBreakTagPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('autolink', 'br_tag', (state: StateInline, silent: boolean) => {
    const start = state.pos;
    if (state.src.charCodeAt(start) !== 0x3c) return false;
    const match = BR.exec(state.src.slice(start, start + 8));
    if (!match) return false;
    let end = start + match[0].length;
    if (state.src.charCodeAt(end) === 0x0a) {
      end++;
      while (end < state.posMax && (state.src.charCodeAt(end) === 0x20 || state.src.charCodeAt(end) === 0x09)) end++;
    }
    if (!silent) state.push('hardbreak', 'br', 0);
    state.pos = end;
    return true;
  });
}
