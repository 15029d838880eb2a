/**
 * Editing commands for wiki-links: remove one, change its target, and (re)link the selection, which is how a link is
 * extended or shrunk. They are ordinary ProseMirror commands, so they go through history (undo/redo) and autosave.
 * A link they make next to a link to the same page stays a link of its own, and the links around it keep the `seq`
 * the importer would give them (see shared/markdown/wikiLinkSeq.ts).
 */
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { schema } from '../../shared/schema';
import { wikiLinkAt, wikiLinksBetween, type WikiLinkRange } from './wikiLinkRanges';
import { normalizeLinkSeqs, seqApart } from '../../shared/markdown/wikiLinkSeq';

/** A wiki-link mark to `lang:target` for `[from, to]` of `tr.doc`, apart from links to that page beside it. */
function newLink(tr: Transaction, from: number, to: number, lang: string, target: string) {
  const seq = seqApart(tr.doc, from, to, lang, target);
  return schema.marks.wikiLink.create({ lang, target, seq: seq === 0 ? undefined : seq });
}

/** The links a command acts on: the one at the cursor, or every link the selection overlaps. */
export function selectedWikiLinks(state: EditorState): WikiLinkRange[] {
  const { from, to, empty } = state.selection;
  if (empty) {
    const at = wikiLinkAt(state.doc, from);
    return at ? [at] : [];
  }
  return wikiLinksBetween(state.doc, from, to).filter((r) => r.to > from && r.from < to);
}

/** Removes the wiki-link at the cursor (all of it), or the wiki-link marks inside a selection; the text stays. */
export const removeWikiLink: Command = (state, dispatch) => {
  const { from, to, empty } = state.selection;
  const links = selectedWikiLinks(state);
  if (links.length === 0) return false;
  if (dispatch) {
    const tr = state.tr;
    if (empty) tr.removeMark(links[0].from, links[0].to, schema.marks.wikiLink);
    else tr.removeMark(from, to, schema.marks.wikiLink);
    normalizeLinkSeqs(tr, Math.min(from, links[0].from), Math.max(to, links[links.length - 1].to));
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** Points the selected wiki-link(s) at another Wikipedia page, keeping their extent. */
export function setWikiLinkTarget(lang: string, target: string): Command {
  return (state, dispatch) => {
    const links = selectedWikiLinks(state);
    if (links.length === 0 || target.trim() === '') return false;
    if (dispatch) {
      const tr = state.tr;
      for (const link of links) {
        tr.removeMark(link.from, link.to, schema.marks.wikiLink);
        tr.addMark(link.from, link.to, newLink(tr, link.from, link.to, lang, target.trim()));
      }
      normalizeLinkSeqs(tr, links[0].from, links[links.length - 1].to);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/**
 * Makes exactly the selected text one wiki-link. Links the selection overlaps are removed whole first, so selecting
 * more than a link extends it and selecting part of one shrinks it.
 */
export function linkSelection(lang: string, target: string): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty || target.trim() === '') return false;
    if (dispatch) {
      const tr = state.tr;
      let start = from;
      let end = to;
      for (const link of wikiLinksBetween(state.doc, from, to).filter((r) => r.to > from && r.from < to)) {
        tr.removeMark(link.from, link.to, schema.marks.wikiLink);
        start = Math.min(start, link.from);
        end = Math.max(end, link.to);
      }
      tr.addMark(from, to, newLink(tr, from, to, lang, target.trim()));
      normalizeLinkSeqs(tr, start, end);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
