/**
 * The library query reads revisions' metadata from the covering index of migration 005, never the large revision
 * rows (the query names the index with INDEXED BY, so SQLite fails the query rather than silently reading the rows);
 * and it still answers the same summaries (title, counts, revisions) after a re-import adds a revision.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIBRARY_SUMMARY_INDEX } from '../../../../electron/services/migrations/005_library_summary_index';
import { openServices } from '../../../../electron/services/services';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'glossa-library-index-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const article = (title: string, body: string): string =>
  `## ${title}\n\`2020-08-14 08:08 甲\` [轉載自GNews](https://gnews.org/articles/${title.length})\n\n${body}\n`;

describe('library summaries from the covering index', () => {
  it('lists through the index and keeps summaries right across a new revision', async () => {
    const s = openServices(path.join(dir, 'g.db'), { imports: { batchMaxMs: 0 } });
    try {
      const upload = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text, 'utf8').toString('base64') });
      await s.imports.run(s.imports.sources({ files: [upload('a.md', article('第一篇', '[[zh:卡塔尔]]和[[zh:美国]]。'))] }));
      await s.imports.run(s.imports.sources({ files: [upload('a.md', article('第一篇', '[[zh:卡塔尔]]、[[zh:美国]]和[[zh:埃及]]。'))] }));
      const [summary] = s.articles.list({});
      expect(summary).toMatchObject({ title: '第一篇', author: '甲', wikiLinks: 3, wikiTargets: 3, revisions: 2 });
      expect(s.articles.list({ query: '一篇' })).toHaveLength(1);
      expect(s.articles.list({ query: '没有' })).toHaveLength(0);

      const indexes = s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'revisions'").pluck().all();
      expect(indexes).toContain(LIBRARY_SUMMARY_INDEX);
      const plan = s.db
        .prepare(`EXPLAIN QUERY PLAN SELECT r.title FROM articles a JOIN revisions r INDEXED BY ${LIBRARY_SUMMARY_INDEX} ON r.id = a.current_revision_id`)
        .all()
        .map((row) => (row as { detail: string }).detail);
      expect(plan.join('\n')).toContain(`COVERING INDEX ${LIBRARY_SUMMARY_INDEX}`);
    } finally {
      s.close();
    }
  });
});
