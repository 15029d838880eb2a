/**
 * Session 11's held-out cases for the number check: figures that disagree between the Chinese and the English in the
 * ways real translations get them wrong (a 万 or 亿 read as a different power of ten, a dropped percentage, 成 for
 * tenths), and the same figures written differently but meaning the same (3000万 / 30 million, 1,500 億 / 150
 * billion, 两 / two), which must stay quiet. The first block was written as expectations before the checks were read
 * (and passed as they were); the second from what the check got wrong on the gold-aligned articles.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CheckKind } from '../../../../shared/model/translation';
import { checkPairs } from '../../../../shared/translation/checks';
import { readGoldDocs } from '../../../fixtures/alignGold';

const PUBLISHED = '2024-02-28T08:00:00Z';

function check(zh: string, en: string, kind: CheckKind = 'number') {
  return checkPairs([{ zh, en }], { glossary: [], published: PUBLISHED, kinds: [kind] });
}

describe('figures that disagree', () => {
  it('reports 万 read as a different power of ten', () => {
    const [f, ...rest] = check('该项目耗资 3000 万元。', 'The project cost 3 million yuan.');
    expect(rest).toEqual([]);
    expect(f.detail).toContain('30,000,000');
    expect(f.detail).toContain('3,000,000');
    expect(check('该项目耗资3000万元。', 'The project cost 30 million yuan.')).toEqual([]);
  });

  it('reports 亿 with a decimal read as a different power of ten', () => {
    const [f, ...rest] = check('政府紧急下拨 1.5 亿元救灾资金。', 'The government allocated 15 million yuan in relief.');
    expect(rest).toEqual([]);
    expect(f.detail).toContain('150,000,000');
    expect(check('政府紧急下拨 1.5亿元救灾资金。', 'The government allocated 150 million yuan in relief.')).toEqual([]);
    expect(check('總經費約新臺幣 1,500 億元。', 'The total cost is about NT$150 billion.')).toEqual([]);
    expect(check('全臺已有約 3.5 萬戶停電。', 'About 35,000 households had lost power.')).toEqual([]);
  });

  it('reports a percentage the English drops or changes', () => {
    const dropped = check('美国 11 月新增就业 19.9 万个，失业率降至 3.7%。', 'The U.S. economy added 199,000 jobs in November, and unemployment dipped.');
    expect(dropped).toHaveLength(1);
    expect(dropped[0].detail).toContain('3.7%');
    expect(check('失业率降至 3.7%。', 'Unemployment dipped to 3.7 percent.')).toEqual([]);
    expect(check('失业率降至 3.7%。', 'Unemployment dipped to 37%.')).toHaveLength(1);
  });

  it('reads 成 as tenths', () => {
    expect(check('中央政府負擔約 4 成。', 'The central government will pay roughly 40%.')).toEqual([]);
    expect(check('約四成觀眾是 35 歲以下。', 'About 40% are under 35.')).toEqual([]);
    expect(check('約四成觀眾是 35 歲以下。', 'About 30% are under 35.')).toHaveLength(1);
  });

  it('compares 两 with two and percentage points with percentage points', () => {
    expect(check('两名乘客受伤。', 'Two passengers were injured.')).toEqual([]);
    expect(check('两名乘客受伤。', 'Three passengers were injured.')).toHaveLength(1);
    expect(check('预计明年将累计降息 0.75 个百分点。', 'They expect to cut rates by 0.75 percentage point next year.')).toEqual([]);
    expect(check('预计明年将累计降息 0.75 个百分点。', 'They expect to cut rates by 0.5 percentage point next year.')).toHaveLength(1);
  });

  it('keeps decimals, prices and ranges that agree quiet', () => {
    expect(check('周四，英伟达股价上涨 2.3%，报 504.09 美元。', "Nvidia's shares rose 2.3% to $504.09 on Thursday.")).toEqual([]);
    expect(check('其价格预计在 1.2 万至 1.5 万美元之间。', 'Its price is expected to be between $12,000 and $15,000.')).toEqual([]);
    expect(check('据估计，2022 年疟疾造成约 60.8 万人死亡。', 'Malaria killed an estimated 608,000 people in 2022.')).toEqual([]);
  });
});

/**
 * Forms found by running the check over the gold-aligned pairs of test/fixtures/align, align-heldout10 and
 * align-heldout11 (where the figures agree): before session 11 it raised 61 findings there, almost all false.
 */
