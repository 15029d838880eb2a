/**
 * Amounts built around each numeral: scale (万, 亿, million, bn), range partner (3 至 5 万, 3-5 million), currency
 * (美元, $, euros), percent (%, 百分之, per cent), classifier and counted noun (名 + 人质, hostages), rate (每月,
 * a month) and approximation (至少, 多, more than). Each numeral yields at most one candidate, the richest reading
 * around it; the caller keeps the longest of overlapping candidates.
 */
import type { Approx, Period } from '../model/quantity';
import type { Found } from './dates';
import { type NumeralToken, roundSig } from './numerals';
import {
  CURRENCY_PREFIX, EN_APPROX_PREFIX, EN_APPROX_SUFFIX, EN_CURRENCY_SUFFIX, EN_MEASURES, EN_NOUNS, EN_PERIOD,
  ZH_APPROX_PREFIX, ZH_APPROX_SUFFIX, ZH_CLASSIFIERS, ZH_CURRENCY_PREFIX, ZH_CURRENCY_SUFFIX, ZH_NOUN_MAX, ZH_NOUNS,
  ZH_PERIOD, alternation,
} from './lexicon';

const ZH_SCALE_CHARS: Record<string, number> = {
  十: 10, 百: 100, 千: 1000, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12,
};
// 千米/千克/千瓦 are units, 百分 starts a percentage: those 千/百 are not scales.
const ZH_SCALE = /\s*(多|余|餘)?\s*(万亿|萬億|千亿|千億|百亿|百億|十亿|十億|千万|千萬|百万|百萬|十万|十萬|亿|億|万|萬|兆(?![瓦赫字位帕欧比焦])|千(?![米克瓦])|百(?!分))/uy;
// South Asian papers count in lakhs (10⁵) and crores (10⁷): Rs 11.1 lakh crore is 11.1 × 10¹².
const EN_SCALE = /\s?(thousand|million|billion|trillion|lakh\s+crores?|lakhs?|crores?)\b|\s?(bn|mn|mln|bln|tn|trn)\b/iy;
const EN_SCALE_ABBR = /(m|k|b|mil)\b/iy;
const EN_SCALE_VALUES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9, tn: 1e12,
  trn: 1e12, m: 1e6, k: 1e3, b: 1e9, mil: 1e6, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, 'lakh crore': 1e12,
  'lakh crores': 1e12,
};
// 16—24岁, 16–24: a single dash of any length joins a range (a doubled —— is punctuation).
const RANGE_SEP = /\s*(?:-|~|～|–|—(?!—)|至|到)\s*|\s+(to|and)\s+/y;
const ZH_RANGE_SEP = /\s*(?:-|~|～|–|—(?!—)|至|到)\s*/uy;
const RANGE_CURRENCY = /(?:US\$|\$|€|£|¥)\s?/y;
const PERCENT =
  /\s?%|\s?(?:per\s?cent|percent|pct)\b|pc\b|\s*(?:个|個)?(百分点|百分點)|(?:\s|-)?(percentage[\s-]points?)\b|\s*(?:个|個)?(基点|基點)|\s?(basis points?|bps?)\b/iy;

/** The unit a PERCENT match names: %, percentage points, or basis points (加息 25 个基点, "25 basis points"). */
function percentUnitOf(m: RegExpExecArray): string {
  return m[1] || m[2] ? 'percentage points' : m[3] || m[4] ? 'basis points' : '%';
}
const ZH_MORE = /\s*(多|余|餘)/uy;
const ZH_CUR_SUFFIX = new RegExp(`\\s*(${alternation(Object.keys(ZH_CURRENCY_SUFFIX))})`, 'uy');
const EN_CUR_SUFFIX = new RegExp(`\\s+(${alternation(Object.keys(EN_CURRENCY_SUFFIX))})\\b`, 'iy');
/** "a 2.5bn-euro project", "a $10m-dollar deal": the currency hyphenated to the amount as an adjective. */
const EN_CUR_HYPHEN = /-(euro|dollar|yuan|yen|rouble|ruble|rupee|shekel)\b/iy;
const EN_CUR_HYPHEN_CODES: Record<string, string> = {
  euro: 'EUR', dollar: 'USD', yuan: 'CNY', yen: 'JPY', rouble: 'RUB', ruble: 'RUB', rupee: 'INR', shekel: 'ILS',
};
const CLASSIFIER = new RegExp(`\\s*(${alternation(Object.keys(ZH_CLASSIFIERS))})`, 'uy');

/** The classifier at `pos`, unless what follows makes it the start of another word (2 单元, 5 台湾). */
function classifierAt(text: string, pos: number): RegExpExecArray | null {
  const m = at(CLASSIFIER, text, pos);
  const notBefore = m ? ZH_CLASSIFIERS[m[1]].notBefore : undefined;
  return m && notBefore?.test(text[pos + m[0].length] ?? '') ? null : m;
}
// (?!\w) rather than \b: a unit may end in a symbol (℃).
const EN_MEASURE = new RegExp(`\\s?(${alternation(Object.keys(EN_MEASURES))})(?!\\w)`, 'iy');
const EN_WORD = /\s+([A-Za-z][A-Za-z'-]*)/y;
/** 摄氏 40 度, 华氏 104 度, 零下摄氏 10 度, and 零下 5 度 (below zero says the 度 is a temperature, in Celsius). */
const ZH_TEMPERATURE_BEFORE = /(?:(摄氏|华氏)\s*(?:零下)?|零下)\s*$/u;
const ZH_DEGREES = /\s*度/uy;
/** A temperature named earlier in the clause (最高气温, 体温): the 度 after the number is degrees Celsius. */
const ZH_TEMPERATURE_NAMED_BEFORE = /(?:气温|温度|高温|低温|体温|水温|海温|均温|地温)[^，。；！？、]{0,12}$/u;
/** 48.8C, 104F: British and American papers write temperatures with the letter right after the number. */
const EN_TEMPERATURE_ATTACHED = /([CF])(?![A-Za-z0-9])/y;
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

const CUR_BEFORE = new RegExp(`(?<![A-Za-z])(${alternation(Object.keys(CURRENCY_PREFIX))})\\s?$`);
const YEN_BEFORE = /[¥￥]\s?$/;
const ZH_CUR_BEFORE = new RegExp(`(${alternation(Object.keys(ZH_CURRENCY_PREFIX))})\\s*$`, 'u');
const PCT_BEFORE = /百分之\s*$/u;
/** 成, tenths (近四成 = nearly 40%), but not the 成 of 成员, 成为, 成立, 成本… */
const TENTHS = /\s?成(?![员員为為立功本果绩績交年长長熟型分就效都]|人(?!口))/uy;
/** The hundredths digit after 成 (一成五 = 15%, 三成半 = 35%, 3成5 = 35%), when no unit or further digit follows it. */
const TENTHS_DIGIT = /([一二三四五六七八九半1-9])(?![\d.,%一二三四五六七八九十百千万萬亿億年月日个個名位人天次倍])/uy;
const TENTHS_DIGIT_VALUE: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 半: 5, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9,
};
// 至少还有 1.5 万人: 还有 / 有 / 达 may stand between the word and the number.
// 不超过每股 15 元: a price per share, per person or per tonne may stand there too.
const ZH_APPROX_BEFORE = new RegExp(
  `(?<![最附条條赶趕])(${alternation(Object.keys(ZH_APPROX_PREFIX))})(?:还有|還有|有|达|達|每(?:股|人|户|戶|吨|噸|桶|公斤|平方米))?\\s*$`, 'u');
/** 放不下, 容不下, 坐不下: 不下 after a verb is "cannot hold", not "no fewer than". */
const ZH_VERB_BEFORE_BUXIA = /[放留容装裝坐住停睡吃拿记記写寫塞挤擠]$/u;
/**
 * 长达 15 年 ("as long as 15 years"), and 高达 25%至30%, 长达 70 小时左右: a word of emphasis before a figure is part of
 * its span. It says nothing of how exact the figure is (a war that lasted 长达 15 年 lasted 15 years), so it leaves the
 * approximation as the rest of the figure says it (高达 / 多达 alone read as "up to", `atMost`, in ZH_APPROX_PREFIX).
 */
const ZH_EMPHASIS_BEFORE = /(?:高达|高達|长达|長達|多达|多達)\s*$/u;
/** 男子 / 女子 / 混合 before a distance: the name of a race (男子 100 米, 女子 4×100 米接力). */
const ZH_RACE_BEFORE = /(?:男子|女子|混合|男女)\s*(?:\d+\s*[×x]\s*)?$/u;
/** "the top 10", "Top 100": a rank. */
const TOP_RANK_BEFORE = /\b[Tt]op\s$/;
/** 前 100 名, 前十强, 前 3 位: the top of a ranking (前 3 名乘客 would count passengers, but news does not say that). */
const ZH_RANK_AFTER = /^\s*(?:名|强|強|位)(?:之内|之內|以内|以內|内|內|的|[，。、；）)]|$)/u;
/** 来 / 以来 / 内 / 新高 after a span of time: the span reaches up to now (近五年来, 近3年新高, 近一个月内). */
const ZH_SINCE_AFTER = /^\s*(?:来|以来|以來|來|新高|新低|最高|最低|之最|之内|之內|内|內|间|間|同期)/u;
/** 案件, 刑事案, 诈骗案 named in the clause before a number counted by 起. */
const ZH_CASE_BEFORE = /案(?:件)?[^，。；！？、\d]{0,8}$/u;
const EN_APPROX_BEFORE = new RegExp(`(?<![A-Za-z])(${alternation(Object.keys(EN_APPROX_PREFIX))})\\s+$`, 'i');
const BETWEEN_BEFORE = /(?<![A-Za-z])between\s+$/i;
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
const EN_RATE_ADJECTIVE_BEFORE = /\b(monthly|annual|yearly|weekly|daily)\s+(?:(?:[A-Za-z-]+\s+){1,3}(?:of|at|worth|totall?ing|is|was|stood at|reached)\s+)?$/i;
const EN_RATE_ADJECTIVE: Record<string, Period> = { monthly: 'month', annual: 'year', yearly: 'year', weekly: 'week', daily: 'day' };
// 年平均工资, 月最低工资标准将从 7 月 1 日起由 2690 元…, 月收入: a wage or income named with its period; a date between
// them (7月1日) is no other figure.
const ZH_RATE_WORD_IN_CLAUSE =
  /(?<![去今明前全当當本上下\d一二三四五六七八九十两兩])(年|月|日|周)(?:薪|均|平均工资|平均薪资|最低工资|工资|收入)(?:[^，。；！？、\n\d０-９一二三四五六七八九十百千万萬亿億两兩]|\d{1,2}\s*[月日号])*$/u;
