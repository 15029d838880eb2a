/**
 * Reads one metadata line of an article's header: its date (or a relative time), the source link it was reprinted
 * from, and the author's name, telling a line of fields from a first paragraph of prose that mentions a date.
 */
import { authorIn, BYLINE_AHEAD, ENGLISH_NAMES, LEFT_LABELS } from './byline';
import { findDate, findDateShape } from './dates';
import { BACK_WORD, HEADER_LINE_MAX, HEADING, WIKI_LINK } from './headerLines';
import { markdownParser } from './markdownParser';
import { splitWikiLink } from './wikiLinkRule';

const { unescapeAll } = markdownParser.utils;

// A destination may hold balanced parentheses (`https://zh.wikipedia.org/wiki/聯合國_(2021年)`), as CommonMark allows.
const LINK = /\[([^\]]*)\]\((<[^>]*>|(?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"]*")?\)/g;
const SOURCE_LABEL = /轉載|转载|來源|来源|出處|出处|原文|source|via|from|reprint/i;

/** The fields one metadata line (or a block of them) gives. */
export interface MetadataLine {
  author: string | null;
  published: string | null;
  /** The calendar day `published` was written on, in the zone the line names (see `FoundDate.day`); null without a date. */
  publishedDay: string | null;
  source: string | null;
  /** The relative time the line gives instead of a date (`3小时前`), or null. */
  relativeTime: string | null;
  /** A date the line writes but that cannot be read (`2/30/2023`, `11/3/2023 24:30`), as written; null otherwise. */
  unreadDate: string | null;
}

/** A metadata line holds a date or a source link (轉載自…), and is not itself a heading or a paragraph of prose. */
export function readMetadataLine(line: string): MetadataLine | null {
  if (line.length > HEADER_LINE_MAX || HEADING.test(line)) return null;
  const links: { label: string; href: string; index: number }[] = [...line.matchAll(LINK)].map((l) => ({ label: l[1], href: l[2], index: l.index }));
  // An address written bare (`轉載自 https://…`) is a link too.
  for (const bare of line.replace(LINK, (l) => ' '.repeat(l.length)).matchAll(BARE_URL)) links.push({ label: '', href: bare[0], index: bare.index });
  links.sort((a, b) => a.index - b.index);
  // The source is the first link labelled as one, in its text or just before it (`轉載自：[GNews](…)`); a line with
  // several (轉載自… 来源… 原文…) names the one it was reprinted from first.
  const labelledSource = links.find((l) => SOURCE_LABEL.test(l.label) || SOURCE_LABEL_BEFORE.test(line.slice(Math.max(0, l.index - 12), l.index)));
  const sourceLink = labelledSource ?? (links.length === 1 ? links[0] : undefined);
  // A wiki-link in the line (an author linked to their page) reads as its label; emphasis (`**2023-11-03**`), a
  // quote marker, escapes and entities (`&nbsp;`) are not part of any field.
  const withoutLinks = unescapeAll(
    line
      .replace(LINK, ' ')
      .replace(BARE_URL, ' ')
      .replace(WIKI_LINK, (link, inner: string) => splitWikiLink(inner)?.label ?? link)
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/\*+|~~|(^|\s)_+|_+(?=\s|$)/g, '$1'),
  );
  const codeSpan = /`([^`]+)`/.exec(withoutLinks);
  const dateArea = codeSpan ? codeSpan[1] : withoutLinks;
  const date = findDate(dateArea) ?? relativeTime(dateArea);
  // A code span that opens the line with something written as a date (`` `2/30/2023 6:22 AM UTC 宝尹` ``) is the
  // metadata line even when that date cannot be read: its author and source are kept, and the date is quoted in a
  // warning instead of the line turning into body text. Only a code span that is most of the line counts, so a
  // paragraph that opens on a date stays prose.
  const outsideCode = codeSpan ? withoutLinks.replace(codeSpan[0], ' ').trim() : '';
  const shaped = date ? null : findDateShape(dateArea);
  const unread = shaped && (labelledSource || (codeSpan && /^\s*`/.test(withoutLinks) && outsideCode.length <= 20 && !SENTENCE_END.test(outsideCode))) ? shaped : null;
  if (!date && !labelledSource && !unread) return null;
  const dated = date ?? unread;
  // Without a code span or a link, a line is metadata only when little besides the date is on it: a first paragraph
  // that mentions a date ("On Nov 3, 2023, Qatar announced…", 2023年11月3日，卡塔尔宣布……) is body text.
  const besidesDate = date ? dateArea.slice(0, date.start) + dateArea.slice(date.end) : withoutLinks;
  if (!codeSpan && links.length === 0 && besidesDate.replace(/[\s|·•\-—,，]/g, '').length > 40) return null;
  if (!codeSpan && !date && withoutLinks.replace(/[\s|·•\-—]/g, '').length > 40) return null;
  if (!codeSpan && links.length === 0 && date && /[。！？.!?…⋯]\s*$/.test(line.trim()) && besidesDate.replace(/\s/g, '').length > 12) return null;
  // A sentence that opens on a date (`台北時間2023年11月3日晚間，颱風登陸花蓮。`, `北京时间 2023年11月3日，神舟十七号
  // 发射成功。`) is prose, however little follows the date: a clause after a comma, ended by a full stop.
  if (!codeSpan && links.length === 0 && date && /[。！？]\s*$/u.test(line.trim()) && /[，,]\s*\p{Script=Han}{4}/u.test(besidesDate)) return null;
  // Nor does a sentence stop inside it (`2023年10月7日，哈马斯袭击以色列。以方随即宣战（路透）`), or a date inside
  // quoted speech (`“2023年10月7日是最黑暗的一天，”他说`): metadata lines hold fields, not sentences.
  if (!codeSpan && links.length === 0 && date && /[。！？]/u.test(besidesDate) && (besidesDate.match(/\p{Script=Han}/gu)?.length ?? 0) > 12) return null;
  if (!codeSpan && links.length === 0 && date && /[“「『][^”」』]*$/u.test(dateArea.slice(0, date.start)) && /^[^“「『]*[”」』]/u.test(dateArea.slice(date.end))) return null;
  // A clause of prose after a comma (`（圖為2019年5月4日的遊行）今年的紀念活動在維園舉行，主辦方表示`) is no metadata,
  // where a weekday or a byline after one is (`2021年3月5日，星期五`, `2023年11月3日，记者王小明报道`).
  if (!codeSpan && links.length === 0 && date && /[，,]\s*\p{Script=Han}{4}/u.test(besidesDate) && (besidesDate.match(/\p{Script=Han}/gu)?.length ?? 0) > 12) return null;
  let author: string | null = null;
  if (dated) {
    author = authorIn(withoutLaterDates(dateArea.slice(0, dated.start) + ' ' + dateArea.slice(dated.end)), 80);
    // `2023-11-05 14:30` 作者：李明 [轉載自…](…): the author may follow the date's code span instead of sharing it.
    // Outside the code span, a name must be labelled (作者：, By) or be short and not another label (来源：, 原文链接).
    // A source label its link left behind (`轉載自[…](…) 作者：王小明`) does not stand between the date and a byline.
    const outside = codeSpan ? withoutLinks.replace(codeSpan[0], ' ').replace(LEFT_LABELS, ' ').trim() : '';
    const labelled = BYLINE_AHEAD.test(outside);
    // A list of names is longer than one and still no prose (`Jane Doe, Emily Post and Li Wei`).
    const namesOnly = outside.length <= 60 && (ENGLISH_NAMES.test(outside) || /^\p{Script=Han}{2,4}(?:、\p{Script=Han}{2,4})+$/u.test(outside));
    if (!author && outside && (labelled || namesOnly || (outside.length <= 20 && !/[:：]|来源|來源|原文|链接|鏈接|source|link/i.test(outside)))) {
      author = authorIn(outside, namesOnly ? 60 : 40);
    }
  }
  // `2021-03-05 14:30` [王小明](…/author/wang) 轉載自[…](…): a name may be a link to the author's page.
  if (dated && !author) author = linkedAuthor(links, sourceLink, line);
  // The destination as Markdown reads it: `&amp;` and `\_` in it are `&` and `_`.
  const href = sourceLink ? unescapeAll(sourceLink.href.replace(/^<|>$/g, '')) : null;
  return {
    author: author || null,
    published: date?.iso ?? null,
    publishedDay: date?.iso ? date.day : null,
    source: href && /^https?:\/\//i.test(href) ? href : null,
    relativeTime: date && date.iso === null ? dateArea.slice(date.start, date.end) : null,
    unreadDate: unread?.text ?? null,
  };
}

