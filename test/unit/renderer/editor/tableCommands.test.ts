import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { schema } from '../../../../shared/schema';
import { serializeDocument } from '../../../../shared/markdown/serialize';
import type { DocJSON } from '../../../../shared/model/article';
import { breakLineInTableCell } from '../../../../renderer/editor/tableCommands';

const cell = (type: 'table_header' | 'table_cell', text: string) => schema.node(type, null, text ? [schema.text(text)] : []);
const doc = schema.node('doc', null, [
  schema.node('paragraph', null, [schema.text('前文')]),
  schema.node('table', null, [
    schema.node('table_row', null, [cell('table_header', '項目'), cell('table_header', '數字')]),
    schema.node('table_row', null, [cell('table_cell', '贊成'), cell('table_cell', '89')]),
  ]),
]);

function run(pos: number): EditorState | null {
  let state = EditorState.create({ doc, selection: TextSelection.create(doc, pos) });
  const ok = breakLineInTableCell(state, (tr) => {
    state = state.apply(tr);
  });
  return ok ? state : null;
}

describe('Enter in a table cell', () => {
  it('breaks the line inside the cell, keeping the table two columns wide', () => {
    // Inside 贊成, after its first character.
    const inCell = findText('贊成') + 1;
    const state = run(inCell)!;
    expect(state).not.toBeNull();
    const table = state.doc.child(1);
    expect(table.child(1).childCount).toBe(2);
    expect(serializeDocument(state.doc.toJSON() as DocJSON)).toContain('| 贊<br>成 | 89 |');
  });

  it('leaves Enter outside tables to the usual commands', () => {
    expect(run(2)).toBeNull();
  });
});

function findText(text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text === text) found = pos;
  });
  return found;
}
