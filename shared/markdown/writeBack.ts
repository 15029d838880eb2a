/**
 * The Markdown of an edited revision, written back into its base revision's file: every top-level block the edit
 * left as it was keeps its original text, byte for byte (its escapes, entities, emphasis markers, line wrapping, the
 * blank lines and reference definitions around it), and only the blocks that changed are written anew. A typo fixed
 * in one paragraph of a long article then changes that paragraph of the exported file and nothing else, so the file
 * can go back to the corpus it came from with a diff a person can review.
 *
 * This only proposes the text: the caller reads it back and keeps it when it gives exactly the edited document,
 * else it writes the whole body anew (`serializeArticle`). So a case this does not foresee costs a larger diff,
 * never a wrong file.
 */
import type { Token } from 'markdown-it';
import type { DocJSON } from '../model/article';
import { footnotesNode, noteReplacements } from './footnoteWriteBack';
import { markdownParser } from './markdownParser';
import { linkTarget, serializeDocument } from './serialize';

/** What the write-back needs of the base revision and the edit. */
export interface WriteBackInput {
  /** The base revision's Markdown (the decoded file, line endings as in the file). */
  source: string;
  /** Where its body starts in `source` (after the back-link line, title and metadata line). */
  bodyStart: number;
  /** The base revision's document, as parsed from `source`. */
  baseDoc: DocJSON;
  /** The edited document. */
  editedDoc: DocJSON;
  /** The article's language (wiki-links without a prefix take it), as the import read it. */
  lang: string;
}

/** The link reference definitions markdown-it collects, by normalised label. */
type References = Record<string, { href: string; title: string }>;

const DEFINITION_LABEL = /^ {0,3}\[((?:[^[\]\\\n]|\\.){1,999})\]:/gm;

/**
 * For each link destination and title a definition in `body` gives, the label it is written with (`r` for
 * `[r]: https://… "Reuters"`), keyed as the serializer writes an inline link's target; the first definition wins.
 */
function referenceLabels(body: string, references: References | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  if (!references) return labels;
  for (const match of body.matchAll(DEFINITION_LABEL)) {
    const label = match[1] as string;
    const reference = references[markdownParser.utils.normalizeReference(label)];
    if (!reference) continue;
    const key = linkTarget(reference.href, reference.title);
    if (!labels.has(key)) labels.set(key, label);
  }
  return labels;
}

/**
 * A block written anew with its links in reference form where the file defines their destination: `[路透社][r]` stays
 * `[路透社][r]` rather than becoming `[路透社](https://… "Reuters")` beside a definition nobody uses any more.
 */
function withReferenceLinks(markdown: string, labels: ReadonlyMap<string, string>): string {
  if (labels.size === 0 || !markdown.includes('](')) return markdown;
  let out = markdown;
  for (const [target, label] of labels) {
    const needle = `](${target})`;
    let written = '';
    let from = 0;
    for (let at = out.indexOf(needle); at >= 0; at = out.indexOf(needle, at + needle.length)) {
      if (out[at - 1] === '\\') continue;
      // `[美联社][]` when the text is the label, as a writer of reference links would have it.
      const text = linkTextBefore(out, at);
      const same = text !== null && markdownParser.utils.normalizeReference(text) === markdownParser.utils.normalizeReference(label);
      written += `${out.slice(from, at)}][${same ? '' : label}]`;
      from = at + needle.length;
    }
    out = written + out.slice(from);
  }
  return out;
}

/** The text of the link whose closing `]` is at `close`: back to its unescaped opening `[`, brackets nested. */
function linkTextBefore(markdown: string, close: number): string | null {
  let depth = 0;
  for (let k = close - 1; k >= 0; k--) {
    const c = markdown[k];
    if (markdown[k - 1] === '\\') continue;
    if (c === ']') depth++;
    else if (c === '[') {
      if (depth === 0) return markdown.slice(k + 1, close);
      depth--;
    }
  }
  return null;
}

/** A top-level block's text in the body: [start, end), end before the newline that ends its last line. */
interface BlockSpan {
  start: number;
  end: number;
}

