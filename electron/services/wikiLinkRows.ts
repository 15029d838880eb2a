/**
 * How a revision's wiki-links are stored (schema v6): one `wiki_links` row per revision holding its distinct targets
 * and, in text order, every occurrence's offsets and target. Importing wrote one row (and one index entry) per distinct
 * target before (v4: ~57 per fixture-like article), and those row inserts were the largest single cost of storing an
 * article; the readers (the reader view, the entity list, exports) always want a whole revision's links at once.
 *
 * - `targets`: JSON `[[lang, target, count], ...]`, in order of first occurrence.
 * - `occurrences`: one triple per link in text order (offsets into the revision's canonical text): base64 VLQ
 *   numbers after a `!` (`writeOccurrences`), or, in older rows, JSON flat `[targetIndex, start, end, ...]`.
 *
 * "Which revisions link to X" is answered by `json_each(targets)` over the table (a scan; no feature needs it often).
 */
import type { GlossaDatabase } from './database';
import type { EntityCount, WikiLinkOccurrence } from '../../shared/model/article';
import { compareEntities } from '../../shared/text/entityOrder';
import { countEntities, wikiPageKey } from '../../shared/text/wikiTitle';
import { unzigzag, VlqReader, VLQ_MAX, zigzag, type ColumnBytes } from './intListBytes';

/**
 * A revision's links encoded for its `wiki_links` row, plus the number of distinct pages they name (a revision
 * column: spellings of one page, as `wikiPageKey` compares them, count once). The occurrences are text: JSON as a
 * string (`encodeWikiLinks`), or the VLQ form as UTF-8 bytes (`writeOccurrences`, as the import writes them).
 */
export interface EncodedWikiLinks {
  targets: string;
  occurrences: string | Uint8Array;
  targetCount: number;
}

/**
 * The distinct targets of `links` (in order of first occurrence, with their counts) and each link's target index.
 * Targets are found by language, then by target as written: no key string is built and hashed per link (this ran
 * for every link of every imported article).
 */
function indexTargets(links: readonly WikiLinkOccurrence[]): { targets: [string, string, number][]; indices: Int32Array } {
  const byLang = new Map<string, Map<string, number>>();
  const targets: [string, string, number][] = [];
  const indices = new Int32Array(links.length);
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    let indexOf = byLang.get(link.lang);
    if (indexOf === undefined) {
      indexOf = new Map();
      byLang.set(link.lang, indexOf);
    }
    let index = indexOf.get(link.target);
    if (index === undefined) {
      index = targets.length;
      indexOf.set(link.target, index);
      targets.push([link.lang, link.target, 0]);
    }
    targets[index][2]++;
    indices[i] = index;
  }
  return { targets, indices };
}

/**
 * Page keys (`wikiPageKey`) already made, by language and target: an import names the same pages in article after
 * article, and the key of each distinct target was a third of encoding an article's links. Cleared when full.
 */
const pageKeys = new Map<string, Map<string, string>>();
let pageKeyCount = 0;
const PAGE_KEYS_MAX = 4096;

function pageKey(lang: string, target: string): string {
  let key = pageKeys.get(lang)?.get(target);
  if (key !== undefined) return key;
  if (pageKeyCount >= PAGE_KEYS_MAX) {
    pageKeys.clear();
    pageKeyCount = 0;
  }
  let byTarget = pageKeys.get(lang);
  if (byTarget === undefined) {
    byTarget = new Map();
    pageKeys.set(lang, byTarget);
  }
  key = wikiPageKey(lang, target);
  byTarget.set(target, key);
  pageKeyCount++;
  return key;
}

/** The targets' JSON and the number of distinct pages they name (`countPages`, with the keys kept across revisions). */
function encodeTargets(targets: [string, string, number][]): Pick<EncodedWikiLinks, 'targets' | 'targetCount'> {
  let targetCount = targets.length;
  if (targets.length > 1) {
    const pages = new Set<string>();
    for (const [lang, target] of targets) pages.add(pageKey(lang, target));
    targetCount = pages.size;
  }
  return { targets: JSON.stringify(targets), targetCount };
}

/**
 * A revision's links for its row: the targets' JSON and page count, and each link's target index (the import writes
 * the occurrences itself, with `writeOccurrences`).
 */
export function indexWikiLinks(links: readonly WikiLinkOccurrence[]): Pick<EncodedWikiLinks, 'targets' | 'targetCount'> & { indices: Int32Array } {
  const { targets, indices } = indexTargets(links);
  return { ...encodeTargets(targets), indices };
}

/** First character of occurrences in the VLQ form (the JSON form starts with `[`). */
export const OCCURRENCES_VLQ = '!';

/**
 * Writes the occurrences column of `links` (with their target `indices`): after an `OCCURRENCES_VLQ` mark, three base64
 * VLQ numbers per link — target index, zigzag(start - previous end), zigzag(end - start) — about 40% of the JSON
 * `[targetIndex, start, end, ...]` (which older rows hold, and which a link with an offset that is not an integer
 * still gets).
 */
