/**
 * Annotation highlights and claim-suggestion underlines as ProseMirror decorations.
 *
 * The plugin keeps, in immutable state, one invisible range per annotation (`anchors`), the highlight segments drawn
 * in the window around the screen (`drawnHighlights`, see `drawnWindow`), the suggestion underlines and a transient
 * flash. Edits only map these sets through the transaction (`set.map(tr.mapping, tr.doc)`), so typing never rebuilds
 * anything. Segments are cut from the anchors for the drawn window only, when the list of annotations changes (load,
 * create, update, delete) or the window moves: a long article with thousands of annotations used to build every
 * segment of the whole text on opening and on every annotation made, to draw a few hundred of them. Canonical offsets become positions through the one shared
 * definition (`shared/text/canonical.ts`). The meta protocol is hidden behind the `set*` helpers and `getAnnotations`.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import type { Annotation } from '../../shared/model/annotation';
import type { SuggestionJSON } from '../../shared/claims/suggest';
import { canonicalText, offsetToPos, type CanonicalText } from '../../shared/text/canonical';
import { anchorDecorationsOf, anchorPieces, placedAnchorsIn, type PlacedAnchor } from './anchorPieces';
import { colourClass } from './colourClasses';
import { clipToWindow, drawnWindowView, initialWindow, mapKept, mapWindow, MAX_KEPT, type WindowRange } from './drawnWindow';

/** An annotation as the editor draws it: the record and the colour chosen for it (verdict, tag), null for the default. */
export interface AnnotationItem {
  annotation: Annotation;
  colour: string | null;
}

/** A span of the document, in ProseMirror positions. */
export interface DocRange {
  from: number;
  to: number;
}

/** What the plugin holds. Never mutated: every change makes a new object. */
export interface AnnotationPluginState {
  items: ReadonlyMap<string, AnnotationItem>;
  /**
   * Where each placed annotation is now: one undrawn inline decoration per annotation (spec `{ id }`), mapped through
   * edits, or the places of a list just set, not indexed yet (see `Anchors`).
   */
  anchors: Anchors;
  /** Dotted underlines under check-worthy spans (spec `{ suggestion }`). */
  suggestions: DecorationSet;
  /** Suggestions not drawn yet (see `setSuggestionsGradually`), kept in place through edits. */
  queued: DecorationSet;
  flash: DecorationSet;
  /** The stretch of a long document whose highlights and underlines are in the DOM; null draws them all (`drawnWindow`). */
  window: WindowRange | null;
  /** Earlier windows still drawn until the user pauses (see `drawnWindow`). */
  kept: readonly WindowRange[];
  /**
   * The highlight segments in `window` and `kept` (one decoration per stretch covered by the same annotations), cut
   * from `anchors`: what the view draws.
   */
  drawnHighlights: DecorationSet;
  /** The part of `suggestions` in `window`. */
  drawnSuggestions: DecorationSet;
  /**
   * Bumped whenever the annotations or possibly their document order changed: a change to the list, or an edit that
   * deleted text (spans may have vanished or met). Typing only inserts, which moves spans without reordering them, so
   * it leaves this alone and the side panel does not re-sort thousands of annotations per keystroke.
   */
  order: number;
  /**
   * Set while the window is still the one the editor was made with, around annotations it was made with (see
   * `annotationPlugins`): the window measured once the text is laid out is then drawn already when it lies inside.
   */
  opening: boolean;
}

/** One placed annotation: its id and its current span. */
type Placed = PlacedAnchor;

/**
 * The places of a list of annotations just set, in `doc`, not yet indexed as a DecorationSet. Indexing thousands of
 * them is the dearest part of showing a list (ProseMirror's `DecorationSet.create` looks through every decoration
 * for each top-level block: 40–60 ms for 5,000 annotations on a 580-paragraph article) and only mapping them through
 * edits needs it: it is done on the first edit, or once the page has been idle a while after opening (`indexAnchors`).
 */
export interface PlacedAnchors {
  doc: PMNode;
  placed: readonly Placed[];
}

/** The anchors of a plugin value: indexed, or just placed. */
export type Anchors = DecorationSet | PlacedAnchors;

/** The anchors as a DecorationSet, indexing them if they were only placed. */
function indexed(anchors: Anchors): DecorationSet {
  if (anchors instanceof DecorationSet) return anchors;
  return DecorationSet.create(anchors.doc, anchors.placed.flatMap((p) => anchorPieces(anchors.doc, p.id, p.from, p.to)));
}

