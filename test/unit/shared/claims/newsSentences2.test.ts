/**
 * Claim suggestions on a second table of news sentences, written for it (not taken from the fixtures, the other
 * tests or the first table in `newsSentences.test.ts`): mainland wire copy (据新华社报道, 同比, 亿元, 人次, 架次),
 * Taiwan and Hong Kong copy (新台幣, 港元, 民調, 百分點, 上週), and English wire copy ("more than $2.3bn", "between
 * 3,000 and 5,000", "1.2 million barrels a day", "Rs 11.1 lakh crore"). Each case names the spans a demanding
 * fact-checker expects, with their normalised values, and what must not be suggested (ordinals, phone numbers,
 * article and section numbers, times of day, model names, years used as names).
 *
 * The first 194 cases were written before any rule changed, and 29 of them failed; the fixes are general rules (see
 * the git log of shared/claims). The 49 cases after them (243 in all: 106 simplified, 38 traditional, 99 English)
 * came from further unseen sentences and test those rules' edges and the false figures they turned up.
 *
 * Known misses (found while writing these; the cases assert only what is right today, or leave the sentence out):
 * - "The wall is 1.2m high": a length written "m" is not suggested, by an earlier decision (suggest.test.ts: "2.3m
 *   alone is a length, not a figure to suggest"); the first table listed it as a miss. The case asserts only that
 *   it is not read as 1.2 million.
 * - Sports points: 朱婷独得21分 gives no figure (分 is also minutes). (Index points, 恒生指数收市跌312點, are read since
 *   the sixth table, after an index named in the clause.)
 * - Taiwan's 半碼 (0.125 percentage point, 調升半碼) is not read.
 * - A daily figure named by 日 before its noun (日客运量突破1000万人次) gets no `per: 'day'`; 日均 does.
 * - "the billion-dollar takeover" (without "a") is no figure; "a billion-dollar takeover" is $1bn.
 * - A year-less month more than a season after publication resolves to the year before, by the calendar rule for
 *   year-less dates. (Since the third table, a clause that says the date is to come, 全运会将于11月举行 or "will
 *   resume in October", reads the coming one; see newsSentences3.test.ts.)
 * - A bare 元 in Taiwan or Hong Kong copy that never names its currency is CNY (the first table asserts this); the
 *   cases here leave such currencies unasserted.
 * - "40 fire engines" counts `engines`, while 30部消防车 counts `vehicles`.
 * - "$1.0875 against the dollar" is read as dollars (it is the euro's price: an exchange rate).
 * - A period named without its year that lies ahead of publication (第三季度, 1至8月 in a May article reporting
 *   figures, "peak in October") resolves to this year for quarters and month ranges and to last year for a lone
 *   month; news uses both tenses, and nothing in the sentence says which.
 * - "reduced from 20 to 12 years" reads only "12 years"; "6ft 4in" only "6ft"; "¥1.2 trillion ($8bn) a year" loses
 *   "a year" behind the bracket; 十周年 (a tenth anniversary) reads as a count of 10 years.
 */
import { describeTables, count, pct, pp, bp, money, measure, day, type Case } from './sentenceTable';

