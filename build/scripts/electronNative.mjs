/**
 * What `npm start` needs besides the build: the Electron binary, and a better-sqlite3 binary compiled for Electron's
 * ABI. The second one is made SIDE BY SIDE with the Node build that the tests use: a copy of better-sqlite3's sources
 * is built in `.cache/electron-native/<key>/` and only the resulting `better_sqlite3.node` is kept there. Nothing in
 * node_modules is rebuilt, replaced or deleted (electron-rebuild / install-app-deps would delete the Node build on
 * failure), so `npm test` and `npm start` never fight over one binary.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NODE_MODULES = path.join(ROOT, 'node_modules');
const ELECTRON_DIR = path.join(NODE_MODULES, 'electron');
const SQLITE_DIR = path.join(NODE_MODULES, 'better-sqlite3');
/** Where Electron-ABI native builds are kept (`.cache/` is git-ignored by a `.gitignore` written into it). */
export const NATIVE_CACHE = path.join(ROOT, '.cache', 'electron-native');

/**
 * The variable that hands the Electron-ABI binary to the main process; must equal NATIVE_BINDING_ENV in
 * electron/main/nativeBinding.ts (a unit test checks).
 */
export const NATIVE_BINDING_ENV = 'GLOSSA_SQLITE_BINDING';

/** A step that cannot be done, with what the person can do about it. */
export class StepError extends Error {
  constructor(message) {
    super(message);
    this.name = 'StepError';
  }
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The installed Electron version (from node_modules/electron/package.json). */
export function electronVersion() {
  return readJson(path.join(ELECTRON_DIR, 'package.json')).version;
}

/**
 * The Electron executable if it has been downloaded for this version, else null. Mirrors the checks of electron's own
 * `install.js`, without `require('electron')`, which would start a download as a side effect.
 */
export function installedElectronBinary() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const name = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform] ?? 'electron';
    const binary = path.join(override, name);
    return existsSync(binary) ? binary : null;
  }
  try {
    const relative = readFileSync(path.join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
    const version = readFileSync(path.join(ELECTRON_DIR, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    const binary = path.join(ELECTRON_DIR, 'dist', relative);
    return version === electronVersion() && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Makes sure the Electron binary is there, downloading it with electron's own installer when it is not. */
export function ensureElectronBinary(log = console.log) {
  const present = installedElectronBinary();
  if (present) return present;
  const version = electronVersion();
  log(`Electron ${version} is not downloaded yet; fetching it once (about 100 MB) with node_modules/electron/install.js ...`);
  const result = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], { stdio: 'inherit', cwd: ROOT });
  const binary = installedElectronBinary();
  if (result.status !== 0 || !binary) {
    throw new StepError(
      [
        `Could not download Electron ${version} (installer exit code ${result.status ?? result.signal}).`,
        'The desktop window needs it; this usually means the machine is offline or github.com is blocked.',
        'To fix: connect and run "npm start" again, or set ELECTRON_MIRROR to a reachable mirror,',
        'or place an unpacked Electron build and point ELECTRON_OVERRIDE_DIST_PATH at it.',
        'Meanwhile the same UI runs in any Chromium with "npm run preview", and "npx glossa --help" works offline.',
      ].join('\n'),
    );
  }
  return binary;
}

/** The environment for native builds: npm's own `npm_config_*` build settings (e.g. nodedir=/usr) would aim them at Node. */
function buildEnvironment() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|platform|build_from_source|devdir|node_gyp)$/i.test(key)) {
      delete env[key];
    }
  }
  return env;
}

function copySources(target) {
  mkdirSync(target, { recursive: true });
  for (const entry of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
    const from = path.join(SQLITE_DIR, entry);
    if (existsSync(from)) cpSync(from, path.join(target, entry), { recursive: true });
  }
}

