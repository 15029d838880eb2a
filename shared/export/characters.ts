/**
 * Characters that have no place in an exported file, in one place so every writer treats them alike: the C0 controls
 * other than tab, line feed and carriage return and the noncharacters U+FFFE/U+FFFF (XML 1.0 cannot carry them, HTML
 * calls them parse errors, and none of them shows), and unpaired UTF-16 surrogates (half a character, which UTF-8
 * cannot encode at all: an encoder writes U+FFFD for them).
 *
 * Documents written for reading (HTML pages, DOCX) drop the invisible ones and show an unpaired surrogate as U+FFFD
 * (`readableText`). Exchange formats, where a tool may need to know that something was there, decide for themselves
 * (see `xml.ts`).
 */

/** The invisible characters XML 1.0 cannot carry (C0 controls but tab, LF, CR; U+FFFE; U+FFFF). */
export const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Everything XML 1.0 cannot carry: `INVISIBLE_CONTROLS` and `LONE_SURROGATE`. */
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for a page or document meant for reading: invisible controls dropped, unpaired surrogates shown as U+FFFD. */
export function readableText(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * `offset` moved off the middle of a surrogate pair of `text` (forward when `forward`, else back), so that cutting
 * `text` there never splits a character in two: offsets from another tool may count code points, not UTF-16 units.
 */
export function characterBoundary(text: string, offset: number, forward: boolean): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const inside = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return inside ? offset + (forward ? 1 : -1) : offset;
}