/** 时速 / 每小时 earlier in the clause: the kilometres after it are kilometres an hour. */
// 限速 80 公里, 车速达 140 公里: a speed limit and a vehicle's speed are speeds too.
const ZH_SPEED_BEFORE = /(?:时速|限速|车速|每(?:个)?小时)[^，。；！？、\d]{0,6}$/u;
/** 航速可达 30 节, 风速 40 节: after a speed, 节 is knots. */
const ZH_KNOTS_SPEED_BEFORE = /(?:航速|船速|风速|时速|速度)[^，。；！？、\d]{0,6}$/u;
const ZH_PER_SECOND_BEFORE = /每\s*秒(?:钟|鐘)?\s*$/u;
const ZH_PER_CUBIC_METRE_BEFORE = /每\s*立方米\s*$/u;
/** 道指收涨 0.5%，报 39,512.84 点: the level quoted after the index's move, in a clause of its own. */
const ZH_INDEX_QUOTE_BEFORE = /[，,]\s*(?:报|報)\s*$/u;
const ZH_INDEX_POINTS = /\s*[点點](?![钟鐘半多整前后後左位击擊名赞讚评評燃火亮])/uy;
const ZH_INDEX_BEFORE = /(?:指数|指數|指|大盘|大盤|股指|道指|纳指|納指|标普|標普|日经|日經|收报|收報|报收|報收|收在|收于|收於)[^，。；！？、\n]{0,16}$/u;
const ZH_PER_HOUR_BEFORE = /每\s*(?:个)?\s*小时\s*$/u;
/** 三个多月, 两个多小时, and without 个 两年多, 十天多, 一周多: a span of a little more than the number. */
const ZH_SPAN_MORE = /\s*(?:(?:个|個)多(月|小时|小時|星期|礼拜|禮拜|钟头|鐘頭)|(年|天|周|週)多(?![少数數]))/uy;
const ZH_SPAN_HALF = /\s*(?:(?:个|個)半(月|小时|小時|星期|礼拜|禮拜|钟头|鐘頭)|(年|天)半(?![年天月日]))/uy;
const ZH_SPAN_UNITS: Record<string, string> = {
  月: 'months', 小时: 'hours', 小時: 'hours', 星期: 'weeks', 礼拜: 'weeks', 禮拜: 'weeks', 钟头: 'hours', 鐘頭: 'hours',
  年: 'years', 天: 'days', 周: 'weeks', 週: 'weeks',
};
const CHANGE_BEFORE =
  /\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|increased?|increases|decreased?|decreases|dropped|drops?|climbed|climbs?|jumped|jumps?|grew|grows?|declined?|declines|slid|slides?|soared|soars?|plunged?|plunges|surged?|surges|cut|raised|lowered|boosted|up|down)\b[^.;!?]*$/i;
