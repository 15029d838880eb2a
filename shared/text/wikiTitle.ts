/**
 * When two wiki-links name the same Wikipedia page. Writers spell one page several ways — `[[en:New_York]]` and
 * `[[en:New York]]`, `[[en:qatar]]` and `[[en:Qatar]]`, `[[zh:卡塔爾]]` and `[[zh:卡塔尔]]` — and Wikipedia resolves them
 * all to one article: MediaWiki reads `_` as a space, collapses runs of spaces, capitalises the first letter (the
 * Turkic way, i -> İ, on those wikis), ignores a `#section`, and the Chinese Wikipedia converts titles between the
 * scripts. That conversion works on whole words, so here a traditional character is folded only where its simplified
 * form stands for nothing else (爾 -> 尔, 國 -> 国; not 麵 -> 面, which is also "face", nor 發/髮 -> 发): a missed
 * merge shows two entities, a wrong one would hide a different page. The entity list, the highlight of an entity's
 * occurrences and the distinct-target count group links by this key, while each link keeps (and opens) the target as
 * it was written.
 */
import { foldUnambiguousToSimplified } from './scriptFold';
import type { EntityCount } from '../model/article';

/** A link's language and target as written. */
export interface WikiTarget {
  lang: string;
  target: string;
}

const SPACES = /[\s_\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Languages whose Wikipedia converts between traditional and simplified titles. */
function convertsChineseScripts(lang: string): boolean {
  return lang === 'zh' || (lang.startsWith('zh-') && lang !== 'zh-classical' && lang !== 'zh-yue' && lang !== 'zh-min-nan');
}

/** Wikis that capitalise the Turkic way (i -> İ, ı -> I). */
const TURKIC = new Set(['tr', 'az', 'crh', 'kaa', 'gag', 'tt', 'ba', 'kk']);

/**
 * The page a target names on `lang`'s Wikipedia, as a comparable string (not for display or URLs). A target that is
 * only a `#section` or spaces keeps its own key, so such links never merge with each other.
 */
export function wikiPageKey(lang: string, target: string): string {
  const language = lang.toLowerCase();
  const plain = plainTitleKey(language, target);
  if (plain !== null) return plain;
  const hash = target.indexOf('#');
  let title = (hash >= 0 ? target.slice(0, hash) : target).normalize('NFC').replace(SPACES, ' ').trim();
  if (title.length === 0) return `${language}\u0000\u0000${target}`;
  const first = title.codePointAt(0);
  if (first !== undefined) {
    const head = String.fromCodePoint(first);
    title = (TURKIC.has(language) ? head.toLocaleUpperCase('tr') : head.toUpperCase()) + title.slice(head.length);
  }
  if (convertsChineseScripts(language)) title = foldTitleScript(title);
  return `${language}\u0000${title}`;
}

/**
 * `wikiPageKey` for the common title that needs none of its steps but the first letter's case and the script fold:
 * only Han characters (U+3400–U+9FFF) and ASCII other than space, `_` and `#`. Every such title is already NFC with
 * no space to collapse or trim, so this skips `normalize` and the regular expressions (the key is made for every
 * distinct target of every imported article). Null for any other title, and for a leading `i` on a Turkic wiki.
 */
function plainTitleKey(language: string, target: string): string | null {
  if (target.length === 0) return null;
  for (let i = 0; i < target.length; i++) {
    const c = target.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) continue;
    if (c <= 0x20 || c >= 0x7f || c === 0x23 || c === 0x5f) return null;
  }
  let title = target;
  const first = target.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) {
    if (first === 0x69 && TURKIC.has(language)) return null;
    title = String.fromCharCode(first - 32) + target.slice(1);
  }
  if (convertsChineseScripts(language)) title = foldTitleScript(title);
  return `${language}\u0000${title}`;
}

/**
 * A Chinese title folded to simplified for comparison. 臺 is folded to 台 although 台 also stands for 檯 and 颱: in
 * traditional text 台 is the everyday form of 臺 (台灣 / 臺灣, 台北 / 臺北, the same pages on the Chinese Wikipedia),
 * so leaving it unfolded splits a Taiwanese article's most common names in two, while titles that differ only by
 * 臺 against 檯 or 颱 are not pages anyone links.
 */
function foldTitleScript(title: string): string {
  const folded = foldUnambiguousToSimplified(title);
  return folded.includes('臺') ? folded.replaceAll('臺', '台') : folded;
}

/** True when two links (or entities) name the same Wikipedia page. */
export function samePage(a: WikiTarget | null, b: WikiTarget | null): boolean {
  if (!a || !b) return false;
  if (a.lang === b.lang && a.target === b.target) return true;
  return wikiPageKey(a.lang, a.target) === wikiPageKey(b.lang, b.target);
}

/**
 * The entities of `links`, one per page, in order of first occurrence (callers sort). An entity is shown by its most
 * used spelling (the first one on a tie) that names the page without a `#section` (when every link goes to a section,
 * by the page part of the most used one); the other spellings, when there are any, are listed in `variants`,
 * most used first. A link with a `count` stands for that many occurrences (stored per-target counts).
 */
export function countEntities(links: Iterable<WikiTarget & { count?: number }>): EntityCount[] {
  const pages = new Map<string, { lang: string; count: number; forms: Map<string, number> }>();
  const keyOf = new Map<string, string>();
  for (const link of links) {
    const written = `${link.lang}\u0000${link.target}`;
    let key = keyOf.get(written);
    if (key === undefined) {
      key = wikiPageKey(link.lang, link.target);
      keyOf.set(written, key);
    }
    let page = pages.get(key);
    if (!page) {
      page = { lang: link.lang, count: 0, forms: new Map() };
      pages.set(key, page);
    }
    const occurrences = link.count ?? 1;
    page.count += occurrences;
    page.forms.set(link.target, (page.forms.get(link.target) ?? 0) + occurrences);
  }
  const entities: EntityCount[] = [];
  for (const page of pages.values()) {
    // Stable sort: on a tie the form seen first stays first.
    const forms = [...page.forms].sort((a, b) => b[1] - a[1]).map(([form]) => form);
    // An entity is a page: named by its most used spelling without a `#section`, else by the page part of one.
    const target = forms.find((form) => sectionStart(form) < 0) ?? forms[0].slice(0, sectionStart(forms[0])).trimEnd();
    const entity: EntityCount = { lang: page.lang, target, count: page.count };
    const variants = forms.filter((form) => form !== target);
    if (variants.length > 0) entity.variants = variants;
    entities.push(entity);
  }
  return entities;
}

/** Where a target's `#section` starts, or -1 (a target that is only a section, `#History`, names no other page). */
function sectionStart(target: string): number {
  const at = target.indexOf('#');
  return at > 0 && target.slice(0, at).trim() !== '' ? at : -1;
}

/** How many distinct pages `links` name. */
export function countPages(links: Iterable<WikiTarget>): number {
  const keys = new Set<string>();
  for (const link of links) keys.add(wikiPageKey(link.lang, link.target));
  return keys.size;
}
