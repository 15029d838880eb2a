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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../../shared/align/align';
import { segmentSentences } from '../../../../shared/align/segment';
import type { AlignDictionary, Bead } from '../../../../shared/align/types';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { cedictDictionary } from '../../../../electron/services/dictionary';
import { readGoldDocs, type GoldBead, type GoldDoc } from '../../../fixtures/alignGold';

const dir = fileURLToPath(new URL('../../../fixtures/align-heldout10/', import.meta.url));

interface Doc extends GoldDoc {
  zhMd: string;
  enMd: string;
}

const docs: Doc[] = readGoldDocs(dir).map((d) => ({
  ...d,
  zhMd: readFileSync(join(dir, `${d.name}.zh.md`), 'utf8'),
  enMd: readFileSync(join(dir, `${d.name}.en.md`), 'utf8'),
}));

/** The sentences Glossa cuts from an article: its canonical text (the Markdown parser's), then the segmenter. */
function cut(markdown: string, lang: 'zh' | 'en'): string[] {
  return segmentSentences(parseArticleText(markdown).text, lang).map((s) => s.text);
}

/** A bead named by its sentence texts, so beads over different segmentations can be compared. */
function textKey(b: GoldBead, zh: readonly string[], en: readonly string[]): string {
  return `${b.zh.map((i) => zh[i]).join('\u0001')}\u0002${b.en.map((j) => en[j]).join('\u0001')}`;
}

interface Score {
  tp: number;
  predicted: number;
  gold: number;
}

function score(pred: readonly Bead[], predZh: readonly string[], predEn: readonly string[], d: Doc): Score {
  const gold = new Set(d.gold.map((b) => textKey(b, d.zh, d.en)));
  return { tp: pred.filter((b) => gold.has(textKey(b, predZh, predEn))).length, predicted: pred.length, gold: d.gold.length };
}

function f1(s: Score): number {
  const p = s.tp / Math.max(1, s.predicted);
  const r = s.tp / Math.max(1, s.gold);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function total(list: Score[]): Score {
  return list.reduce((a, b) => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold }), { tp: 0, predicted: 0, gold: 0 });
}

/** Strict-bead F1 per document and over all of them, printed so the figure in a commit message has a command. */
function run(label: string, dictionary: AlignDictionary | undefined, endToEnd: boolean): Score {
  const scores = docs.map((d) => {
    const zh = endToEnd ? cut(d.zhMd, 'zh') : d.zh;
    const en = endToEnd ? cut(d.enMd, 'en') : d.en;
    return score(alignSentences(zh, en, dictionary ? { dictionary } : {}), zh, en, d);
  });
  const all = total(scores);
  console.log(`${label}: F1 ${f1(all).toFixed(3)} (${all.tp}/${all.gold} gold beads, ${all.predicted} predicted); ` +
    docs.map((d, k) => `${d.name} ${f1(scores[k]).toFixed(3)}`).join(', '));
  return all;
}

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

describe('held-out zh–en articles (test/fixtures/align-heldout10)', () => {
  it('has six or more documents of 15-40 sentences whose gold beads cover every sentence once, in order', () => {
    expect(docs.length).toBeGreaterThanOrEqual(6);
    for (const d of docs) {
      expect(d.zh.length).toBeGreaterThanOrEqual(15);
      expect(d.zh.length).toBeLessThanOrEqual(40);
      expect(d.gold.flatMap((b) => b.zh)).toEqual(d.zh.map((_, i) => i));
      expect(d.gold.flatMap((b) => b.en)).toEqual(d.en.map((_, j) => j));
    }
  });

  it.each(['zh', 'en'] as const)('cuts every article into its gold sentences, but for the known misses (%s)', (lang) => {
    let exact = 0;
    let gold = 0;
    let cuts = 0;
    const wrong: Record<string, string[]> = {};
    for (const d of docs) {
      const left = [...(lang === 'zh' ? d.zh : d.en)];
      const got = cut(lang === 'zh' ? d.zhMd : d.enMd, lang);
      const extra: string[] = [];
      for (const s of got) {
        const k = left.indexOf(s);
        if (k >= 0) left.splice(k, 1);
        else extra.push(s);
      }
      exact += got.length - extra.length;
      gold += lang === 'zh' ? d.zh.length : d.en.length;
      cuts += got.length;
      if (extra.length > 0 || left.length > 0) wrong[`${d.name}.${lang}`] = extra;
    }
    console.log(`held-out 10, ${lang} segmentation: ${exact} of ${gold} gold sentences cut exactly (${cuts} cut)`);
    const known = Object.fromEntries(Object.entries(KNOWN_MISSES).filter(([k]) => k.endsWith(`.${lang}`)));
    expect(wrong).toEqual(known);
  });

  it('aligns the gold sentences with a strict-bead F1 at or above its measured floor', () => {
    expect(f1(run('held-out 10, gold sentences, no dictionary', undefined, false))).toBeGreaterThanOrEqual(FLOOR.gold);
  });

  it('aligns the sentences it cuts itself with a strict-bead F1 at or above its measured floor', () => {
    expect(f1(run('held-out 10, own segmentation, no dictionary', undefined, true))).toBeGreaterThanOrEqual(FLOOR.auto);
  });

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

  it('does as well or better with CC-CEDICT, as the app aligns', () => {
    const dictionary = cedictDictionary() ?? undefined;
    expect(dictionary).toBeDefined();
    expect(f1(run('held-out 10, gold sentences, cc-cedict', dictionary, false))).toBeGreaterThanOrEqual(FLOOR.goldCedict);
    expect(f1(run('held-out 10, own segmentation, cc-cedict', dictionary, true))).toBeGreaterThanOrEqual(FLOOR.autoCedict);
  });
});
