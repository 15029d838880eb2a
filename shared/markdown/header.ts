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
import { BARE_BYLINE, bylineLine } from './byline';
import { BACK_WORD, HEADER_LINE_MAX, HEADER_SCAN_LINES, HEADING, splitLines, withoutZeroWidthEnds, type Line } from './headerLines';
import { readMetadataLine, type MetadataLine } from './metadataLine';

export interface ArticleHeader {
  /** The title's Markdown (wiki-links and emphasis still in it), or null when the file has no leading heading. */
  titleMarkdown: string | null;
  author: string | null;
  published: string | null;
  /**
   * The calendar day `published` was written on in the zone the metadata line names (`2023-11-03` for
   * `2023年11月3日 07:30 北京时间`, published 2023-11-02T23:30:00Z); null when there is no date.
   */
  publishedDay: string | null;
  source: string | null;
  /** The relative time the metadata line gives instead of a date (`3小时前`, `2 hours ago`), or null. */
  relativeTime: string | null;
  /** A date the metadata line writes but that cannot be read (`2/30/2023 6:22 AM UTC`), as written; null otherwise. */
  unreadDate: string | null;
  /** Offset in the (line-ending normalised) text where the body starts. */
  bodyStart: number;
}

/** A link on a navigation line; its label may hold an emoji or an image. A page saved as HTML writes it `<a href>`. */
const NAV_LINK = /!?\[((?:[^\]\\]|\\.|!\[[^\]]*\]\([^)]*\))*)\]\([^)]*\)|<a\s[^>]*>([^<]*)<\/a>/gi;
/** What may stand between the links of a navigation line: separators and arrows. */
const NAV_FILL = /^[\s|｜·•/\\<>«»‹›←⬅⇐↩↑⬆︎️🔙🏠-]*$/u;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

/** Reads the header of an article whose line endings are already `\n`. */
export function readHeader(text: string): ArticleHeader {
  const lines = splitLines(text);
  const none: ArticleHeader = {
    titleMarkdown: null,
    author: null,
    published: null,
    publishedDay: null,
    source: null,
    relativeTime: null,
    unreadDate: null,
    bodyStart: 0,
  };
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
  let publishedDay: string | null = null;
  let source: string | null = null;
  let relativeTime: string | null = null;
  let unreadDate: string | null = null;
  let next = bodyLine;
  while (next < lines.length && lines[next].text.trim() === '') next++;
  const block = readMetadataBlock(lines, next);
  if (block) {
    ({ author, published, publishedDay, source, relativeTime, unreadDate } = block.meta);
    bodyLine = block.end;
    // Fields written one paragraph each (`2021-05-06 14:30 李四` / blank line / `来源：[新华社](…)`), as Markdown
    // needs for them to show on lines of their own: a one-line paragraph that is a labelled field joins the block.
    for (let extra = fieldParagraph(lines, bodyLine); extra; extra = fieldParagraph(lines, bodyLine)) {
      author ??= extra.meta.author;
      source ??= extra.meta.source;
      if (!published && !relativeTime) ({ published, publishedDay, relativeTime } = extra.meta);
      unreadDate ??= extra.meta.unreadDate;
      bodyLine = extra.end;
    }
  }
  // A line above the title fills what the lines under it leave out (some sites put the source above the title and the
  // date under it: `来源：[大纪元](…)` / `### 标题` / `` `2023年11月3日 08:30 EST` ``).
  if (metaAbove) {
    author ??= metaAbove.author;
    source ??= metaAbove.source;
    if (!published && !relativeTime) ({ published, publishedDay, relativeTime } = metaAbove);
    unreadDate ??= metaAbove.unreadDate;
  }
  const bodyStart = bodyLine < lines.length ? lines[bodyLine].start : text.length;
  return { titleMarkdown, author, published, publishedDay, source, relativeTime, unreadDate: published ? null : unreadDate, bodyStart };
}


/** How many lines a metadata block under the title may have (one field a line: 作者, 时间, 原文链接…). */
const META_BLOCK_LINES = 6;
/**
 * A line that is one labelled field of a metadata block: `作者：宝尹`, `时间：2023-11-03 18:22`, `原文链接：https://…`,
 * `Source: …`, `By Jane Doe` (emphasis or a list marker around the label allowed).
 */
const FIELD_LINE = new RegExp(
  String.raw`^\s{0,3}(?:[-*+>]\s+)?(?:\*\*|__|\*|_)?(?:` +
    String.raw`(?:文章作者|作者|记者|記者|撰文|撰稿|摄影|攝影|翻译|翻譯|译者|譯者|编译|編譯|编辑|編輯|发布时间|發佈時間|發布時間|发表时间|發表時間|更新时间|更新時間|时间|時間|日期|` +
    String.raw`轉載自|转载自|轉載|转载|來源|来源|出處|出处|原文链接|原文鏈接|原文連結|原文|source|authors?|writers?|reporters?|date|published|posted|updated)\s*(?:\*\*|__|\*|_)?\s*[:：]` +
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
          publishedDay: meta.published ? meta.publishedDay : line.publishedDay,
          source: meta.source ?? line.source,
          relativeTime: meta.published || meta.relativeTime ? meta.relativeTime : line.relativeTime,
          unreadDate: meta.unreadDate ?? line.unreadDate,
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

