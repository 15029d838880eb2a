import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../../electron/services/services';
import { encodeLegacy } from '../../shared/text/legacyChineseBytes';
import { tempDir } from '../tempDir';

describe('importing a Big5 file (review 17, finding 3)', () => {
  it('reads it as Big5, says so, and exports md as the very bytes imported', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const bytes = encodeLegacy('## 台灣新聞\n`2020年8月14日 王小明`\n\n台灣總統表示，經費為 5 億元。\n', 'big5');
    const r = s.imports.importBytes('enc-big5.md', bytes);
    expect(r.status).toBe('imported');
    expect(r.warnings.join('\n')).toMatch(/it was read as Big5\./);
    expect(r.title).toBe('台灣新聞');
    expect(Buffer.from(s.exports.exportArticle(r.articleId!, 'md').bytes).equals(Buffer.from(bytes))).toBe(true);
    s.close();
  });
});
