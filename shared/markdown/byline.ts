/**
 * Reads the author's name out of what a metadata line holds besides its date and links: byline labels (作者：, 记者,
 * 文／, By), desks and datelines after the name, a role or outlet after an English byline's comma, and the counts,
 * weekdays, places and other fields that are no name.
 */
import { joinedHanNames, joinedNames } from '../model/authorNames';
import { datelineAuthor, isDatelinePlace, PLACES } from './dateline';
import { WIKI_LINK } from './headerLines';
import { markdownParser } from './markdownParser';
import { splitWikiLink } from './wikiLinkRule';
import type { MetadataLine } from './metadataLine';

const { unescapeAll } = markdownParser.utils;

/** Names after an English `By`: capitalised words, joined by `and`, `&` or commas (`By then it was late` is prose). */
export const ENGLISH_NAMES = /^\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)\p{Lu}[\p{L}'’.-]*)*$/u;

/**
 * An English byline's names without the role or outlet written after a comma (`Lyse Doucet, Chief international
 * correspondent`, `Jane Doe, the Associated Press`), as the BBC, AP and Reuters write them; the names alone when no
 * cut leaves only capitalised words.
 */
function withoutEnglishRole(name: string): string {
  let names = name;
  while ((!ENGLISH_NAMES.test(names) || OUTLET_OR_ROLE.test(names) || listEndsBefore(names)) && names.includes(',')) names = names.slice(0, names.lastIndexOf(',')).trim();
  return ENGLISH_NAMES.test(names) ? names : name;
}

/**
 * Whether the names before the last comma already end their list with `and` or `&` (`Jane Doe and John Roe,
 * Washington Post`): what follows the comma is then where they write for, not one more author (who would come before
 * the `and`: `Jane Doe, John Roe and Ann Lee`, or after `, and`).
 */
function listEndsBefore(names: string): boolean {
  const cut = names.lastIndexOf(',');
  return cut > 0 && /\s(?:and|&)\s/.test(names.slice(0, cut)) && !/^\s*(?:and|&)\s/.test(names.slice(cut + 1));
}
/**
 * The last comma part of an English byline when it is an outlet or a role, not a name: an acronym (`CNN`, `AP`), or
 * words news outlets and roles are named with (`BBC News`, `The Washington Post`, `Staff Writer`).
 */
const OUTLET_OR_ROLE =
  /,\s*(?:(?:The\s+)?(?:Washington\s+Post|Bloomberg|Al\s+Jazeera|Politico|Axios|Forbes|Guardian|Economist|Telegraph|Independent|Atlantic|Nikkei(?:\s+Asia)?|Caixin|Xinhua|Kyodo|Yonhap|Deutsche\s+Welle|Voice\s+of\s+America|Radio\s+Free\s+Asia|Globe\s+and\s+Mail)|\p{Lu}{2,6}|(?:[\p{L}'’.-]+\s+)*(?:News|Press|Times|Journal|Herald|Tribune|Reuters|Agency|Bureau|Network|Correspondent|Editor|Reporter|Writer|Staff|Contributor|Columnist)(?:\s+(?!and\s|&)[\p{L}'’.-]+)*|(?:The\s+|[\p{L}'’.-]+\s+[\p{L}'’.-]+\s+)(?:[\p{L}'’.-]+\s+)*Post)$/u;
/**
 * `Post` names an outlet only as `The … Post`, in three words or more (`New York Post`), or as a paper everyone knows
 * (`Washington Post`, named with a few other outlets whose names have no word that says so: `Bloomberg`, `Al
 * Jazeera`): two capitalised words ending in it are a person as often (`By Jane Doe, Emily Post`), and a name kept
 * beats a co-author dropped.
 */


/** A metadata line that names only the author (`作者：宝尹`, `By Jane Doe`), or null. */
export function bylineLine(line: string): MetadataLine | null {
  const text = unescapeAll(
    line
      .replace(/^\s{0,3}(?:[-*+>]\s+)?/, '')
      .replace(WIKI_LINK, (link, inner: string) => splitWikiLink(inner)?.label ?? link)
      .replace(/\*+|(^|\s)_+|_+(?=\s|$)/g, '$1'),
  )
    .trim()
    .replace(PLACE_PREFIX, '')
    .replace(LABEL_BAR, '$1$2：');
  if (!AUTHOR_LABEL.test(text)) return null;
  const author = authorIn(text, 80);
  if (!author || author.length > 40 || (/^by\s/i.test(text) && !ENGLISH_NAMES.test(author))) return null;
  return { author, published: null, publishedDay: null, source: null, relativeTime: null, unreadDate: null };
}

/** A part of a metadata line that is only a source label whose link was taken out: 轉載自：, 来源:, Source:. */
const SOURCE_LABEL_ONLY = /^(?:轉載自|转载自|轉載|转载|來源|来源|出處|出处|原文(?:链接|鏈接|連結)?|source|via|from)\s*[:：]?$/i;
/**
 * What a metadata line leaves behind besides the name: a source label whose link was taken out (followed by nothing),
 * and a label of the date (发布于, 發佈時間：, Published on).
 */
export const LEFT_LABELS =
  /(?:轉載自|转载自|轉載|转载|來源|来源|出處|出处|原文(?:链接|鏈接|連結)?)\s*[:：]?(?=\s|$)|(?:^|\s)(?:source|via|from)\s*[:：]?(?=\s|$)|(?:发布于|發佈於|發布於|发表于|發表於|更新于|更新於|(?:发布|發佈|發布|发表|發表|更新)(?:时间|時間|日期)|时间|時間|日期)\s*[:：]?|\b(?:published|posted|updated)(?:\s+on)?\s*:?(?=\s|$)|(?:^|\s)(?:publié|mis\s+à\s+jour)(?:\s+le)?\s*:?(?=\s|$)/giu;

/**
 * Parts of a metadata line that are counts, not names: `6 min read`, `阅读 1.2万`, `356 views`, `3 条评论`, and the
 * counts social sites and blogs show beside the date (`12点赞`, `點讚 30`, `5 likes`, `转发 8`, `3 shares`).
 */
const NOT_A_NAME =
  /^(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?$|^\d+\s*(?:min(?:ute)?s?\s+read|分钟阅读|分鐘閱讀)$|^(?:阅读|閱讀|浏览|瀏覽|评论|評論|点赞|點讚|点赞数|赞|讚|转发|轉發|分享|收藏|views?|comments?|likes?|shares?)\s*[:：]?\s*[\d,.]+\s*[万萬kK]?$|^[\d,.]+\s*[万萬kK]?\s*(?:次阅读|次閱讀|次浏览|次瀏覽|条评论|條評論|个赞|個讚|人点赞|人點讚|点赞|點讚|赞|讚|次转发|次轉發|转发|轉發|次分享|分享|收藏|views?|reads?|comments?|likes?|shares?)$/i;

/**
 * Words that label a byline: 作者, 文章作者, 本文作者, 记者, 撰文, 撰稿人, 通讯员, 主笔, 整理, 翻译 (a reprint's translator
 * is named as its author), 编辑…. A longer word before a shorter one it starts with (撰稿人 before 撰稿).
 */
const BYLINE_WORD =
  '(?:文章作者|本文作者|作者|(?:特约|特約)?(?:记者|記者)|撰文|(?:特约|特約)?撰稿人|撰稿|通讯员|通訊員|主笔|主筆|整理|摄影|攝影|翻译|翻譯|译者|譯者|编译|編譯|编辑|編輯)';
/**
 * Byline words that may be written right against the name (`記者陳冠宇`), when a full name (two characters or more)
 * follows: `记者乙` is a name. Not 编辑 or 翻译 (编辑部 is a desk).
 */
const GLUED_BYLINE_WORD = '(?:作者|记者|記者|撰文|撰稿|摄影|攝影)';
/**
 * The place (or 本报 and a place) a byline may name before 记者: `上海 记者 王小明`, `本报北京记者 张三`, `屏東縣 記者
 * 林巧璉`. A place is where the reporter writes from, never part of the name.
 */
const PLACE_BEFORE_REPORTER = String.raw`(?:(?:本报|本報)(?:${PLACES.join('|')}|\p{Script=Han}{1,3}[省市縣县州])?|(?:${PLACES.join('|')}|\p{Script=Han}{1,3}[省市縣县州]))\s*(?=记者|記者)`;
const PLACE_PREFIX = new RegExp(`^${PLACE_BEFORE_REPORTER}`, 'u');
/** A Chinese personal name in a byline: two to four characters, or a transliteration joined by · (`安东尼·布林肯`). */
const HAN_NAME = String.raw`(?:\p{Script=Han}{1,8}(?:[·・]\p{Script=Han}{1,8})+|\p{Script=Han}{2,4})`;
/**
 * A byline line without a colon that is only a byline word and names: `记者 王小明`, `文／張三、李四`, `文｜张三 李四`,
 * `記者 陳家倫 林巧璉` (four names at most), the desk perhaps after them (`記者 陳家倫、林巧璉／台北報導`). Prose that
 * starts with 记者 (`记者王小明今天在北京看到……`) has more than names after it.
 */
export const BARE_BYLINE = new RegExp(
  String.raw`^\s{0,3}(?:${BYLINE_WORD}|文|${PLACE_BEFORE_REPORTER}(?:记者|記者))(?:\s+|\s*[／/|｜]\s*(?:(?:记者|記者)\s*)?)${HAN_NAME}(?:\s*[、，,]\s*${HAN_NAME}|\s+${HAN_NAME}){0,3}(?:\s+(?:报道|報導|报导|報道)|\s*[／/]\s*\p{Script=Han}{0,8}(?:报道|報導|报导|報道))?\s*$`,
  'u',
);
/** A reporter named with the outlet before the word (`BBC中文记者 李文`, `中央社記者：呂佳蓉`). */
const OUTLET_REPORTER = String.raw`[^\s:：|｜]{1,12}?(?:记者|記者)`;
/** A byline that is an agency's dateline: `中央社記者王小明台北3日電`, `記者林志明、陳美玲華盛頓14日專電`. */
const DATELINE_BYLINE = /(?:記者|记者).*\d{1,2}\s*日\s*(?:專|专)?(?:電|电)$|^(?:記者|记者)\p{Script=Han}{5,12}(?:報導|报导|报道|報道)$/u;
/** A dateline before the reporters' bracket, as Xinhua and People's Daily write it: `本报北京3月5日电（记者 张三）`. */
const DATELINE_THEN_REPORTERS = /\d{1,2}\s*日\s*(?:专|專)?(?:电|電)\s*[（(]\s*(?:记者|記者)\s*([^）)]{2,40}?)\s*[）)]/u;
/** English labels of a byline with a colon: `Author: Jane Doe`, `Reporter: …`, `Writers: …`. */
const ENGLISH_BYLINE_WORD = '(?:authors?|writers?|reporters?|text|words|story|autor(?:in)?)';
/**
 * A part of a metadata line that is another labelled field (`来源：人民网`, `责任编辑：李四`, `Photo: Jane Doe`, `字号：大`):
 * not the author's name unless its label is a byline's.
 */
const OTHER_FIELD = /^[^\s:：]{1,10}\s*[:：]/u;
function isOtherField(part: string): boolean {
  // Separators and an opening bracket before the label are not part of it (`，作者：张三`, `（作者：李四）`).
  const label = part.replace(/^[\s,，;；—\-/／【〔［[（(]+/u, '');
  return OTHER_FIELD.test(label) && !AUTHOR_LABEL.test(label);
}
/** A part of a metadata line that names the author: 作者：…, 记者 …, 文/…, 記者陳冠宇, BBC中文记者 李文, By …. */
const AUTHOR_LABEL = new RegExp(
  `^(?:${BYLINE_WORD}|文|by|${ENGLISH_BYLINE_WORD})\\s*[:：/／]|^written\\s+by\\s+\\S|^${BYLINE_WORD}\\s+\\S|^${GLUED_BYLINE_WORD}(?=\\p{Script=Han}{2})|^${OUTLET_REPORTER}(?:\\s*[:：]|\\s+\\S|(?=\\p{Script=Han}))|^(?:by|par)\\s+\\S`,
  'iu',
);
/** What is left of a metadata line after its date starts with a byline label (`作者：李明`, `| 记者 张三`, `By …`). */
export const BYLINE_AHEAD = new RegExp(`^[\\s,，;；|｜·•—-]*(?:${BYLINE_WORD}|文\\s*[:：/／]|by\\s|${ENGLISH_BYLINE_WORD}\\s*[:：])`, 'i');
/** A byline label before the name, taken off it. */
const BYLINE_PREFIX = new RegExp(
  `^(?:${BYLINE_WORD}|文|by|${ENGLISH_BYLINE_WORD})\\s*[:：/／]\\s*(?=\\S)|^written\\s+by\\s*[:：]?\\s*(?=\\S)|^${BYLINE_WORD}\\s+(?=\\S)|^${GLUED_BYLINE_WORD}(?=\\p{Script=Han}{2})|^${OUTLET_REPORTER}\\s*[:：]?\\s*(?=\\S)|^(?:by|par)\\s+(?=\\S)`,
  'iu',
);
/** A byline label inside a part of the line, after other words (`（北京时间） 作者：宝尹`): the part is split there. */
const BYLINE_INSIDE = new RegExp(`\\s+(?=(?:${BYLINE_WORD}|文)\\s*[:：/／]|(?:记者|記者)\\s*\\p{Script=Han})`, 'u');
/** The desk or dateline after a Taiwanese reporter's name: `記者陳冠宇／綜合報導`, `／台北3日電`, `（记者 李四 台北报导）`. */
const DESK_SUFFIX = /(?:\s*[／/]\s*|\s+)[^\s／/]{0,8}(?:報導|报导|报道|報道|電|电|訊|讯)$/u;
/**
 * A weekday left beside the date (`2021年3月5日 星期五 作者 張三`, `Fri, Mar 5`): not part of the name. An English
 * abbreviation counts only with its stop or comma: Sun and Mona are names.
 */
const WEEKDAY =
  /^(?:[（(]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][）)]?[,，、]?|[（(][一二三四五六日天][）)]|[（(][月火水木金土日](?:曜日?)?[）)]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)[.,])(?=\s|$)\s*/i;

/** The author named in what a metadata line holds besides its date and links, or null (nothing, or too long to be a name). */
/** A byline word and a bar before the name (`文｜张三`, `作者 | 李四`): the bar is the label's colon, not a field separator. */
const LABEL_BAR = new RegExp(`(^|[\\s|｜])(${BYLINE_WORD}|文)\\s*[|｜]\\s*(?=\\p{Script=Han})`, 'gu');

/**
 * An outlet written after the names (`张三、李四 新华社`, `张三、李四（新华社）`, `张三，人民日报`): three characters or
 * more ending as an outlet's name does; a name is two to four characters, and a two-character name ending in 台 or 社
 * is a person's.
 */
const HAN_OUTLET_AFTER = /(?:\s*[（(]\s*(\p{Script=Han}{2,10}(?:社|报|報|网|網|台|臺|刊|站|新闻|新聞|电视|電視))\s*[）)]|(?:\s+|\s*[，,]\s*)(\p{Script=Han}{1,8}(?:社|报|報|网|網|台|臺|刊|站|新闻|新聞|电视|電視)))$/u;

function withoutHanOutlet(name: string): string {
  const m = HAN_OUTLET_AFTER.exec(name);
  if (!m || (m[1] ?? m[2]).length < 3) return name;
  const names = name.slice(0, m.index).trim();
  return /^\p{Script=Han}{2,4}(?:[、，,\s]+\p{Script=Han}{2,4})*$/u.test(names) ? names : name;
}

export function authorIn(rest: string, maxLength: number): string | null {
  // `日期 | 作者：林小明 | 轉載自：[…](…)`: the line's parts are split at its separators, a source label left
  // behind by its link is dropped, and a part labelled as the author is the name.
  // Labels whose links were taken out, and the label of the date taken out (发布于, Published), are dropped too,
  // wherever they stand: `发布于 2020/8/14 作者：宝尹 轉載自：[…](…) 来源：[…](…)` names 宝尹.
  const parts = rest
    .replace(/`/g, ' ')
    .replace(LABEL_BAR, '$1$2：')
    .replace(LEFT_LABELS, ' ')
    // `IP属地：北京`, which Weibo, WeChat and Toutiao print beside the date: where the poster was, not who.
    .replace(/IP\s*属地\s*[:：]\s*\S+/giu, ' ')
    // A middle dot between two words without spaces is part of a name (简·多伊, 安东尼·布林肯), not a separator.
    .split(/[|｜•]|\s·|·\s/)
    .flatMap((p) => p.split(BYLINE_INSIDE))
    .map((p) => p.trim().replace(WEEKDAY, ''))
    .filter((p) => p && !SOURCE_LABEL_ONLY.test(p) && !NOT_A_NAME.test(p) && !isOtherField(p))
    // `2023-11-03 18:22 · 北京 · 王小明`: a field that is only a dateline's place is where, not who.
    // Alone beside the date too (`2023年11月3日 上海`, `发布于北京`): a person is not named by a city.
    .filter((p) => !isDatelinePlace(p.replace(/^(?:发布于|發佈於|发自|發自|于|於)/u, '')));
  const labelled = parts.find((p) => AUTHOR_LABEL.test(p));
  // `中央社記者王小明台北3日電 2023/11/03 18:22`: an agency's dateline as the byline, the place glued to the name.
  const dateline = labelled && DATELINE_BYLINE.test(labelled) ? datelineAuthor(`（${labelled}）`) : null;
  if (dateline) return joinedHanNames(dateline);
  const reporters = DATELINE_THEN_REPORTERS.exec(rest)?.[1];
  if (reporters) return joinedHanNames(reporters);
  let name = (labelled ?? parts.join(' '))
    .trim()
    // Separators left at either end (`2021年3月5日 / 作者：王小明 / 转载自：…` leaves `王小明 /`).
    .replace(/^[\s,，;；—\-/／|｜·•]+|[\s,，;；—\-/／|｜·•]+$/g, '')
    // 【记者 张三】, (作者：李四): a byline in brackets.
    .replace(/^[【〔［[（(]\s*(.*?)\s*[】〕］\]）)]$/u, '$1')
    .replace(BYLINE_PREFIX, '')
    // `文/记者 张伟`, `文／本報記者 陳大文`: the writer's label, then the reporter's.
    .replace(BYLINE_PREFIX, '')
    .replace(DESK_SUFFIX, '');
  // A labelled name ends where the next label starts (`作者：宝尹 编辑：李四`).
  // Then the desk after a reporter's name may end it (`記者林志明／台北報導　責任編輯：李四`).
  if (labelled) name = name.replace(/\s+[^\s:：]{1,12}[:：].*$/, '').replace(DESK_SUFFIX, '');
  // `Posted by Jane Doe on November 3, 2023`: the word that joined the name to the date taken out is not the name's.
  name = name.replace(/\s+(?:on|at|于|於)$/i, '').replace(/^(?:on|at)\s+/i, '');
  if (labelled && /^by\s/i.test(labelled)) name = withoutEnglishRole(name);
  // A word a clock or date leaves behind is no name (`9点前` leaves 前, `8点多` 多), nor is what starts with a digit
  // (`12点击`, `3 min`). A one-character name still is one (甲, a pen name).
  const tooShort = /^[前后後起止到至多许許半整时時分秒左右内內外约約余餘]$/u.test(name) || /^\d/.test(name);
  if (name.length === 0 || tooShort || name.length > maxLength || /[。！？!?]/.test(name)) return null;
  return joinedNames(withoutHanOutlet(name));
}

