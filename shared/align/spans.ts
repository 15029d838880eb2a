/**
 * Small helpers shared by the Chinese and English segmenters: both split the text into lines first (a line break
 * always ends a sentence), find sentence ends inside each line, and return trimmed spans with exact offsets.
 */
import type { SentenceSpan } from './types';

const SPACE = /\s/u;

/** True for characters we never keep at the edge of a sentence (ASCII and Unicode white space, incl. U+3000). */
export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}

/**
 * Turn cut points inside `[from, to)` into trimmed, non-empty spans of `text`. Cuts are offsets where one sentence
 * ends and the next may begin; they need not be sorted or unique.
 */
export function spansFromCuts(text: string, from: number, to: number, cuts: number[]): SentenceSpan[] {
  const points = [from, ...cuts.filter((c) => c > from && c < to).sort((a, b) => a - b), to];
  const out: SentenceSpan[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    let s = points[k];
    let e = points[k + 1];
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return out;
}

/**
 * The lines of `text` as `[start, end)` ranges. `\n`, `\r\n`, `\r` and U+2028/2029 all end a line, so a paragraph
 * break (an empty line) ends a sentence too.
 */
export function lineRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, text.length]);
  return out;
}

/**
 * Fold spans that hold no letter, digit or ideograph (a stray `**`, `”`, `—`) into the sentence before them on the
 * same line: a sentence of punctuation only would become an empty bead in every alignment.
 */
export function foldOrphans(text: string, spans: SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const orphan = !/[\p{L}\p{N}]/u.test(span.text);
    if (orphan && prev && !/[\n\r\u2028\u2029]/u.test(text.slice(prev.end, span.start))) {
      out[out.length - 1] = { start: prev.start, end: span.end, text: text.slice(prev.start, span.end) };
    } else {
      out.push(span);
    }
  }
  return out;
}

/**
 * A credit in brackets that ends a line after a sentence — `(Photo: Reuters)`, `（摄影：张华）`, `（圖／中央社）`,
 * `(Source: NBS)`, `（新华社记者 李刚 摄）` — is no sentence of its own: it belongs to the caption or sentence before it. Only a labelled
 * credit (a short label, then a colon or a slash, or a name and 摄 / 发) with no stop of its own is folded: a stage direction (`（笑）`,
 * `(Laughs)`) is a sentence of the transcript, and a translator's note (`（译者注：……。）`, `[… — Trans.]`) is a
 * sentence the aligner must be able to leave alone.
 */
export function foldTrailingAside(text: string, spans: SentenceSpan[]): SentenceSpan[] {
  const last = spans[spans.length - 1];
  const prev = spans[spans.length - 2];
  if (!last || !prev || !isCredit(last.text)) return spans;
  return [...spans.slice(0, -2), { start: prev.start, end: last.end, text: text.slice(prev.start, last.end) }];
}

const CREDIT = /^(?:[（(]([^（()）]*)[）)]|[\[【［]([^\[\]【】［］]*)[\]】］])$/u;
const CREDIT_LABEL = /^\s*(?:[\p{Script=Han}]{1,6}|\p{L}[\p{L}'’.]*(?:\s+\p{L}[\p{L}'’.]*){0,3})\s*[:：／/]/u;
const NOTE_LABEL = /^\s*(?:[^:：／/]*(?:注|註|按)|(?:translator|editor|trans|tr|ed)\b[^:：]*|[^:：]*\bnote)\s*[:：]/iu;

/**
 * A Chinese photo credit without a label: the photographer, then 摄 (`（新华社记者 李刚 摄）`, `（張三攝）`), or the agency
 * that sent it (`（新华社发）`, `（新華社發 王五攝）`).
 */
const CREDIT_SHOT = /^\s*[^，,。！？!?：:（()）]{2,24}?(?:\s*(?:摄|攝|摄影|攝影|供图|供圖)|(?:社|网|網|台|报|報)(?:发|發)(?:\s+[^，,。！？!?：:（()）]{2,12}(?:摄|攝))?)\s*$/u;

function isCredit(sentence: string): boolean {
  const m = CREDIT.exec(sentence);
  const inner = m ? (m[1] ?? m[2]) : undefined;
  if (inner === undefined || NOTE_LABEL.test(inner)) return false;
  if (!CREDIT_LABEL.test(inner) && !CREDIT_SHOT.test(inner)) return false;
  // Its own stop makes it a sentence: 。！？ anywhere, or a full stop at its end or before a space (not an initial's).
  return !/[。！？!?]/u.test(inner) && !/(?<!\b\p{Lu})\.(?:\s|$)/u.test(inner);
}
