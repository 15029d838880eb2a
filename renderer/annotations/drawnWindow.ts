/**
 * Which stretch of a long document has its annotation highlights and suggestion underlines in the DOM.
 *
 * Every highlight is an element wrapped around its text. A long article with thousands of annotations had tens of
 * thousands of them: building them was most of the time it took to open, and ProseMirror walked all of them on every
 * keystroke. The plugin keeps every decoration in its state (mapped through edits, as before) but hands the view only
 * those in a window around what is on screen, a few screens either way; scrolling near the window's edge moves it,
 * synchronously in the scroll event, so the new highlights are in place before that frame is painted. After a jump
 * to text not drawn yet, only the screen and a sliver around it are drawn at once, the margins on a pause.
 * Documents shorter than `WINDOW_FROM_SIZE` are drawn whole.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorState, PluginView, Transaction } from 'prosemirror-state';
import { DecorationSet, type EditorView } from 'prosemirror-view';

/** A span of the document, in ProseMirror positions. */
export interface WindowRange {
  from: number;
  to: number;
}

/** Documents at least this long (in positions, about characters) are drawn a window at a time. */
export const WINDOW_FROM_SIZE = 30_000;

/**
 * The stretch drawn before the view has been measured: the top of the document, where an article opens. The first
 * screen of an article holds well under this (its title and details take room too); the window is placed over what
 * is on screen when the annotations arrive (`windowOnScreen`) or on the next frame.
 */
export const INITIAL_WINDOW = 2_000;

/**
 * How far the window reaches beyond the visible text on each side, in screenfuls. Moving the window redraws what
 * enters and leaves it, which for a densely annotated text costs tens of milliseconds per screen on a slow machine:
 * half a screen each way keeps a jump (to a far annotation, a search hit) quick, and ordinary scrolling moves the
 * window a little at a time, in the scroll event, before the newly visible text is painted.
 */
const SCREENS_AROUND = 0.5;

/**
 * How far the window reaches beyond the visible text after a jump (to text not drawn yet: a click in the side panel,
 * a search hit, a scrollbar drag, the caret put a screen or two away), in screenfuls. Everything a jump draws is new and is drawn before the
 * frame that shows the place, so the user's first keystroke or click there waits behind it; the full margins
 * (`SCREENS_AROUND`) follow when the user pauses (`TRIM_AFTER_MS`), or with the next move if they scroll first.
 */
export const JUMP_SCREENS_AROUND = 0.1;

/** How close (in screenfuls) the visible text may come to an edge of the window before the window moves. */
const SCREENS_SLACK = 0.2;

/** The smallest visible stretch assumed (positions), so a narrow or empty measurement still draws a useful window. */
const MIN_VISIBLE = 1_000;

/** The window of a freshly opened document: null (everything) for short ones, the top for long ones. */
export function initialWindow(doc: PMNode): WindowRange | null {
  return doc.content.size >= WINDOW_FROM_SIZE ? { from: 0, to: Math.min(doc.content.size, INITIAL_WINDOW) } : null;
}

/**
 * The part of `set` the view draws: the decorations touching `window` or one of the `kept` earlier windows, or the
 * whole set without a window.
 */
export function clipToWindow(set: DecorationSet, doc: PMNode, window: WindowRange | null, kept: readonly WindowRange[] = []): DecorationSet {
  if (window === null || set === DecorationSet.empty) return set;
  let inside = set.find(window.from, window.to);
  if (kept.length > 0) {
    // A decoration touching two windows is found twice.
    const all = new Set(inside);
    for (const range of kept) for (const d of set.find(range.from, range.to)) all.add(d);
    inside = [...all];
  }
  return inside.length === 0 ? DecorationSet.empty : DecorationSet.create(doc, inside);
}

/** The window moved through an edit (it grows to cover text typed at its edges). */
export function mapWindow(window: WindowRange | null, mapping: Transaction['mapping']): WindowRange | null {
  return window === null ? null : { from: mapping.map(window.from, -1), to: mapping.map(window.to, 1) };
}

/** Earlier windows moved through an edit. */
export function mapKept(kept: readonly WindowRange[], mapping: Transaction['mapping']): readonly WindowRange[] {
  return kept.length === 0 ? kept : kept.map((w) => ({ from: mapping.map(w.from, -1), to: mapping.map(w.to, 1) }));
}

