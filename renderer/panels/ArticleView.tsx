/**
 * Opens one article: loads a revision (the latest unless the user picks an older one) and hands it to the
 * workspace. Choosing another revision first stores pending edits, then remounts the workspace on that revision.
 */
import { useEffect, useRef, useState } from 'react';
import { call } from '../api';
import type { Notifier } from '../app/Toasts';
import { openedArticle, type OpenedArticle } from './articleDocument';
import { takeArrivedArticle, takePrefetchedArticle } from './articleRequest';
import { ArticleWorkspace, type LeaveGuard } from './ArticleWorkspace';

export type { ArticleDetail } from './articleDocument';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The article view. */
export function ArticleView(props: {
  id: number;
  /** Canonical offsets to select and show once the latest revision is open (a search hit). */
  at?: { start: number; end: number };
  notify: Notifier;
  onBack(): void;
  setLeaveGuard(guard: LeaveGuard | null): void;
}) {
  const [revisionId, setRevisionId] = useState<number | undefined>(undefined);
  // A page loaded on this article's address usually has its answer by the time React first renders (see
  // articleRequest): the workspace, and the editor in its layout effect, are then made in this very render.
  const [arrived] = useState(() => {
    performance.mark('glossa:article-view');
    return takeArrivedArticle(props.id);
  });
  const [opened, setOpened] = useState<OpenedArticle | null>(arrived && 'detail' in arrived ? arrived : null);
  const [failed, setFailed] = useState<string | null>(arrived && 'error' in arrived ? messageOf(arrived.error) : null);
  const firstOpen = useRef(arrived);
  const { id, notify } = props;

  useEffect(() => {
    let live = true;
    const first = firstOpen.current;
    firstOpen.current = null;
    // Opened (or refused) in the first render already.
    if (first !== null && revisionId === undefined) {
      if ('error' in first) notify.error('Could not open the article', first.error);
      return;
    }
    setFailed(null);
    // A page loaded on this article's address already asked for its latest revision (see articleRequest).
    const request = (revisionId ? null : takePrefetchedArticle(id)) ?? call('articles.openRaw', { id, ...(revisionId ? { revisionId } : {}) }).then(openedArticle);
    request.then(
      (value) => {
        if (live) setOpened(value);
      },
      (error: unknown) => {
        if (!live) return;
        notify.error('Could not open the article', error);
        setFailed(messageOf(error));
      },
    );
    return () => {
      live = false;
    };
  }, [id, revisionId, notify]);

  if (failed) {
    return (
      <main className="article-state" data-testid="article-error">
        <p>{failed}</p>
        <button type="button" className="button" onClick={props.onBack}>
          Back to the library
        </button>
      </main>
    );
  }
  if (!opened || opened.detail.summary.id !== id) {
    return (
      <main className="article-state" aria-busy="true">
        <p className="muted">Opening the article…</p>
      </main>
    );
  }
  return (
    <ArticleWorkspace
      key={opened.detail.revision.id}
      detail={opened.detail}
      doc={opened.doc}
      notify={notify}
      onBack={props.onBack}
      setLeaveGuard={props.setLeaveGuard}
      onSelectRevision={setRevisionId}
      reveal={revisionId === undefined ? props.at : undefined}
    />
  );
}
