/**
 * The article's entities: every wiki-link target with its count, most linked first. Choosing one highlights its
 * occurrences in the text and scrolls to the first; choosing it again clears the highlight.
 */
import { useMemo, useState } from 'react';
import type { EntityCount } from '../../shared/model/article';
import { plural } from '../app/format';
import { sameEntity } from '../editor/entities';
import type { EntityRef } from '../editor/highlightPlugin';

/** The entities panel. */
export function EntitiesPanel(props: {
  entities: EntityCount[];
  articleLang: string;
  active: EntityRef | null;
  activeCount: number;
  onToggle(entity: EntityRef): void;
  onStep(delta: 1 | -1): void;
  position: number;
}) {
  const [filter, setFilter] = useState('');
  const total = props.entities.reduce((sum, e) => sum + e.count, 0);
  const shown = useMemo(() => {
    const needle = filter.trim().normalize('NFKC').toLocaleLowerCase();
    const matches = (name: string) => name.normalize('NFKC').toLocaleLowerCase().includes(needle);
    return needle ? props.entities.filter((e) => matches(e.target) || (e.variants ?? []).some(matches)) : props.entities;
  }, [props.entities, filter]);

  return (
    <aside className="entities" aria-label="Entities" data-testid="entities-panel">
      <div className="entities-head">
        <h2>Entities</h2>
        <span className="muted" data-testid="entities-summary">
          {plural(props.entities.length, 'target')} · {plural(total, 'link')}
        </span>
      </div>
      {props.entities.length > 8 && (
        <input
          type="search"
          className="entities-filter"
          placeholder="Find an entity…"
          aria-label="Find an entity"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      {props.active && (
        <div className="highlight-bar" data-testid="highlight-status">
          <span>
            <strong>{props.active.target}</strong> · {props.activeCount} highlighted
          </span>
          <span className="spacer" />
          <button type="button" className="icon-button" aria-label="Previous occurrence" onClick={() => props.onStep(-1)} disabled={props.activeCount === 0}>
            ↑
          </button>
          <span className="muted occurrence-pos">
            {props.activeCount > 0 ? `${props.position + 1}/${props.activeCount}` : '0/0'}
          </span>
          <button type="button" className="icon-button" aria-label="Next occurrence" onClick={() => props.onStep(1)} disabled={props.activeCount === 0}>
            ↓
          </button>
        </div>
      )}
      {props.entities.length === 0 ? (
        <p className="muted empty-small">This article has no wiki-links.</p>
      ) : (
        <ul className="entity-list">
          {shown.map((entity) => {
            const pressed = sameEntity(entity, props.active);
            return (
              <li key={`${entity.lang}:${entity.target}`}>
                <button
                  type="button"
                  className={pressed ? 'entity is-active' : 'entity'}
                  aria-pressed={pressed}
                  onClick={() => props.onToggle({ lang: entity.lang, target: entity.target })}
                  data-testid="entity-item"
                  data-lang={entity.lang}
                  data-target={entity.target}
                  data-count={entity.count}
                  title={entity.variants ? `Also written ${entity.variants.join(', ')}: the same Wikipedia page.` : undefined}
                >
                  <span className="entity-name">
                    {entity.lang !== props.articleLang && <span className="lang-tag">{entity.lang}</span>}
                    {entity.target}
                    {entity.variants && (
                      <span className="entity-variants muted" data-testid="entity-variants">
                        {' '}
                        = {entity.variants.join(' = ')}
                      </span>
                    )}
                  </span>
                  <span className="entity-count">×{entity.count}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
