/**
 * Article import on messy articles nobody tuned it on (test/fixtures/messy10/): wiki-links in the title and in image
 * alt text, every prefix and target form, broken and escaped links, links in emphasis, link text, tables, quotes and
 * footnotes, entities, raw HTML, setext headings, hard breaks, mixed CRLF/CR/LF, tabs, zero-width and no-break
 * spaces, full-width brackets, and metadata lines from other sites. For each: the canonical text, every wiki-link
 * occurrence (offset, language, target, label), the header fields, the title's links and the warnings; then, for all
 * of them, that every text run's source range holds the text it produced (the promise behind exact exports) and that
 * an edited revision's Markdown reads back to the same document.
 *
 * Decisions these pin down:
 * - The title's wiki-links are links of the article (`titleWikiLinks`, offsets in the title); the body's `wikiLinks`
 *   are canonical-text offsets and do not include them. Links in image alt text are not links of the article: alt text
 *   describes a picture, is not shown as text, and cannot be followed.
 * - A link the author placed wrongly (两[[zh:国关]]系) is kept as written: an entity 国关, which the link review
 *   (shared/translation/linkReview.ts) flags as cutting through 两国 and 关系. A `[[` that opens no link gets a warning.
 * - A wiki-link's label is text, not Markdown: `[[zh:伊朗|**伊朗**]]` shows the asterisks (the serializer writes a
 *   label the same way). Interwiki prefixes other than languages (wikt:, w:, Category:) stay part of the title.
 * - Raw HTML is text (html is off), so a wiki-link inside a tag's text or a comment is still a link.
 * - A paragraph indented by a tab after a blank line is an indented code block, as CommonMark has it; `__` against
 *   Chinese text on both sides (`__[[zh:辛]]__与`) is not emphasis, as CommonMark has it (the link still counts).
 * - A title over a line break (`[[en:United⏎States]]`, wrapped text) is not a link, as in MediaWiki, and gets the
 *   warning; a label over a line break is (`[[en:Reuters|a Reuters⏎report]]`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, type ImportedArticle } from '../../../../shared/markdown/parseArticle';
import { reviewWikiLinks } from '../../../../shared/translation/linkReview';
import { expectSerializedReadsBack, expectSourceMapProducesText } from './sourceMapCheck';

const DIR = new URL('../../../fixtures/messy10/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
const read = (file: string): ImportedArticle => parseArticle(readFileSync(new URL(file, DIR)), { fileName: file });

type Link = [start: number, lang: string, target: string, label: string];

interface Expected {
  meta: { title: string; author: string | null; published: string | null; source: string | null; lang: string };
  titleLinks: Link[];
  warnings: string[];
  text: string;
  links: Link[];
}

const EXPECTED: Record<string, Expected> = {
  '01-title-links-pm.zh.md': {
    meta: { title: '卡塔尔与哈马斯组织的秘密谈判', author: '宝尹', published: '2023-11-03T18:22:00Z', source: 'https://gnews.org/articles/3000001', lang: 'zh' },
    titleLinks: [[0, 'zh', '卡塔尔', '卡塔尔'], [4, 'zh', '哈马斯', '哈马斯组织']],
    warnings: [],
    text: '据路透社报道，卡塔尔首相在多哈会见了谈判代表。\n\n两国关系因此升温。',
    links: [
      [1, 'zh', '路透社', '路透社'],
      [7, 'zh', '卡塔尔', '卡塔尔'],
      [13, 'zh', '多哈', '多哈'],
      [26, 'zh', '国关', '国关'],
    ],
  },
  '02-image-alt.zh.md': {
    meta: { title: '图片说明里的维基链接', author: '陈图', published: '2021-07-01T12:00:00Z', source: 'https://www.rfa.org/mandarin/a/1.html', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '加沙以色列说。\n\n图：联合国。',
    links: [
      [0, 'zh', '加沙', '加沙'],
      [2, 'zh', '以色列', '以色列'],
      [11, 'zh', '联合国', '联合国'],
    ],
  },
  '03-prefixes.zh.md': {
    meta: { title: '各种前缀', author: null, published: '2022-12-25T08:00:00Z', source: 'https://example.org/prefixes', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '哈马斯、カタール、卡塔爾、論語、Tâi-oân、wikt:谈判、卡塔尔、卡国、Qatar、Category:中东、w:Doha。',
    links: [
      [0, 'en', 'Hamas', '哈马斯'],
      [4, 'ja', 'カタール', 'カタール'],
      [9, 'zh-yue', '卡塔爾', '卡塔爾'],
      [13, 'zh-classical', '論語', '論語'],
      [16, 'zh-min-nan', 'Tâi-oân', 'Tâi-oân'],
      [24, 'zh', 'wikt:谈判', 'wikt:谈判'],
      [32, 'zh', '卡塔尔', '卡塔尔'],
      [36, 'zh', '卡塔尔', '卡国'],
      [39, 'simple', 'Qatar', 'Qatar'],
      [45, 'zh', 'Category:中东', 'Category:中东'],
      [57, 'zh', 'w:Doha', 'w:Doha'],
    ],
  },
  '04-targets.zh.md': {
    meta: { title: '目标的写法', author: '张目标', published: '2019-03-05T09:00:00Z', source: 'https://example.org/targets', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '纽约、New York City、卡塔尔历史、#本节、长城 (消歧义)、长城、多哈、100%纯、C++、AC/DC、卡塔尔。',
    links: [
      [0, 'zh', 'New_York_City', '纽约'],
      [3, 'zh', 'New York City', 'New York City'],
      [17, 'zh', '卡塔尔#历史', '卡塔尔历史'],
      [23, 'zh', '#本节', '#本节'],
      [27, 'zh', '长城 (消歧义)', '长城 (消歧义)'],
      [36, 'zh', '長城_(消歧義)', '长城'],
      [39, 'zh', '多哈', '多哈'],
      [42, 'zh', '100%纯', '100%纯'],
      [48, 'zh', 'C++', 'C++'],
      [52, 'zh', 'AC/DC', 'AC/DC'],
      [58, 'zh', '卡塔尔（国家）', '卡塔尔'],
    ],
  },
  '05-broken.zh.md': {
    meta: { title: '坏掉的链接', author: '李坏', published: '2018-01-02T03:04:00Z', source: 'https://example.org/broken', lang: 'zh' },
    titleLinks: [],
    warnings: ['7 places look like wiki-links but are not (unclosed, empty, or a title over a line break or holding a bracket); they are shown as written: "[[zh:卡塔尔 后面还有文字。", "[[zh:]]", "[[]]" and 4 more.'],
    text: '转义的 [[zh:不是链接]] 和 [[zh:半转义]]，未闭合的 [[zh:卡塔尔 后面还有文字。\n\n空的 [[zh:]] 和 [[]] 和 [[ ]] 和 [[|标签]]，单括号 [[zh:多哈] 和 [zh:多哈]]。\n\n三个括号 [加沙] 和 加沙]。两国关系、美国人。\n\n跨行的 [[zh:卡塔\n尔]] 不算。',
    links: [
      [120, 'zh', '加沙', '加沙'],
      [126, 'zh', '加沙', '加沙'],
      [131, 'zh', '国关', '国关'],
      [135, 'zh', '美', '美'],
    ],
  },
  '06-emphasis.zh.md': {
    meta: { title: '强调与链接', author: '王强调', published: '2017-05-06T07:08:00Z', source: 'https://example.org/emph', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '卡塔尔、多哈市、加沙、以色列、Gaza Strip。\n\n粗体里埃及和文字，见 约旦 的报道，黎巴嫩。\n\n**伊朗**、*叙利亚*。',
    links: [
      [0, 'zh', '卡塔尔', '卡塔尔'],
      [4, 'zh', '多哈', '多哈市'],
      [8, 'zh', '加沙', '加沙'],
      [11, 'zh', '以色列', '以色列'],
      [15, 'en', 'Gaza Strip', 'Gaza Strip'],
      [31, 'zh', '埃及', '埃及'],
      [39, 'zh', '约旦', '约旦'],
      [46, 'zh', '黎巴嫩', '黎巴嫩'],
      [52, 'zh', '伊朗', '**伊朗**'],
      [59, 'zh', '叙利亚', '*叙利亚*'],
    ],
  },
  '07-entities.zh.md': {
    meta: { title: '实体&字符引用 中东', author: '赵实体', published: '2016-08-09T10:11:00Z', source: 'https://example.org/entities', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '价格\u00a0100\u00a0美元，中国与中东，&amp; 不是 &，<b>也不是标签</b>。\n\n中国、AT&T、"中国"、New\u00a0York、&bogus; 和 &#xZZ;。',
    links: [
      [42, 'zh', '中国', '中国'],
      [45, 'zh', 'AT&T', 'AT&T'],
      [50, 'zh', '中国', '"中国"'],
      [55, 'zh', 'New\u00a0York', 'New\u00a0York'],
    ],
  },
  '08-html.zh.md': {
    meta: { title: '原始 HTML', author: '孙网页', published: '2015-09-10T11:12:00Z', source: 'https://example.org/html', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '<div class="note">\n卡塔尔在 HTML 块里\n</div>\n\n第一行\n第二行\n多哈<sup>[1]</sup> <span style="color:red">红色加沙</span>。\n\n<!-- 注释 隐藏 -->\n\n<p align="center"><img src="x.png" onerror="alert(1)"></p>',
    links: [
      [19, 'zh', '卡塔尔', '卡塔尔'],
      [48, 'zh', '多哈', '多哈'],
      [89, 'zh', '加沙', '红色加沙'],
      [111, 'zh', '隐藏', '隐藏'],
    ],
  },
  '09-tables.zh.md': {
    meta: { title: '表格', author: '钱表格', published: '2014-10-11T12:13:00Z', source: 'https://example.org/tables', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '国家\n\n首都\n\n备注\n\n卡塔尔\n\n多哈市\n\n海湾 | 小国\n\n以色列\n\n耶路撒冷\n\n埃及\n\n约旦\n\n安曼\n\n约旦河与死海\n\n表后文字中东。',
    links: [
      [12, 'zh', '卡塔尔', '卡塔尔'],
      [17, 'zh', '多哈', '多哈市'],
      [31, 'zh', '以色列', '以色列'],
      [36, 'zh', '耶路撒冷', '耶路撒冷'],
      [42, 'zh', '埃及', '埃及'],
      [46, 'zh', '约旦', '约旦'],
      [50, 'zh', '安曼', '安曼'],
      [54, 'zh', '约旦河', '约旦河'],
      [58, 'zh', '死海', '死海'],
      [66, 'zh', '中东', '中东'],
    ],
  },
  '10-footnotes-refs.zh.md': {
    meta: { title: '脚注与引用式链接', author: '周脚注', published: '2013-11-12T13:14:00Z', source: 'https://example.org/footnotes', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    // Footnotes (session 19): references carry no text; the notes follow the body, one block each.
    text: '卡塔尔的财富来自天然气。参见路透社和美联社以及半岛电视台。\n\n见卡塔尔经济。\n\n数据来自 IMF。',
    links: [
      [0, 'zh', '卡塔尔', '卡塔尔'],
      [23, 'zh', '半岛电视台', '半岛电视台'],
      [32, 'zh', '卡塔尔经济', '卡塔尔经济'],
    ],
  },
  '11-setext.zh.md': {
    meta: { title: '卡塔尔的天然气外交', author: '吴设', published: '2023-11-03T08:00:00Z', source: 'https://www.bbc.com/zhongwen/simp/1', lang: 'zh' },
    titleLinks: [[4, 'zh', '天然气', '天然气']],
    warnings: [],
    text: '第一段，行末两个空格\n硬换行之后液化天然气，反斜杠\n硬换行。\n\n小节标题\n\n小节正文提到壳牌。',
    links: [
      [16, 'zh', '液化天然气', '液化天然气'],
      [44, 'zh', '壳牌', '壳牌'],
    ],
  },
  '12-crlf-ws.zh.md': {
    meta: { title: '行尾与空白', author: '郑空白', published: '2012-12-13T14:15:00Z', source: 'https://example.org/ws', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '第一段用 CRLF，卡塔尔。\n第二行用 LF\n第三行用 CR\n\n制表符开头的段落[[zh:多哈]]。\n\n零宽\u200b空格与不间断\u00a0空格，卡塔\u200b尔与加沙。',
    links: [
      [10, 'zh', '卡塔尔', '卡塔尔'],
      [65, 'zh', '卡塔\u200b尔', '卡塔\u200b尔'],
      [70, 'zh', '加沙', '加沙'],
    ],
  },
  '14-fullwidth.zh.md': {
    meta: { title: '全角括号【测试】', author: '陈全角', published: '2010-02-15T16:17:00Z', source: 'https://example.org/fullwidth', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '【卡塔尔】消息，［［zh:多哈］］不是链接，〔加沙〕和（以色列）和「埃及」。',
    links: [
      [1, 'zh', '卡塔尔', '卡塔尔'],
      [23, 'zh', '加沙', '加沙'],
      [28, 'zh', '以色列', '以色列'],
      [34, 'zh', '埃及', '埃及'],
    ],
  },
  '15-metadata-variants.zh.md': {
    meta: { title: '多个来源的文章', author: '宝尹', published: '2020-08-14T00:00:00Z', source: 'https://gnews.org/articles/400001', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '正文推特。',
    links: [
      [2, 'zh', '推特', '推特'],
    ],
  },
  '16-relative-time.zh.md': {
    meta: { title: '没有绝对时间的文章', author: '匿名', published: null, source: 'https://weibo.com/123', lang: 'zh' },
    titleLinks: [],
    warnings: ['The metadata line under the title gives only a relative time ("3小时前"), which has no date, so the article has no publication date.'],
    text: '正文提到微博。',
    links: [
      [4, 'zh', '微博', '微博'],
    ],
  },
  '17-english-nov.en.md': {
    meta: { title: 'Qatar\'s role in Hamas talks', author: null, published: '2023-11-03T00:00:00Z', source: 'https://www.aljazeera.com/news/2023/11/3/x', lang: 'en' },
    titleLinks: [[16, 'en', 'Hamas', 'Hamas']],
    warnings: [],
    text: 'Qatar has hosted Hamas\'s political office in Doha since 2012.\n\nSee Qatar–Hamas relations.',
    links: [
      [0, 'en', 'Qatar', 'Qatar'],
      [45, 'en', 'Doha', 'Doha'],
      [67, 'en', 'Qatar–Hamas relations', 'Qatar–Hamas relations'],
    ],
  },
  '18-title-only-links.zh.md': {
    meta: { title: '卡塔尔与卡塔尔的Qatar', author: null, published: null, source: null, lang: 'zh' },
    titleLinks: [[0, 'zh', '卡塔尔', '卡塔尔'], [4, 'zh', '卡塔尔', '卡塔尔'], [8, 'en', 'Qatar', 'Qatar']],
    warnings: ['There is no metadata line (date, author, source link) under the title, so the article has no publication date.'],
    text: '',
    links: [
    ],
  },
  '19-no-title.zh.md': {
    meta: { title: '19-no-title.zh', author: null, published: null, source: null, lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '2023年11月3日 下午6:22\n\n没有标题的文章，第一行是日期，提到卡塔尔。',
    links: [
      [36, 'zh', '卡塔尔', '卡塔尔'],
    ],
  },
  '20-backlink-variants.zh.md': {
    meta: { title: '变体返回行之后的标题', author: 'Jane', published: '2023-11-03T18:22:00Z', source: 'https://example.org/bl', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '正文目录。',
    links: [
      [2, 'zh', '目录', '目录'],
    ],
  },
  '21-nested-crlf.zh.md': {
    meta: { title: '嵌套结构与 CRLF', author: '褚嵌套', published: '2009-03-16T17:18:00Z', source: 'https://example.org/nested', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '引用第一行卡塔尔\n硬换行后的第二行\n懒惰续行多哈\n\n引用里的列表 加沙地带\n续行 & 实体\n\n第二项\n\n二层引用 以色列\n跨行粗体 结束\n\n第一项\n\n第一项的第二段 埃及\n\n不同分隔符\n\n正文中的 小标题 标题\n\n多行的 setext\n二级标题\n\n引用里的表\n\n约旦王国\n\n| 竖线\n\n[[zh:代码]]\n\n[ ] 任务 任务\n\n[x] 完成',
    links: [
      [5, 'zh', '卡塔尔', '卡塔尔'],
      [22, 'zh', '多哈', '多哈'],
      [33, 'zh', '加沙', '加沙地带'],
      [57, 'zh', '以色列', '以色列'],
      [83, 'zh', '埃及', '埃及'],
      [99, 'zh', '小标题', '小标题'],
      [118, 'zh', '二级标题', '二级标题'],
      [131, 'zh', '约旦', '约旦王国'],
      [161, 'zh', '任务', '任务'],
    ],
  },
  '22-labels-autolinks.zh.md': {
    meta: { title: '标签与自动链接', author: '卫标签', published: '2008-04-17T18:19:00Z', source: 'https://example.org/labels', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '见 https://example.org/auto 与 mailto:a@b.org，https://qa.example，[[zh:代码里]]，双反引号 [[zh:x]] 。\n\n强调跨\n行多哈，链接跨\n行 加沙，以色\n列。\n\nABA紧挨着，甲乙同目标相邻。\n\n[[zh:实体括号]] 与 卡塔尔] 与 \\反斜杠。',
    links: [
      [44, 'zh', '卡塔尔', 'https://qa.example'],
      [96, 'zh', '多哈', '多哈'],
      [105, 'zh', '加沙', '加沙'],
      [108, 'zh', '以色列', '以色\n列'],
      [115, 'zh', 'A', 'A'],
      [116, 'zh', 'B', 'B'],
      [117, 'zh', 'A', 'A'],
      [122, 'zh', 'A', '甲'],
      [123, 'zh', 'A', '乙'],
      [146, 'zh', '卡塔尔', '卡塔尔'],
      [154, 'zh', '反斜杠', '反斜杠'],
    ],
  },

  '23-english-wrapped.en.md': {
    meta: { title: 'Qatar and the Strip', author: 'Jane Doe', published: '2023-11-03T23:22:00Z', source: 'https://www.example.com/news/qatar-gaza', lang: 'en' },
    titleLinks: [[14, 'en', 'Gaza Strip', 'Strip']],
    warnings: ['"[[en:United" looks like a wiki-link but is not one (unclosed, empty, or its title runs over a line break or holds a bracket); it is shown as written.'],
    text: 'Qatar\'s emir met envoys from Egypt and the [[en:United\nStates]] in Doha, according to a Reuters\nreport citing two officials.\nThe talks, which began on October 7, continue.\n\nIndented bullet with Hamas\n\nSecond bullet — with an em dash',
    links: [
      [0, 'en', 'Qatar', 'Qatar'],
      [29, 'en', 'Egypt', 'Egypt'],
      [67, 'en', 'Doha', 'Doha'],
      [86, 'en', 'Reuters', 'a Reuters\nreport'],
      [151, 'en', 'October 7', 'October 7'],
      [194, 'en', 'Hamas', 'Hamas'],
    ],
  },
  '24-metadata-weekday.zh.md': {
    meta: { title: '加沙停火谈判进入第二周', author: '宝尹', published: '2023-11-10T21:05:00Z', source: 'https://gnews.org/articles/500001', lang: 'zh' },
    titleLinks: [[0, 'zh', '加沙', '加沙']],
    warnings: [],
    text: '正文第一段提到卡塔尔和埃及。',
    links: [
      [7, 'zh', '卡塔尔', '卡塔尔'],
      [11, 'zh', '埃及', '埃及'],
    ],
  },
  '25-inline-boundaries.zh.md': {
    meta: { title: '行内边界', author: '蒋边界', published: '2007-05-18T19:20:00Z', source: 'https://example.org/inline', lang: 'zh' },
    titleLinks: [],
    warnings: [],
    text: '粗甲乙，丙丁，戊。己庚，__辛_与壬_。\n\n见https://example.org/a癸与链接 子 里和寅&卯。\n\n辰\n巳\n午\n未',
    links: [
      [1, 'zh', '甲', '甲'],
      [4, 'zh', '丙', '丙'],
      [7, 'zh', '戊', '戊'],
      [9, 'zh', '己', '己'],
      [14, 'zh', '辛', '辛'],
      [17, 'zh', '壬', '壬'],
      [44, 'zh', '癸', '癸'],
      [49, 'zh', '子', '子'],
      [53, 'zh', '丑', '寅&卯'],
      [59, 'zh', '辰', '辰'],
      [61, 'zh', '巳', '巳'],
      [63, 'zh', '午', '午'],
      [65, 'zh', '未', '未'],
    ],
  },
  '26-loose-title.zh.md': {
    meta: { title: '卡塔尔斡旋的人质交换', author: '宝尹', published: '2023-11-03T18:22:00Z', source: 'https://news.ltn.com.tw/news/world/1', lang: 'zh' },
    titleLinks: [[0, 'zh', '卡塔尔', '卡塔尔'], [6, 'zh', '人质', '人质']],
    warnings: [],
    text: '正文提到卡塔尔与以色列。\n\n#标签不是标题',
    links: [
      [4, 'zh', '卡塔尔', '卡塔尔'],
      [8, 'zh', '以色列', '以色列'],
    ],
  },
};

describe('import of messy articles', () => {
  it('has an expectation for every fixture but the long line (checked below)', () => {
    expect(FILES.filter((f) => !EXPECTED[f])).toEqual(['13-long-line.zh.md']);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`reads ${file}: header, text, wiki-links and warnings`, () => {
      const a = read(file);
      expect(a.meta).toEqual(expected.meta);
      expect(a.titleWikiLinks.map((l) => [l.start, l.lang, l.target, a.meta.title.slice(l.start, l.end)])).toEqual(expected.titleLinks);
      expect(a.warnings).toEqual(expected.warnings);
      expect(a.text).toBe(expected.text);
      expect(a.wikiLinks.map((l) => [l.start, l.lang, l.target, a.text.slice(l.start, l.end)])).toEqual(expected.links);
    });
  }

  it('reads a 10,000-character line with 600 links', () => {
    const a = read('13-long-line.zh.md');
    expect(a.meta).toMatchObject({ title: '很长的一行', author: '冯长行', published: '2011-01-14T15:16:00Z' });
    expect(a.wikiLinks).toHaveLength(601);
    expect(new Set(a.wikiLinks.map((l) => l.target)).size).toBe(8);
    const last = a.wikiLinks[599];
    expect([last.target, a.text.slice(last.start - 7, last.end + 1)]).toEqual(['目标4', '第599句提到目标4，']);
    expect(a.text.endsWith('完。\n\n短段落End。')).toBe(true);
  });

  it('maps every text run to source that produces it, in every article', () => {
    for (const file of FILES) expectSourceMapProducesText(read(file), file);
  });

  it('maps each wiki-link to its label as written between the brackets', () => {
    for (const file of FILES) {
      const a = read(file);
      for (const link of a.wikiLinks) {
        const spans = a.sourceMap.filter((s) => s.textStart < link.end && s.textEnd > link.start);
        expect(spans.length, `${file}: ${link.target}`).toBeGreaterThan(0);
        const before = a.source.slice(0, spans[0].srcStart);
        expect(/\[\[[^[\]]*$/.test(before), `${file}: ${link.target} is inside [[…]]`).toBe(true);
      }
    }
  });

  it('writes an edited revision back as Markdown that reads to the same document and header', () => {
    for (const file of FILES) {
      expectSerializedReadsBack(read(file), file);
    }
  });

  it('keeps a wrongly placed link as written, for the link review to flag', () => {
    const a = read('01-title-links-pm.zh.md');
    const findings = reviewWikiLinks(a.text, a.wikiLinks);
    expect(findings.map((f) => [f.target, f.word.text])).toEqual([['国关', '两国关系']]);
  });

  it('keeps CRLF, lone CR and LF of the file in the offsets it maps to', () => {
    const a = read('12-crlf-ws.zh.md');
    expect(a.source).toContain('\r\r\n');
    const second = a.text.indexOf('第二行');
    const span = a.sourceMap.find((s) => s.verbatim && s.textStart <= second && second < s.textEnd)!;
    expect(a.source.slice(span.srcStart + (second - span.textStart), span.srcStart + (second - span.textStart) + 3)).toBe('第二行');
    expect(a.source.slice(a.bodyStart).startsWith('\r\n第一段')).toBe(true);
  });
});
