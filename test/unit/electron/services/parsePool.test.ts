import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseForImport } from '../../../../electron/services/parseJob';
import { bundledWorkerFile, ParsePool, withoutLoaders } from '../../../../electron/services/parsePool';
import { openServices } from '../../../../electron/services/services';
import type { ImportSource } from '../../../../electron/services/importService';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));
const brokenWorker = { file: new URL('file:///nonexistent/glossa/parseWorker.cjs') };

describe('ParsePool', () => {
  it("starts a bundled worker without its parent's preloads and loaders, keeping other options", () => {
    expect(withoutLoaders(['--import', 'tsx', '--max-old-space-size=4096', '--require=./x.cjs', '--cpu-prof', '--loader', 'l.mjs', '--experimental-loader=m.mjs'])).toEqual([
      '--max-old-space-size=4096',
      '--cpu-prof',
    ]);
    expect(withoutLoaders([])).toEqual([]);
    // An option that merely starts like one is kept.
    expect(withoutLoaders(['--imports-are-fine'])).toEqual(['--imports-are-fine']);
  });

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

  it('settles files still queued when it closes, as cancelled rather than parsed', async () => {
    const pool = new ParsePool(1);
    const pending = Array.from({ length: 20 }, (_, i) => pool.parse(`a${i}.md`, fixture));
    await pool.close();
    const results = await Promise.all(pending);
    expect(results.some((r) => !r.ok && r.error.code === 'CANCELLED')).toBe(true);
    expect(results.every((r) => r.ok || r.error.code === 'CANCELLED')).toBe(true);
    expect(await pool.parse('after.md', fixture)).toEqual(parseForImport(fixture, 'after.md'));
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

describe('ParsePool bundled as CommonJS (Electron main)', () => {
  it('starts parseWorker.cjs from beside the main bundle', async () => {
    const dir = tempDir();
    const services = path.resolve(__dirname, '../../../../electron/services');
    const common = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'silent' } as const;
    // The same entry build/scripts/buildElectron.mjs bundles, and a stand-in for main.cjs that uses the pool.
    await build({ ...common, entryPoints: [path.join(services, 'parseWorker.ts')], outfile: path.join(dir, 'parseWorker.cjs') });
    await build({
      ...common,
      stdin: {
        resolveDir: services,
        loader: 'ts',
        contents: `import { ParsePool } from './parsePool';
          const pool = new ParsePool(1);
          pool.parse('a.md', new TextEncoder().encode('## 标题\\n\\n[[zh:卡塔尔]]和[[zh:埃及]]。\\n')).then(async (r) => {
            process.stdout.write(JSON.stringify({ workers: pool.workers, ok: r.ok, links: r.ok ? r.content.wikiLinkCount : null }));
            await pool.close();
          });`,
      },
      outfile: path.join(dir, 'main.cjs'),
    });
    const out = execFileSync(process.execPath, [path.join(dir, 'main.cjs')], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ workers: 1, ok: true, links: 2 });
    // Without the worker file the same bundle still parses, in-process.
    fs.rmSync(path.join(dir, 'parseWorker.cjs'));
    expect(JSON.parse(execFileSync(process.execPath, [path.join(dir, 'main.cjs')], { encoding: 'utf8' }))).toEqual({ workers: 0, ok: true, links: 2 });
  });

  it('takes the worker unpacked beside app.asar in a packaged app', () => {
    const resources = tempDir();
    const inside = path.join(resources, 'app.asar', 'dist-electron');
    expect(bundledWorkerFile(inside)).toBe(path.join(inside, 'parseWorker.cjs'));
    fs.mkdirSync(path.join(resources, 'app.asar.unpacked', 'dist-electron'), { recursive: true });
    fs.writeFileSync(path.join(resources, 'app.asar.unpacked', 'dist-electron', 'parseWorker.cjs'), '');
    expect(bundledWorkerFile(inside)).toBe(path.join(resources, 'app.asar.unpacked', 'dist-electron', 'parseWorker.cjs'));
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
      const s = openServices(path.join(tempDir(), 'glossa.sqlite'), { imports: { parseWorkers, parseWorkerEntry: entry, minFilesForWorkers: 2 } });
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

describe('an import longer than the files a worker is sent at once', () => {
  it('stores the same articles in the same order when the storing thread parses some of them itself', async () => {
    // More files than are with the worker at a time: the rest wait, and the storing thread parses some while it waits.
    const files: ImportSource[] = Array.from({ length: 160 }, (_, i) => ({
      kind: 'bytes',
      name: `long${i}.md`,
      bytes: i % 40 === 7 ? new Uint8Array() : i % 2 ? bytes(articleMarkdown({ title: `长${i}`, body: `[[zh:卡塔尔]]第${i}篇，[[zh:埃及]]。` })) : fixture.subarray(0, fixture.length - (i % 50)),
    }));
    const run = async (parseWorkers: number) => {
      const s = openServices(path.join(tempDir(), 'glossa.sqlite'), { imports: { parseWorkers, minFilesForWorkers: 2 } });
      const outcomes = (await s.imports.run(files)).map((o) => ({ ...o, articleId: undefined, revisionId: undefined }));
      const stored = s.articles.list({ sort: 'importedAt', direction: 'asc' }).map((a) => ({ title: a.title, wikiLinks: a.wikiLinks, links: s.articles.wikiLinks(a.revisionId) }));
      s.close();
      return { outcomes, stored };
    };
    const inProcess = await run(0);
    expect(inProcess.outcomes.filter((o) => o.status === 'failed')).toHaveLength(4);
    expect(await run(1)).toEqual(inProcess);
  });
});

describe('cancelling an import with parse workers', () => {
  it('stops between articles: the articles reported are stored whole, the rest not at all', async () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'), { imports: { parseWorkers: 1, batchMaxMs: 0 } });
    const files: ImportSource[] = Array.from({ length: 40 }, (_, i) => ({
      kind: 'bytes',
      name: `c${i}.md`,
      bytes: bytes(articleMarkdown({ title: `取消${i}`, body: `[[zh:卡塔尔]]第${i}篇[[zh:埃及]]。` })),
    }));
    let stop = false;
    const results = await s.imports.run(files, { onResult: () => (stop = true), shouldStop: () => stop });
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThan(40);
    expect(results.every((r) => r.status === 'imported')).toBe(true);
    const count = (sql: string) => (s.db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM articles')).toBe(results.length);
    expect(count('SELECT count(*) AS n FROM revisions')).toBe(results.length);
    expect(count('SELECT count(*) AS n FROM wiki_links')).toBe(results.length);
    expect(count('SELECT count(*) AS n FROM article_search')).toBe(results.length);
    s.close();
  });
});
