import { describe, expect, it } from 'vitest';
import { chineseLanguageTag } from '../../../../shared/text/chineseScript';

describe('chineseLanguageTag', () => {
  it('tags traditional text zh-Hant and simplified text zh-CN', () => {
    expect(chineseLanguageTag('長榮海運表示，每週約有38艘船舶經過蘇伊士運河。')).toBe('zh-Hant');
    expect(chineseLanguageTag('據路透社報導，卡塔爾每月向加沙提供3000萬美元。')).toBe('zh-Hant');
    expect(chineseLanguageTag('据路透社报道，卡塔尔每月向加沙提供3000万美元。')).toBe('zh-CN');
  });

  it('keeps a simplified text with one traditional name, and text with no Chinese, as zh-CN', () => {
    expect(chineseLanguageTag('据报道，台湾的“長榮”公司表示，今年运费上涨了三成，航运公司的利润大幅增加，股价也随之上涨。')).toBe('zh-CN');
    expect(chineseLanguageTag('Qatar pays $30M a month.')).toBe('zh-CN');
    expect(chineseLanguageTag('')).toBe('zh-CN');
  });
});
