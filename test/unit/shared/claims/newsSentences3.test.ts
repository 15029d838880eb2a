/**
 * Claim suggestions on a third table of news sentences, written for it before reading the rules (not taken from the
 * fixtures, the other tests or the first two tables): money in every currency and scale (万, 亿, 万亿, 千万, bn, m,
 * trillion, US$, HK$, NT$, S$, C$, ￥, 人民币, won, roubles, CHF, ₹ crore, cents, pence, 仙), counts, percentages and
 * points, rates (每年, 每月, 日均, "a week", "annually"), approximations (逾, 超过, 近, 约, 左右, 上下, 不到, 不下, 至少,
 * 至多, "as many as", "fewer than", "up to"), ranges, dates resolved against the publication date (上周三, 本月初, 前年,
 * 后年, 3月下旬, "last Tuesday", "in mid-2021", "earlier this month"), attributed statements, and numbers that are no
 * claim (phone numbers, article, document and stock codes, chapters, pages, versions, addresses, times of day, sports
 * scores, ranks, race names, model names).
 *
 * The first 161 cases (66 simplified, 30 traditional, 65 English) were written before any rule changed; 25 of them
 * failed. The fixes are general rules (git log of shared/claims). Three of those first expectations were changed to
 * the tables' documented conventions, not the rules to them: "early 2023" is `2023-01` about (年初 / early is the
 * first month, as in dates.ts), "a week ago" is the ISO week `2024-W19` (as 上周 is), and the "50" of "up from 50 a
 * week ago" is a small bare number, which is not suggested by design (quantities.ts); the case now checks only that
 * "50 a week" is not read as a rate. The 51 cases after them were written after the first run, to test the new rules'
 * edges and the false figures found while probing (212 in all: 93 simplified, 37 traditional, 82 English).
 *
 * Known misses (found while writing these; left out of the table or asserted only as far as they are right):
 * - Hourly rates (最大小时雨量98.5毫米, "200 cars an hour"): a `per` has no hour; the figure is read without a rate.
 * - Prices per unit of area or per share (每平方米8.5万元, 每坪新台幣150萬元, 每股12.5港元) are read as money without
 *   what they are per; `per` holds periods only.
 * - A hyphenated span as an adjective is a figure only before a word for something that lasts ("a 12-month
 *   sentence", "a 10-year low", "a 48-hour strike"), so that "the 10-year Treasury yield" is none; "a 30-year
 *   mortgage" or "a five-year plan" are not read.
 * - "Turnout was 58.6%, down 4 points": the points are percentage points, but "the Dow fell 1.2%, or 400 points"
 *   are index points; both read as a count of `points`.
 * - A bare 元 in copy that names no currency is CNY even where Taiwan or Hong Kong is plainly the place (高鐵台北到
 *   高雄票價1,490元); the first table asserts CNY for 香港元朗區…約50萬元.
 * - "59 million PlayStation 5 consoles" loses its unit (the model name stands between the number and its noun).
 * - 高达 / 多达 alone read as `atMost` ("as much as"), though 一度高达9.8% usually reports the figure itself; 长达
 *   ("as long as") is read as emphasis with no approximation. The existing tables never assert 高达's approximation.
 * - A noun named before its number (案件12.3万起, 乘客123人) does not give the unit, except 案 before 起 (cases); the
 *   first table expects `people` for 乘客123人.
 * - Exchange rates (中间价报7.1053) remain unread, as the first table lists. (Index points, 恒指跌312點, are read since
 *   the sixth table.)
 * - A year-less date in a clause that says it is to come (将于, 定于, 即将, "will", "is due to", "plans to") reads the
 *   coming one; forecasts (预计, "is expected to") do not, being as often about a past month whose data is not out.
 *   "is scheduled for March 3" is left to the calendar rule because the first table expects March past for it
 *   (2024-03-03 in a May article); a reader would more likely take the coming March. A full stop inside the clause
 *   ("will hear case No. 22-451 in October") ends the look-back.
 */
import { describeTables, count, pct, pp, money, measure, day, type Case } from './sentenceTable';

