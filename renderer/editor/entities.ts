/**
 * The entities panel's data: every wiki-link target of a document with how often it is linked. Counted with the
 * shared canonical-text rule (`wikiLinksOf`), so the panel agrees with the library, the CLI and the exports.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EntityCount } from '../../shared/model/article';
import { canonicalText, wikiLinksOf } from '../../shared/text/canonical';

const collator = new Intl.Collator(['zh', 'en'], { numeric: true });

/** Sorts entities by count (most linked first), then by target, for a stable order whoever counted them. */
export function sortEntities(entities: readonly EntityCount[]): EntityCount[] {
  return [...entities].sort((a, b) => b.count - a.count || collator.compare(a.target, b.target) || collator.compare(a.lang, b.lang));
}

/** A document's entities, sorted as `sortEntities` does. */
export function entitiesOf(doc: PMNode): EntityCount[] {
  const counts = new Map<string, EntityCount>();
  for (const link of wikiLinksOf(canonicalText(doc))) {
    const key = `${link.lang}\u0000${link.target}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { lang: link.lang, target: link.target, count: 1 });
  }
  return sortEntities([...counts.values()]);
}

/** True when two entities name the same Wikipedia page. */
export function sameEntity(a: { lang: string; target: string } | null, b: { lang: string; target: string } | null): boolean {
  return !!a && !!b && a.lang === b.lang && a.target === b.target;
}
