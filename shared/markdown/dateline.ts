/**
 * The reporters named in a dateline at the start of the first paragraph, for articles whose header names no author or
 * only the agency. Chinese-language news opens with one in a few shapes:
 * - Taiwan's Central News Agency glues the name to the place: `（中央社記者王小明台北15日電）`, several reporters joined
 *   by `、`, a foreign desk `（中央社記者林志明、陳美玲華盛頓14日專電）`, `…布里斯本3日綜合外電報導）`;
 * - other papers and broadcasters write an outlet or none, with or without a place: `（大紀元記者李辰綜合報導）`,
 *   `（美國之音記者王小明華盛頓報導）`, after an issue line `【大紀元2024年05月15日訊】`;
 * - the Liberty Times and United Daily News put a slash between name and place: `〔記者王小明／台北報導〕`,
 *   `記者王小明／台北即時報導` (unbracketed);
 * - Xinhua puts the reporters in brackets after the dateline: `新华社北京5月15日电（记者王小明、李华）`.
 * The dateline stays in the body text; only the author field is read from it.
 *
 * Where the last name runs into the place, the place is the first of the places datelines name most (Taiwan's cities
 * and counties, the capitals of the foreign desks) found at least two characters in; else, when a day is written
 * (CNA's form, which always names a place), a place ending in an administrative division's suffix (`竹北市`, `大同鄉`)
 * is its last three characters, else the name is taken to be three characters (most Taiwanese names) when two are left
 * for the place, else two; else what is there is the name. A dateline without a name
 * (`（中央社記者台北5日電）`, `（中央社台北5日電）`) names no one.
 */

import { joinedHanNames } from '../model/authorNames';
import { findDate } from './dates';

/** `【大紀元2024年05月15日訊】` before the reporter's bracket. */
const ISSUE_LINE = String.raw`(?:【[^】\n]{1,40}】\s*)?`;
const OPEN = '[（(〔【［\\[]';
const CLOSE = '[）)〕】］\\]]';
const REPORTER = '(?:記者|记者)';
const BRACKETED = new RegExp(
  String.raw`^\s*${ISSUE_LINE}${OPEN}\s*(?<outlet>[^\s（(〔【［\[）)〕】］\]記记]{0,10}?)\s*${REPORTER}\s*(?<who>[^（(〔【［\[）)〕】］\]\n]{2,60}?)\s*${CLOSE}`,
  'u',
);
const UNBRACKETED = new RegExp(String.raw`^\s*${REPORTER}\s*(?<who>[^\s，,。／/]{2,30}?\s*[／/]\s*[^\s，,。／/]{1,12}?(?:即時|即时)?(?:報導|报导|报道|報道))`, 'u');
const XINHUA =
  /^\s*(?:新华社|新華社|中新社|本报|本報)[\p{Script=Han}\s]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:专|專)?(?:电|電)\s*(?:[（(]\s*(?:记者|記者)\s*(?<who>[^）)]{2,60}?)\s*[）)]|(?:记者|記者)\s*(?<bare>\p{Script=Han}{2,4}(?:[、，,\s]+\p{Script=Han}{2,4}){0,3})(?=\s*(?:\n|$)))/u;
