/**
 * How an article's image is drawn in the editor: an offline placeholder (a badge, the alt text and the address), as
 * the schema's `toDOM` draws it, plus a "Load image" button. Nothing is fetched until the reader presses it; then the
 * host fetches the image and hands back a data: URL (see `media.fetchImage`), so the page itself never reaches
 * another site. A loaded image stays loaded for the rest of the session, wherever the same address appears again.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { NodeViewConstructor } from 'prosemirror-view';

/** Fetches an image for the page: resolves to a data: URL, rejects with an error whose message says what went wrong. */
export type LoadImage = (src: string) => Promise<string>;

/** Data URLs of the images loaded in this session, by address. */
const loaded = new Map<string, string>();
/** Loads under way, so two placeholders of one address share one fetch. */
const pending = new Map<string, Promise<string>>();

function load(src: string, loadImage: LoadImage): Promise<string> {
  const known = loaded.get(src);
  if (known) return Promise.resolve(known);
  let running = pending.get(src);
  if (!running) {
    running = loadImage(src).then(
      (dataUrl) => {
        loaded.set(src, dataUrl);
        pending.delete(src);
        return dataUrl;
      },
      (error: unknown) => {
        pending.delete(src);
        throw error;
      },
    );
    pending.set(src, running);
  }
  return running;
}

function caption(node: PMNode): string {
  const src = (node.attrs.src as string) || '(no URL)';
  const alt = node.attrs.alt as string;
  return ` ${alt ? `${alt} — ` : ''}${src}`;
}

/** The node view for `image` nodes; `loadImage` is the host's fetch. */
export function imageNodeView(loadImage: LoadImage): NodeViewConstructor {
  return (node) => {
    const src = node.attrs.src as string;
    const dom = document.createElement('span');
    dom.className = 'image-placeholder';
    dom.dataset.src = src;
    dom.title = src || '(no URL)';

    const showImage = (dataUrl: string): void => {
      const img = document.createElement('img');
      img.className = 'image-loaded';
      img.src = dataUrl;
      img.alt = (node.attrs.alt as string) || '';
      if (node.attrs.title) img.title = node.attrs.title as string;
      const text = document.createElement('span');
      text.className = 'image-caption';
      text.textContent = caption(node);
      dom.classList.add('is-loaded');
      dom.replaceChildren(img, text);
    };

    const known = loaded.get(src);
    if (known) {
      showImage(known);
    } else {
      const badge = document.createElement('span');
      badge.className = 'image-badge';
      badge.textContent = 'image';
      const text = document.createTextNode(caption(node));
      dom.append(badge, text);
      if (src) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'image-load';
        button.dataset.testid = 'image-load';
        button.textContent = 'Load image';
        button.title = `Fetch ${src} and show it here`;
        const problem = document.createElement('span');
        problem.className = 'image-error';
        problem.setAttribute('role', 'alert');
        button.addEventListener('click', (event) => {
          // The placeholder may sit inside a link: the press is for the button, not for opening the link.
          event.preventDefault();
          event.stopPropagation();
          button.disabled = true;
          button.textContent = 'Loading…';
          problem.textContent = '';
          load(src, loadImage).then(showImage, (error: unknown) => {
            button.disabled = false;
            button.textContent = 'Try again';
            problem.textContent = error instanceof Error ? error.message : String(error);
            if (!problem.isConnected) dom.append(problem);
          });
        });
        dom.append(button);
      }
    }
    return {
      dom,
      // The button's presses are the node view's own; ProseMirror must neither select nor open anything for them.
      stopEvent: (event) => event.target instanceof Element && event.target.closest('.image-load') !== null,
      // The view redraws its own insides (loading, loaded, an error): none of that is a change to the document.
      ignoreMutation: () => true,
    };
  };
}
