import { describe, expect, it } from 'vitest';
import { countEntities, countPages, samePage, wikiPageKey } from '../../../../shared/text/wikiTitle';

const link = (target: string, lang = 'en') => ({ lang, target });

describe('which Wikipedia page a wiki-link names', () => {
  it('reads underscores and runs of spaces as one space, trims, and capitalises the first letter, as MediaWiki does', () => {
    expect(wikiPageKey('en', 'New_York')).toBe(wikiPageKey('en', 'New York'));
    expect(wikiPageKey('en', '  New   York ')).toBe(wikiPageKey('en', 'New York'));
    expect(wikiPageKey('en', 'new York')).toBe(wikiPageKey('en', 'New York'));
    expect(wikiPageKey('en', 'élysée Palace')).toBe(wikiPageKey('en', 'Élysée Palace'));
    // Only the first letter: the rest of a title is case-sensitive on Wikipedia.
    expect(wikiPageKey('en', 'New york')).not.toBe(wikiPageKey('en', 'New York'));
    expect(wikiPageKey('en', 'Qatar#Economy')).toBe(wikiPageKey('en', 'Qatar'));
  });

  it('treats traditional and simplified titles on the Chinese Wikipedia as one page, and only there', () => {
    expect(wikiPageKey('zh', '卡塔爾')).toBe(wikiPageKey('zh', '卡塔尔'));
    expect(wikiPageKey('zh', '美國國務卿')).toBe(wikiPageKey('zh', '美国国务卿'));
    expect(wikiPageKey('ja', '國務長官')).not.toBe(wikiPageKey('ja', '国务长官'));
    expect(wikiPageKey('zh-classical', '國')).not.toBe(wikiPageKey('zh-classical', '国'));
  });

  it('does not merge titles that differ only where the simplified form stands for something else', () => {
    // 麵 (noodles) -> 面, which is also "face"; 發 and 髮 both -> 发; 後 -> 后, which is also "queen".
    expect(wikiPageKey('zh', '麵')).not.toBe(wikiPageKey('zh', '面'));
    expect(wikiPageKey('zh', '頭髮')).not.toBe(wikiPageKey('zh', '頭發'));
    expect(wikiPageKey('zh', '皇後')).not.toBe(wikiPageKey('zh', '皇后'));
    // The rest of such a title still folds: 半島電視台 = 半岛电视台.
    expect(wikiPageKey('zh', '半島電視台')).toBe(wikiPageKey('zh', '半岛电视台'));
  });

  it('keeps links that are only a section (or spaces) apart, and capitalises the Turkic way on Turkic wikis', () => {
    expect(wikiPageKey('en', '#History')).not.toBe(wikiPageKey('en', '#Economy'));
    expect(countEntities([link('#History'), link('#Economy')])).toHaveLength(2);
    expect(wikiPageKey('tr', 'incir')).toBe(wikiPageKey('tr', 'İncir'));
    expect(wikiPageKey('tr', 'incir')).not.toBe(wikiPageKey('tr', 'Incir'));
    expect(wikiPageKey('en', 'iPod')).toBe(wikiPageKey('en', 'IPod'));
  });

  it('gives a plain title (Han characters, ASCII without spaces) the same key as the same title written with spaces around it', () => {
    // Plain titles take a shorter path; titles with spaces or other characters take the general one. They must agree.
    expect(wikiPageKey('en', 'qatar')).toBe(wikiPageKey('en', ' Qatar '));
    expect(wikiPageKey('EN', 'qatar')).toBe(wikiPageKey('en', 'Qatar_'));
    expect(wikiPageKey('zh', '卡塔爾')).toBe(wikiPageKey('zh', ' 卡塔尔\u3000'));
    expect(wikiPageKey('zh', 'g7峰會')).toBe(wikiPageKey('zh', 'G7峰会 '));
    expect(wikiPageKey('az', 'incir')).toBe(wikiPageKey('az', ' İncir'));
    expect(wikiPageKey('en', 'QATAR')).not.toBe(wikiPageKey('en', 'Qatar'));
  });

  it('keeps pages of different languages and different titles apart', () => {
    expect(samePage(link('Qatar'), link('Qatar', 'de'))).toBe(false);
    expect(samePage(link('以色列', 'zh'), link('伊朗', 'zh'))).toBe(false);
    expect(samePage(link('New_York'), link('New York'))).toBe(true);
    expect(samePage(null, link('Qatar'))).toBe(false);
  });

  it('counts one entity per page, shown by its most used spelling, with the others as variants', () => {
    const entities = countEntities([link('卡塔尔', 'zh'), link('New_York'), link('卡塔爾', 'zh'), link('卡塔尔', 'zh'), link('New York'), link('Doha')]);
    expect(entities).toEqual([
      { lang: 'zh', target: '卡塔尔', count: 3, variants: ['卡塔爾'] },
      // A tie: the spelling met first is shown.
      { lang: 'en', target: 'New_York', count: 2, variants: ['New York'] },
      { lang: 'en', target: 'Doha', count: 1 },
    ]);
    expect(countEntities([{ lang: 'en', target: 'New York', count: 5 }, { lang: 'en', target: 'New_York', count: 7 }])).toEqual([
      { lang: 'en', target: 'New_York', count: 12, variants: ['New York'] },
    ]);
    expect(countPages([link('New_York'), link('New York'), link('Doha'), link('卡塔爾', 'zh'), link('卡塔尔', 'zh')])).toBe(3);
    expect(countEntities([])).toEqual([]);
  });
});

describe('entities named by page', () => {
  const at = (target: string, count = 1) => ({ lang: 'en', target, count });
  it('names an entity without a section when one spelling has none, even if a section spelling is used more', () => {
    expect(countEntities([at('Qatar#Economy', 3), at('Qatar', 1)])).toEqual([{ lang: 'en', target: 'Qatar', count: 4, variants: ['Qatar#Economy'] }]);
  });
  it('names it by the page part when every link goes to a section', () => {
    expect(countEntities([at('2019冠狀病毒病香港疫情#第三波', 2), at('2019冠狀病毒病香港疫情#第一波', 1)])).toEqual([
      { lang: 'en', target: '2019冠狀病毒病香港疫情', count: 3, variants: ['2019冠狀病毒病香港疫情#第三波', '2019冠狀病毒病香港疫情#第一波'] },
    ]);
  });
  it('keeps a link to a section of the same page as it is written', () => {
    expect(countEntities([at('#History')])).toEqual([{ lang: 'en', target: '#History', count: 1 }]);
  });
});
