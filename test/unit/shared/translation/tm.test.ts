import { describe, expect, it } from 'vitest';
import { concordance, fuzzyScore, searchMemory, TranslationMemoryIndex } from '../../../../shared/translation/tm';

const SENTENCE = '卡塔尔再次成为全球外交的前沿和中心这一次是'; // 21 characters

describe('fuzzyScore', () => {
  it('scores identical sentences 100, also after width, white-space and punctuation normalisation', () => {
    expect(fuzzyScore(SENTENCE, SENTENCE)).toBe(100);
    expect(fuzzyScore('卡塔尔，美国（CNN）。', '卡塔尔,美国 (CNN).')).toBe(100);
    expect(fuzzyScore('“关键”他说', '"关键" 他说')).toBe(100);
    expect(fuzzyScore('Qatar  is\na   small state.', 'Qatar is a small state.')).toBe(100);
    expect(fuzzyScore('ＡＢＣ新闻报道', 'ABC新闻报道')).toBe(100);
  });

  it('gives about 95 for one changed character in a 20-character Chinese sentence', () => {
    const s = SENTENCE.slice(0, 20);
    const changed = `${s.slice(0, 9)}政${s.slice(10)}`;
    expect(changed).toHaveLength(20);
    expect(fuzzyScore(s, changed)).toBe(95);
    expect(fuzzyScore(s, s.slice(0, 19))).toBe(95);
  });

  it('compares English word by word, not character by character', () => {
    const a = 'Qatar has found itself in a delicate diplomatic position that has worked in its favour';
    // One word of 15 changed: 1 − 1/15 ≈ 93, however many letters the word has.
    expect(fuzzyScore(a, a.replace('delicate', 'tricky'))).toBe(93);
    expect(fuzzyScore(a, a.replace('delicate', 'delicatf'))).toBe(93);
    expect(fuzzyScore(a, a.replace('a delicate', 'an'))).toBeLessThan(93);
  });

  it('penalises a case-only difference a little and never calls a different sentence identical', () => {
    const score = fuzzyScore('Qatar is small.', 'qatar is small.');
    expect(score).toBeLessThan(100);
    expect(score).toBeGreaterThanOrEqual(98);
    expect(fuzzyScore('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九')).toBe(99);
  });

  it('scores unrelated sentences below 30', () => {
    expect(fuzzyScore(SENTENCE, '据知情人士透露，周三以色列与埃及达成协议')).toBeLessThan(30);
    expect(fuzzyScore('Qatar has found itself in a delicate position.', 'The hostages were released on Monday evening.')).toBeLessThan(30);
  });

  it('counts punctuation at half the weight of a character', () => {
    const base = '卡塔尔与哈马斯的关系是什么';
    const withComma = '卡塔尔与哈马斯的关系，是什么';
    const withChar = '卡塔尔与哈马斯的关系也是什么';
    expect(fuzzyScore(base, withComma)).toBeGreaterThan(fuzzyScore(base, withChar));
  });
});

describe('searchMemory', () => {
  const entries = [
    { source: '卡塔尔与哈马斯的关系是什么？', target: 'What is the relationship between Qatar and Hamas?' },
    { source: '卡塔尔与以色列的关系是什么？', target: 'What is the relationship between Qatar and Israel?' },
    { source: '据路透社报道，卡塔尔还向加沙的公共部门支付工资。', target: 'Qatar also pays public sector salaries in Gaza, Reuters reported.' },
    { source: '两国花了数年时间才修复关系。', target: 'It took years for the two countries to repair relations.' },
    { source: '卡塔尔与哈马斯的关系是什么？', target: 'What is the relationship between Qatar and Hamas?' },
  ];

  it('returns the best matches first with their scores, above the minimum score', () => {
    const matches = searchMemory('卡塔尔与哈马斯的关系是什么？', entries);
    expect(matches[0]).toMatchObject({ index: 0, score: 100 });
    expect(matches[1].index).toBe(1);
    // Three of 13 characters differ (哈马斯 / 以色列): 1 − 3/13.5 ≈ 78.
    expect(matches[1].score).toBe(78);
    expect(matches[1].score).toBeLessThan(100);
    // The duplicate of entry 0 is not offered twice, and unrelated entries stay below the default 50.
    expect(matches.map((m) => m.index)).toEqual([0, 1]);
  });

  it('honours minScore and limit', () => {
    expect(searchMemory('卡塔尔与哈马斯的关系是什么？', entries, { minScore: 95 }).map((m) => m.index)).toEqual([0]);
    expect(searchMemory('卡塔尔与哈马斯的关系是什么？', entries, { limit: 1 })).toHaveLength(1);
    expect(searchMemory('完全无关的句子在这里', entries)).toEqual([]);
  });

  it('finds short queries and English sources', () => {
    const en = [
      { source: 'Qatar', target: '卡塔尔' },
      { source: 'Qatar Airways', target: '卡塔尔航空' },
      { source: 'Hamas', target: '哈马斯' },
    ];
    const matches = searchMemory('Qatar', en);
    expect(matches.map((m) => [m.index, m.score])).toEqual([
      [0, 100],
      [1, 50],
    ]);
  });

  it('finds the same matches as scoring every entry, on a larger memory', () => {
    const chars = '卡塔尔哈马斯以色列美国埃及加沙外交关系人质谈判释放协议政府官员表示周三';
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const memory = Array.from({ length: 2000 }, (_, i) => {
      let s = '';
      const len = 8 + rand(20);
      for (let k = 0; k < len; k++) s += chars[rand(chars.length)];
      return { source: s, target: `t${i}` };
    });
    const index = new TranslationMemoryIndex(memory);
    for (let q = 0; q < 10; q++) {
      const base = memory[rand(memory.length)].source;
      const query = base.slice(0, base.length - 2) + chars[rand(chars.length)];
      const fast = index.search(query, { minScore: 60, limit: 5 }).map((m) => m.score);
      const slow = memory
        .map((e) => fuzzyScore(query, e.source))
        .filter((s) => s >= 60)
        .sort((a, b) => b - a)
        .slice(0, 5);
      expect(fast).toEqual(slow);
    }
  });
});

