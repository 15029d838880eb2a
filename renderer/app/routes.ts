/**
 * The views the address names: the library (`#/`), an article (`#/article/12`, or `#/article/12?at=40-47` to show
 * a stretch of its text) and its translation (`#/article/12/translate`). A module of its own, with nothing else in
 * it, because the entry module reads the address before the application has loaded (see `prefetchOnLoad`).
 */

/** A stretch of an article's canonical text to show when it opens (a search hit): `#/article/12?at=40-47`. */
export type TextRange = { start: number; end: number };

/** A view of the application. */
export type Route = { view: 'library' } | { view: 'article'; id: number; at?: TextRange } | { view: 'translate'; id: number };

/** The view an address names; anything unknown is the library. */
export function routeFromHash(hash: string): Route {
  const match = /^#\/article\/(\d+)(?:(\/translate)|\?at=(\d+)-(\d+))?$/.exec(hash);
  if (!match) return { view: 'library' };
  if (match[2]) return { view: 'translate', id: Number(match[1]) };
  return match[3] ? { view: 'article', id: Number(match[1]), at: { start: Number(match[3]), end: Number(match[4]) } } : { view: 'article', id: Number(match[1]) };
}

/** The address of a view. */
export function hashOf(route: Route): string {
  if (route.view === 'library') return '#/';
  if (route.view === 'translate') return `#/article/${route.id}/translate`;
  return `#/article/${route.id}${route.at ? `?at=${route.at.start}-${route.at.end}` : ''}`;
}
