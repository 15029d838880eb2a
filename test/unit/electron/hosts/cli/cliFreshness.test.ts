import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshCliBundle } from '../../../../../electron/hosts/cli/cliFreshness.mjs';
import { tempDir } from '../../tempDir';

function write(root: string, rel: string, mtimeSeconds: number): void {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '// test\n');
  fs.utimesSync(file, mtimeSeconds, mtimeSeconds);
}

describe('the bundled CLI runs only while it is fresh', () => {
  it('is used when newer than every source, and not once a source, package.json or nothing is newer', () => {
    const root = tempDir();
    write(root, 'package.json', 1000);
    write(root, 'shared/text/a.ts', 1000);
    write(root, 'electron/services/b.ts', 1000);
    write(root, 'electron/hosts/cli/c.ts', 1000);
    expect(freshCliBundle(root)).toBeNull();
    write(root, 'dist-cli/glossa.mjs', 2000);
    expect(freshCliBundle(root)).toBe(path.join(root, 'dist-cli', 'glossa.mjs'));
    // The Electron shell's own folders are not in the bundle.
    write(root, 'electron/main/main.ts', 3000);
    write(root, 'electron/preload/preload.ts', 3000);
    expect(freshCliBundle(root)).not.toBeNull();
    write(root, 'shared/text/deep/d.ts', 3000);
    expect(freshCliBundle(root)).toBeNull();
    write(root, 'dist-cli/glossa.mjs', 4000);
    write(root, 'electron/services/b.ts', 5000);
    expect(freshCliBundle(root)).toBeNull();
    write(root, 'dist-cli/glossa.mjs', 6000);
    expect(freshCliBundle(root)).not.toBeNull();
    write(root, 'package.json', 7000);
    expect(freshCliBundle(root)).toBeNull();
  });
});
