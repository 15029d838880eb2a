/**
 * Which legacy Chinese encoding a non-UTF-8 file is in: GB18030 (GBK, simplified; Chinese Windows in the PRC) or Big5
 * (traditional; Taiwan, Hong Kong). Both decoders accept most byte strings of the other — GB18030 reads almost any
 * Big5 file without an error — so the first decoder that does not fail says nothing. Each decoding is scored instead:
 * a right one is almost all common characters (the 3,755 of GB2312 level 1 for simplified, the 5,401 "frequently
 * used" characters of Big5 for traditional), a wrong one is a scatter of rare characters, kana, Greek, box drawing
 * and private-use code points. The better score wins.
 */

/** The encodings tried, in the order that breaks a tie (GB18030 first: more files are in it). */
export type ChineseLegacyEncoding = 'gb18030' | 'big5';

/** A decoding that reads as Chinese text. */
export interface ChineseDecoding {
  text: string;
  encoding: ChineseLegacyEncoding;
  /** Average score per non-ASCII character (1 = all common Han; below 0 = mostly rubbish). */
  score: number;
}

const CANDIDATES: readonly ChineseLegacyEncoding[] = ['gb18030', 'big5'];

/** How many characters are scored: enough to decide, bounded for a 16 MB file. */
const SAMPLE_CHARS = 20000;

/** A decoding is accepted when at least this share of its non-ASCII, non-punctuation characters is common Han. */
const MIN_COMMON_SHARE = 0.5;

/**
 * Decodes `bytes` (which are not UTF-8) as GB18030 or Big5, whichever reads as more plausible Chinese, or null when
 * neither decodes without error into mostly common Chinese characters (a Latin-1 file, a binary, a Shift-JIS file...).
 */
export function decodeLegacyChinese(bytes: Uint8Array): ChineseDecoding | null {
  let best: (ChineseDecoding & { commonShare: number }) | null = null;
  for (const encoding of CANDIDATES) {
    const text = decodeStrict(bytes, encoding);
    if (text === null) continue;
    const { score, commonShare } = scoreChinese(text);
    if (!best || score > best.score) best = { text, encoding, score, commonShare };
  }
  if (!best || best.commonShare < MIN_COMMON_SHARE) return null;
  return { text: best.text, encoding: best.encoding, score: best.score };
}

/**
 * Scores a decoding: per non-ASCII character that is not punctuation or a space, common Han +1, other Han 0, rare Han
 * (extension blocks, compatibility ideographs) −1, letters and symbols of other scripts −1, private use and U+FFFD −2.
 * Exported for tests.
 */
export function scoreChinese(text: string): { score: number; commonShare: number } {
  const common = commonHan();
  let total = 0;
  let counted = 0;
  let commonCount = 0;
  let seen = 0;
  for (const ch of text) {
    if (++seen > SAMPLE_CHARS) break;
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || isNeutral(cp)) continue;
    counted++;
    if (common.has(ch)) {
      commonCount++;
      total += 1;
    } else if ((cp >= 0xe000 && cp <= 0xf8ff) || cp === 0xfffd || cp >= 0xf0000) total -= 2;
    else if (isRareHan(cp)) total -= 1;
    else if (/\p{Script=Han}/u.test(ch)) total += 0;
    else total -= 1;
  }
  if (counted === 0) return { score: 0, commonShare: 0 };
  return { score: total / counted, commonShare: commonCount / counted };
}

/** Spaces and punctuation both encodings have (CJK and full-width punctuation, dashes, quotes): no evidence either way. */
function isNeutral(cp: number): boolean {
  return (
    (cp >= 0x3000 && cp <= 0x303f) || // CJK symbols and punctuation
    (cp >= 0xff01 && cp <= 0xff65) || // full-width forms
    (cp >= 0x2010 && cp <= 0x2027) || // dashes, quotes, ellipsis
    cp === 0xa0 ||
    cp === 0xb7 ||
    cp === 0x00d7
  );
}

/** Han code points outside the unified block: extension A and beyond, and compatibility ideographs. */
function isRareHan(cp: number): boolean {
  return (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff);
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

let commonHanSet: Set<string> | null = null;

/**
 * The common characters of both scripts, taken from the encodings' own tables rather than typed out: GB2312 level 1
 * (lead bytes B0–D7), ordered by frequency of use when it was drawn up, and Big5's "frequently used" block (A440–C67E).
 * Built once, on first use.
 */
function commonHan(): Set<string> {
  if (commonHanSet) return commonHanSet;
  const set = new Set<string>();
  const addDecoded = (encoding: string, leads: [number, number], trails: Array<[number, number]>, last?: number) => {
    const bytes: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++) {
      for (const [from, to] of trails) {
        for (let trail = from; trail <= to; trail++) {
          if (last !== undefined && lead * 256 + trail > last) continue;
          bytes.push(lead, trail);
        }
      }
    }
    for (const ch of new TextDecoder(encoding).decode(new Uint8Array(bytes))) if (/\p{Script=Han}/u.test(ch)) set.add(ch);
  };
  addDecoded('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  addDecoded('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]], 0xc67e);
  commonHanSet = set;
  return set;
}
