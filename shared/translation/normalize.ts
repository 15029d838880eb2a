/**
 * Text normalisation for matching translations: full-width and half-width forms, the punctuation variants of Chinese
 * and English typography, traditional and simplified characters (`foldToSimplified`: a Taiwan sentence finds its
 * mainland translation in the memory), case and runs of white space are made equal, and every normalised character
 * remembers where it came from, so a match found in normalised text can be shown in the original.
 */
import { foldToSimplified } from '../text/scriptFold';

/** Punctuation that NFKC leaves alone but that Chinese and English typography use interchangeably. */
const PUNCT_MAP: Record<string, string> = {
  '。': '.',
  '｡': '.',
  '、': ',',
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '‘': "'",
  '’': "'",
  '《': '<',
  '》': '>',
  '〈': '<',
  '〉': '>',
  '【': '[',
  '】': ']',
  '〔': '[',
  '〕': ']',
  '—': '-',
  '–': '-',
  '―': '-',
  '‐': '-',
  '・': '·',
  '•': '·',
};

const PUNCT_RE = new RegExp(`[${Object.keys(PUNCT_MAP).join('')}]`, 'gu');

/** Text made only of characters whose normalised form is exactly one UTF-16 unit (checked for every one of them). */
const ONE_TO_ONE = /^[\x20-\x7e\u2013-\u2016\u2018-\u201f\u3001-\u3011\u3014-\u301f\u4e00-\u9fff\uff01-\uff5e]*$/;

/** A normalised text and, for each of its UTF-16 units, the offset in the original it came from. */
export interface NormalizedText {
  text: string;
  /** `origin[i]` is the original offset of normalised unit `i`; `origin[text.length]` is the original length. */
  origin: Int32Array;
}

/** One character, normalised: compatibility forms folded (NFKC), typographic punctuation unified, optionally lower-cased. */
export function normalizeChar(ch: string, lowerCase = true): string {
  const mapped = PUNCT_MAP[ch];
  if (mapped !== undefined) return mapped;
  const folded = ch.normalize('NFKC');
  return lowerCase ? folded.toLowerCase() : folded;
}

/**
 * Normalises `text` for matching and keeps an offset map. Runs of white space become one space and outer white space
 * is dropped. Characters are normalised one by one (not as a whole string), which is what keeps the map exact.
 */
export function normalizeWithMap(text: string, lowerCase = true): NormalizedText {
  if (ONE_TO_ONE.test(text) && !/^ | $|  /.test(text)) {
    // Common case: every character maps to exactly one, so offsets are unchanged and the string is folded at once.
    const folded = foldToSimplified(text.normalize('NFKC').replace(PUNCT_RE, (c) => PUNCT_MAP[c] ?? c));
    const origin = new Int32Array(text.length + 1);
    for (let k = 0; k <= text.length; k++) origin[k] = k;
    return { text: lowerCase ? folded.toLowerCase() : folded, origin };
  }
  let out = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const ch = width === 2 ? text.slice(i, i + 2) : text[i];
    if (isSpaceChar(code, ch)) {
      if (pendingSpace < 0) pendingSpace = i;
    } else {
      if (pendingSpace >= 0 && out.length > 0) {
        out += ' ';
        origin.push(pendingSpace);
      }
      pendingSpace = -1;
      // ASCII and the common CJK block are already in NFKC form; only the rest goes through normalize().
      let norm: string;
      if (code < 128) norm = lowerCase && code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      else if (code >= 0x4e00 && code <= 0x9fff) norm = ch;
      else norm = normalizeChar(ch, lowerCase);
      out += norm;
      for (let k = 0; k < norm.length; k++) origin.push(i);
    }
    i += width;
  }
  const map = new Int32Array(out.length + 1);
  for (let k = 0; k < origin.length; k++) map[k] = origin[k];
  map[out.length] = pendingSpace >= 0 ? pendingSpace : text.length;
  // One code unit for one: the map stays exact.
  return { text: foldToSimplified(out), origin: map };
}

function isSpaceChar(code: number, ch: string): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (code >= 0x3001 && code <= 0xfefe) return false;
  return /\s/u.test(ch);
}

/** Maps a half-open range of a normalised text back to the original text. */
export function originalRange(norm: NormalizedText, start: number, end: number, original: string): { start: number; end: number } {
  const origStart = norm.origin[start];
  // The end is just after the original character that produced the last normalised unit.
  const last = norm.origin[end - 1];
  const cp = original.codePointAt(last) ?? 0;
  return { start: origStart, end: last + (cp > 0xffff ? 2 : 1) };
}

/** A token of a sentence as the translation memory compares them. */
export interface TmToken {
  /** Normalised, lower-cased form: what must be equal for a match. */
  key: string;
  /** Normalised form with case kept: a case-only difference costs a little. */
  surface: string;
  /** Punctuation weighs half as much as a word or a Chinese character. */
  weight: number;
  punct: boolean;
}

/** Han, kana, hangul and other scripts written without spaces: each character is a token of its own. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * Splits a sentence into the units a fuzzy match counts: each Chinese character, each English word or number (a run
 * of letters and digits, with internal `.` `,` `'` `-` kept when a letter or digit follows, so `U.S`, `30,000` and
 * `don't` are one token) and each punctuation mark. White space only separates.
 */
export function tmTokens(text: string): TmToken[] {
  // Offsets are not needed here, so the whole string is folded at once (much faster than character by character).
  const written = text.normalize('NFKC').replace(PUNCT_RE, (c) => PUNCT_MAP[c] ?? c);
  const chars = Array.from(foldToSimplified(written));
  // A character's script is kept in its surface, as case is: 據 and 据 match, and the difference costs a little.
  const surfaces = Array.from(written);
  const tokens: TmToken[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    const kind = charKind(ch);
    if (kind === SPACE) {
      i++;
    } else if (kind === CJK_CHAR) {
      tokens.push({ key: ch, surface: surfaces[i], weight: 1, punct: false });
      i++;
    } else if (kind === WORD_CHAR) {
      let j = i + 1;
      while (j < chars.length) {
        const k = charKind(chars[j]);
        if (k === WORD_CHAR) j++;
        else if (k === OTHER && INNER.has(chars[j]) && j + 1 < chars.length && charKind(chars[j + 1]) === WORD_CHAR) j += 2;
        else break;
      }
      const surface = chars.slice(i, j).join('');
      tokens.push({ key: surface.toLowerCase(), surface, weight: 1, punct: false });
      i = j;
    } else {
      tokens.push({ key: ch, surface: ch, weight: 0.5, punct: true });
      i++;
    }
  }
  return tokens;
}

const INNER = new Set(['.', ',', "'", '-']);
const SPACE = 0;
const CJK_CHAR = 1;
const WORD_CHAR = 2;
const OTHER = 3;

function charKind(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if (c === 32 || (c >= 9 && c <= 13)) return SPACE;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return WORD_CHAR;
    return OTHER;
  }
  if (c >= 0x4e00 && c <= 0x9fff) return CJK_CHAR;
  if (isSpaceChar(c, ch)) return SPACE;
  if (CJK.test(ch)) return CJK_CHAR;
  if (WORD.test(ch)) return WORD_CHAR;
  return OTHER;
}