describe('concordance', () => {
  const entries = [
    { source: '卡塔尔与哈马斯的关系', target: 'Qatar’s relationship with Hamas' },
    { source: '这个海湾国家', target: 'the Gulf state of QATAR' },
    { source: '软件战争', target: 'software war' },
    { source: '全角ＱＡＴＡＲ', target: 'none' },
  ];

  it('finds a term on both sides with offsets into the original texts', () => {
    const hits = concordance('qatar', entries);
    expect(hits.map((h) => h.index)).toEqual([0, 1, 3]);
    const first = hits[0];
    expect(first.source).toEqual([]);
    expect(first.target).toEqual([{ start: 0, end: 5 }]);
    expect(entries[1].target.slice(hits[1].target[0].start, hits[1].target[0].end)).toBe('QATAR');
    // Full-width letters match and the offsets point at the full-width original.
    expect(entries[3].source.slice(hits[2].source[0].start, hits[2].source[0].end)).toBe('ＱＡＴＡＲ');
  });

  it('matches Chinese anywhere and English only at word boundaries', () => {
    expect(concordance('哈马斯', entries)[0].source).toEqual([{ start: 4, end: 7 }]);
    const war = concordance('war', entries);
    expect(war).toHaveLength(1);
    expect(war[0].target).toEqual([{ start: 9, end: 12 }]);
  });

  it('can search one side only', () => {
    expect(concordance('卡塔尔', entries, { side: 'target' })).toEqual([]);
    expect(concordance('卡塔尔', entries, { side: 'source' })).toHaveLength(1);
  });
});

describe('memory and concordance across traditional and simplified characters', () => {
  const entries = [
    { source: '巴拿马运河每年处理全球约 5% 的海运贸易量。', target: 'The Panama Canal handles about 5% of world maritime trade each year.' },
    { source: '據路透社報導，卡塔爾每月提供資金。', target: 'Qatar provides funds every month, Reuters reported.' },
  ];

  it('offers a mainland translation for the Taiwan spelling of the sentence, a little below an exact match', () => {
    const [hit] = searchMemory('巴拿馬運河每年處理全球約5%的海運貿易量。', entries);
    expect(hit.index).toBe(0);
    expect(hit.score).toBeGreaterThanOrEqual(90);
    expect(hit.score).toBeLessThan(100);
    expect(searchMemory('巴拿马运河每年处理全球约 5% 的海运贸易量。', entries)[0]).toMatchObject({ index: 0, score: 100 });
    expect(searchMemory('据路透社报道，卡塔尔每月提供资金。', entries)[0].index).toBe(1);
  });

  it('finds a term in either script, with offsets into the text as written', () => {
    const hits = concordance('巴拿馬運河', entries);
    expect(hits.map((h) => [h.index, h.source])).toEqual([[0, [{ start: 0, end: 5 }]]]);
    const reverse = concordance('卡塔尔', entries);
    expect(reverse.map((h) => h.index)).toEqual([1]);
    expect(entries[1].source.slice(reverse[0].source[0].start, reverse[0].source[0].end)).toBe('卡塔爾');
  });
});
