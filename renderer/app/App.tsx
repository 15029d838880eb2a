/**
 * The application shell: the toolbar (import), the library or the open article, the import panel, drag and drop of
 * files and folders anywhere on the window, menu commands, and the messages area. The open article is in the URL
 * hash (`#/article/12`), so a reload comes back to it.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ArticleSummary } from '../../shared/model/article';
import { api, isDesktop, onMenu } from '../api';
import { ArticleView } from '../panels/ArticleView';
import { ErrorBoundary } from './ErrorBoundary';
import { MENU_EVENT, type LeaveGuard } from '../panels/ArticleWorkspace';
import { ImportPanel } from '../panels/ImportPanel';
import { LibraryView } from '../panels/LibraryView';
import { prefetchArticleById } from '../panels/articleRequest';
import { takePrefetchedLibrary } from '../panels/libraryRequest';
import { hashOf, routeFromHash, type Route } from './routes';
import { openExternal } from './externalLinks';
import { importRequest, selectionFromDrop, selectionFromInput } from './importSources';
import { Toasts, useToasts } from './Toasts';
import { useImportJob } from './useImportJob';

/**
 * The translation workspace, fetched the first time it is shown: with the alignment code it is about a tenth of the
 * application's own code, which every page load had to parse before it could show an article.
 */
const TranslationView = lazy(() => import('../translation/TranslationView').then((module) => ({ default: module.TranslationView })));

/**
 * Whether going from `current` to `next` makes the article view open an article afresh (from the library, another
 * article or the translation view): then its text and annotations are asked for at once, together, as a page loaded
 * on the article's address does (see `prefetchArticleById`), instead of the text first and the annotations after the
 * view has drawn it.
 */
function opensArticle(current: Route, next: Route): next is Extract<Route, { view: 'article' }> {
  return next.view === 'article' && !(current.view === 'article' && current.id === next.id);
}

