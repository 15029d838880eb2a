/**
 * How a revision's document is kept in the database's `doc_json` column. Three forms, all JSON, told apart by one look
 * at the parsed value:
 * - **text-referencing packed** (`{"v":2,"marks":…,"doc":…}`, written since schema v9): the packed form of
 *   `shared/ipc/packedDoc` whose text nodes name a stretch of the revision's canonical text instead of repeating it;
 * - **packed** (`{"marks":…,"doc":…}`): each distinct mark list written once, text inline;
 * - **plain** ProseMirror JSON (has a `type`): a document the packed form cannot say exactly, and the oldest rows.
 *
 * Why: a long article repeats one wiki-link mark list thousands of times, and every text node's text is also in the
 * row's `canonical_text` (which search and anchoring read). Packed and without the repeated text the column is under a
 * fifth of the document's JSON, so an import writes (and the parse worker serialises and sends) far fewer bytes.
 * Opening stays a read and a parse: the reader gets the packed form with the text put back, which is a slice per node.
 *
 * A text node names its stretch by its length and by the gap since the previous stretch ended (0 inside a block, 1
 * after a hard break, 2 after a block separator). The encoder only writes a reference after checking that the
 * canonical text holds exactly the node's text there (else the text is kept inline), so decoding gives back the same
 * text by construction, whatever the rules that made the canonical text.
 */
import type { DocJSON } from './article';
import { packDoc, unpackDoc, type PackedDoc, type PackedNode } from '../ipc/packedDoc';

type MarkList = PackedDoc['marks'][number];

/**
 * A node of the text-referencing form: a packed node, or a text node as a reference into the canonical text —
 * `length` (no marks, no gap), `[length, markList]` (marks, no gap) or `[length, markList | -1, gap]`.
 */
type StoredNode = PackedNode | number | [number, number] | [number, number, number] | [string, Record<string, unknown> | 0, StoredNode[] | 0] | [string, Record<string, unknown> | 0, StoredNode[] | 0, number];

interface TextReferencingDoc {
  v: 2;
  marks: MarkList[];
  doc: StoredNode;
}

/** The longest gap looked for between a text node and the end of the one before (a block separator is 2). */
const MAX_GAP = 4;

/**
 * The column's text for `doc`. With the revision's canonical `text`, in the text-referencing form; without it, packed
 * with text inline; a document that cannot be packed exactly is kept as its own JSON.
 */
export function encodeStoredDoc(doc: DocJSON, text?: string): string {
  const packed = packDoc(doc);
  if (!packed) return JSON.stringify(doc);
  if (text === undefined) return JSON.stringify(packed);
  let cursor = 0;
  const refer = (node: PackedNode): StoredNode => {
    if (typeof node === 'string' || node.length === 2) {
      const value = typeof node === 'string' ? node : node[0];
      const list = typeof node === 'string' ? -1 : node[1];
      if (value.length === 0) return node;
      let gap = 0;
      while (gap <= MAX_GAP && !text.startsWith(value, cursor + gap)) gap++;
      if (gap > MAX_GAP) return node;
      cursor += gap + value.length;
      if (gap === 0) return list === -1 ? value.length : [value.length, list];
      return [value.length, list, gap];
    }
    const content = node[2];
    if (content === 0) return node;
    const children = new Array<StoredNode>(content.length);
    for (let i = 0; i < content.length; i++) children[i] = refer(content[i]);
    return node.length === 4 ? [node[0], node[1], children, node[3]] : [node[0], node[1], children];
  };
  const stored: TextReferencingDoc = { v: 2, marks: packed.marks, doc: refer(packed.doc) };
  return JSON.stringify(stored);
}

function isPacked(value: unknown): value is PackedDoc {
  return typeof value === 'object' && value !== null && !('type' in value) && 'marks' in value && 'doc' in value;
}

function isTextReferencing(value: PackedDoc): value is PackedDoc & TextReferencingDoc {
  return (value as { v?: unknown }).v === 2;
}

function corrupt(what: string): never {
  throw new TypeError(`The stored document does not fit its revision's text: ${what}.`);
}

/** The packed document with each text reference replaced by the canonical text it names. */
function withText(stored: TextReferencingDoc, text: string | undefined): PackedDoc {
  if (typeof text !== 'string') corrupt('the canonical text was not read with it');
  let cursor = 0;
  const slice = (length: number, gap: number): string => {
    const start = cursor + gap;
    cursor = start + length;
    if (!Number.isInteger(length) || !Number.isInteger(gap) || length <= 0 || gap < 0 || cursor > text.length) corrupt(`a stretch of ${length} after a gap of ${gap} at ${start - gap}`);
    return text.slice(start, cursor);
  };
  const resolve = (node: StoredNode): PackedNode => {
    if (typeof node === 'number') return slice(node, 0);
    if (typeof node === 'string') return node;
    if (!Array.isArray(node)) corrupt('a node is neither text nor a list');
    if (typeof node[0] === 'number') {
      const [length, list, gap = 0] = node as number[];
      const value = slice(length, gap);
      return list === -1 ? value : [value, list];
    }
    const packed = node as Exclude<PackedNode, string>;
    if (packed.length === 2) return packed;
    const content = packed[2];
    if (!Array.isArray(content)) return packed;
    const children = new Array<PackedNode>(content.length);
    for (let i = 0; i < content.length; i++) children[i] = resolve(content[i] as StoredNode);
    return packed.length === 4 ? [packed[0], packed[1], children, packed[3]] : [packed[0], packed[1], children];
  };
  return { marks: stored.marks, doc: resolve(stored.doc) };
}

/**
 * The stored text's document, in any form; `text` is the row's canonical text (needed by the text-referencing form).
 * Throws a SyntaxError/TypeError on text that is none of them or does not fit `text`.
 */
export function decodeStoredDoc(json: string, text?: string): DocJSON {
  const value: unknown = JSON.parse(json);
  if (!isPacked(value)) return value as DocJSON;
  return unpackDoc(isTextReferencing(value) ? withText(value, text) : value);
}

/**
 * The stored text's packed form with its text inline, for sending: resolved when stored text-referencing, parsed as it
 * is when stored packed, packed now when stored plain (older rows); null when the document cannot be packed exactly
 * (the caller then sends its JSON).
 */
export function packedOfStoredDoc(json: string, text?: string): PackedDoc | null {
  const value: unknown = JSON.parse(json);
  if (!isPacked(value)) return packDoc(value as DocJSON);
  return isTextReferencing(value) ? withText(value, text) : value;
}
