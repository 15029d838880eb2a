/**
 * Recognises the header these articles open with, so it becomes metadata instead of body text:
 *
 *     ###  [:house:返回](README.md)          <- back-link line (optional)
 *     ---                                    <- rule (optional)
 *     ## 阿拉伯小国卡塔尔如何……                <- title: the first heading (ATX, or one line underlined with === or ---)
 *     `11/3/2023 6:22 AM UTC 宝尹` [轉載自GNews](https://gnews.org/articles/1916252)   <- metadata line (optional)
 *
 * Also read: a title written `##标题` (no space) or as a bold line, when a metadata line is by it, and a metadata line
 * above the title. Anything it does not recognise stays in the body: a file without this header loses nothing.
 */
import { findDate } from './dates';
import { datelineAuthor, isDatelinePlace } from './dateline';
import { markdownParser } from './markdownParser';
import { splitWikiLink } from './wikiLinkRule';

const { unescapeAll } = markdownParser.utils;

export interface ArticleHeader {
  /** The title's Markdown (wiki-links and emphasis still in it), or null when the file has no leading heading. */
  titleMarkdown: string | null;
  author: string | null;
  published: string | null;
  source: string | null;
  /** The relative time the metadata line gives instead of a date (`3小时前`, `2 hours ago`), or null. */
  relativeTime: string | null;
  /** Offset in the (line-ending normalised) text where the body starts. */
  bodyStart: number;
}

const HEADER_SCAN_LINES = 12;
/**
 * A line longer than this is body text, never a back-link, title or metadata line: the header's patterns are not
 * tried on it (on a long paragraph of `[` without `]` the link patterns backtracked quadratically: 280 KB took 5 s).
 */
