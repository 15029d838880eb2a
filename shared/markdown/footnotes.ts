/**
 * Footnotes written the Pandoc/GFM way: `正文[^1]` refers to the note `[^1]: 註腳內容。`. markdown-it-footnote reads
 * them (a reference only where its label is defined, so a stray `[^1]` stays the text it is), numbered in the order
 * they are first referred to, and gathers the notes after the body, where the document keeps them as one `footnotes`
 * list. Two things the plugin does not do that an import must: a definition no reference names, and a label defined
 * twice, lost their text; here both become notes of their own, numbered after the referenced ones. Inline notes
 * (`^[…]`) are not read: text such as `^[a-z]` in older articles would change, and their text has no place in the
 * file the source map could point at.
 */
import type { MarkdownIt, StateCore } from 'markdown-it';
import footnote from 'markdown-it-footnote';

/** What markdown-it-footnote keeps on the parse env. */
interface FootnoteEnv {
  footnotes?: { refs?: Record<string, number>; list?: Array<{ label?: string; count: number }> };
}

/** Separates a written label from the count that makes a repeated definition's label unique (`1` + U+0000 + `2`). */
const REPEAT = '\u0000';

/** The label as the file writes it (`1` for `[^1]`), from a note's label. */
export function writtenFootnoteLabel(label: string): string {
  const cut = label.indexOf(REPEAT);
  return cut < 0 ? label : label.slice(0, cut);
}

type InlineRule = Parameters<MarkdownIt['inline']['ruler']['at']>[1];

/** markdown-it plugin: footnote references and definitions, every definition kept. */
export function footnotesPlugin(md: MarkdownIt): void {
  md.use(footnote);
  md.inline.ruler.disable(['footnote_inline']);
  md.core.ruler.before('footnote_tail', 'footnote_every_definition', keepEveryDefinition);
  referencesInsideLinks(md);
}

/**
 * A link whose text holds a reference (`[报道[^1]](https://…)`) stays a link. markdown-it looks for the end of a
 * link's text by skipping tokens silently, and gives up on a link when a token it skips starts with `[`: the
 * reference made the link plain text. Skipped silently, a reference is now just its brackets; read for real (the
 * link's text, or any other text), it is the reference.
 */
function referencesInsideLinks(md: MarkdownIt): void {
  // markdown-it has no getter for a rule: its rule list is internal, read here to wrap `footnote_ref`.
  const rules = (md.inline.ruler as unknown as { __rules__: { name: string; fn: InlineRule }[] }).__rules__;
  const original = rules.find((rule) => rule.name === 'footnote_ref')?.fn;
  if (!original) throw new Error('markdown-it-footnote has no footnote_ref rule to amend');
  md.inline.ruler.at('footnote_ref', (state, silent) => !silent && original(state, silent));
}

/** Gives a repeated label a unique one and lists every definition no reference named, in the order written. */
function keepEveryDefinition(state: StateCore): void {
  const notes = (state.env as FootnoteEnv).footnotes;
  if (!notes?.refs) return;
  const seen = new Map<string, number>();
  for (const token of state.tokens) {
    if (token.type !== 'footnote_reference_open') continue;
    const label = (token.meta as { label: string }).label;
    const times = (seen.get(label) ?? 0) + 1;
    seen.set(label, times);
    if (times === 1) continue;
    const unique = `${label}${REPEAT}${times}`;
    token.meta = { label: unique };
    notes.refs[`:${unique}`] = -1;
  }
  const list = (notes.list ??= []);
  for (const [key, id] of Object.entries(notes.refs)) {
    if (id >= 0) continue;
    notes.refs[key] = list.length;
    list.push({ label: key.slice(1), count: 0 });
  }
}
