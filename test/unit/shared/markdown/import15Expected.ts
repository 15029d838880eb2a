/**
 * The expectations for test/fixtures/import15/, written by hand from the files before the importer was run on them
 * (see import15.test.ts for the conventions). Shared by the parser test and the CLI test (import15Cli.test.ts).
 */
import type { Expected, Entity, Link } from './import13Expected';

const GN = 'https://gnews.org/articles/';
const one = (lang: string, ...targets: string[]): Entity[] => targets.map((t) => [lang, t, 1]);
/** Links whose label is their target. */
const plain = (lang: string, ...targets: string[]): Link[] => targets.map((t) => [lang, t, t]);
/** The GNews header (`YYYY-MM-DD 08:00 宝尹`, 轉載自GNews) of the body-centred articles, day `n` of November 2023. */
const gnews = (n: number, title: string) => ({
  title,
  author: '宝尹',
  published: `2023-11-${String(n).padStart(2, '0')}T08:00:00Z`,
  source: `${GN}${5000000 + n}`,
  lang: 'zh',
});
const LONG_UNIT = '卡塔尔与埃及继续斡旋，';

export const EXPECTED: Record<string, Expected> = {
  '01-authors-dunhao.zh.md': {
    meta: { title: '卡塔尔外交部就人质谈判发表声明', author: '王小明、李华', published: '2023-11-05T09:30:00Z', source: `${GN}5000001`, lang: 'zh' },
    text: '卡塔尔外交部发言人马吉德·安萨里周日表示，谈判仍在继续。\n\n以色列和哈马斯均未回应，卡塔尔将继续斡旋。',
    links: plain('zh', '卡塔尔', '马吉德·安萨里', '以色列', '哈马斯', '卡塔尔'),
    entities: [['zh', '卡塔尔', 2], ...one('zh', '马吉德·安萨里', '以色列', '哈马斯')],
    notInBody: ['返回', '王小明', '作者'],
  },
  '02-wen-reporter-beijing.zh.md': {
    // `文/记者 张伟`: 文 and 记者 are both labels of the byline; `（北京时间）` after the clock is UTC+8.
    meta: { title: '香港立法会通过《基本法》第二十三条立法', author: '张伟', published: '2024-03-19T06:05:00Z', source: 'https://news.mingpao.com/pns/20240319/s00001', lang: 'zh' },
    text: '香港立法会周二三读通过《维护国家安全条例》。行政长官李家超表示欢迎。',
    links: [['zh', '香港立法会', '香港立法会'], ['zh', '基本法第二十三条', '维护国家安全条例'], ['zh', '李家超', '李家超']],
    entities: one('zh', '香港立法会', '基本法第二十三条', '李家超'),
    notInBody: ['张伟', '北京时间', '来源'],
  },
  '03-by-and-updated-et.en.md': {
    // Two authors as the byline writes them; the only date is the update's; ET on Nov 22 is EST (UTC-5).
    meta: { title: 'Qatar brokers a pause in the Gaza fighting', author: 'Jane Doe and John Smith', published: '2023-11-22T15:15:00Z', source: 'https://www.example-news.com/world/qatar-pause-2023', lang: 'en' },
    text:
      'Negotiators in Doha said on Wednesday that Hamas had agreed to release 50 hostages held in Gaza.\n\n' +
      'The deal, brokered by Qatar with Egypt and the United States, also allows aid trucks through the Rafah crossing.',
    links: [
      ['en', 'Doha', 'Doha'], ['en', 'Hamas', 'Hamas'], ['en', 'Gaza_Strip', 'Gaza'], ['en', 'Qatar', 'Qatar'], ['en', 'Egypt', 'Egypt'],
      ['en', 'United States', 'United States'], ['en', 'Rafah Border Crossing', 'Rafah crossing'],
    ],
    entities: one('en', 'Doha', 'Hamas', 'Gaza_Strip', 'Qatar', 'Egypt', 'United States', 'Rafah Border Crossing'),
    notInBody: ['Jane Doe', 'Updated'],
  },
  '04-setext-labelled-jp-weekday.zh.md': {
    // `2023年11月3日(金) 18:22`: a weekday in brackets after the date, the Japanese way, does not hide the clock.
    meta: { title: '卡塔尔埃米尔会见美国国务卿', author: '陈静', published: '2023-11-03T18:22:00Z', source: `${GN}5000004`, lang: 'zh' },
    text: '卡塔尔埃米尔塔米姆在多哈会见了美国国务卿安东尼·布林肯。',
    links: [['zh', '卡塔尔', '卡塔尔'], ['zh', '塔米姆·本·哈马德·阿勒萨尼', '塔米姆'], ['zh', '多哈', '多哈'], ['zh', '美国国务卿', '美国国务卿'], ['zh', '安东尼·布林肯', '安东尼·布林肯']],
    entities: one('zh', '卡塔尔', '塔米姆·本·哈马德·阿勒萨尼', '多哈', '美国国务卿', '安东尼·布林肯'),
    notInBody: ['陈静', '发布时间', '来源', '====='],
  },
  '05-roc-cna-unknown-place.zh.md': {
    // The header names only the agency, so the dateline's reporter is the author: 王強, before the place 太魯閣.
    meta: { title: '花蓮強震後太魯閣步道封閉', author: '王強', published: '2024-04-05T15:20:00Z', source: 'https://www.cna.com.tw/news/ahel/202404050150.aspx', lang: 'zh' },
    text: '（中央社記者王強太魯閣5日電）花蓮縣強震後，太魯閣國家公園管理處今天宣布，砂卡礑步道持續封閉。\n\n交通部觀光署表示，將評估修復進度。',
    links: plain('zh', '花蓮縣', '太魯閣國家公園', '砂卡礑步道', '交通部觀光署'),
    entities: one('zh', '花蓮縣', '太魯閣國家公園', '砂卡礑步道', '交通部觀光署'),
    notInBody: ['民國', '原文連結'],
  },
  '06-update-relative.zh.md': {
    // An update note given as a relative time (`（更新：3小时前）`) is neither the date nor part of the name.
    meta: { title: '多哈谈判进入第二周', author: '宝尹', published: '2023-11-10T20:00:00Z', source: `${GN}5000006`, lang: 'zh' },
    text: '2023年11月3日，卡塔尔宣布启动新一轮谈判。美国中央情报局局长威廉·伯恩斯随后抵达多哈。',
    links: plain('zh', '卡塔尔', '美国中央情报局', '威廉·伯恩斯', '多哈'),
    entities: one('zh', '卡塔尔', '美国中央情报局', '威廉·伯恩斯', '多哈'),
    notInBody: ['3小时前', '更新', '宝尹'],
  },
  '07-gmt8-reporter-source.zh.md': {
    meta: { title: '台湾总统选举结果揭晓', author: '林怡君', published: '2024-01-13T13:45:00Z', source: 'https://www.cna.com.tw/news/aipl/202401130999.aspx', lang: 'zh' },
    text: '民主进步党候选人赖清德（Lai Ching-te）当选中华民国总统，中国国民党候选人侯友宜承认败选。',
    links: [...plain('zh', '民主进步党', '赖清德'), ['en', 'Lai Ching-te', 'Lai Ching-te'], ...plain('zh', '中华民国总统', '中国国民党', '侯友宜')],
    entities: [...one('zh', '民主进步党', '赖清德', '中华民国总统', '中国国民党', '侯友宜'), ['en', 'Lai Ching-te', 1]],
    notInBody: ['GMT', '林怡君', '记者'],
  },
  '08-posted-est-parens.en.md': {
    // `(EST)` in brackets after the clock is the zone as written (UTC-5), though US daylight time was in force.
    meta: { title: 'Hamas releases two American hostages', author: 'Maria Lopez', published: '2023-10-21T02:45:00Z', publishedDay: '2023-10-20', source: 'https://apnews.com/article/hostages-released-abc123', lang: 'en' },
    text:
      'Hamas released Judith and Natalie Raanan, a mother and daughter from Evanston, after mediation by Qatar.\n\n' +
      "President Joe Biden thanked the emir and Israel's government.",
    links: [
      ['en', 'Hamas', 'Hamas'], ['en', 'Evanston, Illinois', 'Evanston'], ['en', 'Qatar', 'Qatar'], ['en', 'Joe Biden', 'Joe Biden'],
      ['en', 'Emir of Qatar', 'emir'], ['en', 'Israel', 'Israel'],
    ],
    entities: one('en', 'Hamas', 'Evanston, Illinois', 'Qatar', 'Joe Biden', 'Emir of Qatar', 'Israel'),
    notInBody: ['Posted', 'Maria Lopez', 'via AP'],
  },
  '09-beijing-time-first-xinhua.zh.md': {
    // `北京时间 2023年11月3日 18:22`: the zone written before the date, as Chinese sites write it; the header names
    // only the agency, so Xinhua's bracketed reporters are the author.
    meta: { title: '中国外交部回应加沙局势', author: '王小明、李华', published: '2023-11-03T10:22:00Z', source: 'http://www.xinhuanet.com/world/2023-11/03/c_1129956789.htm', lang: 'zh' },
    text: '新华社北京11月3日电（记者王小明、李华）外交部发言人毛宁3日表示，中方呼吁各方保持冷静。',
    links: [['zh', '中华人民共和国外交部', '外交部'], ['zh', '毛宁', '毛宁']],
    entities: one('zh', '中华人民共和国外交部', '毛宁'),
    notInBody: ['北京时间 2023', '18:22'],
  },
  '10-bbc-byline-role.en.md': {
    // The BBC's header: dates, then `By NAME, ROLE`, then the source; the role is not the name.
    meta: { title: "Qatar's delicate balancing act", author: 'Lyse Doucet', published: '2023-11-03T14:05:00Z', source: 'https://www.bbc.com/news/world-middle-east-67300000', lang: 'en' },
    text: "Qatar has hosted Hamas's political office since 2012, at the request of Washington.\n\nIts emir, Tamim bin Hamad Al Thani, says the channel serves peace.",
    links: [['en', 'Qatar', 'Qatar'], ['en', 'Hamas', 'Hamas'], ['en', 'Washington, D.C.', 'Washington'], ['en', 'Tamim bin Hamad Al Thani', 'Tamim bin Hamad Al Thani']],
    entities: one('en', 'Qatar', 'Hamas', 'Washington, D.C.', 'Tamim bin Hamad Al Thani'),
    notInBody: ['Lyse Doucet', 'Updated', 'correspondent', 'BBC News'],
  },
  '11-source-above-backlink-below.zh.md': {
    // The source line above the title and the date line under it are one header; the back-link at the end is body.
    meta: { title: '美国众议院通过对以色列援助法案', author: '李辰', published: '2023-11-03T13:30:00Z', source: 'https://www.epochtimes.com/gb/23/11/3/n14100001.htm', lang: 'zh' },
    text: '【大纪元2023年11月03日讯】（大纪元记者李辰综合报导）美国众议院周四以226票对196票通过143亿美元的以色列援助法案。\n\n返回目录',
    links: plain('zh', '美国众议院', '以色列'),
    entities: one('zh', '美国众议院', '以色列'),
    notInBody: ['来源', 'EST'],
  },
  '12-h3-title-link-utc2.zh.md': {
    meta: { title: '世卫：加沙医疗系统濒临崩溃', author: '宝尹', published: '2023-11-10T14:00:00Z', source: `${GN}5000012`, lang: 'zh' },
    titleLinks: [['zh', '世界卫生组织', '世卫']],
    text: '世界卫生组织总干事谭德塞说，加沙地带36家医院中只有9家仍在运作。',
    links: plain('zh', '世界卫生组织', '谭德塞', '加沙地带'),
    entities: one('zh', '世界卫生组织', '谭德塞', '加沙地带'),
    notInBody: ['UTC', '返回'],
  },
  '13-table-pipes-footnotes.zh.md': {
    meta: gnews(13, '各国援助加沙的承诺'),
    text:
      '各国承诺的援助如下：\n\n国家\n\n金额 | 形式\n\n备注\n\n美国\n\n1亿美元 | 现金\n\n经近东救济工程处\n\n欧盟\n\n7500万欧元\n\n' +
      // The footnote's text after the body, without its `[^1]: ` (session 19).
      '数据来自联合国人道主义事务协调厅。',
    links: [['zh', '美国', '美国'], ['zh', '联合国近东巴勒斯坦难民救济和工程处', '近东救济工程处'], ['zh', '欧盟', '欧盟'], ['zh', '联合国人道主义事务协调厅', '联合国人道主义事务协调厅']],
    entities: one('zh', '美国', '联合国近东巴勒斯坦难民救济和工程处', '欧盟', '联合国人道主义事务协调厅'),
  },
  '14-html-blocks.zh.md': {
    meta: gnews(14, '卡塔尔半岛电视台记者遇难'),
    contains: ['图：半岛电视台在<b>多哈</b>的总部', '<figure><img src="https://example.org/aj.jpg" alt="多哈总部"></figure>', '保护记者委员会说，至少39名记者遇难。<!-- 编辑注：待核实 -->'],
    links: plain('zh', '半岛电视台', '保护记者委员会', '待核实'),
    entities: one('zh', '半岛电视台', '保护记者委员会', '待核实'),
  },
  '15-code-spans.zh.md': {
    meta: gnews(15, '维基链接的写法说明'),
    text: '编辑写 [[zh:卡塔尔]] 就能链接到卡塔尔，写 [[en:Qatar|`Qatar`]] 则链接到英文页面。\n\n[[zh:多哈]]与[[zh:哈马斯]]\n\n[[zh:缩进代码]]不是链接\n\n最后一段提到哈马斯。',
    links: plain('zh', '卡塔尔', '哈马斯'),
    entities: one('zh', '卡塔尔', '哈马斯'),
  },
  '16-links-in-headings.zh.md': {
    meta: gnews(16, '加沙停火协议要点'),
    text: '一、人质交换\n\n哈马斯释放50名人质。\n\n二、援助车队进入拉法\n\n每天200辆卡车。\n\n人道主义暂停',
    links: [['zh', '人质', '人质'], ['zh', '哈马斯', '哈马斯'], ['zh', '拉法口岸', '拉法'], ['en', 'Humanitarian pause', '人道主义暂停']],
    entities: [...one('zh', '人质', '哈马斯', '拉法口岸'), ['en', 'Humanitarian pause', 1]],
  },
  '17-section-links.zh.md': {
    // A link to a section without a label shows its target, `#` and all (MediaWiki's way); it is the page's entity.
    meta: gnews(17, '卡塔尔的历史与外交'),
    text: '卡塔尔#历史可以追溯到奥斯曼帝国时期；它的独立在1971年。\n\n英文维基的外交关系一节，以及卡塔尔和Qatar本身。',
    links: [
      ['zh', '卡塔尔#历史', '卡塔尔#历史'], ['zh', '奥斯曼帝国', '奥斯曼帝国'], ['zh', '卡塔尔#历史', '它的独立'], ['en', 'Qatar#Foreign relations', '外交关系'],
      ['zh', '卡塔尔', '卡塔尔'], ['en', 'Qatar', 'Qatar'],
    ],
    entities: [['zh', '卡塔尔', 3], ['zh', '奥斯曼帝国', 1], ['en', 'Qatar', 2]],
  },
  '18-underscore-percent.zh.md': {
    meta: gnews(18, '乌代德空军基地的角色'),
    text: '乌代德空军基地位于多哈西南，Al Udeid Air Base驻有约一万名美军。\n\n多哈与哈马斯、该组织的关系受到关注。',
    links: [
      ['en', 'Al_Udeid_Air_Base', '乌代德空军基地'], ['zh', '多哈', '多哈'], ['en', 'Al Udeid Air Base', 'Al Udeid Air Base'], ['zh', '多哈', '多哈'],
      ['zh', '哈马斯_(组织)', '哈马斯'], ['zh', '哈马斯 (组织)', '该组织'],
    ],
    entities: [['en', 'Al_Udeid_Air_Base', 2], ['zh', '多哈', 2], ['zh', '哈马斯_(组织)', 2]],
    notInBody: ['%E5'],
  },
  '19-en-links-in-zh.zh.md': {
    meta: gnews(19, '英文媒体如何报道卡塔尔'),
    text: '纽约时报和Financial Times都引用了半岛电视台的报道，半岛电视台则回应称报道属实。\n\nQatar Investment Authority（QIA）的资产超过4500亿美元。',
    links: [
      ['en', 'The New York Times', '纽约时报'], ['en', 'Financial Times', 'Financial Times'], ['en', 'Al Jazeera', '半岛电视台'], ['zh', '半岛电视台', '半岛电视台'],
      ['en', 'Qatar Investment Authority', 'Qatar Investment Authority'],
    ],
    entities: [...one('en', 'The New York Times', 'Financial Times', 'Al Jazeera', 'Qatar Investment Authority'), ['zh', '半岛电视台', 1]],
  },
  '20-nested-brackets.zh.md': {
    // `[[[zh:美国]]]` is `[`, the link, `]`; `[[zh:以色列|以色列[国防军]]]` takes the `]` after `]]` into a label
    // that opened a bracket (MediaWiki's Parser does both).
    meta: gnews(20, '联合国报告引发争议'),
    text: '附件：联合国报告称，[美国]与（英国）立场一致。\n\n他说：以色列[国防军]否认指控。',
    links: [['zh', '联合国', '联合国'], ['zh', '美国', '美国'], ['zh', '英国', '英国'], ['zh', '以色列', '以色列[国防军]']],
    entities: one('zh', '联合国', '美国', '英国', '以色列'),
  },
  '21-fullwidth-punct.zh.md': {
    meta: { title: '國民黨與民眾黨合作破局', author: null, published: '2023-11-18T14:00:00Z', source: 'https://udn.com/news/story/6656/7577777', lang: 'zh' },
    text: '「藍白合」破局後，《聯合報》民調顯示，侯友宜、柯文哲支持度相近——路透社亦有報導。\n\n（中選會）表示，登記截止日為11月24日；國民黨：「尊重。」',
    links: [...plain('zh', '藍白合', '聯合報', '侯友宜', '柯文哲', '路透社'), ['zh', '中央選舉委員會', '中選會'], ['zh', '國民黨', '國民黨']],
    entities: one('zh', '藍白合', '聯合報', '侯友宜', '柯文哲', '路透社', '中央選舉委員會', '國民黨'),
  },
  '22-very-long-line.zh.md': {
    meta: gnews(22, '一段很长的报道'),
    text: `${LONG_UNIT.repeat(300)}谈判仍无结果。`,
    links: Array.from({ length: 300 }, (): Link[] => [['zh', '卡塔尔', '卡塔尔'], ['zh', '埃及', '埃及']]).flat(),
    entities: [['zh', '卡塔尔', 300], ['zh', '埃及', 300]],
  },
  '23-bom-crlf-trad.zh.md': {
    meta: { title: '日本首相訪問菲律賓', author: '山田太郎', published: '2023-11-03T09:22:00Z', source: 'https://www.kyodonews.jp/news/2023/11/abc123.html', lang: 'zh' },
    text: '日本首相岸田文雄3日抵達馬尼拉，與菲律賓總統馬可仕會談。\n\n兩國同意加強南海合作。',
    links: [['zh', '日本國首相', '日本首相'], ['zh', '岸田文雄', '岸田文雄'], ['zh', '馬尼拉', '馬尼拉'], ['zh', '菲律賓總統', '菲律賓總統'], ['zh', '小費迪南德·馬可仕', '馬可仕'], ['zh', '南海', '南海']],
    entities: one('zh', '日本國首相', '岸田文雄', '馬尼拉', '菲律賓總統', '小費迪南德·馬可仕', '南海'),
    notInBody: ['山田太郎', 'JST', '返回'],
  },
  '24-mixed-endings-setext.zh.md': {
    meta: { title: '香港特首出席亞太經合會議', author: '陳大文', published: '2023-11-15T00:00:00Z', source: null, lang: 'zh' },
    text: '李家超抵達三藩市出席亞太經合組織會議。\n\n他將會見美國商界代表。',
    links: plain('zh', '李家超', '三藩市', '亞太經合組織', '美國'),
    entities: one('zh', '李家超', '三藩市', '亞太經合組織', '美國'),
    notInBody: ['陳大文', 'HKT'],
  },
  '25-no-meta-first-para-date.zh.md': {
    // No metadata line: the date the first paragraph quotes is not the publication date.
    meta: { title: '以色列总理：这是最黑暗的一天', author: null, published: null, source: null, lang: 'zh' },
    text: '“2023年10月7日是以色列历史上最黑暗的一天，”内塔尼亚胡周六在特拉维夫说。\n\n他誓言摧毁哈马斯。',
    links: [['zh', '以色列', '以色列'], ['zh', '本雅明·内塔尼亚胡', '内塔尼亚胡'], ['zh', '特拉维夫', '特拉维夫'], ['zh', '哈马斯', '哈马斯']],
    entities: one('zh', '以色列', '本雅明·内塔尼亚胡', '特拉维夫', '哈马斯'),
    warnings: [/no metadata line/],
  },
  '26-likes-count.zh.md': {
    // `12点赞` is a count of likes, not 12 o'clock, and not the author.
    meta: { title: '网友热议卡塔尔世界杯遗产', author: '王小明', published: '2024-05-14T00:00:00Z', source: 'https://weibo.com/1234567890/Nabc123', lang: 'zh' },
    text: '卡塔尔世界杯结束一年半后，卢赛尔体育场仍在使用。',
    links: [['zh', '2022年国际足联世界杯', '卡塔尔世界杯'], ['zh', '卢赛尔体育场', '卢赛尔体育场']],
    entities: one('zh', '2022年国际足联世界杯', '卢赛尔体育场'),
    notInBody: ['点赞', '王小明'],
  },
  '27-ref-links-images.zh.md': {
    meta: gnews(27, '路透社与美联社的报道'),
    text: '据路透社报道，卡塔尔将继续斡旋。\n\n 加沙地带的地图见上。\n\n美联社 援引美国国务院官员说，谈判进展缓慢。',
    links: plain('zh', '卡塔尔', '加沙地带', '美国国务院'),
    entities: one('zh', '卡塔尔', '加沙地带', '美国国务院'),
    notInBody: ['reuters.com', '卫星图', '加沙地图', '[r]'],
  },
  '28-entities-escapes.zh.md': {
    meta: { ...gnews(28, '美国&卡塔尔签署防务协议') },
    text: 'AT&T与卡塔尔电信签署协议，金额达*10亿*美元\u00a0（约七十亿元人民币）。\n\n# 这不是标题，<b>这也不是粗体</b>，美国"官员"说。',
    links: [['en', 'AT&T', 'AT&T'], ['zh', '卡塔尔电信', '卡塔尔电信'], ['zh', '美国', '美国']],
    entities: [['en', 'AT&T', 1], ...one('zh', '卡塔尔电信', '美国')],
    notInBody: ['&amp;', '&#x4E03;'],
  },
  '29-hk-labelled-block.zh.md': {
    meta: { title: '港府宣布放寬入境檢疫', author: '陳大文', published: '2023-11-03T10:22:00Z', source: 'https://news.rthk.hk/rthk/ch/component/k2/1720001-20231103.htm', lang: 'zh' },
    text: '港府宣布，由下周一起取消檢疫安排。食物及衞生局表示會密切留意。',
    links: [['zh', '香港特別行政區政府', '港府'], ['zh', '檢疫', '檢疫'], ['zh', '食物及衞生局', '食物及衞生局']],
    entities: one('zh', '香港特別行政區政府', '檢疫', '食物及衞生局'),
    notInBody: ['陳大文', '原文連結', 'HKT'],
  },
  '30-relative-english.en.md': {
    // `Updated 2 hours ago` gives no date.
    meta: { title: 'Qatar says Gaza truce could be extended', author: 'Sam Lee', published: null, source: 'https://www.example-news.com/world/truce-extended', lang: 'en' },
    text: "Qatar's foreign ministry spokesman Majed al-Ansari said talks with Israel and Hamas continued in Doha.",
    links: plain('en', 'Qatar', 'Majed al-Ansari', 'Israel', 'Hamas', 'Doha'),
    entities: one('en', 'Qatar', 'Majed al-Ansari', 'Israel', 'Hamas', 'Doha'),
    warnings: [/relative time \("2 hours ago"\)/],
    notInBody: ['Sam Lee', 'ago'],
  },
};
