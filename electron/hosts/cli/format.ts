/** Plain-text layout for the CLI's human output: column widths that respect CJK characters. */

/** Display width in a terminal: East Asian wide and fullwidth characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) || (code >= 0x1f300 && code <= 0x1faff) ? 2 : 1;
  }
  return width;
}

/** Pads `text` with spaces to `width` display columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Lays out rows as aligned columns (the last column is not padded). A line break inside a cell is shown as ↵, so one row stays one line. */
export function table(cells: string[][]): string {
  if (cells.length === 0) return '';
  const rows = cells.map((r) => r.map((cell) => cell.replace(/\r?\n/g, '↵')));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : padEnd(cell, widths[i]))).join('  ')).join('\n') + '\n';
}