/** Top-level blocks of `body` as markdown-it reads them, in order; null when one has no line map. */
function topLevelSpans(body: string, lang: string, env: { references?: References } = {}): BlockSpan[] | null {
  const tokens: Token[] = markdownParser.parse(body, Object.assign(env, { wikiLang: lang }));
  const lineStarts = [0];
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const spans: BlockSpan[] = [];
  for (const token of tokens) {
    // The notes markdown-it-footnote gathers after the body: their definitions stay where the file has them, between blocks.
    if (token.type === 'footnote_block_open') break;
    if (token.level !== 0 || !(token.nesting === 1 || (token.nesting === 0 && token.block))) continue;
    if (!token.map) return null;
    const [first, next] = token.map;
    const start = lineStarts[first] ?? body.length;
    let end = next < lineStarts.length ? lineStarts[next] - 1 : body.length;
    // A block's map may take in the blank line after it (a list, a fenced block at the end): the gap keeps those.
    while (end > start && (body[end - 1] === '\n' || body[end - 1] === ' ' || body[end - 1] === '\t')) end--;
    spans.push({ start, end });
  }
  return spans;
}

/** For each edited block, the index of the unchanged base block it is, or -1: in order, never crossing. */
function matchBlocks(base: readonly string[], edited: readonly string[]): number[] {
  const match = new Array<number>(edited.length).fill(-1);
  let head = 0;
  while (head < base.length && head < edited.length && base[head] === edited[head]) {
    match[head] = head;
    head++;
  }
  let tail = 0;
  while (tail < base.length - head && tail < edited.length - head && base[base.length - 1 - tail] === edited[edited.length - 1 - tail]) {
    match[edited.length - 1 - tail] = base.length - 1 - tail;
    tail++;
  }
  // The middle: each edited block takes the next unused equal base block after the previous match.
  const positions = new Map<string, number[]>();
  for (let i = head; i < base.length - tail; i++) {
    const key = base[i] as string;
    const list = positions.get(key);
    if (list) list.push(i);
    else positions.set(key, [i]);
  }
  let after = head - 1;
  for (let j = head; j < edited.length - tail; j++) {
    const list = positions.get(edited[j] as string);
    const found = list?.find((i) => i > after);
    if (found !== undefined) {
      match[j] = found;
      after = found;
    }
  }
  return match;
}

/**
 * Where the reference definitions in `text` from `from` to `to` (a gap between blocks) stand (`[r]: https://…`, as
 * written, blank lines between them kept), without the rest of the line before them (when `afterLine`: the white space
 * ending the block's line) and the blank lines around them; null when there are none.
 */
function definitionsIn(text: string, from: number, to: number, afterLine: boolean): [number, number] | null {
  let start = from;
  if (afterLine) {
    const newline = text.indexOf('\n', from);
    if (newline < 0 || newline >= to) return null;
    start = newline + 1;
  }
  const blank = /^(?:[ \t]*\n)+/.exec(text.slice(start, to));
  if (blank) start += blank[0].length;
  let end = to;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end > start ? [start, end] : null;
}

/**
 * A wiki-link's pipe escaped in a table cell (`| [[zh:阿曼\\|蘇丹國]] |`), as GFM asks: a file written so gets its
 * rewritten tables written so too (the serializer leaves a link's pipe as it is, which Glossa reads either way).
 */
const ESCAPED_LINK_PIPE = /\[\[[^\]\n]*\\\|/;

/** `markdown` (a table) with the pipes inside its wiki-links escaped. */
function withEscapedLinkPipes(markdown: string): string {
  return markdown.replace(/\[\[[^\]\n]*\]\]/g, (link) => link.replace(/\\?\|/g, (pipe) => (pipe.length === 2 ? pipe : '\\|')));
}

/** A document's blocks, none when it is the one empty paragraph a document without text holds. */
function withoutPlaceholder(doc: DocJSON): DocJSON[] {
  const blocks = bodyBlocks(doc);
  return blocks.length === 1 && blocks[0]?.type === 'paragraph' && !blocks[0].content?.length ? [] : blocks;
}

/** A document's blocks before its footnotes. */
function bodyBlocks(doc: DocJSON): DocJSON[] {
  const blocks = doc.content ?? [];
  return blocks[blocks.length - 1]?.type === 'footnotes' ? blocks.slice(0, -1) : blocks;
}


/**
 * The edited revision's Markdown with unchanged blocks as they were in the file (their bytes, line endings included),
 * or null when the base file cannot be read block by block (blocks the document does not have one for). Blocks written
 * anew take the file's line ending (the more common one in a file that mixes CRLF and LF).
 */
