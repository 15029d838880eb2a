/**
 * Builds the editor's document from its stored JSON, the same document `documentFromJSON` (Node.fromJSON + check)
 * makes, and refusing the same invalid input, in a fraction of the time on a long article.
 *
 * Why not Node.fromJSON: a 1 MB article has ten thousand wiki-links, and Node.fromJSON makes a fresh Mark object for
 * every one of them, then `check()` walks the whole tree again validating every text node's marks. An article links
 * few distinct pages many times over, so here each distinct mark set is made and validated once and shared by every
 * text node that carries it (ProseMirror compares marks by value, so sharing changes nothing), and each block is
 * checked once, as it is built, without re-walking its text.
 */
import { Fragment, Mark, type Node as PMNode, type NodeType, type Schema } from 'prosemirror-model';
import type { DocJSON } from '../../shared/model/article';
import { markListKey, type PackedDoc } from '../../shared/ipc/packedDoc';
import { schema as articleSchema } from '../../shared/schema';

type MarkJSON = NonNullable<DocJSON['marks']>[number];

interface AttributeRule {
  validate?: string | ((value: unknown) => void);
}

// Mirrors ProseMirror's own attribute check (unknown names refused, `validate` applied), which is internal to it.
function checkAttrs(rules: Record<string, AttributeRule> | undefined, values: Record<string, unknown>, kind: string, name: string): void {
  for (const attr in values) {
    if (!rules || !(attr in rules)) throw new RangeError(`Unsupported attribute ${attr} for ${kind} of type ${name}`);
  }
  for (const attr in rules) {
    const rule = rules[attr].validate;
    if (typeof rule === 'function') rule(values[attr]);
    else if (typeof rule === 'string') {
      const value = values[attr];
      const got = value === null ? 'null' : typeof value;
      if (!rule.split('|').includes(got)) throw new RangeError(`Expected value of type ${rule} for attribute ${attr} on type ${name}, got ${got}`);
    }
  }
}

/** Builds documents of one schema, remembering each distinct mark set it has seen (per document). */
class Builder {
  private readonly markSets = new Map<string, readonly Mark[]>();

  // Text nodes unpacked from the wire share their mark list arrays (see packedDoc.ts): found by identity, no key made.
  private readonly byList = new Map<unknown[], readonly Mark[]>();

  constructor(private readonly schema: Schema) {}

  /** The mark set of a JSON mark list: made, sorted and validated the first time it is seen. */
  private marksOf(json: unknown): readonly Mark[] {
    if (json === undefined || json === null) return Mark.none;
    if (!Array.isArray(json)) throw new RangeError('Invalid mark data for Node.fromJSON');
    if (json.length === 0) return Mark.none;
    const known = this.byList.get(json);
    if (known !== undefined) return known;
    const key = markListKey(json as MarkJSON[]);
    let set = this.markSets.get(key);
    if (set === undefined) {
      const marks = (json as MarkJSON[]).map((m) => this.schema.markFromJSON(m));
      set = Mark.setFrom(marks);
      // ProseMirror's own rule for a valid set (each mark's attributes, no duplicates or excluded pairs), checked on a
      // text node that carries it.
      this.schema.text('x', set).check();
      this.markSets.set(key, set);
    }
    this.byList.set(json, set);
    return set;
  }

  /** The mark set of a JSON mark list (see `marksOf`). */
  marks(json: unknown): readonly Mark[] {
    return this.marksOf(json);
  }

  text(text: string, marks: readonly Mark[]): PMNode {
    return this.schema.text(text, marks);
  }

  node(json: DocJSON): PMNode {
    if (!json) throw new RangeError('Invalid input for Node.fromJSON');
    const marks = this.marksOf(json.marks);
    if (json.type === 'text') {
      if (typeof json.text !== 'string') throw new RangeError('Invalid text node in JSON');
      return this.schema.text(json.text, marks);
    }
    let children: PMNode[] | null = null;
    if (json.content) {
      if (!Array.isArray(json.content)) throw new RangeError('Invalid input for Fragment.fromJSON');
      children = new Array<PMNode>(json.content.length);
      for (let i = 0; i < json.content.length; i++) children[i] = this.node(json.content[i]);
    }
    return this.block(json.type, json.attrs ?? null, children, marks);
  }

  /** A node other than text, its children already built and checked. */
  block(typeName: string, attrs: Record<string, unknown> | null, children: PMNode[] | null, marks: readonly Mark[]): PMNode {
    if (typeName === 'text') throw new RangeError('Invalid text node in JSON');
    const type: NodeType | undefined = this.schema.nodes[typeName];
    if (!type) throw new RangeError(`Unknown node type: ${typeName}`);
    const content = children ? Fragment.fromArray(children) : Fragment.empty;
    const node = type.create(attrs, content, marks);
    // What `check()` asks of this node itself; its children were checked as they were built.
    if (!type.validContent(content)) throw new RangeError(`Invalid content for node ${type.name}: ${content.toString().slice(0, 50)}`);
    checkAttrs(type.spec.attrs as Record<string, AttributeRule> | undefined, node.attrs, 'node', type.name);
    return node;
  }
}

function malformed(what: string): never {
  throw new TypeError(`The packed document is malformed: ${what}.`);
}

/**
 * The ProseMirror document of the packed wire form (`shared/ipc/packedDoc.ts`), built straight from it: equal to
 * `buildDocument(unpackDoc(packed))` without the document JSON made in between (twenty thousand objects for a long
 * article). Throws a TypeError where `unpackDoc` would and a RangeError where `buildDocument` would.
 */
export function buildPackedDocument(packed: PackedDoc, schema: Schema = articleSchema): PMNode {
  if (!packed || !Array.isArray(packed.marks)) malformed('no mark lists');
  const builder = new Builder(schema);
  const lists = packed.marks;
  const sets = new Array<readonly Mark[] | undefined>(lists.length);
  const marksAt = (at: unknown): readonly Mark[] => {
    const list = typeof at === 'number' ? lists[at] : undefined;
    if (!Array.isArray(list)) malformed(`mark list ${String(at)} is missing`);
    const index = at as number;
    return (sets[index] ??= builder.marks(list));
  };
  const build = (node: unknown): PMNode => {
    if (typeof node === 'string') return builder.text(node, Mark.none);
    if (!Array.isArray(node) || typeof node[0] !== 'string') malformed('a node is neither text nor a list');
    if (node.length === 2) return builder.text(node[0], marksAt(node[1]));
    if (node.length !== 3 && node.length !== 4) malformed(`a ${node[0]} node has ${node.length} fields`);
    const attrs: unknown = node[1];
    if (attrs !== 0 && (!attrs || typeof attrs !== 'object' || Array.isArray(attrs))) malformed(`the attributes of a ${node[0]} node`);
    const content: unknown = node[2];
    if (content !== 0 && !Array.isArray(content)) malformed(`the content of a ${node[0]} node`);
    let children: PMNode[] | null = null;
    if (Array.isArray(content)) {
      children = new Array<PMNode>(content.length);
      for (let i = 0; i < content.length; i++) children[i] = build(content[i]);
    }
    const marks = node.length === 4 ? marksAt(node[3]) : Mark.none;
    return builder.block(node[0], attrs === 0 ? null : (attrs as Record<string, unknown>), children, marks);
  };
  return build(packed.doc);
}

/**
 * The ProseMirror document of `json`, validated against the article schema (or `schema`): equal to
 * `documentFromJSON(json)`, and throwing a RangeError wherever it would.
 */
export function buildDocument(json: DocJSON, schema: Schema = articleSchema): PMNode {
  return new Builder(schema).node(json);
}