const SIMPLIFIED: Case[] = [
  {
    text: '据新华社报道，今年上半年全国社会消费品零售总额23.6万亿元，同比增长3.7%。',
    want: [['今年上半年', day('2024-01/2024-06', { approx: 'range' })], ['23.6万亿元', money(23.6e12, 'CNY')], ['3.7%', pct(3.7)]],
    statement: true,
  },
  {
    text: '海关总署数据显示，前5个月我国货物贸易进出口总值17.5万亿元人民币，同比增长6.3%。',
    want: [['前5个月', day('2024-01/2024-05', { approx: 'range' })], ['17.5万亿元人民币', money(17.5e12, 'CNY')], ['6.3%', pct(6.3)]],
    statement: true,
  },
  {
    text: '去年第三季度，该公司净亏损3.2亿元，而前年同期盈利1.1亿元。',
    want: [['去年第三季度', day('2023-07/2023-09', { approx: 'range' })], ['3.2亿元', money(3.2e8, 'CNY')], ['前年', day('2022')], ['1.1亿元', money(1.1e8, 'CNY')]],
  },
  {
    text: '今年一季度，全国铁路发送旅客10.3亿人次，同比增长17.2%。',
    want: [['今年一季度', day('2024-01/2024-03')], ['10.3亿人次', count(1.03e9, 'person-times')], ['17.2%', pct(17.2)]],
  },
  {
    text: '中国民航局表示，“五一”假期期间全国民航日均执行航班1.6万架次。',
    want: [['1.6万架次', count(16_000, 'sorties', { per: 'day' })]],
    none: ['五一'],
    statement: true,
  },
  {
    text: '受台风影响，海南全省累计转移群众逾15万人，取消航班近千架次。',
    want: [['逾15万人', count(150_000, 'people', { approx: 'moreThan' })], ['近千架次', count(1000, 'sorties', { approx: 'about' })]],
  },
  {
    text: '国家统计局公布，5月份全国城镇调查失业率为5.0%，比上月下降0.2个百分点。',
    want: [['5月份', day('2024-05')], ['5.0%', pct(5)], ['上月', day('2024-04')], ['0.2个百分点', pp(0.2)]],
    statement: true,
  },
  {
    text: '据央视新闻报道，山体滑坡已造成至少47人遇难，仍有约30人失联。',
    want: [['至少47人', count(47, 'people', { approx: 'atLeast' })], ['约30人', count(30, 'people', { approx: 'about' })]],
    statement: true,
  },
  {
    text: '两艘货轮在长江口附近相撞，约2000吨燃油泄漏入海。',
    want: [['两艘', count(2, 'ships')], ['约2000吨', measure(2000, 't', { approx: 'about' })]],
  },
  {
    text: '该省今年计划新建高速公路800公里，总投资约1200亿元。',
    want: [['今年', day('2024')], ['800公里', measure(800, 'km')], ['约1200亿元', money(1.2e11, 'CNY', { approx: 'about' })]],
  },
  {
    text: '三峡电站去年全年发电量约801亿千瓦时。',
    want: [['去年', day('2023')], ['约801亿千瓦时', measure(8.01e10, 'kWh', { approx: 'about' })]],
    none: ['三峡'],
  },
  {
    text: '截至6月末，广义货币(M2)余额305.7万亿元，同比增长6.2%。',
    want: [['6月末', day('2024-06', { approx: 'about' })], ['305.7万亿元', money(305.7e12, 'CNY')], ['6.2%', pct(6.2)]],
    none: ['M2'],
  },
  {
    text: '我国60周岁及以上人口近3亿，占全国人口的21.1%。',
    want: [['60周岁及以上', count(60, 'years of age', { approx: 'atLeast' })], ['近3亿', measure(3e8, null, { approx: 'about' })], ['21.1%', pct(21.1)]],
  },
  {
    text: '本月初，一场特大暴雨袭击该市，24小时降雨量达到创纪录的624毫米。',
    want: [['本月初', day('2024-05', { approx: 'about' })], ['24小时', count(24, 'hours')], ['624毫米', measure(624, 'mm')]],
  },
  {
    text: '该国央行宣布加息50个基点，将基准利率上调至百分之十一点二五。',
    want: [['50个基点', bp(50)], ['百分之十一点二五', pct(11.25)]],
    statement: true,
  },
  {
    text: '前年全国出生人口为956万人，比上一年减少106万人。',
    want: [['前年', day('2022')], ['956万人', count(9.56e6, 'people')], ['106万人', count(1.06e6, 'people')]],
  },
  {
    text: '据不完全统计，洪灾已导致逾3.4万间房屋倒塌，直接经济损失超过百亿元。',
    want: [['逾3.4万间房屋', count(34_000, 'homes', { approx: 'moreThan' })], ['超过百亿元', money(1e10, 'CNY', { approx: 'moreThan' })]],
    statement: true,
  },
  { text: '中国女排3:0横扫对手，晋级四强。', none: ['3:0', '四强'] },
  {
    text: '上周，该市新增登革热病例1,253例，较前一周增加逾四成。',
    want: [['上周', day('2024-W19')], ['1,253例', count(1253, 'cases')], ['逾四成', pct(40, { approx: 'moreThan' })]],
  },
  {
    text: '目前，全球约有8.2亿人面临饥饿，其中非洲占比近五分之一。',
    want: [['约有8.2亿人', count(8.2e8, 'people', { approx: 'about' })], ['近五分之一', pct(20, { approx: 'about' })]],
  },
  { text: '这架客机载有132人，其中乘客123人，机组人员9人。', want: [['132人', count(132, 'people')], ['123人', count(123, 'people')], ['9人', count(9, 'people')]] },
  { text: '东航MU5735航班事故调查报告已于今年3月公布。', want: [['今年3月', day('2024-03')]], none: ['5735'] },
  {
    text: '该车型上市首月销量即突破两万辆，售价区间为24.98万至33.98万元。',
    want: [['两万辆', count(20_000, 'vehicles')], ['24.98万至33.98万元', money(249_800, 'CNY', { valueMax: 339_800, approx: 'range' })]],
  },
  {
    text: '市场监管总局依法对该企业处以罚款182.28亿元，约合25亿美元。',
    want: [['182.28亿元', money(1.8228e10, 'CNY')], ['约合25亿美元', money(2.5e9, 'USD', { approx: 'about' })]],
  },
  { text: '今年以来，人民币对美元汇率累计贬值约2.3%。', want: [['今年', day('2024')], ['约2.3%', pct(2.3, { approx: 'about' })]] },
  {
    text: '我国高铁运营里程已达4.5万公里，约占世界高铁总里程的三分之二。',
    want: [['4.5万公里', measure(45_000, 'km')], ['三分之二', pct(66.7)]],
  },
  { text: '该国人口已连续两年负增长，去年减少了约85万人。', want: [['去年', day('2023')], ['约85万人', count(850_000, 'people', { approx: 'about' })]] },
  {
    text: '该景区“十一”黄金周共接待游客53.6万人次，实现旅游收入4.2亿元。',
    want: [['53.6万人次', count(536_000, 'person-times')], ['4.2亿元', money(4.2e8, 'CNY')]],
    none: ['十一'],
  },
  { text: '会议于下午2点半开始，持续了约3个小时。', want: [['约3个小时', count(3, 'hours', { approx: 'about' })]], none: ['2点'] },
  {
    text: '2024年巴黎奥运会上，中国代表团共获得40枚金牌、27枚银牌和24枚铜牌。',
    want: [['2024年', day('2024')], ['40枚金牌', count(40, 'medals')], ['27枚银牌', count(27, 'medals')], ['24枚铜牌', count(24, 'medals')]],
  },
  { text: '该国第二大城市遭到空袭，造成至少十余名平民死亡。', want: [['至少十余名平民', count(10, 'civilians', { approx: 'atLeast' })]], none: ['第二'] },
  { text: '该市新房价格同比下跌5.1%，连续第14个月下降。', want: [['5.1%', pct(5.1)]], none: ['14'] },
  {
    text: '据统计，春运40天全国跨区域人员流动量达84亿人次。',
    want: [['40天', count(40, 'days')], ['84亿人次', count(8.4e9, 'person-times')]],
    statement: true,
  },
  {
    text: '截至今年3月底，全国共有5G基站364.7万个。',
    want: [['今年3月底', day('2024-03', { approx: 'about' })], ['364.7万个', count(3_647_000, null)]],
    none: ['5G'],
  },
  {
    text: '这项调查共收回有效问卷2,586份，超过六成受访者支持这项改革。',
    want: [['2,586份', count(2586, null)], ['超过六成', pct(60, { approx: 'moreThan' })]],
  },
  { text: '研究人员在该地区发现了一块重约1.5公斤的陨石。', want: [['约1.5公斤', measure(1.5, 'kg', { approx: 'about' })]] },
  {
    text: '该公司计划在未来三年内裁员约1.2万人，占员工总数的8%左右。',
    want: [['约1.2万人', count(12_000, 'people', { approx: 'about' })], ['8%左右', pct(8, { approx: 'about' })]],
  },
  { text: '该国通胀率从去年同期的7.8%降至3.1%。', want: [['去年', day('2023')], ['7.8%', pct(7.8)], ['3.1%', pct(3.1)]] },
  {
    text: '这座跨海大桥全长55公里，总投资逾1200亿元人民币。',
    want: [['55公里', measure(55, 'km')], ['逾1200亿元人民币', money(1.2e11, 'CNY', { approx: 'moreThan' })]],
  },
  { text: '全国新能源汽车保有量达2041万辆，占汽车总量的6.07%。', want: [['2041万辆', count(20_410_000, 'vehicles')], ['6.07%', pct(6.07)]] },
  {
    text: '今年前两个月，该省实际使用外资同比下降19.9%。',
    want: [['今年前两个月', day('2024-01/2024-02', { approx: 'range' })], ['19.9%', pct(19.9)]],
  },
  {
    text: '该国央行行长表示，预计明年经济增速将放缓至百分之二左右。',
    want: [['明年', day('2025')], ['百分之二左右', pct(2, { approx: 'about' })]],
    statement: true,
  },
  {
    text: '林火过火面积约1.3万公顷，相当于约1.8万个标准足球场。',
    want: [['约1.3万公顷', measure(13_000, 'ha', { approx: 'about' })], ['约1.8万个', count(18_000, null, { approx: 'about' })]],
  },
  { text: '来自120多个国家和地区的代表出席了本次论坛。', want: [['120多个国家', count(120, 'countries', { approx: 'moreThan' })]] },
  { text: '在此次事故中，有两名儿童和三名成年人受伤。', want: [['两名儿童', count(2, 'children')], ['三名成年人', count(3, 'adults')]] },
  {
    text: '研究显示，吸烟者患肺癌的风险是非吸烟者的15至30倍。',
    want: [['15至30倍', count(15, 'fold', { valueMax: 30, approx: 'range' })]],
    statement: true,
  },
  { text: '该国总统在第二轮投票中以50.9%的得票率险胜。', want: [['50.9%', pct(50.9)]], none: ['第二'] },
  {
    text: '一列载有300余名乘客的列车今晨6时许在山区脱轨。',
    want: [['300余名乘客', count(300, 'passengers', { approx: 'moreThan' })], ['今晨', day('2024-05-15')]],
    none: ['6时'],
  },
  { text: '该市二手房成交量环比减少了一成半。', want: [['一成半', pct(15)]] },
  {
    text: '上半年，全国粮食播种面积约1.8亿亩。',
    want: [['上半年', day('2024-01/2024-06', { approx: 'range' })], ['约1.8亿亩', measure(1.8e8, 'mu', { approx: 'about' })]],
  },
  { text: '该省今年将投入财政资金千万元以上，用于改善农村饮水。', want: [['千万元以上', money(1e7, 'CNY', { approx: 'moreThan' })]] },
  { text: '截至目前，该基金会已累计募集善款3,000余万元。', want: [['3,000余万元', money(3e7, 'CNY', { approx: 'moreThan' })]] },
  {
    text: '今年第一季度，全国规模以上工业增加值同比增长6.1%，比去年全年加快1.5个百分点。',
    want: [['今年第一季度', day('2024-01/2024-03')], ['6.1%', pct(6.1)], ['去年', day('2023')], ['1.5个百分点', pp(1.5)]],
  },
  { text: '春节假期，全国国内旅游出游4.74亿人次，按可比口径同比增长34.3%。', want: [['4.74亿人次', count(4.74e8, 'person-times')], ['34.3%', pct(34.3)]] },
  { text: '一架运-20运输机满载救灾物资飞抵灾区。', none: ['20', '一架'] },
  { text: '长征五号遥八运载火箭将于本月下旬择机发射。', want: [['本月下旬', day('2024-05', { approx: 'about' })]], none: ['五', '八'] },
  { text: '神舟十八号乘组将在轨驻留约6个月。', want: [['约6个月', count(6, 'months', { approx: 'about' })]], none: ['十八'] },
  { text: '党的二十大以来，该省已有逾500名官员被查处。', want: [['逾500名官员', count(500, 'officials', { approx: 'moreThan' })]], none: ['二十'] },
  { text: '市民可拨打12345政务服务热线或110报警。', none: ['12345', '110'] },
  { text: '根据《民法典》第1165条规定，行为人因过错侵害他人民事权益的，应当承担侵权责任。', none: ['1165'] },
  { text: '今年1月，全国居民消费价格同比下降0.8%。', want: [['今年1月', day('2024-01')], ['0.8%', pct(0.8)]] },
  {
    text: '该国去年吸引外国直接投资1.33万亿美元，比前年减少近一成。',
    want: [['去年', day('2023')], ['1.33万亿美元', money(1.33e12, 'USD')], ['前年', day('2022')], ['近一成', pct(10, { approx: 'about' })]],
  },
  { text: '事故造成一人死亡、两人受伤。', want: [['两人', count(2, 'people')]], none: ['一人'] },
  { text: '该行不良贷款率为1.62%，较年初下降0.05个百分点。', want: [['1.62%', pct(1.62)], ['0.05个百分点', pp(0.05)]] },
  {
    text: '该省一季度地区生产总值为１．２３万亿元，同比增长５．８％。',
    want: [['一季度', day('2024-01/2024-03')], ['１．２３万亿元', money(1.23e12, 'CNY')], ['５．８％', pct(5.8)]],
  },
  { text: '全市共有各类学校1,420所，在校学生约210万名。', want: [['1,420所', count(1420, null)], ['约210万名', count(2.1e6, 'people', { approx: 'about' })]] },
  { text: '震中位于北纬30.2度、东经102.9度，震源深度12千米。', want: [['12千米', measure(12, 'km')]], none: ['30.2', '102.9'] },
  { text: '该国两千万人中有三百万人需要人道主义援助。', want: [['两千万人', count(2e7, 'people')], ['三百万人', count(3e6, 'people')]] },
  { text: '三大产业增加值分别增长5.2%、4.7%和6.1%。', want: [['5.2%', pct(5.2)], ['4.7%', pct(4.7)], ['6.1%', pct(6.1)]], none: ['三大'] },
  { text: '地铁1、2、3号线今晨起恢复运营。', want: [['今晨', day('2024-05-15')]], none: ['1', '2', '3号'] },
  { text: '该项目预计投资2000至3000万元。', want: [['2000至3000万元', money(2e7, 'CNY', { valueMax: 3e7, approx: 'range' })]] },
  { text: '目前每吨钢材价格在800美元到1200美元之间。', want: [['800美元到1200美元', money(800, 'USD', { valueMax: 1200, approx: 'range' })]] },
  {
    text: '当地时间周二，约两百五十名抗议者在议会大厦外集会。',
    want: [['周二', day('2024-05-14')], ['约两百五十名抗议者', count(250, 'protesters', { approx: 'about' })]],
  },
  { text: '该国青年失业率一度高达百分之三十。', want: [['高达百分之三十', pct(30)]] },
  { text: '该村常住人口不足200人，大多是老人和儿童。', want: [['不足200人', count(200, 'people', { approx: 'lessThan' })]] },
  { text: '过去十年，该国森林面积减少了约3.2万平方公里。', want: [['约3.2万平方公里', measure(32_000, 'km2', { approx: 'about' })]] },
  { text: '该国经济总量约为三万亿美元，人均收入二万二千美元。', want: [['约为三万亿美元', money(3e12, 'USD', { approx: 'about' })], ['二万二千美元', money(22_000, 'USD')]] },
  { text: '救援队伍在4小时30分钟内将被困人员全部救出。', want: [['4小时30分钟', count(270, 'minutes')]] },
  { text: '据测算，每10万人中约有12.3人患有此病。', want: [['每10万人中约有12.3人', pct(0.0123)]], statement: true },
  { text: '该国约有1/3的人口生活在贫困线以下。', want: [['约有1/3', pct(33.3, { approx: 'about' })]] },
  { text: '台风“摩羯”中心附近最大风力17级，风速每秒62米。', want: [['每秒62米', measure(62, 'm/s')]] },
  { text: '该地区肺结核发病率为每10万人12.3例，明显高于全国平均水平。', want: [['每10万人12.3例', pct(0.0123)]] },
  { text: '该校每100名学生配备3名教师。', none: ['每100'] },
  { text: '全国约三成人口居住在这一地区。', want: [['约三成', pct(30, { approx: 'about' })]] },
  { text: '该市一年半以来新增就业岗位逾两万个。', want: [['一年半', count(1.5, 'years')], ['逾两万个', count(20_000, null, { approx: 'moreThan' })]] },
  { text: '他再三叮嘱大家千万不要轻信陌生来电。', none: ['千万'] },
  { text: '该公司上半年净利润为-3.2亿元，去年同期为1.5亿元。', want: [['-3.2亿元', money(-3.2e8, 'CNY')], ['1.5亿元', money(1.5e8, 'CNY')]], none: ['亿元，'] },
  { text: '截至６月末，该基金规模为１，２００亿元。', want: [['６月末', day('2024-06', { approx: 'about' })], ['１，２００亿元', money(1.2e11, 'CNY')]] },
  { text: '该国每月向邻国支付３，０００万美元。', want: [['３，０００万美元', money(3e7, 'USD', { per: 'month' })]] },
  { text: '受灾人口达3，000人次以上的乡镇有12个。', none: ['000'] },
  { text: '歼-20和运-20的编号并非数量。', none: ['20'] },
  { text: '各国军费（亿美元）见下表，单位：万元。', none: ['亿美元', '万元'] },
  { text: '该市计划打造一批千万元级文旅项目。', none: ['千万元'] },
  { text: '全年共接待国内外游客1.2亿人次，同比增长两成多。', want: [['1.2亿人次', count(1.2e8, 'person-times')], ['两成多', pct(20, { approx: 'moreThan' })]] },
  { text: '一辆大巴与货车相撞，致两死三伤。', want: [['两死', count(2, 'deaths')], ['三伤', count(3, 'injured')]] },
  { text: '他在那场战斗中九死一生。', none: ['九死', '一生'] },
  { text: '俄乌冲突已持续两年零三个月。', want: [['两年零三个月', count(27, 'months')]] },
  { text: '游客登上台北一零一大楼观景台。', none: ['一零一'] },
  { text: '十九届中央纪委三次全会昨日在京召开，会期两天。', want: [['昨日', day('2024-05-14')]], none: ['三次'] },
  { text: '该委员会今年已举行三次会议。', want: [['三次', count(3, 'times')]] },
  { text: '该市PM2.5年均浓度为32微克/立方米，同比下降5.9%。', want: [['32微克/立方米', measure(32, 'µg/m3')], ['5.9%', pct(5.9)]], none: ['2.5'] },
  { text: '此次停电影响约10万户居民，持续近5小时。', want: [['约10万户', count(100_000, 'households', { approx: 'about' })], ['近5小时', count(5, 'hours', { approx: 'about' })]] },
  { text: '公司计划于2025年第二季度完成交割，交易总额约38亿欧元。', want: [['2025年第二季度', day('2025-04/2025-06', { approx: 'range' })], ['约38亿欧元', money(3.8e9, 'EUR', { approx: 'about' })]] },
  { text: '该省常住人口为4,000.2万人，城镇化率达67.5%。', want: [['4,000.2万人', count(40_002_000, 'people')], ['67.5%', pct(67.5)]] },
  { text: '今年以来累计降雨量较常年同期偏多三成以上。', want: [['三成以上', pct(30, { approx: 'moreThan' })]] },
  { text: '调查显示，三至四成的受访者对前景感到悲观。', want: [['三至四成', pct(30, { valueMax: 40, approx: 'range' })]], statement: true },
];

