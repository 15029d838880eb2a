/**
 * The one order of an entity list: most linked first, then by target in Chinese-then-English collation (numbers by
 * value), then by language. The service sorts with it and the renderer shows the service's list as it arrives, so
 * opening an article creates no collator: the first `Intl.Collator` of a page sets up ICU, 50–160 ms of a fresh
 * renderer's main thread. The collator is made on the first comparison, here and in the renderer's recount.
 */
import type { EntityCount } from '../model/article';

let collator: Intl.Collator | null = null;

/** Compares two entities in list order. */
export function compareEntities(a: EntityCount, b: EntityCount): number {
  collator ??= new Intl.Collator(['zh', 'en'], { numeric: true });
  return b.count - a.count || collator.compare(a.target, b.target) || collator.compare(a.lang, b.lang);
}

/** A sorted copy of `entities`, in list order. */
export function sortEntities<T extends EntityCount>(entities: readonly T[]): T[] {
  return [...entities].sort(compareEntities);
}
