/**
 * The wiki-link review reads a traditional article as it reads a simplified one: its lists of suffixes and particles
 * are written in simplified characters, and 長, 縣, 區, 與, 後 are the same characters in the other script.
 */
import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { reviewWikiLinks } from '../../../../shared/translation/linkReview';

/** A few CC-CEDICT headwords, in both scripts, as Glossa's dictionary answers for both. */
const WORDS = new Set(['外交部长', '外交部長', '彰化县', '彰化縣', '屯门区', '屯門區', '以色列人', '总统府', '總統府', '历史上', '歷史上']);
const isWord = (w: string): boolean => WORDS.has(w);

function review(body: string, withDictionary: boolean): [string, string, string, string[]][] {
  const article = parseArticleText(`## 标题\n\`2023-11-03 18:22\` 记者\n\n${body}。\n`);
  return reviewWikiLinks(article.text, article.wikiLinks, withDictionary ? { isWord } : {}).map((f) => [f.text, f.cut, f.word.text, f.fixes.map((x) => x.kind)]);
}

/** [simplified, traditional, the finding of both with and without a dictionary (none: null)]. */
const SAME: [string, string, [string, string] | null][] = [
  // 长 / 長 after a link is a bound suffix even without a dictionary: 外交部长 is the minister, not the ministry.
  ['[[zh:外交部]]长表示', '[[zh:外交部]]長表示', ['外交部长', '外交部長']],
  // 县 / 縣, 区 / 區 and 人 after a place leave the place the entity meant.
  ['[[zh:彰化]]县政府宣布', '[[zh:彰化]]縣政府宣布', null],
  ['[[zh:屯门]]区议员说', '[[zh:屯門]]區議員說', null],
  ['[[zh:以色列]]人说', '[[zh:以色列]]人說', null],
  // 上 after a word is a particle.
  ['[[zh:历史]]上第一次', '[[zh:歷史]]上第一次', null],
];

describe('wiki-link review of traditional text', () => {
  for (const withDictionary of [true, false]) {
    for (const [simplified, traditional, words] of SAME) {
      it(`reads ${traditional} as ${simplified}, ${withDictionary ? 'with' : 'without'} a dictionary`, () => {
        const linkText = (s: string): string => /\[\[zh:([^\]]+)\]\]/.exec(s)?.[1] ?? '';
        expect(review(simplified, withDictionary)).toEqual(words ? [[linkText(simplified), 'end', words[0], ['unlink', 'extend']]] : []);
        expect(review(traditional, withDictionary)).toEqual(words ? [[linkText(traditional), 'end', words[1], ['unlink', 'extend']]] : []);
      });
    }
  }

  it('does not take a traditional function character after a link for part of a word (與, 對, 將)', () => {
    for (const c of ['與', '對', '將', '為', '於']) {
      const found = review(`[[zh:卡塔爾]]${c}美國合作`, false);
      expect(found, c).toEqual([]);
    }
  });
});
