/**
 * Shares said as fractions — 三分之二, 五分之一, 一半, 过半, 每五人中有一人, "two-thirds of", "half of", "one in five",
 * "cut by a third" — read as the
 * percentage they state (66.7 %, 20 %, 50 %), so a checker sees the figure and a translation check can tell that
 * 三分之二的人口 and "two-thirds of the population" agree. Without this, the numerals inside a fraction were read on
 * their own (三分之二的人 came out as "3 people", "1 in 5 Gazans" as "5 Gazans").
 *
 * Works on the text `findQuantities` reads (width-folded, simplified); offsets are that text's, which are the
 * original's.
 */
import type { Approx } from '../model/quantity';
import type { Found } from './dates';
import { EN_APPROX_PREFIX, EN_NOUNS, ZH_APPROX_PREFIX, alternation } from './lexicon';
import { parseEnglishWords, parseZhInteger } from './numerals';

const ZH_NUM = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]+)';
// 约有四分之一, 超过半数 and 约达三分之一: 有 / 达 between the word and the share leave it its approximation (as 约有1/3).
const ZH_APPROX = `(?:(${alternation(Object.keys(ZH_APPROX_PREFIX))})(?:有|达|達)?)?`;
/** 三分之二, 约五分之一, 百分之 is a percentage (amounts.ts), not a fraction: its denominator is 百 alone. */
const ZH_FRACTION = new RegExp(`${ZH_APPROX}${ZH_NUM}分之${ZH_NUM}`, 'gu');
/** 一半, 近一半, 半数, 过半, 超过半数: half. 半数以上 is more than half. */
const ZH_HALF = new RegExp(`${ZH_APPROX}(一半|半数|过半数|过半)(以上|以下)?`, 'gu');
/**
 * 打八折, 八五折, 7.5折, 95折, 5折起: a price cut to tenths of the old one, the share paid (八折 is 80 %, 八五折 and 85折
 * 85 %). Not
 * 折合 / 折算 (converted), 折旧, 折叠, 折射, 折返, 折腾, 折服, 折断, 折扣 after a number, nor a number inside a longer one.
 */
const ZH_DISCOUNT = /(?<![\d.一二三四五六七八九十百千万])([1-9][1-9]|[1-9](?:\.5)?|[一二三四五六七八九]五?)\s*折(?![合算旧舊叠疊射返腾騰服断斷扣线線戏戲子腰])/gu;
/**
 * What makes 折 a discount: a price or a sale said in the same sentence (售价, 促销, 打折, 门票, 元, 商品, 会员…).
 * Without one, 3折戏 / 共有八折 are acts of an opera and 一波三折 an idiom, not a share of a price.
 */
/** Words before a number that make 折 the parts of a whole (分为三折, 共有八折, 第三折), never a price. */
const ZH_PARTS_BEFORE = /(?:分为|分為|分成|共有|共|第|全剧|全劇)$/u;
const ZH_SALE_CONTEXT = /价|價|售|促销|促銷|优惠|優惠|折扣|限时|限時|特惠|大促|秒杀|秒殺|让利|讓利|打\s*[\d一二三四五六七八九]|商品|商场|商場|百货|百貨|门票|門票|元|购|購|买|買|消费|消費|清仓|清倉|甩卖|甩賣|酬宾|酬賓|店|会员|會員|周年庆|週年慶|费|費|租|机票|機票|全场|全場|全馆|全館|一律|低至|[0-9一二三四五六七八九]\s*折起/u;
/** The sentence around `at`: between the enders 。！？；and line breaks. */
function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/[。！？；!?\n]/u.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !/[。！？；!?\n]/u.test(text[end])) end++;
  return text.slice(start, end);
}
const ZH_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A number that may carry a scale in digits and characters (10万, 12.3): the terms of a ratio. */
const ZH_SCALED_NUM = '(\\d+(?:\\.\\d+)?[十百千万]?|[一二两三四五六七八九十百千万]+)';
/** 每五个人中就有一人, 每10名儿童中有1名, 每10万人中约有12.3人: a ratio, said with 每 … 中 … 有. */
const ZH_RATIO = new RegExp(
  `每\\s*${ZH_SCALED_NUM}\\s*(?:个|名|位|户|家)?[\\u4e00-\\u9fff]{0,4}?中\\s*(?:就|便)?(?:约|大约)?\\s*有\\s*${ZH_SCALED_NUM}\\s*(?:个|名|位|户|家|例)?人?`,
  'gu',
);
/**
 * 每10万人12.3例, 每千人口约3.5人: a rate per a round base of people, said without 中 … 有 (incidence, mortality).
 * Only with a base of 100 or more people and a count of cases or people after it (每3年1次 and 每100名学生3名教师
 * are no shares).
 */
