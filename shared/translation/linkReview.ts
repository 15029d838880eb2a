/**
 * Wiki-link review: finds links whose boundaries cut through a word (两[[国关]]系 links 国关 across 两国|关系;
 * [[外交部]]长 links the ministry inside 外交部长, "foreign minister"), so that a wrong entity does not reach the
 * glossary, and proposes fixes as data the editor applies: remove the link, or move it onto the whole word.
 *
 * How a cut is decided, for each side of a link:
 * 1. Word boundaries come from `Intl.Segmenter('zh', { granularity: 'word' })`, run on the whole text. When a
 *    segment crosses a link boundary, two readings compete: the segmenter's and the author's.
 *    - The segment holds the whole link (外交官 around [[外交]], 阿拉伯国家 around [[国家]]): it is a cut when the link
 *      is not a word by itself (the segmenter splits it, or it is one character), or when what the segment adds
 *      outside the link is a single character, a bound morpheme (官 in 外交官) rather than a particle (历史上). A longer addition makes a compound
 *      of two words (阿拉伯|国家, 国家|安全), and linking one of them is the author's choice, not a cut. Latin letters
 *      glued to a link are always one word ([[Ham]]as).
 *    - The segment holds only part of the link (两国 and 关系 around [[国关]]; 东北 across [[中东]]北非): it is a cut
 *      unless the link's own segmentation, or a dictionary word of three or more characters inside the link, gives the
 *      boundary character to a word inside the link. 中东 is a word, so 中东|北非 stands; 国关 splits as 国|关, so the
 *      link cuts 两国 and 关系. (Two-character dictionary entries are not trusted here: there are too many, 国关
 *      among them as an abbreviation.)
 * 2. The segmenter splits off single characters that belong to the word before them (外交部|长). So when the
 *    character right after the link (or right before it) is a segment of its own, the link's text plus that character
 *    is looked up in the dictionary passed in (`isWord`, e.g. CC-CEDICT on the Node side); if it is a word, the link
 *    cuts it. Function characters (的 与 和 ...), locatives after the link (历史上, 发展中, 世纪末) and determiners or
 *    adverbs before it (据估计, 总人口, 可再生) never count. Without a dictionary only a few bound suffixes count
 *    (长 员 者 官: 部长, 议员, 记者, 外交官).
 * 3. A side that touches another link is never a cut: two adjacent links ([[美国]][[以色列]]人) are the author's
 *    deliberate boundary.
 * 4. Judgement call: a place linked before a person, language or administrative suffix (人 族 裔 籍 语 市 省 县 州 区:
 *    [[以色列]]人, [[卡塔尔]]籍, [[深圳]]市) is NOT a cut, even though 以色列人 is a dictionary word. The link names the
 *    place, which is the entity meant, and the glossary pair 以色列 -> Israel stays right. Likewise an English possessive or plural ('s, s) after a Latin link.
 *
 * `unlink` is always offered. `extend` is offered when the enclosing span is one word: a single segment, or confirmed
 * by the dictionary, or found by rule 2. The proposed target is the word itself. 两国关系 is two words, so 两[[国关]]系
 * only gets `unlink`. Without a dictionary the review misses cuts like 外交部|长 beyond the bound suffixes and may
 * flag an overlap the dictionary would have explained ([[外交部发言人]]马吉德, where the segmenter reads 人马).
 */
import type { WikiLinkOccurrence } from '../model/article';
import { foldToSimplified } from '../text/scriptFold';

/** A fix the editor can apply to a flagged link, in canonical-text offsets. */
export type LinkFix =
  /** Remove the wiki-link mark from `start..end`, keeping the text. */
  | { kind: 'unlink'; start: number; end: number }
  /** Replace the link by one on `start..end` whose target is `target` (the word). */
  | { kind: 'extend'; start: number; end: number; target: string };

/** A wiki-link whose boundary cuts through a word. */
export interface LinkFinding {
  /** Index of the link in the list reviewed. */
  index: number;
  start: number;
  end: number;
  lang: string;
  target: string;
  /** The linked text. */
  text: string;
  /** Which side of the link cuts a word. */
  cut: 'start' | 'end' | 'both';
  /** The smallest span of whole words that contains the link. */
  word: { start: number; end: number; text: string };
  /** What is wrong, in words. */
  detail: string;
  /** Always `unlink` first; then `extend` when the enclosing span is one word. */
  fixes: LinkFix[];
}

/** What the review may use beside the segmenter. */
export interface LinkReviewOptions {
  /** True when `word` is a dictionary word (e.g. a CC-CEDICT headword). Enables rule 2 and confirms extensions. */
  isWord?: (word: string) => boolean;
}

const CJK = /[\p{Script=Han}]/u;

/**
 * A set of characters written in simplified form that also holds their traditional forms (長 as 长, 縣 as 县, 與 as
 * 与), so the rules below read a traditional article as they read a simplified one.
 */
