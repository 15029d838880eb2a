import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshCliBundle } from '../../../../../electron/hosts/cli/cliFreshness.mjs';
import { tempDir } from '../../tempDir';
import { FIXTURE_PATH, glossa } from './runGlossa';

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

  it('counts a source as new when its time equals the bundle time (coarse file-system clocks) or it cannot be read', () => {
    const root = tempDir();
    write(root, 'package.json', 1000);
    write(root, 'shared/a.ts', 1000);
    write(root, 'electron/services/b.ts', 1000);
    write(root, 'dist-cli/glossa.mjs', 2000);
    expect(freshCliBundle(root)).not.toBeNull();
    write(root, 'shared/a.ts', 2000);
    expect(freshCliBundle(root)).toBeNull();
    write(root, 'dist-cli/glossa.mjs', 3000);
    expect(freshCliBundle(root)).not.toBeNull();
    // An editor's lock file: a dangling symbolic link named like a source.
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'shared', '.#a.ts'));
    expect(freshCliBundle(root)).toBeNull();
  });

  it('gives the same answers from the sources (tsx) as from the bundle, whichever is current', { timeout: 120_000 }, () => {
    const dir = tempDir();
    const fromSource = glossa(['--db', path.join(dir, 'a.sqlite'), 'import', FIXTURE_PATH, '--json'], { env: { GLOSSA_CLI_FROM_SOURCE: '1' } });
    const either = glossa(['--db', path.join(dir, 'b.sqlite'), 'import', FIXTURE_PATH, '--json']);
    expect(fromSource.code).toBe(0);
    expect(fromSource.stdout).toBe(either.stdout);
    expect(glossa(['--version'], { env: { GLOSSA_CLI_FROM_SOURCE: '1' } }).stdout).toBe(glossa(['--version']).stdout);
  });
});
