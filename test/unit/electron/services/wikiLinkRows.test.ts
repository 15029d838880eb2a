import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/services/database';
import { ArticleRepository } from '../../../../electron/services/articleRepository';
import { ArticleViewReader } from '../../../../electron/services/articleView';
import { ColumnBytes } from '../../../../electron/services/intListBytes';
import { decodeWikiLinks, encodeWikiLinks, entitiesOfRow, indexWikiLinks, writeOccurrences } from '../../../../electron/services/wikiLinkRows';
import { countPages } from '../../../../shared/text/wikiTitle';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import type { WikiLinkOccurrence } from '../../../../shared/model/article';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

const link = (start: number, end: number, target: string, lang = 'zh'): WikiLinkOccurrence => ({ start, end, lang, target });

describe('wiki-links stored per revision', () => {
  it('encodes links with their targets and decodes them back in text order, ties and empty links included', () => {
    const links = [link(0, 2, '美国'), link(2, 5, '以色列'), link(5, 5, '美国'), link(5, 5, '美国'), link(7, 9, 'Qatar', 'en'), link(9, 11, '美国', 'en')];
    const encoded = encodeWikiLinks(links);
    expect(JSON.parse(encoded.targets)).toEqual([['zh', '美国', 3], ['zh', '以色列', 1], ['en', 'Qatar', 1], ['en', '美国', 1]]);
    expect(encoded.targetCount).toBe(4);
    expect(decodeWikiLinks(encoded)).toEqual(links);
    // Ties in Chinese collation, Han before Latin (美 měi, 以 yǐ, then Qatar): the order the reader shows.
    expect(entitiesOfRow(encoded)).toEqual([
      { lang: 'zh', target: '美国', count: 3 },
      { lang: 'en', target: '美国', count: 1 },
      { lang: 'zh', target: '以色列', count: 1 },
      { lang: 'en', target: 'Qatar', count: 1 },
    ]);
    expect(decodeWikiLinks(encodeWikiLinks([]))).toEqual([]);
  });

  it('writes the occurrences as base64 VLQ text, under half the JSON, and reads both forms', () => {
    const vlq = (links: WikiLinkOccurrence[]): string => {
      const out = new ColumnBytes();
      writeOccurrences(out, links, indexWikiLinks(links).indices);
      out.end();
      return new TextDecoder().decode(out.done()[0]);
    };
    const links = [link(0, 2, '美国'), link(2, 5, '以色列'), link(5, 5, '美国'), link(5, 5, '美国'), link(7, 9, 'Qatar', 'en'), link(90_000, 1_200_000, '美国', 'en')];
    const { targets } = encodeWikiLinks(links);
    expect(vlq(links)).toMatch(/^![A-Za-z0-9+/]+$/);
    expect(decodeWikiLinks({ targets, occurrences: vlq(links) })).toEqual(links);
    expect(decodeWikiLinks({ targets: '[]', occurrences: vlq([]) })).toEqual([]);
    const parsed = parseArticle(bytes(articleMarkdown({ title: '多链接', body: Array.from({ length: 200 }, (_, i) => `[[zh:${['甲', '乙', '丙'][i % 3]}]]字`).join('') })));
    expect(vlq(parsed.wikiLinks).length).toBeLessThan(encodeWikiLinks(parsed.wikiLinks).occurrences.length / 2);
    expect(decodeWikiLinks({ targets: encodeWikiLinks(parsed.wikiLinks).targets, occurrences: vlq(parsed.wikiLinks) })).toEqual(parsed.wikiLinks);
    // An offset that is not an integer (never made by the parser) is written as JSON, which reads back too.
    const odd = [link(0, 1.5, '美国')];
    expect(vlq(odd)).toBe('[0,0,1.5]');
    expect(() => decodeWikiLinks({ targets, occurrences: '!AA' })).toThrow(/damaged/);
    expect(() => decodeWikiLinks({ targets, occurrences: '!EAC' })).toThrow(/names target 4/);
  });

  it('counts spellings of one page once, and merges them in the entity list', () => {
    const encoded = encodeWikiLinks([link(0, 3, '卡塔尔'), link(3, 6, '卡塔爾'), link(6, 8, 'New_York', 'en'), link(8, 10, 'New York', 'en'), link(10, 13, '卡塔尔')]);
    expect(encoded.targetCount).toBe(2);
    expect(entitiesOfRow(encoded)).toEqual([
      { lang: 'zh', target: '卡塔尔', count: 3, variants: ['卡塔爾'] },
      { lang: 'en', target: 'New_York', count: 2, variants: ['New York'] },
    ]);
    // Each link keeps the spelling it was written with.
    expect(decodeWikiLinks(encoded).map((l) => l.target)).toEqual(['卡塔尔', '卡塔爾', 'New_York', 'New York', '卡塔尔']);
  });

  it('counts pages as countPages does, revision after revision (page keys are kept between them)', () => {
    const targets = ['卡塔尔', '卡塔爾', 'qatar', 'Qatar', 'New_York', 'New York', 'new york', '國家', '国家', 'İzmir', 'izmir', '#s', ' '];
    for (let round = 0; round < 3; round++) {
      for (const lang of ['zh', 'en', 'tr']) {
        const links = targets.map((target, i) => link(i, i + 1, target, lang));
        for (let n = 0; n <= links.length; n++) {
          const some = links.slice(0, n);
          expect(indexWikiLinks(some).targetCount).toBe(countPages(some));
          expect(encodeWikiLinks(some).targetCount).toBe(countPages(some));
        }
      }
    }
  });

  it('refuses a row whose link names a target it does not have, instead of returning a link without one', () => {
    expect(() => decodeWikiLinks({ targets: '[["zh","甲",1]]', occurrences: '[0,0,1,1,2,3]' })).toThrow(/link number 1 .* names target 1/);
    expect(() => decodeWikiLinks({ targets: '{}', occurrences: '[]' })).toThrow(/not a list/);
  });

  it('stores and reads an article with many links to few targets through the repository and the article view', () => {
    const db = openDatabase(path.join(tempDir(), 'glossa.sqlite'));
    const repo = new ArticleRepository(db);
    const body = Array.from({ length: 60 }, (_, i) => `[[zh:${['甲', '乙', '丙'][i % 3]}]]${i % 7 === 0 ? '' : '字'}`).join('') + '[[en:Qatar|卡塔尔]]。';
    const file = bytes(articleMarkdown({ title: '多链接', body }));
    const parsed = parseArticle(file);
    const stored = repo.saveImport({ parsed, bytes: file, fileName: 'many.md' });
    expect(db.prepare('SELECT count(*) AS n FROM wiki_links WHERE revision_id = ?').get(stored.revisionId)).toEqual({ n: 1 });
    expect(repo.wikiLinks(stored.revisionId)).toEqual(parsed.wikiLinks);
    expect(new ArticleViewReader(db).wikiLinks(stored.revisionId)).toEqual(parsed.wikiLinks);
    expect(repo.entities(stored.revisionId)).toEqual([
      // Ties by target in Chinese collation (丙 bǐng, 甲 jiǎ, 乙 yǐ), the order the reader shows.
      { lang: 'zh', target: '丙', count: 20 },
      { lang: 'zh', target: '甲', count: 20 },
      { lang: 'zh', target: '乙', count: 20 },
      { lang: 'en', target: 'Qatar', count: 1 },
    ]);
    expect(repo.summary(stored.articleId)).toMatchObject({ wikiLinks: 61, wikiTargets: 4 });
    db.close();
  });
});
