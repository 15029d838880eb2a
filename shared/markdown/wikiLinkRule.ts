/**
 * markdown-it inline rule for wiki-links: `[[zh:卡塔尔]]`, `[[Title]]`, `[[zh:Title|label]]`, `[[:zh:Title]]`. It emits
 * one `wiki_link` token whose content is the label and whose source range is the label's (see sourceTracking.ts), so
 * the linked text maps back to the characters between the brackets.
 *
 * Targets are read as MediaWiki reads them: Markdown escapes and HTML entities decoded (`AT&amp;T` is AT&T), and a
 * percent-encoded title copied from a URL (`%E5%8D%A1%E5%A1%94%E5%B0%94`) decoded to the title it spells (卡塔尔), so
 * it counts as the same entity and opens the right page. A link without a label shows its decoded title.
 */
import type { MarkdownIt, StateInline } from 'markdown-it';
import { setTokenSource } from './sourceTracking';
import { unmaskPipes } from './wikiLinkPipes';

/**
 * Interlanguage prefixes: `zh`, `en`, `zh-yue`, `simple`, and the longer Wikipedia codes `zh-classical`, `zh-min-nan`,
 * `be-x-old`, `roa-tara`... but not namespaces like `Category` or interwiki prefixes like `wikt` (those stay part of
 * the title, and the link opens on the article's Wikipedia, which redirects them). As in MediaWiki, the prefix is
 * read whatever its case (`EN:`) and with spaces before its colon (`[[en : Gaza Strip]]`).
 */
const LANG_PREFIX = /^([a-z]{2,3}(?:-[a-z0-9]{1,9})*|simple)[ _]*:/i;

export interface WikiLinkParts {
  lang: string | null;
  /** The page title, decoded (see the file comment). */
  target: string;
  /** The visible text, decoded: the label after `|`, else the title as written after any language prefix. */
  label: string;
  /** Offsets of the label as written inside the bracket content. */
  labelStart: number;
  labelEnd: number;
}

/**
 * Splits the content between `[[` and `]]` into language, target and label. `decode` turns Markdown escapes and
 * HTML entities into text (markdown-it's `unescapeAll` in the parser).
 */
export function splitWikiLink(inner: string, decode: (text: string) => string = unescapeMarkdown): WikiLinkParts | null {
  const bar = inner.indexOf('|');
  // `[[zh:阿曼\|阿曼]]`: the pipe escaped as GFM asks inside a table cell is still the link's pipe, and its backslash
  // is no part of the title (a title never ends in an escape).
  const head = bar >= 0 ? inner.slice(0, bar > 0 && escaped(inner, bar) ? bar - 1 : bar) : inner;
  // A leading colon (`[[:zh:埃及]]`, `[[:Category:X]]`) asks for a plain link where MediaWiki would otherwise make
  // an interlanguage or category link; the title is what follows.
  // White space around the title is not part of it (`[[ zh:空格 ]]`), as in MediaWiki.
  let lead = 0;
  while (lead < head.length && isSpace(head.charCodeAt(lead))) lead++;
  if (head.charCodeAt(lead) === 0x3a) lead++;
  const colon = head.indexOf(':', lead);
  const prefix = colon > lead + 1 && colon < lead + 24 ? LANG_PREFIX.exec(head.slice(lead)) : null;
  const lang = prefix ? prefix[1].toLowerCase() : null;
  let titleStart = lead + (prefix ? prefix[0].length : 0);
  let titleEnd = head.length;
  while (titleStart < titleEnd && isSpace(head.charCodeAt(titleStart))) titleStart++;
  while (titleEnd > titleStart && isSpace(head.charCodeAt(titleEnd - 1))) titleEnd--;
  const title = decodeTitle(decode(head.slice(titleStart, titleEnd)));
  // Direction marks pasted with a title (`Qatar\u200e`) are not part of it; MediaWiki drops them too.
  const target = (BIDI_MARK.test(title) ? title.replace(BIDI_MARKS, '') : title).trim();
  // A title cannot hold these, however they were written (`a&#124;b`, `&#93;&#93;`): MediaWiki shows such a link as
  // text, and writing it back as a link would change what it links to.
  if (target.length === 0 || NOT_IN_TITLE.test(target)) return null;
  if (bar >= 0) {
    if (bar + 1 < inner.length) return { lang, target, label: decode(inner.slice(bar + 1)), labelStart: bar + 1, labelEnd: inner.length };
    // The pipe trick (`[[zh:卡塔尔 (国家)|]]`): the label is the title without its namespace and its qualifier.
    const raw = head.slice(titleStart, titleEnd);
    const [from, to] = pipeTrickSpan(raw);
    if (to <= from) return null;
    return { lang, target, label: decodeTitle(decode(raw.slice(from, to))), labelStart: titleStart + from, labelEnd: titleStart + to };
  }
  return { lang, target, label: title, labelStart: titleStart, labelEnd: titleEnd };
}

