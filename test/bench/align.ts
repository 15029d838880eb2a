/**
 * Alignment benchmark: strict bead precision / recall / F1 of Glossa's aligner (without and with CC-CEDICT) and of a
 * length-only Gale & Church baseline on the gold corpus in test/fixtures/align, how well the confidence separates
 * right from wrong beads, and the time for a 1,000 x 1,000 sentence document.
 * Run: node --import tsx test/bench/align.ts
 */
import { fileURLToPath } from 'node:url';
import { alignSentences } from '../../shared/align/align';
import type { Bead } from '../../shared/align/types';
import { cedictDictionary } from '../../electron/services/dictionary';
import { readGoldDocs, type GoldDoc } from '../fixtures/alignGold';

const dir = fileURLToPath(new URL('../fixtures/align/', import.meta.url));

type Doc = GoldDoc;

const docs: Doc[] = readGoldDocs(dir);
/** Nine article pairs written in session 10, never used to tune anything (see `heldOut10.test.ts`). */
const heldOut10: Doc[] = readGoldDocs(fileURLToPath(new URL('../fixtures/align-heldout10/', import.meta.url)));
const heldOut11: Doc[] = readGoldDocs(fileURLToPath(new URL('../fixtures/align-heldout11/', import.meta.url)));
const heldOut14: Doc[] = readGoldDocs(fileURLToPath(new URL('../fixtures/align-heldout14/', import.meta.url)));
const heldOut15: Doc[] = readGoldDocs(fileURLToPath(new URL('../fixtures/align-heldout15/', import.meta.url)));
/** Pairs never used to tune anything: scored, but kept out of the confidence figures (AUC), which describe the gold corpus. */
const HELD_OUT_SETS: readonly Doc[][] = [heldOut10, heldOut11, heldOut14, heldOut15];

// ---- Gale & Church (1993), length only: the classic priors and variance, characters as length. ----

/** Two-sided tail of the standard normal, as in the original paper's `pnorm`. */
function twoSidedTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const pd = 1 - 0.3989423 * Math.exp((-z * z) / 2) * ((((1.330274429 * t - 1.821255978) * t + 1.781477937) * t - 0.356563782) * t + 0.319381530) * t;
  return 2 * (1 - pd);
}

/**
 * The classic algorithm. Its c = 1 and s2 = 6.8 were fitted on English-French-German; for Chinese -> English we
 * give it c = the pair's own English/Chinese character ratio and scale s2 by c (otherwise it cannot align at all).
 */
function galeChurch(zh: string[], en: string[]): Bead[] {
  const len = (s: string): number => [...s.replace(/\s+/gu, '')].length;
  const lz = zh.map(len);
  const le = en.map(len);
  const c = le.reduce((a, b) => a + b, 0) / Math.max(1, lz.reduce((a, b) => a + b, 0));
  const s2 = 6.8 * c;
  const priors: [number, number, number][] = [
    [1, 1, 0.89], [1, 0, 0.0099 / 2], [0, 1, 0.0099 / 2], [2, 1, 0.089 / 2], [1, 2, 0.089 / 2], [2, 2, 0.011],
  ];
  const cost = (l1: number, l2: number, prior: number): number => {
    const mean = (l1 + l2 / c) / 2;
    const z = mean === 0 ? 0 : Math.abs((c * l1 - l2) / Math.sqrt(s2 * mean));
    const pd = Math.max(twoSidedTail(z), 1e-30);
    return -100 * Math.log(prior * pd);
  };
  const n = zh.length;
  const m = en.length;
  const D = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const B = Array.from({ length: n + 1 }, () => new Int8Array(m + 1).fill(-1));
  D[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let s = 0; s < priors.length; s++) {
        const [a, b, p] = priors[s];
        if (i < a || j < b || D[i - a][j - b] === Infinity) continue;
        let l1 = 0;
        let l2 = 0;
        for (let x = i - a; x < i; x++) l1 += lz[x];
        for (let y = j - b; y < j; y++) l2 += le[y];
        const d = D[i - a][j - b] + cost(l1, l2, p);
        if (d < D[i][j]) {
          D[i][j] = d;
          B[i][j] = s;
        }
      }
    }
  }
  const out: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [a, b] = priors[B[i][j]];
    out.push({ zh: range(i - a, i), en: range(j - b, j), confidence: 1 });
    i -= a;
    j -= b;
  }
  return out.reverse();
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

// ---- Scoring ----

const key = (b: { zh: number[]; en: number[] }): string => `${b.zh.join(',')}|${b.en.join(',')}`;

interface Score {
  tp: number;
  predicted: number;
  gold: number;
}

