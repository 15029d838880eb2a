import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../renderer/api';

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '卡塔尔', marks: [{ type: 'wikiLink', attrs: { lang: 'zh', target: '卡塔尔' } }] }] }] };
const reader = { summary: { id: 3 }, revision: { id: 7 }, revisions: [], entities: [{ lang: 'zh', target: '卡塔尔', count: 1 }], warnings: [] };

function preview(answer: (url: string) => unknown): string[] {
  const urls: string[] = [];
  vi.stubGlobal('window', {});
  vi.stubGlobal('document', { querySelector: () => ({ content: 'tok' }) });
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    return { status: 200, statusText: '', text: async () => JSON.stringify(answer(url)) };
  });
  return urls;
}

afterEach(() => vi.unstubAllGlobals());

describe('api articles.open', () => {
  it('fetches the document packed and hands callers the unpacked document', async () => {
    const packed = { marks: [[{ type: 'wikiLink', attrs: { lang: 'zh', target: '卡塔尔' } }]], doc: ['doc', 0, [['paragraph', 0, [['卡塔尔', 0]]]]] };
    const urls = preview(() => ({ ok: true, value: { ...reader, packed } }));
    const opened = await api['articles.open']({ id: 3 });
    expect(urls).toEqual(['/api/articles.openRaw']);
    expect(opened).toEqual({ ...reader, doc });
    expect('packed' in opened).toBe(false);
  });

  it('takes a document sent as stored JSON text too', async () => {
    const urls = preview(() => ({ ok: true, value: { ...reader, docJson: JSON.stringify(doc) } }));
    const opened = await api['articles.open']({ id: 3 });
    expect(urls).toEqual(['/api/articles.openRaw']);
    expect(opened).toEqual({ ...reader, doc });
    expect('docJson' in opened).toBe(false);
  });

  it('passes the service error on, and says so when the stored document is unreadable', async () => {
    preview(() => ({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no article #3.' } }));
    await expect(api['articles.open']({ id: 3 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    preview(() => ({ ok: true, value: { ...reader, docJson: '{"type":"doc",' } }));
    await expect(api['articles.open']({ id: 3 })).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('article #3') });
    preview(() => ({ ok: true, value: { ...reader, packed: { marks: [], doc: ['doc', 0, [['x', 5]]] } } }));
    await expect(api['articles.open']({ id: 3 })).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('article #3') });
  });

  it('asks the preload the same way inside the desktop app', async () => {
    const asked: string[] = [];
    vi.stubGlobal('window', {
      glossa: {
        'articles.openRaw': async () => {
          asked.push('articles.openRaw');
          return { ok: true, value: { ...reader, docJson: JSON.stringify(doc) } };
        },
      },
    });
    expect(await api['articles.open']({ id: 3, revisionId: 7 })).toEqual({ ...reader, doc });
    expect(asked).toEqual(['articles.openRaw']);
  });
});
