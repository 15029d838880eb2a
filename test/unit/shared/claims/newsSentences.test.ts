/**
 * Claim suggestions on news sentences written for this test (not taken from the fixtures or the other tests): economy,
 * war, elections, health, sports, disasters, courts, Taiwan, Hong Kong and Macau, EU and US politics, in simplified
 * and traditional Chinese and in English. Each case names the spans a demanding fact-checker expects, with their
 * normalised values, and what must not be suggested (times of day, phone numbers, model names, ordinals).
 *
 * Not handled yet (found while writing these, left out of the table): wind scales (最大风力17级); sports scores and
 * times (425.60分, 9秒83); "1.2m high" (see newsSentences2.test.ts); Hong Kong's 5.75厘 (a percentage there, 0.1 % on
 * the mainland); exchange rates (中间价报7.1053); "…to Trump's 232"; 37架无人机中的31架 counts aircraft, not drones;
 * 七八个是学生 reaches to 是学生. (Rates per 100,000, 风速每秒62米, "4.3m iPhones", 4小时30分钟 and 约有1/3 are read
 * since the second table.)
 */
import { describe, it } from 'vitest';
import { check, count, pct, pp, money, measure, day, type Case } from './sentenceTable';

const SIMPLIFIED: Case[] = [
  {
    text: '国家统计局周三公布的数据显示，4月份全国居民消费价格指数同比上涨0.3%，涨幅比上月扩大0.2个百分点。',
    want: [['周三', day('2024-05-08')], ['4月份', day('2024-04')], ['0.3%', pct(0.3)], ['上月', day('2024-04')], ['0.2个百分点', pp(0.2)]],
    statement: true,
  },
  {
    text: '今年一季度，国内生产总值达29.63万亿元，同比增长5.3%。',
    want: [['今年一季度', day('2024-01/2024-03', { approx: 'range' })], ['29.63万亿元', money(29.63e12, 'CNY')], ['5.3%', pct(5.3)]],
  },
  {
    text: '该市常住人口逾2100万，其中60岁以上老人占比将近两成。',
    want: [['逾2100万', measure(21_000_000, null, { approx: 'moreThan' })], ['60岁以上', count(60, 'years of age', { approx: 'moreThan' })], ['将近两成', pct(20, { approx: 'about' })]],
  },
  {
    text: '截至5月12日，本轮疫情累计报告本土确诊病例3,412例，无症状感染者上千例。',
    want: [['5月12日', day('2024-05-12')], ['3,412例', count(3412, 'cases')], ['上千例', count(1000, 'cases', { approx: 'moreThan' })]],
  },
  {
    text: '地震造成至少126人死亡、188人受伤，震中位于西藏日喀则市定日县，震源深度10公里。',
    want: [['至少126人', count(126, 'people', { approx: 'atLeast' })], ['188人', count(188, 'people')], ['10公里', measure(10, 'km')]],
  },
  {
    text: '受强降雨影响，广东多地出现洪涝灾害，紧急转移安置群众约11.2万人。',
    want: [['约11.2万人', count(112_000, 'people', { approx: 'about' })]],
  },
  {
    text: '这场山火已烧毁超过4,500平方公里的林地，相当于香港面积的四倍。',
    want: [['超过4,500平方公里', measure(4500, 'km2', { approx: 'moreThan' })], ['四倍', count(4, 'fold')]],
  },
  {
    text: '据新华社报道，中方将向灾区提供5000万元人民币紧急人道主义援助。',
    want: [['5000万元人民币', money(50_000_000, 'CNY')]],
    statement: true,
  },
  { text: '外交部发言人汪文斌在例行记者会上表示，中方对此“严重关切”。', statement: true },
  {
    text: '俄罗斯国防部称，俄军过去一周在多个方向共击退乌军27次进攻，乌军损失约2000人。',
    want: [['27次', count(27, 'times')], ['约2000人', count(2000, 'people', { approx: 'about' })]],
    statement: true,
  },
  {
    text: '美联储周三宣布将联邦基金利率目标区间维持在5.25%至5.5%之间。',
    want: [['5.25%至5.5%', pct(5.25, { valueMax: 5.5, approx: 'range' })]],
  },
  {
    text: '中国人民银行决定下调金融机构存款准备金率0.5个百分点，释放长期资金约1万亿元。',
    want: [['0.5个百分点', pp(0.5)], ['约1万亿元', money(1e12, 'CNY', { approx: 'about' })]],
  },
  {
    text: '今年前4个月，全国规模以上工业企业利润同比下降2.3%。',
    want: [['今年前4个月', day('2024-01/2024-04', { approx: 'range' })], ['2.3%', pct(2.3)]],
  },
  {
    text: '该公司去年营收为1,234亿港元，较前年减少一成。',
    want: [['去年', day('2023')], ['1,234亿港元', money(123.4e9, 'HKD')], ['前年', day('2022')], ['一成', pct(10)]],
  },
  {
    text: '这名78岁的前总统因涉嫌受贿被判处有期徒刑15年。',
    want: [['78岁', count(78, 'years of age')], ['15年', count(15, 'years')]],
  },
  {
    text: '法院一审判决被告赔偿原告经济损失人民币120万元。',
    want: [['人民币120万元', money(1_200_000, 'CNY')]],
  },
  {
    text: '警方在行动中拘捕了23名年龄介乎16至45岁的男女。',
    want: [['23名', count(23, 'people')], ['16至45岁', count(16, 'years of age', { valueMax: 45, approx: 'range' })]],
  },
  {
    text: '该项目总投资约45亿元，预计2026年底建成投产。',
    want: [['约45亿元', money(4.5e9, 'CNY', { approx: 'about' })], ['2026年底', day('2026-12', { approx: 'about' })]],
  },
  { text: '据路透社援引知情人士透露，双方已就停火协议的主要条款达成一致。', statement: true },
  { text: '欧盟委员会主席冯德莱恩强调：“我们将坚定支持乌克兰。”', statement: true },
  {
    text: '世界卫生组织指出，全球每年约有700万人死于空气污染。',
    want: [['每年约有700万人', count(7_000_000, 'people', { per: 'year', approx: 'about' })]],
    statement: true,
  },
  {
    text: '报告显示，该国约三分之一的儿童生活在贫困线以下。',
    want: [['约三分之一', pct(33.3, { approx: 'about' })]],
    statement: true,
  },
  {
    text: '受寒潮影响，哈尔滨最低气温降至零下35摄氏度。',
    want: [['零下35摄氏度', measure(-35, '°C')]],
  },
  { text: '气温骤降至零下5度，多条道路结冰。', want: [['零下5度', measure(-5, '°C')]] },
  { text: '他在上午10时30分抵达会场，并于下午3时发表讲话。', none: ['10', '30', '3时'] },
  { text: '他在2023年当选为议员，至今已连任两届。', want: [['2023年', day('2023')]] },
  { text: '2023人参加了本次马拉松比赛。', want: [['2023人', count(2023, 'people')]] },
  { text: '该国国防预算连续第三年增长，达到8860亿美元。', want: [['8860亿美元', money(886e9, 'USD')]], none: ['第三'] },
  { text: '有关热线电话为12345，市民可随时拨打。', none: ['12345'] },
  { text: '参与者可访问www.gov.cn了解详情，或致电010-65123456。', none: ['010', '65123456'] },
  { text: '新的iPhone 15售价为5999元起。', want: [['5999元', money(5999, 'CNY')]], none: ['15'] },
  { text: 'F-16战机和歼-20战机在演习中亮相。', none: ['16', '20'] },
  { text: 'G7峰会将于下月在意大利举行。', want: [['下月', day('2024-06')]], none: ['7'] },
  { text: '新冠（COVID-19）疫情期间，该国GDP曾萎缩近一成。', want: [['近一成', pct(10, { approx: 'about' })]], none: ['19'] },
  { text: '过去十年间，该市房价上涨了三倍。', want: [['三倍', count(3, 'fold')]] },
  {
    text: '这项工程耗资数百亿元，动用了几十万名工人。',
    want: [['数百亿元', money(2e10, 'CNY', { valueMax: 9e10, approx: 'range' })], ['几十万名工人', count(200_000, 'workers', { valueMax: 900_000 })]],
  },
  {
    text: '该国出口额同比下降了12.4%，降幅比一季度收窄1.5个百分点。',
    want: [['12.4%', pct(12.4)], ['1.5个百分点', pp(1.5)]],
  },
  { text: '据悉，被困矿工人数已升至36人。', want: [['36人', count(36, 'people')]], statement: true },
  { text: '他于上周二在日内瓦与俄方代表会面。', want: [['上周二', day('2024-05-07')]] },
  {
    text: '本月初，一艘载有120名乘客的渡轮在湄公河上倾覆。',
    want: [['本月初', day('2024-05', { approx: 'about' })], ['120名乘客', count(120, 'passengers')]],
  },
  { text: '今年3月，该国通胀率一度高达9.8%。', want: [['今年3月', day('2024-03')], ['高达9.8%', pct(9.8)]] },
  { text: '2024年3月3日凌晨，一架波音737客机在降落时冲出跑道。', want: [['2024年3月3日', day('2024-03-03')]], none: ['737'] },
  { text: '与去年同期相比，游客人数增加了近一半。', want: [['去年', day('2023')], ['近一半', pct(50, { approx: 'about' })]] },
  {
    text: '该市GDP总量突破2万亿元大关，人均GDP约为15万元。',
    want: [['2万亿元', money(2e12, 'CNY')], ['约为15万元', money(150_000, 'CNY', { approx: 'about' })]],
  },
  { text: '不到一半的受访者表示支持该政策。', want: [['不到一半', pct(50, { approx: 'lessThan' })]] },
  {
    text: '每千人中约有3人感染，即感染率约为千分之三。',
    want: [['每千人中约有3人', pct(0.3)], ['约为千分之三', pct(0.3, { approx: 'about' })]],
  },
  { text: '该病的病死率约为万分之五。', want: [['约为万分之五', pct(0.05, { approx: 'about' })]] },
  {
    text: '该地区面积约为1.5万平方公里，人口约80万上下。',
    want: [['约为1.5万平方公里', measure(15_000, 'km2', { approx: 'about' })], ['80万上下', measure(800_000, null, { approx: 'about' })]],
  },
  {
    text: '该批货物重约2.3吨，价值逾200万美元。',
    want: [['约2.3吨', measure(2.3, 't', { approx: 'about' })], ['逾200万美元', money(2e6, 'USD', { approx: 'moreThan' })]],
  },
  { text: '赛事奖金总额为50万美元左右。', want: [['50万美元左右', money(500_000, 'USD', { approx: 'about' })]] },
  {
    text: '截至去年底，全国60岁及以上老年人口达2.97亿人，占总人口的21.1%。',
    want: [['去年底', day('2023-12', { approx: 'about' })], ['2.97亿人', count(297e6, 'people')], ['21.1%', pct(21.1)]],
  },
  { text: '今年初以来，该国货币已贬值逾三成。', want: [['今年初', day('2024-01', { approx: 'about' })], ['逾三成', pct(30, { approx: 'moreThan' })]] },
  {
    text: '乌克兰总统泽连斯基上周五透露，自2022年2月以来已有3.1万名乌军士兵阵亡。',
    want: [['上周五', day('2024-05-10')], ['2022年2月', day('2022-02')], ['3.1万名乌军士兵', count(31_000, 'soldiers')]],
    statement: true,
  },
  {
    text: '该国议会选举中，执政党获得450个议席中的247席，得票率为38.5%。',
    want: [['450个议席', count(450, 'seats')], ['247席', count(247, 'seats')], ['38.5%', pct(38.5)]],
  },
  { text: '北京时间5月13日晚8时，中国女排以3比1战胜对手。', want: [['5月13日', day('2024-05-13')]], none: ['8时', '3比1'] },
  {
    text: '人口普查结果显示，全市常住人口为1,303.7万人，比十年前增加了约二百万人。',
    want: [['1,303.7万人', count(13_037_000, 'people')], ['十年前', day('2014')], ['约二百万人', count(2e6, 'people', { approx: 'about' })]],
  },
  { text: '伤亡人数已上升至近百人，其中包括十几名儿童。', want: [['近百人', count(100, 'people', { approx: 'about' })], ['十几名儿童', count(11, 'children', { valueMax: 19 })]] },
  { text: '这个数字比上一年翻了一番。', want: [['翻了一番', count(2, 'fold')]] },
  { text: '到2035年，城乡居民人均收入翻两番。', want: [['2035年', day('2035')], ['翻两番', count(4, 'fold')]] },
  { text: '该国人口在过去五十年中增长了一倍多。', want: [['一倍多', count(1, 'fold', { approx: 'moreThan' })]] },
  {
    text: '以军称，过去24小时内打击了加沙地带的150多个目标。',
    want: [['24小时', count(24, 'hours')], ['150多个', count(150, null, { approx: 'moreThan' })]],
    statement: true,
  },
  {
    text: '联合国人道协调厅表示，加沙约190万人流离失所，占总人口的85%左右。',
    want: [['约190万人', count(1.9e6, 'people', { approx: 'about' })], ['85%左右', pct(85, { approx: 'about' })]],
    statement: true,
  },
  { text: '日本央行将短期利率从-0.1%上调至0至0.1%区间。', want: [['-0.1%', pct(-0.1)], ['0至0.1%', pct(0, { valueMax: 0.1, approx: 'range' })]] },
  {
    text: '2015年至2020年间，该国森林面积减少了约20万公顷。',
    want: [['2015年至2020年', day('2015/2020', { approx: 'range' })], ['约20万公顷', measure(200_000, 'ha', { approx: 'about' })]],
  },
  {
    text: '事发路段限速每小时120公里，但涉事车辆时速高达180公里。',
    want: [['每小时120公里', measure(120, 'km/h')], ['高达180公里', measure(180, 'km/h')]],
  },
  { text: '这条公路全长120公里。', want: [['120公里', measure(120, 'km')]] },
  { text: '第十四届全国人大二次会议于3月5日上午9时在人民大会堂开幕。', want: [['3月5日', day('2024-03-05')]], none: ['二次', '9时', '十四'] },
  { text: '他曾十二次访华，两次会见总统。', want: [['十二次', count(12, 'times')], ['两次', count(2, 'times')]] },
  {
    text: '公安机关共抓获犯罪嫌疑人1,200余名，涉案金额超过30亿元。',
    want: [['1,200余名', count(1200, 'people', { approx: 'moreThan' })], ['超过30亿元', money(3e9, 'CNY', { approx: 'moreThan' })]],
  },
  {
    text: '新能源汽车产销分别完成958.7万辆和949.5万辆，同比分别增长35.8%和37.9%。',
    want: [['958.7万辆', count(9_587_000, 'vehicles')], ['949.5万辆', count(9_495_000, 'vehicles')], ['35.8%', pct(35.8)], ['37.9%', pct(37.9)]],
  },
  {
    text: '今年1至4月，全国一般公共预算收入80,115亿元，同比下降2.7%。',
    want: [['今年1至4月', day('2024-01/2024-04', { approx: 'range' })], ['80,115亿元', money(8.0115e12, 'CNY')]],
  },
  { text: '那场战争持续了八年，造成数百万人死亡。', want: [['八年', count(8, 'years')], ['数百万人', count(2e6, 'people', { valueMax: 9e6 })]] },
  { text: '美国众议院以311票对117票通过了该法案。', want: [['311票', count(311, 'votes')], ['117票', count(117, 'votes')]] },
  { text: '根据《刑法》第266条，诈骗数额特别巨大的，处十年以上有期徒刑。', want: [['十年以上', count(10, 'years', { approx: 'moreThan' })]], none: ['266'] },
  { text: '该案于2023年12月立案，今年2月开庭审理。', want: [['2023年12月', day('2023-12')], ['今年2月', day('2024-02')]] },
  { text: '他于上月底辞职，两年前曾被调查。', want: [['上月底', day('2024-04', { approx: 'about' })], ['两年前', day('2022')]] },
  { text: '该国于去年12月31日正式退出该协议，会议定于下周三举行。', want: [['去年12月31日', day('2023-12-31')], ['下周三', day('2024-05-22')]] },
  { text: '2月28日至3月2日，全国多地出现大范围降雪。', want: [['2月28日至3月2日', day('2024-02-28/2024-03-02', { approx: 'range' })]] },
  { text: '昨晚，台北市发生规模5.2地震。', want: [['昨晚', day('2024-05-14')], ['规模5.2', measure(5.2, 'magnitude')]] },
  { text: '明年起，退休年龄将逐步提高至65岁。', want: [['明年', day('2025')], ['65岁', count(65, 'years of age')]] },
  { text: '今年初步统计显示，全年粮食产量稳定。', none: ['今年初'] },
  { text: '记者从市卫健委获悉，全市已接种疫苗超过1000万剂次。', want: [['超过1000万剂次', count(1e7, 'doses', { approx: 'moreThan' })]], statement: true },
  { text: '专家认为，房价短期内难以回落。', statement: true },
  { text: '他被认为是最有希望的候选人。', statement: false },
  { text: '这部小说讲述了一个家族三代人的故事。', statement: false },
  { text: '警方说明了案件的经过。', statement: false },
  { text: '该国人口中约有1/3生活在城市。', want: [['约有1/3', pct(33.3, { approx: 'about' })]] },
  { text: '现场聚集了三四十人，伤者中有两三百人已经出院。', want: [['三四十人', count(30, 'people', { valueMax: 40, approx: 'range' })], ['两三百人', count(200, 'people', { valueMax: 300 })]] },
  { text: '约七八成的受访者表示满意。', want: [['七八成', pct(70, { valueMax: 80, approx: 'range' })]] },
  { text: '他在两三天内就完成了任务。', none: ['两三天'] },
  { text: '一九四九年十月一日，中华人民共和国成立。', want: [['一九四九年十月一日', day('1949-10-01')]] },
  { text: '该国有数以万计的难民涌入邻国。', want: [['数以万计的难民', count(20_000, 'refugees', { valueMax: 90_000, approx: 'range' })]] },
  { text: '该国今年头三个月的出口额按年下跌8.3%。', want: [['今年头三个月', day('2024-01/2024-03', { approx: 'range' })], ['8.3%', pct(8.3)]] },
  { text: '两千多名抗议者聚集在议会外，三千余名警察已部署到位。', want: [['两千多名抗议者', count(2000, 'protesters', { approx: 'moreThan' })], ['三千余名警察', count(3000, 'police', { approx: 'moreThan' })]] },
  { text: '该航班于当地时间15:30起飞，联系电话：+852 2123 4567。', none: ['15', '30', '852', '2123'] },
  { text: '该市PM2.5浓度持续上升。', none: ['2.5'] },
  { text: '该项目投资100多亿元，带动就业1000余万人次。', want: [['100多亿元', money(1e10, 'CNY', { approx: 'moreThan' })], ['1000余万人次', count(1e7, 'person-times', { approx: 'moreThan' })]] },
  { text: '两国贸易额达5亿美元（约合36亿元人民币）。', want: [['5亿美元', money(5e8, 'USD')], ['约合36亿元人民币', money(3.6e9, 'CNY', { approx: 'about' })]] },
  { text: '"十四五"规划提出，到2025年单位GDP能耗降低13.5%。', want: [['2025年', day('2025')], ['13.5%', pct(13.5)]], none: ['十四'] },
  { text: '本届世界杯共有32支球队参赛。', want: [['32支球队', count(32, 'teams')]] },
  { text: '中国男足0比2负于韩国队。', none: ['0比2', '2'] },
  { text: '土耳其地震死亡人数已升至逾4.4万人。', want: [['逾4.4万人', count(44_000, 'people', { approx: 'moreThan' })]] },
  { text: '被告人被判处有期徒刑三年六个月，缓刑四年。', want: [['三年六个月', count(42, 'months')], ['四年', count(4, 'years')]] },
  { text: '中国队在本届亚运会上共获得201枚金牌、111枚银牌和71枚铜牌。', want: [['201枚金牌', count(201, 'medals')], ['71枚铜牌', count(71, 'medals')]] },
];

