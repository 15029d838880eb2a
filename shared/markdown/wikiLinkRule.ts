/**
 * markdown-it inline rule for wiki-links: `[[zh:卡塔尔]]`, `[[Title]]`, `[[zh:Title|label]]`. It emits
 * one `wiki_link` token whose content is the label and whose source range is the label's (see sourceTracking.ts), so
 * the linked text maps back to the characters between the brackets.
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
  const colon = head.indexOf(':');
  const prefix = colon > 1 && colon < 24 ? LANG_PREFIX.exec(head) : null;
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
  if (!text.includes('\\')) return text;
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
      // One token per link (not open/text/close): links are the densest markup in these articles.
      const env = state.env as { wikiLang?: string };
      const labelRaw = inner.slice(parts.labelStart, parts.labelEnd);
      const label = unescapeMarkdown(labelRaw);
      const token = state.push('wiki_link', 'a', 0);
      token.attrs = [
        ['lang', parts.lang ?? env.wikiLang ?? 'zh'],
        ['target', parts.target],
      ];
      token.content = label;
      token.markup = '[[';
      setTokenSource(token, start + 2 + parts.labelStart, start + 2 + parts.labelEnd, label === labelRaw);
    }
    state.pos = close + 2;
    return true;
  });
}