const HEADER_LINE_MAX = 2000;
/** A link label that leads back to an index: 返回, 回到目录, Back to index, :house:. */
const BACK_WORD = /返回|回到|回首页|首页|首頁|目录|目錄|back|home|index|:house:/i;
/** A link on a navigation line; its label may hold an emoji or an image. A page saved as HTML writes it `<a href>`. */
const NAV_LINK = /!?\[((?:[^\]\\]|\\.|!\[[^\]]*\]\([^)]*\))*)\]\([^)]*\)|<a\s[^>]*>([^<]*)<\/a>/gi;
/** What may stand between the links of a navigation line: separators and arrows. */
const NAV_FILL = /^[\s|｜·•/\\<>«»‹›←⬅⇐↩↑⬆︎️🔙🏠-]*$/u;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
// A destination may hold balanced parentheses (`https://zh.wikipedia.org/wiki/聯合國_(2021年)`), as CommonMark allows.
const LINK = /\[([^\]]*)\]\((<[^>]*>|(?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"]*")?\)/g;
const SOURCE_LABEL = /轉載|转载|來源|来源|出處|出处|原文|source|via|from|reprint/i;

/** Reads the header of an article whose line endings are already `\n`. */
export function readHeader(text: string): ArticleHeader {
  const lines = splitLines(text);
  const none: ArticleHeader = { titleMarkdown: null, author: null, published: null, source: null, relativeTime: null, bodyStart: 0 };
  let i = 0;
  let seen = 0;
  let titleIndex = -1;
  let titleMarkdown: string | null = null;
  // A metadata line above the title (some sites date the page first): used when none follows the title.
  let metaAbove: MetadataLine | null = null;
  for (; i < lines.length && seen < HEADER_SCAN_LINES; i++) {
    const line = withoutZeroWidthEnds(lines[i].text);
    if (line.trim() === '') continue;
    if (line.length > HEADER_LINE_MAX) break;
    seen++;
    if (isBackLinkLine(line) || RULE.test(line)) continue;
    const heading = HEADING.exec(line);
    const loose = heading ? null : LOOSE_TITLE.exec(line);
    if (heading) {
      titleIndex = i;
      titleMarkdown = heading[2];
    } else if (i + 1 < lines.length && SETEXT_UNDERLINE.test(lines[i + 1].text) && !NOT_SETEXT_TEXT.test(line)) {
      // A title underlined with `===` or `---` (a setext heading): the underline ends the title.
      titleIndex = i + 1;
      titleMarkdown = line.trim();
    } else if (loose && (metaAbove || metadataAfter(lines, i + 1))) {
      // `##标题` without the space Markdown needs, or a line of bold alone: a title only with a metadata line by it.
      titleIndex = i;
      titleMarkdown = (loose[1] ?? loose[2]).trim();
    } else if (!metaAbove && (metaAbove = readMetadataLine(line))) {
      continue;
    }
    break;
  }
  if (titleIndex < 0 || titleMarkdown === null) return none;

  let bodyLine = titleIndex + 1;
  let author: string | null = null;
  let published: string | null = null;
  let source: string | null = null;
  let relativeTime: string | null = null;
  let next = bodyLine;
  while (next < lines.length && lines[next].text.trim() === '') next++;
  const block = readMetadataBlock(lines, next);
  if (block) {
    ({ author, published, source, relativeTime } = block.meta);
    bodyLine = block.end;
    // Fields written one paragraph each (`2021-05-06 14:30 李四` / blank line / `来源：[新华社](…)`), as Markdown
    // needs for them to show on lines of their own: a one-line paragraph that is a labelled field joins the block.
    for (let extra = fieldParagraph(lines, bodyLine); extra; extra = fieldParagraph(lines, bodyLine)) {
      author ??= extra.meta.author;
      source ??= extra.meta.source;
      if (!published && !relativeTime) ({ published, relativeTime } = extra.meta);
      bodyLine = extra.end;
    }
  }
  // A line above the title fills what the lines under it leave out (some sites put the source above the title and the
  // date under it: `来源：[大纪元](…)` / `### 标题` / `` `2023年11月3日 08:30 EST` ``).
  if (metaAbove) {
    author ??= metaAbove.author;
    source ??= metaAbove.source;
    if (!published && !relativeTime) ({ published, relativeTime } = metaAbove);
  }
  const bodyStart = bodyLine < lines.length ? lines[bodyLine].start : text.length;
  return { titleMarkdown, author, published, source, relativeTime, bodyStart };
}

/**
 * A zero-width space, joiner or byte order mark at either end of a line is no content: pasted from a web page, it
 * hides a back-link line or a title from the patterns that read them.
 */
function withoutZeroWidthEnds(line: string): string {
  return ZERO_WIDTH_END.test(line) ? line.replace(ZERO_WIDTH_ENDS, '') : line;
}
const ZERO_WIDTH_END = /^[\u200b-\u200d\u2060\ufeff]|[\u200b-\u200d\u2060\ufeff]$/;
const ZERO_WIDTH_ENDS = /^[\u200b-\u200d\u2060\ufeff]+|[\u200b-\u200d\u2060\ufeff]+$/g;

/** How many lines a metadata block under the title may have (one field a line: 作者, 时间, 原文链接…). */
const META_BLOCK_LINES = 6;
/**
 * A line that is one labelled field of a metadata block: `作者：宝尹`, `时间：2023-11-03 18:22`, `原文链接：https://…`,
 * `Source: …`, `By Jane Doe` (emphasis or a list marker around the label allowed).
 */
const FIELD_LINE = new RegExp(
  String.raw`^\s{0,3}(?:[-*+>]\s+)?(?:\*\*|__|\*|_)?(?:` +
    String.raw`(?:文章作者|作者|记者|記者|撰文|撰稿|摄影|攝影|翻译|翻譯|译者|譯者|编译|編譯|编辑|編輯|发布时间|發佈時間|發布時間|发表时间|發表時間|更新时间|更新時間|时间|時間|日期|` +
    String.raw`轉載自|转载自|轉載|转载|來源|来源|出處|出处|原文链接|原文鏈接|原文連結|原文|source|author|date|published|posted|updated)\s*(?:\*\*|__|\*|_)?\s*[:：]` +
    String.raw`|by\s+\S)`,
  'i',
);

/**
 * The metadata under the title: one line (date, author, source link), or a block of consecutive lines of one field
 * each (`作者：宝尹` / `时间：2023-11-03 18:22` / `原文链接：https://…`); its fields merged, the first line naming
 * a field giving it. Null when the line at `from` is neither.
 */
function readMetadataBlock(lines: Line[], from: number): { meta: MetadataLine; end: number } | null {
  let meta: MetadataLine | null = null;
  let k = from;
  for (; k < lines.length && k < from + META_BLOCK_LINES; k++) {
    const text = withoutZeroWidthEnds(lines[k].text);
    if (text.trim() === '') break;
    // After the first line, only labelled fields, or a date when none was read yet (`By Jane Doe` / `Nov 3, 2023`):
    // a body paragraph may follow without a blank line.
    const field = FIELD_LINE.test(text) || BARE_BYLINE.test(text);
    const line = readMetadataLine(text) ?? (field ? bylineLine(text) : null);
    if (!line) break;
    if (meta && !field && (meta.published || !line.published || SENTENCE_END.test(text.trim()))) break;
    meta = meta
      ? {
          author: meta.author ?? line.author,
          published: meta.published ?? line.published,
          source: meta.source ?? line.source,
          relativeTime: meta.published || meta.relativeTime ? meta.relativeTime : line.relativeTime,
        }
      : line;
  }
  return meta ? { meta, end: k } : null;
}

/**
 * The labelled metadata field that is the next paragraph after `from` (past blank lines) when that paragraph is one
 * line: `来源：[新华社](…)`, `原文链接：https://…`, `作者：宝尹`. A paragraph of several lines, or one without a label,
 * is body text.
 */
function fieldParagraph(lines: Line[], from: number): { meta: MetadataLine; end: number } | null {
  let k = from;
  while (k < lines.length && lines[k].text.trim() === '') k++;
  if (k === from || k >= lines.length || k - from > 2) return null;
  const text = withoutZeroWidthEnds(lines[k].text);
  if (!(FIELD_LINE.test(text) || BARE_BYLINE.test(text)) || (k + 1 < lines.length && lines[k + 1].text.trim() !== '')) return null;
  const read = readMetadataBlock(lines, k);
  return read && read.end === k + 1 ? read : null;
}

const SENTENCE_END = /[。！？.!?]$/;
/** Names after an English `By`: capitalised words, joined by `and`, `&` or commas (`By then it was late` is prose). */
const ENGLISH_NAMES = /^\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}'’.-]*)*$/u;

