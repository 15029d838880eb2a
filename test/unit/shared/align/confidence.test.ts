import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../../shared/align/align';
import type { Bead } from '../../../../shared/align/types';

const dir = fileURLToPath(new URL('../../../fixtures/align/', import.meta.url));
const lines = (file: string): string[] => fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.trim());
const key = (b: Pick<Bead, 'zh' | 'en'>): string => `${b.zh.join(',')}|${b.en.join(',')}`;

/** A news item where the English adds one sentence of its own after the third (a 1-2 or a 1-1 + 0-1: a judgement call). */
const ZH = [
  '泰国外长周二在曼谷表示，东盟将于下月召开特别峰会，讨论缅甸危机。',
  '据联合国统计，缅甸冲突已造成超过 150 万人流离失所。',
  '泰国外长透露，他上个月曾在内比都秘密会见被关押的前领导人昂山素季。',
  '他说，昂山素季身体状况良好，并表示支持对话。',
  '印度尼西亚外长表示，东盟的五点共识仍然是解决危机的基础。',
  '马来西亚则呼吁对缅甸军政府施加更大压力。',
  '峰会预计将于 12 月 14 日在雅加达举行。',
  '分析人士认为，东盟内部的分歧可能会削弱其影响力。',
];
const EN = [
  'Thailand’s foreign minister said in Bangkok on Tuesday that ASEAN would hold a special summit next month on the Myanmar crisis.',
  'According to the United Nations, the conflict in Myanmar has displaced more than 1.5 million people.',
  'The Thai minister revealed that he had secretly met the detained former leader Aung San Suu Kyi in Naypyitaw last month.',
  'The disclosure surprised several of his counterparts.',
  'He said Aung San Suu Kyi was in good health and had expressed support for dialogue.',
  'Indonesia’s foreign minister said ASEAN’s five-point consensus remained the basis for resolving the crisis.',
  'Malaysia called for more pressure on Myanmar’s military government.',
  'The summit is expected to take place in Jakarta on December 14.',
  'Analysts believe divisions within ASEAN could weaken its influence.',
];

describe('alignment confidence', () => {
  it('is less sure of a pair next to an added sentence than of the clear pairs around it', () => {
    const beads = alignSentences(ZH, EN);
    const byZh = (i: number): Bead => beads.find((b) => b.zh.includes(i)) as Bead;
    // Whatever shape the aligner picks for sentence 2 and the added English sentence, it should not be sure of it.
    const doubtful = beads.filter((b) => b.en.includes(3) || b.zh.includes(2));
    const clear = [0, 1, 5, 6].map(byZh);
    for (const c of clear) expect(c.confidence).toBeGreaterThan(0.9);
    for (const d of doubtful) expect(d.confidence).toBeLessThan(Math.min(...clear.map((c) => c.confidence)));
  });

  it('never raises a posterior with the second opinion, and can switch it off', () => {
    const zh = lines('diplomacy-summit.zh.txt');
    const en = lines('diplomacy-summit.en.txt');
    const withSecond = alignSentences(zh, en);
    const without = alignSentences(zh, en, { params: { confidenceLexicalScale: 0 } });
    // The second opinion changes confidences, never the alignment.
    expect(withSecond.map(key)).toEqual(without.map(key));
    withSecond.forEach((b, k) => expect(b.confidence).toBeLessThanOrEqual(without[k].confidence));
    expect(withSecond.some((b, k) => b.confidence < without[k].confidence - 0.01)).toBe(true);
  });

  it('aligns an English text that covers only the first part of the Chinese as well as the whole', () => {
    // The length ratio of the whole pair would be about half the real one; the aligner measures it on what it aligned.
    const recalls = ['conflict-ceasefire', 'diplomacy-summit', 'economy-trade', 'energy-climate', 'society-population', 'technology-chips'].map((name) => {
      const zh = lines(`${name}.zh.txt`);
      const en = lines(`${name}.en.txt`);
      const gold = (JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as Bead[]).map(key);
      const half = Math.floor(en.length / 2);
      const partialGold = gold.filter((g) => g.split('|')[1].split(',').every((j) => j === '' || Number(j) < half) && !g.endsWith('|'));
      const got = new Set(alignSentences(zh, en.slice(0, half)).map(key));
      return partialGold.filter((g) => got.has(g)).length / partialGold.length;
    });
    // Measured with the whole-document ratio these were 0.09 to 0.57 for four of the six.
    for (const r of recalls) expect(r).toBeGreaterThan(0.8);
    expect(recalls.reduce((a, b) => a + b, 0) / recalls.length).toBeGreaterThan(0.9);
  });
});
