import { describe, expect, it } from 'vitest';
import { numberKeys } from '../../../../shared/align/numbers';

const keys = (text: string, lang: 'zh' | 'en') => new Set(numberKeys(text, lang).map((k) => k.key));
const shared = (zh: string, en: string) => [...keys(zh, 'zh')].filter((k) => keys(en, 'en').has(k));

describe('numberKeys', () => {
  it('makes 万 / 亿 amounts meet millions and billions', () => {
    expect(shared('每月 3000 万美元的家庭津贴', 'a $30 million monthly allowance')).toContain('n:30000000');
    expect(shared('解冻 60 亿美元的伊朗资金', 'unfreezing $6bn of Iranian funds')).toContain('n:6000000000');
    expect(shared('注册资本为 3440 亿元', 'capital of 344 billion yuan')).toContain('n:344000000000');
    expect(shared('总人口约 6.8 亿', 'about 680 million people')).toContain('n:680000000');
  });

  it('keeps years and plain counts exact', () => {
    expect(shared('2012年，它允许哈马斯设立办事处', 'In 2012 it let Hamas open an office')).toEqual(['n:2012']);
    expect(keys('2010 年', 'zh').has('n:2012')).toBe(false);
    expect(shared('至少 110 名外国护照持有者', 'at least 110 foreign passport holders')).toContain('n:110');
  });

  it('reads Chinese numerals and English number words', () => {
    expect(shared('四名人质——两名以色列人', 'four hostages, two of them Israelis')).toEqual(expect.arrayContaining(['n:4', 'n:2']));
    expect(shared('五名美国人获释', 'five Americans were freed')).toContain('n:5');
    expect(shared('百分之五', '5 percent')).toContain('n:5');
  });

  it('matches dates, months and weekdays across languages', () => {
    expect(shared('10 月 7 日袭击以色列', 'the October 7 attack on Israel')).toContain('md:10-7');
    expect(shared('10月13日', 'on Oct. 13')).toContain('md:10-13');
    expect(shared('九月，多哈达成协议', 'In September, Doha brokered a deal')).toContain('mo:9');
    expect(shared('周三', 'on Wednesday')).toContain('wd:3');
    // The month number is not a bare number: 10 月 must not meet "10 people".
    expect(keys('10 月', 'zh').has('n:10')).toBe(false);
  });

  it('reads a month abbreviation only with its stop or a day, and never in a name', () => {
    expect(shared('11 月 14 日至 17 日', '(Nov. 14-17)')).toContain('md:11-14');
    expect(shared('1 月 30 日', 'on Jan 30')).toContain('md:1-30');
    expect(keys('Reporting by Ho Ka-lok; editing by Mark St. John Jr.', 'en').size).toBe(0);
    expect(keys('Jan Smith and Marty Decker met Junior.', 'en').size).toBe(0);
  });

  it('reads traditional Chinese like simplified: 週二, 禮拜三, 萬, 億', () => {
    expect(shared('截至週二晚間 8 時', 'as of 8 p.m. Tuesday')).toEqual(expect.arrayContaining(['n:8', 'wd:2']));
    expect(shared('禮拜三', 'on Wednesday')).toContain('wd:3');
    expect(shared('全臺約 3.5 萬戶停電', 'about 35,000 households')).toContain('n:35000');
    expect(shared('農損達新臺幣 1.2 億元', 'losses of NT$120 million')).toContain('n:120000000');
  });

  it('reads a year written digit by digit (二〇二四年) as the year, not as a count', () => {
    expect(shared('二〇二四年的施政報告', 'the 2024 Policy Address')).toEqual(['n:2024']);
    expect(keys('一九九七年', 'zh')).toEqual(new Set(['n:1997']));
  });

  it('makes English fractions meet 三分之一 and friends', () => {
    expect(shared('码头作业人员减少三分之一', 'a third fewer workers')).toContain('n:33.3');
    expect(shared('三分之二的受访者', 'two-thirds of those polled')).toContain('n:66.7');
    expect(shared('四分之一', 'one quarter')).toContain('n:25');
  });

  it('does not invent numbers in text without any', () => {
    expect(numberKeys('卡塔尔与哈马斯的关系可能会成为一种负担。', 'zh')).toEqual([]);
    expect(numberKeys('Some say its ties to Hamas could become a liability.', 'en')).toEqual([]);
  });
});
