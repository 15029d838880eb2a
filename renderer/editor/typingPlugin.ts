/**
 * Plain typing as a ProseMirror transaction instead of a browser edit. A printable key with a collapsed cursor is
 * inserted with `tr.insertText` (what ProseMirror makes of the browser's edit anyway, marks included) and the browser's
 * own insertion is cancelled. The result is the same text, marks and undo history; what is saved is the browser's
 * editing work on a long contenteditable (a forced layout and a selection sync that walks the text before the caret),
 * and, inside an annotation highlight, ProseMirror redrawing the highlighted text node it would otherwise see
 * changed under its decoration and putting the caret back. Composition (IME), selections, Enter and anything that
 * is not a single printable character keep the browser's path, as does a cursor ProseMirror has not read yet. The
 * caret is scrolled into view only when it has left the view (see `caretInView`).
 */
import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** Whether the DOM caret is where ProseMirror thinks it is (it reads the DOM selection a moment late). */
function caretInSync(view: EditorView): boolean {
  const selection = document.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node || !selection.isCollapsed || !view.dom.contains(node)) return false;
  try {
    return view.posAtDOM(node, selection.focusOffset) === view.state.selection.head;
  } catch {
    return false;
  }
}

/** ProseMirror's own margin (px) between a caret scrolled into view and the edge of what shows it. */
const SCROLL_MARGIN = 5;

// The nearest scrolling ancestor of each editor, found once (an editor stays in its place in the page while it lives).
const scrollers = new WeakMap<HTMLElement, HTMLElement | null>();

function scrollerOf(dom: HTMLElement): HTMLElement | null {
  let found = scrollers.get(dom);
  if (found !== undefined) return found;
  found = null;
  for (let el = dom.parentElement; el && el !== document.body; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') {
      found = el;
      break;
    }
  }
  scrollers.set(dom, found);
  return found;
}

/**
 * Whether the caret shows inside the editor's scroller and the window. A transaction's `scrollIntoView` makes
 * ProseMirror measure every element from the caret up to the page (a box and a computed style each), on every
 * keystroke; typing almost always stays in view, so this one measurement decides whether that is needed.
 */
function caretInView(view: EditorView): boolean {
  let caret: { top: number; bottom: number; left: number; right: number };
  try {
    caret = view.coordsAtPos(view.state.selection.head);
  } catch {
    return false;
  }
  const box = scrollerOf(view.dom)?.getBoundingClientRect();
  const top = Math.max(box?.top ?? 0, 0) + SCROLL_MARGIN;
  const bottom = Math.min(box?.bottom ?? window.innerHeight, window.innerHeight) - SCROLL_MARGIN;
  const left = Math.max(box?.left ?? 0, 0);
  const right = Math.min(box?.right ?? window.innerWidth, window.innerWidth);
  return caret.top >= top && caret.bottom <= bottom && caret.left >= left && caret.right <= right;
}

/** The typing plugin. */
export function typingPlugin(): Plugin {
  return new Plugin({
    props: {
      // ProseMirror calls this for keypress events outside composition, without Ctrl (Cmd on a Mac); `true` makes it
      // cancel the event, so the browser inserts nothing.
      handleKeyPress(view, event) {
        const text = event.key;
        if (!view.editable || event.isComposing || [...text].length !== 1 || /[\r\n\t]/.test(text)) return false;
        const { selection } = view.state;
        if (!(selection instanceof TextSelection) || !selection.empty || !caretInSync(view)) return false;
        const { from, to } = selection;
        const deflt = () => view.state.tr.insertText(text, from, to);
        if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, deflt))) view.dispatch(deflt());
        // The caret is kept in view as a browser keeps it while typing, measured once rather than by ProseMirror's walk.
        if (!view.isDestroyed && !caretInView(view)) view.dispatch(view.state.tr.scrollIntoView());
        return true;
      },
    },
  });
}