describe('the same figure written another way', () => {
  it('compares times of day, with or without a.m./p.m.', () => {
    expect(check('根据协议，停火将于周一晚上 9 时 45 分生效。', 'Under the agreement, the truce takes effect at 9:45 p.m. on Monday.')).toEqual([]);
    expect(check('嫦娥六号于 5 月 3 日 17 时 27 分发射。', "Chang'e-6 was launched at 5:27 p.m. on May 3.")).toEqual([]);
    expect(check('我每晚到十點才回家。', "We don't get home until 10 p.m.")).toEqual([]);
    const wrong = check('根据协议，停火将于周一晚上 9 时 45 分生效。', 'Under the agreement, the truce takes effect at 9:15 p.m. on Monday.');
    expect(wrong).toHaveLength(1);
    expect(wrong[0].detail).toContain('21:45');
    expect(wrong[0].detail).toContain('21:15');
    // A time the translator added is still reported.
    expect(check('乘客最终于凌晨被送到安全地带。', 'The passengers were taken to safety at around 4 a.m.')[0].detail).toContain('04:00');
    // An index level is no time.
    expect(check('道指首次收于 37000 点上方。', 'The Dow closed above 37,000 for the first time.')).toEqual([]);
  });

  it('compares race times', () => {
    expect(check('第一名：基普罗蒂奇，2 小时 6 分 12 秒；', '1st: Kiprotich, 2:06:12;')).toEqual([]);
    expect(check('第一名：基普罗蒂奇，2 小时 6 分 12 秒；', '1st: Kiprotich, 2:06:21;')).toHaveLength(1);
  });

  it('reads No. 5, centuries, ranges in two figures and numbers in words', () => {
    expect(check('位于梅山港区的 5 号泊位于 10 月底投产。', 'Berth No. 5 at the Meishan terminal went into service at the end of October.')).toEqual([]);
    expect(check('位于梅山港区的 5 号泊位于 10 月底投产。', 'Berth No. 6 at the Meishan terminal went into service at the end of October.')).toHaveLength(1);
    expect(check('受今年第 5 号台风影响，京津冀 7 月 29 日起出现强降雨。', "Hebei has been hit by rain since July 29, brought by the year's No. 5 typhoon.")).toEqual([]);
    expect(check('修復 19 世紀的彩色玻璃窗；', 'restoring the 19th-century stained-glass windows;')).toEqual([]);
    expect(check('修復 19 世紀的彩色玻璃窗；', 'restoring the 18th-century stained-glass windows;')).toHaveLength(1);
    expect(check('北京气温在 8 至 15 摄氏度之间。', 'Temperatures ranged from 8 to 15 C.')).toEqual([]);
    expect(check('今年新开了 12 条国际航线，其中 5 条通往沙特。', 'We opened 12 new routes, five of them to Saudi Arabia.')).toEqual([]);
  });

  it('compares ordinals exactly', () => {
    expect(check('比赛第 22 分钟，阿菲夫主罚点球命中。', 'Afif converted a penalty in the 22nd minute.')).toEqual([]);
    expect(check('比赛第 22 分钟，阿菲夫主罚点球命中。', 'Afif converted a penalty in the 21st minute.')).toHaveLength(1);
    // 70 would pass as 71 rounded; an ordinal is never rounded.
    expect(check('第 71 屆澳門格蘭披治大賽車週日落幕。', 'The 70th Macau Grand Prix ended on Sunday.')).toHaveLength(1);
    expect(check('第一名：基普罗蒂奇，2 小时 6 分 12 秒；', '1st: Kiprotich, 2:06:12;')).toEqual([]);
    expect(check('生产者价格指数已连续 12 个月负增长。', 'Producer prices fell for the 12th consecutive month.')).toEqual([]);
  });

  it('lets a bare 元 be Hong Kong or Taiwan dollars, but not US dollars, and 人民币 only yuan', () => {
    expect(check('寬減差餉，每戶每季上限 1,000 元；', 'a waiver of rates, capped at HK$1,000 per quarter;')).toEqual([]);
    expect(check('違者每次最高可罰 30 萬元。', 'Fines are up to NT$300,000 for each violation.')).toEqual([]);
    expect(check('寬減差餉，每戶每季上限 1,000 元；', 'a waiver of rates, capped at US$1,000 per quarter;')).toHaveLength(1);
    expect(check('上限为人民币 1,000 元。', 'It is capped at HK$1,000.')).toHaveLength(1);
    expect(check('按揭利率仍處於 4 厘左右的高位。', 'Mortgage rates remain high at about 4%.')).toEqual([]);
  });

  it('does not report a conversion the translator added in brackets', () => {
    expect(check('财政部紧急下拨 1.5 亿元救灾资金。', 'The ministry allocated 150 million yuan ($21 million) in relief.')).toEqual([]);
    expect(check('集团计划再投资 120 亿元。', 'The group plans to invest another 12 billion yuan (about $1.7 billion).')).toEqual([]);
  });

  it('reads 增加一倍 as double', () => {
    expect(check('过去十年，酷热夜晚数目增加了一倍。', 'Over the past decade, the number of hot nights has doubled.')).toEqual([]);
    expect(check('协议呼吁到 2030 年将可再生能源装机容量增加两倍。', 'The agreement calls for tripling renewable capacity by 2030.')).toEqual([]);
    expect(check('这一数字约为人均国内生产总值的 6.9 倍。', 'That is about 6.9 times per capita GDP.')).toEqual([]);
    expect(check('协议呼吁到 2030 年将可再生能源装机容量增加两倍。', 'The agreement calls for quadrupling renewable capacity by 2030.')).toHaveLength(1);
    // "three times" may count occurrences, as 3 次 does.
    expect(check('安全車出動 3 次。', 'The safety car came out three times.')).toEqual([]);
  });
});

