/**
 * One open article revision: title and metadata above the ProseMirror view, the entities panel beside it, and the
 * edit mode (off by default) with wiki-link tools, autosave and a visible save state. Only the latest revision can
 * be edited; older ones are read-only, and every save makes a new revision, so the original is always kept.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { relativeDateAnchor, type DocJSON, type EntityCount } from '../../shared/model/article';
import { wikipediaUrl } from '../../shared/schema';
import { api } from '../api';
import { Autosaver, type AutosaveReport } from '../app/autosave';
import { downloadText } from '../app/download';
import { openExternal } from '../app/externalLinks';
import { formatPublished, languageName, plural, sourceLabel } from '../app/format';
import type { Notifier } from '../app/Toasts';
import { createArticleEditor, type ArticleEditor } from '../editor/articleEditor';
import { entitiesOf, sameEntity } from '../editor/entities';
import { revealTextRange } from '../editor/revealTextRange';
import { getHighlight, type EntityRef } from '../editor/highlightPlugin';
import type { WikiLinkHover } from '../editor/linkInteraction';
import { linkSelection, removeWikiLink, selectedWikiLinks, setWikiLinkTarget } from '../editor/wikiLinkCommands';
import type { ArticleDetail } from './ArticleView';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel';
import type { AnnotationItem } from '../annotations/annotationPlugin';
import { annotationColour } from '../annotations/colours';
import { drawnItems } from '../annotations/linkEnds';
import { loadedAnnotations, type LoadedAnnotations } from './articleRequest';
import { EntitiesPanel } from './EntitiesPanel';
import { HoverCardSlot } from './HoverCard';
import { createValueStore } from '../app/valueStore';
import { LinkForm, type LinkFormRequest } from './LinkForm';
import { SaveIndicator } from './SaveIndicator';

/** Whether two entity lists name the same pages with the same counts, in the same order. */
function sameEntityCounts(a: readonly EntityCount[], b: readonly EntityCount[]): boolean {
  return a.length === b.length && a.every((e, i) => e.count === b[i].count && e.lang === b[i].lang && e.target === b[i].target && sameVariants(e, b[i]));
}

