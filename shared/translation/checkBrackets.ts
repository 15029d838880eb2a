/**
 * The bracket and quote check of a translation pair. Full-width and typographic forms are mapped onto their ASCII
 * counterparts first (（） -> (), 【】［］ -> [], “” 「」 『』 -> ""), then each kind is compared between the sides.
 *
 * Decisions:
 * - The English is unbalanced when a kind opens and closes a different number of times, or closes before it opens,
 *   and the Chinese does not do the same: a quotation that spans two sentences leaves both sides of its pairs open in
 *   the same way, which is not an error.
 * - Otherwise the number of pairs must match, with one allowance: Chinese title marks 《》 have no English
 *   punctuation, so each may become a pair of quotes or nothing (italics). 「」 are quotes.
 * - A straight " opens when it follows the start, white space or an opening bracket, and closes otherwise.
 * - Single quotes are not checked: English apostrophes look the same.
 * - What translators do with brackets and quotes as a matter of style is not a difference: Chinese brackets around an
 *   age or a figure (`陈某（48 岁）`, `（1979 TFLOPS）`), a dateline at the start (`（2024 年 3 月 28 日，深圳）`) or an
 *   abbreviation the English keeps (`大会（COP28）` / "conference, COP28,") may become commas; two quotations back to
 *   back (`“……。”“……。”`) may become one; Chinese quotation marks around a short name or term (`“鹊桥二号”`,
 *   `「山陀兒」`) may go; the English may add brackets (a gloss, a conversion, an abbreviation: `(Kenya)`, `(about $1.7
 *   billion)`, `(CNSA)`), split a quotation around its attribution (`"…," he said. "…"`), or quote a short term
 *   (`"left-behind children"`). Quotes the English adds after a speech verb (`He said "no"`) and brackets the Chinese
 *   has around words (`X（前身为 Twitter）`) are still counted.
 */
import type { CheckFinding } from '../model/translation';

type Kind = 'round' | 'square' | 'quote' | 'title';

const OPEN: Record<string, Kind> = { '(': 'round', '（': 'round', '[': 'square', '［': 'square', '【': 'square', '〔': 'square', '“': 'quote', '「': 'quote', '『': 'quote', '《': 'title', '〈': 'title' };
const CLOSE: Record<string, Kind> = { ')': 'round', '）': 'round', ']': 'square', '］': 'square', '】': 'square', '〕': 'square', '”': 'quote', '」': 'quote', '』': 'quote', '》': 'title', '〉': 'title' };
const STRAIGHT_QUOTES = new Set(['"', '＂']);
const NAMES: Record<Kind, [string, string, string]> = {
  round: ['(', ')', 'brackets'],
  square: ['[', ']', 'square brackets'],
  quote: ['“', '”', 'quotation marks'],
  title: ['《', '》', 'title marks'],
};

interface Tally {
  open: number;
  close: number;
  /** True when a close came before its open. */
  early: boolean;
  /** Offset of the first unmatched mark, for highlighting. */
  at: number;
}

