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
