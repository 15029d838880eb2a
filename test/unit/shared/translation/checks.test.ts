import { describe, expect, it } from 'vitest';
import type { CheckKind, GlossaryTerm } from '../../../../shared/model/translation';
import { checkPairs } from '../../../../shared/translation/checks';
import { englishTermPattern } from '../../../../shared/translation/checkTerms';

const PUBLISHED = '2023-11-03T06:22:00Z';

function check(zh: string, en: string, kind: CheckKind, glossary: GlossaryTerm[] = []) {
  return checkPairs([{ zh, en }], { glossary, published: PUBLISHED, kinds: [kind] });
}

describe('number check', () => {
  const zh = '据路透社报道，卡塔尔还向加沙的公共部门支付工资，这是每月 3000 万美元的家庭津贴的一部分。';

  it('accepts the same amount written the English way', () => {
    expect(check(zh, 'Qatar also pays public sector salaries in Gaza, part of a $30 million monthly allowance, Reuters reported.', 'number')).toEqual([]);
  });

  it('names the unit of a measure and keeps the sign of a rate when they disagree', () => {
    const [quake] = check('土耳其发生里氏7.8级地震。', 'A 7.6-magnitude earthquake struck Turkey.', 'number');
    expect(quake.detail).toContain('7.8 magnitude but the English says 7.6 magnitude');
    const [rate] = check('日本央行维持-0.1%的利率。', 'The Bank of Japan kept its rate at 0.1%.', 'number');
    expect(rate.detail).toContain('-0.1%');
    expect(check('日本央行维持-0.1%的利率。', 'The Bank of Japan kept its rate at -0.1%.', 'number')).toEqual([]);
  });

  it('reports an amount off by a factor of ten, saying both normalised values', () => {
    const en = 'Qatar also pays public sector salaries in Gaza, part of a $300 million monthly allowance, Reuters reported.';
    const findings = check(zh, en, 'number');
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.detail).toContain('30,000,000 USD');
    expect(f.detail).toContain('300,000,000 USD');
    expect(f.pairIndex).toBe(0);
    expect(zh.slice(f.zhSpan?.start, f.zhSpan?.end)).toContain('3000 万美元');
    expect(en.slice(f.enSpan?.start, f.enSpan?.end)).toContain('$300 million');
  });

  it('tolerates rounding to fewer digits within 5%, but not a different figure', () => {
    expect(check('这笔交易价值 29.6 亿美元。', 'The deal is worth $3 billion.', 'number')).toEqual([]);
    expect(check('这笔交易价值 29 亿美元。', 'The deal is worth $2.9 billion.', 'number')).toEqual([]);
    expect(check('至少 110 名外国护照持有者离开加沙。', 'At least 100 foreign passport holders left Gaza.', 'number')).toHaveLength(1);
  });

  it('compares dates as dates, relative ones resolved against the publication date', () => {
    expect(check('哈马斯在 10 月 7 日袭击以色列。', 'Hamas attacked Israel on Oct. 7.', 'number')).toEqual([]);
    expect(check('周三，卡塔尔与美国协调。', 'On Wednesday, Qatar coordinated with the US.', 'number')).toEqual([]);
    const wrong = check('哈马斯在 10 月 7 日袭击以色列。', 'Hamas attacked Israel on Oct. 8.', 'number');
    expect(wrong).toHaveLength(1);
    expect(wrong[0].detail).toContain('2023-10-07');
    expect(wrong[0].detail).toContain('2023-10-08');
    expect(check('2017年年中，沙特阿拉伯与卡塔尔断交。', 'In 2017, Saudi Arabia cut ties with Qatar.', 'number')).toEqual([]);
  });

  it('reports a figure written with digits that is present on one side only', () => {
    const missing = check('至少 110 名外国护照持有者离开加沙。', 'Foreign passport holders left Gaza.', 'number');
    expect(missing).toHaveLength(1);
    expect(missing[0].detail).toMatch(/110.*not in the English/);
    const added = check('外国护照持有者离开加沙。', 'At least 110 foreign passport holders left Gaza.', 'number');
    expect(added).toHaveLength(1);
    expect(added[0].detail).toMatch(/"at least 110.*" \(110\) in the English is not in the Chinese/i);
  });

  it('compares spelled-out figures but does not report them when only one side has one', () => {
    expect(check('三名知情人士告诉美国有线电视新闻网。', 'Three people familiar with the matter told CNN.', 'number')).toEqual([]);
    expect(check('三名知情人士告诉美国有线电视新闻网。', 'Four people familiar with the matter told CNN.', 'number')).toHaveLength(1);
    expect(check('三名知情人士告诉美国有线电视新闻网。', 'People familiar with the matter told CNN.', 'number')).toEqual([]);
    expect(check('两国花了数年时间才修复关系。', 'It took the two countries years to repair ties.', 'number')).toEqual([]);
  });

  it('compares only month and day when a side leaves the year to be inferred', () => {
    expect(check('它们填补了去年 10 月出台的限制措施中的漏洞。', 'They close loopholes in restrictions issued last October.', 'number')).toEqual([]);
    expect(check('它们填补了 2022 年 10 月出台的限制措施中的漏洞。', 'They close loopholes in restrictions issued in October 2023.', 'number')).toHaveLength(1);
  });

  it('does not check the figures of an English addition', () => {
    expect(check('', 'About 300,000 people died in Darfur in the early 2000s.', 'number')).toEqual([]);
  });

  it('lets a vague figure agree with any figure it can mean, and only those', () => {
    for (const [zh, en] of [
      ['数万人逃离。', 'Tens of thousands fled.'],
      ['战争已造成数十万人流离失所。', 'The war has displaced hundreds of thousands of people.'],
      ['上万人逃离。', 'Tens of thousands of people fled.'],
      ['十几名记者遇难。', 'Over a dozen journalists were killed.'],
      ['数百名抗议者聚集。', 'Hundreds of protesters gathered.'],
    ]) {
      expect(check(zh, en, 'number'), zh).toEqual([]);
    }
    expect(check('数百名抗议者聚集。', '5,000 protesters gathered.', 'number')).toHaveLength(1);
    // An explicit range is two figures: a single figure inside it is still a different statement.
    expect(check('3 万至 5 万人逃离。', '40,000 people fled.', 'number')).toHaveLength(1);
  });

  it('reports a different currency or rate', () => {
    expect(check('每月 3000 万美元', '30 million euros a month', 'number')).toHaveLength(1);
    const rate = check('每月 3000 万美元', '$30 million a year', 'number');
    expect(rate).toHaveLength(1);
    expect(rate[0].detail).toContain('a year');
  });
});

