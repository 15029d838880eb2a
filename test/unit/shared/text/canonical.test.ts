import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { canonicalText, documentFacts, documentFromJSON, offsetToPos, posToOffset } from '../../../../shared/text/canonical';

describe('canonical text', () => {
  const article = parseArticleText('Intro **bold [[zh:卡塔尔]]** end.\n\n![](x.png)\n\n> 引用\n> 第二行\n\n- item  \n  broken');
  const doc = documentFromJSON(article.doc);
  const canonical = canonicalText(doc);

  it('joins blocks with a blank line, keeps line breaks, skips image-only blocks', () => {
    expect(canonical.text).toBe('Intro bold 卡塔尔 end.\n\n引用\n第二行\n\nitem\nbroken');
    expect(article.text).toBe(canonical.text);
  });

  it('maps every offset to a document position holding the same character, and back', () => {
    for (let offset = 0; offset < canonical.text.length; offset++) {
      const ch = canonical.text[offset];
      if (ch === '\n' && (canonical.text[offset + 1] === '\n' || canonical.text[offset - 1] === '\n')) continue;
      const pos = offsetToPos(canonical, offset);
      const fromDoc = doc.textBetween(pos, pos + 1, '', '\n');
      if (ch !== '\n') expect(fromDoc).toBe(ch);
      expect(posToOffset(canonical, pos)).toBe(offset);
    }
  });

  it('selects the same text through positions as through offsets', () => {
    const start = canonical.text.indexOf('卡塔尔');
    const from = offsetToPos(canonical, start);
    const to = offsetToPos(canonical, start + 3, -1);
    expect(doc.textBetween(from, to)).toBe('卡塔尔');
    const para2 = canonical.text.indexOf('引用');
    expect(doc.textBetween(offsetToPos(canonical, para2), offsetToPos(canonical, para2 + 6, -1), '\n', '\n')).toBe('引用\n第二行');
  });

  it('documentFacts gives the same text and links as the importer', () => {
    const facts = documentFacts(article.doc);
    expect(facts.text).toBe(article.text);
    expect(facts.wikiLinks).toEqual(article.wikiLinks);
  });

  it('counts a link split by bold inside it once', () => {
    const link = { type: 'wikiLink', attrs: { lang: 'zh', target: '卡塔尔' } };
    const facts = documentFacts({
      type: 'doc',
      content: [{ type: 'paragraph', content: [
        { type: 'text', text: '卡', marks: [link] },
        { type: 'text', text: '塔', marks: [link, { type: 'strong' }] },
        { type: 'text', text: '尔', marks: [link] },
        { type: 'text', text: ' x' },
      ] }],
    });
    expect(facts.wikiLinks).toEqual([{ start: 0, end: 3, lang: 'zh', target: '卡塔尔' }]);
  });
});