function sameVariants(a: EntityCount, b: EntityCount): boolean {
  const x = a.variants ?? [];
  const y = b.variants ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** What the editor draws for annotations loaded with the article: as the side panel colours them when it shows them. */
function drawnAnnotations({ list, tags, scale }: LoadedAnnotations): AnnotationItem[] {
  const colours = new Map(tags.map((t) => [t.name, t.colour]));
  const inUse = { defaultVerdict: scale.defaultVerdict, verdicts: scale.verdicts };
  return list.annotations.flatMap((a) => drawnItems(a, annotationColour(a, colours, inUse)));
}

/** Called before the user leaves an article; resolves when pending edits are stored, rejects when they could not be. */
export type LeaveGuard = () => Promise<void>;

/** A menu command forwarded to the open article (see App). */
export const MENU_EVENT = 'glossa-menu';

const AUTOSAVE_MS = 1000;

type RevisionRow = ArticleDetail['revisions'][number];

/** The article workspace. */
export function ArticleWorkspace(props: {
  detail: ArticleDetail;
  /** The revision's document, built from `detail` (see ArticleView). */
  doc: PMNode;
  notify: Notifier;
  onBack(): void;
  setLeaveGuard(guard: LeaveGuard | null): void;
  onSelectRevision(revisionId: number): void;
  /** Canonical offsets to select and scroll to once the text is shown (a search hit). */
  reveal?: { start: number; end: number };
}) {
  const { detail, notify } = props;
  const { summary } = detail;
  const isLatest = detail.revision.id === summary.revisionId;

  const mountRef = useRef<HTMLDivElement>(null);
  // A revision of this article that appeared while it is open (see AnnotationsPanel's refresh).
  const [newerRevision, setNewerRevision] = useState<number | null>(null);
  // Read once, when the editor is made: a later search hit opens the article anew.
  const revealRef = useRef(props.reveal);
  const scrollRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<ArticleEditor | null>(null);
  const saverRef = useRef<Autosaver<DocJSON> | null>(null);
  const lastToggle = useRef(0);

  const [editing, setEditing] = useState(false);
  // The save state lives in a store the indicator subscribes to: the first keystroke after a save re-renders the badge
  // alone, not the workspace and its panels. The workspace keeps only the revision the last save made.
  const saveReport = useMemo(() => createValueStore<AutosaveReport>({ state: 'saved', revisionId: detail.revision.id, saves: 0, error: null }), [detail.revision.id]);
  const [savedRevisionId, setSavedRevisionId] = useState(detail.revision.id);
  const [entities, setEntities] = useState<EntityCount[]>([]);
  const [active, setActive] = useState<{ entity: EntityRef | null; count: number; position: number }>({ entity: null, count: 0, position: 0 });
  // The hover card's link lives outside React state: showing the card re-renders the card alone.
  const hover = useMemo(() => createValueStore<WikiLinkHover | null>(null), []);
  const [selection, setSelection] = useState<{ empty: boolean; links: number }>({ empty: true, links: 0 });
  const [form, setForm] = useState<LinkFormRequest | null>(null);
  const [extraRevisions, setExtraRevisions] = useState<RevisionRow[]>([]);
  const [annotationEditor, setAnnotationEditor] = useState<ArticleEditor | null>(null);

  const editingRef = useRef(editing);
  editingRef.current = editing;

  const reportError = useCallback((title: string, error: unknown) => notify.error(title, error), [notify]);

  const openWiki = useCallback(
    (lang: string, target: string) => {
      openExternal(wikipediaUrl(lang, target)).catch((error: unknown) => reportError('Could not open the link', error));
    },
    [reportError],
  );
  const openHref = useCallback(
    (href: string) => {
      openExternal(href).catch((error: unknown) => reportError('Could not open the link', error));
    },
    [reportError],
  );

  const openLinkForm = useCallback(
    (mode?: LinkFormRequest['mode']) => {
      const editor = editorRef.current;
      if (!editor || !editor.isEditable()) return;
      const state = editor.view.state;
      const links = selectedWikiLinks(state);
      const { from, to, empty } = state.selection;
      const chosen = mode ?? (empty ? 'retarget' : 'link');
      if (chosen === 'link' && empty) {
        notify.info('Select the words to link first');
        return;
      }
      if (chosen === 'retarget' && links.length === 0) {
        notify.info('Put the cursor in a wiki-link first');
        return;
      }
      const first = links[0];
      setForm({
        mode: chosen,
        lang: first?.lang ?? summary.lang,
        target: first?.target ?? state.doc.textBetween(from, to, ' ').trim(),
      });
    },
    [notify, summary.lang],
  );

  // The editor is created once per revision; it reaches the latest callbacks through this ref.
  const handlers = useRef({ openWiki, openHref, openLinkForm, reportError });
  handlers.current = { openWiki, openHref, openLinkForm, reportError };

  // The editor and the autosaver live as long as this revision is open. Made in a layout effect: the page is not
  // laid out and painted once without the text before it (tens of milliseconds on a long article).
  useLayoutEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    let entityTimer: ReturnType<typeof setTimeout> | null = null;
    // What the toolbar and the entities panel last showed (see onDocChange).
    let shownCount = 0;
    let shownSelection = { empty: true, links: 0 };
    let lastReport: AutosaveReport = { state: 'saved', revisionId: detail.revision.id, saves: 0, error: null };
    const madeRevisions = new Set<number>();
    const saver = new Autosaver<DocJSON>({
      baseRevisionId: detail.revision.id,
      delayMs: AUTOSAVE_MS,
      save: (doc, baseRevisionId) => api['articles.saveEdit']({ id: summary.id, baseRevisionId, doc }),
      onReport: (next) => {
        // Every keystroke reports 'unsaved': only a change reaches React (a no-op state update per keystroke still
        // re-renders the workspace and its panels now and then, several milliseconds of a keystroke).
        const prev = lastReport;
        if (prev.state !== next.state || prev.revisionId !== next.revisionId || prev.saves !== next.saves || prev.error !== next.error) {
          lastReport = next;
          saveReport.set(next);
          if (prev.revisionId !== next.revisionId) setSavedRevisionId(next.revisionId);
        }
        if (next.state === 'error') handlers.current.reportError('Your edit was not saved', next.error);
        if ((next.state === 'saved' || next.state === 'unsaved') && next.revisionId !== detail.revision.id && !madeRevisions.has(next.revisionId)) {
          madeRevisions.add(next.revisionId);
          setExtraRevisions((rows) =>
            !rows.some((r) => r.id === next.revisionId)
              ? [...rows, { id: next.revisionId, createdAt: new Date().toISOString(), kind: 'edit', contentHash: '' }]
              : rows,
          );
        }
      },
    });
    // Annotations that arrived with the article are drawn with its text, in one pass (the panel lists them as usual).
    const loaded = isLatest ? loadedAnnotations(summary.id) : null;
    const editor = createArticleEditor({
      mount,
      doc: props.doc,
      editable: false,
      label: `Text of ${summary.title}`,
      annotations: loaded && loaded.list.revisionId === detail.revision.id ? drawnAnnotations(loaded) : undefined,
      onDocChange(doc) {
        if (editingRef.current) saver.changed(() => doc.toJSON() as DocJSON);
        if (entityTimer !== null) clearTimeout(entityTimer);
        // Recounting uses the shared canonical text of the whole document: wait for a pause in typing. Most edits leave
        // the counts as they were, and then the panels are not re-rendered.
        entityTimer = setTimeout(() => {
          const next = entitiesOf(doc);
          setEntities((shown) => (sameEntityCounts(shown, next) ? shown : next));
        }, 500);
        // React state is touched only when something shown changed: a no-op update per keystroke still re-renders
        // the workspace and its panels now and then, which costs a keystroke several milliseconds.
        const { count } = getHighlight(editor.view.state);
        if (count !== shownCount) {
          shownCount = count;
          setActive((a) => (a.count === count ? a : { ...a, count, position: Math.min(a.position, Math.max(0, count - 1)) }));
        }
      },
      onSelectionChange(state: EditorState) {
        const next = { empty: state.selection.empty, links: selectedWikiLinks(state).length };
        if (next.empty === shownSelection.empty && next.links === shownSelection.links) return;
        shownSelection = next;
        setSelection(next);
      },
      onHover: hover.set,
      openWikiLink: (lang, target) => handlers.current.openWiki(lang, target),
      openExternal: (href) => handlers.current.openHref(href),
      openLinkForm: () => handlers.current.openLinkForm(),
      loadImage: async (src) => (await api['media.fetchImage']({ url: src })).dataUrl,
    });
    editorRef.current = editor;
    setAnnotationEditor(editor);
    const reveal = revealRef.current;
    if (reveal && !revealTextRange(editor.view, reveal.start, reveal.end)) {
      notify.info('That place is not in this text any more', 'The article changed since the search; search again to find the phrase.');
    }
    saverRef.current = saver;
    // The service already counted this revision's entities with the shared rule and sorted them in the shared order
    // (sorting here would set up ICU on the way to the first paint); recount only after edits.
    setEntities(detail.entities);
    const flushOnHide = (): void => {
      saver.flush().catch(() => undefined);
    };
    window.addEventListener('pagehide', flushOnHide);
    return () => {
      window.removeEventListener('pagehide', flushOnHide);
      if (entityTimer !== null) clearTimeout(entityTimer);
      // Leaving by any route stores pending edits; failures were already reported through onReport.
      saver.flush().catch(() => undefined).finally(() => saver.dispose());
      editor.destroy();
      editorRef.current = null;
      setAnnotationEditor(null);
      saverRef.current = null;
    };
  }, [detail, props.doc, summary.id, summary.title]);

  const { setLeaveGuard } = props;
  useEffect(() => {
    setLeaveGuard(async () => {
      await saverRef.current?.flush();
    });
    return () => setLeaveGuard(null);
  }, [setLeaveGuard]);

  const toggleEdit = useCallback(() => {
    const now = Date.now();
    // The menu accelerator and the page's own Ctrl/Cmd+E handler can both fire for one key press.
    if (now - lastToggle.current < 300) return;
    lastToggle.current = now;
    const editor = editorRef.current;
    if (!editor) return;
    if (!isLatest) {
      notify.info('Older revisions are read-only', 'Open the latest revision to edit the text.');
      return;
    }
    const next = !editor.isEditable();
    editor.setEditable(next);
    setEditing(next);
    setForm(null);
    if (next) editor.focus();
    else saverRef.current?.flush().catch(() => undefined);
  }, [isLatest, notify]);

  const exportAs = useCallback(
    async (format: 'md' | 'html' | 'json') => {
      try {
        await saverRef.current?.flush();
        const revisionId = isLatest ? (saverRef.current?.baseRevisionId ?? detail.revision.id) : detail.revision.id;
        const file = await api['articles.export']({ id: summary.id, revisionId, format });
        downloadText(file.fileName, file.mediaType, file.content);
      } catch (error) {
        reportError(`Could not export ${format.toUpperCase()}`, error);
      }
    },
    [detail.revision.id, isLatest, reportError, summary.id],
  );

  // Ctrl/Cmd+E toggles edit mode; menu commands arrive as window events from App.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        toggleEdit();
      }
    };
    const onMenu = (event: Event): void => {
      const command = (event as CustomEvent<string>).detail;
      if (command === 'toggle-edit') toggleEdit();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(MENU_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(MENU_EVENT, onMenu);
    };
  }, [toggleEdit]);

  const toggleEntity = useCallback((entity: EntityRef) => {
    const editor = editorRef.current;
    if (!editor) return;
    const next = sameEntity(getHighlight(editor.view.state).entity, entity) ? null : entity;
    const count = editor.highlight(next);
    setActive({ entity: next, count, position: 0 });
  }, []);

  const step = useCallback((delta: 1 | -1) => {
    setActive((a) => {
      if (a.count === 0) return a;
      const position = (a.position + delta + a.count) % a.count;
      editorRef.current?.revealOccurrence(position);
      return { ...a, position };
    });
  }, []);

  const applyForm = (lang: string, target: string): void => {
    const editor = editorRef.current;
    if (!editor || !form) return;
    const ok = editor.run(form.mode === 'link' ? linkSelection(lang, target) : setWikiLinkTarget(lang, target));
    if (!ok) notify.info('Nothing changed', form.mode === 'link' ? 'Select the words to link.' : 'Put the cursor in a wiki-link.');
    setForm(null);
    editor.focus();
  };

  const revisions = useMemo(() => {
    const rows = [...detail.revisions, ...extraRevisions.filter((r) => !detail.revisions.some((d) => d.id === r.id))];
    return rows.sort((a, b) => b.id - a.id);
  }, [detail.revisions, extraRevisions]);
  const linkTotal = entities.reduce((sum, e) => sum + e.count, 0);
  // Saves move the open text forward: on the latest revision, the picker follows the revision the last save made.
  const shownRevisionId = isLatest ? savedRevisionId : detail.revision.id;

  return (
    <main className="article" data-testid="article-view" data-article-id={summary.id}>
      <header className="article-head">
        <div className="article-nav">
          <button type="button" className="button ghost" onClick={props.onBack} data-testid="back-to-library">
            ← Library
          </button>
          <label className="revision-picker">
            <span className="muted">Revision</span>
            <select
              value={shownRevisionId}
              onChange={(e) => {
                const next = Number(e.target.value);
                if (next === shownRevisionId) return;
                void (saverRef.current?.flush() ?? Promise.resolve()).then(
                  () => props.onSelectRevision(next),
                  (error: unknown) => reportError('Save your edit before switching revisions', error),
                );
              }}
              data-testid="revision-select"
            >
              {revisions.map((r, i) => (
                <option key={r.id} value={r.id}>
                  {`#${revisions.length - i} · ${r.kind === 'import' ? 'imported' : 'edited'} ${formatPublished(r.createdAt).replace(' UTC', '')}${r.id === revisions[0].id ? ' · latest' : ''}`}
                </option>
              ))}
            </select>
          </label>
          <span className="muted" data-testid="revision-count">
            {plural(revisions.length, 'revision')}
          </span>
        </div>
        <h1 className="article-title" data-testid="article-title" lang={summary.lang}>
          {summary.title || '(untitled)'}
        </h1>
        <p className="article-meta" data-testid="article-meta">
          <span>{formatPublished(summary.published)}</span>
          {summary.author && <span lang={summary.lang}>{summary.author}</span>}
          {summary.source && (
            <a
              href={summary.source}
              title={summary.source}
              onClick={(e) => {
                e.preventDefault();
                openHref(summary.source ?? '');
              }}
            >
              {sourceLabel(summary.source)} ↗
            </a>
          )}
          <span>{languageName(summary.lang)}</span>
          <span data-testid="article-link-count">{plural(linkTotal, 'wiki-link')}</span>
        </p>
        {isLatest && newerRevision !== null && (
          <p className="notice" role="status" data-testid="newer-revision-notice">
            This article has a newer revision (a changed file was imported, or it was edited elsewhere); the text shown
            here is the one you opened; annotations, if any, have moved to the new text.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                void (saverRef.current?.flush() ?? Promise.resolve()).then(
                  () => props.onSelectRevision(newerRevision),
                  (error: unknown) => reportError('Save your edit before switching revisions', error),
                )
              }
              data-testid="open-newer"
            >
              Show the newer revision
            </button>
          </p>
        )}
        {!isLatest && (
          <p className="notice" data-testid="old-revision-notice">
            You are reading an older revision. It is kept as it was; edits are made on the latest revision.{' '}
            <button type="button" className="link-button" onClick={() => props.onSelectRevision(revisions[0].id)} data-testid="open-latest">
              Open the latest revision
            </button>
          </p>
        )}
        {detail.warnings.length > 0 && (
          <ul className="notice warnings" data-testid="article-warnings">
            {detail.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        <div className="article-toolbar" role="toolbar" aria-label="Article tools">
          <button
            type="button"
            className={editing ? 'button primary' : 'button'}
            aria-pressed={editing}
            onClick={toggleEdit}
            disabled={!isLatest}
            title="Edit the text (Ctrl/⌘+E)"
            data-testid="edit-toggle"
          >
            {editing ? 'Done editing' : 'Edit'}
          </button>
          {editing && (
            <>
              <SaveIndicator report={saveReport} onRetry={() => saverRef.current?.flush().catch(() => undefined)} />
              <span className="toolbar-sep" aria-hidden="true" />
              <button type="button" className="button" disabled={selection.empty} onClick={() => openLinkForm('link')} title="Link the selected words (Ctrl/⌘+K)" data-testid="link-selection">
                Link selection…
              </button>
              <button type="button" className="button" disabled={selection.links === 0} onClick={() => openLinkForm('retarget')} title="Change the target of this wiki-link" data-testid="retarget-link">
                Change target…
              </button>
              <button
                type="button"
                className="button"
                disabled={selection.links === 0}
                onClick={() => {
                  editorRef.current?.run(removeWikiLink);
                  editorRef.current?.focus();
                }}
                title="Remove the wiki-link, keep the words (Ctrl/⌘+Shift+K)"
                data-testid="remove-link"
              >
                Remove link
              </button>
            </>
          )}
          <button type="button" className="button ghost" onClick={() => (window.location.hash = `#/article/${summary.id}/translate`)} title="Align with English, translate, check" data-testid="open-translation">
            Translation
          </button>
          <span className="spacer" />
          <span className="muted export-label">Export</span>
          {(['md', 'html', 'json'] as const).map((format) => (
            <button key={format} type="button" className="button ghost" onClick={() => void exportAs(format)} data-testid={`export-${format}`}>
              {format.toUpperCase()}
            </button>
          ))}
        </div>
        {form && <LinkForm request={form} onApply={applyForm} onCancel={() => { setForm(null); editorRef.current?.focus(); }} />}
      </header>
      <div className="article-body">
        <div className="doc-scroll" ref={scrollRef} onScroll={() => hover.set(null)}>
          <div className={editing ? 'doc-page is-editing' : 'doc-page'} lang={summary.lang} ref={mountRef} />
        </div>
        <EntitiesPanel
          entities={entities}
          articleLang={summary.lang}
          active={active.entity}
          activeCount={active.count}
          position={active.position}
          onToggle={toggleEntity}
          onStep={step}
        />
        <AnnotationsPanel
          editor={annotationEditor}
          articleId={summary.id}
          published={relativeDateAnchor(summary)}
          lang={summary.lang}
          isLatest={isLatest}
          currentRevision={() => saverRef.current?.baseRevisionId ?? detail.revision.id}
          flush={() => saverRef.current?.flush() ?? Promise.resolve()}
          notify={notify}
          openUrl={openHref}
          onNewerRevision={setNewerRevision}
        />
      </div>
      <HoverCardSlot store={hover} editing={editing} />
    </main>
  );
}