describe('term check', () => {
  const glossary: GlossaryTerm[] = [
    { zh: '卡塔尔', en: 'Qatar', source: 'wiki-link' },
    { zh: '美国', en: 'United States', source: 'user' },
    { zh: '美国国务卿', en: 'Secretary of State', source: 'user' },
    { zh: '盟友', en: 'ally', source: 'user' },
    { zh: '国家', en: 'country', source: 'wiki-link' },
    { zh: '以色列', en: 'Israel', source: 'wiki-link' },
  ];

  it('accepts the term in any case, plural, possessive or across a line break', () => {
    expect(check('卡塔尔的努力', 'QATAR’s efforts', 'term', glossary)).toEqual([]);
    expect(check('卡塔尔的努力', "Qatar's efforts", 'term', glossary)).toEqual([]);
    expect(check('美国的盟友', 'allies of the United\nStates', 'term', glossary)).toEqual([]);
  });

  it('reports a glossary term whose English is missing, with its place in the Chinese', () => {
    const findings = check('据知情人士透露，卡塔尔与美国协调。', 'Sources said Doha coordinated with the United States.', 'term', glossary);
    expect(findings).toHaveLength(1);
    expect(findings[0].detail).toBe('卡塔尔 should be translated as "Qatar", which the English does not contain');
    expect(findings[0].zhSpan).toEqual({ start: 8, end: 11 });
  });

  it('checks the longest term and not the shorter one inside it', () => {
    expect(check('美国国务卿布林肯', 'Secretary of State Blinken', 'term', glossary)).toEqual([]);
  });

  it('does not match a short term inside a longer word', () => {
    expect(check('国家安全顾问表示', 'The national security adviser said', 'term', glossary)).toEqual([]);
    expect(check('两名以色列人获释', 'Two Israelis were released', 'term', glossary)).toEqual([]);
    expect(check('这个海湾国家', 'this Gulf state', 'term', glossary)).toHaveLength(1);
  });

  it('does not accept the English inside a longer word', () => {
    expect(check('卡塔尔', 'Qatarization', 'term', glossary)).toHaveLength(1);
    expect(englishTermPattern('party').test('parties')).toBe(true);
    expect(englishTermPattern('Israel').test('Israeli forces')).toBe(true);
    expect(englishTermPattern('America').test('American technology')).toBe(true);
    expect(englishTermPattern('Egypt').test('two Egyptians')).toBe(true);
    expect(englishTermPattern('country').test('countryside')).toBe(false);
    expect(englishTermPattern('U.S.').test('the U.S. said')).toBe(true);
  });
});

