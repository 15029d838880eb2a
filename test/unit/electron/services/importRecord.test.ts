import { describe, expect, it } from 'vitest';
import { decodeSourceMap, encodeImport, encodeSourceMap, encodeSourceMapBytes, isUtf8DecodingOf, transferableBuffers } from '../../../../electron/services/importRecord';
import { ColumnBytes, IntListBytes } from '../../../../electron/services/intListBytes';
import { decodeWikiLinks, encodeWikiLinks } from '../../../../electron/services/wikiLinkRows';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import { articleMarkdown, bytes } from '../articles';
import { decodeStoredDoc } from '../../../../shared/model/storedDoc';

describe('revision encoding', () => {
  it('writes source maps and link occurrences as the JSON of their flat arrays', () => {
    const spans = [
      { textStart: 0, textEnd: 3, srcStart: 10, srcEnd: 13, verbatim: true },
      { textStart: 3, textEnd: 4, srcStart: 13, srcEnd: 15, verbatim: false },
    ];
    // Differences after a -1 marker: text gap, length, source gap, source length beyond the text's, verbatim.
    expect(encodeSourceMap(spans)).toBe(JSON.stringify([-1, 0, 3, 10, 0, 1, 0, 1, 0, 1, 0]));
    expect(encodeSourceMap([])).toBe('[-1]');
    const encoded = encodeWikiLinks([
      { start: 0, end: 2, lang: 'zh', target: '引"号\\' },
      { start: 2, end: 4, lang: 'en', target: 'Doha' },
      { start: 5, end: 7, lang: 'zh', target: '引"号\\' },
    ]);
    expect(encoded).toEqual({ targets: JSON.stringify([['zh', '引"号\\', 2], ['en', 'Doha', 1]]), occurrences: '[0,0,2,1,2,4,0,5,7]', targetCount: 2 });
  });

  it('writes the same lists as UTF-8 bytes directly, as the import stores them', () => {
    const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
    const numbers = [0, 7, 10, 99, 100, 12_345, -1, -10, -987_654, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e15, 1.5, -0, 1e21];
    const list = new IntListBytes(1);
    for (const n of numbers) list.int(n);
    expect(text(list.done())).toBe(JSON.stringify(numbers));
    expect(text(new IntListBytes(0).done())).toBe('[]');
    const file = bytes(articleMarkdown({ title: '标题', body: '[[zh:卡塔尔]]与**[[zh:哈马斯]]**在[多哈](https://x.org)谈判，[[zh:卡塔尔]]表示。\n\n第二段 [[en:Doha|多哈]]。' }));
    const parsed = parseArticle(file);
    expect(text(encodeSourceMapBytes(parsed.sourceMap))).toBe(encodeSourceMap(parsed.sourceMap));
    const content = encodeImport(parsed, file);
    const { targets, targetCount } = encodeWikiLinks(parsed.wikiLinks);
    expect(content.wikiLinks).toMatchObject({ targets, targetCount });
    expect(decodeWikiLinks({ targets, occurrences: text(content.wikiLinks.occurrences) })).toEqual(parsed.wikiLinks);
    expect(decodeSourceMap(text(content.sourceMap))).toEqual(parsed.sourceMap);
  });

  it('keeps the decoded source only when it is not the plain UTF-8 decoding of the file', () => {
    const utf8 = bytes(articleMarkdown({ title: '标题' }));
    expect(encodeImport(parseArticle(utf8), utf8).sourceText).toBeNull();
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(encodeImport(parseArticle(withBom), withBom).sourceText).toBeNull();
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(articleMarkdown({ title: '标题' }), 'utf16le')]);
    expect(encodeImport(parseArticle(utf16), utf16).sourceText).toBe(parseArticle(utf16).source);
    // One invalid byte: read with a replacement character, which is what UTF-8 decoding gives too.
    const broken = new Uint8Array([...bytes('## 标题\n\n正文'), 0xff, ...bytes('结束。\n')]);
    expect(encodeImport(parseArticle(broken), broken).sourceText).toBeNull();
    expect(isUtf8DecodingOf('a\uFFFDb', new Uint8Array([0x61, 0xff, 0x62]))).toBe(true);
    expect(isUtf8DecodingOf('a\uFFFDb', bytes('a\uFFFDb'))).toBe(true);
    expect(isUtf8DecodingOf('ab', new Uint8Array([0x61, 0xff, 0x62]))).toBe(false);
    expect(isUtf8DecodingOf('中', bytes('中'))).toBe(true);
    // GB18030 is read as such and kept as text: the bytes alone would not give it back.
    const gb = new Uint8Array([...bytes('## '), 0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0x0a, 0xd5, 0xfd, 0xce, 0xc4, 0xa1, 0xa3, 0x0a]);
    const parsedGb = parseArticle(gb);
    expect(parsedGb.meta.title).toBe('标题');
    expect(encodeImport(parsedGb, gb).sourceText).toBe(parsedGb.source);
  });

  it('encodes the large columns of an article into one buffer of its own, which a worker can hand over', () => {
    const columns = (...texts: string[]): Uint8Array[] => {
      const out = new ColumnBytes();
      out.reset();
      for (const t of texts) {
        out.utf8(t);
        out.end();
      }
      return out.done();
    };
    expect(columns('卡塔尔 Qatar 😀', '').map((b) => new TextDecoder().decode(b))).toEqual(['卡塔尔 Qatar 😀', '']);
    // A lone surrogate becomes U+FFFD, as SQLite's conversion of a string would make it.
    expect(new TextDecoder().decode(columns('a\uD800b')[0])).toBe('a\uFFFDb');
    // Texts longer than the reused buffer, and longer than any buffer worth keeping, encode the same.
    for (const text of ['卡塔尔 Qatar '.repeat(3_000), '中'.repeat(1_500_000)]) {
      const [bytes, after] = columns(text, '后');
      expect(bytes.byteLength).toBe(Buffer.byteLength(text));
      expect(new TextDecoder().decode(bytes)).toBe(text);
      expect(new TextDecoder().decode(after)).toBe('后');
    }
    // Each call's columns are a copy of their own: the next call does not overwrite them.
    const [a] = columns('甲'.repeat(100));
    const [b] = columns('乙');
    expect(a.buffer).not.toBe(b.buffer);
    expect(new TextDecoder().decode(a)).toBe('甲'.repeat(100));
    const file = bytes(articleMarkdown({ title: '卡塔爾', body: '[[zh:卡塔爾]]與[[zh:哈馬斯]]談判。' }));
    const content = encodeImport(parseArticle(file), file);
    const parsed = parseArticle(file);
    expect(decodeStoredDoc(new TextDecoder().decode(content.docJson), parsed.text)).toEqual(parsed.doc);
    expect(new TextDecoder().decode(content.text)).toBe(parsed.text);
    // The search row is folded to simplified.
    expect(content.searchTitle).toBe('卡塔尔');
    expect(new TextDecoder().decode(content.searchBody)).toBe(parsed.text.replace('卡塔爾與哈馬斯談判', '卡塔尔与哈马斯谈判'));
    // Document, text, source map, folded search text and link occurrences, in one buffer.
    expect(transferableBuffers(content)).toHaveLength(1);
    expect(content.docJson.buffer).toBe(content.searchBody.buffer);
  });

  it('indexes a simplified text from its own bytes, and lists each buffer once for the worker to move', () => {
    const file = bytes(articleMarkdown({ title: '卡塔尔', body: '[[zh:卡塔尔]]与[[zh:哈马斯]]谈判。' }));
    const content = encodeImport(parseArticle(file), file);
    expect(new TextDecoder().decode(content.searchBody)).toBe(parseArticle(file).text);
    // A buffer listed twice in a transfer list makes postMessage throw.
    expect(transferableBuffers(content)).toHaveLength(1);
    expect(content.searchBody).toBe(content.text);
    const received = structuredClone(content, { transfer: transferableBuffers(content) });
    expect(new TextDecoder().decode(received.searchBody)).toBe(new TextDecoder().decode(received.text));
  });
});
