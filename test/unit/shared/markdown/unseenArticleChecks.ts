/**
 * The checks every set of unseen articles gets, file by file (import13, import14, …): the header fields, the title's
 * and body's wiki-links, the body text, the warnings, the header kept out of the body, the emphasis around links.
 * One copy, so a later set cannot quietly check less than an earlier one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../../electron/services/services';
import type { DocJSON } from '../../../../shared/model/article';
import { parseArticle, type ImportedArticle } from '../../../../shared/markdown/parseArticle';
import { tempDir } from '../../electron/tempDir';
import { entityRow, scriptVectors, visibleText, type Expected, type Link } from './import13Expected';

/** The Markdown files of fixture folder `dir` (a URL ending in `/`), their bytes, and each parsed as the importer does. */
export function unseenArticleFolder(dir: URL): { files: string[]; bytesOf(file: string): Buffer; read(file: string): ImportedArticle } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const bytesOf = (file: string): Buffer => readFileSync(new URL(file, dir));
  return { files, bytesOf, read: (file) => parseArticle(bytesOf(file), { fileName: file }) };
}

/** Text runs of the document with the names of their marks (wikiLink left out), in order. */
export function markedRuns(doc: DocJSON): [string, string[]][] {
  const runs: [string, string[]][] = [];
  const walk = (node: DocJSON): void => {
    if (node.type === 'text' && node.text) {
      const marks = (node.marks ?? []).map((m) => m.type).filter((t) => t !== 'wikiLink').sort();
      if (marks.length) runs.push([node.text, marks]);
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return runs;
}

/**
 * One `describe` per expected file, holding the parse checks above (call inside the set's own `describe`).
 * `titleNotInBody: false` when a set's articles may repeat their title in the text; `more` adds a set's own `it`s.
 */
export function describeEachUnseenArticle(
  expectations: Record<string, Expected>,
  read: (file: string) => ImportedArticle,
  options: { titleNotInBody?: boolean; more?: (a: ImportedArticle, file: string) => void } = {},
): void {
  for (const [file, expected] of Object.entries(expectations)) {
    describe(file, () => {
      const a = read(file);
      const shown = (links: ImportedArticle['wikiLinks'], text: string): Link[] => links.map((l) => [l.lang, l.target, text.slice(l.start, l.end)]);

      it('reads the header fields', () => {
        expect(a.meta).toEqual(expected.meta);
      });

      it("reads the title's wiki-links", () => {
        expect(shown(a.titleWikiLinks, a.meta.title)).toEqual(expected.titleLinks ?? []);
      });

      it('reads the body text', () => {
        if (expected.text !== undefined) expect(a.text).toBe(expected.text);
        for (const piece of expected.contains ?? []) expect(a.text).toContain(piece);
      });

      it("reads the body's wiki-links", () => {
        expect(shown(a.wikiLinks, a.text)).toEqual(expected.links);
      });

      it('warns only where expected', () => {
        const patterns = expected.warnings ?? [];
        expect(a.warnings, a.warnings.join('\n')).toHaveLength(patterns.length);
        patterns.forEach((p, i) => expect(a.warnings[i]).toMatch(p));
      });

      it('keeps the header out of the body', () => {
        const pieces = [...(expected.notInBody ?? [])];
        if (expected.meta.source) pieces.push(expected.meta.source);
        if (options.titleNotInBody !== false && a.bodyStart > 0) pieces.push(expected.meta.title);
        for (const piece of pieces) expect(a.text, piece).not.toContain(piece);
      });

      if (expected.marks) {
        it('keeps the emphasis around links', () => {
          expect(markedRuns(a.doc)).toEqual(expected.marks);
        });
      }
      options.more?.(a, file);
    });
  }
}

/**
 * Each file imported through the services into one database: the stored counts and entities, the `md` export byte
 * for byte, and an `html` export with every link's text and no script vector.
 */
export function describeThroughServices(files: readonly string[], expectations: Record<string, Expected>, bytesOf: (file: string) => Buffer): void {
  describe('through the services (stored counts and entities, md and html exports)', () => {
    let s: ReturnType<typeof openServices>;
    beforeAll(() => {
      s = openServices(path.join(tempDir(), 'glossa.sqlite'));
    });
    afterAll(() => s.close());

    for (const file of files) {
      it(file, () => {
        const expected = expectations[file];
        const input = bytesOf(file);
        const outcome = s.imports.importBytes(file, input);
        expect(outcome.status).toBe('imported');
        const id = outcome.articleId!;
        const summary = s.articles.summary(id)!;
        expect([summary.wikiLinks, summary.wikiTargets]).toEqual([expected.links.length, expected.entities.length]);
        const revision = s.articles.revisionOf(id);
        expect(s.articles.entities(revision.id).map(entityRow).sort()).toEqual([...expected.entities].sort());

        const md = s.exports.exportArticle(id, 'md');
        expect(Buffer.from(md.bytes).equals(input)).toBe(true);

        const html = s.exports.exportArticle(id, 'html').content;
        expect(scriptVectors(html)).toEqual([]);
        expect(html.match(/class="wiki-link"/g)?.length ?? 0).toBe(expected.links.length);
        const visible = visibleText(html);
        for (const [, , label] of [...expected.links, ...(expected.titleLinks ?? [])]) expect(visible, label).toContain(label.trim());
      });
    }
  });
}
