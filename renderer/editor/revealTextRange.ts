/**
 * Shows a stretch of the article given in canonical-text offsets (a search hit, a claim found elsewhere): it becomes
 * the selection, centred on screen. Through the DOM selection, which ProseMirror reads as it reads a mouse selection,
 * so it works in reading mode too and the next step (Alt+C, a claim on it) applies to it.
 */
import type { EditorView } from 'prosemirror-view';
import { canonicalText, offsetToPos } from '../../shared/text/canonical';

/** Selects and scrolls to canonical offsets [start, end); false when they are not a stretch of this text. */
export function revealTextRange(view: EditorView, start: number, end: number): boolean {
  const canonical = canonicalText(view.state.doc);
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= canonical.text.length)) return false;
  const from = offsetToPos(canonical, start, 1);
  const to = offsetToPos(canonical, end, -1);
  const anchor = view.domAtPos(from);
  const head = view.domAtPos(to);
  document.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, head.node, head.offset);
  const element = anchor.node instanceof Element ? anchor.node : anchor.node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'auto' });
  return true;
}
