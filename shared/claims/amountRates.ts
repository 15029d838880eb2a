/**
 * Rate (每月, a month, monthly) and approximation (至少, 左右, more than, or more) on either side of an amount. The last
 * phase of reading an amount, separate because it reads the clause around the figure rather than the figure itself.
 */
import type { Period } from '../model/quantity';
import {
  EN_APPROX_PREFIX, EN_APPROX_SUFFIX, EN_PERIOD, ZH_APPROX_PREFIX, ZH_APPROX_SUFFIX, ZH_PERIOD, alternation,
} from './lexicon';
import { type Reading, at, before } from './amountReading';

/** "of oil", "of CO2" between an amount and its rate: one or two words, then a rate ("a day", "per year"). */
const EN_OF_BEFORE_RATE =
  /\s+of\s+[A-Za-z][A-Za-z0-9'-]*(?:\s+[A-Za-z][A-Za-z0-9'-]*)?(?=\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|year)|daily|weekly|monthly|annually|yearly)\b)/iy;
/**
 * "are recorded every day", "die each year", "cross the border each week": an event verb (a passive, or one of arriving,
 * leaving, dying, selling), up to three more words, then every / each / per and a period. A state ("3,000 troops
 * patrol the border every day", "who work every day") says nothing of a rate.
 */