const SIMPLIFIED: Case[] = [
  {
    text: '财政部上周三发布数据，1至4月全国一般公共预算支出8.9万亿元，同比增长3.5%。',
    want: [['上周三', day('2024-05-08')], ['1至4月', day('2024-01/2024-04', { approx: 'range' })], ['8.9万亿元', money(8.9e12, 'CNY')], ['3.5%', pct(3.5)]],
  },
  {
    text: '该公司宣布以每股12.5港元的价格配售新股，集资约31亿港元。',
    want: [['12.5港元', money(12.5, 'HKD')], ['约31亿港元', money(3.1e9, 'HKD', { approx: 'about' })]],
    statement: true,
  },
  { text: '国家发改委表示，今年将安排中央预算内投资7000亿元。', want: [['今年', day('2024')], ['7000亿元', money(7e11, 'CNY')]], statement: true },
  { text: '据彭博社报道，这笔交易的估值约为150亿美元。', want: [['约为150亿美元', money(1.5e10, 'USD', { approx: 'about' })]], statement: true },
  { text: '日本政府计划在未来五年内投入43万亿日元用于防卫。', want: [['43万亿日元', money(4.3e13, 'JPY')]] },
  { text: '韩国央行本月初将基准利率维持在3.5%不变。', want: [['本月初', day('2024-05', { approx: 'about' })], ['3.5%', pct(3.5)]] },
  {
    text: '该市最低工资标准将从每月2360元上调至2520元。',
    want: [['每月2360元', money(2360, 'CNY', { per: 'month' })], ['2520元', money(2520, 'CNY')]],
  },
  { text: '前年该县农村居民人均可支配收入为1.86万元，不到全国平均水平。', want: [['前年', day('2022')], ['1.86万元', money(18_600, 'CNY')]] },
  { text: '据知情人士透露，该公司将裁员至多3000人。', want: [['至多3000人', count(3000, 'people', { approx: 'atMost' })]], statement: true },
  { text: '俄罗斯央行将关键利率上调至16%，为前年以来最高水平。', want: [['16%', pct(16)], ['前年', day('2022')]] },
  {
    text: '3月下旬，该省遭遇持续低温天气，约12万亩农作物受灾。',
    want: [['3月下旬', day('2024-03', { approx: 'about' })], ['约12万亩', measure(120_000, 'mu', { approx: 'about' })]],
  },
  {
    text: '该国每年进口原油约5亿吨，对外依存度超过七成。',
    want: [['约5亿吨', measure(5e8, 't', { approx: 'about', per: 'year' })], ['超过七成', pct(70, { approx: 'moreThan' })]],
  },
  { text: '该平台日均订单量超过6000万单。', want: [['超过6000万单', count(6e7, 'orders', { approx: 'moreThan', per: 'day' })]] },
  { text: '港股通南向资金上周净流入逾200亿港元。', want: [['上周', day('2024-W19')], ['逾200亿港元', money(2e10, 'HKD', { approx: 'moreThan' })]] },
  { text: '这名男子坦言，他每周工作时间长达70小时左右。', want: [['长达70小时左右', count(70, 'hours', { approx: 'about', per: 'week' })]], statement: true },
  {
    text: '央行数据显示，4月末人民币贷款余额247.5万亿元，同比增长9.6%。',
    want: [['4月末', day('2024-04', { approx: 'about' })], ['247.5万亿元', money(247.5e12, 'CNY')], ['9.6%', pct(9.6)]],
    statement: true,
  },
  {
    text: '截至本月10日，全国已有超过2亿人次参加医保。',
    want: [['本月10日', day('2024-05-10')], ['超过2亿人次', count(2e8, 'person-times', { approx: 'moreThan' })]],
  },
  {
    text: '该公司市值一度蒸发近千亿元，股价较年内高点下跌了约四成。',
    want: [['近千亿元', money(1e11, 'CNY', { approx: 'about' })], ['约四成', pct(40, { approx: 'about' })]],
  },
  {
    text: '他强调，中方愿同各方一道，推动双边贸易额在2030年前突破1万亿美元。',
    want: [['2030年', day('2030')], ['1万亿美元', money(1e12, 'USD')]],
    statement: true,
  },
  { text: '该手机售价为￥6,999起，比上一代贵了500元。', want: [['￥6,999', money(6999, 'CNY')], ['500元', money(500, 'CNY')]] },
  { text: '该市房价在过去一年里下跌了10%上下。', want: [['10%上下', pct(10, { approx: 'about' })]] },
  { text: '全国共有执业医师约400万人。', want: [['约400万人', count(4e6, 'people', { approx: 'about' })]] },
  {
    text: '该病毒在人群中的感染率不到1%，但病死率高达25%至30%。',
    want: [['不到1%', pct(1, { approx: 'lessThan' })], ['高达25%至30%', pct(25, { valueMax: 30, approx: 'range' })]],
  },
  { text: '这次地震造成的直接经济损失估计在50亿至80亿元之间。', want: [['50亿至80亿元', money(5e9, 'CNY', { valueMax: 8e9, approx: 'range' })]] },
  {
    text: '该公司2023年研发投入为1647亿元，占全年收入的23.4%。',
    want: [['2023年', day('2023')], ['1647亿元', money(1.647e11, 'CNY')], ['23.4%', pct(23.4)]],
  },
  { text: '逾七成受访者表示，过去一年生活成本明显上涨。', want: [['逾七成', pct(70, { approx: 'moreThan' })]], statement: true },
  {
    text: '该项目一期工程占地约3000亩，计划于明年6月投产。',
    want: [['约3000亩', measure(3000, 'mu', { approx: 'about' })], ['明年6月', day('2025-06')]],
  },
  {
    text: '今年一季度，该市新增城镇就业人口5.6万人，完成全年目标的28%。',
    want: [['今年一季度', day('2024-01/2024-03')], ['5.6万人', count(56_000, 'people')], ['28%', pct(28)]],
  },
  {
    text: '事故发生后，当地政府紧急调派了40余台挖掘机和200多名救援人员。',
    want: [['40余台', { kind: 'count', value: 40, approx: 'moreThan' }], ['200多名救援人员', count(200, 'rescuers', { approx: 'moreThan' })]],
  },
  { text: '据外媒消息，该国军队已在边境附近集结了约10万兵力。', want: [['约10万兵力', count(100_000, 'soldiers', { approx: 'about' })]], statement: true },
  {
    text: '该国通胀率已连续三个月高于5%，本月有望回落至4.5%左右。',
    want: [['高于5%', pct(5, { approx: 'moreThan' })], ['本月', day('2024-05')], ['4.5%左右', pct(4.5, { approx: 'about' })]],
  },
  { text: '电话：021-64371234，地址：上海市徐汇区漕溪北路88号3楼。', none: ['021', '64371234', '88', '3楼'] },
  { text: '详见本报2024年5月10日第A05版。', want: [['2024年5月10日', day('2024-05-10')]], none: ['A05', '05版'] },
  { text: '本书第三章第12节讨论了这一问题，见第45页。', none: ['三章', '12', '45'] },
  { text: '微信8.0.49版本新增了多项功能。', none: ['8.0', '49'] },
  { text: '文章编号：1002-8102（2024）05-0012-09', none: ['1002', '8102', '0012', '09'] },
  { text: '比赛第78分钟，武磊头球破门，帮助上海海港2比1逆转取胜。', none: ['78', '2比1'] },
  {
    text: '列车于早上7:45从北京南站开出，约4个半小时后抵达上海虹桥。',
    want: [['约4个半小时', count(4.5, 'hours', { approx: 'about' })]],
    none: ['7:45', '45'],
  },
  { text: '该小区3号楼2单元1502室发生火灾，所幸无人员伤亡。', none: ['3号', '2单元', '1502'] },
  { text: '国务院办公厅印发《关于加快发展银发经济的意见》（国办发〔2024〕1号）。', none: ['2024', '1号'] },
  {
    text: '中国载人航天工程办公室透露，神舟十九号将于今年10月下旬发射。',
    want: [['今年10月下旬', day('2024-10', { approx: 'about' })]],
    none: ['十九'],
    statement: true,
  },
  { text: '据路透社援引消息人士报道，欧佩克+可能将减产协议延长至明年底。', want: [['明年底', day('2025-12', { approx: 'about' })]], statement: true },
  {
    text: '该国去年人均GDP约为1.27万美元，首次突破1.2万美元关口。',
    want: [['去年', day('2023')], ['约为1.27万美元', money(12_700, 'USD', { approx: 'about' })], ['1.2万美元', money(12_000, 'USD')]],
  },
  {
    text: '公司表示，计划在未来18个月内新开约500家门店。',
    want: [['18个月', count(18, 'months')], ['约500家门店', count(500, 'stores', { approx: 'about' })]],
    statement: true,
  },
  {
    text: '公安部通报，今年以来共破获电信网络诈骗案件12.3万起，抓获犯罪嫌疑人17.8万名。',
    want: [['今年', day('2024')], ['12.3万起', count(123_000, 'cases')], ['17.8万名', count(178_000, 'people')]],
    statement: true,
  },
  {
    text: '该航空公司上月运送旅客超过1200万人次，客座率达83.6%。',
    want: [['上月', day('2024-04')], ['超过1200万人次', count(1.2e7, 'person-times', { approx: 'moreThan' })], ['83.6%', pct(83.6)]],
  },
  {
    text: '粤港澳大湾区经济总量超过14万亿元人民币，约占全国的十分之一。',
    want: [['超过14万亿元人民币', money(1.4e13, 'CNY', { approx: 'moreThan' })], ['十分之一', pct(10)]],
  },
  { text: '据国家气候中心消息，今年汛期全国平均降水量较常年偏多1至2成。', want: [['1至2成', pct(10, { valueMax: 20, approx: 'range' })]], statement: true },
  { text: '该国军方称，过去一周共拦截来袭无人机逾百架。', want: [['逾百架', { kind: 'count', value: 100, approx: 'moreThan' }]], statement: true },
  { text: '这名运动员在男子100米决赛中夺冠。', none: ['100'] },
  {
    text: '该省计划到2027年底将森林覆盖率提高到45%以上。',
    want: [['2027年底', day('2027-12', { approx: 'about' })], ['45%以上', pct(45, { approx: 'moreThan' })]],
  },
  {
    text: '该银行去年净利润同比下降约二成，至人民币3,560亿元。',
    want: [['去年', day('2023')], ['约二成', pct(20, { approx: 'about' })], ['人民币3,560亿元', money(3.56e11, 'CNY')]],
  },
  {
    text: '全市共有各类养老机构约1200家，床位近15万张。',
    want: [['约1200家', { kind: 'count', value: 1200, approx: 'about' }], ['近15万张', { kind: 'count', value: 150_000, approx: 'about' }]],
  },
  { text: '该市上周三起实施限行措施，尾号为4和9的车辆禁止上路。', want: [['上周三', day('2024-05-08')]], none: ['4和9', '9'] },
  { text: '当地时间周日晚，一架载有62人的客机在圣保罗州坠毁。', want: [['周日', day('2024-05-12')], ['62人', count(62, 'people')]] },
  { text: '该国今年的财政赤字预计将达到GDP的5.3%，高于去年的4.8%。', want: [['5.3%', pct(5.3)], ['去年', day('2023')], ['4.8%', pct(4.8)]] },
  { text: '截至昨日，该基金今年以来的收益率为负3.2%。', want: [['昨日', day('2024-05-14')], ['负3.2%', pct(-3.2)]] },
  {
    text: '该公司去年向股东派发股息共计约720亿元，每股派息2.1元。',
    want: [['去年', day('2023')], ['约720亿元', money(7.2e10, 'CNY', { approx: 'about' })], ['2.1元', money(2.1, 'CNY')]],
  },
  {
    text: '该国约有1400万人口，其中约四分之一居住在首都。',
    want: [['约有1400万人口', count(1.4e7, 'people', { approx: 'about' })], ['约四分之一', pct(25, { approx: 'about' })]],
  },
  { text: '在过去的两周内，该地区发生了不下10次余震。', want: [['不下10次', count(10, 'times', { approx: 'atLeast' })]] },
  { text: '该市每天产生生活垃圾约2.5万吨。', want: [['约2.5万吨', measure(25_000, 't', { approx: 'about', per: 'day' })]] },
  { text: '该市将发放总额3千万元的消费券。', want: [['3千万元', money(3e7, 'CNY')]] },
  { text: '这家初创公司完成了数千万元的天使轮融资。', want: [['数千万元', money(2e7, 'CNY', { valueMax: 9e7, approx: 'range' })]] },
  { text: '该法案将于后年1月1日起正式施行。', want: [['后年1月1日', day('2026-01-01')]] },
  { text: '上个月中旬，该市遭遇了今年以来最强的一次沙尘天气。', want: [['上个月中旬', day('2024-04', { approx: 'about' })]] },
  { text: '前天夜里，该地区发生4.6级地震。', want: [['前天', day('2024-05-13')], ['4.6级', measure(4.6, 'magnitude')]] },
  // Written after the first run: the edges of the rules it led to, and false figures found on the way.
  { text: '会场容不下2000人，门外还有不下300人排队。', want: [['2000人', count(2000, 'people', { approx: null })], ['不下300人', count(300, 'people', { approx: 'atLeast' })]] },
  { text: '今年以来共发生交通事故3200起，侦破刑事案件850起。', want: [['3200起', count(3200, 'incidents')], ['850起', count(850, 'cases')]] },
  { text: '受今年第11号台风影响，全省中小学停课。', none: ['11'] },
  { text: '该市共有2000多台充电桩。', want: [['2000多台', { kind: 'count', value: 2000, approx: 'moreThan' }]] },
  { text: '这5单生意共计200万元。', want: [['5单', count(5, 'orders')], ['200万元', money(2e6, 'CNY')]] },
  { text: '该选手在女子10公里竞走中夺冠，用时42分钟。', want: [['42分钟', count(42, 'minutes')]], none: ['10'] },
  { text: '长达15年的内战造成约50万人死亡。', want: [['长达15年', count(15, 'years', { approx: null })], ['约50万人', count(500_000, 'people', { approx: 'about' })]] },
  { text: '该市今后年均新增就业10万人。', want: [['10万人', count(100_000, 'people', { per: 'year' })]], none: ['后年'] },
  { text: '该省后年将实现县县通高铁。', want: [['后年', day('2026')]] },
  { text: '60岁以上、80岁以下的老人可申请补贴。', want: [['60岁以上', count(60, 'years of age', { approx: 'moreThan' })], ['80岁以下', count(80, 'years of age', { approx: 'lessThan' })]] },
  { text: '犯本罪的，处三年以上七年以下有期徒刑。', want: [['三年以上七年以下', count(3, 'years', { valueMax: 7, approx: 'range' })]] },
  { text: '据统计，该国基尼系数为0.47，高于国际警戒线0.4。', want: [['0.47', measure(0.47, null)]], statement: true },
  { text: '快递业务量日均超过4亿件，同比增长约20%。', want: [['超过4亿件', { kind: 'count', value: 4e8, approx: 'moreThan', per: 'day' }], ['约20%', pct(20, { approx: 'about' })]] },
  { text: '近五年来，全市累计完成造林面积近百万亩。', want: [['五年', count(5, 'years', { approx: null })], ['近百万亩', measure(1e6, 'mu', { approx: 'about' })]] },
  { text: '该市平均每天有约3.5万辆次货车进出港区。', want: [['约3.5万辆次', count(35_000, 'vehicle-trips', { approx: 'about', per: 'day' })]] },
  { text: '该校进入全球大学排行榜前100名。', none: ['100'] },
  { text: '腾讯控股（00700.HK）今日股价上涨3.2%。', want: [['今日', day('2024-05-15')], ['3.2%', pct(3.2)]], none: ['00700'] },
  { text: '该剧第2季第8集于周五播出。', want: [['周五', day('2024-05-10')]], none: ['第2季', '8'] },
  { text: '邮编100010，北京市东城区东长安街14号。', none: ['100010', '14'] },
  { text: '美国上周初请失业金人数为23.1万人，低于预期的23.5万人。', want: [['上周', day('2024-W19')], ['23.1万人', count(231_000, 'people')], ['23.5万人', count(235_000, 'people')]] },
  {
    text: '俄罗斯央行将基准利率维持在16%不变，并表示年内可能再加息100至200个基点。',
    want: [['16%', pct(16)], ['100至200个基点', { kind: 'percent', value: 100, valueMax: 200, unit: 'basis points', approx: 'range' }]],
    statement: true,
  },
  {
    text: '该公司发布公告称，拟以不超过每股15元的价格回购股份，回购金额不低于1亿元、不超过2亿元。',
    want: [['不超过每股15元', money(15, 'CNY', { approx: 'atMost' })], ['不低于1亿元', money(1e8, 'CNY', { approx: 'atLeast' })], ['不超过2亿元', money(2e8, 'CNY', { approx: 'atMost' })]],
    statement: true,
  },
  { text: '据新华社消息，全国铁路今日预计发送旅客1680万人次，计划加开旅客列车1200列以上。', want: [['1680万人次', count(1.68e7, 'person-times')], ['1200列以上', count(1200, 'trains', { approx: 'moreThan' })]], statement: true },
  { text: '该镇有户籍人口4.3万人，其中外出务工人员占比超四成，今年已有超2000人返乡。', want: [['4.3万人', count(43_000, 'people')], ['超四成', pct(40, { approx: 'moreThan' })], ['超2000人', count(2000, 'people', { approx: 'moreThan' })]] },
  { text: '他被列入名单后，这家公司的业绩开始赶超3家同行。', none: ['列', '超3'] },
  { text: '第十五届全运会将于11月在广州举行，会议则将于周五召开。', want: [['11月', day('2024-11')], ['周五', day('2024-05-17')]], none: ['十五'] },
  { text: '市场预计4月CPI同比上涨0.3%。', want: [['4月', day('2024-04')], ['0.3%', pct(0.3)]] },
];

