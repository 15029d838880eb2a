/**
 * The one configured markdown-it instance: CommonMark + strikethrough + bare-URL links, raw HTML OFF (an article's
 * `<script>` is text, never markup; only `<br>` is read, as a line break), CJK-friendly emphasis, wiki-links, GFM
 * tables (a `|` line without a `|---|` delimiter row under it stays the text it is), footnotes (`[^1]`), and source
 * tracking.
 */
import markdownIt, { type MarkdownIt } from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import { footnoteTextPlugin } from './footnoteText';
import { footnotesPlugin } from './footnotes';
import { lineBreakTagPlugin } from './lineBreakTag';
import { sourceTrackingPlugin } from './sourceTracking';
import { wikiLinkPipesPlugin } from './wikiLinkPipes';
import { wikiLinkPlugin, type WikiLinkEnv } from './wikiLinkRule';

function createParser(): MarkdownIt {
  const md = markdownIt('default', { html: false, linkify: true, typographer: false });
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  // Bare URLs are linked by the inline linkify rule as they are met; the core pass only adds fuzzy links (off).
  md.disable(['text_join', 'linkify'], true);
  md.inline.ruler.enable(['linkify']);
  md.inline.ruler2.disable(['fragments_join']);
  endUrlsBeforeChinese(md);
  // Let links to any scheme through as text-bearing marks; the UI opens only https URLs.
  md.validateLink = (url: string) => !/^\s*(javascript|vbscript|data|file):/i.test(url);
  // CommonMark will not close `**` between CJK text and punctuation (与**[[zh:香港]]**。); this amendment does.
  md.use(cjkFriendly);
  md.use(wikiLinkPlugin);
  md.use(wikiLinkPipesPlugin);
  md.use(lineBreakTagPlugin);
  md.use(footnotesPlugin);
  md.use(footnoteTextPlugin);
  md.use(sourceTrackingPlugin);
  noteTooDeep(md);
  return md;
}

/**
 * Where a bare URL ends: linkify-it takes any letter as part of an address, so in 详见https://www.hrw.org/news，以及
 * [[zh:香港]]的报道 the comma, the words and the wiki-link all became the link. Chinese text is written right after an
 * address without a space, so an address ends before the first CJK character or CJK / full-width punctuation
 * (U+2E80 and up, as `detectLanguage` decides it too) and before a `[[`. An address with raw Chinese in its path
 * (https://zh.wikipedia.org/wiki/卡塔尔) is linked up to the Chinese; its percent-encoded form is linked whole.
 */
const URL_STOP = /[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|\[\[/;

function endUrlsBeforeChinese(md: MarkdownIt): void {
  const matchAtStart = md.linkify.matchAtStart.bind(md.linkify);
  md.linkify.matchAtStart = (text: string) => {
    const match = matchAtStart(text);
    if (!match) return match;
    const cut = match.raw.search(URL_STOP);
    if (cut <= 0) return match;
    const removed = match.raw.length - cut;
    match.raw = match.raw.slice(0, cut);
    match.text = match.text.slice(0, Math.max(0, match.text.length - removed));
    match.url = match.url.slice(0, Math.max(0, match.url.length - removed));
    match.lastIndex = match.index + cut;
    return match;
  };
}

/** What a parse found that the reader should be told (set on the `env` passed to `parse`). */
export interface ParseEnv extends WikiLinkEnv {
  /** Set when text nested deeper than markdown-it's limit (100 levels of quotes and lists) was left out. */
  tooDeep?: boolean;
}

/**
 * markdown-it drops, without a word, the text of blocks nested deeper than its `maxNesting` (a guard against
 * pathological input): this records that it happened, so the import can say so.
 */
function noteTooDeep(md: MarkdownIt): void {
  const tokenize = md.block.tokenize.bind(md.block);
  const maxNesting = (md.options as { maxNesting?: number }).maxNesting ?? 100;
  md.block.tokenize = (state, startLine, endLine) => {
    if (state.level >= maxNesting && state.skipEmptyLines(startLine) < endLine) (state.env as ParseEnv).tooDeep = true;
    tokenize(state, startLine, endLine);
  };
}

/** Shared parser; markdown-it instances are reusable and parsing keeps no state between calls. */
export const markdownParser: MarkdownIt = createParser();
