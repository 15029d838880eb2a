/**
 * Changes and comparisons said as multiples — "twice as many", "three times as high", "prices have tripled",
 * 翻了一番, 翻两番 — read as a count with the unit `fold`, as 增长了三倍 is read from its classifier 倍. Without this,
 * "twice" and "tripled" were no figure at all and "three times as many" was a count of times.
 *
 * Works on the text `findQuantities` reads (width-folded, simplified); offsets are that text's, which are the
 * original's.
 */
import type { Approx, Period } from '../model/quantity';
import { foldToSimplified } from '../text/scriptFold';
import type { Found } from './dates';
import { EN_APPROX_PREFIX, alternation } from './lexicon';
import { type Reading, before } from './amountReading';
import { EN_LESS_COMPARATIVE, decreaseFactor, findHalvings, flipBound, isEnglishDecreaseAround } from './decreaseMultiples';

const EN_TIMES_WORDS: Record<string, number> = {
  twice: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
/**
 * "twice as", "three times more", "2.5 times higher", "four times the", "three times that of": a multiple in a
 * comparison ("three times that year" and "twice over" are repetitions). "three times more" and "three times as many"
 * are 3 fold, as writers mean them (not 4). "three times lower", "five times cheaper" are a decrease: a third, a fifth
 * (`decreaseFactor`).
 */
const EN_TIMES = new RegExp(
  `\\b(?:(${alternation(Object.keys(EN_APPROX_PREFIX))})\\s+)?(?:(twice)|(two|three|four|five|six|seven|eight|nine|ten|\\d+(?:\\.\\d+)?)\\s+times)` +
    '(?=\\s+(as|more|higher|larger|bigger|greater|faster|lower|smaller|fewer|less|cheaper|slower|shorter|lighter|weaker|narrower|thinner|the|that\\s+of|what|its|their)\\b)',
  'gi',
);
/** "doubled", "tripled", "quadrupling", "quintupled" (not "double-digit", "a double murder", tennis "doubles", "doubled down"). */
// "more than doubled", "nearly tripled": the approximation belongs to the multiple ("some doubled their prices" is not
// one: only these words).
const EN_FOLD_VERB =
  /\b(?:(more\s+than|nearly|almost|roughly|about|around|close\s+to|less\s+than|at\s+least)\s+)?(doubl|tripl|quadrupl|quintupl)(?:ed|ing)\b(?!\s+down\b)/gi;
const EN_FOLD_VERBS: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, quintupl: 5 };
/**
 * "almost double the estimate", "more than triple what it was": an approximated adjective is a multiple ("double"
 * alone is as often "a double murder" or "double-digit").
 */
const EN_APPROX_FOLD = new RegExp(
  `\\b(${alternation(Object.keys(EN_APPROX_PREFIX))})\\s+(double|triple|quadruple)\\b(?!-)(?=\\s+(?:the|that|what|its|their|his|her|our|a|an|in|since|from|over|last|previous)\\b|\\s*[,.;:!?)]|\\s*$)`,
  'gi',
);
const EN_FOLD_ADJECTIVES: Record<string, number> = { double: 2, triple: 3, quadruple: 4 };
/**
 * "a sevenfold increase", "grew nearly tenfold", "a 2.5-fold rise": a multiple said in one word. ("The aim is twofold"
 * says in how many parts, not how many times: twofold after a form of "be" is left alone.)
 */
const EN_FOLD_WORD = new RegExp(
  `\\b(?:(${alternation(Object.keys(EN_APPROX_PREFIX))})\\s+)?(?:(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold|(\\d+(?:\\.\\d+)?)-fold)\\b`,
  'gi',
);
const EN_FOLD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100, thousand: 1000,
};
/**
 * "arrested twice since January", "postponed twice this year", "twice in the past decade", "twice a week": a
 * repetition counted over a period, a count of `times`. Only "twice" and "thrice" are read here (a numeral with "times"
 * is read by the classifier rules), and only before the period they are counted over: "he scored twice in the 90th
 * minute" tells a match, not a figure to check. "twice as", "twice the", "twice that" are multiples (EN_TIMES above),
 * "twice-weekly" an adjective, and "once" is as often "formerly".
 */
const EN_TWICE = new RegExp(
  '\\b(twice|thrice)\\b(?!-)(?:\\s+(?:a|per|each|every)\\s+(day|week|month|year)\\b|' +
    '(?=\\s+(?:since|so\\s+far|already|before|this\\s+(?:year|month|week|season|century|decade)|last\\s+(?:year|month|week)|' +
    'in\\s+(?:the\\s+)?(?:past|last)\\b|in\\s+(?:\\d{4}\\b|(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:years|months|weeks|days|decades)\\b)|' +
    'within|over\\s+the\\s+(?:past|last)|during)\\b))',
  'gi',
);
const BE_BEFORE = /\b(?:is|are|was|were|be|been)\s+$/i;
/** 翻了一番 (doubled), 翻两番 (quadrupled), 翻倍: each 番 doubles (a 番 is a doubling, so 翻 N 番 is 2^N fold). */
const ZH_FAN = /翻(?:了)?\s*(一|两|三|1|2|3)\s*番|翻(?:了)?(?:一)?倍/gu;
const ZH_FAN_COUNT: Record<string, number> = { 一: 1, 两: 2, 三: 3, 1: 1, 2: 2, 3: 3 };

function fold(start: number, end: number, value: number, approx: Approx | null = null): Found {
  return { start, end, kind: 'count', value, valueMax: null, currency: null, unit: 'fold', per: null, approx, date: null };
}

