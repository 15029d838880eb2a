import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdentity, decodeSourceMap, encodeSourceMap } from '../../../../electron/services/articleRepository';
import { SOURCE_MAP_VLQ, writeSourceMap } from '../../../../electron/services/importRecord';
import { ColumnBytes } from '../../../../electron/services/intListBytes';
import { openServices, type GlossaServices } from '../../../../electron/services/services';
import type { SourceSpan } from '../../../../shared/model/article';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import { decodeStoredDoc } from '../../../../shared/model/storedDoc';
import { articleMarkdown, bytes } from '../articles';
import { tempDir } from '../tempDir';

function library(): GlossaServices {
  const s = openServices(path.join(tempDir(), 'glossa.sqlite'));
  const add = (title: string, date: string, author: string, body: string) =>
    expect(s.imports.importBytes(`${title}.md`, bytes(articleMarkdown({ title, date, author, body }))).status).toBe('imported');
  add('卡塔尔调解', '2023-11-03 06:22', '宝尹', '[[zh:卡塔尔]]与[[zh:哈马斯]]谈判。"引号" AND OR NEAR。');
  add('Qatar mediates', '2021-01-05 10:00', 'Ann Lee', 'Talks in [[en:Doha]] and [[en:Doha]] again, with [[en:Cairo]].');
  add('埃及边境', '2022-06-01 12:00', '记者乙', '拉法口岸开放。');
  return s;
}

describe('ArticleRepository.list', () => {
  it('filters by text in the title, case-insensitively', () => {
    const s = library();
    expect(s.articles.list({ query: '卡塔' }).map((a) => a.title)).toEqual(['卡塔尔调解']);
    expect(s.articles.list({ query: 'qatar' }).map((a) => a.title)).toEqual(['Qatar mediates']);
    expect(s.articles.list({ query: '谈判' })).toEqual([]); // body text is not the title
    expect(s.articles.list({ query: '  ' }).length).toBe(3);
    s.close();
  });

  it('sorts by any column, in either direction', () => {
    const s = library();
    expect(s.articles.list({ sort: 'published', direction: 'asc' }).map((a) => a.published)).toEqual([
      '2021-01-05T10:00:00Z',
      '2022-06-01T12:00:00Z',
      '2023-11-03T06:22:00Z',
    ]);
    expect(s.articles.list({ sort: 'wikiLinks' }).map((a) => a.wikiLinks)).toEqual([3, 2, 0]);
    expect(s.articles.list({ sort: 'wikiLinks' }).map((a) => a.wikiTargets)).toEqual([2, 2, 0]);
    expect(s.articles.list({ sort: 'author', direction: 'desc' })[0].author).toBe('记者乙');
    s.close();
  });
});

describe('ArticleRepository.revisionFacts', () => {
  it("gives a revision's metadata and link counts, the same as the whole revision says", () => {
    const s = library();
    const listed = s.articles.list({});
    expect(listed).toHaveLength(3);
    for (const { revisionId } of listed) {
      const whole = s.articles.revision(revisionId);
      expect(s.articles.revisionFacts(revisionId)).toEqual({ meta: whole?.meta, wikiLinkCount: whole?.wikiLinkCount, wikiTargetCount: whole?.wikiTargetCount });
    }
    expect(s.articles.revisionFacts(999)).toBeNull();
    s.close();
  });
});

