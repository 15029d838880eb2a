/**
 * The editor's keyboard: undo/redo (Mod-z, Shift-Mod-z, Mod-y), bold/italic, wiki-link commands, a line break for
 * Enter in a table cell, then ProseMirror's base keymap. Keymaps only run while the view is editable, so reading mode ignores them.
 */
import type { Plugin } from 'prosemirror-state';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { schema } from '../../shared/schema';
import { breakLineInTableCell } from './tableCommands';
import { removeWikiLink } from './wikiLinkCommands';

/** What the keymap asks of the surrounding UI. */
export interface KeymapHandlers {
  /** Opens the form that links the selection or changes the target (Mod-k). */
  openLinkForm(): void;
}

/** The editor's keymap plugins, most specific first. */
export function editorKeymaps(handlers: KeymapHandlers): Plugin[] {
  return [
    keymap({
      'Mod-z': undo,
      'Shift-Mod-z': redo,
      'Mod-y': redo,
      'Mod-b': toggleMark(schema.marks.strong),
      'Mod-i': toggleMark(schema.marks.em),
      'Mod-k': () => {
        handlers.openLinkForm();
        return true;
      },
      'Shift-Mod-k': removeWikiLink,
      Enter: breakLineInTableCell,
      'Shift-Enter': breakLineInTableCell,
    }),
    keymap(baseKeymap),
  ];
}
