/**
 * The card shown while a wiki-link is hovered or focused: its language, its target and the page it opens.
 */
import { useSyncExternalStore } from 'react';
import { wikipediaUrl } from '../../shared/schema';
import type { ValueStore } from '../app/valueStore';
import { languageName } from '../app/format';
import type { WikiLinkHover } from '../editor/linkInteraction';

/** The hover card, placed under (or above, near the bottom of the window) the link. */
export function HoverCard(props: { hover: WikiLinkHover | null; editing: boolean }) {
  const { hover } = props;
  if (!hover) return null;
  const below = hover.rect.bottom + 140 < window.innerHeight;
  const left = Math.max(8, Math.min(hover.rect.left, window.innerWidth - 328));
  const style = below ? { left, top: hover.rect.bottom + 6 } : { left, top: hover.rect.top - 6, transform: 'translateY(-100%)' };
  return (
    <div className="hover-card" role="tooltip" data-testid="wiki-hover-card" style={style}>
      <div className="hover-card-lang">
        <span className="lang-tag">{hover.lang}</span> {languageName(hover.lang)} Wikipedia
      </div>
      <div className="hover-card-target" data-testid="wiki-hover-target">
        {hover.target}
      </div>
      <div className="hover-card-url">{decodeURI(wikipediaUrl(hover.lang, hover.target))}</div>
      <div className="hover-card-hint">{props.editing ? 'Ctrl/⌘+click to open in your browser' : 'Click to open in your browser'}</div>
    </div>
  );
}

/** The hover card of the link in `store`, re-rendered on its own when the hovered link changes. */
export function HoverCardSlot(props: { store: ValueStore<WikiLinkHover | null>; editing: boolean }) {
  const hover = useSyncExternalStore(props.store.subscribe, props.store.get);
  return <HoverCard hover={hover} editing={props.editing} />;
}
