/**
 * `npm run dist`: builds the app and packages it with electron-builder (config: build/electron-builder.json) into
 * `release/<version>/`. Needs the network (electron-builder downloads Electron and a prebuilt or header set for the
 * native rebuild); it cannot run on an offline machine. Pass electron-builder options after `--`, e.g.
 * `npm run dist -- --linux`, `npm run dist -- --win`, `npm run dist -- --mac` (macOS only), `--dir` for an unpacked app.
 * `npm run dist -- --print-config` prints the effective configuration and stops.
 *
 * Two things it adds around electron-builder:
 *  - node_modules in the package: the main bundle contains every JavaScript dependency, so only its externals
 *    (better-sqlite3 and what that needs at run time) are packed; everything else is excluded, computed from the
 *    lockfile so a new dependency needs no edit here.
 *  - the Node build of better-sqlite3: electron-builder rebuilds native modules for Electron IN PLACE in node_modules
 *    (and a failed rebuild deletes the build folder), which would leave `npm test` with a binary Node cannot load. The
 *    Node binary is saved before and put back afterwards, whatever happened.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAIN_EXTERNALS, ROOT } from './buildElectron.mjs';

const CONFIG = path.join(ROOT, 'build', 'electron-builder.json');
const WORK = path.join(ROOT, '.cache', 'dist');
const NODE_BINARY = path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
/** Dependencies that only matter while installing (fetching prebuilt binaries), never in the running app. */
const INSTALL_TIME_ONLY = new Set(['prebuild-install']);

function log(message) {
  console.log(`[glossa dist] ${message}`);
}

/** Resolves `name` as Node would from the package at lockfile key `from` (`node_modules/a/node_modules/b`). */
function resolveInLock(packages, from, name) {
  let base = from;
  for (;;) {
    const key = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return null;
    const index = base.lastIndexOf('/node_modules/');
    base = index === -1 ? '' : base.slice(0, index);
  }
}

/**
 * The lockfile keys the packaged app needs at run time (externals of the main bundle and their dependencies), and the
 * top-level production packages it does not (bundled into main.cjs or the renderer, or install-time tooling).
 */
export function packagedModules(lock) {
  const packages = lock.packages ?? {};
  const keep = new Set();
  const visit = (key) => {
    if (!key || keep.has(key)) return;
    keep.add(key);
    const entry = packages[key];
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      if (INSTALL_TIME_ONLY.has(dep)) continue;
      visit(resolveInLock(packages, key, dep));
    }
  };
  for (const name of MAIN_EXTERNALS) {
    if (name !== 'electron') visit(resolveInLock(packages, '', name));
  }
  const exclude = Object.entries(packages)
    .filter(([key]) => key.startsWith('node_modules/') && !key.slice('node_modules/'.length).includes('/node_modules/'))
    .filter(([key, entry]) => !entry.dev && !entry.devOptional && !keep.has(key))
    .map(([key]) => key);
  return { keep: [...keep].sort(), exclude: exclude.sort() };
}

/** build/electron-builder.json plus the generated node_modules exclusions. */
export function effectiveConfig() {
  const config = JSON.parse(readFileSync(CONFIG, 'utf8'));
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const { keep, exclude } = packagedModules(lock);
  config.files = [...config.files, ...exclude.map((key) => `!${key}{,/**/*}`)];
  return { config, keep, exclude };
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

function nodeCanLoadSqlite() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: ROOT, encoding: 'utf8' });
  return probe.status === 0;
}

function main() {
  const args = process.argv.slice(2);
  const { config, keep, exclude } = effectiveConfig();
  if (args.includes('--print-config')) {
    console.log(JSON.stringify({ packedModules: keep, config }, null, 2));
    return 0;
  }
  log(`packing node_modules: ${keep.map((k) => k.replace(/^node_modules\//, '')).join(', ')} (${exclude.length} bundled packages left out)`);

  log('building (npm run build) ...');
  if (run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']) !== 0) {
    console.error('[glossa dist] the build failed; nothing was packaged.');
    return 1;
  }

  mkdirSync(WORK, { recursive: true });
  writeFileSync(path.join(ROOT, '.cache', '.gitignore'), '*\n');
  const configFile = path.join(WORK, 'electron-builder.json');
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);

  const saved = path.join(WORK, 'node-better_sqlite3.node');
  const hadNodeBinary = existsSync(NODE_BINARY);
  if (hadNodeBinary) copyFileSync(NODE_BINARY, saved);
  let status = 1;
  try {
    log('packaging with electron-builder (downloads Electron; needs the network) ...');
    status = run(process.execPath, [path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js'), '--config', configFile, '--publish', 'never', ...args]);
  } finally {
    if (hadNodeBinary) {
      const same = existsSync(NODE_BINARY) && readFileSync(NODE_BINARY).equals(readFileSync(saved));
      if (!same) {
        mkdirSync(path.dirname(NODE_BINARY), { recursive: true });
        copyFileSync(saved, NODE_BINARY);
        log('put the Node build of better-sqlite3 back (electron-builder had rebuilt or removed it).');
      }
      if (!nodeCanLoadSqlite()) {
        console.error('[glossa dist] Node can no longer load better-sqlite3; run "npm rebuild better-sqlite3" before "npm test".');
      }
    }
  }
  if (status === 0) log(`done: see ${path.relative(ROOT, path.join(ROOT, 'release'))}/`);
  else console.error(`[glossa dist] electron-builder failed (exit ${status}). Packaging needs the network to fetch Electron.`);
  return status;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main());
