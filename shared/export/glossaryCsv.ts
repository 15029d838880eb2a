/**
 * The glossary as CSV, the format every spreadsheet opens: columns `zh,en,note` with RFC 4180 quoting (fields with a
 * comma, quote, or line break are quoted, quotes doubled, rows end in CRLF).
 *
 * Decisions:
 * - A UTF-8 byte-order mark starts the file by default, because Excel reads a CSV without one in the local code page
 *   and shows the Chinese as mojibake. The reader ignores it.
 * - Spreadsheet formula injection: a cell that starts with `=`, `+`, `-`, `@`, tab or CR would be run as a formula
 *   when the file is opened in a spreadsheet (a glossary term comes from an article, which anyone may have written).
 *   Such a cell gets a leading `'`, which spreadsheets hide, and the reader removes exactly that one `'` again, so
 *   every value survives the round trip.
 * - Reading: the header row is recognised by its names (zh / chinese / 中文 / source, en / english / 英文 / target,
 *   note / notes / comment / 备注; any order, any case); without one, the columns are zh, en, note. A `,`, `;` or tab
 *   delimiter is detected from the first line. Blank lines are skipped. A row with a Chinese term and no English (or
 *   the reverse), an unclosed quote or a stray quote is an error naming its line.
 */
import { GlossaError } from '../ipc/errors';
import type { GlossaryTerm } from '../model/translation';

/** Options of the CSV writer. */
export interface GlossaryCsvOptions {
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

const FORMULA_START = /^'*[=+\-@\t\r]/;

function protect(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function unprotect(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function quote(value: string): string {
  return /[",\r\n;\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes glossary terms as CSV with the header `zh,en,note`. */
export function toGlossaryCsv(terms: readonly GlossaryTerm[], options: GlossaryCsvOptions = {}): string {
  const rows = [['zh', 'en', 'note'], ...terms.map((t) => [t.zh, t.en, t.note ?? ''].map(protect))];
  return `${options.bom === false ? '' : '\uFEFF'}${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

interface Row {
  line: number;
  fields: string[];
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.replace(/"[^"]*"/g, '').split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** RFC 4180 parsing with line numbers for error messages. */
export function parseCsvRows(text: string, delimiter = ','): Row[] {
  const rows: Row[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '' )) rows.push({ line: rowLine, fields });
    fields = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
          throw new GlossaError('BAD_INPUT', `CSV line ${line}: text follows a closing quote; a quote inside a quoted field must be doubled ("").`);
        }
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '' || wasQuoted) throw new GlossaError('BAD_INPUT', `CSV line ${line}: a quote inside an unquoted field; put the field in quotes and double the quote.`);
      quoted = true;
      wasQuoted = true;
      i++;
    } else if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new GlossaError('BAD_INPUT', `CSV line ${rowLine}: a quoted field is never closed.`);
  if (field !== '' || fields.length > 0 || wasQuoted) endRow();
  return rows;
}

const HEADER_NAMES: Record<'zh' | 'en' | 'note', string[]> = {
  zh: ['zh', 'zh-cn', 'zh-hans', 'chinese', '中文', 'source', 'term'],
  en: ['en', 'en-us', 'en-gb', 'english', '英文', 'target', 'translation'],
  note: ['note', 'notes', 'comment', 'comments', 'definition', '备注', '注释'],
};

function headerColumns(fields: string[]): { zh: number; en: number; note: number } | null {
  const names = fields.map((f) => f.trim().toLowerCase());
  const find = (key: 'zh' | 'en' | 'note') => names.findIndex((n) => HEADER_NAMES[key].includes(n));
  const zh = find('zh');
  const en = find('en');
  return zh >= 0 && en >= 0 ? { zh, en, note: find('note') } : null;
}

/** Reads a glossary CSV (see the module comment for what is accepted). Terms read have source `import`. */
export function parseGlossaryCsv(csv: string): GlossaryTerm[] {
  const text = csv.replace(/^\uFEFF/, '');
  const rows = parseCsvRows(text, detectDelimiter(text));
  if (rows.length === 0) return [];
  const header = headerColumns(rows[0].fields);
  const columns = header ?? { zh: 0, en: 1, note: 2 };
  const terms: GlossaryTerm[] = [];
  for (const row of header ? rows.slice(1) : rows) {
    const get = (k: number) => (k >= 0 && k < row.fields.length ? unprotect(row.fields[k]) : '');
    const zh = get(columns.zh).trim();
    const en = get(columns.en).trim();
    const note = get(columns.note);
    if (!zh && !en && !note.trim()) continue;
    if (!zh) throw new GlossaError('BAD_INPUT', `CSV line ${row.line}: the Chinese column is empty (English "${en}").`);
    if (!en) throw new GlossaError('BAD_INPUT', `CSV line ${row.line}: the English column is empty (Chinese "${zh}").`);
    const term: GlossaryTerm = { zh, en, source: 'import' };
    if (note !== '') term.note = note;
    terms.push(term);
  }
  return terms;
}