function charSet(chars: readonly string[]): { has(c: string): boolean } {
  const set = new Set(chars);
  return { has: (c) => set.has(c) || set.has(foldToSimplified(c)) };
}
const LATIN_WORD = /[\p{L}\p{N}]/u;
/** Suffixes after which a linked place name is still the entity meant (rule 4): people, language, administrative unit. */
const ENTITY_SUFFIXES = charSet(['人', '族', '裔', '籍', '语', '市', '省', '县', '州', '区']);
/** Bound suffixes that make a new word with what precedes them, used when there is no dictionary (rule 2). */
const BOUND_SUFFIXES = charSet(['长', '员', '者', '官']);
/** Function characters that never glue onto a linked word: a dictionary entry like 美国的 must not count. */
const FUNCTION_CHARS = charSet(['的', '了', '和', '与', '及', '在', '是', '对', '从', '向', '为', '被', '把', '将', '于', '由', '也', '都', '而', '或', '之', '其', '该', '这', '那', '等', '并', '就', '又', '还', '让', '给', '跟', '同', '以', '所', '但', '却', '则']);
/** Locatives and plural 们 after a word: 历史上, 发展中, 世纪末, 孩子们 are the word plus a particle, not a new word. */
const RIGHT_PARTICLES = charSet(['上', '下', '中', '里', '内', '外', '前', '后', '末', '初', '间', '时', '底', '来', '们']);
/** Determiners, quantifiers and adverbs before a word: 据估计, 总人口, 可再生, 各国 do not make the link a cut. */
const LEFT_PARTICLES = charSet(['据', '可', '有', '总', '各', '每', '全', '本', '某', '诸', '首', '原', '单', '双', '多', '大', '小']);

interface Segments {
  starts: number[];
  ends: number[];
  /** Segment index of every UTF-16 offset. */
  at: Int32Array;
}

let sharedSegmenter: Intl.Segmenter | null = null;

/** One segmenter for all reviews: building one loads ICU's dictionary data. */
function segmenter(): Intl.Segmenter {
  sharedSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return sharedSegmenter;
}

function segment(text: string): Segments {
  const starts: number[] = [];
  const ends: number[] = [];
  const at = new Int32Array(text.length);
  for (const s of segmenter().segment(text)) {
    const k = starts.length;
    starts.push(s.index);
    ends.push(s.index + s.segment.length);
    at.fill(k, s.index, s.index + s.segment.length);
  }
  return { starts, ends, at };
}

/** One character added to a linked word that makes a new word of it (官 in 外交官), not a particle (历史上, 据估计). */
function boundMorpheme(added: string, side: 'start' | 'end'): boolean {
  if (added.length !== 1 || FUNCTION_CHARS.has(added)) return false;
  return side === 'start' ? !LEFT_PARTICLES.has(added) : !RIGHT_PARTICLES.has(added);
}