const ZH_RATE_PER_BASE = new RegExp(
  `每\\s*${ZH_SCALED_NUM}\\s*(?:人口|人)\\s*(?:约|大约)?\\s*${ZH_SCALED_NUM}\\s*(例|人|起|宗)`,
  'gu',
);

const EN_APPROX = `(?:(${alternation(Object.keys(EN_APPROX_PREFIX))})\\s+)?`;
const EN_NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|a';
const EN_DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
/**
 * "two-thirds of", "a third of", "nearly half of", "three quarters of": a fraction followed by "of"; or by what the
 * share of people did ("a third said", "half were killed").
 */
const EN_FRACTION = new RegExp(
  `\\b${EN_APPROX}(?:(${EN_NUMBER_WORD}|\\d+)[\\s-]+)?(${Object.keys(EN_DENOMINATORS).join('|')})(?=\\s+of\\b|\\s+(?:said|say|says|believe|believed|think|thought|support|supported|oppose|opposed|want|wanted|were|are|reported|agreed|disagreed|voted|died)\\b)`,
  'gi',
);
/** "cut by a third", "rose by two-thirds", "fell by half": a change said as a fraction of what it was. */
const EN_BY_FRACTION = new RegExp(
  `\\bby\\s+${EN_APPROX}(?:(${EN_NUMBER_WORD})[\\s-]+)?(${Object.keys(EN_DENOMINATORS).join('|')})\\b(?!\\s+of\\b|-)`,
  'gi',
);
/**
 * "down a third", "up a fifth", "fell nearly a quarter", "shares rose a third in 2023": a change said as a fraction of
 * what it was, without "by" (EN_BY_FRACTION reads "by a third"), read as the percentage change it states (33.3 %), as
 * "down 33%" is. A count word is required, and what follows must close the change (a stop, "from", "on", "in",
 * "since", "year on year"…): "up a third flight of stairs", "down a quarter mile", "a third straight win" and "down a
 * third of" (EN_FRACTION's) are other readings.
 */
const EN_CHANGE_FRACTION = new RegExp(
  `\\b(?:up|down|rose|risen|rises|fell|fallen|falls|dropped|drops|climbed|climbs|jumped|jumps|grew|grown|grows|gained|gains|lost|loses|shrank|shrunk|shrinks|declined|declines|slid|slumped|tumbled|plunged|plummeted|soared|surged|cut|cuts|slashed|trimmed|reduced|increased|decreased)\\s+(?<fraction>${EN_APPROX}(a|one|two|three)[\\s-]+(${Object.keys(EN_DENOMINATORS).filter((d) => d !== 'half' && d !== 'halves').join('|')}))(?=\\s*(?:[,.;:!?)\\u2014\\u2013]|$)|\\s+(?:from|on|in|since|over|to|compared|versus|vs|against|year|this|last|and|but|while|as|after|at|for|between|during|when|amid|despite|because|though|although|with|through|until|by)\\b)`,
  'gi',
);
/**
 * "about a third below the average", "a quarter higher than", "two-thirds more": a fraction said as a difference. A
 * count word is required ("third higher" alone is a rank).
 */
const EN_COMPARED_FRACTION = new RegExp(
  `\\b${EN_APPROX}(${EN_NUMBER_WORD})[\\s-]+(${Object.keys(EN_DENOMINATORS).join('|')})(?=\\s+(?:below|above|lower|higher|more|less|fewer|smaller|larger|bigger|cheaper|dearer|greater)\\b)`,
  'gi',
);
/**
 * "half a percentage point", "a quarter of a percentage point", "a quarter-point cut", "a half-point hike": a fraction
 * of a percentage point, read as percentage points (0.5, 0.25) as 0.5 个百分点 and 25 个基点 are.
 */
