/**
 * What an amount counts or measures: a Chinese classifier and the noun after it (三名人质, 37例病例), a Chinese noun
 * alone (2000 巴勒斯坦人), temperatures (摄氏 40 度, 48.8C), spans (两个半小时), index points, English units and
 * nouns ("200 hostages", "a 1,200-mile pipeline"), a part of a whole ("168 of the 577 seats") and ages ("aged 45").
 * Separate from amounts.ts because it is the largest phase and the only one that reads nouns.
 */
import { EN_MEASURES, EN_NOUNS, ZH_CLASSIFIERS, ZH_NOUNS, ZH_NOUN_MAX, alternation } from './lexicon';
import { type Reading, at, before } from './amountReading';
import { readPoints } from './pointUnits';
import { isYearModifier } from './yearModifier';

const CLASSIFIER = new RegExp(`\\s*(${alternation(Object.keys(ZH_CLASSIFIERS))})`, 'uy');

/** The classifier at `pos`, unless what follows makes it the start of another word (2 单元, 5 台湾). */
export function classifierAt(text: string, pos: number): RegExpExecArray | null {
  const m = at(CLASSIFIER, text, pos);
  const notBefore = m ? ZH_CLASSIFIERS[m[1]].notBefore : undefined;
  return m && notBefore?.test(text[pos + m[0].length] ?? '') ? null : m;
}

// (?!\w) rather than \b: a unit may end in a symbol (℃).
/** An English unit of measure after a number (km, tonnes, ℃). */
export const EN_MEASURE = new RegExp(`\\s?(${alternation(Object.keys(EN_MEASURES))})(?!\\w)`, 'iy');
/** An English word after optional space. */
export const EN_WORD = /\s+([A-Za-z][A-Za-z'-]*)/y;
/** 摄氏 40 度, 华氏 104 度, 零下摄氏 10 度, and 零下 5 度 (below zero says the 度 is a temperature, in Celsius). */
const ZH_TEMPERATURE_BEFORE = /(?:(摄氏|华氏)\s*(?:零下)?|零下)\s*$/u;
const ZH_DEGREES = /\s*度/uy;
/** A temperature named earlier in the clause (最高气温, 体温): the 度 after the number is degrees Celsius. */
const ZH_TEMPERATURE_NAMED_BEFORE = /(?:气温|温度|高温|低温|体温|水温|海温|均温|地温)[^，。；！？、]{0,12}$/u;
/** 48.8C, 104F: British and American papers write temperatures with the letter right after the number. */
export const EN_TEMPERATURE_ATTACHED = /([CF])(?![A-Za-z0-9])/y;
/** 案件, 刑事案, 诈骗案 named in the clause before a number counted by 起. */
const ZH_CASE_BEFORE = /案(?:件)?[^，。；！？、\d]{0,8}$/u;
/** 时速 / 每小时 earlier in the clause: the kilometres after it are kilometres an hour. */
// 限速 80 公里, 车速达 140 公里: a speed limit and a vehicle's speed are speeds too.
const ZH_SPEED_BEFORE = /(?:时速|限速|车速|每(?:个)?小时)[^，。；！？、\d]{0,6}$/u;
/** 航速可达 30 节, 风速 40 节: after a speed, 节 is knots. */
const ZH_KNOTS_SPEED_BEFORE = /(?:航速|船速|风速|时速|速度)[^，。；！？、\d]{0,6}$/u;
const ZH_PER_SECOND_BEFORE = /每\s*秒(?:钟|鐘)?\s*$/u;
const ZH_PER_CUBIC_METRE_BEFORE = /每\s*立方米\s*$/u;
const EN_SPAN_IN_YEARS: Record<string, number> = { decades: 10 };
const ZH_PER_HOUR_BEFORE = /每\s*(?:个)?\s*小时\s*$/u;
/** 三个多月, 两个多小时, and without 个 两年多, 十天多, 一周多: a span of a little more than the number. */
const ZH_SPAN_MORE = /\s*(?:(?:个|個)多(月|小时|小時|星期|礼拜|禮拜|钟头|鐘頭)|(年|天|周|週)多(?![少数數]))/uy;
const ZH_SPAN_HALF = /\s*(?:(?:个|個)半(月|小时|小時|星期|礼拜|禮拜|钟头|鐘頭)|(年|天)半(?![年天月日]))/uy;
const ZH_SPAN_UNITS: Record<string, string> = {
  月: 'months', 小时: 'hours', 小時: 'hours', 星期: 'weeks', 礼拜: 'weeks', 禮拜: 'weeks', 钟头: 'hours', 鐘頭: 'hours',
  年: 'years', 天: 'days', 周: 'weeks', 週: 'weeks',
};
const YEAR_CONTEXT_BEFORE =
  /(?<![A-Za-z])(?:in|since|by|until|till|from|of|during|before|after|early|mid|late|between|and|to|year|end|summer|winter|spring|autumn|fall)[\s-]+$/i;
// Not across a date or time (4月非农就业人口, 3日下午有人): 月, 日, 时 after a number make it a date, not a count.
const ZH_PEOPLE_NOUN = /\s?(?![月日年时時号號点點周週])[\u4e00-\u9fff]{1,5}?人(?![民类類工造口])/uy;
const ZH_NOUN_FIRST = new Set([...ZH_NOUNS.keys()].map((k) => k[0]));
const ZH_NOUN_STOP = /[\s，。、；：！？“”‘’「」『』（）()《》【】—\-,.;:!?\d和及]/u;
/** English function words and verbs: never a counted noun. */
export const EN_STOP = new Set(
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
const EN_NAMES_STOP = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Finds a counted Chinese noun starting exactly at `pos`. */
export function zhNounAt(text: string, pos: number): { unit: string; len: number } | null {
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
export function readCountedUnit(r: Reading): void {
  const { text, tok, yearLike } = r;
  const space = /^\s/.test(text[r.end] ?? '') ? 1 : 0;
  // 数以万计的难民: the noun follows 的.
  const de = tok.form === 'zh' && text[tok.end - 1] === '计' && text[r.end] === '的' ? 1 : 0;
  if (readPoints(r)) return;
  const zhNoun = tok.form !== 'en' ? zhNounAt(text, r.end + space + de) : null;
  // 2019 抗议者上街 at a sentence's start: a year without its 年, not a count (see yearModifier.ts).
  const noun = zhNoun && yearLike && tok.form === 'arabic' && isYearModifier(text, r.start, r.value, zhNoun.unit) ? null : zhNoun;
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
    const noun = age ? null : enNounAfter(text, r.end, yearLike ? 0 : 3);
    // "the 1967 borders", "The 2014 protests": a year that modifies the noun, read by dates.ts.
    const en = noun && yearLike && isYearModifier(text, r.start, r.value, noun.unit) ? null : noun;
    if (age) {
      r.unit = 'years of age';
      r.counted = true;
      r.end += age[0].length;
    } else if (en) {
      // "three decades" is 30 years, as 三十年 is: a translation says the span in either.
      const span = EN_SPAN_IN_YEARS[en.unit];
      r.unit = span ? 'years' : en.unit;
      if (span) {
        r.value *= span;
        if (r.valueMax !== null) r.valueMax *= span;
      }
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
