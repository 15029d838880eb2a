import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseForImport } from '../../../../electron/services/parseJob';
import { ParsePool } from '../../../../electron/services/parsePool';
import { openServices } from '../../../../electron/services/services';
import type { ImportSource } from '../../../../electron/services/importService';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));
const brokenWorker = { file: new URL('file:///nonexistent/glossa/parseWorker.cjs') };

describe('ParsePool', () => {
  it('parses on a worker thread exactly as in-process, refusals included', async () => {
    const pool = new ParsePool(1);
    try {
      expect(pool.workers).toBe(1);
      const [article, empty] = await Promise.all([pool.parse('qatar.md', fixture), pool.parse('empty.md', new Uint8Array())]);
      expect(pool.workers).toBe(1);
      expect(article).toEqual(parseForImport(fixture, 'qatar.md'));
      expect(article.ok && article.content.wikiLinkCount).toBe(183);
      expect(empty).toMatchObject({ ok: false, error: { code: 'EMPTY_FILE' } });
    } finally {
      await pool.close();
    }
  });

  it('parses in-process when its worker cannot start', async () => {
    const pool = new ParsePool(1, brokenWorker);
    try {
      const result = await pool.parse('qatar.md', fixture);
      expect(result).toEqual(parseForImport(fixture, 'qatar.md'));
      expect(pool.workers).toBe(0);
    } finally {
      await pool.close();
    }
  });
});

/** Ten files: new articles, the same bytes twice, a changed version of the first, an empty file. */
function sources(): ImportSource[] {
  const file = (name: string, text: string): ImportSource => ({ kind: 'bytes', name, bytes: bytes(text) });
  const list: ImportSource[] = [];
  for (let i = 0; i < 6; i++) list.push(file(`a${i}.md`, articleMarkdown({ title: `文章${i}`, body: `[[zh:卡塔尔]]第${i}篇，[[zh:埃及]]。` })));
  list.push(file('again.md', articleMarkdown({ title: '文章2', body: '[[zh:卡塔尔]]第2篇，[[zh:埃及]]。' })));
  list.push(file('a0-v2.md', articleMarkdown({ title: '文章0', body: '[[zh:卡塔尔]]第0篇，改了。' })));
  list.push(file('empty.md', ''));
  list.push({ kind: 'bytes', name: 'qatar.md', bytes: fixture });
  return list;
}

describe('importing with parse workers', () => {
  it('gives the same outcomes and the same stored articles as parsing in-process', async () => {
    const run = async (parseWorkers: number, entry?: typeof brokenWorker) => {
      const s = openServices(path.join(tempDir(), 'glossa.sqlite'), { imports: { parseWorkers, parseWorkerEntry: entry } });
      const outcomes = await s.imports.run(sources());
      const stored = s.articles.list({ sort: 'title' }).map((a) => ({ ...a, importedAt: undefined, links: s.articles.wikiLinks(a.revisionId) }));
      s.close();
      return { outcomes, stored };
    };
    const inProcess = await run(0);
    expect(inProcess.outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported', 'imported', 'imported', 'imported', 'unchanged', 'revised', 'failed', 'imported']);
    expect(inProcess.outcomes[8].error?.code).toBe('EMPTY_FILE');
    expect(await run(1)).toEqual(inProcess);
    // A worker that cannot start: the import parses in-process and nothing is lost.
    expect(await run(1, brokenWorker)).toEqual(inProcess);
  });
});
