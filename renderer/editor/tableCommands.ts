/**
 * Typing in a table cell: Enter (and Shift-Enter) breaks the line inside the cell. ProseMirror's default Enter
 * splits the text block, which in a cell makes a new cell and pushes the row out of line with its table; a break
 * keeps the table's shape and writes back as `<br>` in the cell's Markdown.
 */
import type { Command } from 'prosemirror-state';
import { schema } from '../../shared/schema';

const CELLS = new Set([schema.nodes.table_cell, schema.nodes.table_header]);

/** Inserts a line break when the selection is inside one table cell; otherwise does nothing (returns false). */
export const breakLineInTableCell: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  if (!CELLS.has($from.parent.type) || !$from.sameParent($to)) return false;
  if (dispatch) dispatch(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
  return true;
};