/**
 * An English byline's names without the role or outlet written after a comma (`Lyse Doucet, Chief international
 * correspondent`, `Jane Doe, the Associated Press`), as the BBC, AP and Reuters write them; the names alone when no
 * cut leaves only capitalised words.
 */
function withoutEnglishRole(name: string): string {
  let names = name;
  while ((!ENGLISH_NAMES.test(names) || OUTLET_OR_ROLE.test(names)) && names.includes(',')) names = names.slice(0, names.lastIndexOf(',')).trim();
  return ENGLISH_NAMES.test(names) ? names : name;
}
/**
 * The last comma part of an English byline when it is an outlet or a role, not a name: an acronym (`CNN`, `AP`), or
 * words news outlets and roles are named with (`BBC News`, `The Washington Post`, `Staff Writer`).
 */
const OUTLET_OR_ROLE =
  /,\s*(?:\p{Lu}{2,6}|(?:[\p{L}'’.-]+\s+)*(?:News|Press|Times|Post|Journal|Herald|Tribune|Reuters|Agency|Bureau|Network|Correspondent|Editor|Reporter|Writer|Staff|Contributor|Columnist)(?:\s+[\p{L}'’.-]+)*)$/u;

/** A metadata line that names only the author (`作者：宝尹`, `By Jane Doe`), or null. */
function bylineLine(line: string): MetadataLine | null {
  const text = unescapeAll(
    line
      .replace(/^\s{0,3}(?:[-*+>]\s+)?/, '')
      .replace(WIKI_LINK, (link, inner: string) => splitWikiLink(inner)?.label ?? link)
      .replace(/\*+|(^|\s)_+|_+(?=\s|$)/g, '$1'),
  ).trim();
  if (!AUTHOR_LABEL.test(text)) return null;
  const author = authorIn(text, 80);
  if (!author || author.length > 40 || (/^by\s/i.test(text) && !ENGLISH_NAMES.test(author))) return null;
  return { author, published: null, source: null, relativeTime: null };
}

/** A title written loosely: `##标题` (no space after the hashes) or `**标题**` alone on its line. */
const LOOSE_TITLE = /^\s{0,3}#{1,6}(?=[^#\s])(.*?)\s*#*\s*$|^\s{0,3}(?:\*\*|__)(?=\S)((?:(?!\*\*|__).)+?)(?:\*\*|__)\s*$/;

/** Whether the first non-empty line from `from` on is a metadata line. */
function metadataAfter(lines: Line[], from: number): boolean {
  let k = from;
  while (k < lines.length && lines[k].text.trim() === '') k++;
  return k < lines.length && readMetadataLine(lines[k].text) !== null;
}