const TRADITIONAL: Case[] = [
  {
    text: '中央銀行昨天宣布，重貼現率調升至2%，為去年3月以來首度升息。',
    want: [['昨天', day('2024-05-14')], ['2%', pct(2)], ['去年3月', day('2023-03')]],
    statement: true,
  },
  {
    text: '根據最新民調，賴清德的施政滿意度為48.5%，較上週下滑3.2個百分點。',
    want: [['48.5%', pct(48.5)], ['上週', day('2024-W19')], ['3.2個百分點', pp(3.2)]],
    statement: true,
  },
  { text: '台電表示，今年夏季尖峰用電量預估將達4,200萬瓩。', want: [['4,200萬瓩', measure(4.2e7, 'kW')]], statement: true },
  {
    text: '行政院今天拍板，將普發每人新台幣6,000元現金，總經費約1,400億元。',
    want: [['今天', day('2024-05-15')], ['新台幣6,000元', money(6000, 'TWD')], ['約1,400億元', money(1.4e11, 'TWD', { approx: 'about' })]],
  },
  { text: '香港特區政府預計本財政年度赤字達1,016億港元。', want: [['1,016億港元', money(1.016e11, 'HKD')]] },
  {
    text: '港交所上半年共有31家公司上市，集資額約為175億港元，按年減少約一成。',
    want: [
      ['上半年', day('2024-01/2024-06', { approx: 'range' })], ['31家公司', count(31, 'companies')],
      ['約為175億港元', money(1.75e10, 'HKD', { approx: 'about' })], ['約一成', pct(10, { approx: 'about' })],
    ],
  },
  { text: '據衛生署統計，過去一週本港錄得至少2,300宗流感個案。', want: [['至少2,300宗', count(2300, 'cases', { approx: 'atLeast' })]], statement: true },
  {
    text: '颱風襲台期間，全台累計逾25萬戶停電，農業損失約新台幣3.6億元。',
    want: [['逾25萬戶', count(250_000, 'households', { approx: 'moreThan' })], ['約新台幣3.6億元', money(3.6e8, 'TWD', { approx: 'about' })]],
  },
  { text: '截至去年底，台積電在美國的投資總額已達650億美元。', want: [['去年底', day('2023-12', { approx: 'about' })], ['650億美元', money(6.5e10, 'USD')]] },
  {
    text: '北市上週新增登革熱本土病例12例，其中8例為65歲以上長者。',
    want: [['上週', day('2024-W19')], ['12例', count(12, 'cases')], ['8例', count(8, 'cases')], ['65歲以上', count(65, 'years of age', { approx: 'moreThan' })]],
  },
  { text: '該公司去年每股盈餘為新台幣32.34元，年增約三成。', want: [['新台幣32.34元', money(32.34, 'TWD')], ['約三成', pct(30, { approx: 'about' })]] },
  { text: '立法院三讀通過修正案，國防預算將提高至GDP的3%以上。', want: [['3%以上', pct(3, { approx: 'moreThan' })]], none: ['三讀'] },
  {
    text: '香港國際機場上月客運量約為450萬人次，按年增長逾兩成。',
    want: [['上月', day('2024-04')], ['約為450萬人次', count(4.5e6, 'person-times', { approx: 'about' })], ['逾兩成', pct(20, { approx: 'moreThan' })]],
  },
  { text: '新北市長侯友宜表示，市府將投入逾百億元改善老舊排水系統。', want: [['逾百億元', money(1e10, null, { approx: 'moreThan' })]], statement: true },
  {
    text: '澳門統計暨普查局資料顯示，今年首季本地居民失業率為1.9%，較上一季下跌0.1個百分點。',
    want: [['今年首季', day('2024-01/2024-03')], ['1.9%', pct(1.9)], ['0.1個百分點', pp(0.1)]],
    statement: true,
  },
  { text: '據中央社報導，共有超過3,000名志工投入災後清理工作。', want: [['超過3,000名志工', count(3000, 'volunteers', { approx: 'moreThan' })]], statement: true },
  { text: '民調顯示，約有四成六的受訪者認為經濟狀況比一年前更差。', want: [['約有四成六', pct(46, { approx: 'about' })]], statement: true },
  {
    text: '高雄市去年底設籍人口為273萬4,000人，較前年減少約8,000人。',
    want: [['去年底', day('2023-12', { approx: 'about' })], ['273萬4,000人', count(2_734_000, 'people')], ['前年', day('2022')], ['約8,000人', count(8000, 'people', { approx: 'about' })]],
  },
  {
    text: '氣象署指出，今年1至4月全台平均降雨量僅有歷年同期的六成左右。',
    want: [['今年1至4月', day('2024-01/2024-04', { approx: 'range' })], ['六成左右', pct(60, { approx: 'about' })]],
    statement: true,
  },
  {
    text: '桃園機場第三航廈預計2027年完工，總經費約新台幣844億元。',
    want: [['2027年', day('2027')], ['約新台幣844億元', money(8.44e10, 'TWD', { approx: 'about' })]],
    none: ['第三'],
  },
  { text: '約有12萬名旅客在連假期間經金門往返兩岸。', want: [['約有12萬名旅客', count(120_000, 'passengers', { approx: 'about' })]] },
  { text: '主計總處上修今年經濟成長率預測至3.94%，消費者物價指數年增率為2.07%。', want: [['今年', day('2024')], ['3.94%', pct(3.94)], ['2.07%', pct(2.07)]] },
  {
    text: '港府宣布，下月起將公共交通費用補貼上限由每月400元提高至500元。',
    want: [['下月', day('2024-06')], ['每月400元', money(400, null, { per: 'month' })], ['500元', money(500, null)]],
    statement: true,
  },
  {
    text: '根據勞動部統計，今年4月實施減班休息的勞工人數為8,542人，較上月增加1,203人。',
    want: [['今年4月', day('2024-04')], ['8,542人', count(8542, 'people')], ['上月', day('2024-04')], ['1,203人', count(1203, 'people')]],
    statement: true,
  },
  { text: '該案被告被判處有期徒刑7年6個月，併科罰金新台幣300萬元。', want: [['7年6個月', count(90, 'months')], ['新台幣300萬元', money(3e6, 'TWD')]] },
  { text: '台灣去年出口總額達4,324億美元，創下歷史新高。', want: [['去年', day('2023')], ['4,324億美元', money(4.324e11, 'USD')]] },
  { text: '警方在貨櫃中搜出約1.2噸毒品，市值逾港幣5億元。', want: [['約1.2噸', measure(1.2, 't', { approx: 'about' })], ['逾港幣5億元', money(5e8, 'HKD', { approx: 'moreThan' })]] },
  { text: '澳門今年五一黃金周期間共錄得約58萬人次入境。', want: [['約58萬人次', count(580_000, 'person-times', { approx: 'about' })]], none: ['五一'] },
  {
    text: '調查發現，逾半數受訪家長每月花費超過5,000元在子女補習上。',
    want: [['逾半數', pct(50, { approx: 'moreThan' })], ['超過5,000元', money(5000, null, { approx: 'moreThan', per: 'month' })]],
    statement: true,
  },
  { text: '中華隊在世界棒球12強賽以4比0擊敗日本隊奪冠。', none: ['12', '4比0', '4', '0'] },
  { text: '颱風中心最大風速每秒43公尺，七級風暴風半徑200公里。', want: [['每秒43公尺', measure(43, 'm/s')], ['200公里', measure(200, 'km')]] },
  { text: '立法院以62票贊成、48票反對，通過前瞻基礎建設特別條例。', want: [['62票', count(62, 'votes')], ['48票', count(48, 'votes')]] },
  { text: '香港去年錄得約7.3萬宗罪案，較前年上升一成半。', want: [['約7.3萬宗', count(73_000, 'cases', { approx: 'about' })], ['一成半', pct(15)]] },
  { text: '該疫苗的保護力約為7成至8成。', want: [['約為7成至8成', pct(70, { valueMax: 80, approx: 'range' })]] },
  { text: '颱風凱米造成2死逾800傷。', want: [['2死', count(2, 'deaths')], ['逾800傷', count(800, 'injured', { approx: 'moreThan' })]] },
  { text: '本港今年首四個月訪港旅客達1,400萬人次。', want: [['今年首四個月', day('2024-01/2024-04', { approx: 'range' })], ['1,400萬人次', count(1.4e7, 'person-times')]] },
  { text: '民進黨在113席立法院中取得51席。', want: [['113席', count(113, 'seats')], ['51席', count(51, 'seats')]] },
  { text: '該航班原定晚上8時45分起飛，延誤約兩個半小時。', want: [['約兩個半小時', count(2.5, 'hours', { approx: 'about' })]], none: ['8時', '45分'] },
];