/** The placed anchors touching [from, to] (every one without a range), as `DecorationSet.find` finds them. */
function findPlaced(anchors: Anchors, from?: number, to?: number): Placed[] {
  if (anchors instanceof DecorationSet) return placedAnchorsIn(anchors, from, to);
  if (from === undefined || to === undefined) return [...anchors.placed];
  return anchors.placed.filter((p) => p.from <= to && p.to >= from);
}

/** Fired on the editor's DOM when the annotations shown, or possibly their order, change (not on plain typing). */
export const ANNOTATIONS_CHANGED_EVENT = 'glossa-annotations-changed';

/** The plugin's key; module-level so every helper finds the same state. */
export const annotationKey = new PluginKey<AnnotationPluginState>('glossaAnnotations');

type Meta =
  | { type: 'set'; items: AnnotationItem[] }
  | { type: 'index' }
  | { type: 'upsert'; item: AnnotationItem; range?: DocRange }
  | { type: 'remove'; id: string }
  | { type: 'suggestions'; suggestions: SuggestionJSON[]; drawFirst?: number }
  | { type: 'drawQueued'; count: number }
  | { type: 'flash'; id: string | null }
  | { type: 'window'; window: WindowRange | null }
  | { type: 'trimWindows' };

const EMPTY: AnnotationPluginState = {
  items: new Map(),
  anchors: DecorationSet.empty,
  suggestions: DecorationSet.empty,
  queued: DecorationSet.empty,
  flash: DecorationSet.empty,
  window: null,
  kept: [],
  drawnHighlights: DecorationSet.empty,
  drawnSuggestions: DecorationSet.empty,
  order: 0,
  opening: false,
};

/** Whether any step of `tr` deleted or replaced document content (rather than only inserting). */
function deletesContent(tr: Transaction): boolean {
  return tr.mapping.maps.some((map) => {
    let deletes = false;
    map.forEach((oldStart, oldEnd) => {
      if (oldEnd > oldStart) deletes = true;
    });
    return deletes;
  });
}

// Opening an article places annotations and suggestions in one transaction; both need the canonical text of the
// same immutable document, which costs a walk of the whole document (over 100 ms for a 1 MB article): compute it once.
const canonicalCache = new WeakMap<PMNode, CanonicalText>();

/** The canonical text of `doc`, computed once per document (documents are immutable). */
export function canonicalOf(doc: PMNode): CanonicalText {
  let canonical = canonicalCache.get(doc);
  if (canonical === undefined) {
    canonical = canonicalText(doc);
    canonicalCache.set(doc, canonical);
  }
  return canonical;
}

/** The document range of canonical span [start, end), or null when it is empty or falls outside the text. */
export function offsetsToRange(canonical: CanonicalText, start: number, end: number): DocRange | null {
  if (end <= start || start < 0 || end > canonical.text.length) return null;
  const from = offsetToPos(canonical, start, 1);
  const to = offsetToPos(canonical, end, -1);
  return from < to ? { from, to } : null;
}

/**
 * Where each annotation sits in `doc`, from its position selector over the canonical text. Orphaned annotations and
 * those whose span no longer fits the text get no range (the panel lists them with their quote).
 */
export function placeAnnotations(doc: PMNode, items: Iterable<AnnotationItem>): Map<string, DocRange> {
  const ranges = new Map<string, DocRange>();
  let canonical: CanonicalText | null = null;
  for (const { annotation } of items) {
    if (annotation.anchor.state === 'orphaned') continue;
    // An article without annotations (most, when opened) never needs the canonical text here.
    canonical ??= canonicalOf(doc);
    const { start, end } = annotation.target.selectors.position;
    const range = offsetsToRange(canonical, start, end);
    if (range) ranges.set(annotation.id, range);
  }
  return ranges;
}

/**
 * The highlight segments of `placed` annotations. Overlaps are cut into
 * segments so each stretch is drawn once with the ids of everything covering it; the innermost (latest-starting)
 * annotation gives the background and, where two or more overlap, the one beneath gives a second underline, so
 * overlapping annotations stay visible.
 */
/** One highlight segment before it becomes a decoration. */
interface Segment {
  from: number;
  to: number;
  attrs: Record<string, string>;
  ids: string[];
}

