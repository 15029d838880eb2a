/**
 * Footnote-like definitions that markdown-it-footnote does not read (`footnotes.ts`) stay visible text: a label with
 * a space (`[^my note]: …`) or an empty one (`[^]: …`).
 *
 * Without this, CommonMark reads `[^my note]: 註腳內容。` as a link reference definition (label `^my note`, destination
 * `註腳內容。`): the text vanished from the article and every `[^my note]` in the body became a link to that text.
 * Such a line is read as the paragraph it looks like, and a reference stays the characters it is; the Markdown export
 * is unaffected (it writes the source back).
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