/**
 * How many earlier windows stay drawn. Undrawing a window costs as much as drawing one, so a move (a jump to a far
 * annotation, say) only draws the new one; the old ones are undrawn once the user pauses (`TRIM_AFTER_MS`), or the
 * oldest when there are more than this.
 */
export const MAX_KEPT = 8;

/** The pause in scrolling and typing after which earlier windows are undrawn. */
export const TRIM_AFTER_MS = 2_000;

/** The window to draw for a visible stretch: `screens` screenfuls either way (`SCREENS_AROUND` by default), within the document. */
export function windowAround(visible: WindowRange, docSize: number, screens: number = SCREENS_AROUND): WindowRange {
  const span = Math.max(visible.to - visible.from, MIN_VISIBLE);
  return { from: Math.max(0, visible.from - screens * span), to: Math.min(docSize, visible.to + screens * span) };
}

/**
 * Whether showing `visible` is a jump: some of it is neither in the window nor in an earlier window still drawn, so
 * highlights on screen there have to be drawn before the frame that shows them (see `JUMP_SCREENS_AROUND`). Scrolling
 * normally moves the window before its edge comes into view, so it never jumps.
 */
export function isJump(window: WindowRange | null, kept: readonly WindowRange[], visible: WindowRange): boolean {
  if (window === null) return false;
  let covered = visible.from;
  // Sweep the drawn stretches in document order, extending what is covered from the visible text's start.
  for (const w of [window, ...kept].sort((a, b) => a.from - b.from)) {
    if (w.from > covered) break;
    covered = Math.max(covered, w.to);
    if (covered >= visible.to) return false;
  }
  return true;
}

/**
 * Whether the window must move for the visible stretch: when what is visible comes close to (or past) an edge that is
 * not the document's own. A window that is null (everything drawn) never needs to.
 */
export function needsNewWindow(window: WindowRange | null, visible: WindowRange, docSize: number): boolean {
  if (window === null) return false;
  const span = Math.max(visible.to - visible.from, MIN_VISIBLE);
  const slack = SCREENS_SLACK * span;
  const nearStart = window.from > 0 && visible.from < window.from + slack;
  const nearEnd = window.to < docSize && visible.to > window.to - slack;
  return nearStart || nearEnd;
}

/** The stretch of the document on screen, or null when the editor is not visible or cannot be measured. */
export function visibleRange(view: EditorView): WindowRange | null {
  const box = view.dom.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, window.innerHeight || document.documentElement.clientHeight);
  if (bottom <= top || box.width === 0) return null;
  const at = (y: number): number | null => {
    // The middle of the text column first; a margin or an overlay there is tried past at a quarter of its width.
    for (const x of [box.left + box.width / 2, box.left + box.width / 4]) {
      const found = view.posAtCoords({ left: x, top: y });
      if (found) return found.pos;
    }
    return null;
  };
  const from = at(top + 1);
  const to = at(bottom - 1);
  if (from === null || to === null) return null;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/**
 * The window for what `view` shows now: null (everything) for a short document, undefined when the view cannot be
 * measured (not laid out, hidden). Annotations arriving on a freshly opened article are placed with it in the same
 * transaction, so only the highlights of the screen and a little around it are drawn at first: a long article's top
 * window used to draw several screens of highlights (over a thousand elements) before the first one could be clicked.
 */
export function windowOnScreen(view: EditorView): WindowRange | null | undefined {
  const size = view.state.doc.content.size;
  if (size < WINDOW_FROM_SIZE) return null;
  const visible = visibleRange(view);
  return visible === null ? undefined : windowAround(visible, size);
}

/** Whether ProseMirror's selection is the one in the DOM (or the DOM's is elsewhere), so a redraw keeps it. */
function selectionRead(view: EditorView): boolean {
  const selection = document.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node || !view.dom.contains(node)) return true;
  try {
    return view.posAtDOM(node, selection.focusOffset) === view.state.selection.head;
  } catch {
    return true;
  }
}