function segmentsOf(items: ReadonlyMap<string, AnnotationItem>, placedIn: readonly Placed[], out: Segment[]): void {
  const points = new Set<number>();
  const placed: Placed[] = [];
  for (const r of placedIn) {
    if (!items.has(r.id)) continue;
    placed.push(r);
    points.add(r.from);
    points.add(r.to);
  }
  placed.sort((a, b) => a.from - b.from || b.to - a.to);
  const stops = [...points].sort((a, b) => a - b);
  let next = 0;
  let active: Placed[] = [];
  for (let i = 0; i < stops.length - 1; i++) {
    const from = stops[i];
    const to = stops[i + 1];
    active = active.filter((a) => a.to > from);
    while (next < placed.length && placed[next].from <= from) {
      if (placed[next].to > from) active.push(placed[next]);
      next++;
    }
    if (active.length === 0) continue;
    const top = active[active.length - 1];
    const under = active.length > 1 ? active[active.length - 2] : null;
    const topItem = items.get(top.id);
    if (!topItem) continue;
    const styles: string[] = [];
    const classes = ['anno', `anno-${topItem.annotation.motivation}`];
    const underColour = under ? items.get(under.id)?.colour : null;
    for (const [role, colour] of [['colour', topItem.colour], ['under', underColour]] as const) {
      if (!colour) continue;
      const named = colourClass(role, colour);
      if (named) classes.push(named);
      else styles.push(`--anno-${role}: ${colour}`);
    }
    if (under) classes.push('anno-stacked', `anno-under-${items.get(under.id)?.annotation.motivation ?? 'highlighting'}`);
    if (topItem.annotation.anchor.state === 'moved') classes.push('anno-moved');
    const attrs: Record<string, string> = {
      class: classes.join(' '),
      'data-annotation-id': top.id,
      'data-annotation-ids': active.map((a) => a.id).join(' '),
    };
    if (styles.length) attrs.style = styles.join('; ');
    out.push({ from, to, attrs, ids: active.map((a) => a.id) });
  }
}

/** The highlight segments of placed annotations over the whole document (see `segmentsOf`). */
export function segmentDecorations(doc: PMNode, items: ReadonlyMap<string, AnnotationItem>, ranges: ReadonlyMap<string, DocRange>): DecorationSet {
  const segments: Segment[] = [];
  segmentsOf(items, [...ranges].map(([id, r]) => ({ id, from: r.from, to: r.to })), segments);
  return DecorationSet.create(doc, segments.map((g) => Decoration.inline(g.from, g.to, g.attrs, { ids: g.ids })));
}

/** The drawn stretches: the window and the earlier ones still drawn, overlapping ones merged, in document order. */
function drawnStretches(window: WindowRange, kept: readonly WindowRange[]): WindowRange[] {
  const all = [window, ...kept].map((w) => ({ from: w.from, to: w.to })).sort((a, b) => a.from - b.from);
  const merged: WindowRange[] = [];
  for (const w of all) {
    const last = merged[merged.length - 1];
    if (last && w.from <= last.to) last.to = Math.max(last.to, w.to);
    else merged.push(w);
  }
  return merged;
}

/** What a segment looks like, kept in its spec: with its place, it tells whether a drawn segment can be reused. */
const lookOf = (attrs: Record<string, string>): string => `${attrs.class}|${attrs['data-annotation-ids']}|${attrs.style ?? ''}`;

/**
 * The highlight segments the view draws: cut in one sweep from the anchors touching the drawn stretches (so two
 * stretches never draw the same text twice), or from all of them when the whole text is drawn. Segments are not cut
 * at a stretch's edge: a highlight starting between two blocks is drawn over the whole block by ProseMirror (and broke
 * its drawing of the text after it), so every segment starts and ends where annotations do, inside the text. A
 * segment already drawn alike in `previous` is reused as is: ProseMirror compares decorations by identity first (their
 * specs by reference), so a window move or a new annotation redraws only the paragraphs whose highlights changed.
 */