/** The lines of a tool's error output that say why it failed, without node-gyp's boilerplate. */
function reason(text, lines = 4) {
  const boilerplate =
    /^gyp ERR! (System|command|cwd|node -v|node-gyp -v|not ok)\b|^gyp ERR! stack\s+at\s|^gyp (info|http)|^gyp WARN install|^prebuild-install (info|http)/;
  const useful = String(text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !boilerplate.test(l))
    .map((l) => l.replace(/^gyp ERR! (stack )?/, ''));
  return useful.slice(0, lines).join('\n    ');
}

/**
 * The Electron-ABI better-sqlite3 binary for this Electron, platform and arch: reused from the cache, or made in a
 * staging folder (a prebuilt binary via prebuild-install; failing that, a source build via node-gyp against Electron's
 * headers) and moved into place only once complete, so an interrupted build never leaves a half-written file.
 */
export function ensureElectronSqlite({ electron = electronVersion(), platform = process.platform, arch = process.arch, log = console.log } = {}) {
  const sqliteVersion = readJson(path.join(SQLITE_DIR, 'package.json')).version;
  const key = `better-sqlite3-${sqliteVersion}-electron-${electron}-${platform}-${arch}`;
  const finalDir = path.join(NATIVE_CACHE, key);
  const binary = path.join(finalDir, 'better_sqlite3.node');
  if (existsSync(binary)) return binary;

  mkdirSync(NATIVE_CACHE, { recursive: true });
  writeFileSync(path.join(NATIVE_CACHE, '..', '.gitignore'), '*\n');
  const stage = path.join(NATIVE_CACHE, `${key}.staging-${process.pid}`);
  const moduleDir = path.join(stage, 'better-sqlite3');
  rmSync(stage, { recursive: true, force: true });
  copySources(moduleDir);
  const env = buildEnvironment();
  const built = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');

  try {
    log(`Preparing better-sqlite3 ${sqliteVersion} for Electron ${electron} (${platform}-${arch}) in ${path.relative(ROOT, finalDir)} ...`);
    const prebuild = spawnSync(
      process.execPath,
      [path.join(NODE_MODULES, 'prebuild-install', 'bin.js'), '--runtime=electron', `--target=${electron}`, `--arch=${arch}`, `--platform=${platform}`, '--verbose'],
      { cwd: moduleDir, env, encoding: 'utf8' },
    );
    let how = 'prebuilt binary (prebuild-install)';
    if (prebuild.status !== 0 || !existsSync(built)) {
      log('No prebuilt binary could be fetched; compiling from source against Electron headers (node-gyp; a few minutes) ...');
      const gyp = spawnSync(
        process.execPath,
        [
          path.join(NODE_MODULES, 'node-gyp', 'bin', 'node-gyp.js'),
          'rebuild',
          '--release',
          `--target=${electron}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
          `--devdir=${path.join(homedir(), '.electron-gyp')}`,
        ],
        { cwd: moduleDir, env, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' },
      );
      if (gyp.status !== 0 || !existsSync(built)) {
        throw new StepError(
          [
            `Could not make better-sqlite3 for Electron ${electron}.`,
            `  prebuilt download: ${reason(prebuild.stderr) || `exit ${prebuild.status}`}`,
            `  source build: ${reason(gyp.stderr) || `exit ${gyp.status}`}`,
            'Both need the network once (a prebuilt binary from GitHub, or Electron headers from electronjs.org), and a',
            'source build needs a C++ toolchain and Python. node_modules is untouched: "npm test" still works.',
          ].join('\n'),
        );
      }
      how = 'source build (node-gyp)';
    }
    mkdirSync(finalDir, { recursive: true });
    const partial = `${binary}.partial`;
    cpSync(built, partial);
    renameSync(partial, binary);
    writeFileSync(path.join(finalDir, 'origin.json'), `${JSON.stringify({ sqliteVersion, electron, platform, arch, how }, null, 2)}\n`);
    log(`better-sqlite3 for Electron ready: ${path.relative(ROOT, binary)} (${how}).`);
    return binary;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