const TRADITIONAL: Case[] = [
  { text: '民國113年1月13日舉行總統大選。', want: [['民國113年1月13日', day('2024-01-13')]] },
  {
    text: '根據中央氣象署統計，這次颱風共造成3人死亡、415人受傷。',
    want: [['3人', count(3, 'people')], ['415人', count(415, 'people')]],
    statement: true,
  },
  { text: '行政院會今天通過新台幣2,500億元的特別預算。', want: [['今天', day('2024-05-15')], ['新台幣2,500億元', money(250e9, 'TWD')]] },
  { text: '國防部表示，共機24架次逾越海峽中線。', want: [['24架次', count(24, 'sorties')]], statement: true },
  { text: '香港金管局宣布，基本利率上調25個基點。', want: [['25個基點', { kind: 'percent', value: 25, unit: 'basis points' }]], statement: true },
  { text: '澳門特區政府宣布向每名永久性居民發放現金1萬澳門元。', want: [['1萬澳門元', money(10_000, 'MOP')]], statement: true },
  { text: '立法會以35票贊成、1票反對通過該條例草案。', want: [['35票', count(35, 'votes')], ['1票', count(1, 'votes')]] },
  {
    text: '鴻海昨日公布，第一季營收達1.32兆元，年增10.3%。',
    want: [['昨日', day('2024-05-14')], ['第一季', day('2024-01/2024-03')], ['1.32兆元', money(1.32e12, 'CNY')], ['10.3%', pct(10.3)]],
  },
  {
    text: '台灣中選會公布，本次投票率為71.86%，賴清德以558萬6019票當選。',
    want: [['71.86%', pct(71.86)], ['558萬6019票', count(5_586_019, 'votes')]],
  },
  {
    text: '澳門今年首季入境旅客達898萬人次，按年上升81.6%。',
    want: [['今年首季', day('2024-01/2024-03', { approx: 'range' })], ['898萬人次', count(8.98e6, 'person-times')], ['81.6%', pct(81.6)]],
  },
  { text: '香港特區政府統計處數字顯示，今年第一季本地生產總值實質增長2.7%。', want: [['今年第一季', day('2024-01/2024-03')], ['2.7%', pct(2.7)]] },
  {
    text: '據美聯社報導，颶風已造成至少12人死亡，逾百萬戶停電。',
    want: [['至少12人', count(12, 'people', { approx: 'atLeast' })], ['逾百萬戶', count(1e6, 'households', { approx: 'moreThan' })]],
    statement: true,
  },
  { text: '行政長官李家超表示，政府將投放100億港元支援中小企。', want: [['100億港元', money(1e10, 'HKD')]], statement: true },
  { text: '本港上月失業率為2.9%，與前一期持平。', want: [['上月', day('2024-04')], ['2.9%', pct(2.9)]] },
  { text: '澳門博彩業上月毛收入為186億澳門元，按年增長26.3%。', want: [['186億澳門元', money(18.6e9, 'MOP')], ['26.3%', pct(26.3)]] },
  {
    text: '台積電今年前四個月營收約新台幣8,672億元，年增近三成。',
    want: [['今年前四個月', day('2024-01/2024-04')], ['約新台幣8,672億元', money(867.2e9, 'TWD', { approx: 'about' })], ['近三成', pct(30, { approx: 'about' })]],
  },
  {
    text: '衛福部疾管署指出，本週新增類流感門急診就診人次達11萬2,536人次。',
    want: [['11萬2,536人次', count(112_536, 'person-times')]],
    statement: true,
  },
  {
    text: '去年共有4.2萬名外籍勞工來台工作，較前年增加約5千人。',
    want: [['4.2萬名', count(42_000, 'people')], ['約5千人', count(5000, 'people', { approx: 'about' })]],
  },
  {
    text: '這項調查共訪問了1,068名20歲以上的民眾，抽樣誤差在正負3個百分點以內。',
    want: [['1,068名', count(1068, 'people')], ['20歲以上', count(20, 'years of age', { approx: 'moreThan' })], ['3個百分點以內', { kind: 'percent', value: 3, approx: 'atMost' }]],
  },
  { text: '國民黨團批評，行政院的預算編列「嚴重失職」。', statement: true },
  { text: '行政院主計總處今天公布，今年第一季經濟成長率為６.５１％，高於預期。', want: [['今年第一季', day('2024-01/2024-03')], ['６.５１％', pct(6.51)]], statement: true },
  { text: '新北市昨天新增確診１２３例，累計已達３萬４千例。', want: [['昨天', day('2024-05-14')], ['１２３例', count(123, 'cases')], ['３萬４千例', count(34_000, 'cases')]] },
  { text: '據聯合報報導，該案涉及金額高達新台幣１２億元。', want: [['高達新台幣１２億元', money(1.2e9, 'TWD')]], statement: true },
  { text: '北市府統計，今年前5月交通事故死亡人數較去年同期減少逾2成。', want: [['今年前5月', day('2024-01/2024-05', { approx: 'range' })], ['逾2成', pct(20, { approx: 'moreThan' })]] },
  {
    text: '台積電今年營收預估達新台幣2.9兆元。董事會同時核准資本預算約1,000億元。',
    want: [['新台幣2.9兆元', money(2.9e12, 'TWD')], ['約1,000億元', money(1e11, 'TWD', { approx: 'about' })]],
  },
  {
    text: '政府將向每名市民發放1萬港元。另外，長者生活津貼每月增加500元。',
    want: [['1萬港元', money(10_000, 'HKD')], ['500元', money(500, 'HKD', { per: 'month' })]],
  },
  { text: '香港元朗區昨日發生火災，損失約50萬元。', want: [['約50萬元', money(500_000, 'CNY', { approx: 'about' })]] },
  { text: '兩岸貿易額達人民幣1.5萬億元，另有台商投資約300億元。', want: [['約300億元', money(3e10, 'CNY', { approx: 'about' })]] },
  { text: '警方拘捕5男2女，年齡介乎18至65歲。', want: [['5男', count(5, 'men')], ['2女', count(2, 'women')], ['18至65歲', count(18, 'years of age', { valueMax: 65 })]] },
  { text: '消防處接報後派出逾百名消防員及30部消防車到場。', want: [['逾百名消防員', count(100, 'firefighters', { approx: 'moreThan' })], ['30部消防車', count(30, 'vehicles')]] },
  { text: '本港昨日新增3宗確診個案，3名男童及1名女童需留院。', want: [['3宗', count(3, 'cases')], ['3名男童', count(3, 'boys')]] },
  { text: '涉案男子被判入獄3年4個月。', want: [['3年4個月', count(40, 'months')]] },
  { text: '他說：「我們會盡一切努力，確保市民安全。」', statement: true },
  { text: '台北市今年首季房價指數年增逾一成。', want: [['今年首季', day('2024-01/2024-03')], ['逾一成', pct(10, { approx: 'moreThan' })]] },
  { text: '該劇首季播出後大受歡迎。', none: ['首季'] },
];

