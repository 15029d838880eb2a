/**
 * The library's list for a page loaded on the library's address (the desktop app's start, a reload), asked for by
 * the entry module before the application's code has been fetched and evaluated, as an article's address asks for
 * the article (`articleRequest`). The list of a large library is a large answer (5,000 articles: ~1.6 MB, a few
 * hundred milliseconds to read and send); asked for only once the application had rendered, it arrived after the
 * page had nothing else to do, and the first row waited for it.
 */
import { call } from '../api';
import type { ChannelOutput } from '../../shared/ipc/contract';

let early: Promise<ChannelOutput<'articles.list'>> | null = null;

/** Starts loading the library's list (all articles, as the library first shows them). */
export function prefetchLibrary(): void {
  early = call('articles.list', {});
  // A failure is reported by the library that takes the request; an untaken one must not be an unhandled rejection.
  early.catch(() => undefined);
}

/** The prefetched list, once: later loads (after an import, back from an article) ask the service afresh. */
export function takePrefetchedLibrary(): Promise<ChannelOutput<'articles.list'>> | null {
  const request = early;
  early = null;
  return request;
}
