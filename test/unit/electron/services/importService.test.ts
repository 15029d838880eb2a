import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices, type GlossaServices } from '../../../../electron/services/services';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));

function services(): GlossaServices {
  // One article per batch, so progress and cancellation are observable article by article on any machine.
  return openServices(path.join(tempDir(), 'glossa.sqlite'), { imports: { batchMaxMs: 0 } });
}

function count(s: GlossaServices, table: string): number {
  return (s.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('importing an article', () => {
  it('stores the fixture with its metadata, links and entities', () => {
    const s = services();
    const result = s.imports.importBytes('qatar-hamas.zh.md', fixture);
    expect(result).toMatchObject({ status: 'imported', title: '阿拉伯小国卡塔尔如何在与哈马斯的谈判中变得不可或缺', error: null });
    const [summary] = s.articles.list();
    expect(summary).toMatchObject({
      id: result.articleId,
      author: '宝尹',
      published: '2023-11-03T06:22:00Z',
      source: 'https://gnews.org/articles/1916252',
      lang: 'zh',
      wikiLinks: 183,
      wikiTargets: 56,
      revisions: 1,
    });
    expect(s.articles.entities(summary.revisionId)[0]).toEqual({ lang: 'zh', target: '卡塔尔', count: 47 });
    const revision = s.articles.revisionOf(summary.id);
    for (const link of s.articles.wikiLinks(revision.id)) {
      // Every stored offset points at text in the canonical text (the linked words, never empty).
      expect(link.end).toBeGreaterThan(link.start);
      expect(revision.text.slice(link.start, link.end).length).toBe(link.end - link.start);
    }
    expect(revision.text).not.toContain('轉載自');
    // The stored source map still points into the file's text.
    expect(revision.sourceText).toBe(fixture.toString('utf8'));
    const verbatim = revision.sourceMap.filter((span) => span.verbatim);
    expect(verbatim.length).toBeGreaterThan(100);
    for (const span of verbatim) expect(revision.sourceText.slice(span.srcStart, span.srcEnd)).toBe(revision.text.slice(span.textStart, span.textEnd));
    s.close();
  });

  it('keeps a UTF-16 file\'s bytes for export and its decoded text for reading', () => {
    const s = services();
    const text = articleMarkdown({ title: 'UTF-16 文章' });
    const utf16 = Buffer.from(`\ufeff${text}`, 'utf16le');
    const r = s.imports.importBytes('utf16.md', utf16);
    expect(r.status).toBe('imported');
    expect(r.warnings.join(' ')).toMatch(/UTF-16/);
    const revision = s.articles.revisionOf(r.articleId!);
    expect(revision.sourceText).toBe(text);
    expect(Buffer.from(s.exports.exportArticle(r.articleId!, 'md').bytes).equals(utf16)).toBe(true);
    expect(s.exports.exportArticle(r.articleId!, 'md').content).toBe(text);
    s.close();
  });

  it('changes nothing when the same bytes come again, whatever the file is called', () => {
    const s = services();
    const first = s.imports.importBytes('a.md', fixture);
    const again = s.imports.importBytes('copy of a.md', fixture);
    expect(again).toMatchObject({ status: 'unchanged', articleId: first.articleId, revisionId: first.revisionId });
    expect(count(s, 'revisions')).toBe(1);
    expect(count(s, 'articles')).toBe(1);
    s.close();
  });

  it('adds a revision when an article with the same source link comes back with other text', () => {
    const s = services();
    const source = 'https://example.org/news/1';
    const v1 = s.imports.importBytes('one.md', bytes(articleMarkdown({ title: '第一篇', source })));
    const v2 = s.imports.importBytes('one-fixed.md', bytes(articleMarkdown({ title: '第一篇（更正）', source, body: '[[zh:卡塔尔]]更正了声明。' })));
    expect(v1.status).toBe('imported');
    expect(v2).toMatchObject({ status: 'revised', articleId: v1.articleId });
    const [summary] = s.articles.list();
    expect(summary).toMatchObject({ title: '第一篇（更正）', revisions: 2, revisionId: v2.revisionId, wikiLinks: 1 });
    // The first text is kept as the earlier revision.
    expect(s.articles.revisionOf(v1.articleId!, v1.revisionId!).text).toContain('埃及');
    expect(s.articles.revision(v2.revisionId!)?.parentId).toBe(v1.revisionId);
    // Importing the old version again puts it back: a new revision with the old text (review 17, finding 4).
    const back = s.imports.importBytes('one.md', bytes(articleMarkdown({ title: '第一篇', source })));
    expect(back).toMatchObject({ status: 'revised', articleId: v1.articleId });
    expect(s.articles.list()[0]).toMatchObject({ revisionId: back.revisionId, title: '第一篇', revisions: 3 });
    // And again: now it is the current import, so it is recognised as stored.
    expect(s.imports.importBytes('one.md', bytes(articleMarkdown({ title: '第一篇', source }))).status).toBe('unchanged');
    s.close();
  });

  it('keeps a translation that names the same source link as an article of its own, with its annotations untouched', () => {
    const s = services();
    const source = 'https://www.reuters.com/world/qatar-2023-11-03/';
    const zh = s.imports.importBytes('qatar.zh.md', bytes(articleMarkdown({ title: '卡塔尔调解', source })));
    const note = s.annotations.create({ articleId: zh.articleId!, revisionId: zh.revisionId!, start: 0, end: 3, motivation: 'commenting', bodies: [{ type: 'TextualBody', value: '核实', purpose: 'commenting' }], creator: 'checker' });
    const en = s.imports.importBytes('qatar.en.md', bytes(`## Qatar mediates\n\`2023-11-03 06:22 Jane Doe\` [Reuters](${source})\n\n[[en:Qatar]] has paid roughly $30 million a month to Gaza since 2018, officials said.\n`));
    expect(zh.status).toBe('imported');
    expect(en.status).toBe('imported');
    expect(en.articleId).not.toBe(zh.articleId);
    expect(s.articles.list().map((a) => a.lang).sort()).toEqual(['en', 'zh']);
    expect(s.annotations.list(zh.articleId!).annotations.map((a) => [a.id, a.anchor.state])).toEqual([[note.id, 'anchored']]);
    // A corrected Chinese file is still a revision of the Chinese article.
    const fixed = s.imports.importBytes('qatar.zh.md', bytes(articleMarkdown({ title: '卡塔尔调解', source, body: '[[zh:卡塔尔]]更正了声明。' })));
    expect(fixed).toMatchObject({ status: 'revised', articleId: zh.articleId });
    s.close();
  });

  it('without a source link, treats the same file name and title as the same article', () => {
    const s = services();
    const a1 = s.imports.importBytes('notes/local.md', bytes(articleMarkdown({ title: '本地稿', source: null })));
    const a2 = s.imports.importBytes('elsewhere/local.md', bytes(articleMarkdown({ title: '本地稿', source: null, body: '改过的正文。' })));
    const other = s.imports.importBytes('other.md', bytes(articleMarkdown({ title: '本地稿', source: null, body: '另一篇。' })));
    expect(a1.status).toBe('imported');
    expect(a2).toMatchObject({ status: 'revised', articleId: a1.articleId });
    expect(other.status).toBe('imported');
    expect(other.articleId).not.toBe(a1.articleId);
    s.close();
  });

  it('reports a refused file with its code and message and stores nothing for it', () => {
    const s = services();
    const empty = s.imports.importBytes('empty.md', new Uint8Array());
    const binary = s.imports.importBytes('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    expect(empty).toMatchObject({ status: 'failed', articleId: null, error: { code: 'EMPTY_FILE' } });
    expect(empty.error?.message).toContain('empty.md');
    expect(binary).toMatchObject({ status: 'failed', error: { code: 'BINARY_FILE' } });
    expect(count(s, 'articles')).toBe(0);
    s.close();
  });

  it('writes an article whole or not at all when a write fails halfway', () => {
    const s = services();
    const source = 'https://example.org/news/atomic';
    const v1 = s.imports.importBytes('a.md', bytes(articleMarkdown({ title: '原子性', source })));
    const before = { articles: count(s, 'articles'), revisions: count(s, 'revisions'), links: count(s, 'wiki_links'), search: count(s, 'article_search') };
    // The disk "fills up" at the wiki-link row of the next article written: after its article row and its revision.
    s.db.exec(`CREATE TEMP TRIGGER fail_links BEFORE INSERT ON wiki_links
      BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END`);
    const fresh = s.imports.importBytes('b.md', bytes(articleMarkdown({ title: '新文章', source: 'https://example.org/news/b' })));
    const revised = s.imports.importBytes('a2.md', bytes(articleMarkdown({ title: '原子性', source, body: '[[zh:甲]][[zh:乙]]改了。' })));
    expect(fresh).toMatchObject({ status: 'failed', error: { code: 'INTERNAL' } });
    expect(fresh.error?.message).toContain('simulated write failure');
    expect(revised.status).toBe('failed');
    expect({ articles: count(s, 'articles'), revisions: count(s, 'revisions'), links: count(s, 'wiki_links'), search: count(s, 'article_search') }).toEqual(before);
    expect(s.articles.list().map((a) => [a.title, a.revisionId])).toEqual([['原子性', v1.revisionId]]);
    expect(s.articles.search('新文章')).toEqual([]);

    s.db.exec('DROP TRIGGER fail_links');
    expect(s.imports.importBytes('b.md', bytes(articleMarkdown({ title: '新文章', source: 'https://example.org/news/b' }))).status).toBe('imported');
    s.close();
  });
});

describe('importing in batches', () => {
  it('keeps each article whole or absent when one article of a batch fails', async () => {
    // Default batching: all three articles share one transaction, each in its own savepoint.
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    s.db.exec(`CREATE TEMP TRIGGER refuse_target BEFORE INSERT ON wiki_links WHEN NEW.targets LIKE '%"坏"%'
      BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END`);
    const upload = (title: string, body: string) => ({ kind: 'bytes' as const, name: `${title}.md`, bytes: bytes(articleMarkdown({ title, body })) });
    const results = await s.imports.run([upload('甲', '[[zh:好]]一。'), upload('乙', '[[zh:好]]二[[zh:坏]]。'), upload('丙', '[[zh:好]]三。')]);
    expect(results.map((r) => r.status)).toEqual(['imported', 'failed', 'imported']);
    expect(s.articles.list({ sort: 'title' }).map((a) => a.title)).toEqual(['丙', '甲']);
    expect(count(s, 'revisions')).toBe(2);
    expect(count(s, 'wiki_links')).toBe(2);
    expect(count(s, 'article_search')).toBe(2);
    s.close();
  });
});

describe('importing paths', () => {
  it('walks folders recursively, taking only .md/.markdown/.txt and skipping hidden folders', async () => {
    const root = tempDir();
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    write('a.md', articleMarkdown({ title: 'A' }));
    write('NOTES.MD', articleMarkdown({ title: 'Notes' }));
    write('sub/b.markdown', articleMarkdown({ title: 'B' }));
    write('sub/deeper/c.txt', articleMarkdown({ title: 'C' }));
    write('sub/deeper/d.pdf', articleMarkdown({ title: 'D (not an article extension)' }));
    write('.git/e.md', articleMarkdown({ title: 'E (hidden)' }));
    write('explicit.data', articleMarkdown({ title: 'Named explicitly' }));
    const s = services();
    const sources = s.imports.sources({ paths: [root, path.join(root, 'explicit.data'), path.join(root, 'missing.md')] });
    const results = await s.imports.run(sources);
    expect(results.map((r) => [path.relative(root, r.file), r.status])).toEqual([
      ['NOTES.MD', 'imported'],
      ['a.md', 'imported'],
      ['sub/b.markdown', 'imported'],
      ['sub/deeper/c.txt', 'imported'],
      ['explicit.data', 'imported'],
      ['missing.md', 'failed'],
    ]);
    expect(results[5].error?.code).toBe('UNREADABLE');
    expect(results[5].error?.message).toContain('does not exist');
    expect(s.articles.list({ sort: 'title' }).map((a) => a.title)).toEqual(['A', 'B', 'C', 'Named explicitly', 'Notes']);
    s.close();
  });

  it('refuses an oversized file before reading it, and goes on with the others', async () => {
    const root = tempDir();
    const big = path.join(root, 'big.md');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, 17 * 1024 * 1024);
    fs.closeSync(fd);
    fs.writeFileSync(path.join(root, 'ok.md'), articleMarkdown({ title: 'OK' }));
    const s = services();
    const results = await s.imports.run(s.imports.sources({ paths: [big, path.join(root, 'ok.md')] }));
    expect(results.map((r) => [r.status, r.error?.code ?? null])).toEqual([
      ['failed', 'TOO_LARGE'],
      ['imported', null],
    ]);
    s.close();
  });
});

describe('import jobs', () => {
  const uploads = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      name: `upload-${i}.md`,
      dataBase64: Buffer.from(articleMarkdown({ title: `上传${i}`, source: `https://example.org/u/${i}` })).toString('base64'),
    }));

  it('runs in the background and reports progress and per-file results', async () => {
    const s = services();
    const started = s.imports.start({ files: [...uploads(3), { name: 'bad.md', dataBase64: '***not base64***' }] });
    expect(started).toMatchObject({ state: 'running', total: 4, done: 0 });
    const final = await s.imports.wait(started.jobId);
    expect(final).toMatchObject({ state: 'finished', total: 4, done: 4, current: null });
    expect(final.results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'failed']);
    expect(final.results[3].error?.code).toBe('BAD_INPUT');
    expect(s.imports.status(started.jobId)).toEqual(final);
    s.close();
  });

  it('stops between articles when cancelled, leaving only whole articles behind', async () => {
    const s = services();
    const job = s.imports.start({ files: uploads(40) });
    // Status polls get answers while the job runs, because it yields between files.
    let polls = 0;
    while (s.imports.status(job.jobId).done < 3) {
      polls++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(polls).toBeGreaterThan(0);
    expect(s.imports.cancel(job.jobId).state).toBe('running');
    const final = await s.imports.wait(job.jobId);
    expect(final.state).toBe('cancelled');
    expect(final.done).toBeLessThan(40);
    expect(final.done).toBe(final.results.length);
    const stored = s.articles.list();
    expect(stored.length).toBe(final.results.filter((r) => r.status === 'imported').length);
    for (const article of stored) {
      expect(article.wikiLinks).toBe(3);
      expect(s.articles.wikiLinks(article.revisionId).length).toBe(3);
    }
    s.close();
  });

  it('answers NOT_FOUND for an unknown job', () => {
    const s = services();
    expect(() => s.imports.status('no-such-job')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    s.close();
  });
});
