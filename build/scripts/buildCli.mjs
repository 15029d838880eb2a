/**
 * Bundles the `glossa` command line with esbuild, so that it starts in a fraction of a second instead of compiling
 * ~150 TypeScript modules through tsx's loader on every run (about 2 s for `glossa list`):
 *   electron/hosts/cli/main.ts        -> dist-cli/glossa.mjs     (ESM, Node target; packages stay in node_modules)
 *   electron/services/parseWorker.ts  -> dist-cli/parseWorker.js (the import's parse worker, which the bundle starts
 *                                        from beside itself; see electron/services/parsePool.ts)
 * `electron/hosts/cli/glossa.mjs` runs the bundle only while it is newer than every source file it was built from
 * (see `cliFreshness.mjs`), and the TypeScript through tsx otherwise, so an edit is never run stale.
 *
 * Runs on `npm install` (the `prepare` script) and never fails it: without esbuild (a production install) the CLI
 * simply runs from source.
 *
 * Usage: node build/scripts/buildCli.mjs   (npm run build:cli)
 */
import { mkdir, rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = path.join(ROOT, 'dist-cli');

async function main() {
  let build;
  try {
    ({ build } = await import('esbuild'));
  } catch {
    process.stderr.write('build:cli: esbuild is not installed; the glossa command will run from its TypeScript sources.\n');
    return;
  }
  // The bundle is stamped with this moment (below), so a source saved while esbuild runs is newer than the bundle.
  const started = new Date();
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', sourcemap: 'linked' };
  // The worker first: the CLI bundle is what marks the folder fresh, so it must be written last.
  await build({ ...common, entryPoints: [path.join(ROOT, 'electron/services/parseWorker.ts')], outfile: path.join(OUT_DIR, 'parseWorker.js') });
  const bundle = path.join(OUT_DIR, 'glossa.mjs');
  await build({ ...common, entryPoints: [path.join(ROOT, 'electron/hosts/cli/main.ts')], outfile: bundle });
  await utimes(bundle, started, started);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`build:cli: the glossa command could not be bundled (${error instanceof Error ? error.message : error}); it will run from its TypeScript sources.\n`);
  await rm(OUT_DIR, { recursive: true, force: true }).catch(() => undefined);
}
