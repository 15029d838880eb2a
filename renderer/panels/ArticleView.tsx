/**
 * Opens one article: loads a revision (the latest unless the user picks an older one) and hands it to the
 * workspace. Choosing another revision first stores pending edits, then remounts the workspace on that revision.
 */
import { useEffect, useRef, useState } from 'react';
import type { Node as PMNode } from 'prosemirror-model';
import type { ChannelOutput } from '../../shared/ipc/contract';
import type { DocJSON } from '../../shared/model/article';
import { GlossaError } from '../../shared/ipc/errors';
import { call } from '../api';
import type { Notifier } from '../app/Toasts';
import { buildDocument, buildPackedDocument } from '../editor/documentBuilder';
import { takeArrivedArticle, takePrefetchedArticle } from './articleRequest';
import { ArticleWorkspace, type LeaveGuard } from './ArticleWorkspace';

/** An article revision as the service sends it for reading: its document packed (or as the JSON text it is stored as). */
export type ArticleDetail = ChannelOutput<'articles.openRaw'>;

/**
 * The editor's document of a revision, built straight from the wire form (no document JSON made in between); a
 * GlossaError when it cannot be read or does not fit the schema.
 */
function documentOf(detail: ArticleDetail): PMNode {
  performance.mark('glossa:document-start');
  try {
    return detail.packed ? buildPackedDocument(detail.packed) : buildDocument(JSON.parse(detail.docJson ?? '') as DocJSON);
  } catch {
    throw new GlossaError('INTERNAL', `The service sent an unreadable document for article #${detail.summary.id}.`);
  } finally {
    // Named phases of opening an article, for the open benchmark and the browser's performance panel.
    performance.measure('glossa:editor-document', 'glossa:document-start');
  }
}

/** The latest revision of article `id` opened from the prefetched answer when it is here already, or why it failed. */
function openArrived(id: number): { detail: ArticleDetail; doc: PMNode } | { error: unknown } | null {
  const detail = takeArrivedArticle(id);
  if (!detail) return null;
  try {
    return { detail, doc: documentOf(detail) };
  } catch (error) {
    return { error };
  }
}

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
  const [arrived] = useState(() => openArrived(props.id));
  const [opened, setOpened] = useState<{ detail: ArticleDetail; doc: PMNode } | null>(arrived && 'detail' in arrived ? arrived : null);
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
    const request = (revisionId ? null : takePrefetchedArticle(id)) ?? call('articles.openRaw', { id, ...(revisionId ? { revisionId } : {}) });
    request.then((detail) => ({ detail, doc: documentOf(detail) })).then(
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
