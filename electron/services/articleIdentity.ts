/**
 * What makes two imports the same article (`articleIdentity`), and which source links can say so
 * (`sourceLinkNamesArticle`). Stored as `articles.identity`; migration 012 moved identities made from site-level links
 * to the rule below, and migration 013 rewrote link identities in the one spelling of `sourceLinkKey`.
 */
import path from 'node:path';
import type { ArticleMeta } from '../../shared/model/article';
import { isTrackingParam, parseWebAddress, sourceLinkKey } from './sourceLink';

/**
 * The key that says two imports are the same article. A source link (the "轉載自…" link) that names an article — a
 * path or query beyond the site's front page (`sourceLinkNamesArticle`) — plus the language: a translation often names
 * its original as its source, and importing the Chinese text and the English original must give two articles, not one
 * article whose Chinese revision (and the annotations on it) is replaced by English. Without such a link (none, or
 * only a site's address such as https://gnews.org/), the file's base name plus its title, so fixing a typo in a local
 * file and importing it again adds a revision rather than a second article, while two articles that both credit the
 * same site stay two (two different files that share name and title would be merged; both texts are kept as
 * revisions).
 *
 * A link that names an article decides alone: the same link with a different title, author and date is still taken as
 * that article changed (sites retitle and redate stories), so it becomes a revision, not a second article. The link
 * is compared in one spelling (`sourceLinkKey`): `http://www.gnews.org/articles/1/?utm_source=x` and
 * `https://gnews.org/articles/1` are the same page, so the same article.
 */
export function articleIdentity(meta: Pick<ArticleMeta, 'source' | 'title' | 'lang'>, fileName: string): string {
  const source = meta.source?.trim();
  if (source && sourceLinkNamesArticle(source)) return sourceIdentity(source, meta.lang);
  return fileIdentity(fileName, meta.title);
}

/** The identity of an article known by a source link that names it, in its language. */
export function sourceIdentity(source: string, lang: string): string {
  return `source:${sourceLinkKey(source)}\nlang:${lang}`;
}

/** The identity of an article known by its file: base name (any folder, either slash) and title. */
export function fileIdentity(fileName: string, title: string): string {
  return `file:${path.basename(fileName.replace(/\\/g, '/'))}\n${title}`;
}

/** Last path segments that are a site's or section's front page rather than an article. */
const INDEX_PAGE = /^(index|default|home|main|start)(\.(s?html?|php\d?|aspx?|jsp|cgi))?$/i;

/** Path segments that only choose a language edition (/zh/, /en-us/, /zh-hant/). */
const LOCALE_SEGMENT = /^[a-z]{2,3}([-_][a-z0-9]{2,8})?$/i;

/**
 * Whether a source link can identify one article: an http(s) address whose path, once index pages (`/`,
 * `/index.html`, `/default.aspx`...) and language editions (`/zh/`) are set aside, still names something, or whose
 * query has a parameter that is not click tracking (`?p=123`, `?id=…`), or a `#/…` route of a single-page site. A site
 * root such as https://gnews.org/ or https://example.com is credited by many articles and identifies none. Text that is
 * not an http(s) address (a newspaper's name, a print reference) is kept as naming the article, as before.
 */
export function sourceLinkNamesArticle(source: string): boolean {
  const url = parseWebAddress(source.trim());
  if (!url) return true;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return true;
  for (const key of url.searchParams.keys()) if (!isTrackingParam(key)) return true;
  if (/^#!?\/./.test(url.hash)) return true;
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (segments.length > 0 && INDEX_PAGE.test(segments[segments.length - 1])) segments.pop();
  return segments.some((segment) => !LOCALE_SEGMENT.test(segment));
}
