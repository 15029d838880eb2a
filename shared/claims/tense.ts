/**
 * The tense a clause gives a date written without its year or week: whether it is to come (将于, 定于, "will",
 * "is due to") or is over (已于, 了, "won … on"). Calendar.ts turns the answer into a day; this file only reads the
 * words around the date, in Chinese and English.
 */
import type { Tense } from './calendar';

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
 * "…, officials said on Tuesday", "the ministry announced Friday", "he warned in March": a past reporting verb right before the date
 * governs it, whatever future the reported clause before it holds ("Qatar will spend $1.2bn, officials said on
 * Tuesday" was said last Tuesday). Not a participle ("will be announced on Friday", "to be confirmed Monday").
 */
function reportedOnThatDay(head: string): boolean {
  const words = head.toLowerCase().match(/[a-z']+/g) ?? [];
  if (!/[a-z']\s+(?:(?:on|in)\s+)?$/i.test(head)) return false;
  let i = words.length - 1;
  if (words[i] === 'on' || words[i] === 'in') i--;
  const verb = words[i];
  return verb !== undefined && verb !== 'that' && EN_REPORTING.has(verb) && !EN_PARTICIPLE_BEFORE.has(words[i - 1] ?? '');
}

/**
 * Whether the clause around the date at [`start`, `end`) says it is to come or is over. Forecasts are left out
 * ("April's figures are expected to show…", 预计 4 月 CPI…): they are as often about a month past whose data is not
 * out yet; so is a clause that says neither.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  // 72 characters: "will cut output by 2 million barrels per day from November" puts the verb 50 before the month.
  const head = text.slice(Math.max(0, start - 72), start);
  if (reportedOnThatDay(head)) return 'past';
  if (ZH_FUTURE.test(head) || EN_FUTURE.test(head)) return 'future';
  const tail = text.slice(end, end + 40);
  if (ZH_PAST_RIGHT_BEFORE.test(head)) return 'past';
  if ((ZH_PAST_BEFORE.test(head) || ZH_PAST_AFTER.test(tail)) && !zhFutureAfter(tail)) return 'past';
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
 * 将 as the object marker (美联储周三将利率上调 25 个基点, "raised the rate"): a noun, then a verb of disposal. It says
 * nothing of the future; 将举行, 将于 (将 right before a verb or 于) do.
 */
const ZH_OBJECT_JIANG = /^[将將](?![于於在从從自会會要])[^，。；！？\s]{1,8}?(?:维持|維持|上调|上調|下调|下調|调升|調升|调降|調降|调至|調至|提高|降低|定为|定為|列为|列為|改为|改為|纳入|納入|升至|降至|增至|减至|減至|延长|延長|推迟|推遲|移交|送往|交给|交給|视为|視為)/u;

/** The first future word after a date in its clause (ZH_FUTURE_AFTER), unless it is 将 as the object marker. */
function zhFutureAfter(tail: string): RegExpExecArray | null {
  const m = ZH_FUTURE_AFTER.exec(tail);
  if (!m) return null;
  const word = tail.slice(m.index + m[0].length - 1);
  return /^[将將]/u.test(word) && ZH_OBJECT_JIANG.test(word) ? null : m;
}

/**
 * The clause a Chinese weekday governs: what follows it to the end of its clause, across the comma of a day put first
 * as the topic (周四，双方将举行会谈), at most 60 characters.
 */
function zhGovernedClause(text: string, end: number): string {
  const rest = text.slice(end, end + 60).replace(/^\s*[，,]/u, '');
  return rest.split(/[。！？；，,]/u)[0];
}
/**
 * 会 as "will" early in the clause (周四会举行, 周四，双方会举行), not the 会 of 会议, 会谈, 会见, 开会, 集会, 峰会,
 * 机会, 社会.
 */
const ZH_WILL =
  /^[^会會]{0,6}?(?<![开開大约約机機社学學协協工商国國峰聚宴年总總都理委议議晚集例茶舞博展运運盛演])[会會](?![议議谈談晤见見面长長员員场場上后後期所计計话話同合师師])/u;

/**
 * The tense of a weekday named without a date (周五, "on Friday"); `calendar.resolveWeekday` then takes the coming
 * such day for `future` and the previous one (never the publication day itself) otherwise. The rule, in this order:
 * - what {@link tenseAt} says of any date (将于 / 定于 / 计划于, "will", "is due to"; 已 / 了 / 曾, a past verb) decides;
 * - Chinese: a plan word right before the day (计划周日出发, 拟周日, 定周五) makes it the coming day; so does a
 *   future word after it in the clause it governs, across the comma of a day put first (周五将举行, 周四会举行,
 *   周三预计公布, 周四，双方将举行会谈), unless a reporting verb comes first (周五表示将辞职: the plan is the
 *   report's) or the 将 is the object marker (周三将利率上调: "raised");
 * - English: a future after the day in its clause ("On Friday, MPs will vote"), or a scheduling present as the
 *   nearest verb before it ("voters go to the polls on Thursday", "the trial opens Monday", "the vote is on
 *   Friday") makes it the coming day;
 * - anything else is the previous day: a perfective 了 / 过 (双方周四举行了会谈), a reporting verb (周五发布, 周四表示),
 *   a completed event (周四签署), and also a verb with no aspect word at all (双方周四举行会谈, 外长周五访问东京).
 *   Chinese news marks what is to come (将, 将于, 会, 计划, 拟, 定于) far more reliably than what is over: of the
 *   test fixtures' weekdays with no such word and a verb neither reporting nor completed, read as in a Wednesday
 *   article, each was over (座堂週六重新開放，結束了…, 新馆周六正式开幕，数百名市民冒雨前来, 周四，英伟达股价上涨
 *   2.3%), where "the nearer day" would have put all three in the coming week. English marks tense on the verb, and a
 *   headline's present ("Biden visits Kyiv on Monday") is the one case this rule gets wrong there.
 */
export function weekdayTense(text: string, start: number, end: number): Tense {
  const tense = tenseAt(text, start, end);
  if (tense) return tense;
  const head = text.slice(Math.max(0, start - 72), start);
  const tail = text.slice(end, end + 60);
  if (ZH_FUTURE_RIGHT_BEFORE.test(head)) return 'future';
  if (/[\u4e00-\u9fff]/u.test(text.slice(start, end))) {
    const clause = zhGovernedClause(text, end);
    const future = zhFutureAfter(clause) ?? ZH_WILL.exec(clause);
    // 周五表示将辞职: the 将 is the reported plan's, the day the report's.
    return future && !ZH_REPORTING.test(future[0]) ? 'future' : null;
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
