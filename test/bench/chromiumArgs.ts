/**
 * How the benchmarks start Debian's Chromium: headless and quiet (`CHROMIUM_ARGS`, as for reports' PDFs), with the V8
 * flags the desktop app gives its renderer (`RENDERER_JS_FLAGS`) and without the Chromium features it turns off
 * (`RENDERER_DISABLED_FEATURES`), since the figures stand for that renderer.
 * `CHROMIUM_ARG` adds one more argument, to try a setting (e.g. `CHROMIUM_ARG=--js-flags=--min-semi-space-size=8`;
 * Chromium takes the last `--js-flags`).
 */
import { RENDERER_DISABLED_FEATURES, RENDERER_JS_FLAGS } from '../../electron/main/rendererFlags';
import { CHROMIUM_ARGS } from '../../electron/services/reportPdf';

export const BENCH_CHROMIUM_ARGS: readonly string[] = [
  ...CHROMIUM_ARGS,
  `--js-flags=${RENDERER_JS_FLAGS}`,
  `--disable-features=${RENDERER_DISABLED_FEATURES.join(',')}`,
  ...(process.env.CHROMIUM_ARG ? [process.env.CHROMIUM_ARG] : []),
];