const EN_POINT_FRACTION = new RegExp(
  `\\b${EN_APPROX}(?:half\\s+a|(?:(a|one|three)[\\s-]+)?(quarters?|half)\\s+of\\s+a)\\s+percentage[\\s-]points?\\b|\\b${EN_APPROX}(?:a\\s+)?(quarter|half)[\\s-](?:percentage[\\s-])?point(?:(?=[\\s-]+(?:cut|cuts|hike|hikes|increase|increases|reduction|reductions|rise|rises|move|moves|drop|fall|reduction)\\b)|(?<=\\brates?\\s+by\\s+(?:[a-z]+\\s+)?(?:a\\s+)?(?:quarter|half)[\\s-](?:percentage[\\s-])?point)(?![\\w-]))|(?<=\\brates?\\s+by\\s+)half\\s+a\\s+point\\b`,
  'gi',
);
/** "one in five", "1 in 3", "one out of four": a ratio naming what it counts after it. */
const EN_RATIO = new RegExp(`\\b${EN_APPROX}(${EN_NUMBER_WORD}|\\d+)\\s+(?:in|out\\s+of)\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b(?=\\s+(?!(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|attempts?)\\b)[A-Za-z])`, 'gi');

/**
 * "2 per 1,000 people", "12.3 per 100,000 residents", "5 in every 1,000 births": a rate per a round base, as 每千人中约有
 * 3 人 is, read as the percentage it states (0.2 %). The base is a power of ten from 100, so "3 per day" and "one in
 * five" (EN_RATIO) are not taken; a currency before the number makes it a price ("$5 per 1,000 words").
 */
const EN_PER_BASE = new RegExp(
  `(?<![$€£¥\\d.,])${EN_APPROX}(\\d+(?:\\.\\d+)?)\\s+(?:per|in(?:\\s+every)?|for\\s+every|out\\s+of\\s+every)\\s+(100|1,000|10,000|100,000|1,000,000|a\\s+(?:hundred|thousand|million)|one\\s+(?:hundred|thousand|million)|(?:one\\s+)?hundred\\s+thousand)(?![\\d,])(\\s+[a-z]+\\b)?`,
  'gi',
);
const EN_BASE_WORDS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, 'hundred thousand': 1e5 };

/**
 * 1/3, 2/3 written with a slash: a share when "of" or 的 follows or an approximation or 占 / 有 precedes it (约有1/3,
 * "about 1/3 of"); otherwise it is as often a date (3/4) or a score.
 */
const SLASH_FRACTION = /(?<![\d/.,])(\d{1,2})\/(\d{1,3})(?![\d/.,])/g;
const SLASH_AFTER = /^\s*(?:of\b|的)/;
const SLASH_BEFORE = /(?:约有|约|近|占|有|逾|超过|\b(?:about|nearly|around|almost|roughly|some|over|more than|less than))\s*$/i;
/** The approximation words before a slash fraction that belong to it (约有1/3 is about a third; 占 and 有 are not). */
const SLASH_APPROX_BEFORE = new RegExp(`(?:(${alternation(Object.keys(ZH_APPROX_PREFIX))})(?:有)?|\\b(${alternation(Object.keys(EN_APPROX_PREFIX))})\\s+)$`, 'iu');

/** An ordinal before the fraction names a part of a period: "the first half", "the second quarter". */
const EN_PERIOD_PART_BEFORE = /\b(?:first|second|third|fourth|last|latter|former|final|opening|other)[\s-]+$/i;
/** What follows "of" is a stretch of time or distance: "a quarter of an hour", "half of the season". */
const EN_PERIOD_AFTER =
  /^\s+of\s+(?:(?:a|an|the|this|that|last|next|each|every)\s+)?(?:century|decade|year|month|week|day|hour|minute|second|season|game|match|quarter|term|mile|inning|period)\b/i;

const EN_SCALE_AFTER = /^\s+of\s+an?\s+(?:thousand|million|billion|trillion)\b/i;

/** The share in percent, to one decimal; below 1 % to three significant digits (千分之三 0.3, 万分之五 0.05). */
function share(part: number, whole: number): number | null {
  if (!(whole > 0) || !(part > 0) || part > whole) return null;
  const pct = (part / whole) * 100;
  return pct >= 1 ? Math.round(pct * 10) / 10 : Number.parseFloat(pct.toPrecision(3));
}

function percent(start: number, end: number, value: number, approx: Approx | null): Found {
  return { start, end, kind: 'percent', value, valueMax: null, currency: null, unit: '%', per: null, approx, date: null };
}

/** A bare 十/百/千/万 is one of it: 千分之三 is three in a thousand, 每百人中有 5 人 five in a hundred. */
const ZH_BARE_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4 };

