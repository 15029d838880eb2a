/**
 * The `glossa` CLI on a folder of unseen articles with their expectations (import13, import14), driven as a user
 * would on a real SQLite file in a temp folder: `import FOLDER --json` prints each article's fields exactly as
 * expected, with a warning on stderr only where one is expected; then for each article `show --json` lists the
 * entities with their counts, `export --format md` is the file byte for byte, `export --format html` shows every
 * link's text and carries nothing that could run script, and the canonical text of `export --format json` is the one
 * expected (where given) and holds no part of the header. One suite, so every set is checked the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { entityRow, scriptVectors, visibleText, type Expected } from '../../../shared/markdown/import13Expected';
import { ROOT, glossa } from './runGlossa';

interface ImportLine {
  id: number;
  title: string;
  author: string | null;
  published: string | null;
  source: string | null;
  lang: string;
  wikiLinks: number;
  wikiTargets: number;
  status: string;
}

/** Describes the CLI checks of the articles in `test/fixtures/<set>/` against `expectedByFile`. */
export function describeUnseenArticlesCli(set: string, expectedByFile: Record<string, Expected>): void {
  const DIR = path.join(ROOT, 'test/fixtures', set);
  const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
  const EXPECTED = expectedByFile;
  // Each run starts a Node process (the sources through tsx when the bundle is stale: seconds on a busy machine).
  describe(`glossa CLI on the ${set} articles`, { timeout: 180_000 }, () => {
    let db = '';
    let stderr = '';
    const lines = new Map<string, ImportLine>();

    beforeAll(() => {
      db = path.join(fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), `glossa-${set}-`)), 'glossa.sqlite');
      const run = glossa(['--db', db, 'import', DIR, '--json']);
      expect(run.code, run.stderr).toBe(0);
      stderr = run.stderr;
      for (const line of run.stdout.trim().split('\n')) {
        const parsed = JSON.parse(line) as ImportLine;
        lines.set(parsed.title, parsed);
      }
    }, 180_000);

    it('imports every file once, and warns on stderr only for the files expected to warn', () => {
      expect(lines.size).toBe(FILES.length);
      const warned = [...new Set([...stderr.matchAll(/^glossa: warning: (.*?): /gm)].map((m) => path.basename(m[1])))].sort();
      expect(warned).toEqual(FILES.filter((f) => (EXPECTED[f].warnings ?? []).length > 0));
    });

    for (const file of FILES) {
      describe(file, () => {
        const expected = EXPECTED[file];
        const line = (): ImportLine => lines.get(expected.meta.title)!;

        it('prints the exact import --json line', () => {
          // The line gives `published` in UTC only; the day as written (`publishedDay`) is not part of it.
          const { publishedDay, ...printed } = expected.meta;
          expect(line()).toEqual({
            id: line()?.id,
            ...printed,
            wikiLinks: expected.links.length,
            wikiTargets: expected.entities.length,
            status: 'imported',
          });
          // The field order is part of the interface.
          expect(Object.keys(line())).toEqual(['id', 'title', 'author', 'published', 'source', 'lang', 'wikiLinks', 'wikiTargets', 'status']);
        });

        it('shows the entities with their counts', () => {
          const show = glossa(['--db', db, 'show', String(line().id), '--json']);
          expect(show.code, show.stderr).toBe(0);
          const shown = JSON.parse(show.stdout) as { entities: { lang: string; target: string; count: number }[]; wikiLinks: number; wikiTargets: number };
          expect(shown.entities.map(entityRow).sort()).toEqual([...expected.entities].sort());
          expect([shown.wikiLinks, shown.wikiTargets]).toEqual([expected.links.length, expected.entities.length]);
        });

        it('exports md byte for byte', () => {
          const md = glossa(['--db', db, 'export', String(line().id), '--format', 'md']);
          expect(md.code, md.stderr).toBe(0);
          expect(md.stdoutBytes.equals(fs.readFileSync(path.join(DIR, file)))).toBe(true);
        });

        it('exports html with every link text and no script vector', () => {
          const html = glossa(['--db', db, 'export', String(line().id), '--format', 'html']);
          expect(html.code, html.stderr).toBe(0);
          expect(scriptVectors(html.stdout)).toEqual([]);
          expect(html.stdout.match(/class="wiki-link"/g)?.length ?? 0).toBe(expected.links.length);
          const visible = visibleText(html.stdout);
          for (const [, , label] of [...expected.links, ...(expected.titleLinks ?? [])]) expect(visible, label).toContain(label.trim());
        });

        it('keeps the header out of the canonical text (export json)', () => {
          const json = glossa(['--db', db, 'export', String(line().id), '--format', 'json']);
          expect(json.code, json.stderr).toBe(0);
          const { text } = JSON.parse(json.stdout) as { text: string };
          if (expected.text !== undefined) expect(text).toBe(expected.text);
          for (const piece of expected.contains ?? []) expect(text).toContain(piece);
          const header = [...(expected.notInBody ?? []), expected.meta.title];
          if (expected.meta.source) header.push(expected.meta.source);
          for (const piece of header) expect(text, piece).not.toContain(piece);
        });
      });
    }
  });
}
