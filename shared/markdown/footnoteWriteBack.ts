/**
 * Writing an edit of an article's footnotes back into its file: each note the edit changed is written anew where its
 * definition (`[^1]: …`) stands, the other definitions and the body around them keep their bytes. The write-back of
 * the body's blocks (`writeBack.ts`) then finds the notes as the edit has them.
 */
import type { DocJSON } from '../model/article';
import { markdownParser } from './markdownParser';
import { serializeFootnote } from './serialize';

/** A stretch of the body to replace: [start, end) in the `\n`-ending body, and the Markdown that goes there. */
export interface NoteReplacement {
  start: number;
  end: number;
  markdown: string;
}

/** A document's `footnotes` node, if it has one (always its last block). */
export function footnotesNode(doc: DocJSON): DocJSON | undefined {
  const last = doc.content?.[doc.content.length - 1];
  return last?.type === 'footnotes' ? last : undefined;
}

/**
 * The replacements that turn the notes of `body` (the base revision's, `base`) into `edited`, or null when they
 * cannot be made in place: notes added, removed or relabelled, or a changed note whose definition is not a line of
 * its own at the top level (inside a quote or a list item, its lines carry markers a rewrite would have to repeat).
 */
export function noteReplacements(body: string, lang: string, base: DocJSON | undefined, edited: DocJSON | undefined): NoteReplacement[] | null {
  const baseNotes = base?.content ?? [];
  const editedNotes = edited?.content ?? [];
  if (baseNotes.length !== editedNotes.length) return null;
  if (baseNotes.some((note, i) => note.attrs?.label !== editedNotes[i]?.attrs?.label)) return null;
  const where = definitionSpans(body, lang);
  if (where.length !== baseNotes.length) return null;
  const replacements: NoteReplacement[] = [];
  for (let i = 0; i < baseNotes.length; i++) {
    if (JSON.stringify(baseNotes[i]) === JSON.stringify(editedNotes[i])) continue;
    const span = where[i];
    if (!span || !/^ {0,3}\[\^/.test(body.slice(span.start, span.end))) return null;
    replacements.push({ ...span, markdown: serializeFootnote(editedNotes[i] as DocJSON) });
  }
  return replacements.sort((a, b) => a.start - b.start);
}

/** Where each note's definition stands in `body`, in note order: its first line to the end of its last (null: no line map). */
function definitionSpans(body: string, lang: string): ({ start: number; end: number } | null)[] {
  const tokens = markdownParser.parse(body, { wikiLang: lang });
  const lineStarts = [0];
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const spans: ({ start: number; end: number } | null)[] = [];
  let lines: [number, number] | null = null;
  let inNote = false;
  for (const token of tokens) {
    if (token.type === 'footnote_open') {
      inNote = true;
      lines = null;
    } else if (token.type === 'footnote_close') {
      inNote = false;
      if (!lines) spans.push(null);
      else {
        const start = lineStarts[lines[0]] ?? body.length;
        let end = lines[1] < lineStarts.length ? (lineStarts[lines[1]] as number) - 1 : body.length;
        while (end > start && /\s/.test(body[end - 1] as string)) end--;
        spans.push({ start, end });
      }
    } else if (inNote && token.map) {
      lines = lines ? [Math.min(lines[0], token.map[0]), Math.max(lines[1], token.map[1])] : [token.map[0], token.map[1]];
    }
  }
  return spans;
}
