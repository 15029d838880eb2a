/**
 * `npm start`: build the renderer and the Electron bundles, make sure the Electron binary and an Electron-ABI
 * better-sqlite3 binary exist (see electronNative.mjs), then run the app with that binary named in
 * GLOSSA_SQLITE_BINDING. Arguments after `--` go to Electron (`npm start -- --inspect`).
 *
 * Every step says what it is doing; a step that cannot run (offline, no compiler) stops with a message that says what
 * to do, and nothing in node_modules is modified apart from electron's own download into node_modules/electron/dist.
 */
import { spawn, spawnSync } from 'node:child_process';
import { NATIVE_BINDING_ENV, ROOT, StepError, ensureElectronBinary, ensureElectronSqlite } from './electronNative.mjs';

function log(message) {
  console.log(`[glossa start] ${message}`);
}

function step(name, run) {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\n[glossa start] ${name} failed.\n${message}\n`);
    if (!(error instanceof StepError) && error instanceof Error && error.stack) console.error(error.stack);
    process.exit(1);
  }
}

step('Build', () => {
  log('Building the renderer and the Electron bundles (npm run build) ...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new StepError(`"npm run build" exited with ${result.status ?? result.signal}; see its output above.`);
});

const electronBinary = step('Getting Electron', () => ensureElectronBinary(log));
const binding = step('Preparing the database driver for Electron', () => ensureElectronSqlite({ log }));

log(`Starting Glossa (${electronBinary}) ...`);
const env = { ...process.env, [NATIVE_BINDING_ENV]: binding };
// A leftover ELECTRON_RUN_AS_NODE would turn Electron into a plain Node and the app would never open.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electronBinary, ['.', ...process.argv.slice(2)], { cwd: ROOT, env, stdio: 'inherit', windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (error) => {
  console.error(`[glossa start] Could not run Electron: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