describe('untranslated and same-as-source', () => {
  it('reports an empty English side and nothing else for that pair', () => {
    const findings = checkPairs([{ zh: '卡塔尔（多哈）', en: '  ' }], { glossary: [{ zh: '卡塔尔', en: 'Qatar', source: 'user' }] });
    expect(findings.map((f) => f.kind)).toEqual(['untranslated']);
  });

  it('flags nothing in English that has no Chinese (numbers and quotation marks have nothing to agree with)', () => {
    const pairs = [
      { zh: '', en: 'Maersk said it would open a "land bridge" service for 38 ships.' },
      { zh: '马士基表示，将为38艘船开通“陆桥”服务。', en: 'Maersk said it would open a "land bridge" service for 83 ships.' },
    ];
    expect(checkPairs(pairs, { glossary: [] }).map((f) => [f.pairIndex, f.kind])).toEqual([[1, 'number']]);
  });

  it('reports Chinese left in the English', () => {
    const findings = check('卡塔尔与哈马斯', 'Qatar and 哈马斯', 'untranslated');
    expect(findings).toHaveLength(1);
    expect(findings[0].detail).toContain('哈马斯');
    expect(findings[0].enSpan).toEqual({ start: 10, end: 13 });
    expect(check('卡塔尔与哈马斯', 'Qatar and Hamas', 'untranslated')).toEqual([]);
  });

  it('reports an English side identical to the Chinese, ignoring white space', () => {
    expect(checkPairs([{ zh: '卡塔尔与 哈马斯', en: '卡塔尔与哈马斯' }], { glossary: [] }).map((f) => f.kind)).toEqual(['same-as-source']);
    // Identical Latin text (a name, a figure) is fine.
    expect(checkPairs([{ zh: 'Al-Qahera', en: 'Al-Qahera' }], { glossary: [] })).toEqual([]);
  });

  it('does not report an English addition with no Chinese', () => {
    expect(checkPairs([{ zh: '', en: 'Additional reporting by CNN.' }], { glossary: [] })).toEqual([]);
  });
});

describe('bracket check', () => {
  it('accepts full-width brackets and quotes rendered as ASCII ones', () => {
    expect(check('哈内格比在 X（前身为 Twitter）上写道。', 'Hanegbi wrote on X (formerly Twitter).', 'brackets')).toEqual([]);
    expect(check('“此时卡塔尔的外交努力至关重要，”哈内格比写道。', '"Qatar\'s diplomatic efforts are crucial at this time," Hanegbi wrote.', 'brackets')).toEqual([]);
    expect(check('「关键」', '“key”', 'brackets')).toEqual([]);
  });

  it('reports an unbalanced bracket in the English', () => {
    const findings = check('哈内格比在 X（前身为 Twitter）上写道。', 'Hanegbi wrote on X (formerly Twitter.', 'brackets');
    expect(findings).toHaveLength(1);
    expect(findings[0].detail).toContain('Unbalanced brackets');
    expect(findings[0].enSpan).toEqual({ start: 19, end: 20 }); // the unmatched (
    expect(check('“关键”', '"key', 'brackets')[0].detail).toContain('quotation marks');
    expect(check('（关键）', ')key(', 'brackets')[0].detail).toContain('before opening');
  });

  it('accepts a quotation left open on both sides, as one sentence of a longer quote', () => {
    expect(check('“在这个地方，卡塔尔垄断了这种关系。', '“In this place, Qatar has monopolised this relationship.', 'brackets')).toEqual([]);
  });

  it('reports a different number of pairs, allowing title marks to become quotes or nothing', () => {
    expect(check('X（前身为 Twitter）', 'X, formerly Twitter', 'brackets')[0].detail).toBe('The Chinese has 1 pair of brackets, the English 0');
    expect(check('《华盛顿邮报》称', 'The Washington Post said', 'brackets')).toEqual([]);
    expect(check('《华盛顿邮报》称', 'The "Washington Post" said', 'brackets')).toEqual([]);
    expect(check('他说', 'He said "no"', 'brackets')).toHaveLength(1);
  });
});

describe('checkPairs', () => {
  it('reports findings in pair order with the pair index and both texts', () => {
    const pairs = [
      { zh: '卡塔尔与哈马斯', en: 'Qatar and Hamas' },
      { zh: '至少 110 名外国人', en: 'At least 11 foreigners' },
      { zh: '哈马斯', en: '' },
    ];
    const findings = checkPairs(pairs, { glossary: [], published: PUBLISHED });
    expect(findings.map((f) => [f.pairIndex, f.kind])).toEqual([
      [1, 'number'],
      [2, 'untranslated'],
    ]);
    expect(findings[0]).toMatchObject({ zh: pairs[1].zh, en: pairs[1].en });
  });
});
