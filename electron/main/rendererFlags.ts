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

/**
 * Chromium features Glossa's renderers run without (Electron's `disable-features` switch, set before the app is ready).
 *
 * `NavigationPredictor`: Blink watches every link on screen through an intersection observer, to tell the browser
 * which navigation is likely next so that it can preconnect or prefetch. Glossa never navigates (a wiki-link opens
 * in the system browser) and fetches nothing the user did not ask for, so the work is wasted; and it is not small in
 * an article of wiki-links: each change of the text schedules one more observation a frame or more later, which keeps
 * the compositor asking for frames, so the next keystroke waits for the next vsync instead of being drawn at once.
 * Measured with `test/bench/editing.ts` over http (where Chromium runs the predictor), 200 keys, alternating runs at
 * load 1.2–3: keystroke p95 14.6–16.1 ms with the feature off against 16.0–22.2 with it on; in a trace of 100 keys,
 * 68 delayed intersection frames and 187 main frames with it, none and 134 without. Pages from `glossa://` are not
 * http, where Chromium may not start it at all; the switch makes sure. The benches start Chromium with the same list.
 */
export const RENDERER_DISABLED_FEATURES: readonly string[] = ['NavigationPredictor'];

/**
 * The `disable-features` value to set: the features already given on the command line (a user's own
 * `--disable-features=…`, which setting the switch again would replace) and Glossa's, each once.
 */
export function disabledFeaturesSwitch(existing: string): string {
  return [...new Set([...existing.split(','), ...RENDERER_DISABLED_FEATURES].map((f) => f.trim()).filter(Boolean))].join(',');
}