function tally(text: string): Record<Kind, Tally> {
  const t: Record<Kind, Tally> = {
    round: { open: 0, close: 0, early: false, at: -1 },
    square: { open: 0, close: 0, early: false, at: -1 },
    quote: { open: 0, close: 0, early: false, at: -1 },
    title: { open: 0, close: 0, early: false, at: -1 },
  };
  const stacks: Record<Kind, number[]> = { round: [], square: [], quote: [], title: [] };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let kind: Kind | undefined = OPEN[ch];
    let opening = kind !== undefined;
    if (!kind) kind = CLOSE[ch];
    if (!kind && STRAIGHT_QUOTES.has(ch)) {
      kind = 'quote';
      const before = text[i - 1];
      opening = before === undefined || /[\s([{“‘—–-]/u.test(before) || OPEN[before] !== undefined;
    }
    if (!kind) continue;
    const k = t[kind];
    if (opening) {
      k.open++;
      stacks[kind].push(i);
    } else {
      k.close++;
      if (stacks[kind].length === 0) {
        k.early = true;
        if (k.at < 0) k.at = i;
      } else stacks[kind].pop();
    }
  }
  for (const kind of Object.keys(stacks) as Kind[]) if (t[kind].at < 0 && stacks[kind].length > 0) t[kind].at = stacks[kind][0];
  return t;
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

/** The bracket and quote findings of one pair. */
export function checkBrackets(zh: string, en: string, pairIndex: number): CheckFinding[] {
  if (!en.trim()) return [];
  const src = tally(zh);
  const tgt = tally(en);
  const findings: CheckFinding[] = [];
  const push = (detail: string, at: number) => {
    const f: CheckFinding = { kind: 'brackets', zh, en, detail, pairIndex };
    if (at >= 0) f.enSpan = { start: at, end: at + 1 };
    findings.push(f);
  };
  for (const kind of ['round', 'square', 'quote'] as const) {
    const s = src[kind];
    const e = tgt[kind];
    const [open, close, name] = NAMES[kind];
    const srcImbalance = s.open - s.close;
    const tgtImbalance = e.open - e.close;
    if (tgtImbalance !== srcImbalance || (e.early && !s.early)) {
      const how = e.early && tgtImbalance === srcImbalance ? `closes ${close} before opening it` : `opens ${open} ${times(e.open)} and closes it ${times(e.close)}`;
      const source = srcImbalance === 0 ? '' : ` (the Chinese opens ${times(s.open)} and closes ${times(s.close)})`;
      push(`Unbalanced ${name}: the English ${how}${source}`, e.at);
      continue;
    }
    const srcPairs = Math.max(s.open, s.close);
    const tgtPairs = Math.max(e.open, e.close);
    const titles = kind === 'quote' ? Math.max(src.title.open, src.title.close) : 0;
    const [droppable, addable] = allowances(kind, zh, en, srcPairs);
    if (tgtPairs < srcPairs - droppable || tgtPairs > srcPairs + titles + addable) {
      const extra = titles > 0 ? ` and ${titles} pair${titles === 1 ? '' : 's'} of title marks 《》` : '';
      push(`The Chinese has ${srcPairs} pair${srcPairs === 1 ? '' : 's'} of ${name}${extra}, the English ${tgtPairs}`, -1);
    }
  }
  return findings;
}

const ZH_ROUND = /[（(]([^（()）]*)[）)]/gu;
const ZH_QUOTE = /[“「『"]([^“”「」『』"]*)[”」』"]/gu;
const EN_QUOTE = /(^|[^\p{L}])["“]([^"“”]*)["”]/gu;
/** Content of Chinese brackets that is only a figure: 48 岁, 1979 TFLOPS, 約 3 億美元. */
const FIGURE_ONLY = /^\s*(?:约|約|合|折合|约合|約合)?\s*(?:[A-Z]{0,3}\$)?[0-9０-９][0-9０-９.,，．\s]*(?:[万萬亿億千百]*)\s*[\p{Script=Han}A-Za-z%％$]{0,6}\s*$/u;
const SPEECH_BEFORE = /\b(?:said|says|say|saying|told|tells|asked|asks|wrote|writes|replied|replies|added|adds|answered|shouted|declared)\s*,?\s*$|[:：]\s*$/iu;

/**
 * How many pairs of a kind the English may leave out or add beyond the Chinese as a matter of style (see the module
 * comment): [droppable, addable].
 */
function allowances(kind: 'round' | 'square' | 'quote', zh: string, en: string, srcPairs: number): [number, number] {
  if (kind === 'round') {
    let droppable = 0;
    for (const m of zh.matchAll(ZH_ROUND)) {
      const atStart = zh.slice(0, m.index).trim() === '' && zh.slice(m.index + m[0].length).trim() !== '';
      // An abbreviation or a name in Latin letters the English keeps without brackets: 大会（COP28） / "conference, COP28,".
      const kept = /^[\p{Script=Latin}\p{N}\s.&'’\-]+$/u.test(m[1]) && /\p{Script=Latin}/u.test(m[1]) && en.includes(m[1].trim());
      if (atStart || kept || FIGURE_ONLY.test(m[1])) droppable++;
    }
    return [droppable, Number.POSITIVE_INFINITY];
  }
  if (kind === 'quote') {
    let droppable = 0;
    for (const m of zh.matchAll(ZH_QUOTE)) if (m[1].length <= 8 && !/[，。！？、；：,.!?;:\s]/u.test(m[1])) droppable++;
    // Two quotations back to back (“……。”“……。”) are one statement, and the English often quotes it once.
    droppable += [...zh.matchAll(/[”」』]\s*[“「『]/gu)].length;
    let addable = srcPairs;
    for (const m of en.matchAll(EN_QUOTE)) {
      const words = m[2].trim().split(/\s+/u);
      const before = en.slice(0, m.index + m[1].length);
      if (words.length <= 4 && !/[,.!?;:]/u.test(m[2]) && !SPEECH_BEFORE.test(before)) addable++;
    }
    return [droppable, addable];
  }
  return [0, 0];
}