const ENGLISH: Case[] = [
  {
    text: 'The economy grew 2.1% in the first quarter, the Commerce Department said on Thursday.',
    want: [['2.1%', pct(2.1)], ['the first quarter', day('2024-01/2024-03')], ['Thursday', day('2024-05-09')]],
    statement: true,
  },
  {
    text: 'Inflation fell to 3.4% in April from 3.5% in March, according to the Bureau of Labor Statistics.',
    want: [['3.4%', pct(3.4)], ['April', day('2024-04')], ['3.5%', pct(3.5)], ['March', day('2024-03')]],
    statement: true,
  },
  {
    text: 'The Fed raised rates by 25 basis points to a range of 5.25%-5.5%.',
    want: [['25 basis points', { kind: 'percent', value: 25, unit: 'basis points' }], ['5.25%-5.5%', pct(5.25, { valueMax: 5.5 })]],
  },
  { text: 'The company reported revenue of $1.5tn, up 12% year on year.', want: [['$1.5tn', money(1.5e12, 'USD')], ['12%', pct(12)]] },
  {
    text: 'Britain will spend £3bn on new housing over the next five years, the chancellor told parliament.',
    want: [['£3bn', money(3e9, 'GBP')]],
    statement: true,
  },
  {
    text: 'The fine of €200,000 was upheld by the court in Brussels on 3 March 2024.',
    want: [['€200,000', money(200_000, 'EUR')], ['3 March 2024', day('2024-03-03')]],
  },
  { text: 'Shares in HSBC fell 4.2% to HK$61.50 in Hong Kong.', want: [['4.2%', pct(4.2)], ['HK$61.50', money(61.5, 'HKD')]] },
  { text: "China's exports rose 7.6% to RMB 2.1 trillion in May.", want: [['RMB 2.1 trillion', money(2.1e12, 'CNY')], ['May', day('2024-05')]] },
  { text: 'At least 1.2m people have been displaced, the UN said.', want: [['At least 1.2m people', count(1.2e6, 'people', { approx: 'atLeast' })]], statement: true },
  {
    text: 'The quake killed more than 50,000 people in Turkey and Syria in February 2023.',
    want: [['more than 50,000 people', count(50_000, 'people', { approx: 'moreThan' })], ['February 2023', day('2023-02')]],
  },
  {
    text: 'Some 300,000 Russian troops are massed near the border, Ukrainian officials told Reuters.',
    want: [['Some 300,000 Russian troops', count(300_000, 'soldiers', { approx: 'about' })]],
    statement: true,
  },
  { text: 'One in five children in the region is malnourished, according to Unicef.', want: [['One in five', pct(20)]], statement: true },
  { text: 'Nearly a third of voters remain undecided, a poll published on Tuesday found.', want: [['Nearly a third', pct(33.3, { approx: 'about' })], ['Tuesday', day('2024-05-14')]] },
  { text: 'Turnout was twice as high as in 2019.', want: [['twice', count(2, 'fold')], ['2019', day('2019')]] },
  { text: 'Prices have tripled since 2020, while wages rose only 15%.', want: [['tripled', count(3, 'fold')], ['15%', pct(15)]] },
  { text: 'The number of cases is three times what it was last year.', want: [['three times', count(3, 'fold')], ['last year', day('2023')]] },
  { text: 'The company posted double-digit growth.', none: ['double'] },
  { text: 'Cases so far this year are nearly four times as many as last year.', want: [['nearly four times', count(4, 'fold', { approx: 'about' })]] },
  { text: 'He doubled down on his claims and was arrested three times that year.', want: [['three times', count(3, 'times')]], none: ['doubled'] },
  {
    text: 'Dozens of people were injured and hundreds of thousands were left without power.',
    want: [['Dozens of people', count(20, 'people', { valueMax: 90 })], ['hundreds of thousands', measure(200_000, null, { valueMax: 900_000, approx: 'range' })]],
  },
  {
    text: 'The storm brought winds of up to 150 km/h and dumped 300mm of rain.',
    want: [['up to 150 km/h', measure(150, 'km/h', { approx: 'atMost' })], ['300mm', measure(300, 'mm')]],
  },
  {
    text: 'The wildfire has burned more than 40,000 acres, or about 160 square kilometres.',
    want: [['more than 40,000 acres', measure(40_000, 'acre', { approx: 'moreThan' })], ['about 160 square kilometres', measure(160, 'km2', { approx: 'about' })]],
  },
  { text: 'Temperatures hit 47.5C in Delhi, the highest since records began in the 1990s.', want: [['47.5C', measure(47.5, '°C')], ['1990s', day('199')]] },
  {
    text: 'The 78-year-old former president was sentenced to 15 years in prison.',
    want: [['78-year-old', count(78, 'years of age')], ['15 years', count(15, 'years')]],
  },
  { text: 'Biden, 81, is the oldest president in US history.', want: [['81', count(81, 'years of age')]] },
  { text: 'Police arrested 23 people aged between 16 and 45.', want: [['23 people', count(23, 'people')], ['between 16 and 45', count(16, 'years of age', { valueMax: 45 })]] },
  { text: 'The bill passed the Senate by a vote of 68-32 last month.', want: [['68', count(68, 'votes')], ['32', count(32, 'votes')], ['last month', day('2024-04')]] },
  { text: 'Unemployment rose to 4.2 per cent in mid-2022 before easing.', want: [['4.2 per cent', pct(4.2)], ['mid-2022', day('2022-07', { approx: 'about' })]] },
  { text: 'The plant produces 3 million barrels of oil a day.', want: [['3 million barrels of oil a day', measure(3e6, 'barrels', { per: 'day' })]] },
  { text: 'Oil output dropped to 9m barrels per day, the lowest in two years.', want: [['9m barrels per day', measure(9e6, 'barrels', { per: 'day' })]] },
  {
    text: 'The ship was carrying 2,400 tonnes of grain when it sank 20 miles off the coast.',
    want: [['2,400 tonnes', measure(2400, 't')], ['20 miles', measure(20, 'mi')]],
  },
  { text: 'The vote is scheduled for March 3.', want: [['March 3', day('2024-03-03')]] },
  {
    text: 'The national debt stands at $34.5 trillion, or about 120 percent of GDP.',
    want: [['$34.5 trillion', money(34.5e12, 'USD')], ['about 120 percent', pct(120, { approx: 'about' })]],
  },
  { text: 'Call 999 or visit www.police.uk for more information.', none: ['999'] },
  { text: 'The F-16 jets will be delivered by the end of 2025, the Pentagon said.', want: [['the end of 2025', day('2025-12', { approx: 'about' })]], none: ['16'], statement: true },
  { text: 'The G7 leaders met in Hiroshima on May 19-21, 2023.', want: [['May 19-21, 2023', day('2023-05-19/2023-05-21', { approx: 'range' })]], none: ['G7'] },
  {
    text: 'COVID-19 has killed about 7 million people worldwide, WHO estimates show.',
    want: [['about 7 million people', count(7e6, 'people', { approx: 'about' })]],
    none: ['19'],
    statement: true,
  },
  { text: 'The update, version 17.4.1, was released on Monday.', want: [['Monday', day('2024-05-13')]], none: ['17'] },
  { text: 'Gold prices rose to a record $2,450 an ounce on Friday.', want: [['$2,450', money(2450, 'USD')], ['Friday', day('2024-05-10')]] },
  { text: 'Half of the 1,200 respondents said they would vote Labour.', want: [['Half', pct(50)], ['1,200 respondents', count(1200, 'respondents')]] },
  { text: 'The population declined by 0.5% to 123.9 million last year.', want: [['0.5%', pct(0.5)], ['123.9 million', measure(123.9e6, null)], ['last year', day('2023')]] },
  { text: 'He served as prime minister from 2010 to 2016.', want: [['2010 to 2016', day('2010/2016', { approx: 'range' })]] },
  { text: '"We will not back down," Zelensky said in his nightly address.', statement: true },
  {
    text: 'Floods in Libya killed at least 4,000 people, with 10,000 still missing.',
    want: [['at least 4,000 people', count(4000, 'people', { approx: 'atLeast' })], ['10,000', measure(10_000, null)]],
  },
  { text: 'The EU agreed a €50bn aid package for Ukraine last week.', want: [['€50bn', money(50e9, 'EUR')], ['last week', day('2024-W19')]] },
  { text: 'Tesla cut 10% of its global workforce of about 140,000.', want: [['10%', pct(10)], ['about 140,000', measure(140_000, null, { approx: 'about' })]] },
  { text: "Apple's market value topped $3 trillion for the first time in June 2023.", want: [['$3 trillion', money(3e12, 'USD')], ['June 2023', day('2023-06')]] },
  { text: 'The minimum wage will rise to £11.44 an hour from April.', want: [['£11.44', money(11.44, 'GBP')], ['April', day('2024-04')]] },
  { text: "More than 70% of Taiwan's voters cast ballots on January 13.", want: [['More than 70%', pct(70, { approx: 'moreThan' })], ['January 13', day('2024-01-13')]] },
  {
    text: "Hong Kong's GDP expanded 2.7% year-on-year in the first three months of the year.",
    want: [['2.7%', pct(2.7)], ['the first three months of the year', day('2024-01/2024-03', { approx: 'range' })]],
  },
  { text: 'The hospital treated 150-200 patients a day during the outbreak.', want: [['150-200 patients a day', count(150, 'patients', { valueMax: 200, per: 'day' })]] },
  { text: "About one-third of the world's population lives in countries that will vote this year.", want: [['About one-third', pct(33.3, { approx: 'about' })], ['this year', day('2024')]] },
  { text: 'The Supreme Court ruled 6-3 on Friday that the law was unconstitutional.', want: [['6', count(6, 'votes')], ['3', count(3, 'votes')], ['Friday', day('2024-05-10')]] },
  { text: 'The defendant, 42, faces up to 20 years in prison if convicted.', want: [['42', count(42, 'years of age')], ['up to 20 years', count(20, 'years', { approx: 'atMost' })]] },
  { text: 'Texas, 40, and Florida, 30, gained seats.', none: ['40', '30'] },
  { text: 'Unemployment among 16-24 year olds rose to 14.5%.', want: [['16-24 year olds', count(16, 'years of age', { valueMax: 24, approx: 'range' })], ['14.5%', pct(14.5)]] },
  { text: 'The ceasefire took effect at 7am local time on 24 November.', want: [['24 November', day('2023-11-24')]], none: ['7am'] },
  {
    text: "Macau's casino revenue jumped 42% year-on-year to 18.5 billion patacas in April.",
    want: [['42%', pct(42)], ['18.5 billion patacas', money(18.5e9, 'MOP')], ['April', day('2024-04')]],
  },
  { text: 'Russia fired 90 missiles and more than 60 drones overnight, Ukraine\'s air force said.', want: [['90 missiles', count(90, 'missiles')], ['more than 60 drones', count(60, 'drones', { approx: 'moreThan' })]], statement: true },
  { text: 'The election will be held in March next year.', want: [['March next year', day('2025-03')]] },
  { text: 'Output peaked in the 1990s and has fallen since the early 2000s.', want: [['1990s', day('199')], ['early 2000s', day('200', { approx: 'about' })]] },
  { text: 'The summit is due to take place between 6 and 8 June.', want: [['between 6 and 8 June', day('2024-06-06/2024-06-08', { approx: 'range' })]] },
  { text: 'The trial begins on Monday, June 3.', want: [['Monday, June 3', day('2024-06-03')]] },
  { text: 'In the week to May 10, 5,000 new cases were reported.', want: [['May 10', day('2024-05-10')], ['5,000 new cases', count(5000, 'cases')]] },
  { text: 'On 11 September 2001, nearly 3,000 people were killed.', want: [['11 September 2001', day('2001-09-11')], ['nearly 3,000 people', count(3000, 'people', { approx: 'about' })]] },
  { text: 'Officials estimate that 40,000 people have fled.', want: [['40,000 people', count(40_000, 'people')]], statement: true },
  { text: 'Critics argue the policy will hurt the poor.', statement: true },
  { text: 'The president vowed to veto the bill.', statement: true },
  { text: 'Prices rose sharply in March.', want: [['March', day('2024-03')]], statement: false },
  { text: 'About 1/3 of the population lives in cities.', want: [['About 1/3', pct(33.3, { approx: 'about' })]] },
  { text: 'He was born on 3/4 and left on 5/6.', none: ['3/4', '5/6'] },
  { text: 'Windows 11 runs on about 25% of PCs.', want: [['about 25%', pct(25, { approx: 'about' })]], none: ['11'] },
  { text: "NATO's Article 5 commits members to mutual defence.", none: ['5'] },
  { text: 'The 2024 Paris Olympics will feature 10,500 athletes.', want: [['2024', day('2024')], ['10,500 athletes', count(10_500, 'athletes')]] },
  { text: 'There were thousands of protesters in the streets.', want: [['thousands of protesters', count(2000, 'protesters', { valueMax: 9000 })]] },
  { text: 'Rents have risen by a fifth in two years.', want: [['a fifth', pct(20)]] },
  { text: 'Three out of four voters said they would support the measure.', want: [['Three out of four', pct(75)]], statement: true },
  { text: 'Real Madrid won 3-1 in the final on Saturday.', want: [['Saturday', day('2024-05-11')]], none: ['3-1', '3', '1'] },
  { text: "Arsenal's 2-0 win lifted them to 86 points.", want: [['86 points', count(86, 'points')]], none: ['2-0'] },
  { text: 'He was jailed for 12 years and fined $5,000.', want: [['12 years', count(12, 'years')], ['$5,000', money(5000, 'USD')]] },
  { text: "Trump won 51.2% of the vote to Harris's 48.8%.", want: [['51.2%', pct(51.2)], ['48.8%', pct(48.8)]] },
  { text: 'The government will spend £3.5bn a year on defence.', want: [['£3.5bn a year', money(3.5e9, 'GBP', { per: 'year' })]] },
  { text: "The firm's profits fell 18pc to £2.1bn.", want: [['18pc', pct(18)], ['£2.1bn', money(2.1e9, 'GBP')]] },
  { text: 'The 2.5bn-euro project will create 1,200 jobs.', want: [['2.5bn-euro', money(2.5e9, 'EUR')], ['1,200 jobs', count(1200, 'jobs')]] },
  { text: 'The quake struck at a depth of 10km, 50km north of Kathmandu.', want: [['10km', measure(10, 'km')], ['50km', measure(50, 'km')]] },
  { text: 'The unemployment rate was 3.9%, down 0.2 percentage point from a year earlier.', want: [['3.9%', pct(3.9)], ['0.2 percentage point', pp(0.2)]] },
  { text: 'Net migration hit a record 745,000 in 2022.', want: [['745,000', measure(745_000, null)], ['2022', day('2022')]] },
  { text: 'Roughly 1 in 10 adults has diabetes.', want: [['Roughly 1 in 10', pct(10, { approx: 'about' })]] },
  { text: 'The company was valued at a quarter of a million dollars.', want: [['a quarter of a million dollars', money(250_000, 'USD')]] },
  { text: 'The government spent billions of dollars on the program.', want: [['billions of dollars', money(2e9, 'USD', { valueMax: 9e9 })]] },
  { text: 'The 2023/24 season ended in May.', want: [['2023/24', day('2023/2024', { approx: 'range' })]] },
  { text: 'The EU fined Apple €1.8bn ($1.95bn) on Monday.', want: [['€1.8bn', money(1.8e9, 'EUR')], ['$1.95bn', money(1.95e9, 'USD')], ['Monday', day('2024-05-13')]] },
  { text: 'Between 2,000 and 3,000 people attended the rally.', want: [['Between 2,000 and 3,000 people', count(2000, 'people', { valueMax: 3000, approx: 'range' })]] },
  {
    text: 'The European Parliament approved the law by 523 votes to 46, with 49 abstentions.',
    want: [['523', count(523, 'votes')], ['46', count(46, 'votes')], ['49 abstentions', count(49, 'abstentions')]],
  },
  { text: 'The House voted 220-207 to pass the bill on Thursday.', want: [['220', count(220, 'votes')], ['207', count(207, 'votes')]] },
  { text: "Macron's party won 168 of the 577 seats in the National Assembly.", want: [['168', count(168, 'seats')], ['577 seats', count(577, 'seats')]] },
  { text: 'The ruling party won 191 of the 450 seats, down from 247.', want: [['191', count(191, 'seats')], ['450 seats', count(450, 'seats')]] },
  { text: 'More than 400 million people were eligible to vote across 27 member states.', want: [['More than 400 million people', count(4e8, 'people', { approx: 'moreThan' })], ['27 member states', count(27, 'states')]] },
  { text: 'A third said they would not vote, and half were undecided about the referendum.', want: [['A third', pct(33.3)], ['half', pct(50)]] },
  { text: 'The other half were men; the first half were easy.', none: ['half'] },
  { text: 'Some 32 teams took part in the tournament.', want: [['Some 32 teams', count(32, 'teams', { approx: 'about' })]] },
  { text: 'The 1,200-mile pipeline cost $8bn.', want: [['1,200-mile', measure(1200, 'mi')], ['$8bn', money(8e9, 'USD')]] },
  { text: 'A 7.8-magnitude quake struck at 4.17am.', want: [['7.8-magnitude', measure(7.8, 'magnitude')]], none: ['4.17'] },
  { text: 'The company paid $1.2m in fines.', want: [['$1.2m', money(1.2e6, 'USD')]] },
  { text: 'She was sentenced to three years and six months in prison.', want: [['three years and six months', count(42, 'months')]] },
  { text: 'He spent 3 years in Paris and 6 months in Rome.', want: [['3 years', count(3, 'years')], ['6 months', count(6, 'months')]] },
  { text: 'Interest rates were cut to minus 0.1% in 2016.', want: [['minus 0.1%', pct(-0.1)], ['2016', day('2016')]] },
];

describe('claim suggestions on unseen news sentences', () => {
  describe('simplified Chinese', () => {
    it.each(SIMPLIFIED.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
  });
  describe('traditional Chinese', () => {
    it.each(TRADITIONAL.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
  });
  describe('English', () => {
    it.each(ENGLISH.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
  });
});
