/**
 * A translation exchange file as the translator chose it (a TMX memory, a TBX or CSV glossary), into its data, or
 * refused with a message that says what is wrong with the file, where, and what to do. The bytes are read in the
 * encoding the file has: a byte-order mark, UTF-16 without one (Trados writes TMX in UTF-16, Excel its "Unicode text"),
 * else UTF-8; else, for XML, the encoding its declaration names, and for CSV, GB18030 or Big5 (what Excel on a Chinese
 * Windows saves) when that reads as Chinese. The XML's own faults (an element never closed, a bare `&`, a file cut
 * off) are told in words a translator can act on, with the line, instead of the XML parser's terms.
 */
import { XMLValidator } from 'fast-xml-parser';
import { parseTbx } from '../export/tbx';
import { parseTmx, type TmxReadOptions } from '../export/tmx';
import { GlossaError } from '../ipc/errors';
import { decodeLegacyChinese } from '../text/chineseLegacyEncoding';
import type { GlossaryTerm, TranslationUnit } from '../model/translation';

/** The exchange formats read here. */
export type ExchangeFormat = 'TMX' | 'TBX' | 'CSV';

const FIX: Record<ExchangeFormat, string> = {
  TMX: 'Correct the file (or export it again as TMX from the tool that made it) and import it again.',
  TBX: 'Correct the file (or export it again as TBX from the tool that made it) and import it again.',
  CSV: 'Correct the file and import it again.',
};
const CHOOSE: Record<ExchangeFormat, string> = {
  TMX: 'Choose a TMX file (.tmx, as Trados, memoQ, OmegaT, Phrase or Glossa export a translation memory).',
  TBX: 'Choose a TBX file (.tbx), or a CSV file with the columns zh,en,note.',
  CSV: 'Choose a CSV file with the columns zh,en,note (in Excel: Save As "CSV UTF-8"), or a TBX file.',
};
/** What the root element of each XML format is. */
const ROOT: Record<ExchangeFormat, string> = { TMX: '<tmx>', TBX: '<tbx>', CSV: '' };

/** The bytes' encoding when they say so themselves: a byte-order mark, or UTF-16's zero bytes around the first `<`. */
function encodingByBytes(b: Uint8Array): { encoding: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] !== 0x00) return { encoding: 'utf-16le', skip: 0 };
  if (b[0] === 0x00 && b[1] === 0x3c) return { encoding: 'utf-16be', skip: 0 };
  return null;
}

/** The encoding an XML declaration at the start names (`<?xml version="1.0" encoding="windows-1252"?>`), if any. */
function declaredEncoding(b: Uint8Array): string | null {
  let head = '';
  for (let i = 0; i < Math.min(b.length, 200); i++) head += String.fromCharCode(b[i]);
  const m = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? m[1] : null;
}

/** What a file that is not `format` looks like, by its first bytes or characters. */
function whatItIs(b: Uint8Array, text: string | null, format: ExchangeFormat): string {
  const not = `not a ${format} file`;
  const zip = b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
  if (zip && format === 'CSV') return `a ZIP archive (an Excel workbook, .xlsx?), ${not}; save the sheet as "CSV UTF-8" and import that`;
  if (zip) return `a ZIP archive (a .docx, .xlsx or a zipped ${format === 'TMX' ? 'memory' : 'glossary'}?), ${not}; if it holds a .${format.toLowerCase()}, unzip it and import that`;
  if (b[0] === 0x1f && b[1] === 0x8b) return `gzip-compressed; unpack it and import the .${format.toLowerCase()} inside`;
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return `a PDF document, ${not}`;
  if (text === null) return `a binary file (it contains NUL or control bytes), ${not}`;
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return `JSON, ${not}`;
  const firstLine = start.split('\n', 1)[0];
  const xml = `${format} is XML and starts with "<?xml" or "${ROOT[format].slice(0, -1)}"`;
  if (firstLine.includes('\t') || firstLine.includes(',')) return `plain text (a table of tab- or comma-separated columns?), ${not}: ${xml}`;
  return `plain text (it starts with "${[...firstLine].slice(0, 20).join('')}"), ${not}: ${xml}`;
}

function looksBinary(b: Uint8Array): boolean {
  const end = Math.min(b.length, 8192);
  for (let i = 0; i < end; i++) {
    const x = b[i];
    if (x === 0 || (x < 32 && x !== 9 && x !== 10 && x !== 13 && x !== 12)) return true;
  }
  return false;
}

