/**
 * Footnotes written the Pandoc/GFM way (`正文[^1]` … `[^1]: 註腳內容。`) stay visible text.
 *
 * Without this, CommonMark reads `[^1]: 註腳內容。` as a link reference definition (label `^1`, destination
 * `註腳內容。`): the footnote's text vanished from the article and every `[^1]` in the body became a link to that
 * text. Glossa has no footnote nodes, so a definition line is read as the paragraph it looks like, and a reference
 * stays the characters `[^1]`; the Markdown export is unaffected (it writes the source back).
 */
import type { MarkdownIt } from 'markdown-it';

type BlockRule = Parameters<MarkdownIt['block']['ruler']['at']>[1];

/** markdown-it plugin: link reference definitions whose label starts with `^` are not definitions. */
export function footnoteTextPlugin(md: MarkdownIt): void {
  // markdown-it has no getter for a built-in rule: its rule list is internal, read here to wrap `reference`.
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__;
  const original = rules.find((rule) => rule.name === 'reference')?.fn;
  if (!original) throw new Error('markdown-it has no reference rule to amend');
  const reference: BlockRule = (state, startLine, endLine, silent) => {
    const pos = state.bMarks[startLine] + state.tShift[startLine];
    if (state.src.charCodeAt(pos) === 0x5b /* [ */ && state.src.charCodeAt(pos + 1) === 0x5e /* ^ */) return false;
    return original(state, startLine, endLine, silent);
  };
  md.block.ruler.at('reference', reference);
}