describe('ArticleRepository.search', () => {
  it('finds text inside Chinese, falls back to a scan for 1–2 characters, and takes any text as a literal', () => {
    const s = library();
    const titleOf = (ids: number[]) => ids.map((id) => s.articles.summary(id)?.title);
    expect(titleOf(s.articles.search('与哈马斯谈'))).toEqual(['卡塔尔调解']);
    expect(titleOf(s.articles.search('口岸'))).toEqual(['埃及边境']);
    expect(titleOf(s.articles.search('拉'))).toEqual(['埃及边境']);
    expect(titleOf(s.articles.search('doha'))).toEqual(['Qatar mediates']);
    expect(titleOf(s.articles.search('"引号" AND'))).toEqual(['卡塔尔调解']);
    expect(s.articles.search('NEAR(')).toEqual([]);
    expect(s.articles.search('')).toEqual([]);
    s.close();
  });

  it('finds only the query as written, in any case, not articles that merely hold all its trigrams', () => {
    const s = library();
    const titleOf = (ids: number[]) => ids.map((id) => s.articles.summary(id)?.title);
    expect(titleOf(s.articles.search('DOHA'))).toEqual(['Qatar mediates']);
    // Every trigram of "Doha and Doha and" occurs in "Talks in Doha and Doha again", the query itself does not.
    expect(titleOf(s.articles.search('doha and doha'))).toEqual(['Qatar mediates']);
    expect(s.articles.search('Doha and Doha and')).toEqual([]);
    expect(s.articles.search('与哈马斯谈判没有')).toEqual([]);
    s.close();
  });

  it('ignores the width of letters and digits, in the index, the confirming scan and the short-query scan', () => {
    const s = library();
    const add = (title: string, body: string) => s.imports.importBytes(`${title}.md`, bytes(articleMarkdown({ title, date: '2023-11-03 06:22', author: '甲', body })));
    add('ＧＤＰ数据', '今年ＧＤＰ增长３０００亿元。');
    add('半角数据', '去年GDP增长3000亿元。');
    const titleOf = (ids: number[]) => ids.map((id) => s.articles.summary(id)?.title).sort();
    expect(titleOf(s.articles.search('GDP增长３０００'))).toEqual(['半角数据', 'ＧＤＰ数据']);
    expect(titleOf(s.articles.search('gdp数据'))).toEqual(['ＧＤＰ数据']);
    expect(titleOf(s.articles.search('３０'))).toEqual(['半角数据', 'ＧＤＰ数据']);
    expect(s.articles.searchText('3000亿').map((hit) => hit.matches[0].match).sort()).toEqual(['3000亿', '３０００亿']);
    s.close();
  });
});

describe('ArticleRepository.searchText', () => {
  it('finds accented words whether the query or the text has them composed (é) or decomposed (e + ◌́)', () => {
    const s = library();
    s.imports.importBytes('zoe.md', bytes(articleMarkdown({ title: 'Zoé', date: '2024-01-02 08:00', author: '丁', body: 'Interview with Zoe\u0301 Durand and José in Paris.' })));
    for (const query of ['Zoé', 'Zoe\u0301', 'zoé durand', 'Jose\u0301']) {
      const hits = s.articles.searchText(query);
      expect(hits.map((h) => h.title), query).toEqual(['Zoé']);
      const [match] = hits[0]?.matches ?? [];
      const text = s.articles.currentText(hits[0]!.id).text;
      // Offsets are the article's own: the slice is the name as the text writes it.
      expect(text.slice(match!.start, match!.end).normalize('NFC').toLowerCase()).toBe(query.normalize('NFC').toLowerCase());
    }
    s.close();
  });

  it('returns each matching article with its number of hits and the first ones in context, most hits first', () => {
    const s = library();
    s.imports.importBytes('more.md', bytes(articleMarkdown({ title: '多哈会谈', date: '2024-01-02 08:00', author: '丙', body: 'Doha, doha, DOHA: [[en:Doha]] again.' })));
    const hits = s.articles.searchText('doha');
    expect(hits.map((h) => [h.title, h.count])).toEqual([
      ['多哈会谈', 4],
      ['Qatar mediates', 2],
    ]);
    const [first] = hits;
    expect(first.matches).toHaveLength(3);
    const text = s.articles.currentText(first.id).text;
    for (const m of first.matches) expect(text.slice(m.start, m.end).toLowerCase()).toBe('doha');
    expect(first.revisionId).toBe(s.articles.currentText(first.id).id);
    expect(first.published).toBe('2024-01-02T08:00:00Z');
    // A title-only match is found with no hits in the text.
    expect(s.articles.searchText('调解').map((h) => [h.title, h.count])).toEqual([['卡塔尔调解', 0]]);
    expect(s.articles.searchText('不存在的短语')).toEqual([]);
    s.close();
  });

  it('ignores the script: a traditional query finds simplified text and the other way round', () => {
    const s = library();
    s.imports.importBytes('trad.md', bytes(articleMarkdown({ title: '繁體報導', date: '2024-01-02 08:00', author: '丁', body: '據路透社報導，拉法口岸再次開放。' })));
    const titles = (q: string) => s.articles.searchText(q).map((h) => h.title);
    expect(titles('据路透社报')).toEqual(['繁體報導']);
    // Equal hit counts: by article id.
    expect(titles('拉法口岸')).toEqual(['埃及边境', '繁體報導']);
    expect(titles('與哈馬斯談')).toEqual(['卡塔尔调解']);
    // Short queries (no trigram) too.
    expect(titles('開放')).toEqual(['埃及边境', '繁體報導']);
    expect(s.articles.searchText('据路')[0].matches[0].match).toBe('據路');
    s.close();
  });
});

