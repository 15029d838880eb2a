/**
 * The entities panel's data: every Wikipedia page a document's wiki-links name, with how often it is linked. Counted
 * with the shared canonical-text rule (`wikiLinksOf`) and the shared page rule (`countEntities`: New_York and New
 * York, 卡塔爾 and 卡塔尔 are one page), so the panel agrees with the library, the CLI and the exports.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EntityCount } from '../../shared/model/article';
import { canonicalText, wikiLinksOf } from '../../shared/text/canonical';
import { countEntities, samePage } from '../../shared/text/wikiTitle';

const collator = new Intl.Collator(['zh', 'en'], { numeric: true });

/** Sorts entities by count (most linked first), then by target, for a stable order whoever counted them. */
export function sortEntities(entities: readonly EntityCount[]): EntityCount[] {
  return [...entities].sort((a, b) => b.count - a.count || collator.compare(a.target, b.target) || collator.compare(a.lang, b.lang));
}

/** A document's entities, sorted as `sortEntities` does. */
export function entitiesOf(doc: PMNode): EntityCount[] {
  return sortEntities(countEntities(wikiLinksOf(canonicalText(doc))));
}

/** True when two entities (or a link and an entity) name the same Wikipedia page, however each is spelled. */
export function sameEntity(a: { lang: string; target: string } | null, b: { lang: string; target: string } | null): boolean {
  return samePage(a, b);
}
