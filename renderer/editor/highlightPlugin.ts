/**
 * Highlights every occurrence of one entity (a wiki-link target) with decorations. The plugin state is immutable;
 * the meta protocol is hidden behind `setHighlight` / `getHighlight`. Each occurrence carries its index in
 * `data-occurrence`, so a link drawn as several spans (bold inside it) still counts, and can be scrolled to, once.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { wikiPageKey } from '../../shared/text/wikiTitle';
import { wikiLinksBetween } from './wikiLinkRanges';

/** The page an entity names. */
export interface EntityRef {
  lang: string;
  target: string;
}

/** What the highlight plugin knows: the entity shown and its decorations. */
export interface HighlightState {
  entity: EntityRef | null;
  count: number;
  decorations: DecorationSet;
}

/** The plugin's key; module-level so every helper finds the same state. */
export const highlightKey = new PluginKey<HighlightState>('glossaEntityHighlight');

const EMPTY: HighlightState = { entity: null, count: 0, decorations: DecorationSet.empty };

/**
 * The decorations of one entity's occurrences, in document order. Walks document positions (no canonical offsets
 * needed), with the same rule as the canonical text: a stretch of equal wiki-link marks in one block is one
 * occurrence. Cheap enough to rerun on every keystroke in a long article.
 */
export function buildHighlights(doc: PMNode, entity: EntityRef): { decorations: DecorationSet; count: number } {
  const decorations: Decoration[] = [];
  let count = 0;
  // Every spelling of the entity's page (New_York / New York, 卡塔爾 / 卡塔尔) is one of its occurrences.
  const page = wikiPageKey(entity.lang, entity.target);
  const keys = new Map<string, boolean>();
  for (const link of wikiLinksBetween(doc, 0, doc.content.size)) {
    const written = `${link.lang}\u0000${link.target}`;
    let same = keys.get(written);
    if (same === undefined) {
      same = wikiPageKey(link.lang, link.target) === page;
      keys.set(written, same);
    }
    if (!same) continue;
    decorations.push(
      Decoration.inline(link.from, link.to, { class: 'entity-highlight', 'data-occurrence': String(count) }, { occurrence: count }),
    );
    count++;
  }
  return { decorations: DecorationSet.create(doc, decorations), count };
}

/** A transaction that shows `entity`'s occurrences, or clears the highlight when `entity` is null. */
export function setHighlight(tr: Transaction, entity: EntityRef | null): Transaction {
  return tr.setMeta(highlightKey, { entity });
}

/** The entity currently highlighted and how many occurrences it has. */
export function getHighlight(state: EditorState): { entity: EntityRef | null; count: number } {
  const value = highlightKey.getState(state) ?? EMPTY;
  return { entity: value.entity, count: value.count };
}

/** The highlight plugin. */
export function highlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: () => EMPTY,
      apply(tr, value, _old, newState) {
        const meta = tr.getMeta(highlightKey) as { entity: EntityRef | null } | undefined;
        if (meta) {
          if (!meta.entity) return EMPTY;
          return { entity: meta.entity, ...buildHighlights(newState.doc, meta.entity) };
        }
        if (!tr.docChanged || !value.entity) return value;
        // An edit may add or remove links of this entity, so positions alone are not enough: rebuild.
        return { entity: value.entity, ...buildHighlights(newState.doc, value.entity) };
      },
    },
    props: {
      decorations: (state) => highlightKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}