export function writeBackEdit(input: WriteBackInput): string | null {
  const { source } = input;
  // Nothing changed: the file itself.
  if (JSON.stringify(input.baseDoc) === JSON.stringify(input.editedDoc)) return source;
  // The text is read with `\n` endings (as markdown-it reads `\r\n` and `\r`); `original` maps an offset in it back to
  // the file, so kept text is copied from the file byte for byte.
  const normalized = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const original = offsetsInSource(source, normalized.length);
  const crlf = source.split('\r\n').length - 1;
  const eol = crlf > 0 && crlf >= source.split('\n').length - 1 - crlf ? '\r\n' : '\n';
  const bodyStart = normalizedOffset(original, input.bodyStart, normalized.length);
  const header = normalized.slice(0, bodyStart);
  const body = normalized.slice(bodyStart);

  // Notes the edit changed are written anew where their definitions stand; then the body's blocks, as below.
  const baseNotes = footnotesNode(input.baseDoc);
  const editedNotes = footnotesNode(input.editedDoc);
  if (JSON.stringify(baseNotes) !== JSON.stringify(editedNotes)) {
    const replacements = noteReplacements(body, input.lang, baseNotes, editedNotes);
    if (!replacements) return null;
    let patched = '';
    let from = 0;
    for (const r of replacements) {
      patched += source.slice(from, original(bodyStart + r.start)) + r.markdown.replace(/\n/g, eol);
      from = original(bodyStart + r.end);
    }
    const baseDoc = { ...input.baseDoc, content: [...bodyBlocks(input.baseDoc), ...(editedNotes ? [editedNotes] : [])] };
    return writeBackEdit({ ...input, source: patched + source.slice(from), baseDoc });
  }
  const env: { references?: References } = {};
  const spans = topLevelSpans(body, input.lang, env);
  const labels = referenceLabels(body, env.references);
  // A body without blocks (a file that is only its header) is a document of one empty paragraph: no block of the file.
  const baseBlocks = spans?.length === 0 ? withoutPlaceholder(input.baseDoc) : bodyBlocks(input.baseDoc);
  if (!spans || spans.length !== baseBlocks.length) return null;
  const editedBlocks = spans.length === 0 ? withoutPlaceholder(input.editedDoc) : bodyBlocks(input.editedDoc);
  // Still empty: the file as it was, its trailing blank lines included.
  if (spans.length === 0 && editedBlocks.length === 0) return source;
  const match = matchBlocks(
    baseBlocks.map((b) => JSON.stringify(b)),
    editedBlocks.map((b) => JSON.stringify(b)),
  );

  // The output: ranges of the body kept from the file, and text written anew.
  const parts: (string | readonly [number, number])[] = [];
  const keep = (from: number, to: number): void => {
    if (to > from) parts.push([from, to]);
  };
  const add = (text: string): void => {
    if (text) parts.push(text);
  };
  // What follows base block `i` up to the next one (or the end): the white space ending its last line, blank lines
  // and the reference definitions written there, which are no block of their own. Each is written once at most.
  const gapStart = (i: number): number => (spans[i] as BlockSpan).end;
  const gapEnd = (i: number): number => (i + 1 < spans.length ? (spans[i + 1] as BlockSpan).start : body.length);
  const gapAfter = (i: number): string => body.slice(gapStart(i), gapEnd(i));
  const written = new Set<number>();
  /**
   * The reference definitions in the gaps after base blocks `from`…`to - 1` that no kept block carries (the blocks were
   * edited or removed): the links of the rest of the file still need them.
   */
  const orphanedDefinitions = (from: number, to: number): [number, number][] => {
    const ranges: [number, number][] = [];
    for (let k = Math.max(0, from); k < to; k++) {
      if (written.has(k)) continue;
      written.add(k);
      const range = definitionsIn(body, gapStart(k), gapEnd(k), true);
      if (range) ranges.push(range);
    }
    return ranges;
  };
  const escapeLinkPipes = ESCAPED_LINK_PIPE.test(body);
  let lastKept = -1;
  let previous = -2;
  for (let j = 0; j < editedBlocks.length; j++) {
    const i = match[j] as number;
    const reusedAfterReused = i >= 0 && previous >= 0 && i === previous + 1;
    // Before the first block: the file's own blank lines when it is the file's first block, else a blank line after
    // the header (the metadata line must stay a line of its own).
    if (j === 0) {
      const leadingGap = body.slice(0, (spans[0] as BlockSpan).start);
      // The file's own blank lines (and their line endings) before a first block written anew in place of its first
      // block, when they hold nothing else.
      if (i === 0 || (i < 0 && /\n$/.test(leadingGap) && /^\s*$/.test(leadingGap))) keep(0, leadingGap.length);
      else {
        add(header === '' || header.endsWith('\n\n') ? '' : header.endsWith('\n') ? '\n' : '\n\n');
        const leading = definitionsIn(body, 0, (spans[0] as BlockSpan).start, false);
        if (leading) {
          keep(...leading);
          add('\n\n');
        }
      }
    } else if (reusedAfterReused) {
      keep(gapStart(previous), gapEnd(previous));
      written.add(previous);
    } else if (previous >= 0 && !written.has(previous)) {
      // A block written anew after one kept: the kept block's line keeps its trailing white space, and the definitions
      // after it stay (`第三，人道援助。   ` and `[r]: https://…` are not part of the edit), then a blank line.
      const gap = gapAfter(previous);
      keep(gapStart(previous), gapEnd(previous));
      add(gap.endsWith('\n\n') ? '' : gap.endsWith('\n') ? '\n' : '\n\n');
      written.add(previous);
    } else if (i > 0 && !written.has(i - 1) && /^[ \t]*\n[ \t]*\n\s*$/.test(gapAfter(i - 1))) {
      // A kept block after one written anew in place of the block before it: the blank lines between them as they were.
      const gap = gapAfter(i - 1);
      keep(gapStart(i - 1) + (gap.length - gap.replace(/^[ \t]+/, '').length), gapEnd(i - 1));
      written.add(i - 1);
    } else add('\n\n');
    if (i >= 0 && !reusedAfterReused) {
      for (const range of orphanedDefinitions(lastKept + 1, i)) {
        keep(...range);
        add('\n\n');
      }
    }
    if (i >= 0) keep((spans[i] as BlockSpan).start, (spans[i] as BlockSpan).end);
    else {
      const block = editedBlocks[j] as DocJSON;
      const markdown = withReferenceLinks(serializeDocument({ type: 'doc', content: [block] }), labels);
      add(escapeLinkPipes && block.type === 'table' ? withEscapedLinkPipes(markdown) : markdown);
    }
    if (i >= 0) lastKept = i;
    previous = i >= 0 ? i : -2;
  }
  const lastIndex = spans.length - 1;
  if (previous >= 0 && previous === lastIndex) keep(gapStart(lastIndex), gapEnd(lastIndex));
  // The file's last block was edited or removed: what followed it (definitions, the final newline or its absence)
  // follows the new last block, without the white space that ended the old block's line.
  else if (lastIndex >= 0 && !written.has(lastIndex)) {
    // With the definitions after the kept block before it (when the blocks after it went) and after those that went.
    for (const range of orphanedDefinitions(previous >= 0 ? previous : lastKept + 1, lastIndex)) {
      add('\n\n');
      keep(...range);
    }
    const gap = gapAfter(lastIndex);
    keep(gapStart(lastIndex) + (gap.length - gap.replace(/^[ \t]+/, '').length), gapEnd(lastIndex));
  } else add('\n');
  let out = source.slice(0, input.bodyStart);
  for (const part of parts) {
    out += typeof part === 'string' ? (eol === '\n' ? part : part.replace(/\n/g, eol)) : source.slice(original(bodyStart + part[0]), original(bodyStart + part[1]));
  }
  return out;
}

/**
 * For each offset of the file read with `\n` endings, the offset in the file itself (a `\r\n` is one character
 * there), up to `length`.
 */
function offsetsInSource(source: string, length: number): (offset: number) => number {
  if (source.length === length) return (offset) => offset;
  const map = new Uint32Array(length + 1);
  // A `\r\n` maps to its `\r`, so a range ending before a line's end stops before both characters.
  for (let k = 0, n = 0; k < source.length; k++, n++) {
    map[n] = k;
    if (source.charCodeAt(k) === 0x0d && source.charCodeAt(k + 1) === 0x0a) k++;
  }
  map[length] = source.length;
  return (offset) => map[offset] as number;
}

/** The offset in the `\n`-ending text of offset `at` of the file. */
function normalizedOffset(original: (offset: number) => number, at: number, length: number): number {
  let low = 0;
  let high = Math.min(at, length);
  // `original` only grows; the first offset that maps to `at` or beyond.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (original(mid) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
