/**
 * The fact-checker's side panel: the annotation toolbar (same commands and shortcuts as the keyboard and the
 * palette), the list of annotations in document order with filters, and the selected annotation's details (note,
 * tags, claim editor, anchor state, history). Every user action is one round trip to the annotation channels; the
 * editor's plugin then draws the result. Highlights belong to the latest revision, which is the only one annotated.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Annotation, AnnotationHistoryEntry, Motivation } from '../../shared/model/annotation';
import { MOTIVATIONS } from '../../shared/model/annotation';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../shared/claims/verdicts';
import type { SuggestionJSON } from '../../shared/claims/suggest';
import { canonicalText } from '../../shared/text/canonical';
import { annotationOutline, call } from '../api';
import { isOutline } from '../../shared/ipc/annotationOutline';
import type { Notifier } from '../app/Toasts';
import type { ArticleEditor } from '../editor/articleEditor';
import {
  ANNOTATIONS_CHANGED_EVENT,
  annotationKey,
  annotationRanges,
  drawsItems,
  sameDocumentOrder,
  setAnnotations,
  setDrawnWindow,
  setFlash,
  drawQueuedSuggestions,
  queuedSuggestions,
  setSuggestionsGradually,
  suggestionAt,
  type DocRange,
} from './annotationPlugin';
import type { ClaimPatch, KeptDraft } from './ClaimEditor';
import { annotationColour, tagsOf } from './colours';
import { shownPlaces } from './suggestionPlaces';
import { CommandPalette } from './CommandPalette';
import { ANNOTATION_COMMANDS, commandForKey, rangeToOffsets, selectionInView, shortcutLabel, type AnnotationCommand } from './commands';
import { initialClaimValue } from './claimValue';
import { claimsEngine } from './claimsEngine';
import { inDocumentOrder, matchesFilter, NO_FILTER, tagsInUse, type AnnotationFilter } from './filters';
import { AnnotationDetail } from './AnnotationDetail';
import { AnnotationList } from './AnnotationList';
import { loadedAnnotations, takePrefetchedAnnotations, type LoadedAnnotations } from '../panels/articleRequest';
import { MOTIVATION_LABEL } from './labels';
import { REPORT_FORMATS, exportReport } from './reportExport';
import { AnnotationFileImport } from './AnnotationFileImport';
import { keepWholeRecords, useAnchorRefresh } from './anchorRefresh';
import { windowOnScreen } from './drawnWindow';
import { annotationIdOf, drawnItems, isLinkEndId, linkEndId, removeDrawn, upsertDrawn, type LinkEnd } from './linkEnds';
import { attachSnapshot, saveSnapshot } from './snapshotFile';
import { TagsManager, type TagRow } from './TagsManager';


const FLASH_MS = 1200;
const SUGGESTION_SLICE = 200;
const LINK_COMMAND = ANNOTATION_COMMANDS.find((c) => c.action === 'link') ?? ANNOTATION_COMMANDS[0]!;

/**
 * Resolves once the browser is idle (at the latest after `timeoutMs`). Annotations, tags and suggestions load after
 * the article has been drawn and can be clicked: on a long article their requests and decorations would otherwise
 * compete with opening it.
 */
function untilIdle(timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}

/** How long after opening an article its claim suggestions are asked for. */
const SUGGEST_AFTER_MS = 1000;

/**
 * Resolves a moment after the article opened, once the page is idle. Working out the suggestions of a long article
 * keeps the service busy for a few hundred milliseconds, during which it answers nothing else (a click on a link, an
 * annotation made at once); the underlines can wait that long.
 */
function afterOpening(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, SUGGEST_AFTER_MS)).then(() => untilIdle());
}

/** The verdict scale in use, as the panel keeps it. */
function verdictScaleOf(scale: LoadedAnnotations['scale'] | VerdictScale): VerdictScale {
  return { defaultVerdict: scale.defaultVerdict, verdicts: scale.verdicts };
}

interface Composer {
  command: AnnotationCommand;
  range: DocRange;
  quote: string;
  text: string;
}