const EN_RATE_LATER_IN_CLAUSE =
  /^\s+(?:(?:are|were|is|was|being|get|gets|got)\s+)?(?:[a-z]+ed|die|dies|arrive|arrives|cross|crosses|flee|flees|enter|enters|visit|visits|leave|leaves|travel|travels|pass|passes|fly|flies|sell|sells|sold|born|lost|made|taken|seen|caught|built|shot|hit)\b(?:\s+(?!(?:and|or|but|while|than|since|after|before|until|in|on|at|from|to|for)\b)[A-Za-z][A-Za-z'-]*){0,3}?\s+(?:every|each|per)\s+(day|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after|since|until)\b)/i;
const ZH_RATE_SUFFIX = /\s*(?:\/|每)\s*(?:个|個)?(月|年|天|日|周|星期)/uy;
const EN_RATE_SUFFIX =
  /\s+(?:a|an|per|each|every)\s+(day|week|month|year|annum)\b(?!\s+(?:ago|earlier|later|before|after)\b|\s+on\s*(?:[,.;:]|from\b|$))|\s*\/\s*(day|week|month|year|yr|mo)\b|\s+(daily|weekly|monthly|annually|yearly)\b/iy;
const ZH_SUFFIX_APPROX = new RegExp(`\\s*(${alternation(Object.keys(ZH_APPROX_SUFFIX))})`, 'uy');
// Not before a figure: "60 and over 200" is two.
const EN_SUFFIX_APPROX = new RegExp(`\\s+(${alternation(Object.keys(EN_APPROX_SUFFIX))})\\b(?!\\s*[$€£¥]?\\d)`, 'iy');

// 至少还有 1.5 万人, 至少造成 18 人死亡: 还有 / 有 / 达 / 造成 may stand between the word and the number.
// 不超过每股 15 元: a price per share, per person or per tonne may stand there too.
const ZH_APPROX_BEFORE = new RegExp(
  `(?<![最附条條赶趕])(${alternation(Object.keys(ZH_APPROX_PREFIX))})(?:还有|還有|有|达|達|(?:已|已经|已經)?(?:造成|导致|導致|致)|每(?:股|人|户|戶|吨|噸|桶|公斤|平方米))?\\s*$`, 'u');
/**
 * 最高可达 40 度, 最多可容纳 5000 人, 至少需要 3 年, 最高达到 42 摄氏度, 最长可判处 10 年: a bound word, then a modal or
 * a verb (one or two of them) before the figure. The bound still holds the figure: the verb says how it is reached.
 * The bound word must stand right before the verb, so 最高法院判处 3 年 and 最高领导人将访问 3 国 (最高 is part of a
 * name) are no bound. 最大 / 最长 / 最久 / 最短 bound only this way (最大的 3 家 is a rank). 最低 is left out: 利率最低降至
 * 3.1% tells the lowest rate reached, the figure itself.
 */
const ZH_BOUND_THEN_VERB: Record<string, 'atLeast' | 'atMost'> = {
  至少: 'atLeast', 最少: 'atLeast', 起码: 'atLeast', 起碼: 'atLeast', 最短: 'atLeast',
  最多: 'atMost', 至多: 'atMost', 最高: 'atMost', 最大: 'atMost', 最长: 'atMost', 最長: 'atMost', 最久: 'atMost',
};
const ZH_LINK_VERB =
  '还|還|也|都|就|仍|只|可以|可能|能够|能夠|可|能|会|會|将|將|需要|需|要求|要|得|须|須|必须|必須|应该|應該|应|應|' +
  '达到|達到|到达|到達|达|達|至|到|容纳|容納|容|载|載|接待|承载|承載|坐|住|持续|持續|延长至|延長至|延长到|延長到|延长|延長|' +
  '花费|花費|花|耗时|耗時|耗费|耗費|用|等|罚款|罰款|罚|罰|判处|判處|判|处|處|赔偿|賠償|赔|賠|有|是|为|為|' +
  '升至|涨至|漲至|降至|增至|减至|減至|提高到|提高至|超过|超過|突破';
// 最多可接待游客 3 万人次: a short object may stand between the verb and the figure. Not a clause (的 ends it), not
// the noun the verb makes (最大承载量为 6.5 万人 names the capacity: the figure is the capacity, no bound), and no
// numeral (至少还需要三到五年: 三到 is the low end of the range, not an object).
const ZH_BOUND_VERB_BEFORE = new RegExp(
  `(${alternation(Object.keys(ZH_BOUND_THEN_VERB))})(?:${ZH_LINK_VERB}){1,3}(?:(?![量率额額值力性])(?:(?![的为為是到至〇零一二两兩三四五六七八九十百千万萬亿億几幾数數])[\\u4e00-\\u9fff]){1,3})?\\s*$`,
  'u',
);
/** 放不下, 容不下, 坐不下: 不下 after a verb is "cannot hold", not "no fewer than". */
const ZH_VERB_BEFORE_BUXIA = /[放留容装裝坐住停睡吃拿记記写寫塞挤擠]$/u;
/**
 * 长达 15 年 ("as long as 15 years"), 高达 5 亿元 ("a whopping 500 million"), and 高达 25%至30%, 长达 70 小时左右: a word
 * of emphasis before a figure is part of its span. It says nothing of how exact the figure is (a war that lasted 长达
 * 15 年 lasted 15 years; a loss 高达 5 亿元 was 500 million, the figure a fact-checker checks), so it leaves the
 * approximation as the rest of the figure says it. 多达 alone, and 可高达 / 可以高达 / 最高达, read as "up to",
 * `atMost`, in ZH_APPROX_PREFIX.
 */
const ZH_EMPHASIS_BEFORE = /(?:高达|高達|长达|長達|多达|多達)\s*$/u;
/** 来 / 以来 / 内 / 新高 after a span of time: the span reaches up to now (近五年来, 近3年新高, 近一个月内). */
const ZH_SINCE_AFTER = /^\s*(?:来|以来|以來|來|新高|新低|最高|最低|之最|之内|之內|内|內|间|間|同期)/u;
const EN_APPROX_BEFORE = new RegExp(`(?<![A-Za-z])(${alternation(Object.keys(EN_APPROX_PREFIX))})\\s+$`, 'i');
const ZH_RATE_BEFORE = /每\s*(?:个|個)?\s*(月|年|天|日|周|星期)\s*$/u;
/**
 * 每年向加沙提供约 3.6 亿美元: a rate said earlier in the same clause, with no other figure between it and the amount
 * (the clause runs back to the last punctuation mark, at most 24 characters).
 */
const ZH_RATE_IN_CLAUSE = /每\s*(?:个|個)?\s*(月|年|天|日|周|星期)[^，。；！？、\n\d０-９一二三四五六七八九十百千万萬亿億两兩]{1,20}$/u;
/** 年薪 50 万元, 月薪约 3000 元, 日均 10 万桶: a salary or an average per period, said before the amount in its clause. */
/**
 * "a monthly payment of $30 million", "an annual budget of $4 billion", "its weekly aid, $2m": a rate adjective a
 * few words before the amount, in the same clause.
 */
const EN_RATE_ADJECTIVE_BEFORE = /\b(monthly|annual|yearly|weekly|daily)\s+(?:(?:[A-Za-z-]+\s+){1,3}(?:of|at|worth|totall?ing|is|was|were|are|stood at|reached|hit|(?:rose|fell|increased|decreased|climbed|dropped|grew|jumped|slipped)\s+(?:to|by))\s+)?$/i;
const EN_RATE_ADJECTIVE: Record<string, Period> = { monthly: 'month', annual: 'year', yearly: 'year', weekly: 'week', daily: 'day' };
// 年平均工资, 月最低工资标准将从 7 月 1 日起由 2690 元…, 月收入: a wage or income named with its period; a date between
// them (7月1日) is no other figure.
const ZH_RATE_WORD_IN_CLAUSE =
  /(?<![去今明前全当當本上下\d一二三四五六七八九十两兩])(年|月|日|周)(?:薪|均|租|供|产能|产量|销量|平均工资|平均薪资|最低工资|工资|收入)(?:[^，。；！？、\n\d０-９一二三四五六七八九十百千万萬亿億两兩]|\d{1,2}\s*[月日号])*$/u;
/**
 * The finder's units of a length of time (3 years, 8 hours): a figure in one is a span, so 近 … 以来 before it means "the
 * last" and "over" means "for over", not a bound. (Not the unit names the translation check compares: `DURATION_UNIT_NAMES`.)
 */
export const SPAN_OF_TIME_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes']);

/**
 * Rate (每月, a month) and approximation (至少, 左右, more than, or more) on either side.
 *
 * RANGE_KEEPS_ABOUT: 约有 60 至 80 名, 大约 60 到 80 人, 60 至 80 人左右, "about 60 to 80 people", "roughly 60-80". A range
 * is already a statement of imprecision, so it stays `approx: 'range'` with both ends (as 高达 25%至30% does); the
 * "about" word joins its span, so the fact-checker sees the hedge the writer put on it. A bound before a range (至少
 * 60 至 80) contradicts it and is left out.
 */
export function readRateAndApprox(r: Reading): void {
  const { text } = r;
  if (!r.percentUnit) {
    // "3 million barrels of oil a day": the rate may follow what is measured or counted.
    const of = r.measure || r.counted || r.currency ? at(EN_OF_BEFORE_RATE, text, r.end) : null;
    if (of) r.end += of[0].length;
    const zr = at(ZH_RATE_SUFFIX, text, r.end);
    const er = zr ? null : at(EN_RATE_SUFFIX, text, r.end);
    if (zr) {
      r.per = ZH_PERIOD[zr[1]];
      r.end += zr[0].length;
    } else if (er) {
      r.per = EN_PERIOD[(er[1] ?? er[2] ?? er[3]).toLowerCase()];
      r.end += er[0].length;
    } else if (r.tok.form !== 'zh' && (r.measure || r.counted || r.currency)) {
      // "4,000 new infections are recorded every day": the rate closes the clause the figure opens; the span stays
      // the figure's own.
      const later = EN_RATE_LATER_IN_CLAUSE.exec(text.slice(r.end, r.end + 64));
      if (later) r.per = EN_PERIOD[later[1].toLowerCase()];
    }
  }
  const zs = at(ZH_SUFFIX_APPROX, text, r.end);
  const es = zs ? null : at(EN_SUFFIX_APPROX, text, r.end);
  const suffix = zs ? ZH_APPROX_SUFFIX[zs[1]] : es ? EN_APPROX_SUFFIX[es[1].toLowerCase().replace(/\s+/g, ' ')] : null;
  if (suffix && (!r.approx || (r.approx === 'range' && suffix === 'about'))) {
    // 60 至 80 人左右: see RANGE_KEEPS_ABOUT.
    r.approx ??= suffix;
    r.end += (zs ?? es)?.[0].length ?? 0;
  }
  // Prefixes in either order: 每月约 3000 万, 约每月 3000 万.
  for (let round = 0; round < 2; round++) {
    if (!r.approx || r.approx === 'range') {
      // 最高可达, 至少需要: a verb between the bound and a measure, a count or money (a multiple reads its own: 最高罚2倍).
      // A bound before a range is left out of its span (RANGE_KEEPS_ABOUT).
      const zv = r.unit === 'fold' ? null : before(ZH_BOUND_VERB_BEFORE, text, r.start, 14);
      if (zv && r.approx === null) {
        r.approx = ZH_BOUND_THEN_VERB[zv[1]];
        r.start = zv.index;
      }
      const zm = zv ? null : before(ZH_APPROX_BEFORE, text, r.start, 8);
      // 容不下 2000 人 is "cannot hold"; 近五年来 / 近 3 个月以来 is "the last five years", a period, not "nearly".
      const cannotHold = zm?.[1] === '不下' && ZH_VERB_BEFORE_BUXIA.test(text[zm.index - 1] ?? '');
      const lastSpan = zm?.[1] === '近' && r.unit !== null && SPAN_OF_TIME_UNITS.has(r.unit) && ZH_SINCE_AFTER.test(text.slice(r.end, r.end + 3));
      const za = cannotHold || lastSpan ? null : zm;
      const ea = zm ? null : before(EN_APPROX_BEFORE, text, r.start, 16);
      const word = za ? ZH_APPROX_PREFIX[za[1]] : ea ? EN_APPROX_PREFIX[ea[1].toLowerCase().replace(/\s+/g, ' ')] : null;
      // A range keeps only an "about" before it (RANGE_KEEPS_ABOUT); a bound before a range is left out of its span.
      const keeps = word !== null && (r.approx === null || word === 'about');
      if (za && keeps) {
        r.approx ??= word;
        // 放大约两倍, 扩大约 3%: the 大 closes the verb (放大, 扩大), and only 约 is "about".
        r.start = za[1] === '大约' && /[放扩擴增加长長变變壮壯强強]/u.test(text[za.index - 1] ?? '') ? za.index + 1 : za.index;
      } else if (ea && keeps && !(ea[1].toLowerCase() === 'over' && r.unit !== null && SPAN_OF_TIME_UNITS.has(r.unit))) {
        // "over two years" is a span of time, not "more than two years".
        r.approx ??= word;
        r.start = ea.index;
      }
    }
    if (!r.per) {
      const zr = before(ZH_RATE_BEFORE, text, r.start, 6);
      if (zr) {
        r.per = ZH_PERIOD[zr[1]];
        r.start = zr.index;
      }
    }
  }
  if (!r.per && !r.percentUnit && (r.currency || r.counted || r.measure)) {
    const clause = before(ZH_RATE_IN_CLAUSE, text, r.start, 26) ?? before(ZH_RATE_WORD_IN_CLAUSE, text, r.start, 24);
    if (clause) r.per = ZH_PERIOD[clause[1]];
    else {
      const adjective = before(EN_RATE_ADJECTIVE_BEFORE, text, r.start, 48);
      if (adjective) r.per = EN_RATE_ADJECTIVE[adjective[1].toLowerCase()];
    }
  }
  const emphasis = before(ZH_EMPHASIS_BEFORE, text, r.start, 4);
  if (emphasis) r.start = emphasis.index;
  // 进度过六成, 支持率過半成: 过 before tenths is "over" (not the 过 of 超过 / 经过 / 通过, read elsewhere or no
  // approximation at all).
  if (!r.approx && r.percentUnit === '%' && /成$/u.test(text.slice(r.start, r.end)) && /[过過]/u.test(text[r.start - 1] ?? '') &&
      !/[超经經通越穿跨错錯走路难難不]/u.test(text[r.start - 2] ?? '')) {
    r.approx = 'moreThan';
    r.start -= 1;
  }
  if (r.tok.impliedOne && !r.approx && /[上过過超]/u.test(text[r.start - 1] ?? '')) {
    // 上万, 过千, 超百: "upwards of".
    r.approx = 'moreThan';
    r.start -= 1;
  }
  if (!r.approx && r.more) r.approx = 'moreThan';
}
