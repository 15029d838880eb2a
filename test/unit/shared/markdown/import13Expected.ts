/**
 * The expectations for test/fixtures/import13/, written by hand from the files (see import13.test.ts for the
 * decisions), and the checks both tests make. Shared by the parser test and the CLI test, which checks the same fields
 * through `glossa`.
 */
import type { ArticleMeta } from '../../../../shared/model/article';

/** A wiki-link as a reader sees it: language, target as written, label as shown. */
export type Link = [lang: string, target: string, label: string];
/** An entity as `show --json` lists it: language, the spelling shown, occurrences. */
export type Entity = [lang: string, target: string, count: number];

export interface Expected {
  meta: ArticleMeta;
  titleLinks?: Link[];
  links: Link[];
  entities: Entity[];
  text?: string;
  contains?: string[];
  notInBody?: string[];
  warnings?: RegExp[];
  /** Text runs with their marks (wikiLink left out), when emphasis is what the file tests. */
  marks?: [string, string[]][];
}

const GN = 'https://gnews.org/articles/';
const LONG_SENTENCE = '据路透社报道，中国与澳大利亚两国关系自2020年以来持续紧张，澳大利亚总理莫里森呼吁对病毒来源进行独立调查后，北京对澳大利亚的大麦、葡萄酒、煤炭和龙虾等商品加征关税或设限。';
const LONG_LINKS: Link[] = [['zh', '路透社', '路透社'], ['zh', '中国', '中国'], ['zh', '澳大利亚', '澳大利亚'], ['zh', '国关', '国关'], ['zh', '澳大利亚', '澳大利亚'], ['zh', '斯科特·莫里森', '莫里森']];

const one = (lang: string, ...targets: string[]): Entity[] => targets.map((t) => [lang, t, 1]);