describe('articleIdentity', () => {
  it('is the source link and language when there is a link, else the file name (without folders) and title', () => {
    expect(articleIdentity({ source: ' https://a.example/1 ', title: 'x', lang: 'zh' }, 'a.md')).toBe('source:https://a.example/1\nlang:zh');
    expect(articleIdentity({ source: 'https://a.example/1', title: 'x', lang: 'en' }, 'a.md')).not.toBe(articleIdentity({ source: 'https://a.example/1', title: 'x', lang: 'zh' }, 'a.md'));
    expect(articleIdentity({ source: null, title: '标题', lang: 'zh' }, 'C:\\notes\\a.md')).toBe(articleIdentity({ source: null, title: '标题', lang: 'zh' }, '/home/x/a.md'));
    expect(articleIdentity({ source: null, title: '标题', lang: 'zh' }, 'a.md')).not.toBe(articleIdentity({ source: null, title: '标题', lang: 'zh' }, 'b.md'));
  });
});

describe('source map storage', () => {
  it('round-trips spans through the compact form', () => {
    const spans = [
      { textStart: 0, textEnd: 3, srcStart: 10, srcEnd: 13, verbatim: true },
      { textStart: 3, textEnd: 4, srcStart: 13, srcEnd: 15, verbatim: false },
    ];
    expect(decodeSourceMap(encodeSourceMap(spans))).toEqual(spans);
    expect(encodeSourceMap(spans)).toBe('[-1,0,3,10,0,1,0,1,0,1,0]');
    expect(decodeSourceMap(encodeSourceMap([]))).toEqual([]);
  });

  it("round-trips the fixture's map exactly, and still reads maps stored in the older absolute form", () => {
    const spans = parseArticle(readFileSync(new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url))).sourceMap;
    expect(spans.length).toBeGreaterThan(300);
    expect(decodeSourceMap(encodeSourceMap(spans))).toEqual(spans);
    const absolute = JSON.stringify(spans.flatMap((s) => [s.textStart, s.textEnd, s.srcStart, s.srcEnd, s.verbatim ? 1 : 0]));
    expect(decodeSourceMap(absolute)).toEqual(spans);
    expect(encodeSourceMap(spans).length).toBeLessThan(absolute.length * 0.6);
    expect(decodeSourceMap('[]')).toEqual([]);
    // Spans out of order (an edit's map may go back in the source) still round-trip.
    const back = [spans[5], spans[2], { textStart: 0, textEnd: 0, srcStart: 0, srcEnd: 4, verbatim: false }];
    expect(decodeSourceMap(encodeSourceMap(back))).toEqual(back);
  });

  it('writes new maps in the VLQ form, under half the JSON, and reads them back exactly', () => {
    const spans = parseArticle(readFileSync(new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url))).sourceMap;
    const vlq = (map: SourceSpan[]): string => {
      const out = new ColumnBytes();
      writeSourceMap(out, map);
      out.end();
      return new TextDecoder().decode(out.done()[0]);
    };
    expect(vlq(spans).startsWith(SOURCE_MAP_VLQ)).toBe(true);
    expect(vlq(spans)).toMatch(/^![A-Za-z0-9+/]+$/);
    expect(vlq(spans).length).toBeLessThan(encodeSourceMap(spans).length / 2);
    expect(decodeSourceMap(vlq(spans))).toEqual(spans);
    expect(decodeSourceMap(vlq([]))).toEqual([]);
    // Going back in the source or the text, long spans, zero-length spans: all differences round-trip.
    const odd = [
      spans[5],
      spans[2],
      { textStart: 0, textEnd: 0, srcStart: 0, srcEnd: 4, verbatim: false },
      { textStart: 70_000, textEnd: 2_000_000, srcStart: 3, srcEnd: 16_000_000, verbatim: true },
      { textStart: 5, textEnd: 6, srcStart: 0, srcEnd: 0, verbatim: true },
    ];
    expect(decodeSourceMap(vlq(odd))).toEqual(odd);
    // A number the VLQ form does not hold: the map is written as its JSON, which reads back as well.
    const fractional = [{ textStart: 0, textEnd: 1.5, srcStart: 0, srcEnd: 2, verbatim: false }];
    expect(vlq(fractional)).toBe(encodeSourceMap(fractional));
    expect(decodeSourceMap(vlq(fractional))).toEqual(fractional);
    expect(() => decodeSourceMap('!AAg')).toThrow(/damaged/);
    expect(() => decodeSourceMap('!AA?A')).toThrow(/damaged/);
  });
});