/**
 * Where the pipe trick's label sits in a title, as MediaWiki cuts it: after a namespace (`Category:`), before a
 * parenthesised qualifier (`卡塔尔 (国家)`, full-width too) or else before a comma (`Boston, Massachusetts`).
 */
function pipeTrickSpan(title: string): [number, number] {
  let from = 0;
  const colon = title.indexOf(':');
  if (colon > 0 && colon < title.length - 1) from = colon + 1;
  let to = title.length;
  const paren = /\s*[（(][^（()）]*[)）]\s*$/.exec(title.slice(from));
  if (paren) to = from + paren.index;
  else {
    const comma = title.indexOf(',', from);
    if (comma > from) to = comma;
  }
  while (to > from && isSpace(title.charCodeAt(to - 1))) to--;
  while (from < to && isSpace(title.charCodeAt(from))) from++;
  return [from, to];
}

/**
 * Decodes a title copied from a URL (`%E5%8D%A1` -> 卡), when it is valid percent-encoded UTF-8 and decodes to
 * something that can be a title; otherwise the text stays as written (a literal `50%` is kept).
 */
export function decodeTitle(title: string): string {
  if (title.indexOf('%') < 0 || !/%[0-9A-Fa-f]{2}/.test(title)) return title;
  let decoded: string;
  try {
    decoded = decodeURIComponent(title);
  } catch {
    return title;
  }
  return NOT_IN_TITLE.test(decoded) ? title : decoded;
}

const BIDI_MARK = /[\u200e\u200f\u202a-\u202e]/;
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e]/g;

/** Characters no Wikipedia title holds. */
const NOT_IN_TITLE = /[\u0000-\u001f\u007f[\]{}|<>]/;

/** White space as `\s` matches it, by code (the title loops run for every link of every article). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Removes Markdown backslash escapes (`\_` -> `_`), as a Wikipedia title never contains them. */
export function unescapeMarkdown(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Whether the character at `at` is escaped by an odd number of backslashes before it. */
function escaped(src: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && src.charCodeAt(k) === 0x5c) k--;
  return (at - 1 - k) % 2 === 1;
}

/** What the rule makes of one bracket content: its parts and whether the label is the source text unchanged. */
interface ReadLink {
  parts: WikiLinkParts;
  verbatim: boolean;
}

/**
 * Bracket contents already read: an article names the same few dozen pages over and over
 * (卡塔尔 47 times in the fixture), and `splitWikiLink` is pure, so each distinct content is read once. Cleared when
 * full rather than evicting one by one; a bulk import reads the same names across articles.
 */
const READ_LINKS_MAX = 4096;

/** What the rule reads from and notes on the parse's `env`. */
export interface WikiLinkEnv {
  /** The language of links without a prefix. */
  wikiLang?: string;
  /**
   * The `[[` that opened no wiki-link (unclosed, empty, a title over a line break or holding a bracket), each as its
   * text up to its `]]` or the end of its line, at most 40 characters: shown as written, and worth telling the user.
   */
  unreadWikiLinks?: string[];
}

/** Notes a `[[` that is not a wiki-link; always false (the rule did not match). */
function unread(env: WikiLinkEnv, src: string, start: number, max: number): false {
  // Only the first 40 characters are kept, so only they are searched: a long paragraph of unclosed `[[` would
  // otherwise be searched to its end once per `[[`.
  const shown = src.slice(start, Math.min(max, start + 40));
  let end = shown.indexOf('\n');
  if (end < 0) end = shown.length;
  const close = shown.indexOf(']]');
  if (close >= 0 && close + 2 < end) end = close + 2;
  const text = unmaskPipes(shown.slice(0, end));
  (env.unreadWikiLinks ??= []).push(text);
  return false;
}

