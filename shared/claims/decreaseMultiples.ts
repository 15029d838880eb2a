/**
 * Decreases said as multiples — 降低了3倍, 减少三倍, 减少一倍, 减半, "fell threefold", "three times lower", "halved" —
 * read in the model of `multiples.ts`: a count in `fold`, the factor the new value is of the old one. A rise to three
 * times is 3 fold; a fall "threefold" is 1/3 fold. Without this a fall by three times was read as 3 fold, the very
 * figure of a threefold rise, and the translation check let 降低了3倍 pass as "three times higher".
 *
 * Works on the text `findQuantities` reads (width-folded, simplified); offsets are that text's, which are the
 * original's.
 */
import type { Approx } from '../model/quantity';
import type { Found } from './dates';
import { EN_APPROX_PREFIX, alternation } from './lexicon';
import { type Reading, before } from './amountReading';
import { roundSig } from './numerals';

/**
 * The factor left after a decrease "by N times", as writers of both languages mean it (they are idioms, not
 * arithmetic: no reading of "less by N times" as old − N·old makes sense past one):
 * - below one it is a share taken off: 降低0.3倍 is 0.7 of before;
 * - one is the idiom for halving: 减少一倍 ("reduced by one times") is ½, as 增加一倍 is doubled;
 * - above one it is the reciprocal: 降低了3倍 and "three times lower" are a third of before.
 */
export function decreaseFactor(n: number): number {
  if (n <= 0) return n;
  if (n < 1) return roundSig(1 - n);
  if (n === 1) return 0.5;
  return roundSig(1 / n);
}

/** A bound on a multiple of decrease bounds the factor the other way: "more than halved" leaves less than half. */
export function flipBound(approx: Approx | null): Approx | null {
  switch (approx) {
    case 'atLeast': return 'atMost';
    case 'atMost': return 'atLeast';
    case 'moreThan': return 'lessThan';
    case 'lessThan': return 'moreThan';
    default: return approx;
  }
}

/**
 * A verb of decrease right before a multiple in 倍, with 了 (降低了3倍, 减少三倍, 下降近一倍, 缩小了2倍多), or a
 * comparative of less with 了 / 出 or after 比 in its clause (便宜了一倍, 比去年少3倍, 比A低出两倍). 降低到 / 减少至 /
 * 下降为 N 倍 are no decrease by N (the verb is then followed by 到 / 至 / 为, not in this pattern); 增减 / 升降 are
 * not verbs of decrease; 最低 is a floor.
 */
const ZH_LESS_ADJECTIVE = '(?:便宜|[少低小短轻窄弱薄浅矮])';
const ZH_DECREASE_VERB =
  `(?:降低|减少|下降|下跌|下滑|减低|缩小|缩减|缩短|削减|压缩|回落|萎缩|(?<![增加升])[减降]|跌|[减变]?${ZH_LESS_ADJECTIVE}(?=了)|` +
  `${ZH_LESS_ADJECTIVE}出|(?<=比[^，。；！？,;\\d]{1,12})(?<![最降减])${ZH_LESS_ADJECTIVE})了?`;
const ZH_DECREASE_BY_BEFORE = new RegExp(`${ZH_DECREASE_VERB}\\s*$`, 'u');
/**
 * 降低了3倍 read as the factor it leaves (`decreaseFactor`): 1/3. The verb joins the span, as it does for
 * 增长了N倍 (`readIncreaseByMultiple`), so a checker sees what the value was read from. A range (降低2至3倍) is the
 * range of factors, low to high (1/3 to 1/2); a bound (降低了3倍多) bounds the factor the other way. Whether it read one.
 */
export function readDecreaseByMultiple(r: Reading): boolean {
  if (r.unit !== 'fold' || !/倍多?$/u.test(r.text.slice(r.start, r.end))) return false;
  const verb = before(ZH_DECREASE_BY_BEFORE, r.text, r.start, 16);
  if (!verb) return false;
  r.start = verb.index;
  if (r.valueMax !== null) {
    const low = decreaseFactor(r.valueMax);
    r.valueMax = decreaseFactor(r.value);
    r.value = low;
  } else r.value = decreaseFactor(r.value);
  r.approx = flipBound(r.approx);
  r.more = false;
  return true;
}