function drawnSegments(
  doc: PMNode,
  items: ReadonlyMap<string, AnnotationItem>,
  anchors: Anchors,
  window: WindowRange | null,
  kept: readonly WindowRange[],
  previous: DecorationSet,
): DecorationSet {
  if (anchors === DecorationSet.empty) return DecorationSet.empty;
  let placed: Placed[];
  if (window === null) placed = findPlaced(anchors);
  else {
    const byId = new Map<string, Placed>();
    for (const stretch of drawnStretches(window, kept)) for (const p of findPlaced(anchors, stretch.from, stretch.to)) byId.set(p.id, p);
    placed = [...byId.values()];
  }
  const segments: Segment[] = [];
  segmentsOf(items, placed, segments);
  if (segments.length === 0) return DecorationSet.empty;
  const drawn = new Map<string, Decoration>();
  for (const d of previous.find()) drawn.set(`${d.from} ${d.to} ${(d.spec as { look?: string }).look}`, d);
  return DecorationSet.create(
    doc,
    segments.map((g) => {
      const look = lookOf(g.attrs);
      return drawn.get(`${g.from} ${g.to} ${look}`) ?? Decoration.inline(g.from, g.to, g.attrs, { ids: g.ids, look });
    }),
  );
}

/** The anchors of a list just placed: not indexed yet (see `PlacedAnchors`). */
function placedAnchors(doc: PMNode, ranges: ReadonlyMap<string, DocRange>): Anchors {
  if (ranges.size === 0) return DecorationSet.empty;
  const placed: Placed[] = [];
  for (const [id, r] of ranges) placed.push({ id, from: r.from, to: r.to });
  return { doc, placed };
}

/**
 * The drawn highlights of `annotations` over `doc`, from their canonical offsets. Pure: the same inputs give the
 * same decorations, which is what the unit tests check.
 */
export function buildDecorations(doc: PMNode, annotations: readonly AnnotationItem[]): DecorationSet {
  const items = new Map(annotations.map((item) => [item.annotation.id, item]));
  return segmentDecorations(doc, items, placeAnnotations(doc, annotations));
}

