/**
 * The number check of a translation pair: every money amount, count, percentage, number and date of the Chinese must
 * reappear, with the same value after normalisation, in the English, and the English must not add figures of its own.
 * Both sides are read by the one quantity finder (`shared/claims/quantities.ts`), so 3000 万美元 and "$30 million"
 * are both 30,000,000 USD and agree, while "$300 million" does not.
 *
 * Decisions:
 * - Values agree when equal, or when one is the other rounded to fewer significant digits and they differ by at most
 *   5%: 29.6 亿 vs "$3 billion" and 1,234 vs "1,200" agree; 110 vs "100" (9% apart) and 300 vs 30 million do not.
 *   29 亿 and "2.9 billion" are simply equal.
 * - Dates agree when one is the other or a less precise form of it (2017 年年中 = 2017-07 agrees with "2017"); a year
 *   written as a bare number agrees with a year date. When one side does not write the year (去年 10 月 / "last
 *   October", 明年 11 月 / "in November"), the year each side's reader infers is a guess, so only month and day are
 *   compared.
 * - Money, counts and bare numbers are compared with each other (the finders may classify a figure differently in
 *   each language); percentages only with percentages, dates only with dates. Units of counts are not compared
 *   (人质 / "captives"), currencies and rates (每月 / "a year") are.
 * - A figure written with digits on one side only is a finding. A figure spelled out in words (三名, 十年, 今年,
 *   "three quarters", "a decade") is compared when both sides have one, but not reported when only one side does:
 *   translators render those freely (两国 -> "both countries", 前三季度 -> "the first nine months"), and reporting
 *   them would bury the real findings.
 * - A pair with no Chinese (an English addition) has nothing to compare its figures with and is not checked.
 * - Forms the finder does not read are read by `numberForms.ts`: times of day (17 时 27 分 = "5:27 p.m."; without
 *   上午/下午 or a.m./p.m. a time agrees with the same time twelve hours away), race times, "No. 5", "the 19th
 *   century", "five", 4 厘 for a rate. English ranges written as two figures ("from 8 to 15") are read as one range.
 * - A bare 元 names no country: in a Hong Kong or Taiwan article it is the Hong Kong or New Taiwan dollar, so it
 *   agrees with yuan, HK$, NT$ and MOP$ alike (人民币 … 元 is yuan only).
 * - 增加一倍 / 高出近一倍 ("up by one times") is "double": the finder reads a multiple after a word of increase as one
 *   more (增加了两倍 = 3 fold, "tripled"); for two and more the loose reading of press copy (增加了两倍 = "doubled")
 *   agrees too.
 * - A quantity in another unit of one dimension (1.4 亿千瓦 as "140 GW", 3500 公斤 as "3.5 tonnes") is compared in the
 *   base unit.
 * - A bound dropped or added (逾 600 万元 as "HK$6 million", "at least 13,000" for 约 1.3 万) is a finding when the
 *   other side has no word of bounding near the figure; a different unit of measure (公斤 / "lb", 每小时 5 公里 /
 *   "5 mph") is one; a telephone number is no figure; a bare 1 is not reported alone ("a point apiece").
 * - An amount in brackets right after an amount in another currency is a conversion the translator added ("150
 *   million yuan ($21 million)", 120 亿元（约合 17 亿美元）): it is not reported as missing from the other side.
 */
import type { Quantity } from '../model/quantity';
import type { CheckFinding } from '../model/translation';
import { agreement, comparable, isMultiple, isSpelledOut } from './numberAgreement';
import { itemsOf } from './numberItems';
import type { Item } from './numberItems';
import { DURATION_UNIT_NAMES, sameUnit, unitEnd, unitScales } from './numberMeasures';

/**
 * A bound said with the figure: 至少 / 逾 / "at least" / "more than" below, 最多 / 不到 / "up to" / "less than" above.
 * A translation that drops or turns one changes the claim (逾 600 万元 is not "HK$6 million"); 约 / "about" and ranges
 * are left alone, as translators add and drop them freely.
 */
type Bound = 'atLeast' | 'moreThan' | 'atMost' | 'lessThan';
const BOUND_WORDS: Record<Bound, string> = { atLeast: 'at least', moreThan: 'more than', atMost: 'at most', lessThan: 'less than' };

