/**
 * What the review of session 15's claim rules found, each with variants beyond the example: a toll after "the two …"
 * is a figure, a wrong unit conversion in brackets is a figure of its own, 磅 in a price is the pound sterling, and
 * 折 after 分为 / 共有 / 第 is a part of a play, while 限时八折 is a discount.
 */
import { describe, expect, it } from 'vitest';
import { suggestClaims, toSuggestionJSON } from '../../../../shared/claims/suggest';

const PUBLISHED = '2024-05-14T00:00:00Z';
/** Each suggestion as `kind:text:value currency unit`. */
const found = (text: string): string[] =>
  suggestClaims(text, { published: PUBLISHED }).map(toSuggestionJSON).map((j) => `${j.kind}:${j.text}:${j.value ?? ''} ${j.currency ?? ''} ${j.unit ?? ''}`.trim());

describe('a small count after "the"', () => {
  it('is a toll when what follows says what happened to them', () => {
    expect(found('The two soldiers killed on Monday were buried.')).toContain('count:two soldiers:2  soldiers');
    expect(found('The three hostages released on Friday are in hospital.')).toContain('count:three hostages:3  hostages');
    expect(found('The two people who were injured were taken to hospital.')).toContain('count:two people:2  people');
    expect(found('Police said the three men arrested had been charged.')).toContain('count:three men:3  men');
  });

  it('is a reference back when nothing happened to them', () => {
    expect(found('The two leaders met in Paris.')).toEqual([]);
    expect(found('Those three countries account for 40% of exports.')).toEqual(['percent:40%:40  %']);
  });
});

describe('a measure restated in brackets', () => {
  it('is one suggestion when the two agree', () => {
    expect(found('It is 100 miles (160 km) long.').map((s) => s.split(':')[1])).toEqual(['100 miles']);
    expect(found('The rocket weighs 3,500 kg (7,716 lb).')).toHaveLength(1);
    expect(found('Temperatures could reach 45C (113F) on Friday.').filter((s) => s.includes('°'))).toHaveLength(1);
  });

  it('is two when the conversion is wrong: a translator\'s or writer\'s slip to check', () => {
    expect(found('It is 10 miles (26 km) long.').map((s) => s.split(':')[1])).toEqual(['10 miles', '26 km']);
    expect(found('Temperatures could reach 45C (100F) on Friday.').filter((s) => s.includes('°')).map((s) => s.split(':')[1])).toEqual(['45C', '100F']);
    expect(found('The trail is 5 km (5 miles) long.').map((s) => s.split(':')[1])).toEqual(['5 km', '5 miles']);
  });
});

describe('磅', () => {
  it('is the pound sterling in a fee, a wage or tens of thousands', () => {
    expect(found('曼聯以8000萬磅簽入該球員。')).toEqual(['money:8000萬磅:80000000 GBP']);
    expect(found('他的週薪為30萬磅。')).toEqual(['money:30萬磅:300000 GBP']);
    expect(found('球會需支付轉會費 500 磅以上的行政費。').some((s) => s.startsWith('money:') && s.includes('GBP'))).toBe(true);
  });

  it('is a weight otherwise', () => {
    expect(found('這條魚重7,716磅。')[0]).toMatch(/:7,716磅:7716 +lb$/);
    expect(found('該車載重3500磅。')[0]).toMatch(/:3500磅:3500 +lb$/);
  });
});

describe('折', () => {
  it('is a discount in a limited-time or store-wide sale', () => {
    expect(found('特斯拉Model 3限时八折。')).toEqual(['percent:八折:80  %']);
    expect(found('商场全场打8折。')).toEqual(['percent:8折:80  %']);
  });

  it('is a part of a play after 分为, 共有, 第, even where the sentence has a price', () => {
    expect(found('这部戏分为三折，门票200元。')).toEqual(['money:200元:200 CNY']);
    expect(found('全剧共有八折，票价180元。')).toEqual(['money:180元:180 CNY']);
    expect(found('第三折最精彩，门票 100 元起。').some((s) => s.startsWith('percent:'))).toBe(false);
  });
});
