/**
 * The one way a URL leaves the app: checked to be https (after parsing, so `javascript:` or `file:` never pass) and
 * handed to the host, which opens the system browser. Nothing here ever navigates the window.
 */
import { GlossaError } from '../../shared/ipc/errors';
import { api } from '../api';

/** The URL if it parses and is https, else null. */
export function safeHttpsUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Opens an https URL in the system browser; refuses anything else with a message the user can act on. */
export async function openExternal(raw: string): Promise<void> {
  const url = safeHttpsUrl(raw);
  if (!url) {
    throw new GlossaError('BAD_INPUT', `Not opened: only https links open in your browser, and this one is "${raw.slice(0, 200)}".`);
  }
  await api['shell.openExternal']({ url });
}

/**
 * Stops every link click anywhere in the page from navigating (capture phase, so nothing can forget). Anchors with
 * `download` are exempt: saving a Blob is not navigation. Returns a function that removes the guard.
 */
export function installNavigationGuard(target: Document = document): () => void {
  const guard = (event: Event): void => {
    const element = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
    if (element && !element.hasAttribute('download')) event.preventDefault();
  };
  const dropGuard = (event: DragEvent): void => {
    // A file or URL dropped where nobody handles it would otherwise replace the page.
    event.preventDefault();
  };
  target.addEventListener('click', guard, true);
  target.addEventListener('auxclick', guard, true);
  target.addEventListener('dragover', dropGuard);
  target.addEventListener('drop', dropGuard);
  return () => {
    target.removeEventListener('click', guard, true);
    target.removeEventListener('auxclick', guard, true);
    target.removeEventListener('dragover', dropGuard);
    target.removeEventListener('drop', dropGuard);
  };
}