/** The multiples of `text` as counts of `fold`, in text order. */
export function findMultiples(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(EN_TIMES)) {
    // "nearly four times as many": the approximation belongs to the figure.
    const value = m[2] ? 2 : (EN_TIMES_WORDS[m[3].toLowerCase()] ?? Number(m[3]));
    const approx = m[1] ? EN_APPROX_PREFIX[m[1].toLowerCase().replace(/\s+/g, ' ')] : null;
    const less = EN_LESS_COMPARATIVE.test(m[4]);
    if (value > 0) out.push(fold(m.index, m.index + m[0].length, less ? decreaseFactor(value) : value, less ? flipBound(approx) : approx));
  }
  for (const m of text.matchAll(EN_APPROX_FOLD)) {
    const approx = EN_APPROX_PREFIX[m[1].toLowerCase().replace(/\s+/g, ' ')];
    out.push(fold(m.index, m.index + m[0].length, EN_FOLD_ADJECTIVES[m[2].toLowerCase()], approx));
  }
  for (const m of text.matchAll(EN_FOLD_WORD)) {
    const value = m[2] ? EN_FOLD_NUMBERS[m[2].toLowerCase()] : Number(m[3]);
    if (!m[1] && value === 2 && BE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const approx = m[1] ? EN_APPROX_PREFIX[m[1].toLowerCase().replace(/\s+/g, ' ')] : null;
    // "fell threefold", "a threefold reduction": a third of before.
    const less = isEnglishDecreaseAround(text, m.index, m.index + m[0].length);
    if (value > 0) out.push(fold(m.index, m.index + m[0].length, less ? decreaseFactor(value) : value, less ? flipBound(approx) : approx));
  }
  for (const m of text.matchAll(EN_TWICE)) {
    // "twice a week" is a rate, as "60 hours a week" is.
    const per = (m[2]?.toLowerCase() ?? null) as Period | null;
    out.push({ ...fold(m.index, m.index + m[0].length, m[1].toLowerCase() === 'twice' ? 2 : 3), unit: 'times', per });
  }
  for (const m of text.matchAll(EN_FOLD_VERB)) {
    const approx = m[1] ? EN_APPROX_PREFIX[m[1].toLowerCase().replace(/\s+/g, ' ')] : null;
    out.push(fold(m.index, m.index + m[0].length, EN_FOLD_VERBS[m[2].toLowerCase()], approx));
  }
  if (text.includes('翻')) {
    for (const m of text.matchAll(ZH_FAN)) out.push(fold(m.index, m.index + m[0].length, m[1] ? 2 ** ZH_FAN_COUNT[m[1]] : 2));
  }
  out.push(...findHalvings(text));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A verb of increase right before a multiple in 倍, with 了 and an approximation word (近, 约, 超过) between them:
 * 增长了一倍, 增加两倍, 比去年高出一倍, 同比增长近 1.5 倍, 涨了 2 倍多. Not 增加到 / 增加为 / 增长至 2 倍 (the verb
 * is then followed by 到 / 为 / 至, which is not in this pattern), 放大 (a magnification is said as its factor),
 * 最高 (a ceiling), 许多 / 差不多.
 */
// 激增, 暴涨, 飙升, 大增, and Taiwan's 年增 (up year on year): the word before a one-character verb belongs to it.
// 快了两倍, 贵了三倍, 比去年贵三倍: a comparative of more says the rise as a verb of increase does, when 了 / 出 follows
// it or 比 names what it is compared with (a bare 大 / 长 before 倍 is as often 放大 / 最大, a magnification or a cap).
const ZH_MORE_ADJECTIVE = '[快贵大长重宽强远深厚粗]';
const ZH_INCREASE_VERB =
  '(?:增长|成长|生长|增加|提高|上升|上涨|扩大|延长|高出|多出|[激猛暴大飙狂骤剧急年]?(?:增|涨|升)|(?<![差许很好])多|(?<![最提])高|' +
  `(?<![最放扩])[增加变]?${ZH_MORE_ADJECTIVE}(?=了)|${ZH_MORE_ADJECTIVE}出|(?<=比[^，。；！？,;\\d]{1,12})(?<![最放扩])${ZH_MORE_ADJECTIVE})了?`;
const ZH_INCREASE_BY_BEFORE = new RegExp(`${ZH_INCREASE_VERB}\\s*$`, 'u');
const ZH_INCREASE_BY_SPAN = new RegExp(`^(?:${ZH_INCREASE_VERB}|[增加变]?${ZH_MORE_ADJECTIVE}出?)`, 'u');

/**
 * 增长了 N 倍 read as the fold it makes: N + 1, in the strict reading that China's standard for numbers in publications
 * and official translation follow (增长了一倍 = doubled, 增加了两倍 = tripled: COP28's 将可再生能源装机容量增加两倍 is
 * "triple renewable capacity"). 增加到 / 增加为 N 倍, 是…的 N 倍 and a bare N 倍 are N fold. The verb joins the span, so
 * a checker sees what the value was read from. Press copy sometimes writes 增加了两倍 loosely for "doubled"; the
 * translation check accepts either reading of N ≥ 2 (`isIncreaseByMultiple`), the finder gives the strict one.
 */
export function readIncreaseByMultiple(r: Reading): void {
  if (r.unit !== 'fold' || !/倍多?$/u.test(r.text.slice(r.start, r.end))) return;
  const verb = before(ZH_INCREASE_BY_BEFORE, r.text, r.start, 16);
  if (!verb) return;
  r.start = verb.index;
  r.value += 1;
  if (r.valueMax !== null) r.valueMax += 1;
}

/** Whether a figure's span (as `readIncreaseByMultiple` makes it) is a multiple said as an increase by N 倍: 增长了两倍. */
export function isIncreaseByMultiple(spanText: string): boolean {
  return /倍多?$/u.test(spanText) && ZH_INCREASE_BY_SPAN.test(foldToSimplified(spanText));
}