/** A CNA dateline that is a line of its own, without brackets: `中央社記者陳家倫台北5日電`. */
const OWN_LINE_DATELINE = /^\s*([^\s（(〔【［\[]{0,10}?(?:記者|记者)[^\n（(]{2,40}?\d{1,2}\s*日\s*(?:專|专)?(?:電|电))\s*(?:\n|$)/u;

/** What ends the reporter's part: a day, a kind of report, and 電 or 報導. */
const REPORT_END = /(?<day>\d{1,2}\s*日)?\s*(?<kind>綜合外電|综合外电|綜合|综合|即時|即时|專|专)?\s*(?:報導|报导|报道|報道|電|电)$/u;
const SEPARATOR = /[、，,及和與与\s]+/u;
const NAME = /^\p{Script=Han}{2,4}$/u;

/** Places datelines name most. */
export const PLACES: readonly string[] = [
  '台北', '臺北', '新北', '桃園', '桃园', '台中', '臺中', '台南', '臺南', '高雄', '基隆', '新竹', '嘉義', '嘉义', '花蓮', '花莲', '台東', '臺東', '宜蘭',
  '宜兰', '屏東', '屏东', '苗栗', '彰化', '南投', '雲林', '云林', '澎湖', '金門', '金门', '馬祖', '马祖', '台灣', '臺灣', '台湾', '北京', '上海', '香港',
  '澳門', '澳门', '東京', '东京', '首爾', '首尔', '紐約', '纽约', '倫敦', '伦敦', '巴黎', '柏林', '日內瓦', '日内瓦', '曼谷', '馬尼拉', '马尼拉', '河內',
  '河内', '雪梨', '悉尼', '坎培拉', '華盛頓', '华盛顿', '布魯塞爾', '布鲁塞尔', '耶路撒冷', '舊金山', '旧金山', '洛杉磯', '洛杉矶', '新加坡', '吉隆坡',
  '雅加達', '雅加达', '莫斯科', '渥太華', '渥太华', '多倫多', '多伦多', '溫哥華', '温哥华', '芝加哥', '休士頓', '休斯顿', '羅馬', '罗马', '維也納',
  '维也纳', '新德里', '開羅', '开罗',
  // Places CNA's local desks date from that are no county or city: scenic areas, islands, townships without a suffix.
  '太魯閣', '太鲁阁', '日月潭', '阿里山', '墾丁', '垦丁', '恆春', '恒春', '綠島', '绿岛', '蘭嶼', '兰屿', '小琉球', '淡水', '九份', '合歡山', '合欢山',
  '溪頭', '溪头', '鹿港', '安平', '竹北', '頭份', '头份', '斗六', '太保', '朴子', '馬公', '马公', '員林', '员林', '埔里', '羅東', '罗东', '板橋', '板桥',
  '中壢', '中坜', '新店', '鳳山', '凤山', '岡山', '冈山', '金城', '南竿',
  // The foreign desks' other cities.
  '多哈', '杜拜', '迪拜', '利雅德', '利雅得', '德黑蘭', '德黑兰', '安卡拉', '伊斯坦堡', '伊斯坦布尔', '基輔', '基辅', '華沙', '华沙', '布拉格', '布里斯本', '伯斯',
  '布達佩斯', '布达佩斯', '馬德里', '马德里', '里斯本', '阿姆斯特丹', '海牙', '奧斯陸', '奥斯陆', '赫爾辛基', '赫尔辛基', '哥本哈根', '都柏林',
  '墨爾本', '墨尔本', '奧克蘭', '奥克兰', '威靈頓', '惠灵顿', '聖保羅', '圣保罗', '墨西哥城', '波士頓', '波士顿', '西雅圖', '西雅图', '邁阿密',
  '迈阿密', '亞特蘭大', '亚特兰大', '達拉斯', '达拉斯', '大阪', '京都', '福岡', '福冈', '沖繩', '冲绳', '那霸', '釜山', '胡志明市', '金邊', '金边',
  '仰光', '孟買', '孟买', '特拉維夫', '特拉维夫', '約翰尼斯堡', '约翰内斯堡', '奈洛比', '内罗毕', '布宜諾斯艾利斯', '布宜诺斯艾利斯',
];

/**
 * The suffixes of Taiwan's (and China's) administrative divisions, whose names are two characters and the suffix
 * (竹北市, 大同鄉, 信義區, 三星鄉): a dateline's place that ends in one is those three characters.
 */
const DIVISION_SUFFIX = /[市縣县鄉乡鎮镇區区]$/u;

/** The agencies whose datelines name the reporter, by the names a header may give them as the author. */
const AGENCIES = new Set(['中央社', '中央通讯社', '中央通訊社', '新华社', '新華社', '新华通讯社', '新華通訊社']);

/**
 * The author of an article whose header names `headerAuthor` (or none) and whose text starts with `text`: the
 * reporters of the dateline when the header names no one or only the agency (`中央社` over `（中央社記者王小明台北15日電）`
 * is 王小明), else the header's author.
 */
export function authorWithDateline(headerAuthor: string | null, text: string): string | null {
  if (headerAuthor !== null && !AGENCIES.has(headerAuthor)) return headerAuthor;
  return datelineAuthor(text) ?? headerAuthor;
}

/** A bracketed dateline or issue line at the start of a text: `【大紀元2024年05月15日訊】`, `（中央社記者…2024年5月15日電）`. */
const OPENING_BRACKETS = /^\s*(?:【[^】\n]{4,60}】|[（(〔［\[][^）)〕］\]\n]{4,60}[）)〕］\]])/u;

/**
 * The publication date a dateline or issue line at the start of `text` writes in full (year, month and day), as the
 * metadata line would give it (a time without a zone is UTC); null when it has none or only a day (`15日電`).
 */
export function datelineDate(text: string): string | null {
  const opening = OPENING_BRACKETS.exec(text);
  // Only a dateline or issue line, which ends in its kind of report (訊, 電, 報導): a caption's or a note's date in
  // brackets (`（圖為2019年5月4日的遊行）`, "(Photo taken on May 4, 2019)") is not the article's.
  if (!opening || !DATELINE_END.test(opening[0])) return null;
  return findDate(opening[0])?.iso ?? null;
}

/** How a dateline or issue line ends: its kind of report, then the closing bracket. */
const DATELINE_END = /(?:訊|讯|電|电|報導|报导|报道|報道|消息)\s*[）)〕］\]】]$/u;

