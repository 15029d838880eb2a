/**
 * The article request of a page loaded on an article's address (`#/article/12`, e.g. a reload), started by the
 * entry module before the application's code has even been fetched and evaluated. Opening a large article used to
 * wait for the bundle, React's first render and the article view's effect before asking for the article; started
 * here, the service reads and encodes it while the page boots, and `ArticleView` takes the answer when it mounts.
 * The editor's document is built from the answer as soon as it arrives, by a module loaded beside the application
 * (`articleDocument`, ProseMirror's model and the schema): the application, React and the editor take several times as
 * long to parse, and the document is then ready when they are.
 * The article's annotations are asked for too, with the tags and the verdict scale that colour them: the editor draws
 * them with the text when they are here in time (the article waits a moment for them), and the side panel takes them on
 * its first load. The running app asks the same way when it opens an article (`prefetchArticleById`, from `App`'s
 * navigation), so an article opened from the library gets its annotations with its text too.
 */
import { annotationOutline, call } from '../api';
import type { ChannelOutput } from '../../shared/ipc/contract';
import type { OpenedArticle } from './articleDocument';
type AnnotationList = ChannelOutput<'annotations.list'>;

/** What the side panel needs before it can draw an article's highlights. */
export interface PrefetchedAnnotations {
  list: Promise<AnnotationList>;
  tags: Promise<ChannelOutput<'tags.list'>>;
  scale: Promise<ChannelOutput<'claims.verdictScale'>>;
}

/** The values of prefetched annotations, once all three have arrived. */
export interface LoadedAnnotations {
  list: AnnotationList;
  tags: ChannelOutput<'tags.list'>;
  scale: ChannelOutput<'claims.verdictScale'>;
}

let early: { id: number; request: Promise<OpenedArticle>; arrived: OpenedArticle | { error: unknown } | null } | null = null;
let earlyAnnotations: { id: number; request: PrefetchedAnnotations; loaded: LoadedAnnotations | null; done: boolean; settled: Promise<void> } | null = null;

/**
 * How long, at most, the article waits for its prefetched annotations once it is here itself. They are asked for with
 * it and usually arrive while the page is still starting; drawn with the text they cost one pass over it instead of two
 * (and a second redraw with forced layouts: 5,000 annotations on a long article took ~200 ms more arriving afterwards).
 * A service slow to list thousands of annotations can take a few hundred milliseconds more than the text.
 */
const ANNOTATIONS_WAIT_MS = 600;

/** The article id of a reader address (`#/article/12`), or null for any other view (library, translation). */
export function articleIdOfHash(hash: string): number | null {
  const match = /^#\/article\/(\d+)$/.exec(hash);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Starts loading the latest revision of the article the address names, if it names one. */
export function prefetchArticle(hash: string): void {
  const id = articleIdOfHash(hash);
  if (id !== null) prefetchArticleById(id);
}

/**
 * Starts loading the latest revision of article `id`, its annotations, tags and verdict scale, for the article view
 * about to open it: on a page loaded on its address (above), and when the running app opens it (from the library, a
 * search hit, back from the translation). Any earlier prefetch not taken is dropped.
 */
export function prefetchArticleById(id: number): void {
  const builder = import('./articleDocument');
  const request = Promise.all([call('articles.openRaw', { id }), builder]).then(([detail, { openedArticle }]) => openedArticle(detail));
  // A failure is reported by the view that takes the request; an untaken one must not be an unhandled rejection.
  request.catch(() => undefined);
  const entryOfArticle: NonNullable<typeof early> = { id, request, arrived: null };
  // Kept as a value too: the article view opens it in its first render when it is here (see `takeArrivedArticle`).
  request.then(
    (opened) => {
      entryOfArticle.arrived = opened;
    },
    (error: unknown) => {
      entryOfArticle.arrived = { error };
    },
  );
  early = entryOfArticle;
  // Asked second, so the service answers the article first; a long list of annotations then arrives while the text is
  // being drawn instead of being asked for afterwards.
  const annotations: PrefetchedAnnotations = {
    list: annotationOutline(id),
    tags: call('tags.list', {}),
    scale: call('claims.verdictScale', {}),
  };
  for (const pending of [annotations.list, annotations.tags, annotations.scale]) pending.catch(() => undefined);
  const entry: NonNullable<typeof earlyAnnotations> = { id, request: annotations, loaded: null, done: false, settled: Promise.resolve() };
  // Kept as values too: the article view draws them with the text (see `loadedAnnotations`).
  entry.settled = Promise.all([annotations.list, annotations.tags, annotations.scale]).then(
    ([list, tags, scale]) => {
      entry.loaded = { list, tags, scale };
      entry.done = true;
    },
    () => {
      entry.done = true;
    },
  );
  earlyAnnotations = entry;
}

/**
 * The prefetched request for article `id`, once: later opens (after edits, another revision) ask the service afresh.
 * Null when nothing was prefetched for that article.
 */
export function takePrefetchedArticle(id: number): Promise<OpenedArticle> | null {
  if (!early || early.id !== id) return null;
  const { request } = early;
  early = null;
  const annotations = earlyAnnotations && earlyAnnotations.id === id ? earlyAnnotations.settled : null;
  if (!annotations) return request;
  // Once the article is here, its annotations get a moment more to arrive (whether they do or fail, it then opens).
  return request.then((opened) => {
    performance.mark('glossa:annotations-wait-start');
    let timedOut = false;
    const timeout = new Promise<void>((resolve) =>
      setTimeout(() => {
        timedOut = true;
        resolve();
      }, ANNOTATIONS_WAIT_MS),
    );
    return Promise.race([annotations, timeout]).then(() => {
      // Named phase for the open benchmarks: how long the article waited for its annotations, and whether they came.
      performance.measure(timedOut ? 'glossa:annotations-wait-timed-out' : 'glossa:annotations-wait', 'glossa:annotations-wait-start');
      return opened;
    });
  });
}

/**
 * The prefetched article `id` with its document, or why it could not be read or built, once, if it is here already
 * and its annotations have arrived (or failed): the article view then opens it in its first render, with no round
 * through an effect, a paint of the "opening" note and a second render. Null otherwise (`takePrefetchedArticle` then
 * waits for it).
 */
export function takeArrivedArticle(id: number): OpenedArticle | { error: unknown } | null {
  if (!early || early.id !== id || early.arrived === null) return null;
  if (earlyAnnotations && earlyAnnotations.id === id && !earlyAnnotations.done) return null;
  const opened = early.arrived;
  early = null;
  return opened;
}

/**
 * The prefetched annotations of article `id` if all of them have arrived, without taking them (the side panel still
 * takes and shows them); null otherwise.
 */
export function loadedAnnotations(id: number): LoadedAnnotations | null {
  return earlyAnnotations && earlyAnnotations.id === id ? earlyAnnotations.loaded : null;
}

/** The prefetched annotations of article `id`, once (the side panel's first load); null when there are none. */
export function takePrefetchedAnnotations(id: number): PrefetchedAnnotations | null {
  if (!earlyAnnotations || earlyAnnotations.id !== id) return null;
  const { request } = earlyAnnotations;
  earlyAnnotations = null;
  return request;
}
