/**
 * The annotation commands a checker reaches from the keyboard, the toolbar and the command palette. One table, so
 * the shortcut shown on a button is the shortcut that works. Alt+letter keys are free in the editor's keymap
 * (`renderer/editor/keymap.ts` uses Mod-z/y/b/i/k), and they work in reading mode too, where the text is not focused.
 */
import type { EditorView } from 'prosemirror-view';
import type { Motivation } from '../../shared/model/annotation';
import { canonicalText, posToOffset } from '../../shared/text/canonical';
import type { DocRange } from './annotationPlugin';

/** What a command does. */
export type AnnotationAction = 'comment' | 'tag' | 'highlight' | 'question' | 'link' | 'claim' | 'accept' | 'palette';

/** One command: its label, the key that runs it (a `KeyboardEvent.code`, layout-independent) and modifiers. */
export interface AnnotationCommand {
  action: AnnotationAction;
  label: string;
  description: string;
  code: string;
  alt: boolean;
  mod: boolean;
  shift: boolean;
  /** The motivation an annotation made by this command gets (none for accept/palette, which decide elsewhere). */
  motivation: Motivation | null;
  /** Whether the command needs a text (the comment, the tag, the question) before it can be saved. */
  needsText: boolean;
}

/** Every annotation command, in toolbar order. */
export const ANNOTATION_COMMANDS: readonly AnnotationCommand[] = [
  { action: 'claim', label: 'Claim', description: 'Make the selection a fact-check claim', code: 'KeyC', alt: true, mod: false, shift: false, motivation: 'assessing', needsText: false },
  { action: 'accept', label: 'Accept suggestion', description: 'Make the suggested claim under the cursor a claim', code: 'KeyA', alt: true, mod: false, shift: false, motivation: 'assessing', needsText: false },
  { action: 'comment', label: 'Comment', description: 'Comment on the selection', code: 'KeyM', alt: true, mod: false, shift: false, motivation: 'commenting', needsText: true },
  { action: 'question', label: 'Question', description: 'Ask a question about the selection', code: 'KeyQ', alt: true, mod: false, shift: false, motivation: 'questioning', needsText: true },
  { action: 'tag', label: 'Tag', description: 'Tag the selection', code: 'KeyT', alt: true, mod: false, shift: false, motivation: 'tagging', needsText: true },
  { action: 'link', label: 'Link', description: 'Link two spans: select the first, Link, select the second, Link again', code: 'KeyL', alt: true, mod: false, shift: false, motivation: 'linking', needsText: false },
  { action: 'highlight', label: 'Highlight', description: 'Highlight the selection', code: 'KeyH', alt: true, mod: false, shift: false, motivation: 'highlighting', needsText: false },
  { action: 'palette', label: 'Command palette', description: 'Search the annotation commands', code: 'KeyP', alt: false, mod: true, shift: true, motivation: null, needsText: false },
];

/** The key event fields a shortcut depends on (a `KeyboardEvent` has them all). */
export interface KeyLike {
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The command a key press runs, or null. `mac` decides whether Mod is ⌘ or Ctrl. */
export function commandForKey(event: KeyLike, mac: boolean): AnnotationCommand | null {
  const mod = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  if (other) return null;
  return ANNOTATION_COMMANDS.find((c) => c.code === event.code && c.alt === event.altKey && c.mod === mod && c.shift === event.shiftKey) ?? null;
}

/** How a shortcut is written on a button: `Alt+C`, `Ctrl+Shift+P`, or `⌥C`, `⇧⌘P` on a Mac. */
export function shortcutLabel(command: AnnotationCommand, mac: boolean): string {
  const key = command.code.replace(/^Key/, '');
  if (mac) return `${command.shift ? '⇧' : ''}${command.alt ? '⌥' : ''}${command.mod ? '⌘' : ''}${key}`;
  return [command.mod ? 'Ctrl' : '', command.alt ? 'Alt' : '', command.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** Commands whose label or description contains every word of `query` (the palette's filter). */
export function filterCommands(query: string, commands: readonly AnnotationCommand[] = ANNOTATION_COMMANDS): AnnotationCommand[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((c) => c.action !== 'palette' && words.every((w) => `${c.label} ${c.description}`.toLowerCase().includes(w)));
}

/**
 * The user's selection in the article, in document positions. In reading mode the text is not editable and
 * ProseMirror may not have read the DOM selection yet, so a DOM selection inside the view wins; a collapsed one is a
 * cursor (`from === to`). Null when the selection is elsewhere.
 */
export function selectionInView(view: EditorView): DocRange | null {
  const dom = view.dom.ownerDocument.getSelection();
  if (dom && dom.rangeCount > 0 && dom.anchorNode && dom.focusNode && view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode)) {
    try {
      const a = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
      const b = view.posAtDOM(dom.focusNode, dom.focusOffset);
      return { from: Math.min(a, b), to: Math.max(a, b) };
    } catch {
      // A selection inside a decoration widget has no position: fall back to ProseMirror's.
    }
  }
  const { from, to } = view.state.selection;
  return view.hasFocus() || from !== to ? { from, to } : null;
}

/** A document range as canonical offsets and its text, through the shared canonical-text definition. */
export function rangeToOffsets(view: EditorView, range: DocRange): { start: number; end: number; text: string } {
  const canonical = canonicalText(view.state.doc);
  const start = posToOffset(canonical, range.from);
  const end = posToOffset(canonical, range.to);
  return { start, end, text: canonical.text.slice(start, end) };
}
