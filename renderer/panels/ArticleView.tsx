/**
 * Opens one article: loads a revision (the latest unless the user picks an older one) and hands it to the
 * workspace. Choosing another revision first stores pending edits, then remounts the workspace on that revision.
 */
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../shared/ipc/contract';
import { api } from '../api';
import type { Notifier } from '../app/Toasts';
import { takePrefetchedArticle } from './articleRequest';
import { ArticleWorkspace, type LeaveGuard } from './ArticleWorkspace';

/** An article revision as the service sends it. */
export type ArticleDetail = ChannelOutput<'articles.open'>;

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
  const [detail, setDetail] = useState<ArticleDetail | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const { id, notify } = props;

  useEffect(() => {
    let live = true;
    setFailed(null);
    // A page loaded on this article's address already asked for its latest revision (see articleRequest).
    const request = (revisionId ? null : takePrefetchedArticle(id)) ?? api['articles.open']({ id, ...(revisionId ? { revisionId } : {}) });
    request.then(
      (value) => {
        if (live) setDetail(value);
      },
      (error: unknown) => {
        if (!live) return;
        notify.error('Could not open the article', error);
        setFailed(error instanceof Error ? error.message : String(error));
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
  if (!detail || detail.summary.id !== id) {
    return (
      <main className="article-state" aria-busy="true">
        <p className="muted">Opening the article…</p>
      </main>
    );
  }
  return (
    <ArticleWorkspace
      key={detail.revision.id}
      detail={detail}
      notify={notify}
      onBack={props.onBack}
      setLeaveGuard={props.setLeaveGuard}
      onSelectRevision={setRevisionId}
      reveal={revisionId === undefined ? props.at : undefined}
    />
  );
}
