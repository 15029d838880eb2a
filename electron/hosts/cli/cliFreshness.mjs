// Whether the bundled CLI (dist-cli/glossa.mjs, see build/scripts/buildCli.mjs) may run: it exists and is strictly
// newer than package.json and every source file under shared/ and electron/ (other than the Electron shell's own
// folders, which the CLI does not contain). The build stamps the bundle with the time it STARTED, so a file saved
// while it ran counts as newer. Anything odd (a file that vanished between listing and reading, a dangling link such
// as an editor's lock file) counts as stale: the CLI then runs from source, which is always right, only slower.
// Plain JavaScript, because it decides whether TypeScript needs a loader at all.
import fs from 'node:fs';
import path from 'node:path';

const SKIPPED = new Set(['main', 'preload']);
const SOURCE = /\.(ts|mts|js|mjs|json)$/;

/** The newest modification time under `dir` of the files the bundle is built from; Infinity when unsure. */
function newestSource(dir, top) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return Infinity;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      if (SOURCE.test(entry.name)) return Infinity;
      continue;
    }
    if (stat.isDirectory()) {
      if (!(top && SKIPPED.has(entry.name))) newest = Math.max(newest, newestSource(file, false));
    } else if (SOURCE.test(entry.name)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
    if (newest === Infinity) return newest;
  }
  return newest;
}

/** The bundle's path if it is fresh, else null. */
export function freshCliBundle(root) {
  const bundle = path.join(root, 'dist-cli', 'glossa.mjs');
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
    const newest = Math.max(
      fs.statSync(path.join(root, 'package.json')).mtimeMs,
      newestSource(path.join(root, 'shared'), false),
      newestSource(path.join(root, 'electron'), true),
    );
    return newest < built ? bundle : null;
  } catch {
    return null;
  }
}