export const EXPECTED: Record<string, Expected> = {
  '01-cna-traditional-headings.zh.md': {
    meta: { title: '行政院宣布擴大疫苗接種對象', author: '中央社', published: '2021-03-05T14:30:00Z', source: 'https://www.cna.com.tw/news/aipl/202103050123.aspx', lang: 'zh' },
    titleLinks: [['zh', '行政院', '行政院'], ['zh', '疫苗', '疫苗']],
    text:
      '（中央社記者台北5日電）行政院今天宣布，自3月22日起，疫苗接種對象擴大至醫護人員以外的第一線防疫人員。\n\n中央流行疫情指揮中心的說明\n\n' +
      '指揮官陳時中表示，首批阿斯特捷利康疫苗共11萬7000劑，已於3日抵台。\n\n醫院醫事人員：衛福部統計約 6 萬人\n\n中央及地方防疫人員\n\n第一線海關人員\n\n' +
      '世界衛生組織先前表示，疫苗分配應以「公平」為原則。\n\n類別\n\n人數\n\n醫護人員\n\n6萬\n\n警察及消防員\n\n3萬',
    links: [
      ['zh', '台北', '台北'], ['zh', '行政院', '行政院'], ['zh', '疫苗', '疫苗'], ['zh', '中央流行疫情指揮中心', '中央流行疫情指揮中心'], ['zh', '陳時中', '陳時中'],
      ['zh', '阿斯特捷利康', '阿斯特捷利康'], ['zh', '衛生福利部', '衛福部'], ['zh', '海關', '海關'], ['zh', '世界衛生組織', '世界衛生組織'], ['zh', '公平', '公平'],
      ['zh', '醫護人員', '醫護人員'], ['zh', '警察', '警察'], ['zh', '消防員', '消防員'],
    ],
    entities: one('zh', '台北', '行政院', '疫苗', '中央流行疫情指揮中心', '陳時中', '阿斯特捷利康', '衛生福利部', '海關', '世界衛生組織', '公平', '醫護人員', '警察', '消防員'),
    marks: [['行政院', ['strong']], ['第一線防疫人員', ['em']], ['6 萬人', ['strong']]],
    notInBody: ['返回', '轉載自'],
  },
  '02-hk-no-backlink.zh.md': {
    meta: { title: '港府公布第三波疫情最新措施', author: 'Mary Ma', published: '2020-08-14T00:08:00Z', source: 'https://www.hk01.com/社會新聞/510001/港府公布', lang: 'zh' },
    text:
      '港府昨日宣布，餐廳晚市堂食時間延長至晚上9時 😷。\n\nCarrie Lam（林鄭月娥）表示，第三波疫情已「見頂」，但仍需小心。\n\n' +
      '食物及衞生局局長陳肇始表示，檢測能力將提升至每日10萬個。\n\n葵涌及深水埗等地區將設臨時檢測站。\n\n市民可於網上預約：https://www.communitytest.gov.hk\n\n香港醫學會會長表示歡迎。',
    links: [
      ['zh', '香港特別行政區政府', '港府'], ['en', 'Carrie Lam', 'Carrie Lam'], ['zh', '林鄭月娥', '林鄭月娥'], ['zh', '2019冠狀病毒病香港疫情#第三波', '第三波疫情'],
      ['zh', '食物及衞生局', '食物及衞生局'], ['zh', '陳肇始', '陳肇始'], ['zh', '葵涌', '葵涌'], ['zh', '深水埗', '深水埗'], ['zh', '香港醫學會', '香港醫學會'],
    ],
    entities: [
      ...one('zh', '香港特別行政區政府', '林鄭月娥', '2019冠狀病毒病香港疫情', '食物及衞生局', '陳肇始', '葵涌', '深水埗', '香港醫學會'),
      ['en', 'Carrie Lam', 1],
    ],
    notInBody: ['HKT', '來源', '08:08'],
  },
  '03-us-date-two-links.zh.md': {
    meta: { title: '美国疾控中心更新口罩指引', author: '宝尹', published: '2021-03-05T14:30:00Z', source: `${GN}1023456`, lang: 'zh' },
    text:
      '美国疾控中心（CDC）周五更新指引，建议在New York City等人口密集城市佩戴双层口罩。\n\n罗谢尔·瓦伦斯基主任说：“纽约的经验表明，口罩有效。”纽约市卫生局表示同意。\n\n' +
      '东京和巴黎也有类似规定。详见 https://www.cdc.gov/coronavirus/2019-ncov/ 。',
    links: [
      ['zh', '美国疾病控制与预防中心', '美国疾控中心'], ['en', 'Centers for Disease Control and Prevention', 'CDC'], ['en', 'New York City', 'New York City'],
      ['zh', '罗谢尔·瓦伦斯基', '罗谢尔·瓦伦斯基'], ['en', 'New_York_City', '纽约'], ['zh', '纽约市', '纽约市'], ['ja', '東京都', '东京'], ['fr', 'Paris', '巴黎'],
    ],
    entities: [
      ...one('zh', '美国疾病控制与预防中心', '罗谢尔·瓦伦斯基', '纽约市'),
      ['en', 'Centers for Disease Control and Prevention', 1], ['en', 'New York City', 2], ['ja', '東京都', 1], ['fr', 'Paris', 1],
    ],
    notInBody: ['英文原文', 'cdc.gov/media', '转载自'],
  },
  '04-no-author-escapes-entities.zh.md': {
    meta: { title: '欧盟批准强生疫苗', author: null, published: '2021-03-11T18:05:00Z', source: `${GN}1034567`, lang: 'zh' },
    text:
      '欧盟委员会周四批准强生（Johnson & Johnson）单剂疫苗，由其子公司Janssen Pharmaceuticals生产。\n\n' +
      '文件编号为 EMA_2021_03，药品名称带 *号，注释 [1] 见文末；原文写作 [[zh:强生]]。\n\n' +
      '欧盟委员会 & 欧洲药品管理局 – 共同声明\u00a0称：<script>alert(1)</script> 不是代码。\n\n[1] 据EMA新闻稿。',
    links: [
      ['zh', '欧盟', '欧盟'], ['zh', '强生公司', '强生'], ['en', 'Johnson & Johnson', 'Johnson & Johnson'], ['en', 'Janssen Pharmaceuticals', 'Janssen Pharmaceuticals'],
      ['zh', '欧洲药品管理局', '欧洲药品管理局'], ['zh', '欧洲药品管理局', 'EMA'],
    ],
    entities: [...one('zh', '欧盟', '强生公司'), ['zh', '欧洲药品管理局', 2], ['en', 'Johnson & Johnson', 1], ['en', 'Janssen Pharmaceuticals', 1]],
    notInBody: ['回到列表', '2021-03-11'],
  },
  '05-english-author-emphasis.zh.md': {
    meta: { title: '美国中期选举：共和党未能拿下参议院', author: 'Jane Lee', published: '2022-11-08T23:45:00Z', source: `${GN}2045678`, lang: 'zh' },
    titleLinks: [['zh', '共和党 (美国)', '共和党']],
    text: '在周二的中期选举中，民主党守住了参议院。\n\n关键州包括宾夕法尼亚州、与佐治亚州的决选，以及内华达州。\n\n参议院少数党领袖Mitch McConnell表示“结果令人失望”。',
    links: [
      ['zh', '美国中期选举#2022年', '中期选举'], ['zh', '民主党 (美国)', '民主党'], ['en', 'United States Senate', '参议院'], ['zh', '宾夕法尼亚州', '宾夕法尼亚州'],
      ['zh', '佐治亚州', '佐治亚州'], ['zh', '内华达州', '内华达州'], ['en', 'Mitch McConnell', 'Mitch McConnell'],
    ],
    entities: [...one('zh', '美国中期选举', '民主党 (美国)', '宾夕法尼亚州', '佐治亚州', '内华达州'), ['en', 'United States Senate', 1], ['en', 'Mitch McConnell', 1]],
    marks: [['宾夕法尼亚州', ['strong']], ['佐治亚州', ['em']], ['内华达州', ['em', 'strong']]],
  },
  '06-bom-crlf-jst.zh.md': {
    meta: { title: '日本延长东京都紧急状态', author: '佐藤 健', published: '2021-03-05T05:30:00Z', source: 'https://www3.nhk.or.jp/news/html/20210305/k10012900001000.html', lang: 'zh' },
    titleLinks: [['zh', '日本', '日本']],
    text: '菅義偉首相周五宣布，东京都等地区的紧急状态延长两周 🇯🇵。\n\n菅义伟表示，Tokyo 2020将如期举行 🏅，东京奥运的观众政策另行公布。\n\n2020年夏季奥林匹克运动会原定于2020年举行。',
    links: [
      ['zh', '菅義偉', '菅義偉'], ['ja', '東京都', '东京都'], ['zh', '菅义伟', '菅义伟'], ['en', '2020 Summer Olympics', 'Tokyo 2020'], ['ja', '東京オリンピック', '东京奥运'],
      ['zh', '2020年夏季奥林匹克运动会', '2020年夏季奥林匹克运动会'],
    ],
    entities: [['zh', '菅義偉', 2], ['zh', '2020年夏季奥林匹克运动会', 1], ['ja', '東京都', 1], ['ja', '東京オリンピック', 1], ['en', '2020 Summer Olympics', 1]],
    notInBody: ['返回首页', 'JST', 'NHK'],
  },
  '07-mixed-endings-trailing-ws.zh.md': {
    meta: { title: '世卫：新冠疫苗全球分配仍不均', author: '宝尹', published: '2020-08-14T08:08:00Z', source: `${GN}700001`, lang: 'zh' },
    text: '世界卫生组织总干事谭德塞周五表示，\n疫苗分配“极不平等”。\n\nCOVAX已向 加纳 交付首批疫苗。\n\n非洲联盟呼吁富国捐赠疫苗。',
    links: [['zh', '世界卫生组织', '世界卫生组织'], ['zh', '谭德塞', '谭德塞'], ['zh', '新冠疫苗实施计划', 'COVAX'], ['zh', '加纳', '加纳'], ['zh', '非洲联盟', '非洲联盟']],
    entities: one('zh', '世界卫生组织', '谭德塞', '新冠疫苗实施计划', '加纳', '非洲联盟'),
  },
  '08-images-bare-urls.zh.md': {
    meta: { title: '图解：新冠病毒变异株', author: '宝尹', published: '2021-06-01T09:00:00Z', source: `${GN}1100001`, lang: 'zh' },
    contains: [
      '图：世界卫生组织 🦠',
      '世界卫生组织周一宣布以希腊字母命名变异株 💉，详见世界卫生组织声明。',
      'Alpha最早在英国发现，Delta最早在印度发现。原文：https://www.who.int/en/activities/tracking-SARS-CoV-2-variants/ 及 https://www.who.int/zh/',
    ],
    links: [
      ['zh', '世界卫生组织', '世界卫生组织'], ['zh', '世界卫生组织', '世界卫生组织'], ['zh', '世界卫生组织', '世界卫生组织'],
      ['en', 'SARS-CoV-2 Alpha variant', 'Alpha'], ['zh', '英国', '英国'], ['en', 'SARS-CoV-2 Delta variant', 'Delta'], ['zh', '印度', '印度'],
    ],
    entities: [['zh', '世界卫生组织', 3], ...one('zh', '英国', '印度'), ['en', 'SARS-CoV-2 Alpha variant', 1], ['en', 'SARS-CoV-2 Delta variant', 1]],
    notInBody: ['变异株示意图', 'img.example.com', '![', ']('],
  },
  '09-raw-html-vectors.zh.md': {
    meta: { title: '网页存档中的原始HTML', author: '宝尹', published: '2022-01-15T03:00:00Z', source: `${GN}1500001`, lang: 'zh' },
    text:
      '<div align="center">联合国安理会召开紧急会议</div>\n\n朝鲜周五再次试射导弹。\n日本防卫省证实。\n韩国联合参谋本部亦证实。\n\n' +
      "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)> 图片说明：平壤\n\n" +
      '<a href="javascript:alert(1)">点我</a> 与 [点这里](javascript:alert(2)) 与 [数据](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n' +
      '<iframe src="https://evil.example/"></iframe><svg onload=alert(3)>\n\n' +
      '甲、[[zh:乙<img src=x onerror=alert(5)>]]、丙、<b onclick=alert(7)>丁</b>。',
    links: [
      ['zh', '联合国', '联合国'], ['zh', '朝鲜', '朝鲜'], ['zh', '日本', '日本'], ['zh', '韩国', '韩国'], ['zh', '平壤', '平壤'],
      ['zh', 'A" onmouseover="alert(4)', '甲'], ['zh', 'javascript:alert(6)', '丙'], ['zh', '丁', '<b onclick=alert(7)>丁</b>'],
    ],
    entities: one('zh', '联合国', '朝鲜', '日本', '韩国', '平壤', 'A" onmouseover="alert(4)', 'javascript:alert(6)', '丁'),
    warnings: [/\[\[/],
  },
  '10-cut-word-long-paragraph.zh.md': {
    meta: { title: '中澳关系：从贸易伙伴到对手', author: '宝尹', published: '2021-12-10T10:10:00Z', source: `${GN}1700001`, lang: 'zh' },
    contains: [`${LONG_SENTENCE.repeat(30)}\n\n`, '\n\n美国人与美国人不同，中东地区的“东”字被单独链接。\n\n最后一段：澳大利亚。'],
    links: [
      ...Array.from({ length: 30 }, () => LONG_LINKS).flat(),
      ['zh', '美国', '美国'], ['zh', '美', '美'], ['zh', '中东', '中东'], ['zh', '东', '东'], ['zh', '澳大利亚', '澳大利亚'],
    ],
    entities: [
      ['zh', '澳大利亚', 61], ['zh', '路透社', 30], ['zh', '中国', 30], ['zh', '国关', 30], ['zh', '斯科特·莫里森', 30],
      ...one('zh', '美国', '美', '中东', '东'),
    ],
  },
  '11-labelled-fields-bare-source.zh.md': {
    meta: { title: '港府收緊防疫措施　食肆晚市堂食暫停', author: 'Lee Wai-man', published: '2022-01-10T01:15:00Z', source: 'https://news.rthk.hk/rthk/ch/component/k2/1630001-20220110.htm', lang: 'zh' },
    text: '特區政府宣布，由本月7日起暫停食肆晚市堂食兩星期。\n\nOmicron在葵青區社區爆發，衞生防護中心呼籲市民減少外出。',
    links: [['zh', '香港特別行政區政府', '特區政府'], ['zh', 'Omicron變異株', 'Omicron'], ['zh', '葵青區', '葵青區'], ['zh', '衞生防護中心', '衞生防護中心']],
    entities: one('zh', '香港特別行政區政府', 'Omicron變異株', '葵青區', '衞生防護中心'),
    notInBody: ['作者', '日期', '來源', '香港時間'],
  },
  '12-english-et-ap.en.md': {
    meta: { title: 'New York reopens Javits Center as a vaccination site', author: "Sarah O'Connor", published: '2021-03-05T19:30:00Z', source: 'https://apnews.com/article/new-york-vaccine-javits-abc123', lang: 'en' },
    titleLinks: [['en', 'Jacob K. Javits Convention Center', 'Javits Center']],
    text:
      'Governor Andrew Cuomo said on Friday that the site in NYC would run around the clock. Andrew Cuomo added that "every shot counts."\n\n' +
      'The state has given more than 3 million doses, according to the Department of Health. The New York State figures were published at https://covid19vaccine.health.ny.gov/ on Friday.\n\n' +
      '"We are not out of the woods yet," said Bill de Blasio, the mayor of New York.',
    links: [
      ['en', 'Andrew Cuomo', 'Andrew Cuomo'], ['en', 'New York City', 'NYC'], ['en', 'Andrew Cuomo', 'Andrew Cuomo'],
      ['en', 'New York State Department of Health', 'Department of Health'], ['zh', '纽约州', 'New York State'], ['en', 'Bill de Blasio', 'Bill de Blasio'],
      ['en', 'New_York_City', 'New York'],
    ],
    entities: [['en', 'Andrew Cuomo', 2], ['en', 'New York City', 2], ['en', 'New York State Department of Health', 1], ['en', 'Bill de Blasio', 1], ['zh', '纽约州', 1]],
    notInBody: ['Back to index', 'By ', 'AP'],
  },
  '13-headings-quotes-tables.zh.md': {
    meta: { title: '俄乌战争爆发：各方反应汇总', author: '王 伟', published: '2022-02-23T21:00:00Z', publishedDay: '2022-02-24', source: `${GN}1800001`, lang: 'zh' },
    text:
      '俄罗斯宣布“特别军事行动”\n\n普京在电视讲话中宣布对乌克兰发动“特别军事行动”。\n\n各方反应：乌方\n\n泽连斯基宣布全国进入战时状态。\n\n' +
      '北约秘书长说：“这是对欧洲和平的野蛮攻击。”\n\n国家/组织\n\n反应\n\n美国、英国\n\n宣布制裁\n\n中国\n\n呼吁各方克制 | 反对单边制裁\n\n联合国\n\n古特雷斯呼吁停火\n\n' +
      '欧盟召开紧急峰会\n\n七国集团发表联合声明\n\n油价\n\n布伦特原油突破每桶100美元。',
    links: [
      ['zh', '俄罗斯', '俄罗斯'], ['zh', '弗拉基米尔·普京', '普京'], ['zh', '乌克兰', '乌克兰'], ['zh', '乌克兰', '乌方'], ['zh', '弗拉基米尔·泽连斯基', '泽连斯基'],
      ['zh', '北大西洋公约组织', '北约'], ['zh', '欧洲', '欧洲'], ['zh', '美国', '美国'], ['zh', '英国', '英国'], ['zh', '制裁', '制裁'], ['zh', '中华人民共和国', '中国'],
      ['zh', '联合国', '联合国'], ['zh', '安东尼奥·古特雷斯', '古特雷斯'], ['zh', '欧盟', '欧盟'], ['zh', '七国集团', '七国集团'], ['zh', '国际原油价格', '油价'],
    ],
    entities: [
      ['zh', '乌克兰', 2],
      ...one('zh', '俄罗斯', '弗拉基米尔·普京', '弗拉基米尔·泽连斯基', '北大西洋公约组织', '欧洲', '美国', '英国', '制裁', '中华人民共和国', '联合国', '安东尼奥·古特雷斯', '欧盟', '七国集团', '国际原油价格'),
    ],
    notInBody: ['北京时间', '05:00'],
  },
  '14-taiwan-pm-byline.zh.md': {
    meta: { title: '立法院三讀通過《國籍法》修正案', author: 'Lin Chih-ming', published: '2021-03-05T14:30:00Z', source: 'https://news.ltn.com.tw/news/politics/breakingnews/3459001', lang: 'zh' },
    titleLinks: [['zh', '國籍法', '國籍法']],
    text: '立法院今天三讀通過《國籍法》部分條文修正案，中華民國國籍取得門檻放寬。\n\n蔡總統表示肯定；中华民国內政部將於三個月內公布子法。\n\n內政部長徐國勇說：「這是重要的一步。」',
    links: [
      ['zh', '立法院 (中華民國)', '立法院'], ['zh', '國籍法', '國籍法'], ['zh', '中華民國', '中華民國'], ['zh', '蔡英文#第二任期', '蔡總統'], ['zh', '中华民国', '中华民国'],
      ['zh', '內政部 (中華民國)', '內政部'], ['zh', '徐國勇', '徐國勇'],
    ],
    entities: [['zh', '中華民國', 2], ...one('zh', '立法院 (中華民國)', '國籍法', '蔡英文', '內政部 (中華民國)', '徐國勇')],
    notInBody: ['文／', '下午2:30', '自由時報'],
  },
  '15-utc-offset-several-links.zh.md': {
    meta: { title: '聯合國人權理事會通過決議', author: '黃小華', published: '2021-03-05T06:30:00Z', source: 'https://udn.com/news/story/6656/5294001', lang: 'zh' },
    text: '聯合國人權理事會週五通過決議，關注緬甸局勢。\n\nUNHRC的47個成員國中，中國與俄羅斯投下反對票。\n\n聯合國人權理事會下次會議將於6月舉行。',
    links: [
      ['zh', '聯合國人權理事會', '聯合國人權理事會'], ['zh', '緬甸', '緬甸'], ['en', 'United Nations Human Rights Council', 'UNHRC'], ['zh', '中華人民共和國', '中國'],
      ['zh', '俄羅斯', '俄羅斯'], ['zh', '聯合國人權理事會', '聯合國人權理事會'],
    ],
    entities: [['zh', '聯合國人權理事會', 2], ...one('zh', '緬甸', '中華人民共和國', '俄羅斯'), ['en', 'United Nations Human Rights Council', 1]],
    notInBody: ['下一篇', '記者', 'focustaiwan', 'PDF原文', 'UTC+8'],
  },
  '16-edge-links.zh.md': {
    meta: { title: '链接写法的边缘情况', author: '宝尹', published: '2021-07-04T12:00:00Z', source: `${GN}1900001`, lang: 'zh' },
    text: '美国美国独立日，卡塔尔与卡塔尔经济也被提及。\n\nSão Paulo、爱丽舍宫、AT&T与宝洁。\n\n空链接[[]]与[[zh:]]不算链接。\n\n法国',
    links: [
      ['zh', '美国', '美国'], ['zh', '美国', '美国'], ['zh', '卡塔尔', '卡塔尔'], ['zh', '卡塔尔#经济', '卡塔尔经济'], ['en', 'São Paulo', 'São Paulo'],
      ['fr', "Palais de l'Élysée", '爱丽舍宫'], ['en', 'AT&T', 'AT&T'], ['en', 'Procter & Gamble', '宝洁'], ['zh', '法国', '法国'],
    ],
    entities: [['zh', '美国', 2], ['zh', '卡塔尔', 2], ['zh', '法国', 1], ['en', 'São Paulo', 1], ['fr', "Palais de l'Élysée", 1], ['en', 'AT&T', 1], ['en', 'Procter & Gamble', 1]],
    warnings: [/\[\[/],
  },
  '17-ap-time-first.en.md': {
    meta: { title: 'Texas power grid failure: what went wrong', author: 'Jim Vertuno and Paul J. Weber', published: '2021-02-20T02:30:00Z', publishedDay: '2021-02-19', source: 'https://apnews.com/article/texas-power-grid-explainer-abc', lang: 'en' },
    text: 'The ERCOT grid came within minutes of collapse, officials said. Governor Greg Abbott called for an investigation of ERCOT.',
    links: [['en', 'Electric Reliability Council of Texas', 'ERCOT'], ['en', 'Greg Abbott', 'Greg Abbott'], ['en', 'ERCOT', 'ERCOT']],
    entities: [['en', 'Electric Reliability Council of Texas', 1], ['en', 'Greg Abbott', 1], ['en', 'ERCOT', 1]],
    notInBody: ['Published', 'Home', 'Associated Press'],
  },
  '18-roc-year.zh.md': {
    meta: { title: '行政院會通過前瞻基礎建設第三期特別預算', author: '王小明', published: '2021-03-05T14:30:00Z', source: 'https://www.cna.com.tw/news/firstnews/202103050001.aspx', lang: 'zh' },
    text: '行政院今天通過前瞻基礎建設第三期特別預算，總額約新台幣2300億元。',
    links: [['zh', '行政院', '行政院'], ['zh', '前瞻基礎建設計畫', '前瞻基礎建設']],
    entities: one('zh', '行政院', '前瞻基礎建設計畫'),
    notInBody: ['民國', '記者', '台北報導'],
  },
  '19-fullwidth-digits.zh.md': {
    meta: { title: '全国两会开幕', author: '新华社', published: '2021-03-05T09:00:00Z', source: 'http://www.xinhuanet.com/politics/2021lh/2021-03/05/c_1127170001.htm', lang: 'zh' },
    text: '第十三届全国人民代表大会第四次会议在人民大会堂开幕。',
    links: [['zh', '全国人民代表大会', '全国人民代表大会'], ['zh', '人民大会堂', '人民大会堂']],
    entities: one('zh', '全国人民代表大会', '人民大会堂'),
    notInBody: ['２０２１'],
  },
  '20-tab-separated-meta.zh.md': {
    meta: { title: '新浪：美联储维持利率不变', author: '王小明', published: '2021-03-05T14:30:00Z', source: 'https://news.sina.com.cn/c/2021-03-05/doc-ikftssap1234567.shtml', lang: 'zh' },
    text: '美联储维持联邦基金利率不变。',
    links: [['zh', '联邦储备系统', '美联储'], ['zh', '联邦基金利率', '联邦基金利率']],
    entities: one('zh', '联邦储备系统', '联邦基金利率'),
    notInBody: ['作者', '转自', '2021-03-05'],
  },
  '21-linked-author.zh.md': {
    meta: { title: '中時：國軍漢光演習首度實兵推演', author: '王小明', published: '2021-03-05T14:30:00Z', source: 'https://www.chinatimes.com/realtimenews/20210305001234-260407', lang: 'zh' },
    text: '國軍漢光演習今年首度實兵推演。',
    links: [['zh', '中華民國國軍', '國軍'], ['zh', '漢光演習', '漢光演習']],
    entities: one('zh', '中華民國國軍', '漢光演習'),
    notInBody: ['chinatimes.com/author'],
  },
  '22-editor-credit.zh.md': {
    meta: { title: '北市推動老屋健檢', author: '林志明', published: '2021-03-05T10:05:00Z', source: 'https://udn.com/news/story/7323/5294002', lang: 'zh' },
    text: '北市府今天宣布擴大老屋健檢補助。',
    links: [['zh', '臺北市政府', '北市府'], ['zh', '老屋健檢', '老屋健檢']],
    entities: one('zh', '臺北市政府', '老屋健檢'),
    notInBody: ['責任編輯', '李四', '記者'],
  },
  '23-italic-metadata.zh.md': {
    meta: { title: '王毅出席联合国安理会视频会议', author: '王小明', published: '2021-03-05T14:30:00Z', source: 'http://www.xinhuanet.com/world/2021-03/05/c_1127172001.htm', lang: 'zh' },
    text: '国务委员兼外长王毅当天出席联合国安理会视频会议。',
    links: [['zh', '王毅', '王毅'], ['zh', '联合国安全理事会', '联合国安理会']],
    entities: one('zh', '王毅', '联合国安全理事会'),
    notInBody: ['作者', '2021-03-05'],
  },
  '24-quoted-metadata.zh.md': {
    meta: { title: '人民网：中国驻美大使发表讲话', author: '王小明', published: '2021-03-05T14:30:00Z', source: 'http://world.people.com.cn/n1/2021/0305/c1002-32043001.html', lang: 'zh' },
    text: '中国驻美大使崔天凯发表视频讲话。',
    links: [['zh', '中华人民共和国驻美国大使馆', '中国驻美大使'], ['zh', '崔天凯', '崔天凯']],
    entities: one('zh', '中华人民共和国驻美国大使馆', '崔天凯'),
    notInBody: ['发布时间', '作者', '2021-03-05'],
  },
  '25-cjk-emphasis-punct.zh.md': {
    meta: { title: '卡塔尔：小国大外交', author: '宝尹', published: '2022-11-20T16:00:00Z', source: `${GN}2100001`, lang: 'zh' },
    titleLinks: [['zh', '卡塔尔', '卡塔尔']],
    text: '他强调“一个中国原则”是基础，也提到「九二共识」。\n\n多哈：首都\n\n卢赛尔（世界杯决赛场地）',
    links: [['zh', '一个中国', '一个中国'], ['zh', '九二共识', '九二共识'], ['zh', '多哈', '多哈'], ['zh', '卢赛尔', '卢赛尔']],
    entities: one('zh', '一个中国', '九二共识', '多哈', '卢赛尔'),
    marks: [['“', ['strong']], ['一个中国', ['strong']], ['原则”', ['strong']], ['「', ['em']], ['九二共识', ['em']], ['」', ['em']], ['多哈', ['strong']], ['卢赛尔', ['strong']]],
  },
  '26-update-time-ref-links.zh.md': {
    meta: { title: '强生与杨森的疫苗数据', author: '王小明', published: '2021-03-05T14:30:00Z', source: `${GN}2200001`, lang: 'zh' },
    text: '据路透社和美联社报道，强生&杨森的疫苗有效率为 66%。',
    links: [['zh', '强生公司', '强生&杨森']],
    entities: one('zh', '强生公司'),
    notInBody: ['更新', 'reuters.com', 'apnews.com'],
  },
  '27-english-lowercase-nolang.en.md': {
    meta: { title: 'UN General Assembly opens its 76th session', author: 'Reuters Staff', published: '2022-01-01T00:30:00Z', source: 'https://www.reuters.com/world/un-general-assembly-2022-01-01/', lang: 'en' },
    text: 'The united Nations said on Saturday that the General Assembly would meet in person. A spokesperson for the United_Nations confirmed it.',
    links: [['en', 'united Nations', 'united Nations'], ['en', 'United Nations General Assembly', 'General Assembly'], ['en', 'United_Nations', 'United_Nations']],
    entities: [['en', 'united Nations', 2], ['en', 'United Nations General Assembly', 1]],
    notInBody: ['Reuters Staff', 'Back'],
  },
  '28-other-wiki-prefixes.zh.md': {
    meta: { title: '香港回归二十五周年', author: '宝尹', published: '2022-07-01T01:00:00Z', source: `${GN}2300001`, lang: 'zh' },
    text: '香港、Hong Kong、香港历史与hong kong。',
    // MediaWiki capitalises only a title's first letter: `hong kong` is the page "Hong kong" (a redirect, which the
    // importer cannot know), not "Hong Kong".
    links: [['zh-yue', '香港', '香港'], ['simple', 'Hong Kong', 'Hong Kong'], ['en', 'Hong Kong#History', '香港历史'], ['en', 'hong kong', 'hong kong']],
    entities: [['zh-yue', '香港', 1], ['simple', 'Hong Kong', 1], ['en', 'Hong Kong', 1], ['en', 'hong kong', 1]],
  },
  '29-slash-separators.zh.md': {
    meta: { title: '新浪：全国政协十三届四次会议开幕', author: '王小明', published: '2021-03-04T15:00:00Z', source: 'https://news.sina.com.cn/c/2021-03-04/doc-ikftpnnz1234567.shtml?from=wap&sudaref=x', lang: 'zh' },
    text: '全国政协十三届四次会议在北京开幕。',
    links: [['zh', '中国人民政治协商会议', '全国政协'], ['zh', '北京', '北京']],
    entities: one('zh', '中国人民政治协商会议', '北京'),
    notInBody: ['作者', '转载自'],
  },
  '30-source-then-author.zh.md': {
    meta: { title: '維基新聞：聯合國人權理事會第46屆會議', author: 'Chen Mei-ling', published: '2021-03-05T14:30:00Z', source: 'https://zh.wikinews.org/wiki/聯合國人權理事會_(2021年)', lang: 'zh' },
    text: '聯合國人權理事會第46屆會議在日內瓦舉行。',
    links: [['zh', '聯合國人權理事會', '聯合國人權理事會'], ['zh', '日內瓦', '日內瓦']],
    entities: one('zh', '聯合國人權理事會', '日內瓦'),
    notInBody: ['作者', 'Chen Mei-ling', '轉載自'],
  },
};

/**
 * An entity as the list shows it, compared by page: the app names an entity by its most used spelling, which may carry
 * a `#section` (`2019冠狀病毒病香港疫情#第三波` when that is the only link); the page is what is counted.
 */
export function entityRow(e: { lang: string; target: string; count: number }): Entity {
  const hash = e.target.indexOf('#');
  return [e.lang, hash > 0 ? e.target.slice(0, hash) : e.target, e.count];
}

/** The visible text of an HTML page: tags dropped, the entities the exporter writes decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** What in an HTML page could run script or load a page: every check a reviewer of an exported file would make. */
export function scriptVectors(html: string): string[] {
  const found: string[] = [];
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  for (const written of tags) {
    // Quoted attribute values are data (their quotes are escaped); what is left is the tag's own names and values.
    const tag = written.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/^<(script|iframe|object|embed|svg|math|form|base|frame|link)\b/i.test(tag)) found.push(written);
    if (/\son[a-z]+\s*=/i.test(tag)) found.push(written);
    if (/\b(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(written)) found.push(written);
  }
  return found;
}
