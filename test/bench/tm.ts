/**
 * Translation memory at 50,000 entries: how long building the index, a fuzzy search and a concordance search take.
 * Entries are real news sentences (the fixture and the Chinese sides of the alignment corpus), each with a few
 * characters replaced, plus 10% sentences drawn at random from their character frequencies (the worst case for the
 * n-gram index: every bigram is new). Prints figures; asserts nothing.
 * Run: node --import tsx test/bench/tm.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { TranslationMemoryIndex, fuzzyScore } from '../../shared/translation/tm';
import { parseTmx, toTmx } from '../../shared/export/tmx';

const fixture = readFileSync(fileURLToPath(new URL('../fixtures/qatar-hamas.zh.md', import.meta.url)), 'utf8');
const sentences = fixture
  .replace(/\[\[[a-z]+:([^\]]+)\]\]/g, '$1')
  .replace(/[*#`]/g, '')
  .split(/(?<=[。！？])/)
  .map((s) => s.trim())
  .filter((s) => s.length > 8);
const corpusDir = fileURLToPath(new URL('../fixtures/align/', import.meta.url));
for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.zh.txt'))) {
  sentences.push(...readFileSync(corpusDir + f, 'utf8').split('\n').filter((s) => s.trim().length > 8));
}
const chars = Array.from(sentences.join(''));

let seed = 11;
function random(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

function mutate(s: string): string {
  const a = Array.from(s);
  const edits = 1 + Math.floor(random() * Math.max(1, a.length / 6));
  for (let k = 0; k < edits; k++) a[Math.floor(random() * a.length)] = pick(chars);
  return a.join('');
}

const N = 50_000;
const entries = Array.from({ length: N }, (_, i) => {
  if (i % 10 !== 0) return { source: mutate(pick(sentences)), target: `translation ${i}` };
  let s = '';
  const len = 15 + Math.floor(random() * 50);
  for (let k = 0; k < len; k++) s += pick(chars);
  return { source: `${s}。`, target: `translation ${i}` };
});

let t = performance.now();
const index = new TranslationMemoryIndex(entries);
const buildMs = performance.now() - t;

const queries = Array.from({ length: 200 }, () => mutate(pick(sentences)));
const times: number[] = [];
let found = 0;
for (const q of queries) {
  t = performance.now();
  const matches = index.search(q, { minScore: 50, limit: 5 });
  times.push(performance.now() - t);
  if (matches.length > 0) found++;
}
times.sort((a, b) => a - b);

const shortTimes: number[] = [];
for (const q of ['卡塔尔', '哈马斯的关系', '美国']) {
  t = performance.now();
  index.search(q);
  shortTimes.push(performance.now() - t);
}

t = performance.now();
const hits = index.concordance('卡塔尔', { limit: 50 });
const concMs = performance.now() - t;
t = performance.now();
const allHits = index.concordance('哈马斯', { limit: N });
const concAllMs = performance.now() - t;

t = performance.now();
let naive = 0;
for (const e of entries.slice(0, 5000)) if (fuzzyScore(queries[0], e.source) >= 50) naive++;
const naiveMs = ((performance.now() - t) / 5000) * N;

const f = (x: number) => x.toFixed(1);
console.log(`${sentences.length} distinct base sentences; entries: ${N}, avg source length ${f(entries.reduce((s, e) => s + e.source.length, 0) / N)} characters`);
console.log(`index build: ${f(buildMs)} ms`);
console.log(`fuzzy search (200 queries, minScore 50, limit 5): median ${f(times[100])} ms, p95 ${f(times[190])} ms, max ${f(times[199])} ms; ${found} queries found a match`);
console.log(`short queries (1-3 words): ${shortTimes.map(f).join(', ')} ms`);
console.log(`concordance 卡塔尔 (first 50 hits): ${f(concMs)} ms (first call normalises the memory); all hits of 哈马斯: ${allHits.length} in ${f(concAllMs)} ms; ${hits.length} hits`);
console.log(`for comparison, scoring every entry without the index: ~${f(naiveMs)} ms per query (${naive} of 5000 sampled above 50)`);

const units = entries.map((e, i) => ({ id: `p${i}`, source: e.source, target: e.target, sourceLang: 'zh-CN', targetLang: 'en', status: 'translated' as const, confidence: 0.9 }));
t = performance.now();
const tmx = toTmx(units);
const writeMs = performance.now() - t;
t = performance.now();
const back = parseTmx(tmx);
const readMs = performance.now() - t;
console.log(`TMX of all ${N} entries (${(tmx.length / 1e6).toFixed(1)} M characters): write ${f(writeMs)} ms, read ${f(readMs)} ms (${back.length} units)`);
