/** Documents for renderer tests, built with the real schema: `p('a', link('zh', '卡塔尔'), 'b')`. */
import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../../../../shared/schema';

type Inline = string | PMNode | PMNode[];

/** Text carrying a wiki-link mark (plus optional extra marks). */
export function link(lang: string, target: string, text = target, extra: string[] = []): PMNode {
  return schema.text(text, [schema.marks.wikiLink.create({ lang, target }), ...extra.map((m) => schema.marks[m].create())]);
}

/** Plain or marked text. */
export function text(value: string, marks: string[] = []): PMNode {
  return schema.text(value, marks.map((m) => schema.marks[m].create()));
}

/** A paragraph of inline pieces. */
export function p(...content: Inline[]): PMNode {
  return schema.node(
    'paragraph',
    null,
    content.flat().map((c) => (typeof c === 'string' ? schema.text(c) : c)),
  );
}

/** A document of blocks. */
export function doc(...blocks: PMNode[]): PMNode {
  return schema.node('doc', null, blocks);
}