/** The root component. */
export function App() {
  const { toasts, notify, dismiss } = useToasts();
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  // The route as of the last navigation, ahead of React's state: the hash change a navigation causes arrives later.
  const routeRef = useRef(route);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const leaveGuard = useRef<LeaveGuard | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  // Learned from the first answer: the preview host has no native dialog, so later clicks open the file input at once.
  const nativePicker = useRef<boolean | null>(isDesktop() ? null : false);

  /** Loads the library's list; `onShow`, when the library is shown, may take the list the entry module asked for. */
  const refreshLibrary = useCallback(async (onShow = false) => {
    setLoading(true);
    try {
      // The first load takes the list the entry module asked for while the application loaded (see `libraryRequest`).
      setArticles(await ((onShow ? takePrefetchedLibrary() : null) ?? api['articles.list']({})));
    } catch (error) {
      notify.error('Could not load the library', error);
    } finally {
      setLoading(false);
    }
  }, [notify]);

  const importJob = useImportJob(notify, () => void refreshLibrary());
  const { start: startImport } = importJob;

  useEffect(() => {
    const onHash = (): void => {
      const next = routeFromHash(window.location.hash);
      if (opensArticle(routeRef.current, next)) prefetchArticleById(next.id);
      routeRef.current = next;
      setRoute(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (route.view === 'library') void refreshLibrary(true);
  }, [route, refreshLibrary]);

  const navigate = useCallback(
    async (next: Route) => {
      try {
        await leaveGuard.current?.();
      } catch (error) {
        notify.error('Your edit is not saved yet, so the article stays open', error);
        return;
      }
      if (opensArticle(routeRef.current, next)) prefetchArticleById(next.id);
      routeRef.current = next;
      if (window.location.hash !== hashOf(next)) window.location.hash = hashOf(next);
      setRoute(next);
    },
    [notify],
  );

  // A finished import with nothing to look at gets out of the way once the user moves on (a change of view, not the
  // job finishing, so the refs).
  const jobRef = useRef(importJob.job);
  jobRef.current = importJob.job;
  const dismissRef = useRef(importJob.dismiss);
  dismissRef.current = importJob.dismiss;
  useEffect(() => {
    const job = jobRef.current;
    if (job && job.state !== 'running' && job.results.every((r) => r.status !== 'failed')) dismissRef.current();
  }, [route]);

  const setLeaveGuard = useCallback((guard: LeaveGuard | null) => {
    leaveGuard.current = guard;
  }, []);

  const pickAndImport = useCallback(
    (folders: boolean) => {
      const input = folders ? folderInput.current : fileInput.current;
      if (nativePicker.current === false) {
        input?.click();
        return;
      }
      void startImport(async () => {
        const picked = await api['dialog.pickImportPaths']({ folders });
        nativePicker.current = picked.supported;
        if (picked.supported) return picked.paths.length > 0 ? { paths: picked.paths } : null;
        input?.click();
        return null;
      });
    },
    [startImport],
  );

  const onInputChange = (event: ChangeEvent<HTMLInputElement>, fromFolder: boolean): void => {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length > 0) void startImport(() => importRequest(selectionFromInput(files, fromFolder)));
  };

  // Drag and drop of files and folders anywhere on the window.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent): void => {
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = hasFiles(e) ? 'copy' : 'none';
    };
    const onDrop = (e: DragEvent): void => {
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (!e.dataTransfer || !hasFiles(e)) return;
      const selection = selectionFromDrop(e.dataTransfer);
      void startImport(async () => importRequest(await selection));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [startImport]);

  // Menu commands: imports here, the rest (edit mode) to the open article.
  useEffect(
    () =>
      onMenu((command) => {
        if (command === 'import-files') pickAndImport(false);
        else if (command === 'import-folder') pickAndImport(true);
        else window.dispatchEvent(new CustomEvent(MENU_EVENT, { detail: command }));
      }),
    [pickAndImport],
  );

  // Anything that escapes a handler still reaches the user.
  useEffect(() => {
    const onRejection = (e: PromiseRejectionEvent): void => notify.error('Something went wrong', e.reason);
    const onError = (e: ErrorEvent): void => notify.error('Something went wrong', e.error ?? e.message);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, [notify]);

  const openSource = useCallback(
    (url: string) => void openExternal(url).catch((error: unknown) => notify.error('Could not open the link', error)),
    [notify],
  );

  return (
    <div className="app">
      <header className="app-bar">
        <button type="button" className="brand" onClick={() => void navigate({ view: 'library' })} title="Library">
          <span className="brand-mark" aria-hidden="true">
            G
          </span>
          Glossa
        </button>
        <nav className="app-actions" aria-label="Import">
          <button type="button" className="button" onClick={() => pickAndImport(false)} disabled={importJob.running} data-testid="import-files">
            Import files…
          </button>
          <button type="button" className="button" onClick={() => pickAndImport(true)} disabled={importJob.running} data-testid="import-folder">
            Import folder…
          </button>
        </nav>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".md,.markdown,.mdown,.mkd,.txt,text/markdown,text/plain"
          hidden
          tabIndex={-1}
          onChange={(e) => onInputChange(e, false)}
          data-testid="import-file-input"
        />
        <input
          ref={(el) => {
            folderInput.current = el;
            // React has no prop for these non-standard attributes.
            el?.setAttribute('webkitdirectory', '');
            el?.setAttribute('directory', '');
          }}
          type="file"
          multiple
          hidden
          tabIndex={-1}
          onChange={(e) => onInputChange(e, true)}
          data-testid="import-folder-input"
        />
      </header>
      <ImportPanel key={importJob.job?.jobId ?? 'none'} job={importJob.job} preparing={importJob.preparing} onCancel={() => void importJob.cancel()} onDismiss={importJob.dismiss} />
      <ErrorBoundary key={route.view === 'library' ? 'library' : `${route.view}-${route.id}`} onReset={() => void navigate({ view: 'library' })}>
        {route.view === 'library' ? (
          <LibraryView articles={articles} loading={loading} onOpen={(id, at) => void navigate({ view: 'article', id, ...(at ? { at } : {}) })} onOpenSource={openSource} />
        ) : route.view === 'translate' ? (
          <Suspense
            fallback={
              <main className="article-state" aria-busy="true">
                <p className="muted">Opening the translation…</p>
              </main>
            }
          >
            <TranslationView id={route.id} notify={notify} onBack={() => void navigate({ view: 'article', id: route.id })} />
          </Suspense>
        ) : (
          <ArticleView id={route.id} at={route.at} notify={notify} onBack={() => void navigate({ view: 'library' })} setLeaveGuard={setLeaveGuard} />
        )}
      </ErrorBoundary>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <div className="drop-card">Drop Markdown files or folders to import them</div>
        </div>
      )}
      <Toasts toasts={toasts} dismiss={dismiss} />
    </div>
  );
}
