/**
 * Chinese sentence segmentation. A sentence ends at 。！？ (full or half width) or at an ellipsis ……/… that is
 * followed by more text, with any closing quotes and brackets kept on the sentence they close.
 *
 * Decisions a translator will notice:
 * - `；` does NOT end a sentence. In news prose it joins clauses of one statement or items of a list, and English
 *   translations keep such clauses in one sentence far more often than they split them; splitting would turn many
 *   true 1-1 beads into 2-1 beads.
 * - A quotation closed by `。”` (or `！”`/`？”`) followed by a short attribution clause (`他说。`, `克里格在采访中表示。`)
 *   stays ONE sentence: the English (`"...," he said.`) is one sentence too. So does `“……。”他说，“……。”`, a
 *   quotation bridged by its attribution and a comma.
 * - A stop inside round brackets that are still open does not end the sentence (`（2009 年断交。）` is part of
 *   the sentence around it). Quotation marks do not block a cut: a quotation may hold several sentences, and one
 *   stray quote mark must not glue a paragraph together.
 * - An ellipsis (……, …, ...) without a stop ends a sentence only when a new start is marked (white space, a closing
 *   quote before the next text, an opening quote after it); `他犹豫了……然后说` is one sentence.
 * - A stop followed by `，、；：` continues the sentence.
 */
import { segmentEnLine } from './segmentEn';
import { foldOrphans, foldTrailingAside, lineRanges, spansFromCuts } from './spans';
import { foldToSimplified } from '../text/scriptFold';
import type { SentenceSpan } from './types';

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '｡']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】', '〗', '"', "'", '］', ']']);
const OPEN_OPENERS = new Set(['“', '‘', '「', '『', '《', '〈', '【', '〖', '"']);
/** Punctuation that continues the current sentence when it directly follows a stop. */
const CONTINUATION = /[，、,；;：:）)]/u;

/** Speech verbs that make a short clause after a closed quotation an attribution rather than a sentence. */
const SPEECH_VERB_LIST =
  '说|说道|表示|称|声称|指出|写道|问道|问|答道|回答|强调|补充说|补充道|告诉[^，。！？]{0,12}|透露|宣布|警告|坦言|感叹|解释说|承认|回应|' +
  '笑道|叹道|喊道|吼道|高呼|呼吁|直言|提醒|抱怨|反驳|重申|感慨|坦承|追问|质问';
const SPEECH_VERB = new RegExp(`(${SPEECH_VERB_LIST})$`, 'u');

/** Longest attribution (in characters, terminator excluded) we are willing to glue to the preceding quotation. */
const MAX_ATTRIBUTION = 24;
/**
 * The attribution between the two halves of a quotation, `“……。”他说，“……。”`: a short clause ending in a speech
 * verb, a comma, then the quotation goes on. The whole is one sentence (with a colon instead, `他又说：“……”` opens a
 * new one).
 */
const BRIDGING_ATTRIBUTION = new RegExp(`^[^“”‘’「」『』"。！？]{1,${MAX_ATTRIBUTION}}?(${SPEECH_VERB_LIST})[，,]\\s*[“‘「『"]`, 'u');

/** A web address in running text: it ends at white space, quotes, brackets or Chinese punctuation. */
const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s<>"'“”‘’「」『』（）()\[\]，。、；：！？【】《》]+/giu;

