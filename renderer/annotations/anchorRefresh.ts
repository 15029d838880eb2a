/**
 * Keeps the side panel's anchor states current after a re-anchoring the panel did not ask for. Every revision added
 * (an autosaved edit, a changed file re-imported) makes the service re-anchor every annotation of the article; the
 * panel learns of it by watching the revision the editor saves to, and by a cheap `annotations.revision` probe when
 * the window regains focus and every few seconds while it is visible. It then compares fingerprints
 * (`shared/anchoring/anchorKey.ts`) and fetches only the records whose fingerprint differs (`annotations.some`), so
 * a save after typing inside one highlight fetches one record, not every record of a long article; only records that
 * changed are handed on, so highlights that did not move are left alone.
 */
import { useEffect, useRef } from 'react';
import { anchoringKey } from '../../shared/anchoring/anchorKey';
import { isOutline, outlineRow } from '../../shared/ipc/annotationOutline';
import type { Annotation } from '../../shared/model/annotation';
import { call } from '../api';

const LOCAL_CHECK_MS = 400;
const REMOTE_CHECK_MS = 5000;
/** How long a revision newer than the editor's may be this editor's own save still landing, before it counts as another's. */
const OWN_SAVE_GRACE_MS = 1000;

/** True when the fingerprints (`annotations.anchorKeys`) name a record the panel lacks or shows differently. */
export function keysDiffer(known: ReadonlyMap<string, Annotation>, keys: readonly { id: string; key: string }[]): boolean {
  return differingIds(known, keys).length > 0;
}

/** The ids whose fingerprint names a record the panel lacks or shows differently: the records worth fetching. */
export function differingIds(known: ReadonlyMap<string, Annotation>, keys: readonly { id: string; key: string }[]): string[] {
  return keys.flatMap(({ id, key }) => {
    const before = known.get(id);
    return !before || anchoringKey(before) !== key ? [id] : [];
  });
}

/** The records of `fresh` whose anchoring or content changed in a way the panel shows (new ones included). */
export function changedRecords(known: ReadonlyMap<string, Annotation>, fresh: readonly Annotation[]): Annotation[] {
  return fresh.filter((a) => {
    const before = known.get(a.id);
    return !before || anchoringKey(before) !== anchoringKey(a);
  });
}

/**
 * The panel's records after a fresh list of outlines (`annotations.outline`): each annotation as listed, except that
 * a whole record the panel already holds (fetched to show it in detail) is kept while its outline is the same (place,
 * words, anchoring, last change, notes, tags, claim verdict, status and value), so reloading the list does not throw
 * away the open detail view.
 */
export function keepWholeRecords(known: ReadonlyMap<string, Annotation>, fresh: readonly Annotation[]): Map<string, Annotation> {
  return new Map(
    fresh.map((a) => {
      const before = known.get(a.id);
      // Only the few whole records held are compared, by everything an outline says of them.
      const keep = before !== undefined && !isOutline(before) && isOutline(a) && JSON.stringify(outlineRow(before)) === JSON.stringify(outlineRow(a));
      return [a.id, keep ? before : a];
    }),
  );
}

/** What the hook needs from the panel. */
export interface AnchorRefreshOptions {
  articleId: number;
  /** False while nothing is shown (no editor, an older revision). */
  enabled: boolean;
  /** The revision the editor's text is saved as; it moves forward with autosave. */
  currentRevision(): number;
  /** The records the panel shows now. */
  known(): ReadonlyMap<string, Annotation>;
  /**
   * Called with the changed records and the revision they are anchored on, which is not the text shown when another
   * revision arrived (then the states are news, but the positions are not for this text).
   */
  onChanged(changed: Annotation[], revisionId: number): void;
  /** Called when the article got a revision the editor did not make (a changed file re-imported, an edit elsewhere). */
  onNewerRevision?(revisionId: number): void;
  onError(error: unknown): void;
}

/** Watches for revisions added behind the panel's back and reports the annotations whose anchoring changed. */
export function useAnchorRefresh(options: AnchorRefreshOptions): void {
  const latest = useRef(options);
  latest.current = options;
  const { articleId, enabled } = options;
  useEffect(() => {
    if (!enabled) return;
    let seen = latest.current.currentRevision();
    let serverSeen: number | null = null;
    let busy = false;
    let stopped = false;
    const refresh = async (): Promise<void> => {
      if (busy) return;
      busy = true;
      try {
        // Fingerprints first: after a typical save nothing a person sees changed, and thousands of records stay put.
        const keys = await call('annotations.anchorKeys', { articleId });
        if (stopped) return;
        serverSeen = keys.revisionId;
        if (keys.revisionId > latest.current.currentRevision()) {
          // Revision ids only grow. This editor's own save may still be landing: look again in a moment.
          await new Promise((resolve) => setTimeout(resolve, OWN_SAVE_GRACE_MS));
          if (stopped) return;
          if (keys.revisionId > latest.current.currentRevision()) latest.current.onNewerRevision?.(keys.revisionId);
        }
        const ids = differingIds(latest.current.known(), keys.keys);
        if (ids.length === 0) return;
        // Only the records that changed: a long article has thousands, and typing inside one span changes one.
        const list = await call('annotations.some', { articleId, ids });
        if (stopped) return;
        serverSeen = list.revisionId;
        const changed = changedRecords(latest.current.known(), list.annotations);
        if (changed.length > 0) latest.current.onChanged(changed, list.revisionId);
      } catch (error) {
        if (!stopped) latest.current.onError(error);
      } finally {
        busy = false;
      }
    };
    const probe = async (): Promise<void> => {
      if (busy || document.visibilityState === 'hidden') return;
      try {
        const { revisionId } = await call('annotations.revision', { articleId });
        if (!stopped && revisionId !== serverSeen) await refresh();
      } catch {
        // The probe only decides whether to fetch; a failed one is retried on the next tick.
      }
    };
    void call('annotations.revision', { articleId }).then(
      (r) => {
        serverSeen ??= r.revisionId;
      },
      () => undefined,
    );
    const local = setInterval(() => {
      const now = latest.current.currentRevision();
      if (now !== seen) {
        seen = now;
        void refresh();
      }
    }, LOCAL_CHECK_MS);
    const remote = setInterval(() => void probe(), REMOTE_CHECK_MS);
    const onFocus = () => void probe();
    window.addEventListener('focus', onFocus);
    return () => {
      stopped = true;
      clearInterval(local);
      clearInterval(remote);
      window.removeEventListener('focus', onFocus);
    };
  }, [articleId, enabled]);
}