function zhNumber(s: string): number | null {
  const scaled = /^(\d+(?:\.\d+)?)([十百千万])$/u.exec(s);
  if (scaled) return Number(scaled[1]) * ZH_BARE_UNIT[scaled[2]];
  return /^\d/.test(s) ? Number(s) : (ZH_BARE_UNIT[s] ?? parseZhInteger(s));
}

function enNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const lower = s.toLowerCase();
  return lower === 'a' ? 1 : (parseEnglishWords([lower])?.value ?? null);
}

/** The fractions of `text` as percentages, in text order (they may overlap other readings; the caller prefers them). */
export function findFractions(text: string, lang: 'zh' | 'en'): Found[] {
  const out: Found[] = [];
  if (lang === 'zh' || /[\u4e00-\u9fff]/u.test(text)) {
    // Checked first: the patterns begin with an optional prefix, tried at every position of a long text.
    for (const m of text.includes('分之') ? text.matchAll(ZH_FRACTION) : []) {
      const [whole, part] = [zhNumber(m[2]), zhNumber(m[3])];
      // 百分之 is a percentage, read where percentages are.
      if (m[2] === '百' || whole === null || part === null) continue;
      const value = share(part, whole);
      if (value !== null) out.push(percent(m.index, m.index + m[0].length, value, m[1] ? ZH_APPROX_PREFIX[m[1]] : null));
    }
    for (const m of text.includes('每') ? text.matchAll(ZH_RATE_PER_BASE) : []) {
      const [whole, part] = [zhNumber(m[1]), zhNumber(m[2])];
      const value = whole === null || part === null || whole < 100 ? null : share(part, whole);
      if (value !== null) out.push(percent(m.index, m.index + m[0].length, value, null));
    }
    for (const m of text.includes('每') ? text.matchAll(ZH_RATIO) : []) {
      const [whole, part] = [zhNumber(m[1]), zhNumber(m[2])];
      const value = whole === null || part === null ? null : share(part, whole);
      if (value !== null) out.push(percent(m.index, m.index + m[0].length, value, null));
    }
    for (const m of text.includes('折') ? text.matchAll(ZH_DISCOUNT) : []) {
      // 一波三折, 百折不挠, 骨折: words, not a discount.
      // 分为三折, 共有八折, 第三折: the parts of a play or a story, whatever else the sentence sells.
      if (/[波骨]/u.test(text[m.index - 1] ?? '') || ZH_PARTS_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      if (!ZH_SALE_CONTEXT.test(sentenceAround(text, m.index))) continue;
      const w = m[1];
      const value = /^\d\d$/.test(w) ? Number(w) : /\d/.test(w) ? Number(w) * 10 : ZH_DIGIT[w[0]] * 10 + (w.length > 1 ? 5 : 0);
      out.push(percent(m.index, m.index + m[0].length, value, null));
    }
    for (const m of text.includes('半') ? text.matchAll(ZH_HALF) : []) {
      // 另一半 is a partner, not a share.
      if (text[m.index - 1] === '另') continue;
      const approx: Approx | null = m[3] === '以上' || m[2].startsWith('过') ? 'moreThan' : m[3] === '以下' ? 'lessThan' : m[1] ? ZH_APPROX_PREFIX[m[1]] : null;
      out.push(percent(m.index, m.index + m[0].length, 50, approx));
    }
  }
  for (const m of text.includes('/') ? text.matchAll(SLASH_FRACTION) : []) {
    const end = m.index + m[0].length;
    if (!SLASH_AFTER.test(text.slice(end, end + 4)) && !SLASH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const value = share(Number(m[1]), Number(m[2]));
    const approx = SLASH_APPROX_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    const start = approx ? m.index - approx[0].length : m.index;
    const word = approx ? (approx[1] ? ZH_APPROX_PREFIX[approx[1]] : EN_APPROX_PREFIX[approx[2].toLowerCase().replace(/\s+/g, ' ')]) : null;
    if (value !== null) out.push(percent(start, end, value, word ?? null));
  }
  for (const m of text.includes('point') ? text.matchAll(EN_POINT_FRACTION) : []) {
    const approxWord = m[1] ?? m[4];
    const part = m[2] ? enNumber(m[2]) : 1;
    const denominator = (m[3] ?? m[5])?.toLowerCase().startsWith('quarter') ? 4 : 2;
    const value = part === null ? null : part / denominator;
    if (value !== null && value < 1) {
      out.push({ ...percent(m.index, m.index + m[0].length, value, approxWord ? EN_APPROX_PREFIX[approxWord.toLowerCase().replace(/\s+/g, ' ')] : null), unit: 'percentage points' });
    }
  }
  for (const m of text.matchAll(EN_COMPARED_FRACTION)) {
    const part = enNumber(m[2]);
    const value = part === null ? null : share(part, EN_DENOMINATORS[m[3].toLowerCase()]);
    if (value !== null) out.push(percent(m.index, m.index + m[0].length, value, m[1] ? EN_APPROX_PREFIX[m[1].toLowerCase().replace(/\s+/g, ' ')] : null));
  }
  for (const m of text.matchAll(EN_FRACTION)) {
    // "the first half of the year", "a quarter of an hour": a part of a period of time, not a share.
    if (EN_PERIOD_PART_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (EN_PERIOD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // "a quarter of a million" is a number (250,000), read with the numerals.
    if (EN_SCALE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const whole = EN_DENOMINATORS[m[3].toLowerCase()];
    // "half of" needs no count; "third of" alone is not a fraction ("the third of October").
    const part = m[2] ? enNumber(m[2]) : whole === 2 ? 1 : null;
    // "the two halves of the city", "all four quarters of the year": the whole cut in parts, no share of it.
    if (part !== null && part >= whole) continue;
    const value = part === null ? null : share(part, whole);
    if (value !== null) out.push(percent(m.index, m.index + m[0].length, value, m[1] ? EN_APPROX_PREFIX[m[1].toLowerCase()] : null));
  }
  for (const m of text.matchAll(EN_CHANGE_FRACTION)) {
    // Groups: 1 the fraction, 2 its approximation, 3 the count, 4 the denominator.
    const part = enNumber(m[3]);
    const value = part === null ? null : share(part, EN_DENOMINATORS[m[4].toLowerCase()]);
    // The span is the fraction with its approximation, after the verb (as "by a third" leaves "by" out).
    const start = m.index + m[0].length - (m.groups?.fraction.length ?? 0);
    if (value !== null) out.push(percent(start, m.index + m[0].length, value, m[2] ? EN_APPROX_PREFIX[m[2].toLowerCase().replace(/\s+/g, ' ')] : null));
  }
  for (const m of text.matchAll(EN_BY_FRACTION)) {
    const whole = EN_DENOMINATORS[m[3].toLowerCase()];
    // "by half" and "by a third" name one part; "by a quarter" too. A bare "by third" is not a fraction.
    const part = m[2] ? enNumber(m[2]) : whole === 2 ? 1 : null;
    const value = part === null ? null : share(part, whole);
    // The span starts at the fraction, after "by".
    const start = m.index + (/^by\s+/i.exec(m[0])?.[0].length ?? 0);
    if (value !== null) out.push(percent(start, m.index + m[0].length, value, m[1] ? EN_APPROX_PREFIX[m[1].toLowerCase()] : null));
  }
  for (const m of text.includes('per') || text.includes('in') ? text.matchAll(EN_PER_BASE) : []) {
    const digits = m[3].replace(/,/g, '');
    const words = m[3].toLowerCase().replace(/^(?:a|one)\s+/, '').replace(/\s+/g, ' ');
    const whole = /^\d+$/.test(digits) ? Number(digits) : EN_BASE_WORDS[words];
    const value = whole ? share(Number(m[2]), whole) : null;
    // What is counted belongs to the span when it is a counted noun ("per 1,000 people", "in 100 births").
    const noun = m[4]?.trim().toLowerCase() ?? '';
    const end = m.index + m[0].length - (noun && !EN_NOUNS.has(noun) && !/s$/.test(noun) ? m[4].length : 0);
    if (value !== null) out.push(percent(m.index, end, value, m[1] ? EN_APPROX_PREFIX[m[1].toLowerCase()] : null));
  }
  for (const m of text.matchAll(EN_RATIO)) {
    const [part, whole] = [enNumber(m[2]), enNumber(m[3])];
    const value = part === null || whole === null ? null : share(part, whole);
    if (value !== null) out.push(percent(m.index, m.index + m[0].length, value, m[1] ? EN_APPROX_PREFIX[m[1].toLowerCase()] : null));
  }
  return out.sort((a, b) => a.start - b.start);
}
