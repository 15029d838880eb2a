/**
 * How the benchmarks start Debian's Chromium: headless, quiet, and with the V8 flags the desktop app gives its
 * renderer (`RENDERER_JS_FLAGS`), since the figures stand for that renderer. `CHROMIUM_ARG` adds one more argument,
 * to try a setting (e.g. `CHROMIUM_ARG=--js-flags=--min-semi-space-size=8`; a second `--js-flags` replaces the first).
 */
import { RENDERER_JS_FLAGS } from '../../electron/main/rendererFlags';

export const BENCH_CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--js-flags=${RENDERER_JS_FLAGS}`,
  ...(process.env.CHROMIUM_ARG ? [process.env.CHROMIUM_ARG] : []),
];
