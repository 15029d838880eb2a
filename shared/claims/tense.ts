/**
 * The tense a clause gives a date written without its year or week: whether it is to come (将于, 定于, "will",
 * "is due to") or is over (已于, 了, "won … on"). Calendar.ts turns the answer into a day; this file only reads the
 * words around the date, in Chinese and English.
 */
import type { Tense, WeekdayTense } from './calendar';

/**
 * Words that put what follows in the future: 将于 / 定于 / 计划于 / 即将, "will", "is due to", "is set to", "is
 * scheduled to", "plans to". Read back to the start of the clause (a decimal point, as in "€12.82", ends nothing).
 * ("The vote is scheduled for March 3" in a May article is read by the calendar rule, as the first table expects:
 * March past.)
 */
// 於 is not folded to 于 (it is also a simplified character), so 將於 reaches these patterns as 将於: each pair is
// written as classes of both forms.
const ZH_FUTURE = /(?:[将將][于於在从從自]|[定拟擬][于於]|(?:计划|計劃)[于於在]|即[将將]|有望[于於])[^。！？；，]*$/u;
const EN_FUTURE = /\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled)\s+to|plans?\s+to)\b(?:[^.!?;]|\.(?=\d))*$/i;

/**
 * Chinese words that say the date in their clause is over: 已于 / 曾在 / 此前 / 日前 before it, 已 or a perfective 了
 * after it (截至 6 月底已有…, 8 月 12 日击败了…). 为了 / 除了 / 了解 are no perfective.
 */
const ZH_PAST_BEFORE = /(?:[已曾][于於在]|[已曾][经經]|早在|此前|日前|早前|先前|前不久)[^。！？；，]*$/u;
const ZH_PAST_AFTER = /^[^。！？；，]*?(?:已|(?<![为為除])了(?![解不]))/u;
/**
 * A future word after the date in its clause (日前宣布 6 月 3 日将召开) keeps a past word before it from deciding, unless
 * that word governs the date itself (已在 7 月底将利率上调: this 将 is the object marker, not "will").
 */
const ZH_PAST_RIGHT_BEFORE = /(?:[已曾][于於在]|早在)\s*$/u;
const ZH_FUTURE_AFTER = /^[^。！？；，]*?(?:将|將|拟|擬|计划|計劃|预计|預計|预定|預定|有望|即将|即將)/u;

/**
 * English: a date after "since" is past; one after "on" or "in" is past when the nearest verb form before it in its
 * clause is a past tense ("Spain won the final on June 18", "the vote was held on May 20", "banned exports in July")
 * and no modal, present or planning word comes between ("would resume on June 10", "is scheduled for", "was
 * postponed to": a postponement points ahead, and "to" / "until" / "by" are not read at all).
 */
const EN_PAST_PREP = /\b(on|in|since)\s+(?:the\s+)?$/i;
const EN_NOT_PAST = new Set([
  'will', 'would', 'shall', "'ll", 'can', 'could', 'might', 'must', 'should', 'is', 'are', 'am', 'be', 'being', 'been',
  'due', 'set', 'scheduled', 'expected', 'expects', 'expect', 'plans', 'plan', 'planned', 'proposed', 'postponed',
  'delayed', 'rescheduled', 'upcoming', 'next', 'begins', 'starts', 'opens', 'runs', 'resumes', 'ends', 'takes', 'hopes',
  'aims', 'intends', 'until', 'till', 'before', 'by', 'from', 'to', 'through',
  // Present forms that put the date ahead of a past participle before them ("rules announced last week come into
  // force in July").
  'come', 'comes', 'go', 'goes', 'take', 'begin', 'start', 'open', 'close', 'closes', 'run', 'end', 'return', 'returns',
  'arrive', 'arrives', 'launch', 'launches', 'kick', 'kicks', 'enter', 'enters', 'hold', 'holds', 'meet', 'meets',
  'visit', 'visits', 'apply', 'applies', 'expire', 'expires', 'remain', 'remains', 'continue', 'continues', 'resume',
]);
const EN_PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'won', 'lost', 'made', 'took', 'held', 'fell', 'rose', 'came', 'went',
  'began', 'struck', 'sank', 'broke', 'shot', 'fought', 'saw', 'met', 'sold', 'bought', 'paid', 'left', 'led', 'gave',
  'got', 'found', 'flew', 'threw', 'wrote', 'spoke', 'drove', 'grew', 'knew', 'became', 'stood', 'brought', 'sent',
  'spent', 'built', 'felt', 'kept', 'laid', 'ran', 'beat', 'hit', 'quit', 'swept', 'stole', 'froze', 'shook', 'slid',
]);
/**
 * Verbs that report speech: their tense is the report's, not the reported event's ("officials said the summit in June
 * is on track", "he told reporters the vote on June 20 could be delayed"). The clause they introduce says nothing of
 * its date's tense by them, so they are passed over rather than read as past.
 */
