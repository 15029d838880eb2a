/**
 * V8 flags for Glossa's renderer processes (Electron's `js-flags` switch, set before the app is ready).
 *
 * `--min-semi-space-size=16`: the young generation starts at 16 MB instead of growing from 1 MB. Opening a long
 * article allocates tens of megabytes of short-lived objects (the document's JSON, the ProseMirror tree, the view's
 * descriptions of 30,000 DOM nodes); from a small young generation each of them is copied once or twice by scavenges
 * while the first screen waits. Measured on the 1 MB, 10,000-link bench article (`test/bench/traceOpen.ts`, two loads
 * each): 5 scavenges taking 91–96 ms of the page's main thread before the article was interactive; with the flag none,
 * and one full collection of 36–50 ms. It costs up to 32 MB more memory per renderer (two semi-spaces) once used.
 *
 * The open and editing benchmarks start Chromium with the same flags (`test/bench/chromiumArgs.ts`), since they stand
 * for this renderer. A page opened through `npm run preview` in another browser runs without them.
 */
export const RENDERER_JS_FLAGS = '--min-semi-space-size=16';
