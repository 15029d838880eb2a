/**
 * Selecting text and reading highlights in the article editor, as the e2e tests of annotations do: a selection made
 * through the DOM as a mouse drag would make it, and the text drawn for one annotation's highlight.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Selects the first occurrence of `text` in the article through the DOM, as a mouse drag would. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const root = document.querySelector('[data-testid="article-doc"]');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const starts = nodes.map((n) => {
      const at = all.length;
      all += n.data;
      return at;
    });
    const index = all.indexOf(needle);
    if (index < 0) return false;
    const locate = (offset: number, end: boolean) => {
      for (let i = 0; i < nodes.length; i++) {
        const len = nodes[i].data.length;
        if (offset < starts[i] + len || (end && offset === starts[i] + len)) return { node: nodes[i], offset: offset - starts[i] };
      }
      return { node: nodes[nodes.length - 1], offset: nodes[nodes.length - 1].data.length };
    };
    const a = locate(index, false);
    const b = locate(index + needle.length, true);
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    // ProseMirror takes the DOM selection on the `selectionchange` event, which Chromium fires a task later: wait for
    // it and two frames after it, so a key pressed next acts on this selection even on a loaded machine.
    const changed = new Promise<void>((resolve) => {
      const done = () => {
        document.removeEventListener('selectionchange', done);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      };
      document.addEventListener('selectionchange', done);
      setTimeout(done, 2000);
    });
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return changed.then(() => true);
  }, text);
  expect(found).toBe(true);
  await page.waitForTimeout(80);
}

/** The text the editor highlights for annotation `id` (its segments joined). */
export function highlightText(page: Page, id: string): Promise<string> {
  return page.evaluate((annotationId) => {
    // Segments name every annotation covering them (data-annotation-ids) or only the innermost (data-annotation-id).
    const covers = (el: HTMLElement) => (el.dataset.annotationIds ?? el.dataset.annotationId ?? '').split(' ').includes(annotationId);
    const parts = [...document.querySelectorAll<HTMLElement>('[data-annotation-id]')].filter(covers);
    // A segment inside a link is nested in another segment element: count innermost text once.
    return parts.filter((el) => !parts.some((other) => other !== el && other.contains(el))).map((el) => el.textContent ?? '').join('');
  }, id);
}