/**
 * 减半, 砍半, 腰斩, 折半: halved, ½ fold. Not 加减 / 增减 (plus or minus), and not 减半小时 / 减半年 / 减半个月
 * ("less by half an hour"), where 半 belongs to a span of time.
 */
const ZH_HALVED = /(?<![加增])(?:减半|砍半|腰斩|折半)(?![小个天年月分斤岁价])/gu;

/**
 * "halved", "halving", "to halve", "halves its": ½ fold, with the approximation before it ("more than halved" leaves
 * less than half). "halves" only as a verb before its object ("two halves", "both halves" are nouns); a recipe's ",
 * halved" is skipped.
 */
const EN_HALVED = new RegExp(
  `\\b(?:(${alternation(Object.keys(EN_APPROX_PREFIX))})\\s+)?(?:halv(?:e|ed|ing)|halves(?=\\s+(?:the|its|their|his|her|our|a|an)\\b))\\b`,
  'gi',
);
/** "cut in half", "slashed … in half": the cut, up to four words before "in half" (the span is "in half"). */
const EN_IN_HALF = /\b(?:cut|cuts|cutting|slash|slashed|slashes|slashing|reduce|reduced|reduces|reducing|chopped|trimmed)\s+(?:[\w'-]+\s+){0,4}?(in\s+half)\b/gi;

function fold(start: number, end: number, value: number, approx: Approx | null): Found {
  return { start, end, kind: 'count', value, valueMax: null, currency: null, unit: 'fold', per: null, approx, date: null };
}

/** The halvings of `text` (减半, "halved", "cut in half") as ½ fold, in text order. */
export function findHalvings(text: string): Found[] {
  const out: Found[] = [];
  if (/[减砍斩折]半|腰斩/u.test(text)) {
    for (const m of text.matchAll(ZH_HALVED)) out.push(fold(m.index, m.index + m[0].length, 0.5, null));
  }
  if (/hal[fv]/i.test(text)) {
    for (const m of text.matchAll(EN_HALVED)) {
      // "2 lemons, halved": a recipe's cut.
      if (/,\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && !m[1]) continue;
      const approx = m[1] ? flipBound(EN_APPROX_PREFIX[m[1].toLowerCase().replace(/\s+/g, ' ')]) : null;
      out.push(fold(m.index, m.index + m[0].length, 0.5, approx));
    }
    for (const m of text.matchAll(EN_IN_HALF)) {
      const start = m.index + m[0].length - m[1].length;
      out.push(fold(start, start + m[1].length, 0.5, null));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A verb of decrease before a one-word multiple: "fell threefold", "dropped by nearly tenfold", "cut 2.5-fold", with
 * up to three words of its object between ("cut mortality threefold", "reduced the risk fivefold"), but no word that
 * starts another clause or says a rise ("fell in 2020 and rose threefold" rose).
 */
const EN_DECREASE_BEFORE =
  /\b(?:fell|fallen|falls?|falling|dropped|drops?|dropping|declined|declines?|declining|decreased|decreases?|decreasing|reduced|reduces?|reducing|cut|cuts|cutting|shrank|shrunk|shrinks?|shrinking|plunged|plummeted|slumped|tumbled|lowered|lowers?|lowering|down)(?:\s+(?!(?:and|but|then|while|rose|risen|grew|increased|jumped|soared|surged|climbed|up)\b)[A-Za-z][\w'-]*){0,3}?\s+(?:by\s+)?$/i;
/** A noun or comparative of decrease after it: "a threefold decrease", "a 2.5-fold reduction", "tenfold lower". */
const EN_DECREASE_AFTER = /^[\s-]+(?:decreases?|declines?|drops?|falls?|reductions?|cuts?|lower|less|fewer|smaller|cheaper|shrinkage|contraction)\b/i;

/** Whether the one-word multiple at `start`–`end` ("threefold") says a decrease ("fell threefold"). */
export function isEnglishDecreaseAround(text: string, start: number, end: number): boolean {
  return before(EN_DECREASE_BEFORE, text, start, 48) !== null || EN_DECREASE_AFTER.test(text.slice(end, end + 24));
}

/** The comparatives of less after "N times": "three times lower", "twice less", "five times cheaper". */
export const EN_LESS_COMPARATIVE = /^(?:lower|smaller|fewer|less|cheaper|slower|shorter|lighter|weaker|narrower|thinner)$/i;
