import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/ipc/contract';
import { unpackDoc } from '../../../../shared/ipc/packedDoc';
import type { DocJSON } from '../../../../shared/model/article';
import { dispatch } from '../../../../electron/services/dispatch';
import { createHandlers } from '../../../../electron/services/handlers';
import { openServices } from '../../../../electron/services/services';
import { tempDir } from '../tempDir';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../../fixtures/qatar-hamas.zh.md'));
/** The document an openRaw answer carries, packed or as JSON text. */
function docOf(answer: { packed?: Parameters<typeof unpackDoc>[0]; docJson?: string }): DocJSON {
  if (answer.packed) return unpackDoc(answer.packed);
  if (answer.docJson === undefined) throw new Error('the answer carries no document');
  return JSON.parse(answer.docJson) as DocJSON;
}

const deps = { pickImportPaths: async () => ({ supported: false, paths: [] }), openExternal: async () => undefined };

describe('articles.openRaw, the reader’s article with its document packed', () => {
  it('answers what articles.open answers, the document packed into a quarter of its JSON', async () => {
    const services = openServices(path.join(tempDir(), 'glossa.sqlite'));
    try {
      const handlers = createHandlers(services, deps);
      const id = services.imports.importBytes('qatar.md', fixture).articleId ?? 0;
      const raw = await dispatch(handlers, 'articles.openRaw', { id });
      const opened = await dispatch(handlers, 'articles.open', { id });
      const full = await dispatch(handlers, 'articles.get', { id });
      if (!raw.ok || !opened.ok || !full.ok) throw new Error('a read failed');
      const stored = contract['articles.openRaw'].output.parse(raw.value);
      const reader = contract['articles.open'].output.parse(opened.value);
      const detail = contract['articles.get'].output.parse(full.value);
      const { docJson, packed, ...rest } = stored;
      expect(docJson).toBeUndefined();
      expect(packed).toBeDefined();
      expect({ ...rest, doc: docOf(stored) }).toEqual(reader);
      expect(docOf(stored)).toEqual(detail.doc);
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(detail.doc).length / 2);
      // Entities counted from the stored targets agree with those counted from every occurrence.
      expect(stored.entities).toEqual(detail.entities);
      expect(await dispatch(handlers, 'articles.openRaw', { id: id + 100 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      services.close();
    }
  });

  it('sends an edited revision and an older revision exactly as stored, each with its own entities', async () => {
    const services = openServices(path.join(tempDir(), 'glossa.sqlite'), { imports: { parseWorkers: 0 } });
    try {
      const handlers = createHandlers(services, deps);
      const source = '## 标题\n`2020-08-14 08:08 甲` [轉載自GNews](https://gnews.org/articles/42)\n\n[[zh:中国]]和[[zh:美国]]一。\n';
      const id = services.imports.importBytes('a.md', Buffer.from(source, 'utf8')).articleId ?? 0;
      const first = await dispatch(handlers, 'articles.open', { id });
      if (!first.ok) throw new Error('open failed');
      const original = contract['articles.open'].output.parse(first.value);
      // An edit that Markdown could not say the same way: a link to a new page inside bold text.
      const edited: DocJSON = {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '日本', marks: [{ type: 'wikiLink', attrs: { lang: 'ja', target: '日本' } }, { type: 'strong' }] },
              { type: 'text', text: '和' },
              { type: 'text', text: '中国', marks: [{ type: 'wikiLink', attrs: { lang: 'zh', target: '中国' } }] },
            ],
          },
        ],
      };
      const saved = await dispatch(handlers, 'articles.saveEdit', { id, baseRevisionId: original.revision.id, doc: edited });
      if (!saved.ok) throw new Error('save failed');
      const latest = await dispatch(handlers, 'articles.openRaw', { id });
      const older = await dispatch(handlers, 'articles.openRaw', { id, revisionId: original.revision.id });
      if (!latest.ok || !older.ok) throw new Error('a read failed');
      const now = contract['articles.openRaw'].output.parse(latest.value);
      const then = contract['articles.openRaw'].output.parse(older.value);
      expect(now.revision.kind).toBe('edit');
      expect(docOf(now)).toEqual(edited);
      expect(now.entities).toEqual([
        { lang: 'ja', target: '日本', count: 1 },
        { lang: 'zh', target: '中国', count: 1 },
      ]);
      const full = await dispatch(handlers, 'articles.get', { id });
      if (!full.ok) throw new Error('get failed');
      expect(now.entities).toEqual(contract['articles.get'].output.parse(full.value).entities);
      expect(docOf(then)).toEqual(original.doc);
      expect(then.entities.map((e) => e.target).sort()).toEqual(['中国', '美国']);
    } finally {
      services.close();
    }
  });
});
