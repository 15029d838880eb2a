/**
 * Turns file bytes into text, or refuses them with a message that says what is wrong. Articles are UTF-8; a file in
 * GB18030 or Big5 (common for Chinese text saved on Windows) is read as whichever of the two reads as Chinese (see
 * `decodeLegacyChinese`) and the user is told which.
 */
import { GlossaError } from '../ipc/errors';
import { decodeLegacyChinese, type ChineseLegacyEncoding } from '../text/chineseLegacyEncoding';

/** How the warning names each encoding (the name a user finds in an editor's "reopen with encoding" menu). */
const ENCODING_NAMES: Record<ChineseLegacyEncoding, string> = { gb18030: 'GB18030', big5: 'Big5' };

/** Files larger than this are refused: the largest real articles are well under 1 MB. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

/** Invalid UTF-8 up to this share of the bytes is imported with U+FFFD and a warning; more is refused. */
const MAX_REPLACEMENT_SHARE = 0.001;

export interface DecodedText {
  /** The text without a byte-order mark. */
  text: string;
  warnings: string[];
  /**
   * True when `text` is exactly what decoding the bytes as UTF-8 gives (a BOM dropped, invalid bytes as U+FFFD): the
   * importer then stores the bytes alone, and the text is recovered from them.
   */
  utf8: boolean;
}

/** Decodes an article file, refusing empty, binary, oversized and badly encoded files with a clear message. */
export function decodeArticle(bytes: Uint8Array, fileName = 'file'): DecodedText {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new GlossaError(
      'TOO_LARGE',
      `${fileName} is ${(bytes.length / 1048576).toFixed(1)} MB; Glossa imports articles up to ${MAX_ARTICLE_BYTES / 1048576} MB. Split the file or check that it is an article.`,
    );
  }
  const utf16 = decodeUtf16WithBom(bytes);
  if (utf16 !== null) {
    if (textLooksBinary(utf16)) {
      throw new GlossaError('BINARY_FILE', `${fileName} starts like a UTF-16 text file but holds NUL or control characters: it looks like a binary file, not a Markdown article. Choose a .md or .txt file.`);
    }
    if (utf16.trim().length === 0) throw new GlossaError('EMPTY_FILE', `${fileName} is empty (it holds no text). Nothing was imported.`);
    return { text: utf16, utf8: false, warnings: [`${fileName} is UTF-16; it was read as such. Save it as UTF-8 for other tools.`] };
  }
  if (looksBinary(bytes)) {
    throw new GlossaError('BINARY_FILE', `${fileName} looks like a binary file (it contains NUL or control bytes), not a Markdown article. Choose a .md or .txt file.`);
  }
  const warnings: string[] = [];
  let text: string;
  let utf8 = true;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const fallback = decodeNonUtf8(bytes, fileName, warnings);
    text = fallback.text;
    utf8 = fallback.utf8;
  }
  if (text.trim().length === 0) {
    throw new GlossaError('EMPTY_FILE', `${fileName} is empty (it holds no text). Nothing was imported.`);
  }
  return { text, warnings, utf8 };
}

function decodeNonUtf8(bytes: Uint8Array, fileName: string, warnings: string[]): { text: string; utf8: boolean } {
  const chinese = decodeLegacyChinese(bytes);
  if (chinese) {
    warnings.push(`${fileName} is not UTF-8; it was read as ${ENCODING_NAMES[chinese.encoding]}. Check the text, and save the file as UTF-8 to be sure.`);
    return { text: chinese.text, utf8: false };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const replacements = countReplacements(text);
  if (replacements > Math.max(1, bytes.length * MAX_REPLACEMENT_SHARE)) {
    throw new GlossaError(
      'INVALID_UTF8',
      `${fileName} is not valid UTF-8 (${replacements} undecodable byte sequences). Save it as UTF-8 and import it again.`,
    );
  }
  warnings.push(
    `${fileName} contains ${replacements} invalid UTF-8 byte sequence${replacements === 1 ? '' : 's'}; ${replacements === 1 ? 'it was' : 'they were'} replaced by "\uFFFD". Fix the source file if the text matters there.`,
  );
  return { text, utf8: true };
}

function decodeUtf16WithBom(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null;
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  return encoding ? tryDecode(bytes, encoding) : null;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/** NUL bytes, or many C0 control bytes other than tab/newline/CR/form feed, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  return controlsLookBinary((i) => bytes[i], Math.min(bytes.length, 8192));
}

/**
 * The same rule over the first 4,096 characters of text decoded from UTF-16: a binary file that happens to start
 * with FF FE or FE FF decodes without error, its NUL bytes becoming U+0000 or landing inside other characters.
 */
function textLooksBinary(text: string): boolean {
  return controlsLookBinary((i) => text.charCodeAt(i), Math.min(text.length, 4096));
}

/** Whether the first `end` code units (bytes, or UTF-16 units), read by `at`, hold a NUL or more than 2 % C0 controls. */
function controlsLookBinary(at: (i: number) => number, end: number): boolean {
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const unit = at(i);
    if (unit === 0) return true;
    if (unit < 32 && unit !== 9 && unit !== 10 && unit !== 13 && unit !== 12 && unit !== 27) controls++;
  }
  return end > 0 && controls / end > 0.02;
}
