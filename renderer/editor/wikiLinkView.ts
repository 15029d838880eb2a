/**
 * How the reader draws a wiki-link: the schema's `<a class="wiki-link">` with its language, target and Wikipedia
 * href, built by cloning a prepared element. A long article has ten thousand of these, and creating each through the
 * schema's `toDOM` (six attributes set one by one, a URL encoded per link) was the largest single cost of opening it.
 * An article links few distinct pages many times over, so each distinct link gets one template holding all its
 * attributes and every occurrence is a single `cloneNode` (setting three attributes per clone was still a third of
 * building the view). The hover card already shows language and target, so the tooltip is left out; clicks and keys
 * are handled by `linkInteraction`, never by the browser following the href.
 */
import type { Mark } from 'prosemirror-model';
import type { MarkViewConstructor } from 'prosemirror-view';
import { wikipediaUrl } from '../../shared/schema';

// Keyed by language and target; bounded so a pathological document cannot grow it without limit.
const templates = new Map<string, HTMLAnchorElement>();
const MAX_TEMPLATES = 10_000;

function templateOf(lang: string, target: string): HTMLAnchorElement {
  const key = `${lang}\u0000${target}`;
  let template = templates.get(key);
  if (template === undefined) {
    template = document.createElement('a');
    template.setAttribute('class', 'wiki-link');
    template.setAttribute('rel', 'noopener noreferrer');
    template.setAttribute('data-lang', lang);
    template.setAttribute('data-target', target);
    template.setAttribute('href', wikipediaUrl(lang, target));
    if (templates.size >= MAX_TEMPLATES) templates.clear();
    templates.set(key, template);
  }
  return template;
}

/** The wiki-link element of one mark (the mark's text goes inside it). */
export function wikiLinkElement(mark: Mark): HTMLAnchorElement {
  return templateOf(String(mark.attrs.lang), String(mark.attrs.target)).cloneNode(false) as HTMLAnchorElement;
}

/** The mark view ProseMirror uses for `wikiLink` marks. */
export const wikiLinkMarkView: MarkViewConstructor = (mark) => ({ dom: wikiLinkElement(mark) });