/** Latin letters glued to a link are part of one alphabetic word: never a compound of two words. */
function isLatin(s: string): boolean {
  return /^[\p{Script=Latin}\p{N}'’-]+$/u.test(s);
}

/** Whether `extra` after a link leaves the link naming the right entity (rule 4). */
function harmlessSuffix(linkText: string, extra: string): boolean {
  if (ENTITY_SUFFIXES.has(extra)) return true;
  return LATIN_WORD.test(linkText[linkText.length - 1] ?? '') && /^(?:['’]s|s|['’])$/u.test(extra);
}

function isSingleCjkSegment(seg: Segments, k: number, text: string): boolean {
  return k >= 0 && k < seg.starts.length && seg.ends[k] - seg.starts[k] === 1 && CJK.test(text[seg.starts[k]]);
}

/**
 * Reviews the wiki-links of a text (canonical text and its link occurrences, as `parseArticleText` gives them) and
 * returns the links that cut through a word, in the order of `wikiLinks`.
 */
export function reviewWikiLinks(text: string, wikiLinks: readonly WikiLinkOccurrence[], options: LinkReviewOptions = {}): LinkFinding[] {
  if (wikiLinks.length === 0) return [];
  const seg = segment(text);
  const linkStarts = new Set(wikiLinks.map((l) => l.start));
  const linkEnds = new Set(wikiLinks.map((l) => l.end));
  const isWord = options.isWord;
  const findings: LinkFinding[] = [];

  wikiLinks.forEach((link, index) => {
    const { start, end } = link;
    if (end <= start || end > text.length) return;
    const linkText = text.slice(start, end);
    const own = ownSegments(linkText);
    const linkIsWord = (own.length === 1 && linkText.length >= 2) || (linkText.length >= 3 && isWord?.(linkText) === true);
    let wordStart = start;
    let wordEnd = end;
    let oneWord = false;
    let byRule = false;

    const kl = start > 0 && !linkEnds.has(start) ? seg.at[start] : -1;
    const kr = end < text.length && !linkStarts.has(end) ? seg.at[end - 1] : -1;
    const crossesLeft = kl >= 0 && seg.starts[kl] < start;
    const crossesRight = kr >= 0 && seg.ends[kr] > end;

    if (crossesLeft && kl === kr) {
      // One segment holds the whole link and runs past both ends.
      const left = text.slice(seg.starts[kl], start);
      const right = text.slice(end, seg.ends[kl]);
      if (!linkIsWord || boundMorpheme(left, 'start') || boundMorpheme(right, 'end') || isLatin(left) || isLatin(right)) {
        wordStart = seg.starts[kl];
        wordEnd = seg.ends[kl];
        oneWord = true;
      }
    } else {
      if (crossesLeft) {
        const segEnd = seg.ends[kl];
        if (segEnd >= end) {
          // The segment holds the whole link and adds something before it.
          const added = text.slice(seg.starts[kl], start);
          if (!linkIsWord || boundMorpheme(added, 'start') || isLatin(added)) {
            wordStart = seg.starts[kl];
            oneWord = segEnd === end;
          }
        } else if (!boundaryCharOwned(linkText, own, segEnd - start, 'start', isWord)) wordStart = seg.starts[kl];
      } else if (kl >= 0 && isSingleCjkSegment(seg, kl - 1, text)) {
        const p = text[start - 1];
        if (!FUNCTION_CHARS.has(p) && !LEFT_PARTICLES.has(p) && isWord?.(p + linkText)) {
          wordStart = start - 1;
          byRule = true;
        }
      }
      if (crossesRight) {
        const segStart = seg.starts[kr];
        if (segStart <= start) {
          const added = text.slice(end, seg.ends[kr]);
          if ((!linkIsWord || boundMorpheme(added, 'end') || isLatin(added)) && !(segStart === start && harmlessSuffix(linkText, added))) {
            wordEnd = seg.ends[kr];
            oneWord = segStart === start || (oneWord && segStart === wordStart);
          }
        } else if (!boundaryCharOwned(linkText, own, end - segStart, 'end', isWord)) wordEnd = seg.ends[kr];
      } else if (kr >= 0 && isSingleCjkSegment(seg, kr + 1, text)) {
        const c = text[end];
        const glued = isWord ? !FUNCTION_CHARS.has(c) && !RIGHT_PARTICLES.has(c) && !ENTITY_SUFFIXES.has(c) && isWord(linkText + c) : BOUND_SUFFIXES.has(c);
        if (glued) {
          wordEnd = end + 1;
          byRule = true;
        }
      }
    }
    if (wordStart === start && wordEnd === end) return;

    const cut = wordStart < start && wordEnd > end ? 'both' : wordStart < start ? 'start' : 'end';
    const word = text.slice(wordStart, wordEnd);
    const fixes: LinkFix[] = [{ kind: 'unlink', start, end }];
    const single = seg.at[wordStart] === seg.at[wordEnd - 1];
    if (byRule || oneWord || single || isWord?.(word)) fixes.push({ kind: 'extend', start: wordStart, end: wordEnd, target: word });

    const cutWords = byRule ? [word] : wordPieces(seg, text, wordStart, wordEnd).filter((p) => (p.start < start && p.end > start) || (p.start < end && p.end > end)).map((p) => p.text);
    const detail =
      cutWords.length > 1 ? `The link on ${linkText} cuts through the words ${cutWords.join(' and ')}` : `The link on ${linkText} cuts through the word ${cutWords[0] ?? word}`;
    findings.push({ index, start, end, lang: link.lang, target: link.target, text: linkText, cut, word: { start: wordStart, end: wordEnd, text: word }, detail, fixes });
  });
  return findings;
}

/** The link text segmented on its own: the author's reading of it. */
function ownSegments(linkText: string): { start: number; end: number }[] {
  return [...segmenter().segment(linkText)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

/**
 * Whether the `inside` characters at one end of the link belong to a word inside the link: its own segmentation puts
 * them in a segment of two or more characters, or a dictionary word of three or more characters inside the link
 * covers them.
 */
function boundaryCharOwned(linkText: string, own: { start: number; end: number }[], inside: number, side: 'start' | 'end', isWord?: (w: string) => boolean): boolean {
  const edge = side === 'start' ? own[0] : own[own.length - 1];
  if (edge && edge.end - edge.start >= 2 && edge.end - edge.start > inside) return true;
  if (!isWord) return false;
  for (let len = Math.max(3, inside + 1); len <= Math.min(linkText.length, 6); len++) {
    const piece = side === 'start' ? linkText.slice(0, len) : linkText.slice(linkText.length - len);
    if (isWord(piece)) return true;
  }
  return false;
}

function wordPieces(seg: Segments, text: string, start: number, end: number): { start: number; end: number; text: string }[] {
  const pieces: { start: number; end: number; text: string }[] = [];
  for (let k = seg.at[start]; k < seg.starts.length && seg.starts[k] < end; k++) pieces.push({ start: seg.starts[k], end: seg.ends[k], text: text.slice(seg.starts[k], seg.ends[k]) });
  return pieces;
}
