import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../electron/services/importFiles';
import { GlossaError } from '../../../../shared/ipc/errors';
import { tempDir } from '../tempDir';

async function refusal(promise: Promise<unknown>): Promise<GlossaError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GlossaError) return error;
    throw error;
  }
  throw new Error('expected a GlossaError');
}

describe('readImportFile', () => {
  it('reads small and large files byte for byte', async () => {
    const dir = tempDir();
    const small = Buffer.from('## 标题\n\n[[zh:卡塔尔]]。\n', 'utf8');
    const large = Buffer.alloc(3 * 1024 * 1024 + 7, 'ab\n');
    fs.writeFileSync(path.join(dir, 'small.md'), small);
    fs.writeFileSync(path.join(dir, 'large.md'), large);
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    expect(Buffer.from(await readImportFile(path.join(dir, 'small.md'), 16 << 20)).equals(small)).toBe(true);
    expect(Buffer.from(await readImportFile(path.join(dir, 'large.md'), 16 << 20)).equals(large)).toBe(true);
    expect((await readImportFile(path.join(dir, 'empty.md'), 16 << 20)).byteLength).toBe(0);
  });

  it('refuses a file over the limit, a missing file and a folder with a message naming them', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'big.md'), Buffer.alloc(2048, 'x'));
    const big = await refusal(readImportFile(path.join(dir, 'big.md'), 1024));
    expect(big.code).toBe('TOO_LARGE');
    expect(big.message).toContain('big.md');
    const missing = await refusal(readImportFile(path.join(dir, 'nope.md'), 1024));
    expect(missing).toMatchObject({ code: 'UNREADABLE' });
    expect(missing.message).toContain('does not exist');
    const folder = await refusal(readImportFile(dir, 1024));
    expect(folder.code).toBe('UNREADABLE');
    expect(folder.message).toContain(dir);
  });
});