const TRADITIONAL: Case[] = [
  { text: '行政院主計總處上週三公布，4月消費者物價指數年增2.24%。', want: [['上週三', day('2024-05-08')], ['4月', day('2024-04')], ['2.24%', pct(2.24)]] },
  {
    text: '台積電董事會核准資本預算約151億美元，並配發每股現金股利新台幣4元。',
    want: [['約151億美元', money(1.51e10, 'USD', { approx: 'about' })], ['新台幣4元', money(4, 'TWD')]],
  },
  {
    text: '據中央社報導，今年前4月外銷訂單金額達1,817億美元，年增逾5%。',
    want: [['今年前4月', day('2024-01/2024-04', { approx: 'range' })], ['1,817億美元', money(1.817e11, 'USD')], ['逾5%', pct(5, { approx: 'moreThan' })]],
    statement: true,
  },
  {
    text: '這項補助計畫總預算為NT$120億，預計受惠家庭約30萬戶。',
    want: [['NT$120億', money(1.2e10, 'TWD')], ['約30萬戶', count(300_000, 'households', { approx: 'about' })]],
  },
  { text: '港府宣布向合資格長者每月發放HK$4,195的高齡津貼。', want: [['HK$4,195', money(4195, 'HKD', { per: 'month' })]], statement: true },
  { text: '香港上月零售業總銷貨價值臨時估計為306億元，按年下跌14.7%。', want: [['上月', day('2024-04')], ['306億元', money(3.06e10, null)], ['14.7%', pct(14.7)]] },
  { text: '衛福部長坦言，長照人力缺口至少還有1.5萬人。', want: [['至少還有1.5萬人', count(15_000, 'people', { approx: 'atLeast' })]], statement: true },
  {
    text: '據港媒消息，涉案金額高達3.2億港元，共有逾千名投資者受騙。',
    want: [['高達3.2億港元', money(3.2e8, 'HKD')], ['逾千名投資者', count(1000, 'investors', { approx: 'moreThan' })]],
    statement: true,
  },
  {
    text: '颱風帶來的累積雨量超過1,200毫米，造成近百處道路坍方。',
    want: [['超過1,200毫米', measure(1200, 'mm', { approx: 'moreThan' })], ['近百處', { kind: 'count', value: 100, approx: 'about' }]],
  },
  {
    text: '本港今年首季住宅樓價較去年底下跌約3%。',
    want: [['今年首季', day('2024-01/2024-03')], ['去年底', day('2023-12', { approx: 'about' })], ['約3%', pct(3, { approx: 'about' })]],
  },
  { text: '民調顯示，有逾五成三的受訪者不滿意政府的防疫表現。', want: [['逾五成三', pct(53, { approx: 'moreThan' })]], statement: true },
  {
    text: '立法院上月三讀通過的法案，將基本工資調漲至每月新台幣28,590元。',
    want: [['上月', day('2024-04')], ['每月新台幣28,590元', money(28_590, 'TWD', { per: 'month' })]],
    none: ['三讀'],
  },
  {
    text: '該公司前年虧損達新台幣52億元，去年轉虧為盈，獲利約8億元。',
    want: [['前年', day('2022')], ['新台幣52億元', money(5.2e9, 'TWD')], ['去年', day('2023')], ['約8億元', money(8e8, 'TWD', { approx: 'about' })]],
  },
  {
    text: '今年3月下旬，台南地區的水庫蓄水率一度降至不到兩成。',
    want: [['今年3月下旬', day('2024-03', { approx: 'about' })], ['不到兩成', pct(20, { approx: 'lessThan' })]],
  },
  {
    text: '據報導，這架客機於當地時間下午4時20分降落，機上載有189名乘客及6名機組人員。',
    want: [['189名乘客', count(189, 'passengers')], ['6名機組人員', count(6, 'crew')]],
    none: ['4時', '20分'],
    statement: true,
  },
  {
    text: '香港天文台指出，上週六錄得的最高氣溫為攝氏33.1度。',
    want: [['上週六', day('2024-05-11')], ['攝氏33.1度', measure(33.1, '°C')]],
    statement: true,
  },
  {
    text: '警方表示，涉案的38歲男子已被落案起訴，案件押後至下月3日再訊。',
    want: [['38歲', count(38, 'years of age')], ['下月3日', day('2024-06-03')]],
    statement: true,
  },
  { text: '聯絡電話：(02)2311-3731，地址：台北市中正區重慶南路一段122號。', none: ['02', '2311', '3731', '122', '一段'] },
  { text: '中華職棒例行賽中，統一獅以7比3擊敗中信兄弟。', none: ['7比3', '7', '3'] },
  {
    text: '該法第5條第2項規定，違者處新台幣6萬元以上30萬元以下罰鍰。',
    want: [['新台幣6萬元以上30萬元以下', money(60_000, 'TWD', { valueMax: 300_000, approx: 'range' })]],
    none: ['5條', '2項'],
  },
  {
    text: '台灣去年出生數僅13.5萬人，創歷史新低，總生育率約0.87。',
    want: [['去年', day('2023')], ['13.5萬人', count(135_000, 'people')], ['約0.87', measure(0.87, null, { approx: 'about' })]],
  },
  { text: '澳門特區政府今年的財政預算開支約為1,050億澳門元。', want: [['今年', day('2024')], ['約為1,050億澳門元', money(1.05e11, 'MOP', { approx: 'about' })]] },
  { text: '本週一，新北市一處工地發生墜落意外，造成1死2傷。', want: [['本週一', day('2024-05-13')], ['1死', count(1, 'deaths')], ['2傷', count(2, 'injured')]] },
  {
    text: '金管會坦言，去年詐騙案件財損金額超過新台幣88億元。',
    want: [['去年', day('2023')], ['超過新台幣88億元', money(8.8e9, 'TWD', { approx: 'moreThan' })]],
    statement: true,
  },
  {
    text: '據香港電台消息，政府計劃興建約3萬個簡約公屋單位，預計耗資逾260億元。',
    want: [['約3萬個', { kind: 'count', value: 30_000, approx: 'about' }], ['逾260億元', { kind: 'money', value: 2.6e10, approx: 'moreThan' }]],
    statement: true,
  },
  {
    text: '全台共有65歲以上人口約428萬人，占總人口18.4%。',
    want: [['65歲以上', count(65, 'years of age', { approx: 'moreThan' })], ['約428萬人', count(4.28e6, 'people', { approx: 'about' })], ['18.4%', pct(18.4)]],
  },
  { text: '民國112年全年來台旅客達648萬人次。', want: [['民國112年', day('2023')], ['648萬人次', count(6.48e6, 'person-times')]] },
  {
    text: '該筆土地以每坪新台幣150萬元成交，總價約45億元。',
    want: [['新台幣150萬元', money(1.5e6, 'TWD')], ['約45億元', money(4.5e9, 'TWD', { approx: 'about' })]],
  },
  { text: '本書第二版第87頁提到，該廠於1987年建成。', want: [['1987年', day('1987')]], none: ['二版', '87頁'] },
  { text: '台灣每年約有5萬人死於癌症。', want: [['每年約有5萬人', count(50_000, 'people', { approx: 'about', per: 'year' })]] },
  // Written after the first run.
  { text: '香港金管局總裁余偉文表示，銀行體系總結餘約為450億港元。', want: [['約為450億港元', money(4.5e10, 'HKD', { approx: 'about' })]], statement: true },
  { text: '該院去年共處理逾3萬宗案件，平均每宗需時約4個月。', want: [['去年', day('2023')], ['逾3萬宗', count(30_000, 'cases', { approx: 'moreThan' })], ['約4個月', count(4, 'months', { approx: 'about' })]] },
  { text: '該劇第二季共10集，將於後年播出。', want: [['後年', day('2026')]], none: ['第二季'] },
  { text: '中央流行疫情指揮中心今（15）日公布，國內新增5例本土病例。', want: [['今（15）日', day('2024-05-15')], ['5例', count(5, 'cases')]], statement: true },
  { text: '警方昨(14)日表示，涉案男子已被收押。', want: [['昨(14)日', day('2024-05-14')]], statement: true },
  { text: '消息指，港府擬於明年起將煙草稅每支再加40仙。', want: [['明年', day('2025')], ['40仙', money(0.4, 'HKD')]] },
  { text: '台灣今年第1季GDP成長率為6.51%，創近3年新高。', want: [['今年第1季', day('2024-01/2024-03')], ['6.51%', pct(6.51)], ['3年', count(3, 'years', { approx: null })]] },
];