function score(pred: Bead[], gold: Doc['gold']): Score {
  const g = new Set(gold.map(key));
  return { tp: pred.filter((b) => g.has(key(b))).length, predicted: pred.length, gold: gold.length };
}

function prf(s: Score): string {
  const p = s.tp / Math.max(1, s.predicted);
  const r = s.tp / Math.max(1, s.gold);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`;
}

function add(a: Score, b: Score): Score {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

const t0 = performance.now();
const dictionary = cedictDictionary() ?? undefined;
const loadMs = performance.now() - t0;

/**
 * A harder copy of a document: every 7th English and every 11th Chinese sentence removed, as if the translator had
 * skipped them or the editor had added them, with the gold beads adjusted (a 1-1 bead that loses its English becomes
 * 1-0). This creates many more omissions than the corpus has, and so more chances to go wrong.
 */
function perturb(d: Doc): Doc {
  const dropZh = new Set(d.zh.map((_, i) => i).filter((i) => i % 11 === 5));
  const dropEn = new Set(d.en.map((_, j) => j).filter((j) => j % 7 === 3));
  const renumber = (drop: Set<number>, total: number): Map<number, number> => {
    const map = new Map<number, number>();
    for (let k = 0, next = 0; k < total; k++) if (!drop.has(k)) map.set(k, next++);
    return map;
  };
  const zhMap = renumber(dropZh, d.zh.length);
  const enMap = renumber(dropEn, d.en.length);
  const gold: Doc['gold'] = [];
  for (const b of d.gold) {
    const zh = b.zh.filter((i) => zhMap.has(i)).map((i) => zhMap.get(i) ?? -1);
    const en = b.en.filter((j) => enMap.has(j)).map((j) => enMap.get(j) ?? -1);
    if (zh.length > 0 && en.length > 0) gold.push({ zh, en });
    else {
      // An omission bead is one sentence per bead.
      for (const i of zh) gold.push({ zh: [i], en: [] });
      for (const j of en) gold.push({ zh: [], en: [j] });
    }
  }
  return {
    name: `${d.name}*`,
    zh: d.zh.filter((_, i) => !dropZh.has(i)),
    en: d.en.filter((_, j) => !dropEn.has(j)),
    gold,
  };
}

/**
 * A partial translation: the English covers only the beads of the first half of the document (a translator who has
 * done half the article, or an English report that stops early); the rest of the Chinese is gold 1-0.
 */
function partial(d: Doc): Doc {
  const cut = Math.floor(d.gold.length / 2);
  const kept = d.gold.slice(0, cut);
  const enCount = kept.reduce((n, b) => n + b.en.length, 0);
  const zhFrom = kept.reduce((n, b) => n + b.zh.length, 0);
  const gold: Doc['gold'] = [...kept];
  for (let i = zhFrom; i < d.zh.length; i++) gold.push({ zh: [i], en: [] });
  return { name: `${d.name}½`, zh: d.zh, en: d.en.slice(0, enCount), gold };
}

/**
 * Documents written after the model's constants were chosen (see shared/align/model.ts): nothing was fitted on them,
 * so their figures are the honest ones for unseen text.
 */
const HELD_OUT = new Set(['health-dengue', 'culture-restitution']);

const systems: [string, (d: Doc) => Bead[]][] = [
  ['gale-church (length only)', (d) => galeChurch(d.zh, d.en)],
  ['glossa (no dictionary)', (d) => alignSentences(d.zh, d.en)],
  ['glossa + cc-cedict', (d) => alignSentences(d.zh, d.en, { dictionary })],
];

console.log(`Gold corpus: ${docs.length} documents, ${docs.reduce((s, d) => s + d.gold.length, 0)} beads, ` +
  `${docs.reduce((s, d) => s + d.zh.length, 0)} zh / ${docs.reduce((s, d) => s + d.en.length, 0)} en sentences`);
console.log(`cc-cedict load: ${dictionary ? `${loadMs.toFixed(0)} ms` : 'not available'}`);
const confidences: { conf: number; right: boolean }[] = [];
const partialConfidences: { conf: number; right: boolean }[] = [];
const perturbed = docs.map(perturb);
const halves = docs.map(partial);
for (const [set, list] of [
  ['gold corpus', docs],
  ['perturbed corpus (every 7th en / 11th zh sentence removed)', perturbed],
  ['partial translations (English for the first half only)', halves],
  ['held-out pairs of session 10 (test/fixtures/align-heldout10, gold sentences)', heldOut10],
  ['held-out pairs of session 11 (test/fixtures/align-heldout11, gold sentences)', heldOut11],
  ['held-out pairs of session 14 (test/fixtures/align-heldout14, gold sentences)', heldOut14],
  ['held-out pairs of session 15 (test/fixtures/align-heldout15, gold sentences)', heldOut15],
] as const) {
for (const [name, run] of systems) {
  console.log(`\n${name} — ${set}`);
  let total: Score = { tp: 0, predicted: 0, gold: 0 };
  let heldOut: Score = { tp: 0, predicted: 0, gold: 0 };
  for (const d of list) {
    const pred = run(d);
    const s = score(pred, d.gold);
    total = add(total, s);
    const held = HELD_OUT.has(d.name.replace(/[*½]$/u, ''));
    if (held) heldOut = add(heldOut, s);
    console.log(`  ${(d.name + (held ? ' (held out)' : '')).padEnd(32)} ${prf(s)}  (${s.tp}/${s.gold})`);
    if (name === 'glossa + cc-cedict' && !HELD_OUT_SETS.includes(list)) {
      const g = new Set(d.gold.map(key));
      for (const b of pred) (list === halves ? partialConfidences : confidences).push({ conf: b.confidence, right: g.has(key(b)) });
      if (process.argv.includes('--errors')) {
        for (const b of pred) if (!g.has(key(b))) console.log(`    wrong ${key(b)} conf ${b.confidence}`);
      }
    }
  }
  console.log(`  ${'TOTAL'.padEnd(32)} ${prf(total)}  (${total.tp}/${total.gold})`);
  if (heldOut.gold > 0) console.log(`  ${'held-out documents only'.padEnd(32)} ${prf(heldOut)}  (${heldOut.tp}/${heldOut.gold})`);
}
}

// ---- Confidence: does it separate right from wrong beads? ----
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
/** P[a right bead's confidence > a wrong bead's], ties counted half. */
function auc(list: { conf: number; right: boolean }[]): string {
  const r = list.filter((c) => c.right).map((c) => c.conf);
  const w = list.filter((c) => !c.right).map((c) => c.conf);
  let above = 0;
  for (const x of r) for (const y of w) above += x > y ? 1 : x === y ? 0.5 : 0;
  return r.length && w.length ? (above / (r.length * w.length)).toFixed(3) : 'n/a (no wrong beads)';
}
const right = confidences.filter((c) => c.right).map((c) => c.conf);
const wrong = confidences.filter((c) => !c.right).map((c) => c.conf);
console.log('\nconfidence (glossa + cc-cedict, gold and perturbed corpus together)');
console.log(`  right beads: ${right.length}, mean confidence ${mean(right).toFixed(3)}`);
console.log(`  wrong beads: ${wrong.length}, mean confidence ${mean(wrong).toFixed(3)}`);
console.log(`  AUC (P[right > wrong]): ${auc(confidences)}`);
console.log(`  partial translations: ${partialConfidences.filter((c) => !c.right).length} wrong beads, AUC ${auc(partialConfidences)}`);
for (const t of [0.5, 0.8, 0.9]) {
  const sel = confidences.filter((c) => c.conf >= t);
  const ok = sel.filter((c) => c.right).length;
  console.log(`  confidence >= ${t}: ${sel.length} beads (${((100 * sel.length) / confidences.length).toFixed(1)}%), ` +
    `${((100 * ok) / Math.max(1, sel.length)).toFixed(1)}% right; below: ${confidences.length - sel.length} beads, ` +
    `${(100 * (confidences.length - sel.length - (right.length - ok)) / Math.max(1, confidences.length - sel.length)).toFixed(1)}% wrong`);
}

// ---- Speed: a 1,000 x 1,000 sentence document made of the corpus repeated. ----
const bigZh: string[] = [];
const bigEn: string[] = [];
while (bigZh.length < 1000 || bigEn.length < 1000) {
  for (const d of docs) {
    bigZh.push(...d.zh);
    bigEn.push(...d.en);
  }
}
const zh1000 = bigZh.slice(0, 1000);
const en1000 = bigEn.slice(0, 1000);
for (const [label, opts] of [['no dictionary', {}], ['cc-cedict', { dictionary }]] as const) {
  alignSentences(zh1000.slice(0, 50), en1000.slice(0, 50), opts);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    const c = process.cpuUsage();
    alignSentences(zh1000, en1000, opts);
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  // CPU time is printed beside wall time because the machine may be shared: wall time then includes waiting.
  console.log(`\n1,000 x 1,000 sentences (${label}): wall ${Math.min(...times).toFixed(0)} ms, CPU ${Math.min(...cpu).toFixed(0)} ms ` +
    `(best of 3; wall ${times.map((x) => x.toFixed(0)).join(', ')})`);
}
