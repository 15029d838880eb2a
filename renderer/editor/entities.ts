/**
 * The entities panel's data: every Wikipedia page a document's wiki-links name, with how often it is linked. Counted
 * with the shared canonical-text rule (`wikiLinksOf`) and the shared page rule (`countEntities`: New_York and New
 * York, 卡塔爾 and 卡塔尔 are one page), so the panel agrees with the library, the CLI and the exports.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { DocJSON, EntityCount } from '../../shared/model/article';
import { canonicalText, wikiLinksOf } from '../../shared/text/canonical';
import { sortEntities as sortInListOrder } from '../../shared/text/entityOrder';
import { countEntities, samePage } from '../../shared/text/wikiTitle';

/** Sorts entities by count (most linked first), then by target: the service's order (shared/text/entityOrder). */
export const sortEntities: (entities: readonly EntityCount[]) => EntityCount[] = sortInListOrder;

type LinkForm = { lang: string; target: string };

// The links of each top-level block, by block node. Blocks are immutable and an edit shares every block it did not
// touch with the document before it, so a recount after typing reads only the edited block's canonical text. The
// canonical text separates blocks, so no link runs on from one block into the next: counting block by block finds the
// same links as counting the whole text.
const linksOfBlock = new WeakMap<PMNode, readonly LinkForm[]>();

function blockLinks(block: PMNode): readonly LinkForm[] {
  let links = linksOfBlock.get(block);
  if (!links) {
    const single: DocJSON = { type: 'doc', content: [block.toJSON() as DocJSON] };
    links = wikiLinksOf(canonicalText(single)).map(({ lang, target }) => ({ lang, target }));
    linksOfBlock.set(block, links);
  }
  return links;
}

/** A document's entities, sorted as `sortEntities` does. */
export function entitiesOf(doc: PMNode): EntityCount[] {
  // Each spelling once, with its count, in the order first met: what `countEntities` makes of the links one by one.
  const forms = new Map<string, LinkForm & { count: number }>();
  doc.forEach((block) => {
    for (const link of blockLinks(block)) {
      const key = `${link.lang}\u0000${link.target}`;
      const form = forms.get(key);
      if (form) form.count++;
      else forms.set(key, { ...link, count: 1 });
    }
  });
  return sortEntities(countEntities(forms.values()));
}

/** True when two entities (or a link and an entity) name the same Wikipedia page, however each is spelled. */
export function sameEntity(a: { lang: string; target: string } | null, b: { lang: string; target: string } | null): boolean {
  return samePage(a, b);
}
