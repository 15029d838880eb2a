/**
 * Session 11's held-out cases for the name check: a name the English renders two ways in one article is reported,
 * with both renderings; a short form of a name, two people sharing a surname and the gold-aligned articles of the
 * three gold folders stay quiet. The first three cases were written as expectations before the check existed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CheckKind } from '../../../../shared/model/translation';
import { checkPairs } from '../../../../shared/translation/checks';
import { readGoldDocs } from '../../../fixtures/alignGold';

const PUBLISHED = '2024-02-28T08:00:00Z';

describe('a name translated two ways', () => {
  const opts = { glossary: [], published: PUBLISHED, kinds: ['term'] as CheckKind[] };

  it('reports the second rendering of a name the article already rendered otherwise, naming both', () => {
    const pairs = [
      { zh: '气象署预报员林秀雯表示，雨会下很久。', en: 'Forecaster Lin Hsiu-wen said the rain would last a long time.' },
      { zh: '台风移动缓慢。', en: 'The typhoon is moving slowly.' },
      { zh: '林秀雯说，累积雨量可能超过 1000 毫米。', en: 'Lin Xiuwen said accumulated rainfall could exceed 1,000 mm.' },
    ];
    const findings = checkPairs(pairs, opts);
    expect(findings).toHaveLength(1);
    expect(findings[0].kind).toBe('term');
    expect(findings[0].pairIndex).toBe(2);
    expect(findings[0].detail).toContain('林秀雯');
    expect(findings[0].detail).toContain('Lin Hsiu-wen');
    expect(findings[0].detail).toContain('Lin Xiuwen');
    expect(pairs[2].en.slice(findings[0].enSpan?.start, findings[0].enSpan?.end)).toBe('Lin Xiuwen');
  });

  it('reports a Western name spelled two ways', () => {
    const findings = checkPairs([
      { zh: '前美联储经济学家克劳迪娅·萨姆称，这一转变意义重大。', en: 'Claudia Sahm, a former Fed economist, called the shift a big deal.' },
      { zh: '萨姆说，就业依然强劲。', en: 'Samm said hiring was still strong.' },
    ], opts);
    expect(findings).toHaveLength(1);
    expect(findings[0].detail).toContain('Sahm');
    expect(findings[0].detail).toContain('Samm');
  });

  it('accepts a surname alone after the full name, and two people who share a surname', () => {
    expect(checkPairs([
      { zh: '美联储主席鲍威尔对记者说。', en: 'Fed Chair Jerome Powell told reporters.' },
      { zh: '鲍威尔说，现在宣布胜利为时过早。', en: 'Powell said it was too early to declare victory.' },
    ], opts)).toEqual([]);
    expect(checkPairs([
      { zh: '预报员林秀雯表示，雨会下很久。', en: 'Forecaster Lin Hsiu-wen said the rain would last.' },
      { zh: '住在社子的林太太说，她很担心。', en: 'Mrs. Lin, who lives in Shezi, said she was worried.' },
    ], opts)).toEqual([]);
  });

  it('finds no inconsistent names in the gold-aligned held-out articles', () => {
    const found: string[] = [];
    for (const folder of ['align', 'align-heldout10', 'align-heldout11']) {
      const dir = fileURLToPath(new URL(`../../../fixtures/${folder}/`, import.meta.url));
      for (const d of readGoldDocs(join(dir))) {
        const pairs = d.gold.map((b) => ({ zh: b.zh.map((i) => d.zh[i]).join(''), en: b.en.map((j) => d.en[j]).join(' ') }));
        for (const f of checkPairs(pairs, opts)) found.push(`${d.name}: ${f.detail}`);
      }
    }
    expect(found).toEqual([]);
  });
});