const BY_BEFORE = /\bby\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;
/** A capitalised word right before (not an article, a preposition, an approximation, a month or a day): a name goes on. */
const EN_NAME_WORD_BEFORE = /\b(?!(?:The|A|An|In|On|At|By|Of|For|And|But|Some|About|Nearly|Almost|Around|Over|Under|More|Less|Only|Just|All|Another|Every|Each|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\s+$/;
const ORDINAL_BEFORE = /(?:第|No\.|no\.|#|№)\s*$/u;
const EN_LABEL_BEFORE =
  /\b(?:Article|Section|Chapter|Title|Clause|Paragraph|Amendment|Resolution|Rule|Windows|iOS|Android|Boeing|Airbus|Apollo|Artemis|Level|Phase|Stage|Category|Room|Gate|Route|Highway|Interstate|Flight|Platform|Terminal|Channel|Version|Model|Volume|Page|Item|Figure|Table|Grade|Episode|Season|Game|Round|Proposition|Prop|Act|Group|Division|Precinct|Ward|Zone|Exit|Pier)\s$/;
const YEAR_CONTEXT_BEFORE =
  /(?<![A-Za-z])(?:in|since|by|until|till|from|of|during|before|after|early|mid|late|between|and|to|year|end|summer|winter|spring|autumn|fall)[\s-]+$/i;
// Not across a date or time (4月非农就业人口, 3日下午有人): 月, 日, 时 after a number make it a date, not a count.
const ZH_PEOPLE_NOUN = /\s?(?![月日年时時号號点點周週])[\u4e00-\u9fff]{1,5}?人(?![民类類工造口])/uy;
const TIME_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes']);
const ZH_NOUN_FIRST = new Set([...ZH_NOUNS.keys()].map((k) => k[0]));
const ZH_NOUN_STOP = /[\s，。、；：！？“”‘’「」『』（）()《》【】—\-,.;:!?\d和及]/u;
const EN_STOP = new Set(
  ('of the a an and or to in on at for from by with was were is are be been being has have had will would could should ' +
    'may might can that which who whom whose this these those than as per more less ago earlier later its their his her our ' +
    'it they he she we you not no so but if into over under about after before since during between among also each every ' +
    'million billion thousand trillion hundred percent cent such all other same who what when where while there here ' +
    'says calls shows means remains seems makes takes gives goes comes needs wants includes requires allows ' +
    'last next past previous coming equals equal plus minus ' +
    // "Five things to know", "three ways to": a listicle's heading counts nothing a checker could look up.
    'things ways reasons takeaways tips')
    .split(' '),
);
/**
 * "200-plus", "300-odd" (an approximation between a number and its noun); not "3 plus 4", nor the sums "$355m plus
 * interest" and "$5,000 plus costs".
 */
const EN_PLUS_ODD =
  /-(plus|odd)\b|\s(plus)\b(?!\s*[\d($€£¥]|\s+(?:interest|costs?|fees?|expenses|tax(?:es)?|vat|damages|penalties|bonus(?:es)?|benefits|inflation|a|an|the|his|her|their|its|legal|court|another|other|any)\b)/iy;
const EN_NAMES_STOP = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** What one atom (numeral plus its own scale) reads as. */
interface Atom {
  value: number;
  end: number;
  /** The multiplier the scale contributed (3000 万 -> 1e4), 1 when unscaled. */
  factor: number;
  more: boolean;
  /** The most a vague numeral means, scaled as `value` (数百万: 9,000,000), else null. */
  max: number | null;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function before(re: RegExp, text: string, pos: number, span = 24): RegExpExecArray | null {
  const from = Math.max(0, pos - span);
  const m = re.exec(text.slice(from, pos));
  if (m) m.index += from;
  return m;
}

function scaleValue(s: string): number {
  let v = 1;
  for (const ch of s) v *= ZH_SCALE_CHARS[ch] ?? 1;
  return v;
}

/**
 * 2.3m homes, 40k troops, 9m barrels: an abbreviated scale counts as one when a counted noun or a unit of measure
 * follows (2.3m alone is metres).
 */
function countedAfterAbbr(text: string, pos: number, decimal: boolean): boolean {
  const abbr = at(EN_SCALE_ABBR, text, pos);
  const word = abbr ? at(EN_WORD, text, pos + abbr[0].length) : null;
  const lower = word?.[1].toLowerCase() ?? '';
  if (word === null || lower in EN_MEASURES) return word !== null && lower.length > 2;
  // 4.3m iPhones, 1.5m doses: a decimal before "m" and a plural noun is millions (metres are whole in race names:
  // "the 100m hurdles").
  return EN_NOUNS.has(lower) || (decimal && abbr?.[1].toLowerCase() === 'm' && /^[A-Za-z][A-Za-z'-]{2,}s$/.test(word[1]) && !EN_STOP.has(lower));
}

function atom(text: string, tok: NumeralToken, hasCurrency: boolean): Atom {
  let value = tok.value;
  let end = tok.end;
  let factor = 1;
  let more = false;
  const raw = text.slice(tok.start, tok.end);
  if (tok.form === 'zh') {
    const trailing = /[万萬亿億]+$/u.exec(raw);
    if (trailing) factor = scaleValue(trailing[0]);
  }
  if (tok.form === 'en' && tok.scaled) {
    const last = /(thousand|million|billion|trillion)$/i.exec(raw);
    if (last) factor = EN_SCALE_VALUES[last[1].toLowerCase()];
  }
  if (tok.form !== 'en') {
    const zh = at(ZH_SCALE, text, end);
    if (zh && (tok.form === 'arabic' || zh[1]) && factor === 1) {
      factor = scaleValue(zh[2]);
      value *= factor;
      more = Boolean(zh[1]);
      end += zh[0].length;
    }
  }
  if (tok.form === 'arabic' && factor === 1) {
    const en = at(EN_SCALE, text, end) ?? (hasCurrency || countedAfterAbbr(text, end, !Number.isInteger(tok.value)) ? at(EN_SCALE_ABBR, text, end) : null);
    if (en) {
      factor = EN_SCALE_VALUES[(en[1] ?? en[2]).toLowerCase().replace(/\s+/g, ' ')];
      value *= factor;
      end += en[0].length;
    }
  }
  const max = tok.vagueMax === undefined ? null : roundSig(tok.vagueMax * (value / tok.value));
  return { value: roundSig(value), end, factor, more, max };
}

/** Characters that can follow a Chinese numeral that is part of an amount, a range or a percentage. */
const ZH_FOLLOW = new Set([
  ...Object.keys(ZH_CLASSIFIERS).map((k) => k[0]),
  ...Object.keys(ZH_CURRENCY_SUFFIX).map((k) => k[0]),
  ...[...ZH_NOUNS.keys()].map((k) => k[0]),
  ...'多余餘至到-~%万萬亿億千百个個成'.split(''),
]);

/** What may end a clause right after a figure: punctuation, a closing quote or bracket, or the end of the text. */
const ZH_CLAUSE_END = /^(?:[，。；：！？、）)」』”’,.;:!?]|)$/u;

function zhMayBeAmount(text: string, tok: NumeralToken): boolean {
  let p = tok.end;
  if (text[p] === ' ') p++;
  if (ZH_FOLLOW.has(text[p] ?? '')) return true;
  // 人口减少了约二十万。: a numeral ending in 万 or 亿 is a figure even where the sentence or clause ends after it.
  // (成千上万, 成百上千 are a manner of speaking, "thousands".)
  if (/[万萬亿億]$/u.test(text.slice(tok.start, tok.end)) && ZH_CLAUSE_END.test(text[p] ?? '')) {
    return !/成[千百]上$/u.test(text.slice(Math.max(0, tok.start - 3), tok.start));
  }
  // 数以万计: the whole phrase is the numeral.
  if (text[tok.end - 1] === '计') return true;
  return text.slice(Math.max(0, tok.start - 4), tok.start).includes('百分之');
}

/** Finds a counted Chinese noun starting exactly at `pos`. */
function zhNounAt(text: string, pos: number): { unit: string; len: number } | null {
  if (!ZH_NOUN_FIRST.has(text[pos])) return null;
  for (let len = Math.min(ZH_NOUN_MAX, text.length - pos); len > 0; len--) {
    const unit = ZH_NOUNS.get(text.slice(pos, pos + len));
    if (unit) return { unit, len };
  }
  return null;
}

/**
 * The counted noun of a Chinese noun phrase after a classifier (三名知情人士, 四名熟悉讨论情况的外交官). The phrase
 * is read up to 5 characters, or 5 past a 的 within the first 10, so a noun in the following verb phrase is not taken.
 */
function zhNounAfter(text: string, pos: number): { unit: string; end: number } | null {
  let limit = 5;
  const de = text.indexOf('的', pos);
  if (de >= 0 && de - pos < 10) limit = de - pos + 6;
  for (let i = 0; i < limit && pos + i < text.length; i++) {
    if (ZH_NOUN_STOP.test(text[pos + i])) break;
    const hit = zhNounAt(text, pos + i);
    if (hit) return { unit: hit.unit, end: pos + i + hit.len };
  }
  return null;
}

/** The counted noun after an English number: `200 hostages`, `two Republican lawmakers`, `110 foreign passport holders`. */
function enNounAfter(text: string, pos: number, modifiers: number): { unit: string; end: number } | null {
  let p = pos;
  // A capitalised word ending in s may be a name modifying the noun ("Hamas fighters") or the noun itself
  // ("Palestinians"): it is the unit only when no noun follows it.
  let name: { unit: string; end: number } | null = null;
  for (let i = 0; i <= modifiers; i++) {
    const m = at(EN_WORD, text, p);
    if (!m) return name;
    const word = m[1];
    const lower = word.toLowerCase();
    // "calls for" is a verb; "3,200 calls" a count.
    const verbCalls = lower === 'calls' && /^\s+for\b/i.test(text.slice(p + m[0].length, p + m[0].length + 5));
    if ((EN_STOP.has(lower) && (lower !== 'calls' || verbCalls)) || EN_NAMES_STOP.test(word)) return name;
    p += m[0].length;
    const known = EN_NOUNS.get(lower);
    if (known) return { unit: known, end: p };
    if (/^[A-Za-z][A-Za-z'-]{2,}s$/.test(word) && !/(ss|us|is|'s)$/.test(lower)) {
      if (/^[A-Z]/.test(word) && name === null && i < modifiers) {
        name = { unit: lower, end: p };
        continue;
      }
      return { unit: lower, end: p };
    }
  }
  return name;
}

/** An amount as it is read outwards from its numeral, phase by phase. */
interface Reading {
  readonly text: string;
  readonly tok: NumeralToken;
  /** The numeral with its own scale (before any range widened it). */
  readonly first: Atom;
  /** The currency a bare 元 names in this text (see {@link yuanCurrencyOf}). */
  readonly yuan: string;
  /** 4 plain digits (2011) or 4 Chinese digits (二〇一一): dates own these when 年 follows or a preposition precedes. */
  readonly yearLike: boolean;
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  hasScale: boolean;
  more: boolean;
  currency: string | null;
  /** Set when the currency came from a Chinese prefix (人民币 500 万元), whose 元 then belongs to the span. */
  zhPrefixCurrency: boolean;
  percentUnit: string | null;
  approx: Approx | null;
  per: Period | null;
  unit: string | null;
  measure: boolean;
  counted: boolean;
  /** A vague numeral made (part of) the figure (see `Quantity.vague`). */
  vague: boolean;
}

const YUAN_NAMES: [string, RegExp][] = [
  ['CNY', /人民币|RMB|CNY/g],
  ['TWD', /新台币|台币|NT\$|TWD/g],
  // Not the 港元 of 香港元朗 (Yuen Long) or 香港元旦.
  ['HKD', /(?<!香)港元|港币|HK\$|HKD/g],
  ['MOP', /澳门元|澳门币|葡币|MOP/g],
];

/**
 * The currency a bare 元 stands for in `text` (width-folded, simplified): Taiwan's papers write 元 for New Taiwan
 * dollars and Hong Kong's and Macau's for their own dollars, naming the currency in full once or twice. So when a
 * text names New Taiwan, Hong Kong or Macau dollars (one of them most often) and never the renminbi, its bare 元 is
 * that currency; otherwise it is the renminbi.
 */
export function yuanCurrencyOf(text: string): string {
  const counts = YUAN_NAMES.map(([code, re]): [string, number] => [code, text.match(re)?.length ?? 0]);
  if (counts[0][1] > 0) return 'CNY';
  const sorted = counts.slice(1).sort((a, b) => b[1] - a[1]);
  if (sorted[0][1] > 0) return sorted[0][1] > sorted[1][1] ? sorted[0][0] : 'CNY';
  return yuanOfPlace(text);
}

/**
 * Bodies and markets that exist in one place only: Taiwan's 行政院 and 立法院, Hong Kong's 港府 and 财政司司长, Macau's
 * 澳门特区政府; and the mainland's 国务院 and 发改委. A place name alone (香港, 台北) is not among them: mainland copy
 * names them as often, and 香港元朗 is a district, not dollars.
 */
const YUAN_PLACES: [string, RegExp][] = [
  ['CNY', /国务院|发改委|国家统计局|人民银行|国资委|全国人大|全国政协/g],
  // Not the 台股 of 茅台股价 or 平台股份: 台 ending another word.
  ['TWD', /行政院|立法院|主计总处|金管会|国发会|中央社|(?<![茅平电舞后前阳烟邢柜讲站擂看上下戏])台股|加权指数|新北市|桃园市|台中市|台南市|高雄市|县市长/g],
  ['HKD', /港府|港股|恒指|恒生指数|财政司司长|金管局|港铁|港交所|特首|本港|全港|香港特区政府/g],
  ['MOP', /澳门特区|澳府|澳门政府|本澳/g],
];

/**
 * The currency of a bare 元 in a text that names none: a fact-checker reads 元 in a Taiwanese paper's story about the
 * 行政院 budget as New Taiwan dollars, and in a Hong Kong story about 港府 as Hong Kong dollars. Only when the text
 * points to one place alone (no mainland body, no other place's bodies); otherwise, and with no such body, CNY.
 */
function yuanOfPlace(text: string): string {
  const hits = YUAN_PLACES.filter(([, re]) => re.test(text)).map(([code]) => code);
  for (const [, re] of YUAN_PLACES) re.lastIndex = 0;
  return hits.length === 1 ? hits[0] : 'CNY';
}

/** The candidate built around numeral `tok`, or null when it is not a quantity worth reporting. */
export function amountAt(
  text: string,
  tok: NumeralToken,
  byStart: ReadonlyMap<number, NumeralToken>,
  lang: 'zh' | 'en',
  yuan = 'CNY',
): Found | null {
  // Most Chinese numeral characters in running text are words (一些, 统一, 一直): skip them before any real work.
  if (tok.form === 'zh' && !zhMayBeAmount(text, tok)) return null;
  if (before(ORDINAL_BEFORE, text, tok.start, 4)) return null;
  // Article 5, Windows 11, Section 230, Category 4: a number that names a thing, not an amount of anything.
  if (tok.form === 'arabic' && before(EN_LABEL_BEFORE, text, tok.start, 16)) return null;
  // F-35, 歼-20, MH-17: a name with a number, not an amount (but 维持-0.1% and 降至-5°C are signed figures).
  const nameLike = tok.form === 'arabic' && /[\p{L}][-‑]$/u.test(text.slice(Math.max(0, tok.start - 2), tok.start));
  // 净利润为-3.2亿元: after a Chinese word (not a Latin letter) a minus before an amount of money is a sign too.
  const signedAmount = /[\u4e00-\u9fff][-‑]$/u.test(text.slice(Math.max(0, tok.start - 2), tok.start)) &&
    at(ZH_CUR_SUFFIX, text, tok.end + (/^[万萬亿億]*/u.exec(text.slice(tok.end, tok.end + 3))?.[0].length ?? 0)) !== null;
  if (nameLike && !signedAmount && !/^\s?[%°℃℉]/u.test(text.slice(tok.end, tok.end + 2))) return null;
  // The 25 of "the 2024-25 budget": the far end of a span of years, read with its first end (dates.ts), never as a
  // figure of its own that takes the noun after it ("25 budget runs").
  if (tok.form === 'arabic' && tok.end - tok.start === 2 &&
      /(?<![\d.,])(?:1[5-9]|20|21)\d\d[-–]$/u.test(text.slice(Math.max(0, tok.start - 6), tok.start))) return null;
  const raw = text.slice(tok.start, tok.end);
  // 007, or the 000 of 3，000 (a full-width comma is punctuation): not an amount of its own.
  if (tok.form === 'arabic' && /^0\d/.test(raw)) return null;
  const yearLike =
    (tok.form === 'arabic' && tok.bareInteger && raw.length === 4 && tok.value >= 1000 && tok.value <= 2199) ||
    (tok.form === 'zh' && raw.length === 4 && !/[十百千万萬亿億拾佰仟]/u.test(raw));

  // 9/11, 24/7: numbers joined by a slash are a date or a name (a share like 1/3 is read before, in fractions.ts).
  if (tok.form === 'arabic' && (/\d\/$/.test(text.slice(Math.max(0, tok.start - 2), tok.start)) || /^\/\d/.test(text.slice(tok.end, tok.end + 2)))) return null;
  // iPhone 15, PlayStation 5, AirPods 3: a number after a word written in camel case is a model's name.
  if (tok.form === 'arabic' && /(?<![\w-])[a-z]*[A-Z]?[a-z]+[A-Z][A-Za-z]*\s$/.test(text.slice(Math.max(0, tok.start - 24), tok.start)) && !/^\s?%/.test(text.slice(tok.end, tok.end + 2))) return null;
  // "the top 10", 全球前 100 名: a rank reached, not a number of anything (but "the top 1%" is a share).
  if (before(TOP_RANK_BEFORE, text, tok.start, 6) && !at(PERCENT, text, tok.end) && !/^\s*(?:per\s?cent|percent)/i.test(text.slice(tok.end, tok.end + 10))) return null;
  if (before(/前\s*$/u, text, tok.start, 2) && ZH_RANK_AFTER.test(text.slice(tok.end, tok.end + 4))) return null;
  // Formula One, Air Force One, the Big Four: a capitalised number word after a capitalised word is part of a name.
  if (tok.form === 'en' && /^[A-Z]/.test(raw) && EN_NAME_WORD_BEFORE.test(text.slice(Math.max(0, tok.start - 24), tok.start))) return null;
  // 十九届中央纪委三次全会, 十四届人大二次会议: after 届 the 次 of a session is its number, not a count of times.
  if (tok.form !== 'en' && /^\s*次(?:全会|全体会议|会议)/u.test(text.slice(tok.end, tok.end + 6)) && /届[^，。；]{0,10}$/u.test(text.slice(Math.max(0, tok.start - 12), tok.start))) return null;
  // 男子 100 米决赛, 女子 10 公里: a distance after 男子 / 女子 names a race, it measures nothing.
  if (before(ZH_RACE_BEFORE, text, tok.start, 4) && /^\s*(?:米|公里|千米)/u.test(text.slice(tok.end, tok.end + 4))) return null;
  // 一零一大楼, 幺零八: digit by digit is how names and codes are said; only a year (二〇二三年, dates.ts) is a figure.
  if (tok.form === 'zh' && !yearLike && /^[〇零一二三四五六七八九]{3,}$/u.test(raw)) return null;
  const prefix = readPrefix(text, tok.start, lang);
  const first = atom(text, tok, prefix.currency !== null);
  const r: Reading = {
    text, tok, first, yearLike, yuan, start: prefix.start, end: first.end, value: first.value, valueMax: null,
    hasScale: first.factor !== 1, more: first.more, currency: prefix.currency, zhPrefixCurrency: prefix.zh,
    percentUnit: prefix.percent ? '%' : null, approx: null, per: null, unit: null, measure: false, counted: false, vague: false,
  };
  readRange(r, byStart);
  if (first.max !== null && r.valueMax === null) {
    r.valueMax = first.max;
    r.approx = 'range';
  }
  if (first.max !== null) r.vague = true;
  const pence = tok.form === 'arabic' && !r.hasScale && r.value < 100 && at(EN_SUBUNIT, text, r.end) !== null;
  if (/[A-Za-z]/.test(text[r.end] ?? '') && !r.percentUnit && !pence && !at(EN_MEASURE, text, r.end) && !at(EN_TEMPERATURE_ATTACHED, text, r.end)) return null;
  if (!r.percentUnit && !r.currency && yearLike && /^\s*年/u.test(text.slice(r.end, r.end + 3))) return null;
  readCurrencySuffix(r);
  // "200-plus people", "300-odd families": the approximation sits between the number and its noun.
  const plusOdd = tok.form !== 'zh' && !r.percentUnit ? at(EN_PLUS_ODD, text, r.end) : null;
  if (plusOdd) {
    r.approx = (plusOdd[1] ?? plusOdd[2]).toLowerCase() === 'plus' ? 'moreThan' : 'about';
    r.end += plusOdd[0].length;
  }
  if (!r.percentUnit && !r.currency) readCountedUnit(r);
  readRateAndApprox(r);
  const found = classify(r, raw);
  if (found) readNegativeSign(text, found);
  return found;
}

/** Currency symbols and 百分之 written before the numeral. */
interface Prefix {
  start: number;
  currency: string | null;
  /** The currency was a Chinese word (人民币), not a symbol. */
  zh: boolean;
  percent: boolean;
}

function readPrefix(text: string, pos: number, lang: 'zh' | 'en'): Prefix {
  const cur = before(CUR_BEFORE, text, pos, 6);
  const yen = cur ? null : before(YEN_BEFORE, text, pos, 3);
  const zhCur = cur || yen ? null : before(ZH_CUR_BEFORE, text, pos, 6);
  let currency: string | null = null;
  if (cur) currency = CURRENCY_PREFIX[cur[1].replace(/\s+/g, ' ')];
  else if (yen) currency = lang === 'zh' ? 'CNY' : 'JPY';
  else if (zhCur) currency = ZH_CURRENCY_PREFIX[zhCur[1]];
  let start = (cur ?? yen ?? zhCur)?.index ?? pos;
  const pct = before(PCT_BEFORE, text, start, 8);
  if (pct) start = pct.index;
  return { start, currency, zh: zhCur !== null, percent: pct !== null };
}

/** A percent sign and a second numeral joined by 至 / - / to / and (after "between"): 3 至 5 万, 30%-40%. */
function readRange(r: Reading, byStart: ReadonlyMap<number, NumeralToken>): void {
  const { text } = r;
  // 三成, 近 4 成, 7.5 成: tenths are a percentage; 7成至8成 and 三至四成 a range of them.
  if (!r.percentUnit && r.tok.form !== 'en' && r.first.factor === 1 && r.value > 0 && r.value <= 10) {
    const tenths = at(TENTHS, text, r.end);
    const sepFirst = tenths ? null : at(ZH_RANGE_SEP, text, r.end);
    const low = sepFirst ? byStart.get(r.end + sepFirst[0].length) : undefined;
    const lowTenths = low && low.form !== 'en' && low.value > r.value && low.value <= 10 ? at(TENTHS, text, low.end) : null;
    if (low && lowTenths) {
      r.value = roundSig(r.value * 10);
      r.valueMax = roundSig(low.value * 10);
      r.approx = 'range';
      r.end = low.end + lowTenths[0].length;
      r.percentUnit = '%';
      return;
    }
    if (tenths) {
      r.value = roundSig(r.value * 10);
      r.end += tenths[0].length;
      r.percentUnit = '%';
      // 七八成: 70–80 %.
      if (r.first.max !== null) {
        r.valueMax = roundSig(r.first.max * 10);
        r.approx = 'range';
        return;
      }
      const digit = Number.isInteger(r.value) ? at(TENTHS_DIGIT, text, r.end) : null;
      if (digit) {
        r.value += TENTHS_DIGIT_VALUE[digit[1]];
        r.end += digit[0].length;
      }
      // 7成至8成, 三至四成 is read from its low end: 70–80 %.
      const sep = at(ZH_RANGE_SEP, text, r.end);
      const tok2 = sep ? byStart.get(r.end + sep[0].length) : undefined;
      const tenths2 = tok2 && tok2.form !== 'en' && tok2.value * 10 > r.value && tok2.value <= 10 ? at(TENTHS, text, tok2.end) : null;
      if (tok2 && tenths2) {
        r.valueMax = roundSig(tok2.value * 10);
        r.approx = 'range';
        r.end = tok2.end + tenths2[0].length;
        return;
      }
      // 增长两成多: a little more than two tenths.
      if (/^[多余餘]/u.test(text[r.end] ?? '')) {
        r.more = true;
        r.end += 1;
      }
      return;
    }
  }
  let pct = r.percentUnit ? null : at(PERCENT, text, r.end);
  if (pct) r.end += pct[0].length;
  const between = before(BETWEEN_BEFORE, text, r.start, 10);
  const sep = at(RANGE_SEP, text, r.end);
  const word = sep?.[1]?.toLowerCase();
  // "rose 3.8% to 3.9%" is a change between two figures, not a range.
  // "raise the ceiling by $1.5tn to $32.9tn": after "by" the first figure is the change, the second the result.
  let change = word === 'to' && (before(CHANGE_BEFORE, text, r.start, 40) || before(BY_BEFORE, text, r.start, 4));
  if (change && sep && pct === null && r.currency === null && !r.hasScale && !before(FROM_BEFORE, text, r.start, 6)) {
    // "fall by 5 to 8 per cent", "led by 2 to 4 percentage points", "fell by 10 to 12 billion yuan": a bare number whose
    // unit or scale comes only after the second is the low end of a range; a change names its own unit ("by 0.2% to 5.2%", "by $1.5tn to $32.9tn").
    const tok2 = byStart.get(r.end + sep[0].length);
    const second = tok2 ? atom(text, tok2, false) : null;
    if (second && (at(PERCENT, text, second.end) || second.factor !== 1)) change = false;
  }
  if (sep && (word !== 'and' || between) && !change) {
    let p2 = r.end + sep[0].length;
    const c2 = at(RANGE_CURRENCY, text, p2);
    if (c2) p2 += c2[0].length;
    const tok2 = byStart.get(p2);
    // 2019-2021 is a span of years; 2000至3000万元 is not (a scale follows the second end).
    const years = r.yearLike && !r.hasScale && tok2?.bareInteger && !r.currency && atom(text, tok2, false).factor === 1;
    if (tok2 && !years && (!c2 || r.currency !== null)) {
      const second = atom(text, tok2, r.currency !== null);
      const low = r.first.factor === 1 ? roundSig(r.value * second.factor) : r.value;
      // Both ends must be the same kind of figure: "2.3% to $176.65" is two figures.
      if (low < second.value && (pct === null || at(PERCENT, text, second.end) !== null)) {
        r.value = low;
        // 数百至数千人: a vague far end reaches as far as it may mean.
        r.valueMax = second.max ?? second.value;
        if (second.max !== null) r.vague = true;
        r.approx = 'range';
        r.end = second.end;
        r.hasScale ||= second.factor !== 1;
        r.more ||= second.more;
        if (between) r.start = between.index;
        const pct2 = at(PERCENT, text, r.end);
        if (pct2) {
          r.end += pct2[0].length;
          pct ??= pct2;
        }
      }
    }
  }
  if (pct) r.percentUnit = percentUnitOf(pct);
  else if (!sep && !r.currency && r.tok.form !== 'en') readZhCurrencyRange(r, byStart);
}

/** 800 美元到 1200 美元, 3 万元至 5 万元: a range whose two ends each carry the same currency word. */
function readZhCurrencyRange(r: Reading, byStart: ReadonlyMap<number, NumeralToken>): void {
  const { text } = r;
  const cur = at(ZH_CUR_SUFFIX, text, r.end);
  const sep = cur ? at(ZH_RANGE_SEP, text, r.end + cur[0].length) : null;
  const tok2 = cur && sep ? byStart.get(r.end + cur[0].length + sep[0].length) : undefined;
  if (!cur || !tok2 || tok2.form === 'en') return;
  const second = atom(text, tok2, true);
  const cur2 = at(ZH_CUR_SUFFIX, text, second.end);
  if (!cur2 || cur2[1] !== cur[1] || !(r.value < second.value)) return;
  r.currency = cur[1] === '元' ? r.yuan : ZH_CURRENCY_SUFFIX[cur[1]];
  r.valueMax = second.max ?? second.value;
  r.approx = 'range';
  r.end = second.end + cur2[0].length;
  r.hasScale ||= second.factor !== 1;
}

/** 多/余 before a classifier, and the currency word after the amount (美元, 元, euros). */
function readCurrencySuffix(r: Reading): void {
  const { text } = r;
  // 200 多名, 二十余人: 多/余 counts only when a classifier, currency or noun follows (200 多哈 is not "200-odd").
  if (!r.percentUnit && r.tok.form !== 'en') {
    const m = at(ZH_MORE, text, r.end);
    if (m) {
      const p = r.end + m[0].length;
      if (classifierAt(text, p) || at(ZH_CUR_SUFFIX, text, p) || zhNounAt(text, p)) {
        r.more = true;
        r.end = p;
      }
    }
  }
  if (r.zhPrefixCurrency) {
    // 人民币 500 万元, 新台币 15 亿元: the prefix names the currency, the 元 after the amount belongs to the same span.
    const tail = at(ZH_CUR_SUFFIX, text, r.end);
    if (tail && (ZH_CURRENCY_SUFFIX[tail[1]] === r.currency || tail[1] === '元')) r.end += tail[0].length;
  }
  if (r.percentUnit || r.currency) return;
  const zc = at(ZH_CUR_SUFFIX, text, r.end);
  const hyphen = zc ? null : at(EN_CUR_HYPHEN, text, r.end);
  if (hyphen) {
    r.currency = EN_CUR_HYPHEN_CODES[hyphen[1].toLowerCase()];
    r.end += hyphen[0].length;
    return;
  }
  const ec = zc ? null : at(EN_CUR_SUFFIX, text, r.end);
  // 元首 (head of state), 元素 (element): a 元 that starts a word is not yuan.
  if (zc && !(zc[1] === '元' && /[首素老帅帥旦宵气氣]/u.test(text[r.end + zc[0].length] ?? ''))) {
    r.currency = zc[1] === '元' ? r.yuan : ZH_CURRENCY_SUFFIX[zc[1]];
    r.end += zc[0].length;
  } else if (ec && !(ec[1].toLowerCase() === 'won' && !r.hasScale && r.value < 1000)) {
    // "4.3 billion won" is money; "7 won" (of ten cases) is a verb.
    r.currency = EN_CURRENCY_SUFFIX[ec[1].toLowerCase().replace(/\s+/g, ' ')];
    r.end += ec[0].length;
  } else if (r.tok.form === 'arabic' && !r.hasScale && text[r.end] === '仙') {
    // 每支加 40 仙: Hong Kong's cents (仙, from "cent"), normalised to the dollar.
    r.currency = 'HKD';
    r.value = roundSig(r.value / 100);
    if (r.valueMax !== null) r.valueMax = roundSig(r.valueMax / 100);
    r.end += 1;
  } else if (r.tok.form !== 'zh' && !r.hasScale) {
    // 99 cents, 40p, 12 pence: hundredths of a dollar or a pound, normalised to the dollar or pound as $0.99 is.
    // A "p" is pence only against a number under 100 (1080p is a video format), and not the p of 5p.m.
    const sub = at(EN_SUBUNIT, text, r.end);
    if (sub && (sub[1] || r.value < 100)) {
      r.currency = sub[1] && /^cent/i.test(sub[1]) ? 'USD' : 'GBP';
      r.value = roundSig(r.value / 100);
      if (r.valueMax !== null) r.valueMax = roundSig(r.valueMax / 100);
      r.end += sub[0].length;
    }
  }
}

const EN_SUBUNIT = /\s?(cents?|pence)\b|p(?!\w|\.\s?m\b)/iy;

const ZH_CASUALTY_APPROX = '(?:逾|近|约|約|超过|超過|至少)?';
const ZH_INJURED_AFTER = new RegExp(`^\\s*${ZH_CASUALTY_APPROX}\\s*(?:\\d+|[一二两兩三四五六七八九十百]+)\\s*[伤傷]`, 'u');
const ZH_DEATHS_BEFORE = new RegExp(`死\\s*${ZH_CASUALTY_APPROX}\\s*$`, 'u');

/**
 * 两死三伤: 死 after a number is the dead only when a number of injured follows (九死一生 is an idiom), 伤 the injured
 * only after a number of dead.
 */
function zhCasualtyAt(text: string, start: number, end: number): string | null {
  const ch = text[end];
  if (ch === '死' && ZH_INJURED_AFTER.test(text.slice(end + 1, end + 8))) return 'deaths';
  if ((ch === '伤' || ch === '傷') && ZH_DEATHS_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return 'injured';
  return null;
}

/** What is counted or measured: a Chinese noun or classifier (+ noun), a unit of measure, an English noun. */
function readCountedUnit(r: Reading): void {
  const { text, tok, yearLike } = r;
  const space = /^\s/.test(text[r.end] ?? '') ? 1 : 0;
  // 数以万计的难民: the noun follows 的.
  const de = tok.form === 'zh' && text[tok.end - 1] === '计' && text[r.end] === '的' ? 1 : 0;
  // 上证指数收报 3,119.90 点, 恒指跌 312 點: an index's level or move in points (a checker compares it with the close),
  // after an index named in the clause; a clock's 点 (下午 2 点半) is under 25 and names no index.
  const points = tok.form !== 'en' && !r.currency && !r.percentUnit && (r.value >= 25 || !Number.isInteger(r.value))
    ? at(ZH_INDEX_POINTS, text, r.end) : null;
  if (points && (before(ZH_INDEX_BEFORE, text, r.start, 24) || before(ZH_INDEX_QUOTE_BEFORE, text, r.start, 4))) {
    r.unit = 'points';
    r.counted = true;
    r.end += points[0].length;
    return;
  }
  const noun = tok.form !== 'en' ? zhNounAt(text, r.end + space + de) : null;
  if (noun) {
    r.unit = noun.unit;
    r.counted = true;
    r.end += space + de + noun.len;
    return;
  }
  // 两个半小时, 一个半月, 三年半: a span and a half.
  const spanHalf = tok.form !== 'en' && r.approx !== 'range' ? at(ZH_SPAN_HALF, text, r.end) : null;
  if (spanHalf) {
    r.unit = ZH_SPAN_UNITS[spanHalf[1] ?? spanHalf[2]];
    r.counted = true;
    r.value += 0.5;
    r.end += spanHalf[0].length;
    return;
  }
  // 两死三伤, 致1死2伤: the dead and the injured counted in one breath.
  const casualty = tok.form !== 'en' ? zhCasualtyAt(text, r.start, r.end) : null;
  if (casualty) {
    r.unit = casualty;
    r.counted = true;
    r.end += 1;
    return;
  }
  // 三个多月, 两个多小时: a span of a little more than the number.
  const spanMore = tok.form !== 'en' ? at(ZH_SPAN_MORE, text, r.end) : null;
  if (spanMore) {
    r.unit = ZH_SPAN_UNITS[spanMore[1] ?? spanMore[2]];
    r.counted = true;
    r.more = true;
    r.end += spanMore[0].length;
    return;
  }
  // 摄氏 40 度, 华氏 104 度: the scale is named before the number, 度 after it.
  const scale = tok.form !== 'en' ? before(ZH_TEMPERATURE_BEFORE, text, r.start, 4) : null;
  const degrees = scale ? at(ZH_DEGREES, text, r.end) : null;
  if (scale && degrees) {
    r.unit = scale[1] === '华氏' ? '°F' : '°C';
    r.measure = true;
    r.start = scale.index;
    // 零下摄氏 10 度 / 摄氏零下 10 度: below zero.
    const belowZero = scale[0].includes('零下') || text.slice(r.start - 2, r.start) === '零下';
    if (belowZero) {
      r.value = -r.value;
      if (!scale[0].includes('零下')) r.start -= 2;
    }
    r.end += degrees[0].length;
    return;
  }
  // 最高气温33.8度, 气温降至零下5度: Hong Kong and Taiwan copy writes a temperature as a bare 度 after naming it.
  const named = tok.form !== 'en' ? before(ZH_TEMPERATURE_NAMED_BEFORE, text, r.start, 14) : null;
  const namedDegrees = named ? at(ZH_DEGREES, text, r.end) : null;
  if (named && namedDegrees && !/^\s*[角级級]/u.test(text.slice(r.end + namedDegrees[0].length, r.end + namedDegrees[0].length + 2))) {
    r.unit = '°C';
    r.measure = true;
    if (text.slice(r.start - 2, r.start) === '零下') {
      r.value = -r.value;
      r.start -= 2;
    }
    r.end += namedDegrees[0].length;
    return;
  }
  const cls = classifierAt(text, r.end);
  // 50年代 is a decade and 2011年 a year: dates.ts reads them.
  if (cls && cls[1] === '年' && (yearLike || text[r.end + cls[0].length] === '代')) return;
  // 10年期国债, 5年期以上贷款市场报价利率, 3个月期: the term of a bond or loan names it ("the 10-year yield"), as a
  // label; not 3年期间 ("during those three years") or 5年期满 (a term served).
  if (cls && /^(?:年|个月|個月|天|日)$/u.test(cls[1]) && /^期(?![间間内內满滿])/u.test(text.slice(r.end + cls[0].length, r.end + cls[0].length + 2))) return;
  // 两国关系, 中美两国: one or two countries are the parties a sentence is about, not a count to check; nor are 两种
  // (two kinds of) a figure.
  if (cls && (cls[1] === '国' || cls[1] === '种') && r.value < 3) return;
  // 打进 38 球, 攻入 2 球: 球 counts goals only after a verb of scoring (3 球冰淇淋 is scoops, 5 个球 balls).
  if (cls && cls[1] === '球' && !/(?:进|進|入|射中|打中)了?\s*$/u.test(text.slice(Math.max(0, r.start - 3), r.start))) return;
  // 2 小时 6 分 12 秒, 38 分 12.456 秒: the seconds of a time said in parts are not a span of their own.
  if (cls && cls[1] === '秒' && /分\s*$/u.test(text.slice(Math.max(0, r.start - 3), r.start))) return;
  if (cls) {
    const c = ZH_CLASSIFIERS[cls[1]];
    r.end += cls[0].length;
    r.measure = c.measure === true;
    r.counted = !r.measure;
    r.unit = c.unit;
    // 时速 180 公里, 每小时 120 公里: a speed, as "150 km/h" is.
    // 风速每秒 62 米, 每秒 43 公尺: a speed in metres a second.
    const perSecond = r.unit === 'm' || r.unit === 'km' ? before(ZH_PER_SECOND_BEFORE, text, r.start, 4) : null;
    if (perSecond) {
      r.unit = `${r.unit}/s`;
      r.start = perSecond.index;
    }
    // 每立方米 32 微克: a concentration, as 32 微克/立方米 is.
    const perCubicMetre = r.unit === 'µg' || r.unit === 'mg' ? before(ZH_PER_CUBIC_METRE_BEFORE, text, r.start, 6) : null;
    if (perCubicMetre) {
      r.unit = `${r.unit}/m3`;
      r.start = perCubicMetre.index;
    }
    if (cls[1] === '节' && before(ZH_KNOTS_SPEED_BEFORE, text, r.start, 12)) {
      r.unit = 'kn';
      r.measure = true;
      r.counted = false;
      return;
    }
    if (r.unit === 'km' && before(ZH_SPEED_BEFORE, text, r.start, 12)) {
      r.unit = 'km/h';
      const perHour = before(ZH_PER_HOUR_BEFORE, text, r.start, 6);
      if (perHour) r.start = perHour.index;
    }
    // 一倍多, 两倍多: a little more than the multiple.
    if (cls[1] === '倍' && text[r.end] === '多') {
      r.more = true;
      r.end += 1;
    }
    // A noun after 个月 or 倍 belongs to the phrase around it, not to the count (3 个月的人质危机).
    // 人 is itself the noun (百万人逃离该地区: people, not districts).
    const takesNoun =
      cls[1] !== '人' && cls[1] !== '人口' && (c.unit === null || c.person || c.unit === 'aircraft' || c.unit === 'vehicles' || c.unit === 'ships');
    if (takesNoun) {
      const after = zhNounAfter(text, r.end);
      if (after) {
        r.unit = after.unit;
        r.end = after.end;
      } else if (c.person) r.unit = 'people';
    } else if (c.unit !== null && !c.measure) {
      // 数十栋建筑, 37例病例: a noun that names what the classifier already counts belongs to the figure's span.
      const noun = zhNounAt(text, r.end);
      if (noun && noun.unit === c.unit) r.end += noun.len;
    }
    // 破获案件 12.3 万起: 起 counts what the clause named before the number, and a 案 is a case, not an incident.
    if (cls[1] === '起' && before(ZH_CASE_BEFORE, text, r.start, 12)) r.unit = 'cases';
    return;
  }
  // 600 万乌克兰人, 2000 巴勒斯坦人 without classifier: a short noun ending in 人 counts people.
  const people = tok.form !== 'en' && !yearLike ? at(ZH_PEOPLE_NOUN, text, r.end) : null;
  const temperature = people || tok.form === 'en' ? null : at(EN_TEMPERATURE_ATTACHED, text, r.end);
  const hyphenUnit = people || temperature || tok.form === 'zh' ? null : at(EN_HYPHEN_MEASURE, text, r.end);
  if (hyphenUnit) {
    // "a 1,200-mile pipeline", "the 40-tonne truck": the unit hyphenated to the number as an adjective.
    r.unit = EN_HYPHEN_MEASURES[hyphenUnit[1].toLowerCase()];
    r.measure = true;
    r.end += hyphenUnit[0].length;
    return;
  }
  const strong = people || temperature || tok.form === 'zh' ? null : at(EN_STRONG, text, r.end);
  if (strong) {
    // "a 2,000-strong workforce", "a million-strong crowd", "a 30-strong fleet": how many members a group has, a count.
    // The noun after it names the group, not what is counted, so it gives no unit.
    r.counted = true;
    r.end += strong[0].length;
    r.unit = null;
    return;
  }
  const span = people || temperature || tok.form === 'zh' ? null : at(EN_HYPHEN_SPAN, text, r.end);
  if (span) {
    // "a 12-month suspended sentence", "a 10-year low", "a 48-hour strike": a span of time as an adjective.
    r.unit = `${span[1].toLowerCase()}s`;
    r.counted = true;
    r.end += span[1].length + 1;
    return;
  }
  const measure = people || temperature ? null : at(EN_MEASURE, text, r.end);
  if (temperature) {
    r.unit = `°${temperature[1]}`;
    r.measure = true;
    r.end += temperature[0].length;
  } else if (people) {
    r.unit = 'people';
    r.counted = true;
    r.end += people[0].length;
  } else if (measure) {
    r.unit = EN_MEASURES[measure[1].toLowerCase().replace(/\s+/g, ' ')];
    r.measure = true;
    r.end += measure[0].length;
  } else if (!(yearLike && before(YEAR_CONTEXT_BEFORE, text, r.start, 12))) {
    const age = tok.form !== 'zh' ? at(EN_YEAR_OLD, text, r.end) : null;
    const en = age ? null : enNounAfter(text, r.end, yearLike ? 0 : 3);
    if (age) {
      r.unit = 'years of age';
      r.counted = true;
      r.end += age[0].length;
    } else if (en) {
      r.unit = en.unit;
      r.counted = true;
      r.end = en.end;
    } else if (tok.form !== 'zh' && partOfWhole(r)) {
      // "won 168 of the 577 seats": the part counts what the whole counts.
    } else if (tok.form !== 'zh' && isEnglishAge(r)) {
      r.unit = 'years of age';
      r.counted = true;
    }
  }
}

const EN_HYPHEN_MEASURES: Record<string, string> = {
  mile: 'mi', kilometre: 'km', kilometer: 'km', km: 'km', metre: 'm', meter: 'm', foot: 'ft', tonne: 't', ton: 't',
  acre: 'acre', hectare: 'ha', megawatt: 'MW', gigawatt: 'GW', inch: 'in', yard: 'yd', barrel: 'barrels',
};
/** "-strong" after a number: the size of a group ("a 2,000-strong workforce"). */
const EN_STRONG = /-strong\b/iy;
const EN_HYPHEN_MEASURE = new RegExp(`-(${Object.keys(EN_HYPHEN_MEASURES).join('|')})\\b`, 'iy');

/**
 * "-month sentence", "-year low", "-day strike": a span hyphenated to a number, before a noun of something that lasts
 * or is measured over it. Not a product or a name's span ("the 10-year Treasury yield", "a 30-year mortgage").
 */
const EN_HYPHEN_SPAN = new RegExp(
  '-(year|month|week|day|hour|minute)\\b(?!-)(?=(?:\\s+[a-z]+){0,2}?\\s+(?:sentences?|terms?|bans?|strikes?|lows?|highs?|ceasefires?|truces?|' +
    'freezes?|lockdowns?|suspensions?|delays?|wars?|sieges?|conflicts?|absences?|hiatus|investigations?|probes?|campaigns?|trials?|' +
    'stand-?offs?|blockades?|closures?|shutdowns?|moratoriums?|pauses?|recessions?|droughts?|occupations?|reigns?|careers?)\\b)',
  'iy',
);

/** "168 of the 577 seats", "12 of its 40 hospitals": a part of a counted whole. */
const EN_OF_THE_NUMBER = /\s+of\s+(?:the|its|their|his|her|our)\s+(?=\d)/y;
const EN_NUMBER_AT = /\d{1,3}(?:,\d{3})+|\d+/y;

function partOfWhole(r: Reading): boolean {
  const { text } = r;
  const of = at(EN_OF_THE_NUMBER, text, r.end);
  if (!of) return false;
  const wholeAt = r.end + of[0].length;
  const whole = at(EN_NUMBER_AT, text, wholeAt);
  const noun = whole ? enNounAfter(text, wholeAt + whole[0].length, 3) : null;
  if (!noun || !whole || Number(whole[0].replace(/,/g, '')) <= r.value) return false;
  r.unit = noun.unit;
  r.counted = true;
  return true;
}

/** "a 78-year-old", "the five-year-olds", "15 years old": an age, as 78 岁 is. */
const EN_YEAR_OLD = /[-\s]years?[-\s]olds?\b/iy;
/** "65 or older", "18 and younger": an age, whatever precedes it. */
const EN_OLDER_AFTER = /\s+(?:or|and)\s+(?:older|younger)\b/iy;
/** "aged 16", "aged between 16 and 45", "died at the age of 93", "retire at age 67". */
const EN_AGED_BEFORE = /\b(?:aged|(?:at\s+)?the\s+age\s+of|at\s+age)\s+(?:between\s+)?$/i;
/** "Biden, 81, said", "the defendant, 42, faces": a person's age between commas after the name or noun. */
const EN_NAME_BEFORE_AGE = /(?<![\p{L}'’.-])(?!(?:and|or|but|of|in|on|at|by|to|the|a|an)\b)[\p{L}][\p{L}'’.-]+,\s$/u;
/** What follows an age between commas: a verb of the person or the start of a description ("81, is", "42, of London"). */
const EN_AFTER_AGE = new RegExp(
  String.raw`,\s+(?:is|was|has|had|who|said|says|told|died|dies|faces|will|would|could|became|becomes|remains|remained|denies|denied|pleaded|appeared|admitted|lives|lived|works|worked|faced|from|of|a|an|` +
    // what a person in a news story did: "the suspect, 27, fled", "the victim, 34, suffered burns" ("Florida, 30, gained
    // seats" is a count, so no verb of gain or loss here).
    String.raw`fled|escaped|suffered|survived|drowned|collapsed|confessed|insisted|claimed|explained|added|arrived|returned)\b`,
  'y',
);

/** Whether an English number with nothing counted after it is a person's age ("aged 45", "Biden, 81, is"). */
function isEnglishAge(r: Reading): boolean {
  const { text, tok } = r;
  if (before(EN_AGED_BEFORE, text, r.start, 16) || at(EN_OLDER_AFTER, text, r.end)) return true;
  return tok.form === 'arabic' && tok.bareInteger && r.approx === null && r.value >= 1 && r.value <= 120 &&
    before(EN_NAME_BEFORE_AGE, text, r.start, 30) !== null && at(EN_AFTER_AGE, text, r.end) !== null;
}

/**
 * A minus sign written against a number, after a word or a space: 维持-0.1%, "at −5°C", 负 0.5%, 负增长 5.2% (growth of
 * −5.2 %), "minus 2%", 零下 35 摄氏度. 正负 3 个百分点 is a margin either way (±3), not minus three.
 */
const NEGATIVE_BEFORE = /(?:(?<![A-Za-z0-9_.,/%)\-−])[-−]|(?<!正)负(?:增长|增長)?\s*|零下\s*|(?<![A-Za-z])minus\s+)$/iu;

/**
 * Negative percentages and temperatures keep their sign (a policy rate of −0.1% is not 0.1%). Other kinds do not
 * read one: a hyphen before a number is far more often a name (歼-20, F-35) or a range than a minus.
 */
function readNegativeSign(text: string, found: Found): void {
  const signedMoney = found.kind === 'money' && /[\u4e00-\u9fff][-−]$/u.test(text.slice(Math.max(0, found.start - 2), found.start));
  if (found.kind !== 'percent' && found.unit !== '°C' && found.unit !== '°F' && !signedMoney) return;
  if (found.value === null || found.value <= 0) return;
  const sign = before(NEGATIVE_BEFORE, text, found.start, 7);
  if (!sign) return;
  found.value = -found.value;
  found.start = sign.index;
}

/** Rate (每月, a month) and approximation (至少, 左右, more than, or more) on either side. */
function readRateAndApprox(r: Reading): void {
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
  if (zs && !r.approx) {
    r.approx = ZH_APPROX_SUFFIX[zs[1]];
    r.end += zs[0].length;
  } else if (es && !r.approx) {
    r.approx = EN_APPROX_SUFFIX[es[1].toLowerCase().replace(/\s+/g, ' ')];
    r.end += es[0].length;
  }
  // Prefixes in either order: 每月约 3000 万, 约每月 3000 万.
  for (let round = 0; round < 2; round++) {
    if (!r.approx) {
      const zm = before(ZH_APPROX_BEFORE, text, r.start, 8);
      // 容不下 2000 人 is "cannot hold"; 近五年来 / 近 3 个月以来 is "the last five years", a period, not "nearly".
      const cannotHold = zm?.[1] === '不下' && ZH_VERB_BEFORE_BUXIA.test(text[zm.index - 1] ?? '');
      const lastSpan = zm?.[1] === '近' && r.unit !== null && TIME_UNITS.has(r.unit) && ZH_SINCE_AFTER.test(text.slice(r.end, r.end + 3));
      const za = cannotHold || lastSpan ? null : zm;
      const ea = zm ? null : before(EN_APPROX_BEFORE, text, r.start, 16);
      if (za) {
        r.approx = ZH_APPROX_PREFIX[za[1]];
        r.start = za.index;
      } else if (ea && !(ea[1].toLowerCase() === 'over' && r.unit !== null && TIME_UNITS.has(r.unit))) {
        // "over two years" is a span of time, not "more than two years".
        r.approx = EN_APPROX_PREFIX[ea[1].toLowerCase().replace(/\s+/g, ' ')];
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

/** The kind of the reading, or null when it is not worth reporting. */
function classify(r: Reading, raw: string): Found | null {
  const { tok } = r;
  // 几十年来, 数年, "for dozens of days": a vague span of time is a way of speaking, not a figure to check.
  if (tok.vagueMax !== undefined && r.unit !== null && (TIME_UNITS.has(r.unit) || r.unit === 'years of age')) return null;
  let kind: Found['kind'];
  if (r.percentUnit) {
    kind = 'percent';
    r.unit = r.percentUnit;
  } else if (r.currency) kind = 'money';
  else if (r.counted) {
    // 一个目标, 一名官员, 一次会议: in Chinese a single thing in words is grammar, not the figure of a sentence.
    // English says "a" for that, so "one hostage" is deliberate and kept, except for time ("one day, ...").
    // 增长了一倍 (doubled) is a figure though.
    if (tok.form === 'zh' && r.value === 1 && r.unit !== 'fold') return null;
    // 二次会议, 二次伤害, 二次创作: 二 before 次 is "second" or "secondary"; a count of two times says 两次.
    if (tok.form === 'zh' && raw === '二' && r.unit === 'times') return null;
    if (tok.form === 'en' && r.value === 1 && (r.unit === null || TIME_UNITS.has(r.unit))) return null;
    kind = 'count';
  } else if (r.measure) kind = 'number';
  else {
    // "hundreds of thousands were left without power": a vague figure of tens of thousands or more is one, as
    // 数十万 is; "dozens" or "hundreds" alone is a manner of speaking.
    const largeVague = tok.vagueMax !== undefined && r.value >= 20_000;
    if (tok.form !== 'arabic' && !r.hasScale && !largeVague) return null;
    if (tok.bareInteger && !r.hasScale && (raw.length >= 7 || (raw.length >= 2 && raw.startsWith('0')))) return null;
    if (r.approx === 'range' && !r.hasScale && !largeVague) {
      // 2-1 (a score), 3-5 (an item list): a bare range is not a quantity.
      r.approx = null;
      r.valueMax = null;
      r.value = r.first.value;
      r.start = tok.start;
      r.end = r.first.end;
    }
    kind = 'number';
  }
  const { start, end, value, valueMax, currency, unit, per, approx } = r;
  return { start, end, kind, value, valueMax, currency, unit, per, approx, date: null, ...(r.vague ? { vague: true as const } : {}) };
}