const ZH_BOUND_WORD = /至少|最少|不少[于於]|不低[于於]|逾|超[过過]?|突破|以上|之上|上方|多|余|餘|最多|最高|至多|不超[过過]|不到|以下|以[内內]|未[满滿]|[将將]?近|接近|低[于於]|高[于於]|上限|下限/u;
const EN_BOUND_WORD = /\b(?:at least|at most|more than|fewer than|less than|over|above|exceed\w*|top(?:s|ped)?|surpass\w*|in excess of|upwards of|up to|no more than|under|below|nearly|almost|close to|as (?:much|many|high|low) as|maximum|minimum|plus|cap(?:ped)? at|past|beyond|odd|(?:higher|greater|larger|bigger|lower|smaller) than|north of|south of|(?:shy|short) of|passed|crossed|(?:could|can|may|might|would) (?:reach|hit|peak at|climb to|rise to|go as high as))\b|\+/iu;

/** Whether a word of bounding stands near a figure (before it, or just after: 1000 万以上, "2 million or more"). */
function boundWordNear(text: string, q: Quantity, lang: 'zh' | 'en'): boolean {
  const window = lang === 'zh' ? text.slice(Math.max(0, q.start - 12), q.end + 4) : text.slice(Math.max(0, q.start - 30), q.end + 15);
  return (lang === 'zh' ? ZH_BOUND_WORD : EN_BOUND_WORD).test(window) || (lang === 'en' && /\bor (?:more|less|fewer|above|below)\b/iu.test(window));
}

/** `at least` and `more than` are one bound for a translation (至少 and 逾 are rendered either way); so are the upper ones. */
function boundOf(q: Quantity): 'atLeast' | 'atMost' | null {
  if (q.approx === 'atLeast' || q.approx === 'moreThan') return 'atLeast';
  if (q.approx === 'atMost' || q.approx === 'lessThan') return 'atMost';
  return null;
}
const PERIOD_WORDS: Record<string, string> = { day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

/** A quantity's normalised value in words a reader can compare: `30,000,000 USD a month`, `2023-10-07`, `50%`, `10 km`. */
export function describeQuantity(q: Quantity): string {
  if (q.kind === 'date') return q.date ?? q.text;
  const two = (v: number) => String(Math.floor(v)).padStart(2, '0');
  if (q.unit === 'time' && q.value !== null) return `${two(q.value / 60)}:${two(q.value % 60)}`;
  if (q.unit === 'duration' && q.value !== null) return `${Math.floor(q.value / 3600)}:${two((q.value % 3600) / 60)}:${two(q.value % 60)}${q.value % 1 ? String(q.value % 1).slice(1, 4) : ''}`;
  const fmt = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 6 });
  let s = q.value === null ? q.text : fmt(q.value);
  if (q.valueMax !== null) s += `–${fmt(q.valueMax)}`;
  if (q.kind === 'percent') s += q.unit === '%' || !q.unit ? '%' : ` ${q.unit}`;
  // A measure names its unit (10 km, 40.5 °C, 7.8 magnitude): without it "= 10" says too little.
  if (q.kind === 'number' && q.unit) s += /^°/.test(q.unit) ? q.unit : ` ${q.unit}`;
  if (q.currency) s += ` ${q.currency}`;
  if (q.per) s += ` ${PERIOD_WORDS[q.per] ?? `per ${q.per}`}`;
  return s;
}

/**
 * A bare 1 (各取 1 分, "1 person"): the other language says it with an article or a word ("a point apiece", "one
 * of"), so like a spelled-out figure it is compared when both sides have it but not reported alone.
 */
function isOne(q: Quantity, text: string): boolean {
  // Joined to other figures (10+1, 1:1, 1-0) it is part of a name or a score, written the same in both languages.
  const joined = /[+＋\-–:：/]\s*$/u.test(text.slice(0, q.start)) || /^\s*[+＋\-–:：/]/u.test(text.slice(q.end));
  return q.value === 1 && q.valueMax === null && !q.currency && q.kind !== 'percent' && q.kind !== 'date' && !q.per && !joined;
}


function finding(pairIndex: number, zh: string, en: string, detail: string, z?: Quantity, e?: Quantity): CheckFinding {
  const f: CheckFinding = { kind: 'number', zh, en, detail, pairIndex };
  if (z) f.zhSpan = { start: z.start, end: z.end };
  if (e) f.enSpan = { start: e.start, end: e.end };
  return f;
}