/** Whether `written` is one of the places datelines name (`北京`, `台北`, `華盛頓`). */
export function isDatelinePlace(written: string): boolean {
  return PLACE_SET.has(written);
}
const PLACE_SET = new Set(PLACES);

/** The reporters a dateline at the start of `text` names, as written (`王小明`, `林志明、陳美玲`), or null. */
export function datelineAuthor(text: string): string | null {
  const head = text.slice(0, 160);
  const xinhua = XINHUA.exec(head);
  if (xinhua?.groups) return namesOrNull((xinhua.groups.who ?? xinhua.groups.bare).trim());
  const ownLine = OWN_LINE_DATELINE.exec(head);
  const found = BRACKETED.exec(ownLine ? `（${ownLine[1]}）` : head) ?? UNBRACKETED.exec(head);
  if (!found?.groups) return null;
  const who = found.groups.who.trim();
  const slash = who.search(/[／/]/);
  if (slash >= 0) return namesOrNull(who.slice(0, slash).trim());
  const end = REPORT_END.exec(who);
  if (!end?.groups) return null;
  const rest = who.slice(0, end.index).trim();
  // `綜合報導` with no place and no day: what is left is the names alone.
  if (!end.groups.day && end.groups.kind && /^(?:綜合|综合)$/.test(end.groups.kind)) return namesOrNull(rest);
  return namesBeforePlace(rest, end.groups.day !== undefined);
}

/** The names in `written` before a place glued to the last of them (`王小明台北`, `林志明、陳美玲華盛頓`). */
function namesBeforePlace(written: string, placeCertain: boolean): string | null {
  const parts = written.split(SEPARATOR);
  const last = parts[parts.length - 1];
  // The place written apart from the names (`李四 台北报导`, `林巧璉 屏東縣報導`).
  if (parts.length > 1 && isPlaceWord(last)) return namesOrNull(written.slice(0, written.length - last.length).replace(/[、，,及和與与\s]+$/u, ''));
  // A cut that leaves exactly a place (`張志新竹北`: 張志新 and 竹北, not 張志 and 新竹北; `林巧璉屏東縣`), three-character
  // names first as most are; else the earliest place found at least two characters in.
  let cut = [3, 2, 4].find((at) => at <= last.length - 2 && isPlaceWord(last.slice(at))) ?? -1;
  if (cut < 0) {
    for (const place of PLACES) {
      const at = last.indexOf(place, 2);
      if (at >= 2 && (cut < 0 || at < cut)) cut = at;
    }
  }
  // Five characters or more cannot be one name (two to four): a place is there even without a day.
  const certain = placeCertain || last.length >= 5;
  // A place not in the list that ends in a division's suffix is the last three characters (`李明竹北市`: 李明).
  if (cut < 0 && certain && DIVISION_SUFFIX.test(last) && last.length >= 5) cut = last.length - 3;
  if (cut < 0) cut = !certain ? last.length : last.length >= 5 ? 3 : last.length === 4 ? 2 : -1;
  if (cut < 2) return null;
  return namesOrNull(written.slice(0, written.length - (last.length - cut)).trim());
}

/**
 * Whether `word` is a place as a dateline writes it: a listed place, a listed place with its division's suffix or more
 * divisions after it (`屏東縣`, `屏東縣車城鄉`), or two characters and a suffix (`車城鄉`).
 */
function isPlaceWord(word: string): boolean {
  if (PLACE_SET.has(word)) return true;
  const divisions = /^(?:\p{Script=Han}{2,3}?[市縣县鄉乡鎮镇區区])+$/u;
  if (PLACES.some((place) => word.startsWith(place) && divisions.test(word))) return true;
  return word.length === 3 && DIVISION_SUFFIX.test(word);
}

/** `written` when it is one or more names of two to four Han characters, else null. */
function namesOrNull(written: string): string | null {
  return written.length > 0 && written.split(SEPARATOR).every((n) => NAME.test(n)) ? joinedHanNames(written) : null;
}
