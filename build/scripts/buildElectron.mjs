/**
 * Bundles Electron's entry points with esbuild:
 *   electron/main/main.ts       -> dist-electron/main.cjs     (CommonJS, Node target; electron and better-sqlite3 external)
 *   electron/services/parseWorker.ts -> dist-electron/parseWorker.cjs (the import's parse worker thread, which the main
 *                                  bundle starts from beside itself; see electron/services/parsePool.ts)
 *   electron/preload/preload.ts -> dist-electron/preload.cjs  (CommonJS, Chromium target; only `electron` external)
 * A sandboxed preload cannot require anything but `electron`, so it must be one self-contained file; and it must not
 * carry the contract's schemas (zod) into the page, so the build swaps the contract module for the bare channel list,
 * read from the real contract at build time. The build fails if the preload ends up depending on any package.
 *
 * Usage: node build/scripts/buildElectron.mjs   (npm run build:electron)
 */
import { build } from 'esbuild';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project root (two folders up from this script). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the bundles go; package.json's `main` points at `main.cjs` in here. */
export const OUT_DIR = path.join(ROOT, 'dist-electron');
/**
 * Packages the main bundle loads at run time instead of containing: Electron itself, and better-sqlite3, whose native
 * binary must sit beside its JavaScript. `build/scripts/dist.mjs` keeps exactly these (and their dependencies) in the
 * packaged app's node_modules.
 */
export const MAIN_EXTERNALS = ['electron', 'better-sqlite3'];

const CONTRACT = path.join(ROOT, 'shared', 'ipc', 'contract.ts');

/** Evaluates the contract once, at build time, to learn its channel names. */
async function contractChannels() {
  const result = await build({
    entryPoints: [CONTRACT],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const names = module.channels;
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) {
    throw new Error(`${CONTRACT} did not export a non-empty 'channels' list.`);
  }
  return names;
}

/** esbuild plugin: inside the preload, `shared/ipc/contract` becomes `export const channels = [...]`. */
function channelsOnly(names) {
  return {
    name: 'glossa-contract-channels-only',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /[\\/]ipc[\\/]contract(\.ts)?$/ }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path.endsWith('.ts') ? args.path : `${args.path}.ts`);
        if (resolved !== CONTRACT) return undefined;
        return { path: CONTRACT, namespace: 'glossa-channels' };
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: 'glossa-channels' }, () => ({
        contents: `export const channels = ${JSON.stringify(names)};\n`,
        loader: 'js',
      }));
    },
  };
}

function checkPreload(metafile) {
  const packages = Object.keys(metafile.inputs).filter((input) => input.includes('node_modules'));
  if (packages.length > 0) {
    throw new Error(`The preload must not bundle packages (it runs in the page's sandbox), but it includes:\n  ${packages.join('\n  ')}`);
  }
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const imports = (output.imports ?? []).filter((i) => i.external && i.path !== 'electron');
    if (imports.length > 0) {
      throw new Error(`${file} requires ${imports.map((i) => i.path).join(', ')}; a sandboxed preload may only require 'electron'.`);
    }
  }
}

/** Builds both bundles; returns their paths. */
export async function buildElectron({ quiet = false } = {}) {
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  const names = await contractChannels();
  const common = { bundle: true, format: 'cjs', sourcemap: true, logLevel: quiet ? 'silent' : 'warning', legalComments: 'none' };

  const mainFile = path.join(OUT_DIR, 'main.cjs');
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'electron', 'main', 'main.ts')],
    outfile: mainFile,
    platform: 'node',
    target: 'node22',
    external: MAIN_EXTERNALS,
  });

  // The parse worker runs plain Node code only (the Markdown parser and the revision encoding): no externals needed,
  // and the build fails if it ever pulls in the database or Electron.
  const workerFile = path.join(OUT_DIR, 'parseWorker.cjs');
  const worker = await build({
    ...common,
    entryPoints: [path.join(ROOT, 'electron', 'services', 'parseWorker.ts')],
    outfile: workerFile,
    platform: 'node',
    target: 'node22',
    external: MAIN_EXTERNALS,
    metafile: true,
  });
  const workerImports = Object.values(worker.metafile.outputs).flatMap((o) => (o.imports ?? []).filter((i) => i.external && MAIN_EXTERNALS.includes(i.path)));
  if (workerImports.length > 0) throw new Error(`The parse worker must not load ${workerImports.map((i) => i.path).join(', ')}.`);

  const preloadFile = path.join(OUT_DIR, 'preload.cjs');
  const preload = await build({
    ...common,
    entryPoints: [path.join(ROOT, 'electron', 'preload', 'preload.ts')],
    outfile: preloadFile,
    platform: 'browser',
    target: 'chrome128',
    external: ['electron'],
    plugins: [channelsOnly(names)],
    metafile: true,
  });
  checkPreload(preload.metafile);
  return { mainFile, preloadFile, workerFile, channels: names };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { mainFile, preloadFile, workerFile, channels } = await buildElectron();
    console.log(`built ${path.relative(ROOT, mainFile)}, ${path.relative(ROOT, workerFile)} and ${path.relative(ROOT, preloadFile)} (${channels.length} channels)`);
  } catch (error) {
    console.error(`build:electron failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