/**
 * The label of a later date on the line (`（更新：2021-03-06 09:00）`, `（更新：3小时前）`, `Updated on …`), left once its
 * date is taken out.
 */
const UPDATE_LABEL = String.raw`(?:(?:最后|最後)?(?:更新|修改|修订|修訂)(?:于|於|时间|時間|日期)?|(?:last\s+)?(?:updated|modified|edited)(?:\s+(?:on|at))?)\s*[:：]?`;
const UPDATE_NOTE = new RegExp(String.raw`[（(]\s*${UPDATE_LABEL}\s*[）)]|(?:^|\s)${UPDATE_LABEL}(?=\s|$)`, 'gi');

/**
 * What a metadata line holds besides its date, without any later date (an update time: `2021-03-05 14:30（更新：
 * 2021-03-06 09:00） 王小明`) and the label and brackets around it: none of that is the author's name.
 */
function withoutLaterDates(rest: string): string {
  let text = rest;
  let found = 0;
  for (let date = findDate(text); date && found < 3; date = findDate(text), found++) {
    text = `${text.slice(0, date.start)} ${text.slice(date.end)}`;
  }
  // An update given as a relative time (`（更新：3小时前）`, `Updated 2 hours ago`), as pages stamp it when they are saved.
  for (let date = relativeTime(text); date && found < 6; date = relativeTime(text), found++) {
    text = `${text.slice(0, date.start)} ${text.slice(date.end)}`;
  }
  return found ? text.replace(UPDATE_NOTE, ' ') : text;
}

