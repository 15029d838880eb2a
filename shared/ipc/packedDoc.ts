/**
 * A document's wire form for opening it (`articles.openRaw`): the same document JSON, said compactly. A long article
 * repeats one wiki-link mark list thousands of times (`{"type":"text","marks":[{"type":"wikiLink","attrs":{...}}]}`
 * for every link); here each distinct mark list is written once and text nodes name it by number, so the answer is
 * about a quarter of the JSON's length, parses several times faster, and text nodes carrying the same marks arrive
 * sharing one mark list (the editor then makes each distinct mark set once).
 *
 * - plain text node: `"text"`
 * - text node with marks: `["text", markListIndex]`
 * - any other node: `[type, attrs | 0, content | 0]`, plus `markListIndex` when the node has marks
 *
 * `0` stands for an absent `attrs`/`content`, so unpacking gives back exactly the JSON that was packed.
 */
import type { DocJSON } from '../model/article';

/** One packed node (see the module comment). */
export type PackedNode = string | [string, number] | [string, Record<string, unknown> | 0, PackedNode[] | 0] | [string, Record<string, unknown> | 0, PackedNode[] | 0, number];

type MarkList = NonNullable<DocJSON['marks']>;

/** A packed document: its distinct mark lists, then its tree. */
export interface PackedDoc {
  marks: MarkList[];
  doc: PackedNode;
}

/**
 * A key naming a JSON mark list exactly (every part length-prefixed, so no text can imitate another list's key), made
 * several times faster than JSON.stringify: packing and building a long article make one per linked text node.
 */
export function markListKey(marks: readonly unknown[]): string {
  let key = '';
  for (const mark of marks) {
    if (!mark || typeof mark !== 'object') return `!${JSON.stringify(marks)}`;
    const { type, attrs } = mark as { type?: unknown; attrs?: unknown };
    const name = String(type);
    key += `${name.length}:${name}`;
    if (attrs && typeof attrs === 'object') {
      for (const attr in attrs) {
        const value = (attrs as Record<string, unknown>)[attr];
        const part = typeof value === 'string' ? `s${value}` : value === null ? 'z' : typeof value === 'object' ? `j${JSON.stringify(value)}` : `${typeof value}${String(value)}`;
        key += `,${attr.length}:${attr}${part.length}:${part}`;
      }
    } else if (attrs !== undefined) key += `~${JSON.stringify(attrs)}`;
    // Fields other than type and attrs are kept apart too (packing must not merge lists that differ in them).
    if (Object.keys(mark).length > (attrs === undefined ? 1 : 2)) key += `+${JSON.stringify(mark)}`;
    key += ';';
  }
  return key;
}

const TEXT_KEYS = new Set(['type', 'text', 'marks']);
const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks']);

// Without allocating a key list per node (a long article has twenty thousand of them).
function onlyKeys(node: object, allowed: ReadonlySet<string>): boolean {
  for (const key in node) if (!allowed.has(key)) return false;
  return true;
}

/**
 * `doc` packed, or null when it has something the packed form cannot say exactly (an unknown field, a text node with
 * attributes or children): the caller then sends the JSON itself.
 */
export function packDoc(doc: DocJSON): PackedDoc | null {
  const lists: MarkList[] = [];
  const index = new Map<string, number>();
  // A list met before as the same array has the same key: documents from the importer (and from `unpackDoc`) share
  // one array among the nodes with the same marks, so most nodes skip making the key.
  const seen = new Map<unknown[], number>();
  const listIndex = (marks: unknown): number | null => {
    if (!Array.isArray(marks)) return null;
    const known = seen.get(marks);
    if (known !== undefined) return known;
    const key = markListKey(marks);
    let at = index.get(key);
    if (at === undefined) {
      at = lists.length;
      index.set(key, at);
      lists.push(marks as MarkList);
    }
    seen.set(marks, at);
    return at;
  };
  const pack = (node: DocJSON): PackedNode | null => {
    if (!node || typeof node !== 'object' || typeof node.type !== 'string') return null;
    if (node.type === 'text') {
      if (typeof node.text !== 'string' || !onlyKeys(node, TEXT_KEYS)) return null;
      if (!('marks' in node)) return node.text;
      const at = listIndex(node.marks);
      return at === null ? null : [node.text, at];
    }
    if (!onlyKeys(node, NODE_KEYS) || 'text' in node) return null;
    const attrs = node.attrs;
    if ('attrs' in node && (attrs === null || typeof attrs !== 'object' || Array.isArray(attrs))) return null;
    let content: PackedNode[] | 0 = 0;
    if ('content' in node) {
      if (!Array.isArray(node.content)) return null;
      content = [];
      for (const child of node.content) {
        const packed = pack(child);
        if (packed === null) return null;
        content.push(packed);
      }
    }
    if (!('marks' in node)) return [node.type, attrs ?? 0, content];
    const at = listIndex(node.marks);
    return at === null ? null : [node.type, attrs ?? 0, content, at];
  };
  const packed = pack(doc);
  return packed === null ? null : { marks: lists, doc: packed };
}

function malformed(what: string): never {
  throw new TypeError(`The packed document is malformed: ${what}.`);
}

/**
 * The document JSON `packed` stands for. Text nodes with the same marks share one mark list array. Throws a TypeError
 * on a malformed packed document (the schema's own rules are the editor's to check).
 */
export function unpackDoc(packed: PackedDoc): DocJSON {
  if (!packed || !Array.isArray(packed.marks)) malformed('no mark lists');
  const lists = packed.marks;
  const listAt = (at: unknown): MarkList => {
    const list = typeof at === 'number' ? lists[at] : undefined;
    if (!Array.isArray(list)) malformed(`mark list ${String(at)} is missing`);
    return list;
  };
  const unpack = (node: unknown): DocJSON => {
    if (typeof node === 'string') return { type: 'text', text: node };
    if (!Array.isArray(node) || typeof node[0] !== 'string') malformed('a node is neither text nor a list');
    if (node.length === 2) {
      return { type: 'text', text: node[0], marks: listAt(node[1]) };
    }
    if (node.length !== 3 && node.length !== 4) malformed(`a ${node[0]} node has ${node.length} fields`);
    const out: DocJSON = { type: node[0] };
    const attrs: unknown = node[1];
    if (attrs !== 0) {
      if (!attrs || typeof attrs !== 'object' || Array.isArray(attrs)) malformed(`the attributes of a ${node[0]} node`);
      out.attrs = attrs as Record<string, unknown>;
    }
    const content: unknown = node[2];
    if (content !== 0) {
      if (!Array.isArray(content)) malformed(`the content of a ${node[0]} node`);
      const children = new Array<DocJSON>(content.length);
      for (let i = 0; i < content.length; i++) children[i] = unpack(content[i]);
      out.content = children;
    }
    if (node.length === 4) out.marks = listAt(node[3]);
    return out;
  };
  return unpack(packed.doc);
}
