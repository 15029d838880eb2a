/**
 * Numerals as written in Chinese and English news: Arabic digits (half or full width, with thousands separators and
 * decimals), Chinese numerals (三千五百, 两, 二〇一七, 三点五) and English number words (two hundred, twenty-five).
 * The quantity finder builds on the tokens found here; everything else (scales like 万, currencies, units) is
 * composed around them.
 */

/**
 * Maps full-width ASCII (０-９, ％, ＄, ．…), the ideographic space and the many dash and thin-space code points to
 * their plain forms, ONE code unit for one code unit, so that offsets found in the result are offsets in the input.
 * The full-width comma `，` is deliberately kept: in Chinese prose it is punctuation, never a thousands separator.
 */
export function foldWidth(text: string): string {
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, foldChar) : text;
}

/**
 * `folded` (the width-folded `text`) with the full-width commas that `text` uses as thousands separators made plain,
 * one code unit for one: see {@link FULL_WIDTH_THOUSANDS}.
 */
export function foldFullWidthThousands(text: string, folded: string): string {
  if (!text.includes('，')) return folded;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(FULL_WIDTH_THOUSANDS)) {
    out += `${folded.slice(from, m.index)},`;
    from = m.index + 1;
  }
  return from === 0 ? folded : out + folded.slice(from);
}

/**
 * The exception to the full-width comma (which `foldWidth` keeps): between full-width digits, with exactly three after it (１，２００亿元), it is a
 * thousands separator; the full-width digits say the writer typed the whole number in full width. (3，000 with plain
 * digits stays punctuation.)
 */
const FULL_WIDTH_THOUSANDS = /(?<=[０-９])，(?=[０-９]{3}(?![０-９]))/g;

const FOLDABLE_CLASS = '[\\uff01-\\uff0b\\uff0d-\\uff5e\\u3000\\u2010-\\u2013\\u2212\\u301c\\u00a0\\u2007\\u2009\\u202f]';
const FOLDABLE = new RegExp(FOLDABLE_CLASS);
const FOLDABLE_ALL = new RegExp(FOLDABLE_CLASS, 'g');

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000) return ' ';
  if (c === 0x301c) return '~';
  if (c >= 0x2010 && c <= 0x2013) return '-';
  if (c === 0x2212) return '-';
  return '\u202f';
}

/** A numeral found in (width-folded) text. */
export interface NumeralToken {
  start: number;
  end: number;
  value: number;
  form: 'arabic' | 'zh' | 'en';
  /** Plain digits without separator or decimal point (a candidate year, an id, a phone number). */
  bareInteger: boolean;
  /** For `en` tokens: whether the words already carry a scale (`two million`). */
  scaled: boolean;
  /** A bare 万/千/百 after 近, 逾, 上, 过, 超 (近万人 = nearly 10,000 people). */
  impliedOne?: boolean;
  /**
   * A vague numeral (数百, 几十万, 十几, "hundreds of", "tens of thousands of"): `value` is the least it can mean and
   * this the most, so the amount built on it is a range.
   */
  vagueMax?: number;
}

const ZH_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const ZH_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters a Chinese numeral is made of (including 点 for decimals); used to find candidate runs. */
export const ZH_NUMERAL_CHARS = '零〇一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖十拾百佰千仟万萬亿億廿卅卌';

/** 廿, 卅, 卌: twenty, thirty, forty in one character, as Hong Kong papers write them (廿多人, 廿五萬元). */
const ZH_TENS_CHARS = /[廿卅卌]/gu;
const ZH_TENS_EXPANDED: Record<string, string> = { 廿: '二十', 卅: '三十', 卌: '四十' };

/**
 * Parses a Chinese integer numeral (`三千五百`, `十五`, `一千零五`, `两万`, `二〇一七`), or returns null when the
 * characters do not form one number (`三五` is "three or five", `万` alone is not a number).
 */
