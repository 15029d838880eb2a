/**
 * markdown-it inline rule for wiki-links: `[[zh:卡塔尔]]`, `[[Title]]`, `[[zh:Title|label]]`. It emits
 * `wiki_open` / `text` / `wiki_close` tokens carrying their exact source ranges (see sourceTracking.ts), so the label
 * text maps back to the characters between the brackets.
 */
import type { MarkdownIt, StateInline } from 'markdown-it';
import { setTokenSource } from './sourceTracking';

/** Interlanguage prefixes: `zh`, `en`, `zh-yue`, `simple`... but not namespaces like `Category`. */
const LANG_PREFIX = /^([a-z]{2,3}(?:-[a-z0-9]{2,8})*|simple):/i;

export interface WikiLinkParts {
  lang: string | null;
  target: string;
  /** Offset of the visible label inside the bracket content. */
  labelStart: number;
  labelEnd: number;
}

/** Splits the content between `[[` and `]]` into language, target and label (without unescaping). */
export function splitWikiLink(inner: string): WikiLinkParts | null {
  const bar = inner.indexOf('|');
  const head = bar >= 0 ? inner.slice(0, bar) : inner;
  const prefix = LANG_PREFIX.exec(head);
  const lang = prefix ? prefix[1].toLowerCase() : null;
  const target = unescapeMarkdown(prefix ? head.slice(prefix[0].length) : head).trim();
  if (target.length === 0) return null;
  if (bar >= 0) {
    if (bar + 1 >= inner.length) return null;
    return { lang, target, labelStart: bar + 1, labelEnd: inner.length };
  }
  const labelStart = prefix ? prefix[0].length : 0;
  return { lang, target, labelStart, labelEnd: inner.length };
}

/** Removes Markdown backslash escapes (`\_` -> `_`), as a Wikipedia title never contains them. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Registers the rule before markdown-it's own link rule; `env.wikiLang` is the default language of unprefixed links. */
export function wikiLinkPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'wiki_link', (state: StateInline, silent: boolean) => {
    const start = state.pos;
    const src = state.src;
    if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5b) return false;
    const close = src.indexOf(']]', start + 2);
    if (close < 0 || close > state.posMax) return false;
    const inner = src.slice(start + 2, close);
    if (inner.includes('\n') || inner.includes('[') || inner.length > 512) return false;
    const parts = splitWikiLink(inner);
    if (!parts) return false;
    if (!silent) {
      const env = state.env as { wikiLang?: string };
      const open = state.push('wiki_open', 'a', 1);
      open.attrs = [
        ['lang', parts.lang ?? env.wikiLang ?? 'zh'],
        ['target', parts.target],
      ];
      open.markup = '[[';
      setTokenSource(open, start, start + 2 + parts.labelStart, false);
      const labelRaw = inner.slice(parts.labelStart, parts.labelEnd);
      const label = unescapeMarkdown(labelRaw);
      const text = state.push('text', '', 0);
      text.content = label;
      setTokenSource(text, start + 2 + parts.labelStart, start + 2 + parts.labelEnd, label === labelRaw);
      const closeToken = state.push('wiki_close', 'a', -1);
      closeToken.markup = ']]';
      setTokenSource(closeToken, close, close + 2, false);
    }
    state.pos = close + 2;
    return true;
  });
}
