import { afterEach, describe, expect, it, vi } from 'vitest';
// Loaded up front, as the page's modulepreload does: the prefetch's dynamic import of it then settles at once.
import '../../../../renderer/panels/articleDocument';
import { loadedAnnotations, prefetchArticle, takeArrivedArticle, takePrefetchedArticle } from '../../../../renderer/panels/articleRequest';

const reader = { summary: { id: 3 }, revision: { id: 7 }, revisions: [], entities: [], warnings: [], docJson: '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Hi"}]}]}' };
const answers: Record<string, unknown> = {
  'articles.openRaw': reader,
  'annotations.outline': { revisionId: 7, rows: [] },
  'tags.list': [],
  'claims.verdictScale': { defaultVerdict: 'unverified', verdicts: [] },
};

/** A preview host whose answers are held until `release(channel)`. */
function heldHost(): { release(channel: string): void } {
  const waiting = new Map<string, () => void>();
  vi.stubGlobal('window', {});
  vi.stubGlobal('document', { querySelector: () => ({ content: 'tok' }) });
  vi.stubGlobal('fetch', (url: string) => {
    const channel = url.replace('/api/', '');
    return new Promise((resolve) => {
      waiting.set(channel, () => resolve({ status: 200, statusText: '', text: async () => JSON.stringify({ ok: true, value: answers[channel] }) }));
    });
  });
  return {
    release(channel) {
      waiting.get(channel)?.();
    },
  };
}

// The document builder is imported dynamically: a few turns for it and the answers.
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

afterEach(() => {
  vi.unstubAllGlobals();
  // Takes whatever a test left, so the next one starts clean.
  takePrefetchedArticle(3);
});

describe('the article a page is loaded on', () => {
  it('is handed over in the first render once it and its annotations are here, and only once', async () => {
    const host = heldHost();
    prefetchArticle('#/article/3');
    expect(takeArrivedArticle(3)).toBeNull();
    host.release('articles.openRaw');
    await settle();
    // The article is here, its annotations are not: it is not opened without them yet.
    expect(takeArrivedArticle(3)).toBeNull();
    for (const channel of ['annotations.outline', 'tags.list', 'claims.verdictScale']) host.release(channel);
    await settle();
    expect(takeArrivedArticle(4)).toBeNull();
    const opened = takeArrivedArticle(3);
    expect(opened).toMatchObject({ detail: { summary: { id: 3 }, revision: { id: 7 } } });
    // The editor's document was built as the answer arrived.
    expect(opened && 'doc' in opened ? opened.doc.textContent : null).toBe('Hi');
    expect(loadedAnnotations(3)?.list.revisionId).toBe(7);
    expect(takeArrivedArticle(3)).toBeNull();
    expect(takePrefetchedArticle(3)).toBeNull();
  });

  it('is handed over without its annotations when they could not be listed', async () => {
    const host = heldHost();
    // A malformed answer: the tags cannot be read.
    answers['tags.list'] = undefined;
    prefetchArticle('#/article/3');
    host.release('articles.openRaw');
    host.release('annotations.outline');
    host.release('claims.verdictScale');
    host.release('tags.list');
    await settle();
    answers['tags.list'] = [];
    expect(takeArrivedArticle(3)).toMatchObject({ detail: { summary: { id: 3 } } });
    expect(loadedAnnotations(3)).toBeNull();
  });

  it('is handed over as the reason it failed when its document cannot be built', async () => {
    const host = heldHost();
    const good = answers['articles.openRaw'];
    answers['articles.openRaw'] = { ...reader, docJson: '{"type":"doc","content":[{"type":"nonsense"}]}' };
    prefetchArticle('#/article/3');
    for (const channel of ['articles.openRaw', 'annotations.outline', 'tags.list', 'claims.verdictScale']) host.release(channel);
    await settle();
    answers['articles.openRaw'] = good;
    const opened = takeArrivedArticle(3);
    expect(opened && 'error' in opened ? String(opened.error) : null).toMatch(/unreadable document for article #3/);
  });
});
