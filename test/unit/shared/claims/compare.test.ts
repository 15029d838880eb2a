import { describe, expect, it } from 'vitest';
import { sameQuantity } from '../../../../shared/claims/compare';
import { findQuantities } from '../../../../shared/claims/quantities';

const PUBLISHED = '2023-11-03';
const zh = (t: string) => findQuantities(t, { published: PUBLISHED, lang: 'zh' })[0];
const en = (t: string) => findQuantities(t, { published: PUBLISHED, lang: 'en' })[0];

describe('sameQuantity', () => {
  it.each([
    ['每月 3000 万美元', '$30 million a month'],
    ['60 亿美元', '$6bn'],
    ['至少 110 名外国护照持有者', 'at least 110 foreign passport holders'],
    ['200 多名人质', 'more than 200 hostages'],
    ['逾 200 人', 'at least 200 people'],
    ['四名人质', 'four hostages'],
    ['两名共和党国会议员', 'two Republican lawmakers'],
    ['百分之三十', '30%'],
    ['3 至 5 万人', 'between 30,000 and 50,000 people'],
    ['10 月 7 日', 'Oct. 7'],
    ['去年', 'last year'],
    ['约 3000 人', '3,000 people'],
    ['12月12日至14日', 'Dec. 12-14'],
    ['1至9月', 'January to September'],
  ])('%s = %s', (a, b) => {
    expect(sameQuantity(zh(a), en(b))).toBe(true);
  });

  it.each([
    ['每月 3000 万美元', '$3 million a month'],
    ['每月 3000 万美元', '$30 million a year'],
    ['60 亿美元', '€6bn'],
    ['200 多名人质', '200 hostages'],
    ['四名人质', 'four soldiers'],
    ['10 月 7 日', 'Oct. 8'],
    ['12月12日至14日', 'Dec. 12-15'],
    ['百分之三十', '30 people'],
  ])('%s != %s', (a, b) => {
    expect(sameQuantity(zh(a), en(b))).toBe(false);
  });
});
