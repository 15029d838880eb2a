/**
 * Compares opening the big article (as `npm run bench` measures it, see `measureOpen`) between renderer builds, in
 * the same time window: the builds take turns, one page load each per round, so a shared machine's load falls on all
 * of them alike. One database, one preview host per build.
 *
 * `node --import tsx test/bench/compareOpen.ts --rounds 5 /tmp/old-renderer /tmp/new-renderer`
 * Build a renderer with `npx vite build --config renderer/vite.config.ts --outDir /tmp/<name> --emptyOutDir`.
 * A build named `DIR@@ARG` is loaded by a Chromium started with that extra argument (e.g. `/tmp/new@@--js-flags=...`),
 * to compare a browser setting on one build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openServices } from '../../electron/services/services';
import { startPreviewServer } from '../../electron/hosts/preview/server';
import { bigArticle } from './corpus';
import { measureOpen, type OpenFigures } from './openArticle';

const args = process.argv.slice(2);
const roundsFlag = args.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Math.max(1, Number(args[roundsFlag + 1]) || 1) : 5;
const dirs = args.filter((a, i) => !a.startsWith('--') && (roundsFlag < 0 || i !== roundsFlag + 1));
if (dirs.length === 0) throw new Error('Name at least one renderer build folder.');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-compare-'));
try {
  const dbFile = path.join(dir, 'glossa.db');
  const services = openServices(dbFile);
  // The size `npm run bench` uses: ~1 MB with 10,000 wiki-links.
  const first = Buffer.byteLength(bigArticle(1_000_000, 10_000), 'utf8');
  const outcome = await services.imports.importSource({ kind: 'bytes', name: 'big.md', bytes: Buffer.from(bigArticle(Math.round(1_000_000 * (1_000_000 / first)), 10_000)) });
  const links = services.articles.summary(outcome.articleId ?? 0)?.wikiLinks ?? 0;
  services.close();
  const builds = dirs.map((d) => {
    const [rendererDir, ...extra] = d.split('@@');
    return { rendererDir, chromiumArgs: extra };
  });
  const servers = await Promise.all(builds.map(({ rendererDir }) => startPreviewServer({ dbFile, rendererDir, log: () => undefined })));
  const results = dirs.map(() => [] as OpenFigures[]);
  try {
    for (let round = 0; round < rounds; round++) {
      for (let b = 0; b < dirs.length; b++) {
        const server = servers[b];
        const [figures] = await measureOpen({ url: server.url, articleId: outcome.articleId ?? 0, links, runs: 1, openedUrls: () => server.openedUrls.length, chromiumArgs: builds[b].chromiumArgs });
        results[b].push(figures);
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${rounds} rounds; medians in ms (runs)`);
  const columns: [string, (f: OpenFigures) => number][] = [
    ['response', (f) => f.articleResponse],
    ['links', (f) => f.linksInDom],
    ['interactive', (f) => f.interactive],
    ['busy', (f) => f.taskMs],
    ['script', (f) => f.scriptMs],
    ['layout', (f) => f.layoutMs],
    ['rendererCpu', (f) => f.rendererCpuMs],
    ['hostCpu', (f) => f.hostCpuMs],
  ];
  dirs.forEach((d, b) => {
    console.log(d);
    for (const [label, pick] of columns) {
      const values = results[b].map(pick);
      console.log(`  ${label.padEnd(12)} ${median(values).toFixed(0).padStart(6)}  (${values.map((v) => v.toFixed(0)).join(', ')})`);
    }
  });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
