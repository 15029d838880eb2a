/**
 * Held-out zh–en article pairs (test/fixtures/align-heldout10), written after the aligner and the segmenters were
 * tuned and never used to choose a constant: news, an interview, traditional-Chinese sources from Taiwan and Hong
 * Kong, with what real translations do (1-2, 2-1 and 1-3 beads, a swapped pair, omitted sentences and a whole omitted
 * paragraph, translator's notes, 「」 and “” quotations, lists and headings, 3000 万 / 30 million, U.S. / Mr. / No. 5 /
 * e.g. / p.m. / St., ellipses, ！？). hongkong-heat, chinatown-museum and ev-subsidy were written after probing the
 * segmenters, the other six before.
 *
 * Each document is stored as the Markdown articles (`NAME.zh.md`, with wiki-links, and `NAME.en.md`), the gold
 * sentences of their canonical text one per line (`NAME.zh.txt`, `NAME.en.txt`) and the gold beads as 0-based line
 * indices (`NAME.gold.json`), the format of test/fixtures/align. So the test checks the segmenters on the articles
 * (every gold sentence found, no more, no fewer, but for the misses listed in KNOWN_MISSES), the aligner on the gold
 * sentences, and then both together: beads of the sentences Glossa cuts itself, compared by their texts.
 */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { alignSentences } from '../../../../shared/align/align';
import { describeHeldOut } from './heldOutSuite';

/**
 * Strict-bead F1 floors measured on these documents (see the commit that set them); a change that lowers one should
 * say why. Without a dictionary the misses are a 2-1 bead next to a 1-2 bead (ai-classroom), a swapped pair
 * (change6-samples), omissions next to a 2-1 bead or an added note (beijing-marathon, port-throughput) and the
 * omitted paragraph and added notes of ev-subsidy; with CC-CEDICT, only the sentence segmentation misses below.
 */
const FLOOR = { gold: 0.93, auto: 0.92, goldCedict: 1, autoCedict: 0.99 };

/**
 * Sentences Glossa still cuts wrongly in these documents, by `document.language`: the wrong sentences it gives.
 * - `the Model Y. Industry insiders say`: a single capital before a capitalised word reads as an initial (`George W.
 *   Bush`); only knowing that `Industry` is no surname would tell them apart.
 */
const KNOWN_MISSES: Record<string, string[]> = {
  'ev-subsidy.en': ['Tesla China is offering five-year zero-interest loans on the Model Y. Industry insiders say the price war is unlikely to end soon.'],
};

describeHeldOut({
  title: 'held-out zh–en articles (test/fixtures/align-heldout10)',
  label: 'held-out 10',
  dir: fileURLToPath(new URL('../../../fixtures/align-heldout10/', import.meta.url)),
  floor: FLOOR,
  knownMisses: KNOWN_MISSES,
  minDocs: 6,
  sizes: { min: 15, max: 40 },
  more: (docs) => {
    it('holds an interview together by its question marks and quotation marks when there is no dictionary', () => {
      const d = docs.find((x) => x.name === 'ai-classroom');
      if (!d) throw new Error('ai-classroom is missing');
      const keys = new Set(alignSentences(d.zh, d.en).map((b) => `${b.zh.join(',')}|${b.en.join(',')}`));
      // 问：最后，您对家长有什么建议？ = Q: Finally, what advice do you have for parents? (a shift of one before), and the
      // sentence after it.
      expect(d.zh[18]).toMatch(/？$/u);
      expect(d.en[18]).toMatch(/\?$/u);
      expect(keys).toContain('18|18');
      expect(keys).toContain('19|19');
    });
  },
});
