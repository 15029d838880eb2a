/**
 * Re-anchoring thousands of annotations over a large article, for each kind of revision: prints times and the
 * states found; asserts nothing (not a test: vitest runs only *.test.ts). It lives beside the anchoring tests because
 * it checks the same code; `test/bench/anchoring.ts` measures single searches.
 * Run: node --import tsx test/unit/shared/anchoring/reanchorScale.ts [size=1000000] [annotations=5000] [scenario,...]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { SpanSelectors } from '../../../../shared/model/annotation';
import { describeSpan } from '../../../../shared/anchoring/describeSpan';
import { reanchorAll } from '../../../../shared/anchoring/reanchorAll';
import { SIMPLIFIED, TRADITIONAL } from '../../../../shared/text/simplifiedTable';

const size = Number(process.argv[2] ?? 1_000_000);
const count = Number(process.argv[3] ?? 5000);
const only = (process.argv[4] ?? '').split(',').filter(Boolean);
const fixture = readFileSync(fileURLToPath(new URL('../../../fixtures/qatar-hamas.zh.md', import.meta.url)), 'utf8');

const sentences = fixture.replace(/\[\[[a-z]+:([^\]]+)\]\]/g, '$1').replace(/[*#`]/g, '')
  .split(/(?<=[。！？])/).map((s) => s.trim()).filter((s) => s.length > 8);
let seed = 11;
const random = (): number => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 2 ** 32; };
const pool = [...sentences.join('')];
const paragraphs: string[] = [];
let length = 0;
while (length < size) {
  const n = 3 + Math.floor(random() * 4);
  let p = '';
  for (let i = 0; i < n; i += 1) for (const c of sentences[Math.floor(random() * sentences.length)]) p += random() < 1 / 6 ? pool[Math.floor(random() * pool.length)] : c;
  paragraphs.push(p);
  length += p.length + 2;
}
const text = paragraphs.join('\n\n');
const annotations: { id: string; target: { selectors: SpanSelectors } }[] = [];
for (let i = 0; i < count; i += 1) {
  const start = Math.floor(random() * (text.length - 100));
  const len = 3 + Math.floor(random() * 40);
  annotations.push({ id: `a${i}`, target: { selectors: describeSpan(text, start, start + len) } });
}
const toTrad = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i += 1) if (!toTrad.has(SIMPLIFIED[i])) toTrad.set(SIMPLIFIED[i], TRADITIONAL[i]);

const scenarios: Record<string, () => string> = {
  insertAtStart: () => '新的导语段落。\n\n' + text,
  scattered20: () => { let t = text; for (let i = 0; i < 20; i += 1) { const at = Math.floor(random() * t.length); t = t.slice(0, at) + '插入的文字' + t.slice(at); } return t; },
  subst300: () => { let t = text; for (let i = 0; i < 300; i += 1) { const at = Math.floor(random() * (t.length - 10)); t = t.slice(0, at) + '另' + t.slice(at + 1); } return t; },
  shuffle10pct: () => { const ps = [...paragraphs]; for (let i = 0; i < ps.length / 10; i += 1) { const a = Math.floor(random() * ps.length); const b = Math.floor(random() * ps.length); [ps[a], ps[b]] = [ps[b], ps[a]]; } return ps.join('\n\n'); },
  delete10pct: () => { const from = Math.floor(text.length * 0.45); return text.slice(0, from) + text.slice(from + Math.floor(text.length / 10)); },
  everyParagraph: () => paragraphs.map((p) => p.slice(0, 5) + '改' + p.slice(6)).join('\n\n'),
  toTraditional: () => [...text].map((c) => toTrad.get(c) ?? c).join(''),
};
console.log(`text ${text.length} code units, ${paragraphs.length} paragraphs, ${count} annotations`);
for (const [name, make] of Object.entries(scenarios)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const edited = make();
  const t0 = performance.now();
  const outcomes = reanchorAll(annotations, text, edited);
  const ms = performance.now() - t0;
  const counts: Record<string, number> = {};
  for (const o of outcomes) { const k = `${o.state}${o.viaDiff ? '(diff)' : ''}`; counts[k] = (counts[k] ?? 0) + 1; }
  console.log(`${name.padEnd(14)} ${ms.toFixed(0).padStart(7)} ms  ${JSON.stringify(counts)}`);
}