describe('stored revision columns', () => {
  it('are text (bound as UTF-8 bytes), readable as the document, canonical text and map they encode', () => {
    const s = library();
    const id = s.articles.list({ query: '卡塔尔' })[0].id;
    const row = s.db
      .prepare(`SELECT typeof(doc_json) AS d, typeof(canonical_text) AS t, typeof(source_map_json) AS m, doc_json, canonical_text
        FROM revisions r JOIN articles a ON a.current_revision_id = r.id WHERE a.id = ?`)
      .get(id) as { d: string; t: string; m: string; doc_json: string; canonical_text: string };
    expect([row.d, row.t, row.m]).toEqual(['text', 'text', 'text']);
    const file = bytes(articleMarkdown({ title: '卡塔尔调解', date: '2023-11-03 06:22', author: '宝尹', body: '[[zh:卡塔尔]]与[[zh:哈马斯]]谈判。"引号" AND OR NEAR。' }));
    expect(s.articles.revisionOf(id).sourceMap).toEqual(parseArticle(file).sourceMap);
    expect(row.canonical_text).toContain('卡塔尔与哈马斯谈判');
    // The document is kept packed (each wiki-link mark list once), and reads back as the document it was.
    expect(JSON.parse(row.doc_json)).toHaveProperty('marks');
    expect(decodeStoredDoc(row.doc_json, row.canonical_text)).toEqual(s.articles.revisionOf(id).doc);
    expect(decodeStoredDoc(row.doc_json, row.canonical_text).type).toBe('doc');
    // SQLite's own text functions see characters, not bytes.
    expect(s.db.prepare('SELECT length(canonical_text) AS n FROM revisions r JOIN articles a ON a.current_revision_id = r.id WHERE a.id = ?').get(id)).toEqual({ n: row.canonical_text.length });
    expect(s.articles.searchText('哈马斯谈判').map((hit) => hit.id)).toEqual([id]);
    s.close();
  });
});
