/**
 * How a revision's document is kept in the database's `doc_json` column: as its packed JSON (`shared/ipc/packedDoc`),
 * each distinct mark list written once, whenever the document can be packed exactly; as the plain ProseMirror JSON
 * otherwise, and in rows written before this form existed. Both are JSON, and one look at the parsed value tells
 * them apart (a document has a `type`, a packed one `marks` and `doc` and no `type`).
 *
 * Why: a long article repeats one wiki-link mark list thousands of times; packed, its column is under half the bytes,
 * an import writes less, and opening it (`articles.openRaw`, which sends the packed form) is a read and a parse
 * instead of a parse of twice the text and a pack on every open.
 */
import type { DocJSON } from './article';
import { packDoc, unpackDoc, type PackedDoc } from '../ipc/packedDoc';

/** The column's text for `doc`: packed when that is exact, else the document's own JSON. */
export function encodeStoredDoc(doc: DocJSON): string {
  const packed = packDoc(doc);
  return JSON.stringify(packed ?? doc);
}

function isPacked(value: unknown): value is PackedDoc {
  return typeof value === 'object' && value !== null && !('type' in value) && 'marks' in value && 'doc' in value;
}

/** The stored text's document, in either form. Throws a SyntaxError/TypeError on text that is neither. */
export function decodeStoredDoc(text: string): DocJSON {
  const value: unknown = JSON.parse(text);
  return isPacked(value) ? unpackDoc(value) : (value as DocJSON);
}

/**
 * The stored text's packed form, for sending: parsed as it is when it was stored packed, packed now when it was
 * stored plain (older rows); null when the document cannot be packed exactly (the caller then sends its JSON).
 */
export function packedOfStoredDoc(text: string): PackedDoc | null {
  const value: unknown = JSON.parse(text);
  return isPacked(value) ? value : packDoc(value as DocJSON);
}
