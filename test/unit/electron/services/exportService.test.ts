import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../electron/services/exportService';
import { openServices } from '../../../../electron/services/services';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));

describe('exporting', () => {
  it('gives an imported file back byte for byte as md, BOM and CRLF included', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const a = s.imports.importBytes('qatar.md', fixture);
    const md = s.exports.exportArticle(a.articleId!, 'md');
    expect(Buffer.from(md.bytes).equals(fixture)).toBe(true);
    expect(Buffer.from(md.content, 'utf8').equals(fixture)).toBe(true);
    expect(md).toMatchObject({ fileName: '阿拉伯小国卡塔尔如何在与哈马斯的谈判中变得不可或缺.md', mediaType: 'text/markdown; charset=utf-8' });

    const messy = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(articleMarkdown({ title: 'BOM 与 CRLF' }).replace(/\n/g, '\r\n'))]);
    const b = s.imports.importBytes('messy.md', messy);
    expect(b.status).toBe('imported');
    const out = s.exports.exportArticle(b.articleId!, 'md');
    expect(Buffer.from(out.bytes).equals(messy)).toBe(true);
    expect(Buffer.from(out.content, 'utf8').equals(messy)).toBe(true);
    s.close();
  });

  it('exports JSON with the ProseMirror document and metadata', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const a = s.imports.importBytes('qatar.md', fixture);
    const json = JSON.parse(s.exports.exportArticle(a.articleId!, 'json').content) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: 'glossa-article',
      articleId: a.articleId,
      meta: { author: '宝尹', published: '2023-11-03T06:22:00Z', source: 'https://gnews.org/articles/1916252', lang: 'zh' },
      wikiLinks: 183,
      wikiTargets: 56,
      revision: { id: a.revisionId, kind: 'import' },
    });
    expect((json.doc as { type: string }).type).toBe('doc');
    s.close();
  });

  it('exports a readable HTML page with a link per wiki-link', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const a = s.imports.importBytes('qatar.md', fixture);
    const html = s.exports.exportArticle(a.articleId!, 'html');
    expect(html.mediaType).toBe('text/html; charset=utf-8');
    expect(html.content.match(/<a class="wiki-link"/g)?.length).toBe(183);
    expect(html.content).toContain('<html lang="zh">');
    expect(html.content).toContain('href="https://zh.wikipedia.org/wiki/%E5%8D%A1%E5%A1%94%E5%B0%94"');
    s.close();
  });

  it('answers NOT_FOUND for an unknown article or a revision of another article', () => {
    const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    const a = s.imports.importBytes('a.md', bytes(articleMarkdown({ title: 'A' })));
    const b = s.imports.importBytes('b.md', bytes(articleMarkdown({ title: 'B' })));
    expect(() => s.exports.exportArticle(42, 'md')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => s.exports.exportArticle(a.articleId!, 'md', b.revisionId!)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    s.close();
  });
});

describe('exportFileName', () => {
  it('keeps CJK titles and removes characters no file system accepts', () => {
    expect(exportFileName('卡塔尔: "谈判" / 进展?', 3, 'html')).toBe('卡塔尔 谈判 进展.html');
    expect(exportFileName('...', 7, 'md')).toBe('article-7.md');
    expect([...exportFileName('长'.repeat(300), 1, 'json')].length).toBe(80 + '.json'.length);
  });
});
