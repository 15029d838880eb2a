import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, onMenu, pathForFile } from '../../../renderer/api';
import { GlossaError } from '../../../shared/ipc/errors';

/** A page without the preload: a token meta tag and fetch to the preview host. */
function browserPage(answer: (url: string, init: RequestInit) => { status: number; body: string }) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('window', {});
  vi.stubGlobal('document', {
    querySelector: (selector: string) => (selector === 'meta[name="glossa-token"]' ? { content: 'tok-123' } : null),
  });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const { status, body } = answer(url, init);
    return { status, statusText: '', text: async () => body };
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('renderer api over HTTP (preview host)', () => {
  it('posts the input with the page token and returns the value', async () => {
    const calls = browserPage(() => ({ status: 200, body: JSON.stringify({ ok: true, value: [] }) }));
    expect(await api['articles.list']({ query: '卡塔尔' })).toEqual([]);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/api/articles.list');
    expect(calls[0].init.method).toBe('POST');
    expect((calls[0].init.headers as Record<string, string>)['x-glossa-token']).toBe('tok-123');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ query: '卡塔尔' });
  });

  it('throws the service error with its code and message', async () => {
    browserPage(() => ({ status: 200, body: JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no article #9.' } }) }));
    const error = await api['articles.get']({ id: 9 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlossaError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'There is no article #9.' });
  });

  it('turns an unreadable answer or a dead server into an error that says so', async () => {
    browserPage(() => ({ status: 502, body: '<html>Bad gateway</html>' }));
    await expect(api['articles.list']({})).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('HTTP 502') });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api['articles.list']({})).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('Could not reach') });
  });
});

describe('renderer api over the Electron preload', () => {
  it('calls window.glossa, unwraps its envelope, and never touches fetch', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const seen: unknown[] = [];
    vi.stubGlobal('window', {
      glossa: {
        'shell.openExternal': async (input: unknown) => {
          seen.push(input);
          return { ok: true, value: { opened: true } };
        },
        'articles.saveEdit': async () => ({ ok: false, error: { code: 'CONFLICT', message: 'Reload: someone saved a newer revision.' } }),
        pathForFile: (file: { name: string }) => `/home/u/${file.name}`,
        onMenu: (cb: (c: string) => void) => {
          cb('toggle-edit');
          return () => seen.push('unsubscribed');
        },
      },
    });
    expect(await api['shell.openExternal']({ url: 'https://zh.wikipedia.org/wiki/x' })).toEqual({ opened: true });
    await expect(api['articles.saveEdit']({ id: 1, baseRevisionId: 1, doc: { type: 'doc' } })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(api['import.status']({ jobId: 'j' })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(pathForFile({ name: 'a.md' } as File)).toBe('/home/u/a.md');
    const commands: string[] = [];
    const stop = onMenu((c) => commands.push(c));
    stop();
    expect(commands).toEqual(['toggle-edit']);
    expect(seen).toEqual([{ url: 'https://zh.wikipedia.org/wiki/x' }, 'unsubscribed']);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
