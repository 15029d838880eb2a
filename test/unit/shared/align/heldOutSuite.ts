/**
 * The checks every folder of held-out zh–en article pairs gets (test/fixtures/align-heldout10, -11...): the gold
 * beads cover every sentence once, the segmenters cut the articles into the gold sentences (but for listed misses),
 * and the aligner reaches a measured strict-bead F1 floor on the gold sentences and on its own cuts, with and without
 * CC-CEDICT. Each figure is printed, so the one in a commit message has a command. A folder keeps the gold format of
 * test/fixtures/align: `NAME.zh.md` / `NAME.en.md` articles, `NAME.zh.txt` / `NAME.en.txt` gold sentences of their
 * canonical text, one per line, and `NAME.gold.json` beads as 0-based line indices.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../../shared/align/align';
import { segmentSentences } from '../../../../shared/align/segment';
import type { AlignDictionary, Bead } from '../../../../shared/align/types';
import { parseArticleText } from '../../../../shared/markdown/parseArticle';
import { cedictDictionary } from '../../../../electron/services/dictionary';
import { readGoldDocs, type GoldBead, type GoldDoc } from '../../../fixtures/alignGold';

/** A held-out pair: its gold and its two articles as written. */
export interface HeldOutDoc extends GoldDoc {
  zhMd: string;
  enMd: string;
}

/** Strict-bead F1 floors, measured on a folder (a change that lowers one should say why). */
export interface HeldOutFloors {
  gold: number;
  auto: number;
  goldCedict: number;
  autoCedict: number;
}

interface Score {
  tp: number;
  predicted: number;
  gold: number;
}

/** The pairs of a held-out folder. */
export function readHeldOut(dir: string): HeldOutDoc[] {
  return readGoldDocs(dir).map((d) => ({
    ...d,
    zhMd: readFileSync(join(dir, `${d.name}.zh.md`), 'utf8'),
    enMd: readFileSync(join(dir, `${d.name}.en.md`), 'utf8'),
  }));
}

/** The sentences Glossa cuts from an article: its canonical text (the Markdown parser's), then the segmenter. */
function cut(markdown: string, lang: 'zh' | 'en'): string[] {
  return segmentSentences(parseArticleText(markdown).text, lang).map((s) => s.text);
}

/** A bead named by its sentence texts, so beads over different segmentations can be compared. */
function textKey(b: GoldBead, zh: readonly string[], en: readonly string[]): string {
  return `${b.zh.map((i) => zh[i]).join('\u0001')}\u0002${b.en.map((j) => en[j]).join('\u0001')}`;
}

function score(pred: readonly Bead[], predZh: readonly string[], predEn: readonly string[], d: HeldOutDoc): Score {
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

/** Strict-bead F1 per document and over all of them, printed. */
function run(docs: readonly HeldOutDoc[], label: string, dictionary: AlignDictionary | undefined, endToEnd: boolean): number {
  const scores = docs.map((d) => {
    const zh = endToEnd ? cut(d.zhMd, 'zh') : d.zh;
    const en = endToEnd ? cut(d.enMd, 'en') : d.en;
    return score(alignSentences(zh, en, dictionary ? { dictionary } : {}), zh, en, d);
  });
  const all = total(scores);
  console.log(`${label}: F1 ${f1(all).toFixed(3)} (${all.tp}/${all.gold} gold beads, ${all.predicted} predicted); ` +
    docs.map((d, k) => `${d.name} ${f1(scores[k]).toFixed(3)}`).join(', '));
  return f1(all);
}

/**
 * Registers the checks of one held-out folder. `label` names it in printed figures ("held-out 10"); `knownMisses`
 * lists, by `document.language`, the wrong sentences the segmenters are known to give; `sizes` bounds each document's
 * Chinese sentence count; `more` adds the folder's own tests (it gets the pairs).
 */
export function describeHeldOut(options: {
  title: string;
  label: string;
  dir: string;
  floor: HeldOutFloors;
  knownMisses: Record<string, string[]>;
  minDocs: number;
  sizes: { min: number; max?: number };
  more?: (docs: readonly HeldOutDoc[]) => void;
}): void {
  const { label, floor } = options;
  const docs = readHeldOut(options.dir);
  describe(options.title, () => {
    it(`has ${options.minDocs} or more documents whose gold beads cover every sentence once, in order`, () => {
      expect(docs.length).toBeGreaterThanOrEqual(options.minDocs);
      for (const d of docs) {
        expect(d.zh.length).toBeGreaterThanOrEqual(options.sizes.min);
        if (options.sizes.max !== undefined) expect(d.zh.length).toBeLessThanOrEqual(options.sizes.max);
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
      console.log(`${label}, ${lang} segmentation: ${exact} of ${gold} gold sentences cut exactly (${cuts} cut)`);
      const known = Object.fromEntries(Object.entries(options.knownMisses).filter(([k]) => k.endsWith(`.${lang}`)));
      expect(wrong).toEqual(known);
    });

    it('aligns the gold sentences with a strict-bead F1 at or above its measured floor', () => {
      expect(run(docs, `${label}, gold sentences, no dictionary`, undefined, false)).toBeGreaterThanOrEqual(floor.gold);
    });

    it('aligns the sentences it cuts itself with a strict-bead F1 at or above its measured floor', () => {
      expect(run(docs, `${label}, own segmentation, no dictionary`, undefined, true)).toBeGreaterThanOrEqual(floor.auto);
    });

    it('does as well or better with CC-CEDICT, as the app aligns', () => {
      const dictionary = cedictDictionary() ?? undefined;
      expect(dictionary).toBeDefined();
      expect(run(docs, `${label}, gold sentences, cc-cedict`, dictionary, false)).toBeGreaterThanOrEqual(floor.goldCedict);
      expect(run(docs, `${label}, own segmentation, cc-cedict`, dictionary, true)).toBeGreaterThanOrEqual(floor.autoCedict);
    });

    options.more?.(docs);
  });
}