/** The longest bracket content read as a wiki-link; a `]]` further on closes no link opened here. */
const MAX_LINK_CONTENT = 512;

/**
 * Where the `]]` closing a link whose content starts at `from` is, or -1 when there is none within
 * `MAX_LINK_CONTENT` characters (and before `max`). The search stops there: searching the rest of the text for each
 * `[[` made a paragraph of unclosed `[[` quadratic (280 KB of them took 94 s to parse; now linear).
 */
function closingBrackets(src: string, from: number, max: number): number {
  const limit = Math.min(max, from + MAX_LINK_CONTENT + 2, src.length);
  for (let i = from; i + 1 < limit; i++) {
    if (src.charCodeAt(i) === 0x5d && src.charCodeAt(i + 1) === 0x5d && !escaped(src, i)) return i;
  }
  return -1;
}

/** Registers the rule before markdown-it's own link rule; `env.wikiLang` is the default language of unprefixed links. */
export function wikiLinkPlugin(md: MarkdownIt): void {
  const read = new Map<string, ReadLink | null>();
  const readLink = (inner: string): ReadLink | null => {
    let link = read.get(inner);
    if (link !== undefined) return link;
    const parts = splitWikiLink(inner, md.utils.unescapeAll);
    link = parts ? { parts, verbatim: parts.label === inner.slice(parts.labelStart, parts.labelEnd) } : null;
    if (read.size >= READ_LINKS_MAX) read.clear();
    read.set(inner, link);
    return link;
  };
  md.inline.ruler.before('link', 'wiki_link', (state: StateInline, silent: boolean) => {
    const start = state.pos;
    const src = state.src;
    if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5b) return false;
    // markdown-it asks silently only while it measures a link's text, and takes any token found there for a link
    // nested in a link, which it refuses. Saying no here lets `[[[zh:卡塔尔]]](url)` be a link whose text is a
    // wiki-link; the wiki-link is then read when the link's text is.
    if (silent) return false;
    const env = state.env as WikiLinkEnv;
    // `[[[zh:加沙]]]`: the link starts at the next bracket.
    if (src.charCodeAt(start + 2) === 0x5b) return false;
    // An escaped bracket (`[[zh:A|a\]]]`, as the serializer writes a label's `]`) does not close the link.
    let close = closingBrackets(src, start + 2, state.posMax);
    if (close < 0) return unread(env, src, start, state.posMax);
    // A pipe masked so that a table row is not split inside the link (wikiLinkPipes.ts) is a pipe here.
    let inner = unmaskPipes(src.slice(start + 2, close));
    const bracket = inner.indexOf('[');
    if (bracket >= 0) {
      // A title never holds a bracket, nor does a label hold another link; a label may hold a `[`, and then a `]`
      // right after the `]]` is its own (`[[zh:卡塔尔|卡塔尔[注1]]]`), as MediaWiki reads it.
      const bar = inner.indexOf('|');
      if (bar < 0 || bracket < bar || inner.includes('[[', bar)) return unread(env, src, start, state.posMax);
      if (src.charCodeAt(close + 2) === 0x5d && close + 2 < state.posMax) inner = unmaskPipes(src.slice(start + 2, ++close));
    }
    // A label may run over a line break, as in MediaWiki and in text wrapped at a fixed width
    // (`[[en:Gaza Strip|the Gaza\nStrip]]`); a title may not.
    const newline = inner.indexOf('\n');
    if (newline >= 0 && inner.lastIndexOf('|', newline) < 0) return unread(env, src, start, state.posMax);
    const link = readLink(inner);
    if (!link) return unread(env, src, start, state.posMax);
    const { parts } = link;
    // One token per link (not open/text/close): links are the densest markup in these articles.
    const token = state.push('wiki_link', 'a', 0);
    token.attrs = [
      ['lang', parts.lang ?? env.wikiLang ?? 'zh'],
      ['target', parts.target],
    ];
    token.content = parts.label;
    token.markup = '[[';
    setTokenSource(token, start + 2 + parts.labelStart, start + 2 + parts.labelEnd, link.verbatim);
    state.pos = close + 2;
    return true;
  });
}
