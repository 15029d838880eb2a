/**
 * The keystroke probe of the editing bench, and the same measure on a bare page: the floor of this machine and of the
 * measure itself. A key's time runs from its event's timestamp to a forced layout after the frame that shows it, so
 * it holds input routing, the frame's rendering update and whatever the shared machine is doing meanwhile, besides
 * the editor's own work. Typed the same way into a bare `contenteditable` page (no application, no ProseMirror), the
 * figure says how much of the editor's is the app's.
 */
import type { Browser, Page } from 'playwright-core';

/** What the page keeps for the benches: the click time, and per keystroke its time and its forced layout's. */
export type Probe = { clickAt: number | null; keys: number[]; layout: number[]; pendingKey: number | null; waiters: (() => void)[] };

// Sent as source text: the bench runs under tsx, whose helpers (e.g. `__name`) do not exist in the page.
export const KEY_PROBE = `(() => {
  const probe = window.__probe;
  const doc = document.querySelector('.glossa-doc');
  if (!doc) throw new Error('no editor');
  document.addEventListener('keydown', (event) => {
    if (event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) probe.pendingKey = event.timeStamp;
  }, true);
  const hop = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then();
    channel.port2.postMessage(0);
  };
  new MutationObserver(() => {
    const t0 = probe.pendingKey;
    if (t0 === null) return;
    probe.pendingKey = null;
    hop(() => hop(() => {
      // Reading layout forces the style and layout work the change caused.
      const beforeLayout = performance.now();
      void doc.offsetHeight;
      const selection = window.getSelection();
      if (selection && selection.rangeCount) void selection.getRangeAt(0).getBoundingClientRect();
      const end = performance.now();
      probe.keys.push(end - t0);
      probe.layout.push(end - beforeLayout);
      for (const resolve of probe.waiters.splice(0)) resolve();
    }));
  }).observe(doc, { subtree: true, childList: true, characterData: true });
})()`;

/**
 * Resolves once the page's probe has measured keystroke number `n` (from 0). Waits without polling in the page:
 * polling on animation frames would make the page draw every frame.
 */
export function keyMeasured(page: Page, n: number): Promise<void> {
  return page.evaluate(
    (n: number) =>
      new Promise<void>((resolve) => {
        const probe = (window as unknown as { __probe: Probe }).__probe;
        if (probe.keys.length > n) resolve();
        else probe.waiters.push(resolve);
      }),
    n,
  );
}

/** The `__probe` of a page that is not the app (the app's pages get it from an init script). */
const EMPTY_PROBE = `window.__probe = { clickAt: null, keys: [], layout: [], pendingKey: null, waiters: [] };`;

/** A bare editable page of `paragraphs` short mixed Chinese and English paragraphs, styled like nothing. */
function barePage(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>第 ${i + 1} 段：卡塔尔与以色列的谈判仍在继续，据路透社报道，Qatar said talks continued on ${i + 1} fronts.</p>`).join('');
  return `<!doctype html><meta charset="utf-8"><div class="glossa-doc" contenteditable="true">${body}</div>`;
}

/**
 * Types `keystrokes` keys into a bare editable page as the editing bench types into the article: `perPlace` at each of
 * several places, the caret put there `placeWaitMs` before the first, 40 ms between keys. Milliseconds per key.
 */
export async function measureKeyFloor(browser: Browser, options: { keystrokes: number; perPlace: number; placeWaitMs: number; paragraphs?: number }): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 880 } });
  try {
    await page.setContent(barePage(options.paragraphs ?? 40));
    await page.evaluate(EMPTY_PROBE);
    await page.evaluate(KEY_PROBE);
    await page.focus('.glossa-doc');
    const places = Math.ceil(options.keystrokes / options.perPlace);
    let typed = 0;
    for (let place = 0; place < places && typed < options.keystrokes; place++) {
      await page.evaluate(
        ({ place, places }) => {
          const blocks = [...document.querySelectorAll('.glossa-doc > p')];
          const block = blocks[Math.floor(((place + 0.5) / places) * blocks.length)] ?? blocks[0];
          block.scrollIntoView({ block: 'center' });
          const text = block.firstChild as Text;
          window.getSelection()?.collapse(text, Math.floor(text.length / 2));
        },
        { place, places },
      );
      await page.waitForTimeout(options.placeWaitMs);
      for (let k = 0; k < options.perPlace && typed < options.keystrokes; k++, typed++) {
        const measured = keyMeasured(page, typed);
        await page.keyboard.press(String.fromCharCode(97 + (typed % 26)));
        await measured;
        await page.waitForTimeout(40);
      }
    }
    return await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.keys);
  } finally {
    await page.close();
  }
}