/** What the panel needs from the article workspace. */
export interface AnnotationsPanelProps {
  editor: ArticleEditor | null;
  articleId: number;
  /** What relative dates in the text count from: the day the article was written on (`relativeDateAnchor`). */
  published: string | null;
  /** The article's language (`zh`, `en`): quotes of its text in the panel are marked with it. */
  lang: string;
  /** Only the latest revision is annotated; older ones show no highlights. */
  isLatest: boolean;
  /** The revision the editor's text is saved as (it moves forward with autosave). */
  currentRevision(): number;
  /** Stores pending edits, so offsets sent to the service refer to a saved revision. */
  flush(): Promise<void>;
  notify: Notifier;
  openUrl(url: string): void;
  /** The article got a revision this view did not make (see `useAnchorRefresh`). */
  onNewerRevision?(revisionId: number): void;
}

/** The annotations side panel. */
export function AnnotationsPanel(props: AnnotationsPanelProps) {
  const { editor, articleId, isLatest, notify } = props;
  const mac = useMemo(() => /Mac|iPhone|iPad/.test(navigator.platform), []);
  // Annotations that came with the article (a page loaded on its address) are listed in the panel's first render,
  // with the editor's first build, instead of in a render and a layout of their own once `load` has run.
  const [opening] = useState(() => loadedAnnotations(articleId));
  const [annotations, setList] = useState<ReadonlyMap<string, Annotation>>(() => new Map(opening?.list.annotations.map((a) => [a.id, a])));
  const [tags, setTags] = useState<TagRow[]>(() => opening?.tags ?? []);
  const [scale, setScale] = useState<VerdictScale>(() => (opening ? verdictScaleOf(opening.scale) : DEFAULT_VERDICT_SCALE));
  const [suggestions, setSuggestionList] = useState<SuggestionJSON[]>([]);
  const [ranges, setRanges] = useState<Map<string, DocRange>>(new Map());
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [tab, setTab] = useState<'list' | 'tags' | 'export'>('list');
  const [composer, setComposer] = useState<Composer | null>(null);
  const [palette, setPalette] = useState(false);
  const [history, setHistory] = useState<AnnotationHistoryEntry[] | null>(null);
  const [busy, setBusy] = useState(false);
  const lastSelection = useRef<DocRange | null>(null);
  const [pendingLink, setPendingLink] = useState<{ range: DocRange; quote: string } | null>(null);
  const annotationsRef = useRef(annotations);
  annotationsRef.current = annotations;
  const flashTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Claim edits not saved yet, by annotation: opening another annotation used to drop them without a word.
  const drafts = useRef(new Map<string, KeptDraft>());
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  /** Opens annotation `id` in the panel and, when it is another one, brings its detail into sight (see `afterDraw`). */
  const openInPanel = useCallback((id: string) => {
    if (selectedRef.current !== id) afterDraw.current.revealDetail = true;
    setSelectedId(id);
    setHistory(null);
  }, []);
  // What the panel does with the keyboard focus and its scroll once React has drawn the next list: show the detail of
  // an annotation just made (it opens below the list, out of sight on a long one), or give the focus to the row that
  // took the place of a deleted one (the Delete button that had it is gone).
  const afterDraw = useRef<{ revealDetail: boolean; focusRow: number | null }>({ revealDetail: false, focusRow: null });

  const tagColours = useMemo(() => new Map(tags.map((t) => [t.name, t.colour])), [tags]);
  const colourOf = useCallback((a: Annotation) => annotationColour(a, tagColours, scale), [tagColours, scale]);
  const fail = useCallback((title: string, error: unknown) => notify.error(title, error), [notify]);
  // The Tags tab counts the tags in use: a tag made or changed here is counted at once, not when the tab is opened.
  const refreshTags = useCallback(() => {
    call('tags.list', {}).then(setTags, (error: unknown) => fail('Could not load the tags', error));
  }, [fail]);

  /** Loads everything the panel shows and hands the annotations to the editor's plugin. */
  const load = useCallback(async () => {
    if (!editor) return;
    // A page opened on this article asked for its annotations, tags and scale at once (see articleRequest): they are
    // drawn as soon as they arrive, since only the highlights near the screen are built. Otherwise they wait until the
    // article has been drawn.
    // The text the service's suggestions are read from: the revision this editor opened (see `shownPlaces`).
    const opened = { doc: editor.view.state.doc, revisionId: props.currentRevision() };
    const early = takePrefetchedAnnotations(articleId);
    if (!early) await untilIdle();
    const loaded = Promise.all([
      // Outlines: what the list, filters and highlights use; a record is fetched whole when it is selected.
      early?.list ?? annotationOutline(articleId),
      (early?.tags ?? call('tags.list', {})).catch((): TagRow[] => []),
      (early?.scale ?? call('claims.verdictScale', {})).catch(() => DEFAULT_VERDICT_SCALE),
    ]);
    // Suggestions take the service longest: asked last, and the annotations are drawn without waiting for them. When
    // the annotations came prefetched, suggestions are asked for a moment after the article opened (see
    // `afterOpening`), so that the service working them out does not hold up the first clicks.
    const suggestions = (early ? afterOpening() : Promise.resolve())
      .then(() => call('claims.suggest', { articleId }))
      .then((r) => ({ list: r.suggestions, from: r.revisionId === opened.revisionId ? opened.doc : null }))
      .catch(async () => {
        const { suggestClaims, toSuggestionJSON } = await claimsEngine();
        const doc = editor.view.state.doc;
        return { list: suggestClaims(canonicalText(doc).text, { published: props.published }).map(toSuggestionJSON), from: doc };
      });
    const [list, tagRows, verdictScale] = await loaded;
    const colours = new Map(tagRows.map((t) => [t.name, t.colour]));
    const scaleInUse = verdictScaleOf(verdictScale);
    // The values the panel was first drawn with (see `opening`) are shown already.
    const shown = opening !== null && list === opening.list && tagRows === opening.tags && verdictScale === opening.scale;
    if (!shown) {
      setTags(tagRows);
      setScale(scaleInUse);
      setList((known) => keepWholeRecords(known, list.annotations));
    }
    const view = editor.view;
    if (isLatest && !view.isDestroyed) {
      const items = list.annotations.flatMap((a) => drawnItems(a, annotationColour(a, colours, scaleInUse)));
      // An editor made with this very list (loaded with the article) drew it in its first build: only the window is
      // placed over the screen. With nothing to draw there is nothing to place (the window is measured when
      // something arrives).
      const drawn = drawsItems(view.state, items);
      // Drawn in the first build already: the window keeper measures the screen on the first frame (see
      // `drawnWindowView`); measuring here would force the first layout of the whole text before the editor's
      // first paint (70-90 ms on the 5,000-annotation bench article).
      if (!drawn) {
        let tr = setAnnotations(view.state.tr, items);
        const window = windowOnScreen(view);
        if (window !== undefined) tr = setDrawnWindow(tr, window);
        view.dispatch(tr);
      }
    }
    const answer = await suggestions;
    // Offsets of another revision (saved meanwhile) are taken as they are, as before.
    const suggested = answer.from && !view.isDestroyed ? shownPlaces(answer.list, answer.from, view.state.doc) : answer.list;
    setSuggestionList(suggested);
    if (!isLatest) return;
    // Thousands of underlines on a long article: drawn a slice at a time when the page is idle, so typing and clicks
    // are not held up while they appear.
    if (view.isDestroyed) return;
    view.dispatch(setSuggestionsGradually(view.state.tr, suggested, SUGGESTION_SLICE));
    for (let left = queuedSuggestions(view.state); left > 0; ) {
      await untilIdle();
      if (view.isDestroyed) return;
      view.dispatch(drawQueuedSuggestions(view.state.tr, SUGGESTION_SLICE));
      const now = queuedSuggestions(view.state);
      if (now >= left) return;
      left = now;
    }
  }, [editor, articleId, isLatest, props.published, opening]);

  useEffect(() => {
    load().catch((error: unknown) => fail('Could not load the annotations', error));
  }, [load, fail]);

  // Keep the list in document order as edits move things, after a pause in typing.
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      if (timer !== null) clearTimeout(timer);
      // Edits move every span after them by the same amount; the list only needs new ranges when its order changed.
      timer = setTimeout(() => {
        const next = annotationRanges(editor.view.state);
        setRanges((prev) => (sameDocumentOrder(prev, next) ? prev : next));
      }, 150);
    };
    const dom = editor.view.dom;
    dom.addEventListener(ANNOTATIONS_CHANGED_EVENT, refresh);
    const onSelection = () => {
      // Only a stretch of text is remembered: the caret that typing moves on every key is passed over before its
      // positions are worked out.
      const selection = document.getSelection();
      if (selection?.isCollapsed && selection.anchorNode && dom.contains(selection.anchorNode)) return;
      const range = selectionInView(editor.view);
      if (range && range.to > range.from) lastSelection.current = range;
    };
    document.addEventListener('selectionchange', onSelection);
    // Clicking a highlight opens its annotation in the panel (the innermost one where several overlap).
    const onClick = (event: MouseEvent) => {
      const hit = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-annotation-id]') : null;
      const id = hit?.dataset.annotationId;
      if (!id) return;
      openInPanel(annotationIdOf(id));
      setTab('list');
    };
    dom.addEventListener('click', onClick);
    refresh();
    return () => {
      if (timer !== null) clearTimeout(timer);
      dom.removeEventListener(ANNOTATIONS_CHANGED_EVENT, refresh);
      dom.removeEventListener('click', onClick);
      document.removeEventListener('selectionchange', onSelection);
    };
  }, [editor, openInPanel]);

  /** Shows a stored record in the list and the editor; `range` places a new one exactly where it was made. */
  const show = useCallback(
    (a: Annotation, range?: DocRange, linkRange?: DocRange) => {
      setList((m) => new Map(m).set(a.id, a));
      if (editor && isLatest) editor.view.dispatch(upsertDrawn(editor.view.state.tr, a, colourOf(a), range, linkRange));
    },
    [editor, isLatest, colourOf],
  );

  const currentSelection = useCallback((): DocRange | null => {
    if (!editor) return null;
    const range = selectionInView(editor.view);
    if (range && range.to > range.from) return range;
    return range ?? lastSelection.current;
  }, [editor]);

  const create = useCallback(
    async (motivation: Motivation, range: DocRange, extra: { bodies?: Annotation['bodies']; tags?: string[]; claim?: ClaimPatch; linkRange?: DocRange } = {}) => {
      if (!editor) return;
      // A second Alt+C (or Alt+A) on the same words made a second, identical claim: open the one there is instead.
      if (motivation === 'assessing' || motivation === 'highlighting') {
        const same = [...annotationRanges(editor.view.state)].find(
          ([id, r]) => r.from === range.from && r.to === range.to && annotationsRef.current.get(id)?.motivation === motivation,
        );
        if (same) {
          openInPanel(same[0]);
          setTab('list');
          notify.info(`Already a ${MOTIVATION_LABEL[motivation].toLowerCase()}`, 'These words have one already; it is open in the panel.');
          return;
        }
      }
      setBusy(true);
      try {
        await props.flush();
        const { start, end, text } = rangeToOffsets(editor.view, range);
        if (end <= start || text.trim() === '') {
          notify.info('Select some words first', 'Annotations are made on a stretch of the text.');
          return;
        }
        let claim = extra.claim;
        if (motivation === 'assessing' && claim?.value === undefined) {
          claim = { ...claim, value: await initialClaimValue(text, start, end, suggestions, props.published) };
        }
        const { linkRange, ...fields } = extra;
        const link = linkRange ? rangeToOffsets(editor.view, linkRange) : undefined;
        const a = await call('annotations.create', { articleId, revisionId: props.currentRevision(), start, end, motivation, ...fields, claim, link });
        show(a, range, linkRange);
        setSelectedId(a.id);
        setHistory(null);
        setTab('list');
        afterDraw.current.revealDetail = true;
        if (extra.tags?.length) refreshTags();
      } catch (error) {
        fail(`Could not save the ${MOTIVATION_LABEL[motivation].toLowerCase()}`, error);
      } finally {
        setBusy(false);
      }
    },
    [editor, props, articleId, suggestions, show, notify, fail, refreshTags, openInPanel],
  );

  const run = useCallback(
    (command: AnnotationCommand) => {
      setPalette(false);
      if (command.action === 'palette') {
        setPalette(true);
        return;
      }
      if (!editor) return;
      if (!isLatest) {
        notify.info('Older revisions are not annotated', 'Open the latest revision to annotate it.');
        return;
      }
      if (command.action === 'accept') {
        const at = selectionInView(editor.view) ?? lastSelection.current;
        const hit = at ? suggestionAt(editor.view.state, at.from, at.from === at.to ? at.to : at.from) : null;
        if (!hit) {
          notify.info('No suggestion here', 'Put the cursor on a dotted underline, then press Alt+A.');
          return;
        }
        const { from, to, ...suggestion } = hit;
        void create('assessing', { from, to }, { claim: { value: suggestion.kind === 'statement' ? null : suggestion } });
        return;
      }
      const range = currentSelection();
      if (!range || range.to <= range.from) {
        notify.info('Select some words first', `${command.label} works on selected text.`);
        return;
      }
      if (command.needsText) {
        setComposer({ command, range, quote: editor.view.state.doc.textBetween(range.from, range.to, ' '), text: '' });
        return;
      }
      // Linking takes two selections: the first Link remembers the span, the second makes the link.
      if (command.action === 'link') {
        if (!pendingLink) {
          setPendingLink({ range, quote: editor.view.state.doc.textBetween(range.from, range.to, ' ') });
          return;
        }
        setPendingLink(null);
        void create('linking', pendingLink.range, { linkRange: range });
        return;
      }
      if (command.motivation) void create(command.motivation, range);
    },
    [editor, isLatest, notify, create, currentSelection, pendingLink],
  );

  // Shortcuts work in reading mode too, where the text does not have focus: listen on the window, before the editor.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && pendingLink) {
        setPendingLink(null);
        return;
      }
      const command = commandForKey(event, mac);
      if (!command) return;
      const target = event.target;
      const typing = target instanceof HTMLElement && (target.closest('input, textarea, select') !== null || (target.isContentEditable && !editor?.view.dom.contains(target)));
      if (typing && command.action !== 'palette') return;
      event.preventDefault();
      event.stopPropagation();
      run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run, mac, editor, pendingLink]);

  const reveal = useCallback(
    (id: string, end: LinkEnd = 'target') => {
      openInPanel(id);
      if (!editor) return;
      const drawn = end === 'link' ? linkEndId(id) : id;
      const range = annotationRanges(editor.view.state).get(drawn);
      if (!range) return;
      const { node } = editor.view.domAtPos(range.from);
      const element = node instanceof Element ? node : node.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'auto' });
      editor.view.dispatch(setFlash(editor.view.state.tr, drawn));
      if (flashTimer.current !== null) clearTimeout(flashTimer.current);
      flashTimer.current = setTimeout(() => editor.view.dispatch(setFlash(editor.view.state.tr, null)), FLASH_MS);
    },
    [editor, openInPanel],
  );
  useEffect(() => () => {
    if (flashTimer.current !== null) clearTimeout(flashTimer.current);
  }, []);

  const act = useCallback(
    async (title: string, action: () => Promise<Annotation>, range?: DocRange, linkRange?: DocRange): Promise<Annotation | null> => {
      try {
        const a = await action();
        show(a, range, linkRange);
        return a;
      } catch (error) {
        fail(title, error);
        return null;
      }
    },
    [show, fail],
  );

  // A revision added behind the panel's back (autosave, re-import) re-anchors everything: show the new states.
  useAnchorRefresh({
    articleId,
    enabled: editor !== null && isLatest,
    currentRevision: props.currentRevision,
    known: () => annotationsRef.current,
    onChanged: (changed, revisionId) => {
      // One list update and one transaction for the batch: a save re-anchors every annotation, thousands at once.
      setList((m) => {
        const next = new Map(m);
        for (const a of changed) next.set(a.id, a);
        return next;
      });
      // Records anchored on another revision (re-imported while open) list their new states, but their positions
      // are for that text, not the one shown: the highlights stay as drawn until the reader opens it.
      if (!editor || !isLatest || revisionId !== props.currentRevision()) return;
      let tr = editor.view.state.tr;
      for (const a of changed) tr = upsertDrawn(tr, a, colourOf(a));
      editor.view.dispatch(tr);
    },
    onNewerRevision: (revisionId) => props.onNewerRevision?.(revisionId),
    onError: (error) => fail('Could not refresh the annotations', error),
  });

  const ordered = useMemo(() => inDocumentOrder(annotations.values(), ranges), [annotations, ranges]);
  const visible = useMemo(() => ordered.filter((a) => matchesFilter(a, filter)), [ordered, filter]);
  const listed = selectedId ? annotations.get(selectedId) : undefined;
  // The list holds outlines (no quote context, claim sources or creator): the detail view, which shows and saves those,
  // waits for the whole record.
  const selected = listed && !isOutline(listed) ? listed : undefined;
  useEffect(() => {
    if (!listed || !isOutline(listed)) return;
    const id = listed.id;
    let current = true;
    call('annotations.some', { articleId, ids: [id] }).then(
      ({ annotations: [whole] }) => {
        if (!current) return;
        if (!whole) {
          setSelectedId((s) => (s === id ? null : s));
          return;
        }
        // A record saved meanwhile (an edit, a re-anchoring) is newer than this one: keep it.
        setList((m) => (m.get(id) === listed ? new Map(m).set(id, whole) : m));
      },
      (error: unknown) => {
        if (current) fail('Could not load the annotation', error);
      },
    );
    return () => {
      current = false;
    };
  }, [listed, articleId, fail]);
  useEffect(() => {
    const panel = panelRef.current;
    const todo = afterDraw.current;
    if (!panel) return;
    if (todo.revealDetail && selected) {
      todo.revealDetail = false;
      const detail = panel.querySelector<HTMLElement>('[data-testid="annotation-detail"]');
      if (detail) {
        // Scroll the panel itself, not the page: the detail's header to the top when it is out of sight.
        const top = detail.getBoundingClientRect().top - panel.getBoundingClientRect().top;
        if (panel.scrollHeight > panel.clientHeight && (top < 0 || top > panel.clientHeight - 80)) panel.scrollTop += top - 8;
        else if (panel.scrollHeight <= panel.clientHeight) detail.scrollIntoView({ block: 'nearest' });
      }
    }
    if (todo.focusRow !== null) {
      const rows = panel.querySelectorAll<HTMLElement>('[data-testid="annotation-item"] .annotation-summary');
      const row = rows[Math.min(todo.focusRow, rows.length - 1)];
      todo.focusRow = null;
      (row ?? panel.querySelector<HTMLElement>('[data-testid="annotate-claim"]'))?.focus();
    }
  }, [selected, visible]);
  // The tag filter and the composer's suggestions list the tags in use in the locale's order. The first
  // `localeCompare` of a page sets up ICU's collation (30–90 ms in a fresh page), which opening an article with tagged
  // annotations paid before it could be clicked: the tags are sorted a moment after opening, when the page is idle
  // (at the first idle moment it still fell before the first click, in the gap after the first paint).
  const [collating, setCollating] = useState(false);
  useEffect(() => {
    let live = true;
    void afterOpening().then(() => {
      if (live) setCollating(true);
    });
    return () => {
      live = false;
    };
  }, []);
  const allTags = useMemo(() => (collating ? tagsInUse(annotations.values()) : []), [annotations, collating]);
  // Counted when the places change, not on every render of the panel (typing re-renders it).
  const placedCount = useMemo(() => {
    let placed = 0;
    for (const id of ranges.keys()) if (!isLinkEndId(id)) placed++;
    return placed;
  }, [ranges]);

  // The composer's field had the focus: give it back to the text, as saving does.
  const closeComposer = () => {
    setComposer(null);
    editor?.focus();
  };

  const submitComposer = () => {
    if (!composer) return;
    const text = composer.text.trim();
    if (!text) return;
    const { command, range } = composer;
    setComposer(null);
    if (command.action === 'tag') {
      void create('tagging', range, { tags: text.split(/[,，]/).map((t) => t.trim()).filter(Boolean) });
    } else if (command.motivation) {
      const purpose = command.action === 'question' ? 'questioning' : 'commenting';
      void create(command.motivation, range, { bodies: [{ type: 'TextualBody', value: text, purpose }] });
    }
    editor?.focus();
  };

  const filterSelect = <K extends keyof AnnotationFilter>(key: K, label: string, options: { value: string; label: string }[]) => (
    <select aria-label={label} value={filter[key]} onChange={(e) => setFilter((f) => ({ ...f, [key]: e.target.value }))} data-testid={`filter-${key}`}>
      <option value="all">{label}: all</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );

  return (
    <aside ref={panelRef} className="annotations" aria-label="Annotations" data-testid="annotations-panel" data-count={annotations.size} data-placed={placedCount}>
      <div className="annotation-toolbar" role="toolbar" aria-label="Annotate">
        {ANNOTATION_COMMANDS.map((c) => (
          <button
            key={c.action}
            type="button"
            className={c.action === 'claim' ? 'button primary' : 'button'}
            disabled={busy || !isLatest}
            title={`${c.description} (${shortcutLabel(c, mac)})`}
            // Keep the text selection: a button press must not move it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(c)}
            data-testid={`annotate-${c.action}`}
          >
            {c.action === 'palette' ? '⋯' : c.label} <kbd>{shortcutLabel(c, mac)}</kbd>
          </button>
        ))}
      </div>
      {pendingLink && (
        <p className="notice link-pending" role="status" data-testid="link-pending">
          Linking from “<span lang={props.lang}>{pendingLink.quote.slice(0, 40)}</span>”: select the second span, then Link ({shortcutLabel(LINK_COMMAND, mac)}) again.{' '}
          <button type="button" className="button ghost" onClick={() => setPendingLink(null)} data-testid="link-cancel">
            Cancel
          </button>
        </p>
      )}
      {composer && (
        <form
          className="annotation-composer"
          data-testid="annotation-composer"
          onSubmit={(e) => {
            e.preventDefault();
            submitComposer();
          }}
        >
          <p className="muted">
            {composer.command.label} on “<span lang={props.lang}>{composer.quote.slice(0, 40)}</span>”
          </p>
          <input
            autoFocus
            value={composer.text}
            onChange={(e) => setComposer({ ...composer, text: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Escape') closeComposer();
            }}
            placeholder={composer.command.action === 'tag' ? 'tags, separated by commas' : composer.command.action === 'question' ? 'Your question' : 'Your comment'}
            list={composer.command.action === 'tag' ? 'annotation-tag-names' : undefined}
            data-testid="composer-text"
          />
          <datalist id="annotation-tag-names">
            {allTags.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <button type="submit" className="button primary">
            Save
          </button>
          <button type="button" className="button ghost" onClick={closeComposer}>
            Cancel
          </button>
        </form>
      )}
      <div className="annotation-tabs" role="tablist">
        {(
          [
            ['list', `Annotations ${annotations.size}`],
            ['tags', `Tags ${tags.length}`],
            ['export', 'Export'],
          ] as const
        ).map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} onClick={() => {
              setTab(id);
              // Tags change with every annotation made or edited; fetch the counts when they are looked at.
              if (id === 'tags') call('tags.list', {}).then(setTags, (error: unknown) => fail('Could not load the tags', error));
            }}
            data-testid={`annotations-tab-${id}`}
          >
            {label}
          </button>
        ))}
      </div>
      {!isLatest && <p className="notice">Annotations belong to the latest revision; open it to see them in the text.</p>}

      {tab === 'list' && (
        <>
          <p className="muted suggestion-note" data-testid="suggestion-count">
            {suggestions.length} suggested claims underlined · Alt+A on one makes it a claim
          </p>
          <div className="annotation-filters">
            {filterSelect('motivation', 'Type', MOTIVATIONS.map((m) => ({ value: m, label: MOTIVATION_LABEL[m] })))}
            {filterSelect('tag', 'Tag', allTags.map((t) => ({ value: t, label: t })))}
            {filterSelect('verdict', 'Verdict', scale.verdicts.map((v) => ({ value: v.id, label: v.label })))}
            {filterSelect('status', 'Status', ['open', 'in review', 'checked', 'published'].map((s) => ({ value: s, label: s })))}
            {filterSelect('anchor', 'Anchor', ['anchored', 'moved', 'orphaned'].map((s) => ({ value: s, label: s })))}
          </div>
          <AnnotationList
            annotations={visible}
            total={annotations.size}
            selectedId={selectedId}
            lang={props.lang}
            scale={scale}
            tagColours={tagColours}
            colourOf={colourOf}
            onReveal={reveal}
          />
          {selected && (
            <AnnotationDetail
              key={selected.id}
              annotation={selected}
              lang={props.lang}
              keptDraft={drafts.current.get(selected.id)}
              onKeepDraft={(kept) => {
                if (kept && annotationsRef.current.has(selected.id)) drafts.current.set(selected.id, kept);
                else drafts.current.delete(selected.id);
              }}
              scale={scale}
              history={history}
              onClose={() => setSelectedId(null)}
              onConfirm={() => void act('Could not confirm the position', () => call('annotations.confirm', { id: selected.id }))}
              onReattach={async () => {
                const range = currentSelection();
                if (!editor || !range || range.to <= range.from) {
                  notify.info('Select the words first', 'Re-attaching moves the annotation to the selected words.');
                  return;
                }
                await props.flush();
                const { start, end } = rangeToOffsets(editor.view, range);
                await act('Could not re-attach', () => call('annotations.reattach', { id: selected.id, revisionId: props.currentRevision(), start, end }), range);
              }}
              onUpdate={async (patch) => {
                const stored = await act('Could not save the annotation', () => call('annotations.update', { id: selected.id, ...patch }));
                if (stored && patch.tags) refreshTags();
                return stored;
              }}
              onHistory={() =>
                call('annotations.history', { id: selected.id }).then(setHistory, (error: unknown) => fail('Could not load the history', error))
              }
              onDelete={async () => {
                try {
                  await call('annotations.delete', { id: selected.id });
                  setList((m) => {
                    const next = new Map(m);
                    next.delete(selected.id);
                    return next;
                  });
                  if (editor) editor.view.dispatch(removeDrawn(editor.view.state.tr, selected.id));
                  afterDraw.current.focusRow = Math.max(0, visible.findIndex((x) => x.id === selected.id));
                  drafts.current.delete(selected.id);
                  setSelectedId(null);
                  if (tagsOf(selected).length) refreshTags();
                } catch (error) {
                  fail('Could not delete the annotation', error);
                }
              }}
              onOpenUrl={props.openUrl}
              onAttachSnapshot={async (sourceId, file) => {
                await act(`Could not attach ${file.name}`, () => attachSnapshot(selected.id, sourceId, file));
              }}
              onSaveSnapshot={(sha256) => void saveSnapshot(selected.id, sha256).catch((error: unknown) => fail('Could not save the snapshot', error))}
              onJump={(end) => reveal(selected.id, end)}
              onReattachLink={async () => {
                const range = currentSelection();
                if (!editor || !range || range.to <= range.from) {
                  notify.info('Select the words first', 'Re-attaching moves the second span of the link to the selected words.');
                  return;
                }
                await props.flush();
                const { start, end } = rangeToOffsets(editor.view, range);
                await act('Could not re-attach', () => call('annotations.reattach', { id: selected.id, revisionId: props.currentRevision(), start, end, which: 'link' }), undefined, range);
              }}
            />
          )}
        </>
      )}
      {tab === 'tags' && (
        <TagsManager
          tags={tags}
          onError={fail}
          onChanged={() => {
            load().catch((error: unknown) => fail('Could not reload the annotations', error));
          }}
        />
      )}
      {tab === 'export' && (
        <div className="report-exports" data-testid="report-exports">
          <p className="muted">Reports of the latest revision, with every annotation and claim.</p>
          {REPORT_FORMATS.map((f) => (
            <button
              key={f.format}
              type="button"
              className="button"
              onClick={() => {
                void props
                  .flush()
                  .then(() => exportReport(articleId, f.format))
                  .catch((error: unknown) => fail(`Could not export the ${f.label}`, error));
              }}
              data-testid={`export-${f.format}`}
            >
              {f.label}
            </button>
          ))}
          <p className="muted">Bring back a JSON-LD export (annotations deleted since are restored) or another tool's annotations.</p>
          <AnnotationFileImport
            articleId={articleId}
            notify={notify}
            flush={props.flush}
            onImported={() => void load().catch((error: unknown) => fail('Could not load the annotations', error))}
          />
        </div>
      )}
      {/* Drawn over the whole window: the panel contains its layout and paint (see styles.css), which would clip it. */}
      {palette && createPortal(<CommandPalette mac={mac} onRun={run} onClose={() => setPalette(false)} />, document.body)}
    </aside>
  );
}