export function parseZhInteger(s: string): number | null {
  if (s.length === 0) return null;
  s = s.replace(ZH_TENS_CHARS, (ch) => ZH_TENS_EXPANDED[ch]);
  const first = s[0];
  if (!(first in ZH_DIGITS) && first !== '十' && first !== '拾') return null;
  const hasUnit = [...s].some((ch) => ch in ZH_SMALL_UNITS || ch in ZH_BIG_UNITS);
  if (!hasUnit) {
    if (s.length === 1) return ZH_DIGITS[s];
    // Digit by digit (二〇一七) is how years and codes are written; 两 never appears there.
    if (s.includes('两') || s.includes('兩')) return null;
    let v = 0;
    for (const ch of s) v = v * 10 + ZH_DIGITS[ch];
    return s.length >= 3 ? v : null;
  }
  let total = 0;
  let section = 0;
  let num = 0;
  let lastWasDigit = false;
  let afterZero = false;
  let lastSmall = Infinity;
  for (const ch of s) {
    if (ch in ZH_DIGITS) {
      const d = ZH_DIGITS[ch];
      if (lastWasDigit && !afterZero) return null;
      afterZero = d === 0;
      num = d;
      lastWasDigit = true;
    } else if (ch in ZH_SMALL_UNITS) {
      const u = ZH_SMALL_UNITS[ch];
      if (u >= lastSmall) return null;
      lastSmall = u;
      if (!lastWasDigit) {
        if (u !== 10 || section !== 0 || num !== 0) return null;
        num = 1;
      }
      section += num * u;
      num = 0;
      lastWasDigit = false;
      afterZero = false;
    } else {
      const u = ZH_BIG_UNITS[ch];
      const part = section + num;
      if (u === 1e8) {
        total = (total + part) * u;
        if (total === 0) return null;
      } else {
        if (part === 0) return null;
        total += part * u;
      }
      section = 0;
      num = 0;
      lastWasDigit = false;
      afterZero = false;
      lastSmall = Infinity;
    }
  }
  return total + section + num;
}

/**
 * Parses a Chinese numeral with an optional decimal part and trailing scale: `三点五` = 3.5, `一点五万亿` = 1.5e12,
 * `三千万` = 3e7. Returns null when it is not a number.
 */
export function parseZhNumeral(s: string): number | null {
  const dot = s.indexOf('点');
  if (dot < 0) return parseZhInteger(s);
  const intPart = parseZhInteger(s.slice(0, dot));
  if (intPart === null) return null;
  const rest = s.slice(dot + 1);
  const m = /^([零〇一二三四五六七八九]+)([万萬亿億]*)$/u.exec(rest);
  if (!m) return null;
  let frac = 0;
  let scale = 0.1;
  for (const ch of m[1]) {
    frac += ZH_DIGITS[ch] * scale;
    scale /= 10;
  }
  let v = intPart + frac;
  for (const ch of m[2]) v *= ZH_BIG_UNITS[ch];
  return roundSig(v);
}

/** Avoids 1.5e8 printing as 150000000.00000003 after float arithmetic. */
export function roundSig(v: number): number {
  return Number.isSafeInteger(v) ? v : Number.parseFloat(v.toPrecision(12));
}

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Parses a run of English number words (`two hundred and five`, `twenty-five`, `a million`), or null. */
export function parseEnglishWords(words: readonly string[]): { value: number; scaled: boolean } | null {
  let total = 0;
  let current = 0;
  let scaled = false;
  // What the previous word was, to refuse sequences that are lists rather than one number ("two and three").
  let prev: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' = 'none';
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (w === 'and') {
      if (prev !== 'hundred' && prev !== 'scale') return null;
      prev = 'and';
    } else if (w === 'a' || w === 'an') {
      if (i !== 0) return null;
      current = 1;
      prev = 'unit';
    } else if (w === 'dozen') {
      if (prev === 'hundred' || prev === 'scale' || prev === 'and') return null;
      current = (prev === 'none' ? 1 : current) * 12;
      prev = 'teen';
    } else if (w in EN_SMALL) {
      const v = EN_SMALL[w];
      const kind = v < 10 ? 'unit' : v < 20 ? 'teen' : 'tens';
      if (prev === 'unit' || prev === 'teen' || (prev === 'tens' && kind !== 'unit')) return null;
      current += v;
      prev = kind;
    } else if (w in EN_SCALES) {
      if (prev === 'none' || prev === 'and' || prev === 'scale') return null;
      const s = EN_SCALES[w];
      if (s === 100) {
        if (prev === 'hundred') return null;
        current *= 100;
        prev = 'hundred';
      } else {
        total += current * s;
        current = 0;
        scaled = true;
        prev = 'scale';
      }
    } else return null;
  }
  if (prev === 'none' || prev === 'and') return null;
  return { value: total + current, scaled };
}