/** Offsets (relative to the line) just after each sentence end in one line of Chinese text. */
function cutsInLine(line: string): number[] {
  const cuts: number[] = [];
  // A `?` or `!` inside an address (https://example.org/x?a=1) ends no sentence; nor does a full stop in one.
  const inUrl = new Uint8Array(line.length);
  for (const m of line.matchAll(URL_IN_TEXT)) {
    // The address's own last character may be the sentence's stop (…/report.pdf. 下一句): leave it out.
    const end = m.index + m[0].replace(/[.!?]+$/u, '').length;
    inUrl.fill(1, m.index, end);
  }
  // Only round brackets block a cut: quotes often hold several sentences, and an unbalanced quote mark must not
  // glue a whole paragraph together.
  // Positions of the round brackets still open.
  const parens: number[] = [];
  let sentenceStart = 0;
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '（' || ch === '(') parens.push(i);
    else if (ch === '）' || ch === ')') parens.pop();
    const ellipsisStart = ch === '…' || line.startsWith('...', i);
    if ((!TERMINATORS.has(ch) && !ellipsisStart) || inUrl[i]) {
      i++;
      continue;
    }
    let j = i;
    let hasStop = false;
    while (j < line.length && (TERMINATORS.has(line[j]) || line[j] === '…' || line[j] === '.')) {
      if (TERMINATORS.has(line[j])) hasStop = true;
      j++;
    }
    let closed = false;
    // A bracket opened in the middle of the sentence and closed right after the stop is an aside (`（周四刊出。）`):
    // the sentence around it goes on.
    let aside = false;
    while (j < line.length && CLOSERS.has(line[j])) {
      if (line[j] === '）' || line[j] === ')') {
        const open = parens.pop();
        if (open !== undefined && /\S/u.test(line.slice(sentenceStart, open))) aside = true;
      }
      closed = true;
      j++;
    }
    let k = j;
    while (k < line.length && /\s/u.test(line[k])) k++;
    i = j;
    if (k >= line.length || aside || parens.length > 0 || CONTINUATION.test(line[k])) continue;
    // An ellipsis alone ends a sentence only when something marks a new start: a space, a closing quote before
    // the next text, or an opening quote after it. `他犹豫了……然后说` stays one sentence.
    if (!hasStop && !(closed || k > j || OPEN_OPENERS.has(line[k]))) continue;
    cuts.push(j);
    sentenceStart = j;
  }
  return cuts;
}

/**
 * Re-join `“……。”他说。` and `“……。”他说，“……。”`: when a sentence ends with a terminator plus a closing quote and
 * the next one is a short clause ending in a speech verb (alone, or followed by a comma and the rest of the
 * quotation), the two are one sentence.
 */
function mergeAttributions(text: string, spans: SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && /[。！？!?…][”’」』"']$/u.test(prev.text) && (isAttribution(span.text) || BRIDGING_ATTRIBUTION.test(foldToSimplified(span.text))) && !/\n/u.test(text.slice(prev.end, span.start))) {
      out[out.length - 1] = { start: prev.start, end: span.end, text: text.slice(prev.start, span.end) };
    } else {
      out.push(span);
    }
  }
  return out;
}

function isAttribution(sentence: string): boolean {
  const body = sentence.replace(/[。！？!?]+$/u, '');
  if (body.length === 0 || body.length > MAX_ATTRIBUTION || body.length === sentence.length) return false;
  if (/[“‘「『"]/u.test(body)) return false;
  // Traditional attributions (他說, 她稱) against the simplified verb list.
  return SPEECH_VERB.test(foldToSimplified(body));
}

/**
 * A line (paragraph) of a Chinese article written in English: no Chinese full stop, and Latin letters outnumber Han
 * characters two to one, as `detectLanguage` weighs them. Its sentences end at `. ` like any English text's.
 */
function writtenInEnglish(line: string): boolean {
  // A Chinese stop means Chinese sentences (an English quotation inside one, a cited address, stays in it).
  if (/[。！？]/u.test(line)) return false;
  let han = 0;
  let latin = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return latin > 0 && han * 2 < latin;
}

/** Split Chinese text into sentences with exact offsets (see the module comment for the rules). */
export function segmentZh(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const [from, to] of lineRanges(text)) {
    const line = text.slice(from, to);
    if (writtenInEnglish(line)) {
      out.push(...segmentEnLine(text, from, to));
      continue;
    }
    const cuts = cutsInLine(line).map((c) => c + from);
    out.push(...foldTrailingAside(text, mergeAttributions(text, foldOrphans(text, spansFromCuts(text, from, to, cuts)))));
  }
  return out;
}