const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
/** Lines an underline does not make a heading: list items, quotes, fences, indented code. */
const NOT_SETEXT_TEXT = /^(?: {4}|\t)|^\s{0,3}(?:[-*+>]|\d{1,9}[.)])(?:\s|$)|^\s{0,3}(?:```|~~~)/;

/**
 * A navigation line above the title: nothing but links (and separators or arrows between them), one of which leads
 * back (`[返回](README.md)`, `#### [返回首页](/) | [上一篇](prev.md)`, `<< [Back to index](README.md)`); it may be a
 * heading.
 */
function isBackLinkLine(line: string): boolean {
  const text = line.replace(/^\s{0,3}#{1,6}\s*/, '');
  let back = false;
  let links = 0;
  const rest = text.replace(NAV_LINK, (_link, label: string | undefined, htmlLabel: string | undefined) => {
    links++;
    if (BACK_WORD.test(label ?? htmlLabel ?? '')) back = true;
    return ' ';
  });
  return links > 0 && back && NAV_FILL.test(rest);
}

interface MetadataLine {
  author: string | null;
  published: string | null;
  source: string | null;
  /** The relative time the line gives instead of a date (`3小时前`), or null. */
  relativeTime: string | null;
}

/** A metadata line holds a date or a source link (轉載自…), and is not itself a heading or a paragraph of prose. */
function readMetadataLine(line: string): MetadataLine | null {
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
  if (!date && !labelledSource) return null;
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
  if (date) {
    author = authorIn(withoutLaterDates(dateArea.slice(0, date.start) + ' ' + dateArea.slice(date.end)), 80);
    // `2023-11-05 14:30` 作者：李明 [轉載自…](…): the author may follow the date's code span instead of sharing it.
    // Outside the code span, a name must be labelled (作者：, By) or be short and not another label (来源：, 原文链接).
    // A source label its link left behind (`轉載自[…](…) 作者：王小明`) does not stand between the date and a byline.
    const outside = codeSpan ? withoutLinks.replace(codeSpan[0], ' ').replace(LEFT_LABELS, ' ').trim() : '';
    const labelled = BYLINE_AHEAD.test(outside);
    if (!author && outside && (labelled || (outside.length <= 20 && !/[:：]|来源|來源|原文|链接|鏈接|source|link/i.test(outside)))) {
      author = authorIn(outside, 40);
    }
  }
  // `2021-03-05 14:30` [王小明](…/author/wang) 轉載自[…](…): a name may be a link to the author's page.
  if (date && !author) author = linkedAuthor(links, sourceLink, line);
  // The destination as Markdown reads it: `&amp;` and `\_` in it are `&` and `_`.
  const href = sourceLink ? unescapeAll(sourceLink.href.replace(/^<|>$/g, '')) : null;
  return {
    author: author || null,
    published: date?.iso ?? null,
    source: href && /^https?:\/\//i.test(href) ? href : null,
    relativeTime: date && date.iso === null ? dateArea.slice(date.start, date.end) : null,
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
const WIKI_LINK = /\[\[([^[\]\n]+)\]\]/g;
const BARE_URL = /https?:\/\/[^\s<>()\[\]`\u3000-\u303f\uff00-\uffef]+/gi;

/**
 * A time given relative to when a page was seen (`3小时前`, `昨天`, `2 hours ago`): it marks a metadata line, but it
 * has no date (`iso` null).
 */
const RELATIVE_TIME =
  /(?:\d+|[一二两兩三四五六七八九十几幾半]+)\s*(?:秒|分钟|分鐘|小时|小時|个小时|個小時|天|日|周|週|星期|个月|個月|年)(?:之)?前|刚刚|剛剛|昨天|前天|\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\byesterday\b|\bjust now\b/i;

function relativeTime(text: string): { iso: null; start: number; end: number } | null {
  const m = RELATIVE_TIME.exec(text);
  return m ? { iso: null, start: m.index, end: m.index + m[0].length } : null;
}

/** A part of a metadata line that is only a source label whose link was taken out: 轉載自：, 来源:, Source:. */
const SOURCE_LABEL_ONLY = /^(?:轉載自|转载自|轉載|转载|來源|来源|出處|出处|原文(?:链接|鏈接|連結)?|source|via|from)\s*[:：]?$/i;
/**
 * What a metadata line leaves behind besides the name: a source label whose link was taken out (followed by nothing),
 * and a label of the date (发布于, 發佈時間：, Published on).
 */
const LEFT_LABELS =
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
/** A Chinese personal name in a byline: two to four characters, or a transliteration joined by · (`安东尼·布林肯`). */
const HAN_NAME = String.raw`(?:\p{Script=Han}{1,8}(?:[·・]\p{Script=Han}{1,8})+|\p{Script=Han}{2,4})`;
/**
 * A byline line without a colon that is only a byline word and names: `记者 王小明`, `文／張三、李四`,
 * `記者 陳家倫 林巧璉` (four names at most). Prose that starts with 记者 (`记者王小明今天在北京看到……`) has more than names after it.
 */
const BARE_BYLINE = new RegExp(
  String.raw`^\s{0,3}(?:${BYLINE_WORD}|文)(?:\s+|\s*[／/]\s*(?:(?:记者|記者)\s*)?)${HAN_NAME}(?:\s*[、，,]\s*${HAN_NAME}|\s+${HAN_NAME}){0,3}\s*$`,
  'u',
);
/** A reporter named with the outlet before the word (`BBC中文记者 李文`, `中央社記者：呂佳蓉`). */
const OUTLET_REPORTER = String.raw`[^\s:：|｜]{1,12}?(?:记者|記者)`;
/** A byline that is an agency's dateline: `中央社記者王小明台北3日電`, `記者林志明、陳美玲華盛頓14日專電`. */
const DATELINE_BYLINE = /(?:記者|记者).*\d{1,2}\s*日\s*(?:專|专)?(?:電|电)$/u;
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
const BYLINE_AHEAD = new RegExp(`^[\\s,，;；|｜·•—-]*(?:${BYLINE_WORD}|文\\s*[:：/／]|by\\s)`, 'i');
/** A byline label before the name, taken off it. */
const BYLINE_PREFIX = new RegExp(
  `^(?:${BYLINE_WORD}|文|by|${ENGLISH_BYLINE_WORD})\\s*[:：/／]\\s*(?=\\S)|^written\\s+by\\s*[:：]?\\s*(?=\\S)|^${BYLINE_WORD}\\s+(?=\\S)|^${GLUED_BYLINE_WORD}(?=\\p{Script=Han}{2})|^${OUTLET_REPORTER}\\s*[:：]?\\s*(?=\\S)|^(?:by|par)\\s+(?=\\S)`,
  'iu',
);
/** A byline label inside a part of the line, after other words (`（北京时间） 作者：宝尹`): the part is split there. */
const BYLINE_INSIDE = new RegExp(`\\s+(?=(?:${BYLINE_WORD}|文)\\s*[:：/／])`);
/** The desk or dateline after a Taiwanese reporter's name: `記者陳冠宇／綜合報導`, `／台北3日電`, `（记者 李四 台北报导）`. */
const DESK_SUFFIX = /(?:\s*[／/]\s*|\s+)[^\s／/]{0,8}(?:報導|报导|报道|報道|電|电|訊|讯)$/u;
/**
 * A weekday left beside the date (`2021年3月5日 星期五 作者 張三`, `Fri, Mar 5`): not part of the name. An English
 * abbreviation counts only with its stop or comma: Sun and Mona are names.
 */
const WEEKDAY =
  /^(?:[（(]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][）)]?[,，、]?|[（(][一二三四五六日天][）)]|[（(][月火水木金土日](?:曜日?)?[）)]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)[.,])(?=\s|$)\s*/i;

/** The author named in what a metadata line holds besides its date and links, or null (nothing, or too long to be a name). */
function authorIn(rest: string, maxLength: number): string | null {
  // `日期 | 作者：林小明 | 轉載自：[…](…)`: the line's parts are split at its separators, a source label left
  // behind by its link is dropped, and a part labelled as the author is the name.
  // Labels whose links were taken out, and the label of the date taken out (发布于, Published), are dropped too,
  // wherever they stand: `发布于 2020/8/14 作者：宝尹 轉載自：[…](…) 来源：[…](…)` names 宝尹.
  const parts = rest
    .replace(/`/g, ' ')
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
  if (dateline) return dateline;
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
  return name.length > 0 && !tooShort && name.length <= maxLength && !/[。！？!?]/.test(name) ? name : null;
}

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}