/** The number findings of one pair (see the module comment for what agrees). */
export function checkNumbers(zh: string, en: string, pairIndex: number, published?: string | null): CheckFinding[] {
  if (!zh.trim() || !en.trim()) return [];
  const zs = itemsOf(zh, 'zh', published);
  const es = itemsOf(en, 'en', published);
  const findings: CheckFinding[] = [];
  const matched: [Item, Item][] = [];

  // Identical dates first (so 今年 does not take the English "July 29" from 7 月 29 日), then exact agreements, then
  // agreements within rounding, each time in reading order.
  for (const level of [3, 2, 1]) {
    for (const z of zs) {
      if (z.used) continue;
      // One in the same unit first: 5天内走了5小时 / "5 hours in 5 days" pairs 5天 with "5 days", whatever the order.
      const e = es.find((x) => !x.used && agreement(z, x, zh) === level && sameUnit(z, x)) ?? es.find((x) => !x.used && agreement(z, x, zh) === level);
      if (e) {
        z.used = e.used = true;
        matched.push([z, e]);
      }
    }
  }
  for (const [z, e] of matched) {
    if (z.q.per && e.q.per && z.q.per !== e.q.per) {
      findings.push(finding(pairIndex, zh, en, `${z.q.text} is ${PERIOD_WORDS[z.q.per]} but the English says ${PERIOD_WORDS[e.q.per]} ("${e.q.text}")`, z.q, e.q));
    }
    // 高达 ("as much as") stresses a figure as "as high as" does; it bounds nothing.
    const zb = /^高[达達]/u.test(z.q.text) || /高[达達]\s*$/u.test(zh.slice(Math.max(0, z.q.start - 3), z.q.start)) ? null : boundOf(z.q);
    // "as low as", "as many as" stress a figure rather than bound it.
    const eb = /^as\s+\w+\s+as\b/iu.test(e.q.text) ? null : boundOf(e.q);
    // Only a bound dropped or added is reported, and only when the other side has no word of bounding near its
    // figure at all: "topped 2 million", 最高可获得 2 万元, "did not fall below 28 C" bound the figure in words the finder
    // does not tie to it.
    const dropped = zb && !eb && !boundWordNear(en, e.q, 'en');
    const added = eb && !zb && !boundWordNear(zh, z.q, 'zh');
    if ((dropped || added) && !z.q.vague && !e.q.vague && !isMultiple(z.q) && !isMultiple(e.q) && z.cls !== 'date') {
      const said = eb ? `says "${BOUND_WORDS[e.q.approx as Bound]}"` : 'gives no such bound';
      const what = zb ? `says "${BOUND_WORDS[z.q.approx as Bound]}" ${describeQuantity(z.q)}` : `gives ${describeQuantity(z.q)} with no bound`;
      findings.push(finding(pairIndex, zh, en, `${z.q.text} ${what} but the English ${said} ("${e.q.text}")`, z.q, e.q));
    }
    const zt = z.q.unit ? DURATION_UNIT_NAMES[z.q.unit] : undefined;
    const et = e.q.unit ? DURATION_UNIT_NAMES[e.q.unit] : undefined;
    if (zt && et && zt !== et) {
      findings.push(finding(pairIndex, zh, en, `${z.q.text} is in ${zt} but the English says ${et} ("${e.q.text}")`, z.q, e.q));
    }
    const zu = z.measure;
    const eu = e.measure;
    if (zu && eu && zu !== eu && !unitScales(zu, eu)) {
      findings.push(finding(pairIndex, zh, en, `${z.q.text} is in ${zu} but the English says ${eu} ("${en.slice(e.q.start, Math.max(e.q.end, unitEnd(e.q, en)))}")`, z.q, e.q));
    }
  }
  // What is left on both sides and comparable disagrees: report it as one finding per figure.
  for (const z of zs) {
    if (z.used) continue;
    if (z.conversion) continue;
    const candidates = es.filter((x) => !x.used && !x.conversion && comparable(z, x));
    const e = candidates.find((x) => x.q.kind === z.q.kind && x.q.currency === z.q.currency) ?? candidates[0];
    if (!e) continue;
    z.used = e.used = true;
    findings.push(finding(pairIndex, zh, en, `${z.q.text} = ${describeQuantity(z.q)} but the English says ${describeQuantity(e.q)} ("${e.q.text}")`, z.q, e.q));
  }
  for (const z of zs) {
    if (z.used || z.spelled || z.conversion || isSpelledOut(z.q) || isOne(z.q, zh)) continue;
    findings.push(finding(pairIndex, zh, en, `${z.q.text} (${describeQuantity(z.q)}) is not in the English`, z.q));
  }
  for (const e of es) {
    if (e.used || e.spelled || e.conversion || isSpelledOut(e.q) || isOne(e.q, en)) continue;
    findings.push(finding(pairIndex, zh, en, `"${e.q.text}" (${describeQuantity(e.q)}) in the English is not in the Chinese`, undefined, e.q));
  }
  return findings;
}
