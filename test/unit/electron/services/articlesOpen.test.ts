import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../electron/services/dispatch';
import { createHandlers } from '../../../../electron/services/handlers';
import { openServices } from '../../../../electron/services/services';
import { tempDir } from '../tempDir';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));

describe('articles.open, what the reader asks for', () => {
  it('answers the revision articles.get answers, without the canonical text and the link list', async () => {
    const services = openServices(path.join(tempDir(), 'glossa.sqlite'));
    try {
      const handlers = createHandlers(services, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => undefined });
      const id = services.imports.importBytes('qatar.md', fixture).articleId ?? 0;
      const opened = await dispatch(handlers, 'articles.open', { id });
      const full = await dispatch(handlers, 'articles.get', { id });
      if (!opened.ok || !full.ok) throw new Error('a read failed');
      const reader = contract['articles.open'].output.parse(opened.value);
      const detail = contract['articles.get'].output.parse(full.value);
      expect(Object.keys(reader).sort()).toEqual(['doc', 'entities', 'revision', 'revisions', 'summary', 'warnings']);
      expect(reader.entities).toEqual(detail.entities);
      expect(reader.entities[0]).toEqual({ lang: 'zh', target: '卡塔尔', count: 47 });
      expect(reader.doc).toEqual(detail.doc);
      expect(JSON.stringify(reader).length).toBeLessThan(JSON.stringify(detail).length * 0.8);

      const missing = await dispatch(handlers, 'articles.open', { id: id + 100 });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await dispatch(handlers, 'articles.open', { id: 'one' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    } finally {
      services.close();
    }
  });

  it('shows an older revision with its own title and counts, while naming the current revision', async () => {
    const services = openServices(path.join(tempDir(), 'glossa.sqlite'), { imports: { parseWorkers: 0 } });
    try {
      const handlers = createHandlers(services, { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => undefined });
      const v1 = '## 旧标题\n`2020-08-14 08:08 甲` [轉載自GNews](https://gnews.org/articles/42)\n\n[[zh:中国]]一。\n';
      const v2 = '## 新标题\n`2020-08-14 08:08 甲` [轉載自GNews](https://gnews.org/articles/42)\n\n[[zh:中国]]和[[zh:美国]]二。\n';
      const first = services.imports.importBytes('a.md', Buffer.from(v1, 'utf8'));
      const second = services.imports.importBytes('a.md', Buffer.from(v2, 'utf8'));
      expect(second.status).toBe('revised');
      const id = first.articleId ?? 0;
      const [oldest, latest] = services.articles.revisions(id);
      const old = await dispatch(handlers, 'articles.open', { id, revisionId: oldest.id });
      const now = await dispatch(handlers, 'articles.get', { id });
      if (!old.ok || !now.ok) throw new Error('a read failed');
      const older = contract['articles.open'].output.parse(old.value);
      const current = contract['articles.get'].output.parse(now.value);
      expect(older.summary).toMatchObject({ title: '旧标题', wikiLinks: 1, wikiTargets: 1, revisionId: latest.id });
      expect(older.revision.id).toBe(oldest.id);
      expect(current.summary).toMatchObject({ title: '新标题', wikiLinks: 2, wikiTargets: 2, revisionId: latest.id });
    } finally {
      services.close();
    }
  });
});