function decodeOrNull(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The line of `offset` (1-based), for a decoding error. */
function lineOfByte(b: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < b.length; i++) if (b[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that is not valid UTF-8. */
function firstBadUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i];
    const n = x < 0x80 ? 1 : x >= 0xc2 && x <= 0xdf ? 2 : x >= 0xe0 && x <= 0xef ? 3 : x >= 0xf0 && x <= 0xf4 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

/**
 * The text of an uploaded exchange file. Throws `EMPTY_FILE`, `BINARY_FILE`, `INVALID_UTF8`, `UNSUPPORTED` or
 * `BAD_INPUT` with a message that names the file, says what is wrong and what to do.
 */
export function decodeExchangeBytes(bytes: Uint8Array, name: string, format: ExchangeFormat): string {
  const byBytes = encodingByBytes(bytes);
  let text: string | null = null;
  if (byBytes) {
    try {
      text = new TextDecoder(byBytes.encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(byBytes.skip));
    } catch {
      throw new GlossaError('INVALID_UTF8', `${name} starts as ${byBytes.encoding.toUpperCase()} text but is not valid ${byBytes.encoding.toUpperCase()} further on. Save it again as UTF-8 (or export it again from the tool that made it) and import it again.`);
    }
  } else {
    if (bytes.every((x) => x === 0x20 || x === 0x09 || x === 0x0a || x === 0x0d)) throw new GlossaError('EMPTY_FILE', `${name} is empty; choose another file.`);
    if (looksBinary(bytes)) throw new GlossaError('BINARY_FILE', `${name} is ${whatItIs(bytes, null, format)}. ${CHOOSE[format]}`);
    text = decodeOrNull(bytes, 'utf-8');
    // Bytes that are valid UTF-8 are UTF-8, whatever a declaration says: a file re-saved by an editor keeps its old
    // declaration, and Chinese or accented text in another encoding is almost never valid UTF-8 by chance.
    if (text === null) text = format === 'CSV' ? decodeCsvFallback(bytes, name) : decodeDeclared(bytes, name);
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new GlossaError('EMPTY_FILE', `${name} is empty; choose another file.`);
  if (format !== 'CSV' && !text.trimStart().startsWith('<')) throw new GlossaError('BAD_INPUT', `${name} is ${whatItIs(bytes, text, format)}. ${CHOOSE[format]}`);
  return text;
}

/** An XML file that is not UTF-8: in the encoding its declaration names, or refused. */
function decodeDeclared(bytes: Uint8Array, name: string): string {
  const declared = declaredEncoding(bytes);
  const line = lineOfByte(bytes, firstBadUtf8(bytes));
  const other = declared && !/^utf-?(8|16)$/i.test(declared.replace(/_/g, '-')) ? declared : null;
  if (!other) {
    const what = declared ? `${name} declares the encoding ${declared} but is not valid ${declared.toUpperCase()}` : `${name} is not valid UTF-8, and its XML declaration names no other encoding`;
    throw new GlossaError('INVALID_UTF8', `${what} (the first byte that is not UTF-8 is on line ${line}). Save it as UTF-8 (or declare the encoding it is in, e.g. <?xml version="1.0" encoding="windows-1252"?>) and import it again.`);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(other, { fatal: true });
  } catch {
    throw new GlossaError('UNSUPPORTED', `${name} declares the encoding "${other}", which Glossa cannot read. Save it as UTF-8 (and change the declaration to encoding="UTF-8") and import it again.`);
  }
  const text = decodeOrNull(bytes, decoder.encoding);
  if (text === null) {
    throw new GlossaError('INVALID_UTF8', `${name} declares the encoding ${other} but is not valid ${decoder.encoding.toUpperCase()}, nor UTF-8 (the first byte that is not UTF-8 is on line ${line}). Save it as UTF-8 and import it again.`);
  }
  return text;
}

/** A CSV file that is not UTF-8: GB18030 or Big5, whichever reads as Chinese (Excel on a Chinese Windows), or refused. */
function decodeCsvFallback(bytes: Uint8Array, name: string): string {
  const chinese = decodeLegacyChinese(bytes);
  if (chinese) return chinese.text;
  throw new GlossaError(
    'INVALID_UTF8',
    `${name} is not UTF-8 text, nor Chinese in GB18030 or Big5 (the first byte that is not UTF-8 is on line ${lineOfByte(bytes, firstBadUtf8(bytes))}). Save it as UTF-8 (in Excel: Save As "CSV UTF-8") and import it again.`,
  );
}

/** `decodeExchangeBytes` for a TMX file. */
export function decodeTmxBytes(bytes: Uint8Array, name: string): string {
  return decodeExchangeBytes(bytes, name, 'TMX');
}

const tag = (name: string): string => `<${name}>`;

/** The XML fault fast-xml-parser found, in words a translator can act on. */
function xmlFault(msg: string, line: number, col: number, lineCount: number, format: ExchangeFormat): string {
  let m: RegExpExecArray | null;
  const at = `line ${line}, column ${col}`;
  if ((m = /^Expected closing tag '([^']*)' \(opened in line (\d+), col (\d+)\) instead of closing tag '([^']*)'\.$/.exec(msg))) {
    return `${tag(m[1])} opened at line ${m[2]} is not closed: at ${at} the file closes </${m[4]}> where </${m[1]}> was due`;
  }
  if ((m = /^Unclosed tag '([^']*)'\.$/.exec(msg))) {
    return `${tag(m[1])} opened at line ${line} is never closed (the file ends at line ${lineCount}); the file may have been cut off`;
  }
  if ((m = /^Invalid '(\[.*\])' found\.$/.exec(msg))) {
    let open: string[] = [];
    try {
      open = (JSON.parse(m[1]) as unknown[]).map(String);
    } catch {
      open = [];
    }
    const list = open.reverse().map((n) => `</${n}>`).join(', ');
    return `the file ends at line ${lineCount} before ${list || 'its elements'} ${open.length === 1 ? 'is' : 'are'} closed; it looks cut off (an export or a download that did not finish)`;
  }
  if ((m = /^Closing tag '([^']*)' has not been opened\.$/.exec(msg))) return `</${m[1]}> at ${at} closes an element that was never opened`;
  if ((m = /^Closing tag '([^']*)' doesn't have proper closing\.$/.exec(msg))) return `</${m[1]} at ${at} is missing its ">"`;
  if (msg === "char '&' is not expected.") return `a bare "&" at ${at}: in XML text it must be written "&amp;"`;
  if (msg === "Invalid space after '<'." || /^Tag '.*' is an invalid name\.$/s.test(msg)) return `a "<" at ${at} does not start a tag: in XML text it must be written "&lt;"`;
  if ((m = /^Attribute '([^']*)' is without value\.$/.exec(msg))) return `the attribute ${m[1]} at ${at} has no value in quotes (write ${m[1]}="…")`;
  if ((m = /^Attribute '([^']*)' is repeated\.$/.exec(msg))) return `the attribute ${m[1]} is given twice in one tag at ${at}`;
  if ((m = /^Attributes for '([^']*)' have open quote\.$/.exec(msg))) return `a quoted attribute value in <${m[1]}> at ${at} is never closed (a " or ' is missing)`;
  if (msg === 'Multiple possible root nodes found.' || msg === 'Extra text at the end') return `there is more after the end of the ${ROOT[format]} element, at ${at}; a ${format} file holds one ${ROOT[format]} element (two files joined into one?)`;
  if (msg === 'XML declaration allowed only at the start of the document.') return `a second "<?xml …?>" declaration at ${at}; it belongs only at the very start (two files joined into one?)`;
  if ((m = /^char '(.*)' is not expected\.$/s.exec(msg))) return `"${m[1]}" at ${at} stands outside any element`;
  return `${msg.replace(/\.$/, '')} (${at})`;
}

/**
 * Reads an XML exchange file with `parse`, turning its `BAD_INPUT` errors into messages naming the file, what is
 * wrong with it (the line when known) and what to do.
 */
function readXmlFile<T>(xml: string, name: string, format: 'TMX' | 'TBX', parse: (xml: string) => T): T {
  try {
    return parse(xml);
  } catch (error) {
    if (!(error instanceof GlossaError)) throw error;
    const text = xml.replace(/^\uFEFF/, '');
    const valid = text.trim() ? XMLValidator.validate(text) : true;
    if (valid !== true) {
      const lineCount = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      const { msg, line, col } = valid.err;
      throw new GlossaError('BAD_INPUT', `${name} is not a readable ${format} file: ${xmlFault(msg, line, col, lineCount, format)}. ${FIX[format]}`);
    }
    const detail = error.message
      .replace(new RegExp(`^The ${format} file `), 'it ')
      .replace(new RegExp(`^${format}( \\(line \\d+\\))?: `), (_, where: string | undefined) => (where ? `${where.trim().slice(1, -1)}: ` : ''));
    const rootMatch = /the root element is <([^>]*)>/.exec(detail);
    if (rootMatch) {
      const root = rootMatch[1].toLowerCase();
      const kind = root.endsWith('xliff')
        ? 'an XLIFF file'
        : root.endsWith('martif') || root === 'tbx'
          ? 'a TBX glossary (import it in the glossary instead)'
          : root === 'tmx'
            ? 'a TMX memory (import it in the memory instead)'
            : root === 'html'
              ? 'a web page'
              : `an XML file whose root element is <${rootMatch[1]}>`;
      throw new GlossaError('BAD_INPUT', `${name} is ${kind}, not a ${format} file (its root element must be ${ROOT[format]}). ${CHOOSE[format]}`);
    }
    throw new GlossaError('BAD_INPUT', `${name} is not a readable ${format} file: ${detail.replace(/\.$/, '')}. ${FIX[format]}`);
  }
}

/** Reads the text of a TMX file into units; a `BAD_INPUT` error says what is wrong, where, and what to do. */
export function readTmxFile(xml: string, name: string, options: TmxReadOptions = {}): TranslationUnit[] {
  return readXmlFile(xml, name, 'TMX', (text) => parseTmx(text, options));
}

/** Reads the text of a TBX file into glossary terms; a `BAD_INPUT` error says what is wrong, where, and what to do. */
export function readTbxFile(xml: string, name: string): GlossaryTerm[] {
  return readXmlFile(xml, name, 'TBX', (text) => parseTbx(text));
}