const ENGLISH: Case[] = [
  {
    text: 'Alibaba said on Tuesday it would raise US$4.5 billion through a convertible bond sale.',
    want: [['Tuesday', day('2024-05-14')], ['US$4.5 billion', money(4.5e9, 'USD')]],
    statement: true,
  },
  { text: 'The Hong Kong government will hand out HK$5,000 vouchers to every adult resident.', want: [['HK$5,000', money(5000, 'HKD')]] },
  { text: "Taiwan's cabinet approved a NT$1.1 trillion special budget for resilience projects.", want: [['NT$1.1 trillion', money(1.1e12, 'TWD')]] },
  { text: 'The Singapore government set aside S$1.9bn for the scheme.', want: [['S$1.9bn', money(1.9e9, 'SGD')]] },
  { text: 'Canada will spend C$8.1 billion more on defence over five years.', want: [['C$8.1 billion', money(8.1e9, 'CAD')]] },
  {
    text: 'Samsung posted operating profit of 6.6 trillion won ($4.8bn) in the first quarter.',
    want: [['6.6 trillion won', money(6.6e12, 'KRW')], ['the first quarter', day('2024-01/2024-03')]],
    none: ['$4.8bn'],
  },
  {
    text: "Russia's budget deficit reached 1.5 trillion roubles in the first four months.",
    want: [['1.5 trillion roubles', money(1.5e12, 'RUB')], ['the first four months', day('2024-01/2024-04', { approx: 'range' })]],
  },
  { text: 'UBS agreed to pay CHF 3.25bn for Credit Suisse.', want: [['CHF 3.25bn', money(3.25e9, 'CHF')]] },
  { text: 'The company will invest ₹20,000 crore in India over the next five years.', want: [['₹20,000 crore', money(2e11, 'INR')]] },
  { text: 'SoftBank lost ¥478bn in the last fiscal year.', want: [['¥478bn', money(4.78e11, 'JPY')]] },
  {
    text: "China's central bank injected 500 billion yuan into the banking system, according to a statement on Friday.",
    want: [['500 billion yuan', money(5e11, 'CNY')], ['Friday', day('2024-05-10')]],
    statement: true,
  },
  {
    text: 'Unemployment climbed 0.3 percentage points to 4.3% last month.',
    want: [['0.3 percentage points', pp(0.3)], ['4.3%', pct(4.3)], ['last month', day('2024-04')]],
  },
  { text: 'Roughly 3,500 people are employed at the plant, the union told the BBC.', want: [['Roughly 3,500 people', count(3500, 'people', { approx: 'about' })]], statement: true },
  { text: 'As many as 500 homes could be demolished under the plan.', want: [['As many as 500 homes', count(500, 'homes', { approx: 'atMost' })]] },
  { text: 'Fewer than 10,000 tickets remain for the final.', want: [['Fewer than 10,000 tickets', count(10_000, 'tickets', { approx: 'lessThan' })]] },
  { text: 'Up to 4,000 jobs could go, the company claimed.', want: [['Up to 4,000 jobs', count(4000, 'jobs', { approx: 'atMost' })]], statement: true },
  {
    text: 'The average household spends $1,200 a month on rent, a 7% rise from last year.',
    want: [['$1,200 a month', money(1200, 'USD', { per: 'month' })], ['7%', pct(7)], ['last year', day('2023')]],
  },
  { text: 'Kenya exports roughly 500,000 tonnes of tea annually.', want: [['roughly 500,000 tonnes of tea annually', measure(500_000, 't', { approx: 'about', per: 'year' })]] },
  {
    text: 'The clinic sees about 80 patients per day, up from 50 a week ago.',
    want: [['about 80 patients per day', count(80, 'patients', { approx: 'about', per: 'day' })], ['a week ago', day('2024-W19')]],
    none: ['50 a week'],
  },
  {
    text: 'Volunteers worked 60 hours a week for nearly two months.',
    want: [['60 hours a week', count(60, 'hours', { per: 'week' })], ['nearly two months', count(2, 'months', { approx: 'about' })]],
  },
  {
    text: 'The company said last Tuesday that it would cut 1,800 jobs.',
    want: [['last Tuesday', day('2024-05-07')], ['1,800 jobs', count(1800, 'jobs')]],
    statement: true,
  },
  { text: 'The factory closed in mid-2021 after losing its biggest customer.', want: [['mid-2021', day('2021-07', { approx: 'about' })]] },
  { text: 'Earlier this month, regulators fined the bank $350m.', want: [['Earlier this month', day('2024-05', { approx: 'about' })], ['$350m', money(3.5e8, 'USD')]] },
  { text: 'The report, published earlier this week, found that 62% of nurses plan to quit.', want: [['earlier this week', day('2024-W20')], ['62%', pct(62)]] },
  {
    text: 'Shares closed at HK$3.82 on Monday, valuing the company at about HK$52bn.',
    want: [['HK$3.82', money(3.82, 'HKD')], ['Monday', day('2024-05-13')], ['about HK$52bn', money(5.2e10, 'HKD', { approx: 'about' })]],
  },
  {
    text: "The chipmaker's revenue rose 16% to NT$592.6bn in April.",
    want: [['16%', pct(16)], ['NT$592.6bn', money(5.926e11, 'TWD')], ['April', day('2024-04')]],
  },
  {
    text: 'More than 20 million passengers travelled on the network in the first week of May.',
    want: [['More than 20 million passengers', count(2e7, 'passengers', { approx: 'moreThan' })], ['the first week of May', day('2024-05-01/2024-05-07', { approx: 'range' })]],
  },
  { text: "Customers can call 1-800-275-8777 or visit 475 L'Enfant Plaza SW.", none: ['800', '275', '8777', '475'] },
  { text: 'Please see page 14 of the report and paragraph 3.2 of the annex.', none: ['14', '3.2'] },
  {
    text: 'The software was updated to iOS 17.5 on Monday, fixing 15 security flaws.',
    want: [['Monday', day('2024-05-13')], ['15 security flaws', { kind: 'count', value: 15 }]],
    none: ['17'],
  },
  { text: 'The meeting will start at 10.30am in Room 204, Building 3.', none: ['10.30', '204', '3'] },
  { text: 'Manchester City beat Chelsea 3-2 after extra time, with Haaland scoring in the 112th minute.', none: ['3-2', '112'] },
  { text: 'In Chapter 7, the author recounts the siege of 1993.', want: [['1993', day('1993')]], none: ['7'] },
  { text: 'Article ID: 2024-0515-0032.', none: ['2024', '0515', '0032'] },
  {
    text: 'The storm killed at least 14 people and left nearly 900,000 customers without power in Texas.',
    want: [['at least 14 people', count(14, 'people', { approx: 'atLeast' })], ['nearly 900,000 customers', count(900_000, 'customers', { approx: 'about' })]],
  },
  {
    text: 'The Fed has raised rates 11 times since March 2022, by a total of 5.25 percentage points.',
    want: [['11 times', count(11, 'times')], ['March 2022', day('2022-03')], ['5.25 percentage points', pp(5.25)]],
  },
  { text: 'Apple claimed its new chip is up to 50% faster than the previous generation.', want: [['up to 50%', pct(50, { approx: 'atMost' })]], statement: true },
  { text: 'The IMF said global growth would be 3.2% this year and next.', want: [['3.2%', pct(3.2)], ['this year', day('2024')]], statement: true },
  {
    text: 'Sales in the three months to June are expected to total between $24bn and $25bn.',
    want: [['June', day('2024-06')], ['between $24bn and $25bn', money(2.4e10, 'USD', { valueMax: 2.5e10, approx: 'range' })]],
  },
  { text: 'About 1 in 4 young adults said they had skipped meals to save money.', want: [['About 1 in 4', pct(25, { approx: 'about' })]], statement: true },
  {
    text: 'The UK economy grew by 0.6% in the first three months of 2024, the Office for National Statistics said.',
    want: [['0.6%', pct(0.6)], ['the first three months of 2024', day('2024-01/2024-03', { approx: 'range' })]],
    statement: true,
  },
  { text: 'Over 1.5 million Britons are on waiting lists for more than a year.', want: [['Over 1.5 million Britons', count(1.5e6, 'Britons', { approx: 'moreThan' })]] },
  { text: "Germany's Bundestag approved €100bn for the armed forces in June 2022.", want: [['€100bn', money(1e11, 'EUR')], ['June 2022', day('2022-06')]] },
  { text: 'The price of a barrel of Brent crude rose $2.40 to $84.50.', want: [['$2.40', money(2.4, 'USD')], ['$84.50', money(84.5, 'USD')]] },
  { text: 'Property prices in Hong Kong have fallen some 25% from their 2021 peak.', want: [['some 25%', pct(25, { approx: 'about' })], ['2021', day('2021')]] },
  {
    text: 'A spokesman told reporters that 3,000 troops would be deployed by the end of the month.',
    want: [['3,000 troops', count(3000, 'soldiers')], ['the end of the month', day('2024-05', { approx: 'about' })]],
    statement: true,
  },
  {
    text: "Japan's population fell by a record 837,000 last year to 124.4 million.",
    want: [['837,000', measure(837_000, null)], ['last year', day('2023')], ['124.4 million', measure(124.4e6, null)]],
  },
  { text: "The company's market value has grown nearly sevenfold since 2019.", want: [['nearly sevenfold', count(7, 'fold', { approx: 'about' })], ['2019', day('2019')]] },
  {
    text: 'Around a quarter of the workforce, or roughly 2,000 people, will be affected.',
    want: [['Around a quarter', pct(25, { approx: 'about' })], ['roughly 2,000 people', count(2000, 'people', { approx: 'about' })]],
  },
  { text: 'Tuition will rise to £9,535 a year from September 2025.', want: [['£9,535 a year', money(9535, 'GBP', { per: 'year' })], ['September 2025', day('2025-09')]] },
  { text: 'The government expects to collect US$2.5 billion annually from the new tax.', want: [['US$2.5 billion annually', money(2.5e9, 'USD', { per: 'year' })]] },
  {
    text: 'Officials said there were 12 to 15 casualties, most of them children.',
    want: [['12 to 15 casualties', count(12, 'casualties', { valueMax: 15, approx: 'range' })]],
    statement: true,
  },
  { text: 'The hearing is set for June 4, two days before the deadline.', want: [['June 4', day('2024-06-04')]] },
  {
    text: 'The project cost £1.2 billion, three times its original budget of £400 million.',
    want: [['£1.2 billion', money(1.2e9, 'GBP')], ['three times', count(3, 'fold')], ['£400 million', money(4e8, 'GBP')]],
  },
  { text: 'The 14-year-old was among 37 students injured in the attack.', want: [['14-year-old', count(14, 'years of age')], ['37 students', count(37, 'students')]] },
  { text: 'The agency claimed that 97% of the funds had been spent.', want: [['97%', pct(97)]], statement: true },
  {
    text: 'The company employs 4,100 people in 23 countries, its annual report shows.',
    want: [['4,100 people', count(4100, 'people')], ['23 countries', count(23, 'countries')]],
  },
  { text: 'Profits are expected to reach €2bn-€2.5bn this year.', want: [['€2bn-€2.5bn', money(2e9, 'EUR', { valueMax: 2.5e9, approx: 'range' })], ['this year', day('2024')]] },
  { text: 'The flight departs at 11:45pm and arrives at 6:10am local time.', none: ['11', '45', '6:10', '10'] },
  { text: 'The rebels said they had captured 4 towns, a claim the army denied.', want: [['4 towns', count(4, 'towns')]], statement: true },
  {
    text: 'Average rents in London hit £2,121 a month in April, according to Rightmove.',
    want: [['£2,121 a month', money(2121, 'GBP', { per: 'month' })], ['April', day('2024-04')]],
    statement: true,
  },
  {
    text: 'The virus has infected fewer than 200 people since it was first detected in early 2023.',
    want: [['fewer than 200 people', count(200, 'people', { approx: 'lessThan' })], ['early 2023', day('2023-01', { approx: 'about' })]],
    none: ['first'],
  },
  { text: 'Revenue for fiscal 2023 was $60.9 billion, up 126% from a year ago.', want: [['$60.9 billion', money(6.09e10, 'USD')], ['126%', pct(126)]] },
  { text: 'He told the court he had earned £40,000 a year as a driver.', want: [['£40,000 a year', money(40_000, 'GBP', { per: 'year' })]], statement: true },
  { text: 'The bank lends about $6bn a week to small businesses.', want: [['about $6bn a week', money(6e9, 'USD', { approx: 'about', per: 'week' })]] },
  // Written after the first run.
  { text: 'The reasons for the delay are twofold.', none: ['twofold'] },
  { text: 'Sales jumped tenfold in the last week of March.', want: [['tenfold', count(10, 'fold')], ['the last week of March', day('2024-03-25/2024-03-31', { approx: 'range' })]] },
  { text: 'Earlier this year, the government said the R number was 1.1.', want: [['Earlier this year', day('2024', { approx: 'about' })], ['1.1', measure(1.1, null)]], statement: true },
  { text: 'The plant will close by the end of the year, with the loss of 300 jobs.', want: [['the end of the year', day('2024-12', { approx: 'about' })], ['300 jobs', count(300, 'jobs')]] },
  { text: 'The company hopes to open 200 new stores in Britain late next year.', want: [['200 new stores', count(200, 'stores')], ['late next year', day('2025-12', { approx: 'about' })]] },
  { text: 'Roughly 40% of the 2,300 staff will move to the new site by mid-2025.', want: [['Roughly 40%', pct(40, { approx: 'about' })], ['2,300 staff', count(2300, 'workers')], ['mid-2025', day('2025-07', { approx: 'about' })]] },
  { text: 'Up to 1,500 people a day are crossing the border, the UN refugee agency said.', want: [['Up to 1,500 people a day', count(1500, 'people', { approx: 'atMost', per: 'day' })]], statement: true },
  { text: 'The museum, at 1000 Fifth Avenue, drew 5.4 million visitors last year.', want: [['5.4 million visitors', count(5.4e6, 'tourists')], ['last year', day('2023')]], none: ['1000'] },
  { text: 'The iPhone 15 Pro costs $999 in the US.', want: [['$999', money(999, 'USD')]], none: ['15', 'costs'] },
  { text: 'It is one of the top 10 universities, and the top 1% of earners pay 30% of income tax.', want: [['1%', pct(1)], ['30%', pct(30)]], none: ['10'] },
  { text: 'A loaf now costs 99 cents, and a pint of milk 40p, up 3p.', want: [['99 cents', money(0.99, 'USD')], ['40p', money(0.4, 'GBP')], ['3p', money(0.03, 'GBP')]] },
  { text: 'The service streams films in 1080p at 7pm.', none: ['1080', '7pm'] },
  { text: 'He received a 12-month suspended sentence and 200 hours of unpaid work.', want: [['12-month', count(12, 'months')], ['200 hours', count(200, 'hours')]] },
  { text: 'The pound slumped to a 10-year low while the 10-year Treasury yield rose to 4.5%.', want: [['10-year', count(10, 'years')], ['4.5%', pct(4.5)]] },
  { text: 'The court will hear the appeal in October, and talks will resume on Friday.', want: [['October', day('2024-10')], ['Friday', day('2024-05-17')]] },
  { text: 'He said on Friday that he will resign in March.', want: [['Friday', day('2024-05-10')], ['March', day('2025-03')]], statement: true },
  { text: 'The basic model costs as little as $40, and rates could go as high as 6%.', want: [['as little as $40', money(40, 'USD', { approx: 'atLeast' })], ['as high as 6%', pct(6, { approx: 'atMost' })]] },
];

describeTables('claim suggestions on a third table of unseen news sentences', { simplified: SIMPLIFIED, traditional: TRADITIONAL, english: ENGLISH });