/** Dotted underlines for suggestions, innermost last so a figure inside a statement gets its own underline. */
export function buildSuggestionDecorations(doc: PMNode, suggestions: readonly SuggestionJSON[]): DecorationSet {
  if (suggestions.length === 0) return DecorationSet.empty;
  const canonical = canonicalOf(doc);
  const decorations: Decoration[] = [];
  for (const suggestion of suggestions) {
    const range = offsetsToRange(canonical, suggestion.start, suggestion.end);
    if (!range) continue;
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        { class: `claim-suggestion claim-suggestion-${suggestion.kind}`, title: `Suggested claim (${suggestion.kind}) — Alt+A makes it a claim` },
        { suggestion },
      ),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/** Where each placed annotation is now, read from the mapped anchors of a plugin value. */
function rangesOf(value: AnnotationPluginState): Map<string, DocRange> {
  const ranges = new Map<string, DocRange>();
  for (const p of findPlaced(value.anchors)) ranges.set(p.id, { from: p.from, to: p.to });
  return ranges;
}

/** Current ranges of all placed annotations (mapped through every edit since they were placed). */
export function annotationRanges(state: EditorState): Map<string, DocRange> {
  return rangesOf(annotationKey.getState(state) ?? EMPTY);
}

const byPlace = (x: DocRange, y: DocRange): number => Math.sign(x.from - y.from || y.to - x.to);

/**
 * Whether two sets of ranges put the same annotations in the same document order (by start, longer span first), the
 * order the side panel lists them in. Typing moves every span after the caret by the same amount, which leaves the
 * order alone; the panel then keeps its list instead of re-sorting and re-rendering thousands of rows.
 */
export function sameDocumentOrder(a: ReadonlyMap<string, DocRange>, b: ReadonlyMap<string, DocRange>): boolean {
  if (a.size !== b.size) return false;
  const ordered = [...a].sort(([, x], [, y]) => byPlace(x, y));
  let previous: DocRange | undefined;
  for (let i = 0; i < ordered.length; i++) {
    const [id, range] = ordered[i];
    const moved = b.get(id);
    if (!moved) return false;
    // Ties keep their order in both (the list's sort is stable), so equal must stay equal and less must stay less.
    if (i > 0 && previous && byPlace(previous, moved) !== byPlace(ordered[i - 1][1], range)) return false;
    previous = moved;
  }
  return true;
}

/** The annotations the editor shows, and where each one is now (absent for orphans). */
export function getAnnotations(state: EditorState): { items: ReadonlyMap<string, AnnotationItem>; ranges: Map<string, DocRange> } {
  const value = annotationKey.getState(state) ?? EMPTY;
  return { items: value.items, ranges: annotationRanges(state) };
}

/**
 * Whether `state` already shows `items` as they would be drawn (the same annotations, alike, at the same offsets): an
 * editor made with the annotations loaded with its article, when the side panel hands it the same list.
 */
export function drawsItems(state: EditorState, items: readonly AnnotationItem[]): boolean {
  const value = annotationKey.getState(state) ?? EMPTY;
  if (items.length === 0) return value.items.size === 0;
  return drawnSame(value.items, new Map(items.map((item) => [item.annotation.id, item])));
}

/** The suggestion under `pos` (the innermost when a figure sits inside a statement), or null. */
export function suggestionAt(state: EditorState, from: number, to: number = from): (SuggestionJSON & DocRange) | null {
  const value = annotationKey.getState(state) ?? EMPTY;
  let best: (SuggestionJSON & DocRange) | null = null;
  for (const d of value.suggestions.find(Math.max(0, from - 1), to + 1)) {
    if (d.from > from || d.to < to) continue;
    const suggestion = (d.spec as { suggestion: SuggestionJSON }).suggestion;
    if (!best || d.to - d.from < best.to - best.from) best = { ...suggestion, from: d.from, to: d.to };
  }
  return best;
}

/** Queues one change on `tr`; several helpers may be applied to one transaction and run in order. */
function addMeta(tr: Transaction, meta: Meta): Transaction {
  const queued = (tr.getMeta(annotationKey) as Meta[] | undefined) ?? [];
  return tr.setMeta(annotationKey, [...queued, meta]);
}

/** Replaces every annotation shown (on opening an article). */
export function setAnnotations(tr: Transaction, items: AnnotationItem[]): Transaction {
  return addMeta(tr, { type: 'set', items });
}

/**
 * Adds or replaces one annotation. `range` places it exactly (a new annotation made from the selection); without it
 * a known annotation keeps its mapped place and a new one is placed from its position selector.
 */
export function upsertAnnotation(tr: Transaction, item: AnnotationItem, range?: DocRange): Transaction {
  return addMeta(tr, { type: 'upsert', item, range });
}

/** Removes one annotation's highlight. */
export function removeAnnotation(tr: Transaction, id: string): Transaction {
  return addMeta(tr, { type: 'remove', id });
}

/** Shows claim suggestions (offsets into the current document's canonical text). */
export function setSuggestions(tr: Transaction, suggestions: SuggestionJSON[]): Transaction {
  return addMeta(tr, { type: 'suggestions', suggestions });
}

/**
 * Shows suggestions like `setSuggestions`, but draws only the first `count` (in text order) now and queues the rest,
 * mapped through edits like everything else, for `drawQueuedSuggestions`. A long article has thousands; drawing them a
 * slice at a time keeps the page responsive while they appear.
 */
export function setSuggestionsGradually(tr: Transaction, suggestions: SuggestionJSON[], count: number): Transaction {
  return addMeta(tr, { type: 'suggestions', suggestions, drawFirst: count });
}

/** Draws up to `count` more of the queued suggestions, first in text order first. */
export function drawQueuedSuggestions(tr: Transaction, count: number): Transaction {
  return addMeta(tr, { type: 'drawQueued', count });
}

/** How many suggestions wait to be drawn. */
export function queuedSuggestions(state: EditorState): number {
  return annotationKey.getState(state)?.queued.find().length ?? 0;
}

/** Draws the highlights of `window` only (null: all of them); see `drawnWindow`. */
export function setDrawnWindow(tr: Transaction, window: WindowRange | null): Transaction {
  return addMeta(tr, { type: 'window', window });
}

/** Undraws the highlights of earlier windows (after a pause: undrawing costs as much as drawing). */
export function trimDrawnWindows(tr: Transaction): Transaction {
  return addMeta(tr, { type: 'trimWindows' });
}

/** The stretch whose highlights are drawn (null: the whole document); earlier windows may still be drawn too. */
export function drawnWindow(state: EditorState): WindowRange | null {
  return annotationKey.getState(state)?.window ?? null;
}

/**
 * Indexes anchors that were only placed (see `PlacedAnchors`): what the plugin's view asks for once the page has been
 * idle a while after a list was set.
 */
export function indexAnchors(tr: Transaction): Transaction {
  return addMeta(tr, { type: 'index' }).setMeta('addToHistory', false);
}

/** Whether the anchors of `state` are indexed (or there are none). */
export function anchorsIndexed(state: EditorState): boolean {
  const anchors = annotationKey.getState(state)?.anchors;
  return !anchors || anchors instanceof DecorationSet;
}

/** Flashes one annotation's span (null stops the flash). */
export function setFlash(tr: Transaction, id: string | null): Transaction {
  return addMeta(tr, { type: 'flash', id });
}

/** The list and places being changed by one transaction's metas; highlights are rebuilt from it once, at the end. */
interface Draft {
  items: Map<string, AnnotationItem>;
  ranges: Map<string, DocRange>;
  /** Whether anything drawn changed (a place, a colour, a type, a state); if not, the highlight sets are kept. */
  redraw: boolean;
  /** The ids whose place may have changed, or null when every anchor is placed afresh (a new list). */
  moved: Set<string> | null;
}

/** Whether two records of one annotation are drawn alike (what `segmentDecorations` reads). */
function drawnAlike(a: AnnotationItem, b: AnnotationItem): boolean {
  return a.colour === b.colour && a.annotation.motivation === b.annotation.motivation && a.annotation.anchor.state === b.annotation.anchor.state;
}

/** Whether two lists draw the same highlights in the same places: the same annotations, alike, at the same offsets. */
function drawnSame(a: ReadonlyMap<string, AnnotationItem>, b: ReadonlyMap<string, AnnotationItem>): boolean {
  if (a.size !== b.size || a.size === 0) return false;
  for (const [id, x] of a) {
    const y = b.get(id);
    if (!y || !drawnAlike(x, y)) return false;
    if (x.annotation === y.annotation) continue;
    const p = x.annotation.target.selectors.position;
    const q = y.annotation.target.selectors.position;
    if (p.start !== q.start || p.end !== q.end) return false;
  }
  return true;
}

/**
 * Applies one transaction's queued changes. Changes to the list go into one draft and the highlight sets are rebuilt
 * once at the end, so a batch (after a save re-anchors thousands of annotations, the panel upserts them all in one
 * transaction) costs one rebuild, not one per annotation.
 */
function applyMetas(metas: readonly Meta[], start: AnnotationPluginState, doc: PMNode): { value: AnnotationPluginState; redraw: boolean } {
  let value = start;
  let draft: Draft | null = null;
  const edit = (): Draft => (draft ??= { items: new Map(value.items), ranges: rangesOf(value), redraw: false, moved: new Set() });
  for (const meta of metas) {
    switch (meta.type) {
      case 'set': {
        const items = new Map(meta.items.map((item) => [item.annotation.id, item]));
        // The list the editor was made with, sent again by the side panel once it has loaded: nothing to place or draw.
        if (draft === null && drawnSame(value.items, items)) draft = { items, ranges: rangesOf(value), redraw: false, moved: new Set() };
        else draft = { items, ranges: placeAnnotations(doc, meta.items), redraw: true, moved: null };
        value = { ...value, flash: DecorationSet.empty };
        break;
      }
      case 'upsert': {
        const work = edit();
        const { items, ranges } = work;
        const id = meta.item.annotation.id;
        const before = items.get(id);
        items.set(id, meta.item);
        // A record re-sent unchanged in look and place (e.g. re-anchored onto a saved revision) draws nothing new.
        const orphaned = meta.item.annotation.anchor.state === 'orphaned';
        if (!before || !drawnAlike(before, meta.item) || meta.range || orphaned === ranges.has(id)) work.redraw = true;
        work.moved?.add(id);
        if (orphaned && !meta.range) ranges.delete(id);
        else if (meta.range) ranges.set(id, meta.range);
        else if (!ranges.has(id)) {
          const placed = placeAnnotations(doc, [meta.item]).get(id);
          if (placed) ranges.set(id, placed);
        }
        break;
      }
      case 'remove': {
        if (!(draft ?? value).items.has(meta.id)) break;
        const work = edit();
        work.items.delete(meta.id);
        work.ranges.delete(meta.id);
        work.moved?.add(meta.id);
        work.redraw = true;
        value = { ...value, flash: DecorationSet.empty };
        break;
      }
      case 'suggestions': {
        const built = buildSuggestionDecorations(doc, meta.suggestions);
        // A windowed document draws only the underlines near the screen, so there is nothing to spread out.
        if (meta.drawFirst === undefined || value.window !== null) {
          value = { ...value, suggestions: built, queued: DecorationSet.empty };
        } else {
          const all = built.find().sort((x, y) => x.from - y.from);
          const now = all.slice(0, meta.drawFirst);
          // `create`, `add` and `remove` consume the arrays they are given: each gets its own copy.
          value = { ...value, suggestions: DecorationSet.create(doc, [...now]), queued: built.remove([...now]) };
        }
        break;
      }
      case 'drawQueued': {
        const next = value.queued.find().sort((x, y) => x.from - y.from).slice(0, meta.count);
        if (next.length > 0) value = { ...value, suggestions: value.suggestions.add(doc, [...next]), queued: value.queued.remove([...next]) };
        break;
      }
      case 'window': {
        const old = value.window;
        const opening = value.opening;
        value = { ...value, opening: false };
        // The first window measured on a freshly opened text usually lies inside the one it opened with: drawn already.
        if (opening && old !== null && meta.window !== null && value.kept.length === 0 && old.from <= meta.window.from && meta.window.to <= old.to) break;
        // The old window stays drawn (see MAX_KEPT), so a move only draws what is new; one where nothing was drawn yet
        // (the annotations arrive in this transaction) is not worth keeping.
        const nothingDrawn = start.drawnHighlights === DecorationSet.empty && start.drawnSuggestions === DecorationSet.empty;
        const kept = old === null || meta.window === null || nothingDrawn ? [] : [...value.kept, old].slice(-MAX_KEPT);
        value = { ...value, window: meta.window, kept };
        break;
      }
      case 'index': {
        if (!(value.anchors instanceof DecorationSet)) value = { ...value, anchors: indexed(value.anchors) };
        break;
      }
      case 'trimWindows': {
        if (value.kept.length > 0) value = { ...value, kept: [] };
        break;
      }
      case 'flash': {
        const range = meta.id ? (draft ? draft.ranges : rangesOf(value)).get(meta.id) : undefined;
        value = {
          ...value,
          flash: range ? DecorationSet.create(doc, [Decoration.inline(range.from, range.to, { class: 'anno-flash' })]) : DecorationSet.empty,
        };
        break;
      }
    }
  }
  const done: Draft | null = draft;
  if (done === null) return { value, redraw: false };
  if (!done.redraw) return { value: { ...value, items: done.items }, redraw: false };
  return { value: { ...value, items: done.items, anchors: movedAnchors(doc, value.anchors, done) }, redraw: true };
}

/**
 * The anchors after a draft: placed afresh for a new list; otherwise only the anchors of the annotations the draft
 * touched are taken out and put back, so making one annotation among thousands does not rebuild the set.
 */
function movedAnchors(doc: PMNode, anchors: Anchors, draft: Draft): Anchors {
  if (draft.moved === null) return placedAnchors(doc, draft.ranges);
  const { moved, ranges } = draft;
  if (moved.size === 0) return anchors;
  const set = indexed(anchors);
  const out = anchorDecorationsOf(set, moved);
  const back: Decoration[] = [];
  for (const id of moved) {
    const r = ranges.get(id);
    if (r) back.push(...anchorPieces(doc, id, r.from, r.to));
  }
  const next = set.remove(out).add(doc, back);
  return back.length === 0 && next.find().length === 0 ? DecorationSet.empty : next;
}

/**
 * The state of a freshly made editor: its annotations, if it is made with them, placed and drawn in the window it
 * opens with. Drawn in the view's first build, they cost no second pass over a long text, as they do when they arrive
 * afterwards.
 */
function openingState(doc: PMNode, initial: readonly AnnotationItem[]): AnnotationPluginState {
  const window = initialWindow(doc);
  if (initial.length === 0) return { ...EMPTY, window };
  const items = new Map(initial.map((item) => [item.annotation.id, item]));
  const anchors = placedAnchors(doc, placeAnnotations(doc, initial));
  const drawnHighlights = drawnSegments(doc, items, anchors, window, [], DecorationSet.empty);
  return { ...EMPTY, items, anchors, window, drawnHighlights, order: 1, opening: window !== null };
}

/** How long after a list was set its anchors wait before they are indexed (see `PlacedAnchors`), then for an idle moment. */
const INDEX_AFTER_MS = 1000;

/** Indexes anchors that were only placed, a while after they were (the first clicks on an opened article come first). */
function anchorIndexer(view: EditorView): { update(): void; destroy(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  const run = (): void => {
    idle = null;
    if (!view.isDestroyed && !anchorsIndexed(view.state)) view.dispatch(indexAnchors(view.state.tr));
  };
  const schedule = (): void => {
    if (timer !== null || idle !== null || anchorsIndexed(view.state)) return;
    timer = setTimeout(() => {
      timer = null;
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: INDEX_AFTER_MS });
      else run();
    }, INDEX_AFTER_MS);
  };
  schedule();
  return {
    update: schedule,
    destroy() {
      if (timer !== null) clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
    },
  };
}

