/**
 * How the reader draws a wiki-link: the schema's `<a class="wiki-link">` with its language, target and Wikipedia
 * href, built by cloning one prepared element. A long article has ten thousand of these, and creating each through
 * the schema's `toDOM` (six attributes set one by one, a URL encoded per link) was the largest single cost of opening
 * it. The hover card already shows language and target, so the tooltip is left out; clicks and keys are handled by
 * `linkInteraction`, never by the browser following the href.
 */
import type { Mark } from 'prosemirror-model';
import type { MarkViewConstructor } from 'prosemirror-view';
import { wikipediaUrl } from '../../shared/schema';

let template: HTMLAnchorElement | null = null;

// An article links few distinct pages many times over; encoding each URL once is enough.
const urls = new Map<string, string>();

function prepared(): HTMLAnchorElement {
  if (!template) {
    template = document.createElement('a');
    template.setAttribute('class', 'wiki-link');
    template.setAttribute('rel', 'noopener noreferrer');
  }
  return template;
}

function urlOf(lang: string, target: string): string {
  const key = `${lang}\u0000${target}`;
  let url = urls.get(key);
  if (url === undefined) {
    url = wikipediaUrl(lang, target);
    if (urls.size > 10_000) urls.clear();
    urls.set(key, url);
  }
  return url;
}

/** The wiki-link element of one mark (the mark's text goes inside it). */
export function wikiLinkElement(mark: Mark): HTMLAnchorElement {
  const a = prepared().cloneNode(false) as HTMLAnchorElement;
  const lang = String(mark.attrs.lang);
  const target = String(mark.attrs.target);
  a.setAttribute('data-lang', lang);
  a.setAttribute('data-target', target);
  a.setAttribute('href', urlOf(lang, target));
  return a;
}

/** The mark view ProseMirror uses for `wikiLink` marks. */
export const wikiLinkMarkView: MarkViewConstructor = (mark) => ({ dom: wikiLinkElement(mark) });
