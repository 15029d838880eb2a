/**
 * The `seq` attribute of wiki-link marks (see the schema): a link that directly follows another link to the same page,
 * with no text between them (an image adds no text), gets a `seq` unlike that link's, so the two marks differ and stay
 * two links in the document, the editor and the Markdown written back. Every writer of documents gives the same values,
 * so an unchanged link compares equal however its document was made: absent (0 here) for a link that follows none to
 * its page, then 1, absent, 1… along a row of adjacent links to one page.
 */
import type { DocJSON } from '../model/article';

type Mark = NonNullable<DocJSON['marks']>[number];

/** The `seq` of a link that directly follows a link to the same page whose `seq` is `previous`. */
export function followingSeq(previous: number): number {
  return previous === 0 ? 1 : 0;
}

/** A wiki-link mark's `seq`, 0 when absent. */
export function seqOf(mark: { attrs?: Record<string, unknown> | null }): number {
  const seq = mark.attrs?.seq;
  return typeof seq === 'number' ? seq : 0;
}

/** A wiki-link mark's attributes for `seq`: 0 is left out (ProseMirror's `undefined`, which JSON drops). */
export function wikiLinkAttrs(lang: string, target: string, seq: number): { lang: string; target: string; seq?: number } {
  return seq === 0 ? { lang, target } : { lang, target, seq };
}

/** Whether two wiki-link marks are one link's: same language, target and `seq`. */
export function sameWikiLink(a: Mark | undefined, b: Mark | undefined): boolean {
  if (!a || !b) return a === b;
  return (a.attrs?.lang ?? 'zh') === (b.attrs?.lang ?? 'zh') && a.attrs?.target === b.attrs?.target && seqOf(a) === seqOf(b);
}

/**
 * `doc` as documents were before `seq`: every wiki-link's `seq` dropped and neighbouring text nodes with the same marks
 * then joined. Two documents with the same such form differ at most in where adjacent links to one page are split; so
 * a document stored before `seq` (one link `甲乙`) compares equal to the reading of its own file now
 * (`[[zh:A|甲]][[zh:A|乙]]`, two links), which a save of it written block by block has to accept.
 */
export function withoutLinkSeqs(doc: DocJSON): DocJSON {
  const marks = doc.marks?.map((mark) => (mark.type === 'wikiLink' && mark.attrs && 'seq' in mark.attrs ? { ...mark, attrs: { lang: mark.attrs.lang, target: mark.attrs.target } } : mark));
  const out: DocJSON = marks ? { ...doc, marks } : { ...doc };
  if (!doc.content) return out;
  const content: DocJSON[] = [];
  for (const child of doc.content.map(withoutLinkSeqs)) {
    const last = content[content.length - 1];
    if (last?.type === 'text' && child.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(child.marks ?? [])) {
      content[content.length - 1] = { ...last, text: (last.text ?? '') + (child.text ?? '') };
    } else content.push(child);
  }
  out.content = content;
  return out;
}
