/**
 * Ranges, percentages and currency words after the numeral: 3 至 5 万, 30%-40%, 七八成, 800 美元到 1200 美元, 美元,
 * euros, 99 cents. Separate from amounts.ts because these phases widen a reading to the right of its numeral, while
 * amounts.ts decides whether a numeral is an amount at all and what kind it is.
 */
import { type NumeralToken, roundSig } from './numerals';
import { EN_CURRENCY_SUFFIX, ZH_CURRENCY_SUFFIX, alternation } from './lexicon';
import { type Reading, at, before } from './amountReading';
import { atom } from './amountScales';
import { classifierAt, zhNounAt } from './countedUnits';

// 16—24岁, 16–24: a single dash of any length joins a range (a doubled —— is punctuation).
const RANGE_SEP = /\s*(?:-|~|～|–|—(?!—)|至|到)\s*|\s+(to|and)\s+/y;
const ZH_RANGE_SEP = /\s*(?:-|~|～|–|—(?!—)|至|到)\s*/uy;
const RANGE_CURRENCY = /(?:US\$|\$|€|£|¥)\s?/y;
/** A percent sign or word, percentage points, or basis points after a number. */
export const PERCENT =
  /\s?%|\s?(?:per\s?cent|percent|pct)\b|pc\b|\s*(?:个|個)?(百分点|百分點)|(?:\s|-)?(percentage[\s-]points?)\b|\s*(?:个|個)?(基点|基點)|\s?(basis points?|bps?)\b/iy;

/** The unit a PERCENT match names: %, percentage points, or basis points (加息 25 个基点, "25 basis points"). */
function percentUnitOf(m: RegExpExecArray): string {
  return m[1] || m[2] ? 'percentage points' : m[3] || m[4] ? 'basis points' : '%';
}

const ZH_MORE = /\s*(多|余|餘)/uy;
/** A Chinese currency word after an amount (美元, 元, 欧元). */
export const ZH_CUR_SUFFIX = new RegExp(`\\s*(${alternation(Object.keys(ZH_CURRENCY_SUFFIX))})`, 'uy');
const EN_CUR_SUFFIX = new RegExp(`\\s+(${alternation(Object.keys(EN_CURRENCY_SUFFIX))})\\b`, 'iy');
/** "a 2.5bn-euro project", "a $10m-dollar deal": the currency hyphenated to the amount as an adjective. */
const EN_CUR_HYPHEN = /-(euro|dollar|yuan|yen|rouble|ruble|rupee|shekel)\b/iy;
const EN_CUR_HYPHEN_CODES: Record<string, string> = {
  euro: 'EUR', dollar: 'USD', yuan: 'CNY', yen: 'JPY', rouble: 'RUB', ruble: 'RUB', rupee: 'INR', shekel: 'ILS',
};
/**
 * 成, tenths (近四成 = nearly 40%), but not the 成 of 成员, 成为, 成立, 成本… Where the word after the tenths starts
 * with the character that would make 成 a word, the tenths win: 三成员工 (员工), 三成长者 (长者, 长辈, 长期),
 * 三成年轻人 (年轻), 三成本港居民 (本港, 本地, 本土): 成员工, 成长者 and 成年轻人 are no words, and a numeral
 * before 成员 / 成长 / 成年 / 成本 would take a classifier (三名成员).
 */
const TENTHS = /\s?成(?![员員](?![工])|[为為立功果绩績交熟型分就效都]|本(?![地港土国國科])|年(?![轻輕青])|[长長](?![者辈輩期])|人(?!口))/uy;
/** The hundredths digit after 成 (一成五 = 15%, 三成半 = 35%, 3成5 = 35%), when no unit or further digit follows it. */
const TENTHS_DIGIT = /([一二三四五六七八九半1-9])(?![\d.,%一二三四五六七八九十百千万萬亿億年月日个個名位人天次倍])/uy;
const TENTHS_DIGIT_VALUE: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 半: 5, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9,
};
const BETWEEN_BEFORE = /(?<![A-Za-z])between\s+$/i;
const CHANGE_BEFORE =
  /\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|increased?|increases|decreased?|decreases|dropped|drops?|climbed|climbs?|jumped|jumps?|grew|grows?|declined?|declines|slid|slides?|soared|soars?|plunged?|plunges|surged?|surges|cut|raised|lowered|boosted|up|down)\b[^.;!?]*$/i;
const BY_BEFORE = /\bby\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;

/** A percent sign and a second numeral joined by 至 / - / to / and (after "between"): 3 至 5 万, 30%-40%. */
export function readRange(r: Reading, byStart: ReadonlyMap<number, NumeralToken>): void {
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

/** What before a bare pair of numbers makes it a score, a page span or a reference, not a range. */
const NOT_RANGE_BEFORE =
  /(?:\b(?:won|lost|beat|beaten|drew|draw|defeated|scored?|scores?|scoreline|pages?|pp\.?|articles?|sections?|chapters?|verses?|routes?|rooms?|flights?|nos?\.?|numbers?|lines?)\s+(?:by\s+)?(?:a\s+)?|(?:以|比分|第|页|頁|号|號|条|條|款|章|节|節)\s*)$/iu;

/**
 * Whether a range of two bare numbers (no unit, currency or scale) is a figure: "between 60 and 80", 60 至 80,
 * "60-80", 六十至八十. A small pair (2-1, 3-5) is far more often a score or an item list, so both ends must be 10 or
 * more unless "between" says it is a range; and a score, a page or article span, a hyphenated pair with an end of 4
 * digits or more (2345-6789, a telephone number), a type number and its series (737-800) or one link of a longer
 * hyphenated chain (1-800-273-8255) is not one.
 */
export function isBareRange(r: Reading): boolean {
  // "scores of", 几十: a vague numeral's span is a manner of speaking.
  if (r.valueMax === null || r.tok.vagueMax !== undefined) return false;
  const { text } = r;
  if (/^between\b/i.test(text.slice(r.start, r.start + 8))) return true;
  // 在 60 至 80 之间, 介于六十到八十之間: the Chinese "between".
  if (/(?:介于|介於|在)\s*$/u.test(text.slice(Math.max(0, r.start - 3), r.start)) && /^\s*(?:之间|之間)/u.test(text.slice(r.end, r.end + 4))) return true;
  if (r.value < 10 || before(NOT_RANGE_BEFORE, text, r.start, 16)) return false;
  const span = text.slice(r.start, r.end);
  if (!/^\d+\s*[-–—]\s*\d+$/.test(span)) return true;
  // 1-800-273-8255, 978-3-16-148410-0: a link in a chain of hyphenated digits is part of a code.
  const chained = /\d[-–—]$/.test(text.slice(Math.max(0, r.start - 2), r.start)) || /^[-–—]\d/.test(text.slice(r.end, r.end + 2));
  const [a, b] = span.split(/\s*[-–—]\s*/);
  // 737-800, A330-300: a type number and its series (no range has an uneven low end and a round-hundred high one).
  const series = a.length === 3 && b.length === 3 && +a % 10 !== 0 && +b % 100 === 0;
  return !chained && !series && a.length < 4 && b.length < 4;
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
export function readCurrencySuffix(r: Reading): void {
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

/** Cents, pence or p after a number: hundredths of a dollar or a pound. */
export const EN_SUBUNIT = /\s?(cents?|pence)\b|p(?!\w|\.\s?m\b)/iy;
