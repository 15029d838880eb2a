// Whether the bundled CLI (dist-cli/glossa.mjs, see build/scripts/buildCli.mjs) may run: it exists and is newer than
// package.json and every source file under shared/ and electron/ (other than the Electron shell's own folders, which
// the CLI does not contain). Plain JavaScript, because it decides whether TypeScript needs a loader at all.
import fs from 'node:fs';
import path from 'node:path';

const SKIPPED = new Set(['main', 'preload']);

function newestSource(dir, top) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(top && SKIPPED.has(entry.name))) newest = Math.max(newest, newestSource(file, false));
    } else if (/\.(ts|mts|js|mjs|json)$/.test(entry.name)) {
      newest = Math.max(newest, fs.statSync(file).mtimeMs);
    }
  }
  return newest;
}

/** The bundle's path if it is fresh, else null. */
export function freshCliBundle(root) {
  const bundle = path.join(root, 'dist-cli', 'glossa.mjs');
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return null;
  }
  const newest = Math.max(
    fs.statSync(path.join(root, 'package.json')).mtimeMs,
    newestSource(path.join(root, 'shared'), false),
    newestSource(path.join(root, 'electron'), true),
  );
  return newest <= built ? bundle : null;
}
