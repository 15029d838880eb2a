/**
 * Anchoring on a 1 MB article: how long the approximate search, single re-anchoring and whole-revision re-anchoring
 * take. Prints figures; asserts nothing. Run: node --import tsx test/bench/anchoring.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { SpanSelectors } from '../../shared/model/annotation';
import { describeSpan } from '../../shared/anchoring/describeSpan';
import { reanchor } from '../../shared/anchoring/reanchor';
import { reanchorAll } from '../../shared/anchoring/reanchorAll';
import { searchApproximate } from '../../shared/anchoring/approximateSearch';

const fixture = readFileSync(fileURLToPath(new URL('../fixtures/qatar-hamas.zh.md', import.meta.url)), 'utf8');

// Plain text much like the canonical text: wiki-link markup and Markdown emphasis removed.
const sentences = fixture
  .replace(/\[\[[a-z]+:([^\]]+)\]\]/g, '$1')
  .replace(/[*#`]/g, '')
  .split(/(?<=[。！？])/)
  .map((s) => s.trim())
  .filter((s) => s.length > 8);

let seed = 7;
function random(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
}

// The fixture's own characters, so that the generated text has the character frequencies of real news prose.
const pool = [...sentences.join('')];

// Sentences of the fixture with a sixth of their characters replaced at random, so that no two are alike (a real
// article does not repeat itself a thousand times), in paragraphs of 3-6 sentences.
function makeText(size: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < size) {
    const count = 3 + Math.floor(random() * 4);
    let paragraph = '';
    for (let i = 0; i < count; i += 1) {
      const sentence = sentences[Math.floor(random() * sentences.length)];
      for (const c of sentence) paragraph += random() < 1 / 6 ? pool[Math.floor(random() * pool.length)] : c;
    }
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

function time<T>(label: string, runs: number, fn: () => T): T {
  let result = fn();
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) result = fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(64)} ${ms.toFixed(2).padStart(9)} ms`);
  return result;
}

const text = makeText(1_000_000);
console.log(`text: ${text.length} UTF-16 code units, ${text.split('\n\n').length} paragraphs`);

// Spans spread over the text, 6 to 60 code units long.
const spans: SpanSelectors[] = [];
for (let i = 0; i < 1000; i += 1) {
  const start = Math.floor(random() * (text.length - 100));
  const length = 6 + Math.floor(random() * 55);
  spans.push(describeSpan(text, start, start + length));
}
const annotations = spans.map((selectors, i) => ({ id: `a${i}`, target: { selectors } }));

// A reference on this machine at this moment: reading every code unit once. Other figures are best read against it.
time('reference: one charCodeAt pass over the text', 5, () => {
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
});

console.log('\nApproximate search over the whole text (k = length / 4)');
for (const length of [16, 64, 256, 1024]) {
  const at = Math.floor(text.length / 2);
  const pattern = text.slice(at, at + length).replace(/./g, (c, i: number) => (i % 9 === 4 ? '错' : c));
  const matches = time(`  pattern of ${length}`, 3, () => searchApproximate(text, pattern, Math.floor(length / 4)));
  console.log(`${''.padEnd(66)}best: ${matches[0]?.errors ?? '-'} errors at ${matches[0]?.start ?? '-'}`);
}

const far = spans[500];
const inserted = '新的导语段落。\n\n' + text;
time('\nreanchor, text inserted at the start (exact quote elsewhere)', 20, () => reanchor(far, inserted));
const edited =
  text.slice(0, far.position.start + 2) + '改' + text.slice(far.position.start + 3, text.length);
time('reanchor, one character changed inside the span (near search)', 20, () => reanchor(far, edited));
const deleted = text.slice(0, far.position.start - 200) + text.slice(far.position.end + 200);
const orphan = time('reanchor, span deleted (near + whole-text search)', 5, () => reanchor(far, deleted));
console.log(`${''.padEnd(66)}-> ${orphan.state} (${orphan.confidence})`);

console.log('\nreanchorAll of 1000 annotations');
time('  one insertion at the start', 3, () => reanchorAll(annotations, text, inserted));
let scattered = text;
for (let i = 0; i < 20; i += 1) {
  const at = Math.floor(random() * scattered.length);
  scattered = scattered.slice(0, at) + '插入的文字' + scattered.slice(at);
}
const outcomes = time('  20 scattered insertions', 3, () => reanchorAll(annotations, text, scattered));
const counts = outcomes.reduce<Record<string, number>>((acc, o) => {
  const key = `${o.state}${o.viaDiff ? ' (diff)' : ''}`;
  acc[key] = (acc[key] ?? 0) + 1;
  return acc;
}, {});
console.log(`${''.padEnd(66)}${JSON.stringify(counts)}`);
let rewritten = text;
for (let i = 0; i < 300; i += 1) {
  const at = Math.floor(random() * (rewritten.length - 10));
  rewritten = rewritten.slice(0, at) + '另' + rewritten.slice(at + 1);
}
const outcomes2 = time('  300 scattered one-character substitutions', 1, () => reanchorAll(annotations, text, rewritten));
const counts2 = outcomes2.reduce<Record<string, number>>((acc, o) => {
  acc[o.state] = (acc[o.state] ?? 0) + 1;
  return acc;
}, {});
console.log(`${''.padEnd(66)}${JSON.stringify(counts2)}`);