/** What the window keeper reads from and asks of the plugin. */
export interface WindowHandle {
  /** The current window, the earlier ones still drawn, and whether there is nothing to draw at all. */
  current(view: EditorView): { window: WindowRange | null; kept: readonly WindowRange[]; empty: boolean };
  /** The transaction that makes `window` the current one (the old one is kept drawn), or null for the whole text. */
  move(tr: Transaction, window: WindowRange | null): Transaction;
  /** The transaction that undraws the earlier windows. */
  trim(tr: Transaction): Transaction;
  /** Whether there was nothing to draw in an earlier state. */
  wasEmpty(state: EditorState): boolean;
}

/**
 * Keeps the window over what is on screen: measured once the view has been laid out, then on every scroll of an
 * ancestor and on resize; earlier windows are undrawn after a pause. Its `update` is to be called on every view
 * update, so typing counts as activity.
 */
export function drawnWindowView(view: EditorView, handle: WindowHandle): Required<Pick<PluginView, 'update' | 'destroy'>> {
  let frame: number | null = null;
  let waited = 0;
  let trimTimer: ReturnType<typeof setTimeout> | null = null;
  // Set after a jump drew the window with narrow margins: the pause that undraws earlier windows widens it too.
  let narrow = false;
  const later = (): void => {
    if (frame === null) frame = requestAnimationFrame(() => {
      frame = null;
      check();
    });
  };
  const pause = (): void => {
    trimTimer = null;
    if (view.isDestroyed) return;
    const { window, kept } = handle.current(view);
    const widen = narrow && window !== null ? visibleRange(view) : null;
    narrow = false;
    if (kept.length === 0 && widen === null) return;
    let tr = view.state.tr;
    if (widen !== null) tr = handle.move(tr, windowAround(widen, view.state.doc.content.size));
    // One transaction: widening the window and undrawing the earlier ones redraw the text once.
    view.dispatch(handle.trim(tr));
  };
  const trimLater = (): void => {
    if (trimTimer !== null) clearTimeout(trimTimer);
    trimTimer = null;
    if (handle.current(view).kept.length === 0 && !narrow) return;
    trimTimer = setTimeout(pause, TRIM_AFTER_MS);
  };
  const check = (): void => {
    if (view.isDestroyed) return;
    const { window, empty } = handle.current(view);
    // Nothing to draw (an article without annotations or suggestions): nothing to measure either. The window is
    // measured again when something arrives (see `update`).
    if (empty) return;
    // A selection the user (or a script) just made that ProseMirror has not read yet would be put back by the redraw:
    // wait a frame or two for its selectionchange.
    if (!selectionRead(view) && waited < 3) {
      waited++;
      later();
      return;
    }
    waited = 0;
    const size = view.state.doc.content.size;
    // A document edited below the threshold draws everything; one grown past it gets a window on the next check.
    if (size < WINDOW_FROM_SIZE) {
      if (window !== null) view.dispatch(handle.move(view.state.tr, null));
      return;
    }
    const visible = visibleRange(view);
    if (visible === null) return;
    // A window drawn narrow after a jump moves only once the visible text leaves it (it is widened on a pause).
    const leaves = window === null || (narrow ? visible.from < window.from || visible.to > window.to : needsNewWindow(window, visible, size));
    if (leaves) {
      const jump = isJump(window, handle.current(view).kept, visible);
      view.dispatch(handle.move(view.state.tr, windowAround(visible, size, jump ? JUMP_SCREENS_AROUND : SCREENS_AROUND)));
      narrow = jump;
    }
    trimLater();
  };
  // Scroll events do not bubble; a capturing listener sees the scrolling of any container of the editor.
  const onScroll = (event: Event): void => {
    const target = event.target;
    if (target === document || (target instanceof Node && target.contains(view.dom))) check();
  };
  later();
  document.addEventListener('scroll', onScroll, { capture: true, passive: true });
  window.addEventListener('resize', check);
  return {
    update(_view, prevState) {
      if (trimTimer !== null) trimLater();
      // Decorations arrived (the annotations loaded): place the window over what is on screen now.
      if (handle.current(view).empty !== handle.wasEmpty(prevState)) later();
    },
    destroy() {
      if (frame !== null) cancelAnimationFrame(frame);
      if (trimTimer !== null) clearTimeout(trimTimer);
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', check);
    },
  };
}