const EN_REPORTING = new Set([
  'said', 'told', 'reported', 'announced', 'added', 'confirmed', 'stated', 'warned', 'noted', 'wrote', 'claimed',
  'insisted', 'explained', 'argued', 'revealed', 'disclosed', 'indicated', 'suggested', 'predicted', 'estimated',
  'acknowledged', 'admitted', 'stressed', 'emphasized', 'emphasised', 'declared', 'replied', 'signalled', 'signaled',
  'hinted', 'cautioned', 'promised', 'pledged', 'vowed', 'agreed', 'decided', 'that',
]);
/** The rest of a clause after its date that puts the date ahead or in the present ("in June would be postponed"). */
const EN_NOT_PAST_AFTER = /^[^.!?;]{0,40}?(?:will|would|shall|can|could|may|might|must|should|is|are|am|remains?|expected|due|set to|scheduled|planned)/i;
/** Words before a past form that make it a participle of a present or future ("will be held", "to be paid"). */
const EN_PARTICIPLE_BEFORE = new Set(['will', 'would', 'to', 'be', 'being', 'been', 'is', 'are', 'am', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);

function saysPastEn(text: string, index: number, end: number): boolean {
  const head = text.slice(Math.max(0, index - 120), index);
  const prep = EN_PAST_PREP.exec(head);
  if (!prep) return false;
  if (prep[1].toLowerCase() === 'since') return true;
  if (EN_NOT_PAST_AFTER.test(text.slice(end))) return false;
  // The clause before the preposition: back to a stop, semicolon or comma (not one inside a number).
  const clause = head.slice(0, prep.index).split(/[.!?;:—–]|,(?!\d)/).pop() ?? '';
  const words = clause.toLowerCase().match(/[a-z']+/g) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (EN_NOT_PAST.has(w)) return false;
    // "fallen 30% since the crash on July 17": what the time is counted from is over.
    if (w === 'since') return true;
    // The reporting verb of the clause (or its "that") is reached: the reported clause said no past of its own.
    if (EN_REPORTING.has(w)) return false;
    const past = EN_PAST_WORDS.has(w) || (/^[a-z]{3,}ed$/.test(w) && !/eed$/.test(w) && w !== 'hundred');
    if (past) return !EN_PARTICIPLE_BEFORE.has(words[i - 1] ?? '');
  }
  return false;
}

/**
 * Whether the clause around the date at [`start`, `end`) says it is to come or is over. Forecasts are left out
 * ("April's figures are expected to show…", 预计 4 月 CPI…): they are as often about a month past whose data is not
 * out yet; so is a clause that says neither.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  // 72 characters: "will cut output by 2 million barrels per day from November" puts the verb 50 before the month.
  const head = text.slice(Math.max(0, start - 72), start);
  if (ZH_FUTURE.test(head) || EN_FUTURE.test(head)) return 'future';
  const tail = text.slice(end, end + 40);
  if (ZH_PAST_RIGHT_BEFORE.test(head)) return 'past';
  if ((ZH_PAST_BEFORE.test(head) || ZH_PAST_AFTER.test(tail)) && !ZH_FUTURE_AFTER.test(tail)) return 'past';
  return saysPastEn(text, start, end) ? 'past' : null;
}

/**
 * Chinese words right before a weekday that put it ahead without 于/在 (计划周日出发, 定周五举行, 准备下周三…): a plan
 * or intention. 会在 and 要在 are "will … on"; 会 alone is too often 会议 to count.
 */
const ZH_FUTURE_RIGHT_BEFORE = /(?:将|將|计划|計劃|定|拟|擬|预计|預計|预定|預定|准备|準備|打算|有望|会在|會在|要在|将会|將會)\s*$/u;
/** "On Friday, MPs will vote", "Thursday's poll is expected to…": a future after the weekday in its clause. */
const EN_FUTURE_AFTER =
  /^(?:[^.!?;]|\.(?=\d)){0,60}?\b(?:will|shall|'ll|(?:is|are)\s+(?:due|set|scheduled|slated|expected|poised)\s+to)\b/i;
/**
 * Present forms that, before a weekday, schedule it: news writes what is planned in the present ("voters go to the
 * polls on Thursday", "the trial opens Monday", "the vote is on Friday", "due on Friday", "set for Tuesday").
 */
const EN_SCHEDULED_PRESENT = new Set([
  'is', 'are', 'upcoming', 'go', 'goes', 'begin', 'begins', 'start',
  'starts', 'open', 'opens', 'close', 'closes', 'run', 'runs', 'end', 'ends', 'return', 'returns', 'arrive', 'arrives',
  'launch', 'launches', 'kick', 'kicks', 'hold', 'holds', 'meet', 'meets', 'visit', 'visits', 'resume', 'resumes',
  'vote', 'votes', 'face', 'faces', 'head', 'heads', 'travel', 'travels', 'fly', 'flies', 'expire', 'expires',
  'take', 'takes', 'come', 'comes', 'play', 'plays', 'host', 'hosts', 'debate', 'debates', 'decide', 'decides',
]);

/** Participles that schedule a day when "is" or "are" comes before them ("is set for Tuesday", "are due on Friday"). */
const EN_SCHEDULED_PARTICIPLE = new Set(['due', 'set', 'slated', 'scheduled', 'expected', 'planned', 'poised']);
/** Chinese reporting verbs: a future after one is the reported plan's (周五表示将辞职), not the day's. */
const ZH_REPORTING = /表示|说|說|称|稱|宣布|指出|透露|强调|強調|证实|證實/u;

/**
 * The clause a Chinese weekday governs: what follows it to the end of its clause, across the comma of a day put first
 * as the topic (周三，双方举行了会谈), at most 40 characters. Not further: a later clause's 将 is as often the object
 * marker (达成一项协议，将外国人……释放) as "will".
 */
function zhGovernedClause(text: string, end: number): string {
  const rest = text.slice(end, end + 40).replace(/^\s*[，,]/u, '');
  return rest.split(/[。！？；，,]/u)[0];
}
/** The verb's aspect and mood after a Chinese weekday: 了 / 过 perfective (为了, 除了, 通过, 超过, 过去 are none). */
const ZH_PERFECTIVE = /(?<![为為除])了(?![解不])|(?<![通超经經不越度难難太跨错錯])[过過](?![去来來程度于於后後年节節境])/u;
/** The future words of ZH_FUTURE_AFTER, found anywhere in a clause. */
const ZH_FUTURE_WORD = /将|將|拟|擬|计划|計劃|预计|預計|预定|預定|有望|即将|即將/u;
/**
 * 会 as "will" early in the clause (周四会举行, 周四，双方会举行), not the 会 of 会议, 会谈, 会见, 开会, 集会, 峰会,
 * 机会, 社会.
 */
const ZH_WILL =
  /^[^会會]{0,6}?(?<![开開大约約机機社学學协協工商国國峰聚宴年总總都理委议議晚集例茶舞博展运運盛演])[会會](?![议議谈談晤见見面长長员員场場上后後期所计計话話同合师師])/u;
/** Verbs that report (宣布, 表示, 发布…): news reports what was said, so the day is on or before publication. */
const ZH_REPORTING_VERB =
  /表示|说|說|称|稱|宣布|宣佈|指出|透露|强调|強調|证实|證實|发布|發布|發佈|公布|公佈|发表|發表|披露|报道|報道|報導|回应|回應|警告|否认|否認|承认|承認|呼吁|呼籲|告诉|告訴|谴责|譴責|致电|致電|通报|通報|写道|寫道/u;
/** Verbs whose event is a completed one (签署, 达成, 抵达, 遇袭…): the news of it comes after it. */
const ZH_COMPLETED_VERB =
  /签署|簽署|达成|達成|抵达|抵達|结束|結束|完成|击败|擊敗|逮捕|拘捕|被捕|去世|逝世|身亡|死亡|遇难|遇難|遇袭|遇襲|发生|發生|爆发|爆發|获释|獲釋|释放|釋放|获准|獲准|坠毁|墜毀|通过|通過|批准|当选|當選|辞职|辭職|撤离|撤離|离开|離開|闭幕|閉幕|落幕|遭到|宣告|出炉|出爐/u;

/**
 * The tense of a weekday named without a date (周五, "on Friday"); `calendar.resolveWeekday` then takes the coming
 * such day for `future`, the nearer of the coming and the previous one for `nearest`, and the previous one (never the
 * publication day itself) otherwise. The rule, in this order:
 * - what {@link tenseAt} says of any date (将于 / 定于 / 计划于, "will", "is due to"; 已 / 了 / 曾, a past verb) decides;
 * - else Chinese: a plan word right before the day (计划周日出发, 定周五) or a future word after it in its clause
 *   (周五将举行, 周三预计公布) makes it the coming day;
 * - else English: a future after the day in its clause ("On Friday, MPs will vote"), or a scheduling present as the
 *   nearest verb before it ("voters go to the polls on Thursday", "the trial opens Monday", "the vote is on
 *   Friday") makes it the coming day. A past verb, a reporting verb or no verb at all leaves it the previous day:
 *   English marks its tense on the verb, so a sentence with no future or schedule in it reports what happened, and a
 *   headline's present ("Biden visits Kyiv on Monday") is the one case this rule gets wrong;
 * - else Chinese, which marks aspect rather than tense, by the verb of the clause the day governs
 *   ({@link zhGovernedClause}, across the comma of a day put first): 了 / 过 make it past, 将 / 会 / 计划 / 拟 future
 *   (as above); with none, a reporting verb (表示, 宣布, 发布) or one of a completed event (签署, 达成, 抵达) makes
 *   it the previous day, and any other verb (举行, 访问, 召开, 出席) the nearest one (`nearest`: tomorrow's 周四 in a
 *   Wednesday article rather than one six days ago, which Chinese news writes 上周四). 于 before the day without 将
 *   (于周五开始) is the written past, and a day with no verb after it (周六, 周三的会议) the previous day, as in
 *   English.
 */
export function weekdayTense(text: string, start: number, end: number): WeekdayTense {
  const tense = tenseAt(text, start, end);
  if (tense) return tense;
  const head = text.slice(Math.max(0, start - 72), start);
  const tail = text.slice(end, end + 60);
  if (ZH_FUTURE_RIGHT_BEFORE.test(head)) return 'future';
  const zhFuture = ZH_FUTURE_AFTER.exec(tail);
  // 周五表示将辞职: the 将 is the reported plan's, the day the report's.
  if (zhFuture && !ZH_REPORTING.test(zhFuture[0])) return 'future';
  if (/[\u4e00-\u9fff]/u.test(text.slice(start, end))) {
    // 于周五开始: 于 without 将 (将于 is read above) is the written past's "on".
    if (/[于於]\s*$/u.test(head)) return null;
    return zhWeekdayAspect(zhGovernedClause(text, end));
  }
  const clause = head.split(/[.!?;:—–。！？；，,]/).pop() ?? '';
  const words = clause.toLowerCase().match(/[a-z']+/g) ?? [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - 8); i--) {
    const w = words[i];
    // "is scheduled for Friday", "are expected on Monday"; but "the flights scheduled for Friday were cancelled".
    if (EN_SCHEDULED_PARTICIPLE.has(w) || /^[a-z]{3,}ed$/.test(w)) return /^(?:is|are|'s|be)$/.test(words[i - 1] ?? '') ? 'future' : null;
    if (EN_SCHEDULED_PRESENT.has(w)) return 'future';
    if (EN_PAST_WORDS.has(w) || EN_REPORTING.has(w)) return null;
  }
  return EN_FUTURE_AFTER.test(tail) ? 'future' : null;
}

/** The Chinese step of {@link weekdayTense}: the aspect, mood and kind of the verb a weekday governs. */
function zhWeekdayAspect(clause: string): WeekdayTense {
  const future = ZH_FUTURE_WORD.exec(clause) ?? ZH_WILL.exec(clause);
  const reporting = ZH_REPORTING_VERB.exec(clause);
  // 周五表示将辞职: a future after a reporting verb is the reported plan's.
  if (future && !(reporting && reporting.index < future.index)) return 'future';
  if (ZH_PERFECTIVE.test(clause) || reporting || ZH_COMPLETED_VERB.test(clause)) return 'past';
  // A day with no verb after it (周六, 星期六的比赛) is read as English's is: the previous one.
  return /^\s*(?:的|$)/u.test(clause) ? null : 'nearest';
}