describe('figures over whole articles', () => {
  it('raises only these findings on the gold-aligned pairs of the three gold folders', () => {
    const found: string[] = [];
    for (const folder of ['align', 'align-heldout10', 'align-heldout11']) {
      for (const d of readGoldDocs(fileURLToPath(new URL(`../../../fixtures/${folder}/`, import.meta.url)))) {
        const pairs = d.gold.map((b) => ({ zh: b.zh.map((i) => d.zh[i]).join(''), en: b.en.map((j) => d.en[j]).join(' ') }));
        for (const f of checkPairs(pairs, { glossary: [], published: '2024-05-03T08:00:00Z', kinds: ['number'] })) found.push(`${d.name}#${f.pairIndex}: ${f.detail}`);
      }
    }
    // Real differences (9 月 and 10+1 left out, "4 a.m." and "2022" added) and
    // readings still missing (二十多年 = "two decades", 1 美元 written in words in the English); 61 findings before
    // session 11 (on the nine documents held out then). 1.4 亿千瓦 against "140 GW" was listed here until session 14,
    // when units of one dimension came to be compared in their base unit (`unitScales.test.ts`).
    expect(found).toEqual([
      'diplomacy-summit#14: 10 (10) is not in the English',
      'diplomacy-summit#14: 1 (1) is not in the English',
      'economy-trade#4: 9 月 (2023-09) is not in the English',
      'economy-trade#44: 1 美元 (1 USD) is not in the English',
      'society-population#3: "2022" (2022) in the English is not in the Chinese',
      'beijing-floods#10: "4 a.m." (04:00) in the English is not in the Chinese',
    ]);
  });
});
