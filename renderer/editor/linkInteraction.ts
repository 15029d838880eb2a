/**
 * What links in an article do: nothing ever navigates the window. A click on a wiki-link asks the host to open its
 * Wikipedia page in the system browser; an external link goes the same way (https only, checked by the caller); a
 * footnote reference scrolls to its note;
 * hovering or focusing a wiki-link reports it, so the UI can show a card with its language and target.
 * In edit mode a plain click places the cursor and Ctrl/Cmd+click opens.
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** A wiki-link the pointer or keyboard focus is on, with where it is drawn. */
export interface WikiLinkHover {
  lang: string;
  target: string;
  rect: { left: number; top: number; bottom: number; right: number };
}

/** What the host application does with link gestures. */
export interface LinkHandlers {
  openWikiLink(lang: string, target: string): void;
  openExternal(href: string): void;
  hover(info: WikiLinkHover | null): void;
  isEditing(): boolean;
}

function anchorOf(view: EditorView, target: EventTarget | null): HTMLAnchorElement | null {
  if (!(target instanceof Element)) return null;
  const anchor = target.closest('a');
  return anchor && view.dom.contains(anchor) ? anchor : null;
}

function hoverInfo(anchor: HTMLAnchorElement): WikiLinkHover | null {
  if (!anchor.classList.contains('wiki-link')) return null;
  const rect = anchor.getBoundingClientRect();
  return {
    lang: anchor.dataset.lang ?? '',
    target: anchor.dataset.target ?? '',
    rect: { left: rect.left, top: rect.top, bottom: rect.bottom, right: rect.right },
  };
}

/** The note a footnote reference's link (`#fn-2`) leads to in this article, or null for any other link. */
function footnoteOf(view: EditorView, anchor: HTMLAnchorElement): HTMLElement | null {
  if (!anchor.parentElement?.classList.contains('footnote-ref')) return null;
  const id = /^#(fn-\d+)$/.exec(anchor.getAttribute('href') ?? '')?.[1];
  return id ? view.dom.querySelector<HTMLElement>(`li.footnote-item#${id}`) : null;
}

/**
 * How long the pointer rests on a wiki-link before its card is reported. A paragraph dense with links would otherwise
 * redraw the card, and the workspace around it, once per link the pointer crosses, and a click on a link the moment
 * the pointer reaches it would wait for that drawing. Keyboard focus reports at once.
 */
export const HOVER_DELAY_MS = 150;

/** The link-gesture plugin. */
export function linkInteractionPlugin(handlers: LinkHandlers): Plugin {
  let pending: ReturnType<typeof setTimeout> | null = null;
  // Whether a card is shown, so leaving a link that never showed one does not report "nothing" again.
  let shown = false;
  const cancel = (): void => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
  };
  const report = (info: WikiLinkHover | null): void => {
    cancel();
    if (info === null && !shown) return;
    shown = info !== null;
    handlers.hover(info);
  };
  const activate = (view: EditorView, event: MouseEvent): boolean => {
    const anchor = anchorOf(view, event.target);
    if (!anchor) return false;
    event.preventDefault();
    if (event.type === 'auxclick') return true;
    if (handlers.isEditing() && !(event.ctrlKey || event.metaKey)) return false;
    const note = footnoteOf(view, anchor);
    if (note) {
      note.scrollIntoView({ block: 'center' });
      return true;
    }
    if (anchor.classList.contains('wiki-link')) {
      handlers.openWikiLink(anchor.dataset.lang ?? '', anchor.dataset.target ?? '');
    } else {
      handlers.openExternal(anchor.getAttribute('href') ?? '');
    }
    return true;
  };
  return new Plugin({
    view: () => ({ destroy: cancel }),
    props: {
      handleDOMEvents: {
        click: activate,
        auxclick: activate,
        mouseover(view, event) {
          const anchor = anchorOf(view, event.target);
          if (!anchor) return false;
          if (!anchor.classList.contains('wiki-link')) {
            report(null);
            return false;
          }
          cancel();
          pending = setTimeout(() => {
            pending = null;
            if (anchor.isConnected) report(hoverInfo(anchor));
          }, HOVER_DELAY_MS);
          return false;
        },
        mouseout(view, event) {
          const anchor = anchorOf(view, event.target);
          if (anchor && !(event.relatedTarget instanceof Node && anchor.contains(event.relatedTarget))) report(null);
          return false;
        },
        focusin(view, event) {
          const anchor = anchorOf(view, event.target);
          report(anchor ? hoverInfo(anchor) : null);
          return false;
        },
        focusout() {
          report(null);
          return false;
        },
        dragstart(view, event) {
          // Dragging a link out of a read-only article would hand its URL to whatever it is dropped on.
          if (!handlers.isEditing() && anchorOf(view, event.target)) event.preventDefault();
          return false;
        },
      },
    },
  });
}
