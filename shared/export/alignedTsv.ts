/**
 * Aligned text as TSV: one pair per line, the Chinese, a tab, the English. This is what parallel-corpus tools and
 * spreadsheets take, and what a reviewer can diff.
 *
 * A tab or line break inside a sentence would break the format, so by default they are escaped with backslashes
 * (`\t`, `\n`, `\r`, and `\\` for a backslash itself), the convention of PostgreSQL's COPY and of MySQL, which
 * `parseAlignedTsv` reverses exactly. Tools that want plain sentences can ask for `escape: 'space'` instead, which
 * turns every tab and line break into one space and leaves backslashes alone (not reversible, by design).
 * Lines end in LF; no header row unless asked for (`zh<TAB>en`).
 *
 * Every other character is written as it is, control characters included: the file is data for alignment and MT
 * tools, which need the sentences exactly. For the same reason, unlike the CSV exports, a sentence starting with `=`,
 * `+`, `-` or `@` gets no `'` in front: a spreadsheet opening this file may read such a cell as a formula.
 */
import { GlossaError } from '../ipc/errors';

/** How tabs and line breaks inside a sentence are written. */
export type TsvEscape = 'backslash' | 'space';

/** Options of the TSV writer and reader. */
export interface AlignedTsvOptions {
  escape?: TsvEscape;
  /** Write (or expect and skip) a `zh<TAB>en` header row. Default false. */
  header?: boolean;
}

function escapeField(text: string, mode: TsvEscape): string {
  if (mode === 'space') return text.replace(/\r\n|[\t\r\n]/g, ' ');
  return text.replace(/[\\\t\r\n]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\r': '\\r', '\n': '\\n' })[c] as string);
}

function unescapeField(text: string, line: number): string {
  return text.replace(/\\(.?)/g, (_m, c: string) => {
    switch (c) {
      case '\\':
        return '\\';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      default:
        throw new GlossaError('BAD_INPUT', `TSV line ${line}: "\\${c}" is not an escape Glossa knows; write a backslash as \\\\.`);
    }
  });
}

/** Writes pairs as `zh<TAB>en` lines. */
export function toAlignedTsv(pairs: readonly { zh: string; en: string }[], options: AlignedTsvOptions = {}): string {
  const mode = options.escape ?? 'backslash';
  const lines = pairs.map((p) => `${escapeField(p.zh, mode)}\t${escapeField(p.en, mode)}`);
  if (options.header) lines.unshift('zh\ten');
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * Reads `zh<TAB>en` lines (backslash escapes undone unless `escape: 'space'`). Throws `GlossaError('BAD_INPUT')` for a
 * line without exactly one tab or with an unknown escape, naming the line.
 */
export function parseAlignedTsv(tsv: string, options: AlignedTsvOptions = {}): { zh: string; en: string }[] {
  const mode = options.escape ?? 'backslash';
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const pairs: { zh: string; en: string }[] = [];
  lines.forEach((line, i) => {
    if (i === 0 && options.header) return;
    const tabs = line.split('\t').length - 1;
    if (tabs !== 1) throw new GlossaError('BAD_INPUT', `TSV line ${i + 1} has ${tabs} tabs; each line must be the Chinese, one tab, the English.`);
    const [zh, en] = line.split('\t');
    pairs.push(mode === 'backslash' ? { zh: unescapeField(zh, i + 1), en: unescapeField(en, i + 1) } : { zh, en });
  });
  return pairs;
}