export function writeOccurrences(out: ColumnBytes, links: readonly WikiLinkOccurrence[], indices: Int32Array): void {
  let fits = true;
  for (const { start, end } of links) if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && Math.abs(start) < VLQ_MAX / 4 && Math.abs(end) < VLQ_MAX / 4)) fits = false;
  if (!fits) {
    out.intList(links.flatMap((link, i) => [indices[i], link.start, link.end]));
    return;
  }
  out.byte(OCCURRENCES_VLQ.charCodeAt(0));
  let end = 0;
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    out.vlq(indices[i]);
    out.vlq(zigzag(link.start - end));
    out.vlq(zigzag(link.end - link.start));
    end = link.end;
  }
}

/** A stored occurrences column (either form) as flat `[targetIndex, start, end, ...]`. */
function occurrenceNumbers(stored: string): number[] {
  if (!stored.startsWith(OCCURRENCES_VLQ)) return JSON.parse(stored) as number[];
  const numbers = new VlqReader(stored, 1, 'The stored wiki-links of a revision');
  const flat: number[] = [];
  let end = 0;
  while (numbers.more) {
    const target = numbers.next();
    const start = end + unzigzag(numbers.next());
    end = start + unzigzag(numbers.next());
    flat.push(target, start, end);
  }
  return flat;
}

/** Encodes a revision's links (in text order) for storage, the occurrences as a string. */
export function encodeWikiLinks(links: readonly WikiLinkOccurrence[]): EncodedWikiLinks & { occurrences: string } {
  const { targets, indices } = indexTargets(links);
  const parts = new Array<string>(links.length);
  for (let i = 0; i < links.length; i++) parts[i] = `${indices[i]},${links[i].start},${links[i].end}`;
  return { ...encodeTargets(targets), occurrences: `[${parts.join(',')}]` };
}

/** A stored row's columns. */
export interface StoredWikiLinks {
  targets: string;
  occurrences: string;
}

function parseTargets(row: StoredWikiLinks): [string, string, number][] {
  const targets = JSON.parse(row.targets) as unknown;
  if (!Array.isArray(targets)) throw new Error('The stored wiki-link targets of a revision are not a list; the database may be damaged.');
  return targets as [string, string, number][];
}

/**
 * Expands a stored row back into the revision's links in text order. Throws if a link names a target the row does not
 * have (a damaged row), rather than returning a link without a target.
 */
export function decodeWikiLinks(row: StoredWikiLinks): WikiLinkOccurrence[] {
  const targets = parseTargets(row);
  const flat = occurrenceNumbers(row.occurrences);
  const links = new Array<WikiLinkOccurrence>(Math.floor(flat.length / 3));
  for (let i = 0, k = 0; i + 2 < flat.length; i += 3, k++) {
    const target = targets[flat[i]];
    if (!target) throw new Error(`The stored wiki-link number ${k} of a revision names target ${flat[i]}, which the revision does not have; the database may be damaged.`);
    links[k] = { start: flat[i + 1], end: flat[i + 2], lang: target[0], target: target[1] };
  }
  return links;
}

/** Entities in the order every list shows them (shared/text/entityOrder: most linked first, then target, language). */
function sortEntities(entities: EntityCount[]): EntityCount[] {
  // The renderer shows this order as it arrives (no collator on open), and keeps it when it recounts after edits.
  return entities.sort(compareEntities);
}

/** A stored row's entities (spellings of one page merged), in entity-list order, without expanding the occurrences. */
export function entitiesOfRow(row: StoredWikiLinks): EntityCount[] {
  return sortEntities(countEntities(parseTargets(row).map(([lang, target, count]) => ({ lang, target, count }))));
}

/**
 * The entities of `links` (spellings of one page merged), in entity-list order: what `ArticleRepository.entities`
 * answers, counted from links already read (or just edited) instead of read again.
 */
export function entitiesOfLinks(links: readonly WikiLinkOccurrence[]): EntityCount[] {
  return sortEntities(countEntities(links));
}

/** The SQL that stores a revision's links; bind (revisionId, targets, occurrences as a string or its UTF-8 bytes). */
export const INSERT_WIKI_LINKS_SQL = 'INSERT INTO wiki_links (revision_id, targets, occurrences) VALUES (?, ?, CAST(? AS TEXT))';

/**
 * Prepared readers of one revision's links (in text order) and entities, for the repository and the article view
 * (which must read links the same way). A revision without a row has no links.
 */
export function wikiLinkReaders(db: GlossaDatabase): { links: (revisionId: number) => WikiLinkOccurrence[]; entities: (revisionId: number) => EntityCount[] } {
  const statement = db.prepare<[number], StoredWikiLinks>('SELECT targets, occurrences FROM wiki_links WHERE revision_id = ?');
  return {
    links: (revisionId) => {
      const row = statement.get(revisionId);
      return row ? decodeWikiLinks(row) : [];
    },
    entities: (revisionId) => {
      const row = statement.get(revisionId);
      return row ? entitiesOfRow(row) : [];
    },
  };
}
