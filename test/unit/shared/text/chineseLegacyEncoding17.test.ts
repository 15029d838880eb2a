import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../../../shared/markdown/decode';
import { parseArticle } from '../../../../shared/markdown/parseArticle';
import { decodeLegacyChinese, scoreChinese } from '../../../../shared/text/chineseLegacyEncoding';
import { encodeLegacy } from './legacyChineseBytes';

const BIG5_ARTICLE = '## 台灣新聞\n`2020年8月14日 王小明`\n\n台灣總統表示，經費為 5 億元。\n';
const TRADITIONAL =
  '## 香港立法會通過新法例\n`2021年3月5日 陳大文`\n\n立法會今日以大比數通過條例修訂，政府發言人表示，新法例將於下月生效。多名議員在會議上發言，認為條例有助維護社會穩定；亦有學者擔心，條例的範圍過於寬泛，可能影響新聞自由。\n';
const SIMPLIFIED =
  '## 卡塔尔如何在谈判中变得不可或缺\n`2023年11月3日 宝尹`\n\n波斯湾小国卡塔尔再次成为全球外交的前沿和中心，这一次是因为它努力调解协议，以释放哈马斯在袭击以色列时劫持的人质。\n';

describe('decodeLegacyChinese: GB18030 or Big5, whichever reads as Chinese (review 17, finding 3)', () => {
  it('reads a Big5 file as Big5, not as the GB18030 mojibake it also decodes to', () => {
    const bytes = encodeLegacy(BIG5_ARTICLE, 'big5');
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toBe(BIG5_ARTICLE); // the trap: it decodes
    expect(decodeLegacyChinese(bytes)).toMatchObject({ encoding: 'big5', text: BIG5_ARTICLE });
    expect(decodeLegacyChinese(encodeLegacy(TRADITIONAL, 'big5'))).toMatchObject({ encoding: 'big5', text: TRADITIONAL });
  });

  it('reads GBK simplified text as GB18030, also when the bytes happen to be valid Big5', () => {
    const bytes = encodeLegacy(SIMPLIFIED, 'gb18030');
    expect(decodeLegacyChinese(bytes)).toMatchObject({ encoding: 'gb18030', text: SIMPLIFIED });
    const gb2312Only = encodeLegacy('台湾总统表示，经费为五亿元。', 'gb18030');
    expect(new TextDecoder('big5', { fatal: true }).decode(gb2312Only)).toBeTruthy(); // the other trap
    expect(decodeLegacyChinese(gb2312Only)?.encoding).toBe('gb18030');
  });

  it('reads GB18030 four-byte sequences (an emoji, an extension-B character), which Big5 cannot', () => {
    const bytes = new Uint8Array([...encodeLegacy('卡塔尔是一个国家', 'gb18030'), 0x94, 0x39, 0xfc, 0x36, 0x95, 0x32, 0x82, 0x36]);
    expect(decodeLegacyChinese(bytes)).toMatchObject({ encoding: 'gb18030', text: '卡塔尔是一个国家😀𠀀' });
  });

  it('decides short files and files that are mostly ASCII', () => {
    expect(decodeLegacyChinese(encodeLegacy('台灣總統', 'big5'))?.text).toBe('台灣總統');
    expect(decodeLegacyChinese(encodeLegacy('台湾总统', 'gb18030'))?.text).toBe('台湾总统');
    expect(decodeLegacyChinese(encodeLegacy('新聞', 'big5'))?.text).toBe('新聞');
    const mixed = '## Taiwan news\n\nThe president of 台灣 said the budget is NT$500m (5 億元), up from last year.\n';
    expect(decodeLegacyChinese(encodeLegacy(mixed, 'big5'))).toMatchObject({ encoding: 'big5', text: mixed });
    const mixedGb = '## Qatar\n\nQatar (卡塔尔) said 240 hostages were held in Gaza, officials said on Tuesday.\n';
    expect(decodeLegacyChinese(encodeLegacy(mixedGb, 'gb18030'))).toMatchObject({ encoding: 'gb18030', text: mixedGb });
  });

  it('refuses what is not Chinese in either encoding', () => {
    expect(decodeLegacyChinese(new Uint8Array(Buffer.from('caf\u00e9 cr\u00e8me \u00e9t\u00e9', 'latin1')))).toBeNull();
  });

  it('scores a right decoding near 1 and a wrong one below 0', () => {
    const bytes = encodeLegacy(TRADITIONAL, 'big5');
    expect(scoreChinese(TRADITIONAL).score).toBeGreaterThan(0.9);
    expect(scoreChinese(new TextDecoder('gb18030').decode(bytes)).score).toBeLessThan(0);
  });
});

describe('decodeArticle and parseArticle on a Big5 file', () => {
  it('names Big5 in the warning and reads title, author and date', () => {
    const bytes = encodeLegacy(BIG5_ARTICLE, 'big5');
    const decoded = decodeArticle(bytes, 'enc-big5.md');
    expect(decoded.text).toBe(BIG5_ARTICLE);
    expect(decoded.utf8).toBe(false);
    expect(decoded.warnings).toEqual(['enc-big5.md is not UTF-8; it was read as Big5. Check the text, and save the file as UTF-8 to be sure.']);
    const article = parseArticle(bytes, { fileName: 'enc-big5.md' });
    expect(article.meta).toMatchObject({ title: '台灣新聞', author: '王小明' });
    expect(article.meta.published).toMatch(/^2020-08-1[34]/);
  });

  it('names GB18030 for a GBK file', () => {
    expect(decodeArticle(encodeLegacy(SIMPLIFIED, 'gb18030'), 'gbk.md').warnings[0]).toMatch(/it was read as GB18030\./);
  });
});
