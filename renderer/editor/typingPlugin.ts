/**
 * Plain typing as a ProseMirror transaction instead of a browser edit. A printable key with a collapsed cursor is
 * inserted with `tr.insertText` (what ProseMirror makes of the browser's edit anyway, marks included) and the browser's
 * own insertion is cancelled. The result is the same text, marks and undo history; what is saved is the browser's
 * editing work on a long contenteditable (a forced layout and a selection sync that walks the text before the caret),
 * and, inside an annotation highlight, ProseMirror redrawing the highlighted text node it would otherwise see
 * changed under its decoration and putting the caret back. Composition (IME), selections, Enter and anything that
 * is not a single printable character keep the browser's path, as does a cursor ProseMirror has not read yet.
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
        const deflt = () => view.state.tr.insertText(text, from, to).scrollIntoView();
        if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, deflt))) view.dispatch(deflt());
        return true;
      },
    },
  });
}
