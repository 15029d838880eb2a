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
});