// A letter before the digits makes a name (F16, MU5735) except a currency written against the number (SR1 trillion, Rs11).
const ARABIC_RE = /(?:(?<![A-Za-z\d_.,\u202f]|[A-Za-z]-)|(?<=(?<![A-Za-z])(?:SR|Rs)))(\d{1,3}(?:[,\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|[.,]\d)/g;
// No `u` flag: every character here is in the BMP, and the non-Unicode engine scans a megabyte much faster.
const ZH_RUN_RE = new RegExp(`[${ZH_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+[万萬亿億]*)?`, 'g');
const EN_WORD = `(?:${[...Object.keys(EN_SMALL), ...Object.keys(EN_SCALES)].join('|')})`;
const EN_RUN_RE = new RegExp(
  `\\b(?:(?:half\\s+)?an?\\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\\b))?${EN_WORD}(?:(?:\\s+and\\s+|[\\s-]+)${EN_WORD})*\\b`,
  'gi',
);
/** Characters that turn a following Chinese numeral into something else (第三, 周三, 星期五). */
const IMPLIED_ONE_BEFORE = /[近逾上过過超]/u;
const ZH_BLOCK_BEFORE = /[几幾数數第若周週拜初]$/u;
/** 数百, 几十万: "several" of a power of ten. */
const ZH_SEVERAL = /^[几幾数數]$/u;
/**
 * Characters that make a word with a following 数 (人数, 总数, 次数, 岁数, 少数…): 伤亡人数十万 is 十万, not 数十万.
 * Not 约: in news 约数十人 and 大约几百人 are "about dozens", and the arithmetic 约数 (a divisor) does not occur.
 */
const ZH_WORD_WITH_SHU = /[人总總次票件户戶岁歲少多无無半倍指分份系係函参參变變常定路基奇偶整位字素点點读讀算计計页頁本年天日月度名架辆輛枚个個家所只条條]/u;
/** A compound scale word alone (千万, 百万, 十亿, 万亿), before a currency word. */
const ZH_BARE_SCALE = /^(?:[千百十][万萬]|[千百十][亿億]|[万萬][亿億])$/u;
const ZH_MONEY_AFTER = /^(?:元|美元|欧元|歐元|英镑|英鎊|日元|港元|港币|港幣|人民币|人民幣|新台币|新台幣|台币|台幣|卢布|盧布|澳门元|澳門元)/u;
/** 千余人, 百多家: a bare 千/百/万 before 余/多 means one of it. */
const ZH_ODD_AFTER = /^[余餘多]/u;

/**
 * "hundreds of", "tens of thousands of", "dozens of": the plural of a round number, then "of". The match ends after
 * "of", so the counted noun follows it as after any number.
 */
const EN_VAGUE_RE = /\b(dozens|scores|tens|hundreds|thousands|millions|billions)(?:\s+of\s+(thousands|millions|billions)(?:\s+of\b)?|\s+of\b)/gi;
const EN_VAGUE_UNITS: Record<string, number> = { tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
/** 数以万计 ("counted in tens of thousands"), 数以百万计, 数以千计: as "tens of thousands", "millions", "thousands". */
const ZH_COUNTED_IN_RE = /[数數]以(十|百|千|万|萬|十万|十萬|百万|百萬|千万|千萬|亿|億)计/g;

function scaleOf(word: string): number {
  let v = 1;
  for (const ch of word) v *= ZH_SMALL_UNITS[ch] ?? ZH_BIG_UNITS[ch];
  return v;
}
/** "a quarter of a million", "three quarters of a billion", "a third of a trillion": a part of a scale. */
const EN_PART_OF_SCALE_RE =
  /\b(a|one|two|three)[\s-]+(quarters?|thirds?|half)\s+of\s+an?\s+(thousand|million|billion|trillion)\b/gi;
const EN_PART_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
const EN_PART_WHOLE: Record<string, number> = { quarter: 4, quarters: 4, third: 3, thirds: 3, half: 2 };
/**
 * "one and a half million", "two and a half years", "3 and a half hours": a whole and a half, of a scale when one
 * follows (the words alone read only "one" and "million", which is no number).
 */
const EN_AND_A_HALF_RE = new RegExp(
  `\\b(${Object.keys(EN_SMALL).filter((w) => w !== 'zero' && w !== 'dozen').join('|')}|\\d+)\\s+and\\s+a\\s+half(?:\\s+(thousand|million|billion|trillion))?\\b`,
  'gi',
);
/** "several hundred", "a few thousand": two to nine of the unit, as 数百 / 几千. */
const EN_SEVERAL_RE = /\b(?:several|a\s+few)\s+(hundred|thousand|million|billion)\b(?:\s+of\b)?/gi;
const EN_SEVERAL_UNITS: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * The least and most a plural round number means, read as Chinese reads 数 ("several", two to nine): "hundreds"
 * 200–900, "tens of thousands" 20,000–90,000. "Dozens" and "scores" are read as tens (20–90), the way 数十 and
 * "dozens of" translate each other, so the two compare equal in the translation check.
 */
function englishVagueRange(first: string, second: string | undefined): [number, number] {
  const word = first.toLowerCase();
  const a = word === 'dozens' || word === 'scores' ? 10 : EN_VAGUE_UNITS[word];
  const unit = second ? a * EN_VAGUE_UNITS[second.toLowerCase()] : a;
  return [2 * unit, 9 * unit];
}

/** Every numeral in width-folded `text`, in order of appearance. */
export function findNumerals(text: string): NumeralToken[] {
  const out: NumeralToken[] = [];
  for (const m of text.matchAll(ARABIC_RE)) {
    const raw = m[0];
    out.push({
      start: m.index,
      end: m.index + raw.length,
      value: Number.parseFloat(raw.replace(/[,\u202f]/g, '')),
      form: 'arabic',
      bareInteger: /^\d+$/.test(raw),
      scaled: false,
    });
  }
  for (const m of text.matchAll(ZH_RUN_RE)) {
    pushZhRun(text, m[0], m.index, out);
  }
  for (const m of text.includes('以') ? text.matchAll(ZH_COUNTED_IN_RE) : []) {
    const unit = scaleOf(m[1]);
    out.push({ start: m.index, end: m.index + m[0].length, value: 2 * unit, form: 'zh', bareInteger: false, scaled: false, vagueMax: 9 * unit });
  }
  for (const m of text.matchAll(EN_VAGUE_RE)) {
    const [low, high] = englishVagueRange(m[1], m[2]);
    out.push({ start: m.index, end: m.index + m[0].length, value: low, form: 'en', bareInteger: false, scaled: false, vagueMax: high });
  }
  for (const m of text.matchAll(EN_PART_OF_SCALE_RE)) {
    const part = (EN_PART_COUNT[m[1].toLowerCase()] ?? 1) / EN_PART_WHOLE[m[2].toLowerCase()];
    // "a third of a billion" is a whole number of things: 333,333,333, not 333,333,333.333.
    const value = Math.round(part * EN_SCALES[m[3].toLowerCase()]);
    out.push({ start: m.index, end: m.index + m[0].length, value, form: 'en', bareInteger: false, scaled: true });
  }
  for (const m of text.matchAll(EN_AND_A_HALF_RE)) {
    const whole = /^\d/.test(m[1]) ? Number(m[1]) : EN_SMALL[m[1].toLowerCase()];
    const scale = m[2] ? EN_SCALES[m[2].toLowerCase()] : 1;
    out.push({ start: m.index, end: m.index + m[0].length, value: roundSig((whole + 0.5) * scale), form: 'en', bareInteger: false, scaled: m[2] !== undefined });
  }
  for (const m of text.matchAll(EN_SEVERAL_RE)) {
    const unit = EN_SEVERAL_UNITS[m[1].toLowerCase()];
    out.push({ start: m.index, end: m.index + m[0].length, value: 2 * unit, form: 'en', bareInteger: false, scaled: false, vagueMax: 9 * unit });
  }
  for (const m of text.matchAll(EN_RUN_RE)) {
    // "half a million": the words after "half" are the number, halved.
    const half = /^half\s/i.test(m[0]);
    const words = m[0].split(/[\s-]+/).slice(half ? 1 : 0);
    // A trailing "and" cannot be matched by the pattern; a leading "a" without scale is not a number.
    const parsed = parseEnglishWords(words);
    if (!parsed) continue;
    const value = half ? parsed.value / 2 : parsed.value;
    out.push({ start: m.index, end: m.index + m[0].length, value, form: 'en', bareInteger: false, scaled: parsed.scaled });
  }
  out.sort((a, b) => a.start - b.start);
  return joinMixedScales(text, out);
}

const BIG_SCALES: Record<string, number> = { 兆: 1e12, 亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4 };
/** The smaller scale that may close the second part: 1亿2000万, 2兆8,800亿, 5亿3千万, 3万5千. */
const SMALL_SCALE_AFTER = /^(?:千[万萬]|[万萬亿億千])/u;
const SMALL_SCALES: Record<string, number> = { 千万: 1e7, 千萬: 1e7, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 千: 1e3 };
/** After a second part with no scale of its own, what shows it is not a number of its own (3万5, 5%, 2024年). */
const AFTER_UNSCALED_PART = /^[\d.%年月日号號时時分点點]/u;

/**
 * Joins a number written in Arabic digits across two scales — 1亿2000万 (120 million), 2兆8,800億 (2.88 trillion),
 * 5亿3千万, 3万5千 — into one token of the Chinese form (its scale is in its text, as in 一亿两千万): read apart, they
 * were two figures, the second often given the first's currency wrongly or none. After 万 the units may follow
 * without a scale, as vote and visitor counts are written (558万6019票, 11萬2,536人次); after 亿 they may not (1亿2000
 * says too little to tell 100,002,000 from a slip).
 */
function joinMixedScales(text: string, tokens: NumeralToken[]): NumeralToken[] {
  const out: NumeralToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const big = BIG_SCALES[text[a.end] ?? ''];
    if (b && big && a.form === 'arabic' && b.form === 'arabic' && b.start === a.end + 1) {
      const small = SMALL_SCALE_AFTER.exec(text.slice(b.end, b.end + 2))?.[0];
      if (small && SMALL_SCALES[small] < big && b.value * SMALL_SCALES[small] < big) {
        const value = a.value * big + b.value * SMALL_SCALES[small];
        out.push({ start: a.start, end: b.end + small.length, value, form: 'zh', bareInteger: false, scaled: false });
        i++;
        continue;
      }
      const unscaled = !small && big === 1e4 && Number.isInteger(a.value) && Number.isInteger(b.value) && b.value < 1e4;
      if (unscaled && b.end - b.start >= 3 && !AFTER_UNSCALED_PART.test(text.slice(b.end, b.end + 1))) {
        out.push({ start: a.start, end: b.end, value: a.value * big + b.value, form: 'zh', bareInteger: false, scaled: false });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * A run of numeral characters may hold a number followed by a word that starts with a numeral character
 * (`万一`), or a stray leading character; take the longest valid prefix starting at the run's start.
 */
function pushZhRun(text: string, run: string, index: number, out: NumeralToken[]): void {
  const prev = text[index - 1] ?? '';
  const bareUnit = /^[十万萬千百亿億]/u.test(run);
  // 数百名, 几十万人, 数十亿美元: two to nine of the unit.
  // (Not the 万 of 十几万, which the 十几 before it takes.)
  const beforePrev = text[index - 2] ?? '';
  const several =
    bareUnit && ZH_SEVERAL.test(prev) && !/[几幾数數]/u.test(beforePrev) && !ZH_NUMERAL_CHARS.includes(beforePrev || '∅') && !ZH_WORD_WITH_SHU.test(beforePrev);
  // 人数十万: 数 ends a word, and 十万 is a number of its own.
  const shuEndsWord = ZH_SEVERAL.test(prev) && ZH_WORD_WITH_SHU.test(beforePrev) && /[数數]/u.test(prev);
  if (ZH_BLOCK_BEFORE.test(prev) && !several && !shuEndsWord) return;
  // 星期三 is a weekday; 为期三天 and 分期三年 are spans.
  if (prev === '期' && beforePrev === '星') return;
  // 成千上万名志愿者, 成百上千人: a manner of speaking ("thousands of"), not "upwards of ten thousand".
  if (/成[千百]上$/u.test(text.slice(Math.max(0, index - 3), index))) return;
  // 近万人, 上千名, 逾百家: after these words a bare 万/千/百 means one of it ("nearly ten thousand"); so it does
  // before 余/多 (千余人, 百多家).
  // So is a compound scale before a currency, after a word: 投入资金千万元 is ten million yuan (千万不要 is no number;
  // 军费（亿美元） and 单位：万元 name the unit of a table's figures, 千万元级 a class).
  const after = text.slice(index + run.length, index + run.length + 6);
  const impliedOne =
    several || (/^[万萬千百]/u.test(run) && (IMPLIED_ONE_BEFORE.test(prev) || ZH_ODD_AFTER.test(text[index + run.length] ?? ''))) ||
    (ZH_BARE_SCALE.test(run) && /[\u4e00-\u9fff]/u.test(prev) && ZH_MONEY_AFTER.test(after) && !/^[^，。；、\s]{1,4}级/u.test(after));
  // 三四十人, 两三百名, 七八个, 三四万: two neighbouring digits are "this or the next", a range like 十几.
  const pair = several ? null : ZH_NEIGHBOURS.exec(run);
  if (pair) {
    const low = parseZhNumeral(pair[1][0] + pair[2]);
    const high = parseZhNumeral(pair[1][1] + pair[2]);
    if (low !== null && high !== null && high > low) {
      out.push({ start: index, end: index + pair[0].length, value: low, form: 'zh', bareInteger: false, scaled: false, vagueMax: high });
      return;
    }
  }
  // 两年零三个月: the 零 after 年 joins the parts; the number is 三.
  if (run.length > 1 && run[0] === '零' && !/[\d〇零一二三四五六七八九]/u.test(prev)) {
    pushZhRun(text, run.slice(1), index + 1, out);
    return;
  }
  for (let len = run.length; len > 0; len--) {
    const s = run.slice(0, len);
    if (s.endsWith('点')) continue;
    const v = parseZhNumeral(impliedOne ? `一${s}` : s);
    if (v === null) continue;
    const after = text[index + len] ?? '';
    if (after === '几' || after === '幾') {
      // 十几名, 二十几岁, 十几万: the tens and some units (11–19, 21–29), scaled by a 万/亿 after it.
      if (several || !s.endsWith('十')) return;
      // The scale may be two characters (十几万亿, 十几千万; 千 alone is not one: 十几千米 is kilometres).
      const scaleWord = /^(?:千[万萬]|[万萬][亿億]?|[亿億])/u.exec(text.slice(index + len + 1, index + len + 3))?.[0] ?? '';
      let scale = 1;
      for (const ch of scaleWord) scale *= ZH_SCALE_AFTER_SOME[ch];
      const scaleEnd = index + len + 1 + scaleWord.length;
      out.push({
        start: index, end: scaleEnd, value: (v + 1) * scale, form: 'zh', bareInteger: false, scaled: false, vagueMax: (v + 9) * scale,
      });
      return;
    }
    if (several) {
      out.push({ start: index - 1, end: index + len, value: 2 * v, form: 'zh', bareInteger: false, scaled: false, vagueMax: 9 * v });
      return;
    }
    out.push({ start: index, end: index + len, value: v, form: 'zh', bareInteger: false, scaled: false, impliedOne });
    return;
  }
}

/** Two neighbouring digits and the units they share (三四十, 两三百, 七八, 三四万); not a digit-by-digit year (一九四九). */
const ZH_NEIGHBOURS = /^(一二|二三|两三|兩三|三四|四五|五六|六七|七八|八九)([十百千万萬亿億]*)(?![一二三四五六七八九〇零])/u;

/** The scale words that may follow 十几 (十几万, 十几亿). */
const ZH_SCALE_AFTER_SOME: Record<string, number> = { 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
