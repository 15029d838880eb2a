/**
 * A pipe inside a wiki-link does not split a table cell: `| 贊成 | [[zh:香港|香港特区]] |` is two cells, the second a
 * labelled link. GFM splits a row at every unescaped `|`, so without this the cell became `[[zh:香港` and the rest
 * of the row was dropped as an extra cell. Articles converted from wiki text write such links unescaped.
 *
 * How: before block parsing, every `|` between `[[` and `]]` on one line is replaced by a private-use character of
 * the same length (so every offset stays the file's); the wiki-link rule reads it as `|` (`unmaskPipes`), and after
 * inline parsing any that remain in token text (a `[[…]]` that was not a link, code) become `|` again. A source that
 * already holds that character is left alone.
 */
import type { MarkdownIt, StateCore, Token } from 'markdown-it';

/** U+E000 (private use): stands for a `|` inside `[[…]]` while the table rule splits rows. */
export const MASKED_PIPE = '\uE000';

const WIKI_LINK_WITH_PIPE = /\[\[[^[\]\n|]*\|[^[\]\n]*\]\]/g;

/**
 * `text` with every `|` inside a wiki-link masked, as the table rule sees it (same length); unchanged when it already
 * holds the mask character.
 */
export function maskWikiLinkPipes(text: string): string {
  if (!text.includes('[[') || !text.includes('|') || text.includes(MASKED_PIPE)) return text;
  return text.replace(WIKI_LINK_WITH_PIPE, (link) => link.replaceAll('|', MASKED_PIPE));
}

/** A wiki-link's inner text with its masked pipes restored. */
export function unmaskPipes(text: string): string {
  return text.includes(MASKED_PIPE) ? text.replaceAll(MASKED_PIPE, '|') : text;
}

function unmaskTokens(tokens: Token[]): void {
  for (const token of tokens) {
    if (token.content.includes(MASKED_PIPE)) token.content = unmaskPipes(token.content);
    if (token.children) unmaskTokens(token.children);
  }
}

/** markdown-it plugin: masks pipes inside wiki-links before the block rules run, and restores them after inline. */
export function wikiLinkPipesPlugin(md: MarkdownIt): void {
  md.core.ruler.before('block', 'wiki_link_mask_pipes', (state: StateCore) => {
    const src = state.src;
    const masked = maskWikiLinkPipes(src);
    if (masked === src) return;
    state.src = masked;
    (state.env as { maskedPipes?: boolean }).maskedPipes = true;
  });
  md.core.ruler.after('inline', 'wiki_link_unmask_pipes', (state: StateCore) => {
    if ((state.env as { maskedPipes?: boolean }).maskedPipes) unmaskTokens(state.tokens);
  });
}
