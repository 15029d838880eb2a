/**
 * The number check compares a quantity said in another unit of the same dimension in its base unit: 1.4 亿千瓦 is
 * "140 GW", 5000 米 is "5 km", 3500 公斤 is "3.5 tonnes". A wrong figure in the other unit, or a unit of another
 * system (km against miles), is still a finding.
 */
import { describe, expect, it } from 'vitest';
import { checkNumbers } from '../../../../shared/translation/checkNumbers';

const details = (zh: string, en: string): string[] => checkNumbers(zh, en, 0, '2024-05-15T00:00:00Z').map((f) => f.detail);

describe('number check: units of one dimension', () => {
  it('agrees across prefixes of one unit', () => {
    expect(details('全国风电装机容量超过1.4亿千瓦。', 'Installed wind capacity exceeds 140 gigawatts.')).toEqual([]);
    expect(details('新线全长5000米。', 'The new line is 5 km long.')).toEqual([]);
    expect(details('警方缴获毒品3500公斤。', 'Police seized 3.5 tonnes of drugs.')).toEqual([]);
    expect(details('该电站年发电量12亿千瓦时。', 'The plant generates 1.2 TWh a year.')).toEqual([]);
  });

  it('still reports a wrong figure in the other unit, and a unit of another kind', () => {
    expect(details('全国风电装机容量超过1.4亿千瓦。', 'Installed wind capacity exceeds 140 megawatts.')).toHaveLength(1);
    expect(details('警方缴获毒品3500公斤。', 'Police seized 35 tonnes of drugs.')).toHaveLength(1);
    const miles = details('新线全长5公里。', 'The new line is 5 miles long.');
    expect(miles).toHaveLength(1);
    expect(miles[0]).toContain('but the English says');
  });
});

describe('number check: bounds said in other words', () => {
  it('takes "past", "beyond", "north of", "shy of" and "higher than" as a bound in the English', () => {
    expect(details('超过2000人死亡。', 'The death toll climbed past 2,000.')).toEqual([]);
    expect(details('超过2000人死亡。', 'The death toll rose beyond 2,000.')).toEqual([]);
    expect(details('逾600万元。', 'The bill came to north of HK$6 million.')).toEqual([]);
    expect(details('不到3000人参加。', 'Turnout was just shy of 3,000 people.')).toEqual([]);
    expect(details('超过2000人死亡。', 'The death toll is higher than 2,000.')).toEqual([]);
    // A bound the English really drops is still found.
    expect(details('超过2000人死亡。', 'The death toll is 2,000.')).toHaveLength(1);
  });

  it('takes a ceiling said with a modal verb ("could reach", "may hit") as the bound of 最高可达', () => {
    expect(details('明天气温最高可达40度。', 'Temperatures could reach 40 degrees tomorrow.')).toEqual([]);
    expect(details('罚款最高可达50万元。', 'Fines may hit 500,000 yuan.')).toEqual([]);
    expect(details('明天气温最高可达40度。', 'Temperatures reached 40 degrees.')).toHaveLength(1);
  });
});