const ENGLISH: Case[] = [
  {
    text: 'The Pentagon said on Tuesday it would send more than $2.3bn in additional military aid to Ukraine.',
    want: [['Tuesday', day('2024-05-14')], ['more than $2.3bn', money(2.3e9, 'USD', { approx: 'moreThan' })]],
    statement: true,
  },
  {
    text: 'Nearly 40 percent of respondents said they had cut back on food, according to the survey.',
    want: [['Nearly 40 percent', pct(40, { approx: 'about' })]],
    statement: true,
  },
  {
    text: 'Between 3,000 and 5,000 migrants are believed to have crossed the border last Tuesday.',
    want: [['Between 3,000 and 5,000 migrants', count(3000, 'migrants', { valueMax: 5000, approx: 'range' })], ['last Tuesday', day('2024-05-07')]],
  },
  {
    text: 'Saudi Arabia pumped 9.1 million barrels a day in April, down 4.5% year on year.',
    want: [['9.1 million barrels a day', measure(9.1e6, 'barrels', { per: 'day' })], ['April', day('2024-04')], ['4.5%', pct(4.5)]],
  },
  {
    text: "Two-thirds of the city's 1.2 million residents have no access to clean water, officials said.",
    want: [['Two-thirds', pct(66.7)], ['1.2 million residents', count(1.2e6, 'residents')]],
    statement: true,
  },
  {
    text: 'A dozen people were arrested after clashes outside the stadium on Saturday night.',
    want: [['A dozen people', count(12, 'people')], ['Saturday', day('2024-05-11')]],
  },
  {
    text: 'Tens of thousands of protesters marched through central Paris on Sunday.',
    want: [['Tens of thousands of protesters', count(20_000, 'protesters', { valueMax: 90_000 })], ['Sunday', day('2024-05-12')]],
  },
  { text: 'The fine, equivalent to £4.2m, is the largest ever imposed by the regulator.', want: [['£4.2m', money(4.2e6, 'GBP')]] },
  { text: 'Toyota raised its full-year profit forecast to ¥4.9tn ($32bn).', want: [['¥4.9tn', money(4.9e12, 'JPY')]], none: ['$32bn'] },
  {
    text: "India's government set aside Rs 11.1 lakh crore for infrastructure in the budget.",
    want: [['Rs 11.1 lakh crore', money(1.11e13, 'INR')]],
  },
  { text: 'The company sold 4.3m iPhones in China in the first quarter of 2024.', want: [['4.3m iPhones', count(4.3e6, 'iphones')], ['the first quarter of 2024', day('2024-01/2024-03')]] },
  // A length written "1.2m" is not suggested (suggest.test.ts: "2.3m alone is a length"); it must not read as 1.2 million.
  { text: 'The wall is 1.2m high and stretches for 3km along the border.', want: [['3km', measure(3, 'km')]], none: ['1.2m'] },
  {
    text: 'Officials said at least 27 people died when the ferry capsized off Bali last Tuesday.',
    want: [['at least 27 people', count(27, 'people', { approx: 'atLeast' })], ['last Tuesday', day('2024-05-07')]],
    statement: true,
  },
  {
    text: 'US retail sales fell 0.3% in March from February, the Commerce Department said.',
    want: [['0.3%', pct(0.3)], ['March', day('2024-03')], ['February', day('2024-02')]],
    statement: true,
  },
  { text: 'The Bank of England held rates at 5.25% for a sixth consecutive meeting.', want: [['5.25%', pct(5.25)]], none: ['sixth'] },
  { text: 'The F-35 programme is expected to cost more than $1.7 trillion over its lifetime.', want: [['more than $1.7 trillion', money(1.7e12, 'USD', { approx: 'moreThan' })]], none: ['35'] },
  { text: 'A Boeing 737 Max 9 lost a door panel shortly after take-off from Portland on January 5.', want: [['January 5', day('2024-01-05')]], none: ['737', '9'] },
  { text: 'The G20 summit in New Delhi drew leaders from 19 countries and the European Union.', want: [['19 countries', count(19, 'countries')]], none: ['G20', '20'] },
  { text: 'Call the helpline on 0800 123 4567 between 9am and 5pm.', none: ['0800', '123', '4567', '9am', '5pm'] },
  { text: 'Under Section 230 of the Communications Decency Act, platforms are not liable for what users post.', none: ['230'] },
  { text: "Saudi Arabia's Vision 2030 plan aims to raise non-oil revenue to SR1 trillion.", want: [['SR1 trillion', money(1e12, 'SAR')]], none: ['2030'] },
  {
    text: 'The Covid-19 pandemic killed nearly 7 million people, the WHO says.',
    want: [['nearly 7 million people', count(7e6, 'people', { approx: 'about' })]],
    none: ['19'],
    statement: true,
  },
  { text: 'Unemployment in the euro zone held at a record low of 6.5% in April.', want: [['6.5%', pct(6.5)], ['April', day('2024-04')]] },
  {
    text: 'Exports to China dropped 12% to €19.8bn in the first half of the year.',
    want: [['12%', pct(12)], ['€19.8bn', money(19.8e9, 'EUR')], ['the first half of the year', day('2024-01/2024-06', { approx: 'range' })]],
  },
  {
    text: 'The central bank cut its key rate by 50 basis points to 10.75%, its first cut in three years.',
    want: [['50 basis points', bp(50)], ['10.75%', pct(10.75)]],
    none: ['first'],
  },
  {
    text: 'More than 1,100 people have been killed and about 5,000 injured since the fighting began in April.',
    want: [['More than 1,100 people', count(1100, 'people', { approx: 'moreThan' })], ['about 5,000 injured', count(5000, 'injured', { approx: 'about' })], ['April', day('2024-04')]],
  },
  {
    text: 'The state-owned company posted a net loss of 3.2 billion yuan ($443 million) in 2023.',
    want: [['3.2 billion yuan', money(3.2e9, 'CNY')], ['2023', day('2023')]],
    none: ['$443 million'],
  },
  {
    text: 'Roughly two-thirds of the 2,400 flights scheduled for Friday were cancelled.',
    want: [['Roughly two-thirds', pct(66.7, { approx: 'about' })], ['2,400 flights', count(2400, 'flights')], ['Friday', day('2024-05-10')]],
  },
  {
    text: 'Shareholders approved a billion-dollar takeover of the chipmaker last week, ending a multibillion-dollar bidding war.',
    want: [['a billion-dollar', money(1e9, 'USD')], ['last week', day('2024-W19')]],
    none: ['multibillion'],
  },
  { text: 'The Apollo 11 crew landed on the moon in July 1969.', want: [['July 1969', day('1969-07')]], none: ['11'] },
  { text: 'Airbus delivered 735 aircraft last year, including 571 jets from the A320 family.', want: [['735 aircraft', count(735, 'aircraft')], ['last year', day('2023')], ['571 jets', count(571, 'aircraft')]], none: ['320'] },
  {
    text: 'The storm dumped up to 20 inches of rain and left 1.4 million homes without power.',
    want: [['up to 20 inches', measure(20, 'in', { approx: 'atMost' })], ['1.4 million homes', count(1.4e6, 'homes')]],
  },
  { text: 'The minimum wage rises to $15 on July 1, the governor announced.', want: [['$15', money(15, 'USD')], ['July 1', day('2024-07-01')]], statement: true },
  {
    text: 'Inflation eased to 2.3% in April from 3.2% in March, the lowest level in nearly three years.',
    want: [['2.3%', pct(2.3)], ['April', day('2024-04')], ['3.2%', pct(3.2)], ['March', day('2024-03')]],
  },
  { text: 'Police said a 34-year-old man had been charged with murder.', want: [['34-year-old', count(34, 'years of age')]], statement: true },
  {
    text: 'The tanker, with 25 crew members on board, was seized in the Strait of Hormuz on April 13.',
    want: [['25 crew', count(25, 'crew')], ['April 13', day('2024-04-13')]],
  },
  {
    text: 'About 2.5 million people visited the exhibition, up from 1.8 million a year earlier.',
    want: [['About 2.5 million people', count(2.5e6, 'people', { approx: 'about' })], ['1.8 million', measure(1.8e6, null)]],
  },
  { text: 'The Senate voted 51-49 to confirm the nominee on Thursday.', want: [['51', count(51, 'votes')], ['49', count(49, 'votes')], ['Thursday', day('2024-05-09')]] },
  { text: "The company's shares have tumbled by a third since January.", want: [['a third', pct(33.3)], ['January', day('2024-01')]] },
  { text: "Russia's economy contracted 2.1% last year, while inflation hit 11.9%.", want: [['2.1%', pct(2.1)], ['last year', day('2023')], ['11.9%', pct(11.9)]] },
  {
    text: 'Some 150 firefighters and 40 fire engines were sent to the scene.',
    want: [['Some 150 firefighters', count(150, 'firefighters', { approx: 'about' })], ['40 fire engines', count(40, 'engines')]],
  },
  {
    text: 'The ministry reported 1,236 new cases on Monday, bringing the total to more than 45,000.',
    want: [['1,236 new cases', count(1236, 'cases')], ['Monday', day('2024-05-13')], ['more than 45,000', count(45_000, null, { approx: 'moreThan' })]],
    statement: true,
  },
  { text: 'The island was hit by a 6.1-magnitude earthquake at 3.42am local time.', want: [['6.1-magnitude', measure(6.1, 'magnitude')]], none: ['3.42'] },
  { text: 'Turnout was 66.2%, the highest since 1992.', want: [['66.2%', pct(66.2)], ['1992', day('1992')]] },
  { text: 'Wages grew 6% in the three months to March, down from 6.2% in the previous period.', want: [['6%', pct(6)], ['March', day('2024-03')], ['6.2%', pct(6.2)]] },
  {
    text: 'Shell will cut about 200 jobs at its low-carbon division, or roughly 15% of its staff there.',
    want: [['about 200 jobs', count(200, 'jobs', { approx: 'about' })], ['roughly 15%', pct(15, { approx: 'about' })]],
  },
  { text: 'The 7.62mm rounds were found alongside two AK-47 rifles.', want: [['7.62mm', measure(7.62, 'mm')]], none: ['47'] },
  { text: 'Prices rose 0.4% month on month and 3.5% from a year earlier.', want: [['0.4%', pct(0.4)], ['3.5%', pct(3.5)]] },
  {
    text: 'About 60 percent of the territory is now under government control, a military spokesman said.',
    want: [['About 60 percent', pct(60, { approx: 'about' })]],
    statement: true,
  },
  { text: 'The cost of the project has ballooned to A$3.6bn, almost double the original estimate.', want: [['A$3.6bn', money(3.6e9, 'AUD')], ['almost double', count(2, 'fold', { approx: 'about' })]] },
  { text: 'The 2026 tournament will feature 48 teams for the first time.', want: [['48 teams', count(48, 'teams')]], none: ['first'] },
  { text: 'He was sentenced to life in prison plus 30 years on Wednesday.', want: [['30 years', count(30, 'years')], ['Wednesday', day('2024-05-08')]] },
  { text: 'Israel said it had struck more than 150 targets overnight.', want: [['more than 150 targets', count(150, 'targets', { approx: 'moreThan' })]], statement: true },
  { text: 'The temperature dropped to minus 40C in parts of Siberia.', want: [['minus 40C', measure(-40, '°C')]] },
  { text: 'Rainfall was 25% below average for the second year in a row.', want: [['25%', pct(25)]], none: ['second'] },
  {
    text: 'A quarter of all adults in the country are obese, up from one in seven in 2000.',
    want: [['A quarter', pct(25)], ['one in seven', pct(14.3)], ['2000', day('2000')]],
  },
  { text: 'The euro rose 0.2% to $1.0875 against the dollar.', want: [['0.2%', pct(0.2)], ['$1.0875', money(1.0875, 'USD')]] },
  { text: 'The World Cup in Qatar cost an estimated $220bn.', want: [['an estimated $220bn', money(2.2e11, 'USD', { approx: 'about' })]] },
  { text: 'Nato members agreed to spend at least 2% of GDP on defence by 2024.', want: [['at least 2%', pct(2, { approx: 'atLeast' })], ['2024', day('2024')]] },
  { text: 'The 24/7 hotline received 3,200 calls in its first week.', want: [['3,200 calls', count(3200, 'calls')]], none: ['24/7', '24', 'first'] },
  {
    text: 'Iran launched more than 300 drones and missiles at Israel on April 13, the IDF said.',
    want: [['more than 300 drones', count(300, 'drones', { approx: 'moreThan' })], ['April 13', day('2024-04-13')]],
    statement: true,
  },
  {
    text: "Tokyo's population fell for the first time in 26 years, to 13.9 million.",
    want: [['26 years', count(26, 'years')], ['13.9 million', measure(13.9e6, null)]],
    none: ['first'],
  },
  {
    text: 'Average house prices rose by £4,000 in the year to March, to £285,000.',
    want: [['£4,000', money(4000, 'GBP')], ['March', day('2024-03')], ['£285,000', money(285_000, 'GBP')]],
  },
  {
    text: 'Sales of electric cars climbed 35% to 14 million units in 2023.',
    want: [['35%', pct(35)], ['14 million units', count(14e6, 'units')], ['2023', day('2023')]],
  },
  { text: "Japan's Nikkei 225 index closed at 38,920 on Friday.", want: [['38,920', measure(38_920, null)], ['Friday', day('2024-05-10')]], none: ['225'] },
  {
    text: 'The company hired 12,000 workers in the third quarter of 2023, bringing its workforce to 1.5 million.',
    want: [['12,000 workers', count(12_000, 'workers')], ['the third quarter of 2023', day('2023-07/2023-09')], ['1.5 million', measure(1.5e6, null)]],
  },
  { text: 'Chapter 11 bankruptcy protection allows the firm to keep trading.', none: ['11'] },
  { text: 'The third round of talks will start at 10:30 on Thursday.', none: ['third', '10', '30'] },
  { text: 'He scored twice in the 90th minute to seal a 2-1 win.', none: ['90', '2-1', 'twice', '2', '1'] },
  { text: 'The 5G network now covers 95% of the population.', want: [['95%', pct(95)]], none: ['5G'] },
  { text: 'The repairs will cost between $3m and $5m, the council said.', want: [['between $3m and $5m', money(3e6, 'USD', { valueMax: 5e6, approx: 'range' })]], statement: true },
  {
    text: 'Analysts expect 3 to 5 million barrels per day of supply to be lost.',
    want: [['3 to 5 million barrels per day', measure(3e6, 'barrels', { valueMax: 5e6, approx: 'range', per: 'day' })]],
  },
  { text: 'The rate of new infections fell to 2 per 1,000 people last month.', want: [['2 per 1,000 people', pct(0.2)], ['last month', day('2024-04')]] },
  { text: 'More than a dozen rockets were fired from Lebanon on Sunday.', want: [['More than a dozen rockets', count(12, 'rockets', { approx: 'moreThan' })], ['Sunday', day('2024-05-12')]] },
  { text: 'Gold fell 3% on Monday, its biggest one-day drop since June 2022.', want: [['3%', pct(3)], ['Monday', day('2024-05-13')], ['June 2022', day('2022-06')]] },
  { text: 'The EU will phase out Russian gas imports by 2027, Brussels said.', want: [['2027', day('2027')]], statement: true },
  { text: 'GDP shrank 0.1% in the last quarter of 2023, meaning the UK entered a technical recession.', want: [['0.1%', pct(0.1)], ['the last quarter of 2023', day('2023-10/2023-12')]] },
  { text: 'The bill would raise the debt ceiling by $1.5tn to $32.9tn.', want: [['$1.5tn', money(1.5e12, 'USD')], ['$32.9tn', money(32.9e12, 'USD')]] },
  { text: 'Around 1,500 Tesla workers in Berlin face losing their jobs in the next six months.', want: [['Around 1,500 Tesla workers', count(1500, 'workers', { approx: 'about' })]] },
  { text: 'Measles killed 2.5 per 1,000 infected children in the outbreak.', want: [['2.5 per 1,000', pct(0.25)]] },
  { text: 'The app charges $5 per 1,000 words translated.', want: [['$5', money(5, 'USD')]], none: ['per 1,000'] },
  { text: "The African Union's Agenda 2063 was adopted in 2013.", want: [['2013', day('2013')]], none: ['2063'] },
  { text: 'Profits fell in the last quarter, the company said.', none: ['quarter'], statement: true },
  { text: 'The plan calls for 3,000 new homes by 2030.', want: [['3,000 new homes', count(3000, 'homes')], ['2030', day('2030')]] },
  { text: 'Sales more than doubled, while costs rose more than double the rate of inflation.', want: [['more than double', count(2, 'fold', { approx: 'moreThan' })]] },
  { text: 'The band played a double set and the striker scored a double.', none: ['double'] },
  { text: 'Formula One returns to Shanghai after five years, and Air Force One landed there on Friday.', want: [['Friday', day('2024-05-10')]], none: ['One'] },
  { text: 'The Big Four accounting firms hired 2,000 graduates.', want: [['2,000 graduates', count(2000, 'graduates')]], none: ['Four'] },
  { text: 'The 9/11 attacks killed nearly 3,000 people.', want: [['nearly 3,000 people', count(3000, 'people', { approx: 'about' })]], none: ['11'] },
  { text: "Britain's population grew by 610,000 to 68.3 million.", want: [['610,000', measure(610_000, null)], ['68.3 million', measure(68.3e6, null)]] },
  { text: 'Around 700,000 Palestinians fled or were expelled in 1948.', want: [['Around 700,000 Palestinians', count(700_000, 'Palestinians', { approx: 'about' })], ['1948', day('1948')]] },
  { text: 'Bitcoin topped $73,000 in March.', want: [['$73,000', money(73_000, 'USD')], ['March', day('2024-03')]] },
  { text: 'The vote was 7-2 in favour of the measure.', want: [['7', count(7, 'votes')], ['2', count(2, 'votes')]] },
  { text: 'The final tally was 220 to 212, with three abstentions.', want: [['220', count(220, 'votes')], ['212', count(212, 'votes')], ['three abstentions', count(3, 'abstentions')]] },
  { text: 'Revenue rose to Rs 2,500 crore in the March quarter.', want: [['Rs 2,500 crore', money(2.5e10, 'INR')]] },
  { text: 'The government will borrow an extra £12bn a year over the next five years.', want: [['£12bn a year', money(12e9, 'GBP', { per: 'year' })]] },
  { text: 'People aged 65 and over made up 18.7% of the population.', want: [['65 and over', count(65, 'years of age', { approx: 'atLeast' })], ['18.7%', pct(18.7)]] },
  { text: 'Everyone 12 or older is eligible for a booster, officials said.', want: [['12 or older', count(12, 'years of age', { approx: 'atLeast' })]], statement: true },
  { text: 'He scored 60 and over 200 fans stayed for the encore.', want: [['over 200 fans', count(200, 'fans', { approx: 'moreThan' })]], none: ['60 and'] },
];

describeTables('claim suggestions on a second table of unseen news sentences', { simplified: SIMPLIFIED, traditional: TRADITIONAL, english: ENGLISH });