/** Whether a state has no highlights or underlines at all (then the drawn window does not matter). */
function nothingToDraw(state: EditorState): boolean {
  const value = annotationKey.getState(state);
  return !value || (value.anchors === DecorationSet.empty && value.suggestions === DecorationSet.empty && value.queued === DecorationSet.empty);
}

/**
 * The annotation plugins: the one holding the state and drawing highlights, and two that only draw (suggestion
 * underlines beneath, the flash on top), because one plugin hands ProseMirror one decoration set. `initial` are the
 * annotations to show from the start (those of an article opened on its address, loaded with it); the side panel's
 * `setAnnotations` of the same list then changes nothing drawn.
 */
export function annotationPlugins(initial: readonly AnnotationItem[] = []): Plugin[] {
  const main = new Plugin<AnnotationPluginState>({
    key: annotationKey,
    state: {
      init: (_config, state) => openingState(state.doc, initial),
      apply(tr, value) {
        let next = value;
        if (tr.docChanged) {
          next = {
            items: value.items,
            anchors: indexed(value.anchors).map(tr.mapping, tr.doc),
            suggestions: value.suggestions.map(tr.mapping, tr.doc),
            queued: value.queued.map(tr.mapping, tr.doc),
            flash: value.flash.map(tr.mapping, tr.doc),
            window: mapWindow(value.window, tr.mapping),
            kept: mapKept(value.kept, tr.mapping),
            drawnHighlights: value.drawnHighlights.map(tr.mapping, tr.doc),
            drawnSuggestions: value.drawnSuggestions.map(tr.mapping, tr.doc),
            order: deletesContent(tr) ? value.order + 1 : value.order,
            opening: false,
          };
        }
        const metas = tr.getMeta(annotationKey) as Meta[] | undefined;
        if (!metas) return next;
        // Indexing changes nothing shown or listed.
        if (metas.every((m) => m.type === 'index')) return next.anchors instanceof DecorationSet ? next : { ...next, anchors: indexed(next.anchors) };
        const { value: applied, redraw } = applyMetas(metas, next, tr.doc);
        const windowMoved = applied.window !== next.window || applied.kept !== next.kept;
        // Only the drawn parts that changed are cut again; the view compares the rest by identity.
        const drawnHighlights =
          windowMoved || redraw ? drawnSegments(tr.doc, applied.items, applied.anchors, applied.window, applied.kept, next.drawnHighlights) : next.drawnHighlights;
        const drawnSuggestions =
          windowMoved || applied.suggestions !== next.suggestions ? clipToWindow(applied.suggestions, tr.doc, applied.window, applied.kept) : next.drawnSuggestions;
        // The side panel re-sorts when the list or the places changed, not when only what is drawn did.
        const listChanged = applied.items !== next.items || applied.anchors !== next.anchors;
        return { ...applied, drawnHighlights, drawnSuggestions, order: listChanged ? next.order + 1 : next.order };
      },
    },
    props: { decorations: (state) => annotationKey.getState(state)?.drawnHighlights ?? DecorationSet.empty },
  });
  const underlines = new Plugin({ props: { decorations: (state) => annotationKey.getState(state)?.drawnSuggestions ?? DecorationSet.empty } });
  const flash = new Plugin({
    props: { decorations: (state) => annotationKey.getState(state)?.flash ?? DecorationSet.empty },
    view: (view) => {
      const windowKeeper = drawnWindowView(view, {
        current: (v) => {
          const value = annotationKey.getState(v.state);
          return { window: value?.window ?? null, kept: value?.kept ?? [], empty: nothingToDraw(v.state) };
        },
        wasEmpty: nothingToDraw,
        move: setDrawnWindow,
        trim: trimDrawnWindows,
      });
      const indexer = anchorIndexer(view);
      return {
        // Tells the side panel (outside ProseMirror) that annotations or their order may have changed; it re-sorts
        // after a pause. Plain typing does not fire it (see `order`).
        update(view, prevState) {
          windowKeeper.update(view, prevState);
          indexer.update();
          if (annotationKey.getState(view.state)?.order !== annotationKey.getState(prevState)?.order) {
            view.dom.dispatchEvent(new CustomEvent(ANNOTATIONS_CHANGED_EVENT));
          }
        },
        destroy: () => {
          windowKeeper.destroy();
          indexer.destroy();
        },
      };
    },
  });
  return [underlines, main, flash];
}