/**
 * A person's name as a link label: two to four Han characters (parts joined by a middle dot: 安东尼·布林肯), or two
 * or more capitalised words (`Jane Doe`). One word (`English`) is not enough, and neither is the name of an outlet
 * (新华网, 中央社, 自由時報, 香港電台).
 */
const LINKED_NAME = /^(?:\p{Script=Han}{2,4}(?:·\p{Script=Han}{1,6})*|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)$/u;
const OUTLET_NAME = /(?:网|網|社|报|報|台|臺|闻|聞|刊|站|频道|頻道|电视|電視|时报|時報|日报|日報)$/;

/** The label of a link on a metadata line that names the author: not the source link, not labelled as a source, a name. */
function linkedAuthor(links: readonly { label: string; index: number }[], source: { label: string } | undefined, line: string): string | null {
  for (const link of links) {
    if (link === source || !link.label) continue;
    const label = unescapeAll(link.label).trim();
    if (SOURCE_LABEL.test(label) || BACK_WORD.test(label) || SOURCE_LABEL_BEFORE.test(line.slice(Math.max(0, link.index - 12), link.index))) continue;
    if (LINKED_NAME.test(label) && !OUTLET_NAME.test(label)) return label;
  }
  return null;
}

/** A source label right before a link: `轉載自：[GNews](…)`, `来源 [推特](…)`, `Source: [Reuters](…)`, `**来源：**[…](…)`. */
const SOURCE_LABEL_BEFORE = /(?:轉載自?|转载自?|來源|来源|出處|出处|原文(?:链接|鏈接|連結)?|source|via|from)\s*[:：]?\s*(?:\*\*|__|\*|_)?\s*$/i;
/** A line that ends as a sentence does is prose, not a field. */
const SENTENCE_END = /[。！？.!?]$/;
const BARE_URL = /https?:\/\/[^\s<>()\[\]`\u3000-\u303f\uff00-\uffef]+/gi;

/**
 * A time given relative to when a page was seen (`3小时前`, `昨天`, `2 hours ago`): it marks a metadata line, but it
 * has no date (`iso` null).
 */
const RELATIVE_TIME =
  /(?:\d+|[一二两兩三四五六七八九十几幾半]+)\s*(?:秒|分钟|分鐘|小时|小時|个小时|個小時|天|日|周|週|星期|个月|個月|年)(?:之)?前|刚刚|剛剛|昨天|前天|\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\byesterday\b|\bjust now\b/i;

export function relativeTime(text: string): { iso: null; day: null; start: number; end: number } | null {
  const m = RELATIVE_TIME.exec(text);
  return m ? { iso: null, day: null, start: m.index, end: m.index + m[0].length } : null;
}

