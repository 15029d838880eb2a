/**
 * Claim suggestions on a fifth table of news sentences, written for it before reading the rules (not taken from the
 * fixtures, the other tests or the first four tables), from the domains the earlier tables covered less: health and
 * epidemics, elections and polls, disasters and casualties, sports results, court cases (sentences, fines, bail),
 * corporate earnings, climate and energy, military, migration, budgets and debt, inflation and interest rates, crypto.
 * Hard forms: 逾 / 超过 / 不足 / 近 / 约 / 左右 / 上下, 数十 / 上百 / 成千上万, 1/3 and 三分之一, 百分点 vs %, 倍, ranges
 * (至, 到, -, ~), year-less months and 上周 / 本月 / 前年 resolved against the publication date, Taiwan's 今（15）日,
 * "a third", "dozens", "nearly half", "percentage points", $1.2tn, €500m, £3bn, HK$, NT$, RMB, rates per day, and
 * attributed statements. Lines that are no claim are here too (NOTHING, at the end): bylines, wire datelines
 * (新华社北京5月14日电, "LONDON, May 14 (Reuters) -"), metadata lines in the forms the importer may leave in the text,
 * update lines, URLs, phone numbers, article and story IDs, headings: nothing at all may be suggested on them.
 *
 * The first run had 267 inputs (236 sentences: 86 simplified, 51 traditional, 99 English, each script's with its no-claim lines;
 * and 31 lines that hold no claim) written before any rule changed; 40 failed (25 sentences, 15 no-claim lines). One
 * heading was replaced before the fixes ("Lessons from the 2008 Financial Crisis": the year is a date a checker may
 * well want). The fixes are general rules (git log of shared/claims). Five first expectations were changed to the
 * earlier tables' conventions, not the rules to them: 长达5小时 keeps 长达 in its span (长达1,700米); 400枚魚叉飛彈 takes
 * its noun (missiles); "fell below $60,000" is `lessThan` with "below" in the span; 约有五六百名居民 underlines
 * 五六百名居民, as the first table underlines 七八成 in 约七八成; and "155mm artillery shells" is a measure, as the
 * second table reads "7.62mm rounds" (a calibre is checkable: 155 vs 152 mm). One earlier expectation was changed to
 * a new rule: the fourth table's 兩萬兩千棵樹 now takes 樹, since a noun that names what its classifier already counts
 * joins the span (数十栋建筑, 37例病例), as nouns after 名 and 辆 always did. The 76 inputs after them (343 in all: 111
 * simplified, 62 traditional, 125 English, 45 no-claim lines) were written after the first run, to test the new rules'
 * edges and the false figures found while probing.
 *
 * Conventions these cases follow:
 * - A dateline's date (新华社北京5月14日电, 中央社记者…台北15日电, "NEW YORK, May 14 (Reuters) -"), a labelled date
 *   (发布时间：, 更新時間：, "Updated", "Published", "Posted:"), a numeric date followed by a clock (2024-05-15 08:30,
 *   5/14/2024 8:30 AM) and a whole metadata line (a date or byline at its start, a source, author or clock in it, no
 *   sentence of prose) are not figures. "on 7/10/2023 at 6:30 a.m." is prose and keeps its date; so does
 *   5月14日电话会谈.
 * - The term of a bond or loan (10年期国债, 5年期以上LPR) names it, as "the 10-year yield" does: no count of years.
 * - A medal tally (8金16银29铜, 38枚金牌、32枚銀牌, "40 golds") is one count of `medals` per colour.
 * - "half a percentage point", "a quarter-point cut", "20-percentage-point lead" are percentage points; "15bp" is basis
 *   points; "a third below", "two-thirds higher" are shares.
 * - 500万和800万元: a scaled figure joined by 和 / 、 to an amount shares its currency.
 * - 气温33.8度: a bare 度 after a named temperature is °C.
 *
 * Known misses (left out of the table or asserted only as far as they are right):
 * - (Fixed since the sixth table, newsSentences6.test.ts: a year-less date after a past-tense verb, "won the final …
 *   on June 1" in a May article, is the June before; "leading by 2 to 4 percentage points" is a range.)
 * - A heading that names a statement (凌晨发布的声明) is suggested as one; "What the figures show" no longer is.
 * - 约 before a range stays outside its span (约为1.2万至1.5万公里, 約為7成至8成) while 约5公里至8公里 keeps it (the
 *   fourth table): two conventions, kept as the tables assert them. (Session 17 made them one: an "about" word before
 *   a range is in its span, which stays `range`; see RANGE_KEEPS_ABOUT in amountRates.ts.)
 * - "$500 for every day of delay" has no rate (a rate later in the clause is read after a verb, not after "for");
 *   nouns the lexicon lacks give no unit (数千顶帐篷, 1.2万枚比特币).
 * - Index and poll points ("a 21-point lead") remain counts of `points`, as the earlier tables list.
 */
import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../../../shared/claims/suggest';
import { PUBLISHED, describeTables, count, pct, pp, bp, money, measure, day, type Case } from './sentenceTable';

const SIMPLIFIED: Case[] = [
  // health and epidemics
  {
    text: '国家卫健委通报，5月13日0—24时，全国新增确诊病例1,204例，其中境外输入病例37例。',
    want: [['5月13日', day('2024-05-13')], ['1,204例', count(1204, 'cases')], ['37例', count(37, 'cases')]],
    none: ['24时', '0—24'],
  },
  {
    text: '世卫组织称，去年全球约有130万人死于结核病，比前年减少约3%。',
    want: [['去年', day('2023')], ['约有130万人', count(1.3e6, 'people', { approx: 'about' })], ['前年', day('2022')], ['约3%', pct(3, { approx: 'about' })]],
    statement: true,
  },
  {
    text: '该省今年以来累计报告登革热病例逾2,300例，是去年同期的近三倍。',
    want: [['逾2,300例', count(2300, 'cases', { approx: 'moreThan' })], ['近三倍', count(3, 'fold', { approx: 'about' })]],
  },
  { text: '研究人员发现，每天快走30分钟可使全因死亡风险降低约三分之一。', want: [['约三分之一', pct(33.3, { approx: 'about' })]] },
  {
    text: '该疫苗在三期临床试验中的保护效力为91.3%，共有约4.3万名志愿者参与。',
    want: [['91.3%', pct(91.3)], ['约4.3万名志愿者', count(43_000, 'volunteers', { approx: 'about' })]],
  },
  {
    text: '全市医疗机构日均接诊流感样病例近1.8万人次，较上周上升12.6%。',
    want: [['近1.8万人次', count(18_000, 'person-times', { approx: 'about', per: 'day' })], ['上周', day('2024-W19')], ['12.6%', pct(12.6)]],
  },
  { text: '截至本月10日，该国麻疹疫情已造成至少47名儿童死亡。', want: [['本月10日', day('2024-05-10')], ['至少47名儿童', count(47, 'children', { approx: 'atLeast' })]] },
  { text: '我国居民人均预期寿命已提高到78.6岁。', want: [['78.6岁', count(78.6, 'years of age')]] },
  {
    text: '该市二级以上医院的门诊量同比增长两成左右，儿科候诊时间长达5小时。',
    want: [['两成左右', pct(20, { approx: 'about' })], ['长达5小时', count(5, 'hours')]],
    none: ['二级'],
  },
  // elections and polls
  {
    text: '最新民调显示，执政党支持率为31%，较上月下降2.4个百分点，反对党以34%领先。',
    want: [['31%', pct(31)], ['上月', day('2024-04')], ['2.4个百分点', pp(2.4)], ['34%', pct(34)]],
    statement: true,
  },
  {
    text: '本届大选共有约9.7亿名选民登记，投票率为65.8%。',
    want: [['约9.7亿名选民', count(9.7e8, 'voters', { approx: 'about' })], ['65.8%', pct(65.8)]],
  },
  { text: '执政党在543个议席中赢得240席，未能单独过半。', want: [['543个议席', count(543, 'seats')], ['240席', count(240, 'seats')]] },
  {
    text: '该候选人以50.2%对49.8%的微弱优势胜出，两人得票相差不足3万票。',
    want: [['50.2%', pct(50.2)], ['49.8%', pct(49.8)], ['不足3万票', count(30_000, 'votes', { approx: 'lessThan' })]],
  },
  {
    text: '据中央选举委员会公布的初步结果，投票率约为58%，低于前年的63%。',
    want: [['约为58%', pct(58, { approx: 'about' })], ['前年', day('2022')], ['63%', pct(63)]],
    statement: true,
  },
  // disasters and casualties
  {
    text: '强降雨已致该省47人死亡、12人失踪，超过20万人被紧急转移。',
    want: [['47人', count(47, 'people')], ['12人', count(12, 'people')], ['超过20万人', count(200_000, 'people', { approx: 'moreThan' })]],
  },
  {
    text: '这次7.1级地震的震源深度约为10公里，已造成上百间房屋倒塌。',
    want: [['7.1级', measure(7.1, 'magnitude')], ['约为10公里', measure(10, 'km', { approx: 'about' })], ['上百间房屋', count(100, 'homes', { approx: 'moreThan' })]],
  },
  {
    text: '山火过火面积已超过1.2万公顷，数十栋建筑被烧毁。',
    want: [['超过1.2万公顷', measure(12_000, 'ha', { approx: 'moreThan' })], ['数十栋建筑', count(20, 'buildings', { valueMax: 90, approx: 'range' })]],
  },
  {
    text: '此次洪灾造成直接经济损失约86亿元，受灾人口达312.6万人。',
    want: [['约86亿元', money(8.6e9, 'CNY', { approx: 'about' })], ['312.6万人', count(3.126e6, 'people')]],
  },
  { text: '事故发生时井下共有作业人员126人，目前仍有9人被困。', want: [['126人', count(126, 'people')], ['9人', count(9, 'people')]] },
  { text: '成千上万的灾民涌入临时安置点，当地气温已降至零下8摄氏度。', want: [['零下8摄氏度', measure(-8, '°C')]], none: ['成千上万'] },
  {
    text: '应急管理部指出，今年前4个月全国共发生较大以上事故67起，死亡人数同比下降15.3%。',
    want: [['今年前4个月', day('2024-01/2024-04', { approx: 'range' })], ['67起', count(67, 'incidents')], ['15.3%', pct(15.3)]],
    statement: true,
  },
  { text: '救援人员已从废墟中救出21名幸存者，遇难人数升至312人。', want: [['21名幸存者', count(21, 'survivors')], ['312人', count(312, 'people')]] },
  // sports results
  { text: '本赛季他的投篮命中率为49.1%，三分命中率接近四成。', want: [['49.1%', pct(49.1)], ['接近四成', pct(40, { approx: 'about' })]] },
  {
    text: '这场决赛吸引了超过8万名观众到场观看，门票收入约1.2亿元。',
    want: [['超过8万名观众', count(80_000, 'spectators', { approx: 'moreThan' })], ['约1.2亿元', money(1.2e8, 'CNY', { approx: 'about' })]],
  },
  { text: '主队最终以3比1击败客队，取得五连胜。', none: ['3比1'] },
  {
    text: '该俱乐部以1.03亿欧元的转会费签下这名前锋，合同为期5年。',
    want: [['1.03亿欧元', money(1.03e8, 'EUR')], ['5年', count(5, 'years')]],
  },
  { text: '这名35岁的老将宣布退役，结束了长达18年的职业生涯。', want: [['35岁', count(35, 'years of age')], ['长达18年', count(18, 'years')]] },
  { text: '中国代表团在本届亚运会上共获得383枚奖牌，连续第十一次位居奖牌榜首位。', want: [['383枚奖牌', count(383, 'medals')]], none: ['第十一', '十一次'] },
  // court cases
  {
    text: '法院一审判处被告人有期徒刑十三年，并处罚金人民币200万元。',
    want: [['十三年', count(13, 'years')], ['人民币200万元', money(2e6, 'CNY')]],
  },
  {
    text: '检方指控其在2015年至2021年间非法收受财物共计人民币1.46亿余元。',
    want: [['2015年至2021年', day('2015/2021', { approx: 'range' })], ['人民币1.46亿余元', money(1.46e8, 'CNY', { approx: 'moreThan' })]],
  },
  {
    text: '该公司因垄断行为被罚款182.28亿元，相当于其上一年度销售额的4%。',
    want: [['182.28亿元', money(1.8228e10, 'CNY')], ['4%', pct(4)]],
  },
  { text: '被告人被判处死刑，缓期二年执行。', want: [['二年', count(2, 'years')]] },
  { text: '两名被告分别被判处有期徒刑3年至5年不等，并处罚金10万元到30万元。', want: [['3年至5年', count(3, 'years', { valueMax: 5, approx: 'range' })], ['10万元到30万元', money(1e5, 'CNY', { valueMax: 3e5, approx: 'range' })]] },
  // corporate earnings
  {
    text: '比亚迪一季度营收1,249.44亿元，同比增长3.96%；净利润45.69亿元。',
    want: [['一季度', day('2024-01/2024-03', { approx: 'range' })], ['1,249.44亿元', money(1.24944e11, 'CNY')], ['3.96%', pct(3.96)], ['45.69亿元', money(4.569e9, 'CNY')]],
  },
  {
    text: '该公司股价盘中一度暴跌逾15%，市值蒸发约800亿港元。',
    want: [['逾15%', pct(15, { approx: 'moreThan' })], ['约800亿港元', money(8e10, 'HKD', { approx: 'about' })]],
  },
  { text: '在国内智能手机市场，该品牌以18.6%的份额位居第一。', want: [['18.6%', pct(18.6)]], none: ['第一'] },
  {
    text: '公司计划未来三年裁员约1.2万人，占员工总数的近一成。',
    want: [['约1.2万人', count(12_000, 'people', { approx: 'about' })], ['近一成', pct(10, { approx: 'about' })]],
  },
  {
    text: '该公司去年净亏损扩大至23.5亿美元，而前年亏损为11亿美元。',
    want: [['去年', day('2023')], ['23.5亿美元', money(2.35e9, 'USD')], ['前年', day('2022')], ['11亿美元', money(1.1e9, 'USD')]],
  },
  {
    text: '财报显示，该行去年实现归母净利润3,659亿元，不良贷款率为1.36%，较年初下降0.02个百分点。',
    want: [['去年', day('2023')], ['3,659亿元', money(3.659e11, 'CNY')], ['1.36%', pct(1.36)], ['0.02个百分点', pp(0.02)]],
    statement: true,
  },
  { text: '贵州茅台股价周一收于每股1,715元，总市值约2.15万亿元。', want: [['周一', day('2024-05-13')], ['1,715元', money(1715, 'CNY')], ['约2.15万亿元', money(2.15e12, 'CNY', { approx: 'about' })]] },
  // climate and energy
  {
    text: '我国可再生能源装机容量突破15亿千瓦，占总装机的一半以上。',
    want: [['15亿千瓦', measure(1.5e9, 'kW')], ['一半以上', pct(50, { approx: 'moreThan' })]],
  },
  { text: '去年全球二氧化碳排放量达到374亿吨，创历史新高。', want: [['去年', day('2023')], ['374亿吨', measure(3.74e10, 't')]] },
  { text: '今年4月全球平均气温较工业化前水平高出1.58摄氏度。', want: [['今年4月', day('2024-04')], ['1.58摄氏度', measure(1.58, '°C')]] },
  {
    text: '该海上风电项目总装机容量为1000兆瓦，年发电量约30亿千瓦时。',
    want: [['1000兆瓦', measure(1000, 'MW')], ['约30亿千瓦时', measure(3e9, 'kWh', { approx: 'about' })]],
  },
  {
    text: '北极海冰面积已缩小至约420万平方公里，比1981年至2010年的平均值少约三分之一。',
    want: [['约420万平方公里', measure(4.2e6, 'km2', { approx: 'about' })], ['1981年至2010年', day('1981/2010', { approx: 'range' })], ['约三分之一', pct(33.3, { approx: 'about' })]],
  },
  { text: '国际油价本周累计下跌3.2%，布伦特原油收于每桶83.5美元。', want: [['本周', day('2024-W20')], ['3.2%', pct(3.2)], ['83.5美元', money(83.5, 'USD')]] },
  { text: '去年该市每天平均产生生活垃圾约2.6万吨。', want: [['去年', day('2023')], ['约2.6万吨', measure(26_000, 't', { approx: 'about', per: 'day' })]] },
  { text: '本次降雨过程累计雨量达200~300毫米，局地超过400毫米。', want: [['200~300毫米', measure(200, 'mm', { valueMax: 300, approx: 'range' })], ['超过400毫米', measure(400, 'mm', { approx: 'moreThan' })]] },
  // military
  {
    text: '据报道，该国在边境地区集结了约10万兵力和上千辆坦克。',
    want: [['约10万兵力', count(100_000, 'soldiers', { approx: 'about' })], ['上千辆坦克', count(1000, 'tanks', { approx: 'moreThan' })]],
    statement: true,
  },
  { text: '该型导弹射程可达5500公里，可携带多枚核弹头。', want: [['5500公里', measure(5500, 'km')]], none: ['多枚'] },
  {
    text: '今年该国国防预算为1.67万亿元，比去年增长7.2%。',
    want: [['今年', day('2024')], ['1.67万亿元', money(1.67e12, 'CNY')], ['去年', day('2023')], ['7.2%', pct(7.2)]],
  },
  {
    text: '俄罗斯国防部称，防空系统在过去24小时内击落了38架无人机。',
    want: [['24小时', count(24, 'hours')], ['38架无人机', count(38, 'drones')]],
    statement: true,
  },
  { text: '该国军队总兵力约为200万人，其中现役部队占四分之三。', want: [['约为200万人', count(2e6, 'people', { approx: 'about' })], ['四分之三', pct(75)]] },
  { text: '演习为期三天，共有来自12个国家的约3,000名官兵参加。', want: [['三天', count(3, 'days')], ['12个国家', count(12, 'countries')], ['约3,000名官兵', count(3000, 'soldiers', { approx: 'about' })]] },
  // migration
  {
    text: '今年前4个月，经地中海抵达意大利的非法移民达1.7万人次，同比减少近六成。',
    want: [['今年前4个月', day('2024-01/2024-04', { approx: 'range' })], ['1.7万人次', count(17_000, 'person-times')], ['近六成', pct(60, { approx: 'about' })]],
  },
  { text: '联合国难民署表示，全球被迫流离失所者人数已超过1.2亿。', want: [['超过1.2亿', count(1.2e8, null, { approx: 'moreThan' })]], statement: true },
  {
    text: '美国海关与边境保护局数据显示，上月在西南边境拦截的移民约为17.9万人次。',
    want: [['上月', day('2024-04')], ['约为17.9万人次', count(179_000, 'person-times', { approx: 'about' })]],
    statement: true,
  },
  {
    text: '这场冲突已导致数十万人流离失所，其中上百人下落不明。',
    want: [['数十万人', count(200_000, 'people', { valueMax: 900_000, approx: 'range' })], ['上百人', count(100, 'people', { approx: 'moreThan' })]],
  },
  // budgets and debt
  { text: '今年中央财政赤字率拟按3%安排，赤字规模为4.06万亿元。', want: [['今年', day('2024')], ['3%', pct(3)], ['4.06万亿元', money(4.06e12, 'CNY')]] },
  { text: '截至去年底，全国地方政府债务余额为40.74万亿元。', want: [['去年底', day('2023-12', { approx: 'about' })], ['40.74万亿元', money(4.074e13, 'CNY')]] },
  { text: '该国公共债务占GDP的比重已升至约112%。', want: [['约112%', pct(112, { approx: 'about' })]] },
  { text: '财政部将发行1万亿元超长期特别国债，期限分别为20年、30年和50年。', want: [['1万亿元', money(1e12, 'CNY')], ['20年', count(20, 'years')], ['50年', count(50, 'years')]] },
  { text: '该项目投资额在50亿到80亿元之间。', want: [['50亿到80亿元', money(5e9, 'CNY', { valueMax: 8e9, approx: 'range' })]] },
  // inflation and interest rates
  { text: '央行宣布下调一年期贷款市场报价利率10个基点至3.35%。', want: [['10个基点', bp(10)], ['3.35%', pct(3.35)]], none: ['一年'] },
  { text: '美联储自2022年3月以来累计加息525个基点。', want: [['2022年3月', day('2022-03')], ['525个基点', bp(525)]] },
  { text: '日本央行将政策利率从-0.1%上调至0至0.1%区间。', want: [['-0.1%', pct(-0.1)], ['0至0.1%', pct(0, { valueMax: 0.1, approx: 'range' })]] },
  { text: '该国5月通胀率回落至2.7%，核心通胀率为3.1%左右。', want: [['5月', day('2024-05')], ['2.7%', pct(2.7)], ['3.1%左右', pct(3.1, { approx: 'about' })]] },
  { text: '该市失业率从5.1%升至5.6%，上升了0.5个百分点。', want: [['5.1%', pct(5.1)], ['5.6%', pct(5.6)], ['0.5个百分点', pp(0.5)]] },
  // crypto
  {
    text: '比特币价格周一一度跌破6万美元，24小时内跌幅超过8%。',
    want: [['周一', day('2024-05-13')], ['6万美元', money(60_000, 'USD')], ['24小时', count(24, 'hours')], ['超过8%', pct(8, { approx: 'moreThan' })]],
  },
  { text: '该交易所称，黑客盗走了价值约3.05亿美元的加密货币。', want: [['约3.05亿美元', money(3.05e8, 'USD', { approx: 'about' })]], statement: true },
  {
    text: '该加密货币交易所创始人被判处25年监禁，并被责令没收110亿美元资产。',
    want: [['25年', count(25, 'years')], ['110亿美元', money(1.1e10, 'USD')]],
  },
  // hard forms
  { text: '该地区约有1/3的儿童存在营养不良问题。', want: [['约有1/3', pct(33.3, { approx: 'about' })]] },
  {
    text: '两国贸易额在过去十年间增长了2.5倍，达到约3,000亿美元。',
    want: [['增长了2.5倍', count(3.5, 'fold')], ['约3,000亿美元', money(3e11, 'USD', { approx: 'about' })]],
  },
  { text: '当地约有五六百名居民被困。', want: [['约有五六百名居民', count(500, 'residents', { valueMax: 600, approx: 'range' })]] },
  {
    text: '该国人口在1,000万上下，人均GDP不足2000美元。',
    want: [['1,000万上下', measure(1e7, null, { approx: 'about' })], ['不足2000美元', money(2000, 'USD', { approx: 'lessThan' })]],
  },
  { text: '研究人员对逾3,000名成年人进行了为期两年的跟踪调查。', want: [['逾3,000名成年人', count(3000, 'adults', { approx: 'moreThan' })], ['两年', count(2, 'years')]] },
  { text: '该市去年GDP为4.72万亿元，人均GDP约为19万元。', want: [['去年', day('2023')], ['4.72万亿元', money(4.72e12, 'CNY')], ['约为19万元', money(190_000, 'CNY', { approx: 'about' })]] },
  { text: '全国12月份居民消费价格同比下降0.3%。', want: [['12月份', day('2023-12')], ['0.3%', pct(0.3)]] },
  // Written after the first run, to test the new rules' edges and the false figures found while probing.
  { text: '事故造成大约数十人受伤，约几百名村民被疏散。', want: [['大约数十人', count(20, 'people', { valueMax: 90, approx: 'range' })], ['约几百名村民', count(200, 'villagers', { valueMax: 900, approx: 'range' })]] },
  { text: '全市共有成千上万名志愿者参与救灾，成百上千人连夜撤离。', none: ['成千上万', '上万', '上千'] },
  { text: '该国10年期国债收益率升至4.6%，创2007年以来新高。', want: [['4.6%', pct(4.6)], ['2007年', day('2007')]], none: ['10年'] },
  { text: '5年期以上贷款市场报价利率维持在3.95%，这3年期间累计下调50个基点。', want: [['3.95%', pct(3.95)], ['3年', count(3, 'years')], ['50个基点', bp(50)]], none: ['5年'] },
  { text: '气象台预计，明天最高气温在30度至35度之间。', want: [['明天', day('2024-05-16')], ['30度至35度', measure(30, '°C', { valueMax: 35, approx: 'range' })]], statement: true },
  { text: '该车倾斜约30度后翻覆。', none: ['30度'] },
  { text: '美俄两国总统5月14日电话会谈，讨论了停火问题。', want: [['5月14日', day('2024-05-14')]] },
  {
    text: '新华社北京5月14日电 国家统计局14日发布数据显示，4月份全国规模以上工业增加值同比增长6.7%。',
    want: [['14日', day('2024-05-14')], ['4月份', day('2024-04')], ['6.7%', pct(6.7)]],
    none: ['5月14日'],
    statement: true,
  },
  { text: '截至2023年底，该国外债总额达1.2万亿美元，占GDP比重超过三分之一。', want: [['2023年底', day('2023-12', { approx: 'about' })], ['1.2万亿美元', money(1.2e12, 'USD')], ['超过三分之一', pct(33.3, { approx: 'moreThan' })]] },
  { text: '该国每天约有1,000人死于结核病。', want: [['每天约有1,000人', count(1000, 'people', { approx: 'about', per: 'day' })]] },
  { text: '法院判处其有期徒刑十一年六个月，并处没收个人财产人民币50万元。', want: [['十一年六个月', count(138, 'months')], ['人民币50万元', money(5e5, 'CNY')]] },
  { text: '今年3月至5月，该市降雨量较常年同期偏多三成。', want: [['今年3月至5月', day('2024-03/2024-05', { approx: 'range' })], ['三成', pct(30)]] },
  { text: '截至3月底，该行持有的比特币约为1.2万枚。', want: [['3月底', day('2024-03', { approx: 'about' })], ['约为1.2万枚', { kind: 'count', value: 12_000, approx: 'about' }]] },
  { text: '该市一座平台股份公司的股价周一下跌5%。', want: [['周一', day('2024-05-13')], ['5%', pct(5)]] },
  { text: '港队在杭州亚运会上共夺得8金16银29铜。', want: [['8金', count(8, 'medals')], ['16银', count(16, 'medals')], ['29铜', count(29, 'medals')]] },
  { text: '全国法院一审审结涉黑涉恶案件1.2万件，判处罪犯6.9万人。', want: [['1.2万件', { kind: 'count', value: 12_000 }], ['6.9万人', count(69_000, 'people')]] },
  { text: '宁德时代一季度全球动力电池装机量市场份额达37.1%，较去年同期提升1.2个百分点。', want: [['一季度', day('2024-01/2024-03', { approx: 'range' })], ['37.1%', pct(37.1)], ['1.2个百分点', pp(1.2)]] },
  { text: '他在决赛中拿到1金，成为首位夺冠的本土选手。', none: ['1金'] },
  { text: '这批援助物资包括上百吨药品和数千顶帐篷。', want: [['上百吨', measure(100, 't', { approx: 'moreThan' })], ['数千顶', { kind: 'count', value: 2000, valueMax: 9000, approx: 'range' }]] },
  { text: '该基金会在前年和去年分别捐款500万和800万元。', want: [['前年', day('2022')], ['去年', day('2023')], ['500万', money(5e6, 'CNY')], ['800万元', money(8e6, 'CNY')]] },
  { text: '他是顶级球员，曾拒绝3亿、5亿美元的报价。', want: [['3亿', money(3e8, 'USD')], ['5亿美元', money(5e8, 'USD')]], none: ['顶级'] },
  { text: '该市人口500万和GDP总量8000亿元均居全省首位。', want: [['500万', measure(5e6, null)], ['8000亿元', money(8e11, 'CNY')]] },
  { text: '今年前4个月，全国查处违纪违法案件逾8.6万件，处分约7万人。', want: [['今年前4个月', day('2024-01/2024-04', { approx: 'range' })], ['逾8.6万件', { kind: 'count', value: 86_000, approx: 'moreThan' }], ['约7万人', count(70_000, 'people', { approx: 'about' })]] },
  { text: '2024年5月13日，记者从卫生部获悉，死亡人数已超过9000人。', want: [['2024年5月13日', day('2024-05-13')], ['超过9000人', count(9000, 'people', { approx: 'moreThan' })]], statement: true },
  { text: '3小时前，一架客机在机场附近坠毁，机上156人全部遇难，记者赶到现场', want: [['156人', count(156, 'people')]] },
  // no claims: datelines, bylines, metadata, links, phone numbers, IDs, headings
  { text: '新华社北京5月14日电（记者 王小明）', none: ['5月14日'], statement: false },
  { text: '中新网5月15日电 据外媒报道，该国总统周二宣布辞职。', want: [['周二', day('2024-05-14')]], none: ['5月15日'], statement: true },
  { text: '责任编辑：张三　审核：李四　稿件编号：202405150123', none: ['2024', '0123'], statement: false },
  { text: '原文链接：https://www.example.com/news/2024/05/15/article-38291.html', none: ['2024', '05/15', '38291'] },
  { text: '咨询电话：010-6552-8899，传真：(021)6278-1234。', none: ['010', '6552', '8899', '021', '6278', '1234'] },
  { text: '发布时间：2024-05-15 08:30　来源：人民网', none: ['2024-05-15', '08:30'] },
  { text: '文章编号：1002-8765(2024)05-0012-03', none: ['1002', '8765', '2024', '0012'] },
  { text: '三、2023年主要经济指标完成情况', want: [['2023年', day('2023')]], none: ['三、'] },
];

const TRADITIONAL: Case[] = [
  {
    text: '中央流行疫情指揮中心今（15）日公布，國內新增本土病例2,134例，另有境外移入14例。',
    want: [['今（15）日', day('2024-05-15')], ['2,134例', count(2134, 'cases')], ['14例', count(14, 'cases')]],
  },
  { text: '行政院長卓榮泰14日表示，政府將投入新台幣100億元協助產業轉型。', want: [['14日', day('2024-05-14')], ['新台幣100億元', money(1e10, 'TWD')]], statement: true },
  {
    text: '衛福部指出，去年國人平均壽命為80.23歲，較前年增加1.39歲。',
    want: [['去年', day('2023')], ['80.23歲', count(80.23, 'years of age')], ['前年', day('2022')], ['1.39歲', count(1.39, 'years of age')]],
    statement: true,
  },
  {
    text: '香港衞生防護中心表示，過去一周錄得逾2,000宗新冠病例，較上周增加近四成。',
    want: [['逾2,000宗', count(2000, 'cases', { approx: 'moreThan' })], ['上周', day('2024-W19')], ['近四成', pct(40, { approx: 'about' })]],
    statement: true,
  },
  {
    text: '根據最新民調，民進黨支持度為32.1%，國民黨為28.7%，兩者差距3.4個百分點。',
    want: [['32.1%', pct(32.1)], ['28.7%', pct(28.7)], ['3.4個百分點', pp(3.4)]],
    statement: true,
  },
  { text: '中選會統計，本次大選投票率為71.86%，較上屆下降2.99個百分點。', want: [['71.86%', pct(71.86)], ['2.99個百分點', pp(2.99)]] },
  { text: '賴清德以558萬6,019票、得票率40.05%當選總統。', want: [['558萬6,019票', count(5_586_019, 'votes')], ['40.05%', pct(40.05)]] },
  { text: '立法院113席中，國民黨取得52席，民進黨51席。', want: [['113席', count(113, 'seats')], ['52席', count(52, 'seats')], ['51席', count(51, 'seats')]] },
  {
    text: '花蓮外海發生規模7.2地震，已造成至少9人罹難、逾千人受傷。',
    want: [['規模7.2', measure(7.2, 'magnitude')], ['至少9人', count(9, 'people', { approx: 'atLeast' })], ['逾千人', count(1000, 'people', { approx: 'moreThan' })]],
  },
  {
    text: '颱風凱米襲台，全台累計停電戶數達84萬戶，農業損失逾新台幣12億元。',
    want: [['84萬戶', count(840_000, 'households')], ['逾新台幣12億元', money(1.2e9, 'TWD', { approx: 'moreThan' })]],
  },
  {
    text: '港府表示，今年首季本港經濟按年實質增長2.7%，全年增長預測維持在2.5%至3.5%。',
    want: [['今年首季', day('2024-01/2024-03', { approx: 'range' })], ['2.7%', pct(2.7)], ['2.5%至3.5%', pct(2.5, { valueMax: 3.5, approx: 'range' })]],
    statement: true,
  },
  {
    text: '財政司司長預計，本財政年度赤字約為1,001億元，財政儲備將降至7,333億元。',
    want: [['約為1,001億元', money(1.001e11, 'HKD', { approx: 'about' })], ['7,333億元', money(7.333e11, 'HKD')]],
  },
  { text: '法院判處被告入獄4年3個月，並罰款港幣50萬元。', want: [['4年3個月', count(51, 'months')], ['港幣50萬元', money(5e5, 'HKD')]] },
  { text: '裁判官批准被告以現金5萬港元保釋，案件押後至7月再訊。', want: [['5萬港元', money(50_000, 'HKD')], ['7月', day('2024-07')]] },
  {
    text: '台積電上月營收為新台幣2,360.21億元，月增2.6%、年增59.6%。',
    want: [['上月', day('2024-04')], ['新台幣2,360.21億元', money(2.36021e11, 'TWD')], ['2.6%', pct(2.6)], ['59.6%', pct(59.6)]],
  },
  { text: '台股今日成交量放大至新台幣5,200億元。', want: [['今日', day('2024-05-15')], ['新台幣5,200億元', money(5.2e11, 'TWD')]] },
  {
    text: '鴻海第一季稅後純益為新台幣220億元，每股純益1.58元。',
    want: [['第一季', day('2024-01/2024-03', { approx: 'range' })], ['新台幣220億元', money(2.2e10, 'TWD')], ['1.58元', money(1.58, 'TWD')]],
  },
  { text: '騰訊控股去年收入6,090億元人民幣，按年增長10%。', want: [['去年', day('2023')], ['6,090億元人民幣', money(6.09e11, 'CNY')], ['10%', pct(10)]] },
  { text: '恒生指數收市跌2.1%，全日成交額1,350億港元。', want: [['2.1%', pct(2.1)], ['1,350億港元', money(1.35e11, 'HKD')]] },
  {
    text: '環境部指出，台灣2022年溫室氣體淨排放量約2.7億公噸二氧化碳當量。',
    want: [['2022年', day('2022')], ['約2.7億公噸', measure(2.7e8, 't', { approx: 'about' })]],
    statement: true,
  },
  {
    text: '台電表示，今年夏季尖峰用電預估將達4,100萬瓩，備轉容量率約8%。',
    want: [['4,100萬瓩', measure(4.1e7, 'kW')], ['約8%', pct(8, { approx: 'about' })]],
    statement: true,
  },
  { text: '香港天文台錄得最高氣溫33.8度，為今年以來最熱的一天。', want: [['33.8度', measure(33.8, '°C')]] },
  {
    text: '國防部指出，共偵獲共機45架次、共艦9艘次在台海周邊活動。',
    want: [['45架次', count(45, 'sorties')], ['9艘次', count(9, 'ship-trips')]],
    statement: true,
  },
  { text: '美國國務院宣布，批准對台軍售案總金額約3億美元。', want: [['約3億美元', money(3e8, 'USD', { approx: 'about' })]] },
  { text: '這款飛彈射程約300公里，可攜帶重達450公斤的彈頭。', want: [['約300公里', measure(300, 'km', { approx: 'about' })], ['450公斤', measure(450, 'kg')]] },
  {
    text: '今年1至4月，入境香港的內地旅客超過1,000萬人次，按年增長逾六成。',
    want: [['今年1至4月', day('2024-01/2024-04', { approx: 'range' })], ['超過1,000萬人次', count(1e7, 'person-times', { approx: 'moreThan' })], ['逾六成', pct(60, { approx: 'moreThan' })]],
  },
  { text: '移民署統計，目前在台外籍移工人數約為75萬人。', want: [['約為75萬人', count(750_000, 'people', { approx: 'about' })]] },
  { text: '行政院會通過明年度中央政府總預算案，歲出規模達新台幣3兆1,325億元。', want: [['新台幣3兆1,325億元', money(3.1325e12, 'TWD')]] },
  { text: '中央銀行理監事會決議，重貼現率由1.875%調升至2%。', want: [['1.875%', pct(1.875)], ['2%', pct(2)]] },
  { text: '主計總處預測今年CPI年增率為2.07%，較上次預測上修0.13個百分點。', want: [['今年', day('2024')], ['2.07%', pct(2.07)], ['0.13個百分點', pp(0.13)]] },
  {
    text: '比特幣價格在24小時內飆升逾10%，一度突破7萬美元大關。',
    want: [['24小時', count(24, 'hours')], ['逾10%', pct(10, { approx: 'moreThan' })], ['7萬美元', money(70_000, 'USD')]],
  },
  { text: '警方表示，該詐騙集團涉嫌騙取逾3,000萬港元虛擬貨幣。', want: [['逾3,000萬港元', money(3e7, 'HKD', { approx: 'moreThan' })]], statement: true },
  {
    text: '據中央社報導，國軍今年將採購400枚魚叉飛彈，總額約新台幣700億元。',
    want: [['今年', day('2024')], ['400枚魚叉飛彈', count(400, 'missiles')], ['約新台幣700億元', money(7e10, 'TWD', { approx: 'about' })]],
    statement: true,
  },
  { text: '這場比賽吸引逾4萬名球迷進場，主隊最終以2比1獲勝。', want: [['逾4萬名球迷', count(40_000, 'fans', { approx: 'moreThan' })]], none: ['2比1'] },
  { text: '台灣去年出生數僅13萬5,571人，創歷史新低。', want: [['去年', day('2023')], ['13萬5,571人', count(135_571, 'people')]] },
  { text: '本港2月至4月的失業率為3%，與上一期持平。', want: [['2月至4月', day('2024-02/2024-04', { approx: 'range' })], ['3%', pct(3)]] },
  { text: '消委會指出，約有三分之一受訪者曾遇過網購糾紛。', want: [['約有三分之一', pct(33.3, { approx: 'about' })]], statement: true },
  {
    text: '據路透社報導，該公司第一季營收年減約兩成，虧損擴大至3.2億美元。',
    want: [['第一季', day('2024-01/2024-03', { approx: 'range' })], ['約兩成', pct(20, { approx: 'about' })], ['3.2億美元', money(3.2e8, 'USD')]],
    statement: true,
  },
  { text: '颱風造成全台14人死亡、580人受傷。', want: [['14人', count(14, 'people')], ['580人', count(580, 'people')]] },
  {
    text: '今年前4個月，台灣出口總值達1,428億美元，年增11%。',
    want: [['今年前4個月', day('2024-01/2024-04', { approx: 'range' })], ['1,428億美元', money(1.428e11, 'USD')], ['11%', pct(11)]],
  },
  { text: '澳門特區政府宣布，向每名永久性居民發放1萬澳門元現金分享。', want: [['1萬澳門元', money(10_000, 'MOP')]] },
  { text: '北韓週二向東部海域發射短程彈道飛彈，飛行距離約400公里。', want: [['週二', day('2024-05-14')], ['約400公里', measure(400, 'km', { approx: 'about' })]] },
  { text: '這宗案件涉及金額逾百億元，為本港史上最大宗的洗錢案。', want: [['逾百億元', money(1e10, 'HKD', { approx: 'moreThan' })]] },
  { text: '被告獲判緩刑3年，須向公庫支付新台幣300萬元。', want: [['3年', count(3, 'years')], ['新台幣300萬元', money(3e6, 'TWD')]] },
  {
    text: '內政部統計，上月底全台人口為2,340萬3,000人，較去年同期減少近2萬人。',
    want: [['上月底', day('2024-04', { approx: 'about' })], ['2,340萬3,000人', count(23_403_000, 'people')], ['近2萬人', count(20_000, 'people', { approx: 'about' })]],
  },
  { text: '香港去年人均本地生產總值約為40萬港元，按年上升約6%。', want: [['去年', day('2023')], ['約為40萬港元', money(400_000, 'HKD', { approx: 'about' })], ['約6%', pct(6, { approx: 'about' })]] },
  { text: '數十名示威者在立法會外聚集，警方拘捕其中12人。', want: [['數十名示威者', count(20, 'protesters', { valueMax: 90, approx: 'range' })], ['12人', count(12, 'people')]] },
  { text: '今年3月，香港整體消費物價按年上升2%，基本通脹率為1%左右。', want: [['今年3月', day('2024-03')], ['2%', pct(2)], ['1%左右', pct(1, { approx: 'about' })]] },
  // Written after the first run.
  { text: '據統計，香港去年約有7萬人移居海外，較前年減少約一成。', want: [['去年', day('2023')], ['約有7萬人', count(70_000, 'people', { approx: 'about' })], ['前年', day('2022')], ['約一成', pct(10, { approx: 'about' })]], statement: true },
  { text: '台灣上半年經濟成長率達5.06%，創近3年同期新高。', want: [['上半年', day('2024-01/2024-06', { approx: 'range' })], ['5.06%', pct(5.06)], ['3年', count(3, 'years')]] },
  { text: '美國上週初領失業救濟金人數為23.1萬人，高於預期的21.5萬人。', want: [['上週', day('2024-W19')], ['23.1萬人', count(231_000, 'people')], ['21.5萬人', count(215_000, 'people')]] },
  { text: '該公司去年純利按年跌三成至約45億港元。', want: [['去年', day('2023')], ['三成', pct(30)], ['約45億港元', money(4.5e9, 'HKD', { approx: 'about' })]] },
  { text: '美國國會預算辦公室預計，今年聯邦赤字將達1.5兆美元。', want: [['今年', day('2024')], ['1.5兆美元', money(1.5e12, 'USD')]], statement: true },
  { text: '天文台預測，明日氣溫介乎27至31度。', want: [['明日', day('2024-05-16')], ['27至31度', measure(27, '°C', { valueMax: 31, approx: 'range' })]], statement: true },
  { text: '約數十名示威者在政府總部外靜坐。', want: [['約數十名示威者', count(20, 'protesters', { valueMax: 90, approx: 'range' })]] },
  { text: '中國隊以38枚金牌、32枚銀牌和18枚銅牌位列第二。', want: [['38枚金牌', count(38, 'medals')], ['32枚銀牌', count(32, 'medals')], ['18枚銅牌', count(18, 'medals')]], none: ['第二'] },
  { text: '該名男子被判入獄18個月，緩刑2年。', want: [['18個月', count(18, 'months')], ['2年', count(2, 'years')]] },
  { text: '本港首季GDP按年增長2.7%，按季增長2.3%。', want: [['首季', day('2024-01/2024-03', { approx: 'range' })], ['2.7%', pct(2.7)], ['2.3%', pct(2.3)]] },
  { text: '她在首季比賽中表現出色，共取得3勝。', none: ['首季'] },
  // no claims
  { text: '（中央社記者陳家倫台北15日電）', none: ['15日'], statement: false },
  { text: '聯絡電話：(02)2345-6789 分機 123', none: ['02', '2345', '6789', '123'] },
  { text: '更新時間：2024/05/15 14:30', none: ['2024/05/15', '14:30'] },
];

const ENGLISH: Case[] = [
  // health and epidemics
  {
    text: 'The World Health Organization said 1.3 million people died of tuberculosis last year, down 3% from the year before.',
    want: [['1.3 million people', count(1.3e6, 'people')], ['last year', day('2023')], ['3%', pct(3)]],
    statement: true,
  },
  { text: 'Nearly half of adults in the country are now classed as overweight, according to a government survey.', want: [['Nearly half', pct(50, { approx: 'about' })]], statement: true },
  {
    text: 'Measles cases in Europe rose 45-fold to more than 42,000 last year.',
    want: [['45-fold', count(45, 'fold')], ['more than 42,000', measure(42_000, null, { approx: 'moreThan' })], ['last year', day('2023')]],
  },
  { text: 'The vaccine was 91.3% effective in a trial of about 43,000 volunteers.', want: [['91.3%', pct(91.3)], ['about 43,000 volunteers', count(43_000, 'volunteers', { approx: 'about' })]] },
  { text: 'Flu admissions rose by a quarter last week, the highest level since 2017.', want: [['a quarter', pct(25)], ['last week', day('2024-W19')], ['2017', day('2017')]] },
  { text: 'Dozens of children have died from malnutrition in the north of the territory, the health ministry said.', want: [['Dozens of children', count(20, 'children', { valueMax: 90, approx: 'range' })]], statement: true },
  { text: 'The drug cut the risk of death by a third, researchers told a conference in Chicago on Sunday.', want: [['a third', pct(33.3)], ['Sunday', day('2024-05-12')]], statement: true },
  { text: 'Around 4,000 new HIV infections are recorded every day worldwide, the agency said.', want: [['Around 4,000 new HIV infections', { kind: 'count', value: 4000, approx: 'about', per: 'day' }]], statement: true },
  // elections and polls
  { text: "Labour's lead widened, according to a YouGov poll published on Tuesday.", want: [['Tuesday', day('2024-05-14')]], statement: true },
  { text: 'Turnout was 66.2%, up 3.2 percentage points from the last general election.', want: [['66.2%', pct(66.2)], ['3.2 percentage points', pp(3.2)]] },
  { text: 'The ruling party won 240 of the 543 seats, short of a majority.', want: [['543 seats', count(543, 'seats')]] },
  {
    text: 'About 642 million voters cast ballots over six weeks, the election commission said.',
    want: [['About 642 million voters', count(6.42e8, 'voters', { approx: 'about' })], ['six weeks', count(6, 'weeks')]],
    statement: true,
  },
  {
    text: "The incumbent won 50.4% of the vote to his rival's 47.7%, a margin of fewer than 30,000 votes.",
    want: [['50.4%', pct(50.4)], ['47.7%', pct(47.7)], ['fewer than 30,000 votes', count(30_000, 'votes', { approx: 'lessThan' })]],
  },
  { text: 'A third of registered voters say they have not yet decided, the poll found.', want: [['A third', pct(33.3)]], statement: true },
  { text: 'Support for the president fell to 38% in May, from 44% in January.', want: [['38%', pct(38)], ['May', day('2024-05')], ['44%', pct(44)], ['January', day('2024-01')]] },
  // disasters and casualties
  {
    text: 'The 7.4-magnitude earthquake killed at least 18 people and injured more than 1,100, officials said.',
    want: [['7.4-magnitude', measure(7.4, 'magnitude')], ['at least 18 people', count(18, 'people', { approx: 'atLeast' })], ['more than 1,100', { value: 1100, approx: 'moreThan' }]],
    statement: true,
  },
  {
    text: 'Floods have displaced tens of thousands of people and destroyed hundreds of homes since late April.',
    want: [
      ['tens of thousands of people', count(20_000, 'people', { valueMax: 90_000, approx: 'range' })],
      ['hundreds of homes', count(200, 'homes', { valueMax: 900, approx: 'range' })],
      ['late April', day('2024-04', { approx: 'about' })],
    ],
  },
  {
    text: 'The wildfire has burned through more than 12,000 hectares and forced some 30,000 residents to flee.',
    want: [['more than 12,000 hectares', measure(12_000, 'ha', { approx: 'moreThan' })], ['some 30,000 residents', count(30_000, 'residents', { approx: 'about' })]],
  },
  { text: 'Damage from the hurricane is estimated at $50bn, making it the costliest storm since 2017.', want: [['$50bn', money(5e10, 'USD')], ['2017', day('2017')]] },
  { text: 'Rescuers pulled 21 survivors from the rubble on Monday.', want: [['21 survivors', count(21, 'survivors')], ['Monday', day('2024-05-13')]] },
  { text: 'Temperatures hit 49.9C in Jacobabad, one of the hottest places on Earth.', want: [['49.9C', measure(49.9, '°C')]] },
  { text: 'The storm dumped 250-300mm of rain in 24 hours.', want: [['250-300mm', measure(250, 'mm', { valueMax: 300, approx: 'range' })], ['24 hours', count(24, 'hours')]] },
  { text: 'Flight MH370 disappeared with 239 people on board.', want: [['239 people', count(239, 'people')]], none: ['MH370', '370'] },
  // sports results
  { text: 'Manchester City beat West Ham 3-1 on Sunday to win a fourth consecutive Premier League title.', want: [['Sunday', day('2024-05-12')]], none: ['3-1', 'fourth'] },
  { text: 'The club paid a world-record £105m fee for the midfielder, on a contract running until June 2029.', want: [['£105m', money(1.05e8, 'GBP')], ['June 2029', day('2029-06')]] },
  { text: 'He shot 49.1% from the field this season.', want: [['49.1%', pct(49.1)]] },
  {
    text: 'More than 80,000 fans packed the stadium for the final, generating about $120m in ticket sales.',
    want: [['More than 80,000 fans', count(80_000, 'fans', { approx: 'moreThan' })], ['about $120m', money(1.2e8, 'USD', { approx: 'about' })]],
  },
  { text: 'The 38-year-old announced his retirement after 18 seasons.', want: [['38-year-old', count(38, 'years of age')]] },
  { text: 'The Olympic torch relay will cover 12,000km over 68 days.', want: [['12,000km', measure(12_000, 'km')], ['68 days', count(68, 'days')]] },
  // courts
  {
    text: 'A federal judge sentenced the former executive to 25 years in prison and ordered him to forfeit $11bn.',
    want: [['25 years', count(25, 'years')], ['$11bn', money(1.1e10, 'USD')]],
  },
  { text: 'He was released on HK$50,000 bail and ordered to surrender his travel documents.', want: [['HK$50,000', money(50_000, 'HKD')]] },
  { text: 'The company was fined €1.2bn by the EU data regulator, the largest penalty under the GDPR.', want: [['€1.2bn', money(1.2e9, 'EUR')]] },
  { text: 'The jury deliberated for nine hours before returning its verdict.', want: [['nine hours', count(9, 'hours')]] },
  { text: 'The court ordered the network to pay $787.5m to settle the defamation lawsuit.', want: [['$787.5m', money(7.875e8, 'USD')]] },
  { text: 'Prosecutors are seeking a sentence of 40 to 50 years, according to court filings.', want: [['40 to 50 years', count(40, 'years', { valueMax: 50, approx: 'range' })]], statement: true },
  { text: 'Bail was set at $500,000, and the next hearing is scheduled for July 8.', want: [['$500,000', money(500_000, 'USD')], ['July 8', day('2024-07-08')]] },
  { text: 'The regulator fined the bank £3bn, the biggest penalty in its history.', want: [['£3bn', money(3e9, 'GBP')]] },
  // corporate earnings
  { text: "Nvidia's revenue more than tripled to $26bn in the quarter ended April 28.", want: [['$26bn', money(2.6e10, 'USD')], ['April 28', day('2024-04-28')]] },
  {
    text: 'Net profit fell 12% to RMB 45.7 billion, while gross margin narrowed by 1.8 percentage points.',
    want: [['12%', pct(12)], ['RMB 45.7 billion', money(4.57e10, 'CNY')], ['1.8 percentage points', pp(1.8)]],
  },
  {
    text: 'Shares in the company jumped 9.3% in early trading, adding about $20bn to its market value.',
    want: [['9.3%', pct(9.3)], ['about $20bn', money(2e10, 'USD', { approx: 'about' })]],
  },
  {
    text: "Apple's share of the Chinese smartphone market slipped to 15.7% in the first quarter from 19.7% a year earlier.",
    want: [['15.7%', pct(15.7)], ['the first quarter', day('2024-01/2024-03', { approx: 'range' })], ['19.7%', pct(19.7)]],
  },
  { text: 'The bank will cut about 3,500 jobs, or roughly 8% of its workforce.', want: [['about 3,500 jobs', { kind: 'count', value: 3500, approx: 'about' }], ['roughly 8%', pct(8, { approx: 'about' })]] },
  { text: 'Tencent reported revenue of 159.5 billion yuan, up 6% year on year.', want: [['159.5 billion yuan', money(1.595e11, 'CNY')], ['6%', pct(6)]] },
  { text: 'The carmaker delivered 386,810 vehicles in the first quarter, down 8.5% year on year.', want: [['386,810 vehicles', count(386_810, 'vehicles')], ['8.5%', pct(8.5)]] },
  { text: 'Saudi Aramco reported net income of $27.3bn for the quarter, down 14.4% from a year earlier.', want: [['$27.3bn', money(2.73e10, 'USD')], ['14.4%', pct(14.4)]] },
  { text: "The chipmaker's market value topped $2.2tn on Friday.", want: [['$2.2tn', money(2.2e12, 'USD')], ['Friday', day('2024-05-10')]] },
  { text: 'The retailer said it would open 50 new stores this year, creating about 1,000 jobs.', want: [['50 new stores', count(50, 'stores')], ['this year', day('2024')]], statement: true },
  // climate and energy
  { text: 'Global carbon dioxide emissions from fossil fuels hit a record 37.4bn tonnes last year.', want: [['37.4bn tonnes', measure(3.74e10, 't')], ['last year', day('2023')]] },
  { text: 'China added 217 GW of solar capacity in 2023, more than the rest of the world combined.', want: [['217 GW', measure(217, 'GW')], ['2023', day('2023')]] },
  { text: 'April was the 11th month in a row to be 1.5C warmer than pre-industrial levels.', want: [['April', day('2024-04')], ['1.5C', measure(1.5, '°C')]], none: ['11th'] },
  {
    text: 'The offshore wind farm will have a capacity of 1.4 gigawatts, enough to power about 1.2 million homes.',
    want: [['1.4 gigawatts', measure(1.4, 'GW')], ['about 1.2 million homes', count(1.2e6, 'homes', { approx: 'about' })]],
  },
  { text: 'Oil prices fell 3% to $82.50 a barrel on Thursday.', want: [['3%', pct(3)], ['$82.50', money(82.5, 'USD')], ['Thursday', day('2024-05-09')]] },
  { text: 'The country aims to cut emissions by 55% from 1990 levels by 2030.', want: [['55%', pct(55)], ['1990', day('1990')], ['2030', day('2030')]] },
  {
    text: 'Arctic sea ice covered 4.2 million square kilometres in September, about a third below the 1981-2010 average.',
    want: [['4.2 million square kilometres', measure(4.2e6, 'km2')], ['September', day('2023-09')], ['about a third', pct(33.3, { approx: 'about' })], ['1981-2010', day('1981/2010', { approx: 'range' })]],
  },
  // military
  { text: 'Russia has massed about 100,000 troops near the border, according to Western intelligence estimates.', want: [['about 100,000 troops', count(100_000, 'soldiers', { approx: 'about' })]], statement: true },
  { text: 'The Hwasong-18 missile has an estimated range of more than 15,000km.', want: [['more than 15,000km', measure(15_000, 'km', { approx: 'moreThan' })]], none: ['Hwasong-18'] },
  { text: 'The Pentagon announced a $2.3bn arms package, including 155mm artillery shells.', want: [['$2.3bn', money(2.3e9, 'USD')], ['155mm', measure(155, 'mm')]] },
  { text: 'The US has about 28,500 troops stationed in South Korea.', want: [['about 28,500 troops', count(28_500, 'soldiers', { approx: 'about' })]] },
  { text: 'Defence spending will rise to 2.5% of GDP by 2030, the prime minister said.', want: [['2.5%', pct(2.5)], ['2030', day('2030')]], statement: true },
  { text: 'Ukraine said it had destroyed 12 Russian tanks and 30 armoured vehicles in the past day.', want: [['12 Russian tanks', count(12, 'tanks')], ['30 armoured vehicles', count(30, 'vehicles')]], statement: true },
  // migration
  { text: 'Some 1.5 million migrants crossed into Europe in 2015, at the height of the crisis.', want: [['Some 1.5 million migrants', count(1.5e6, 'migrants', { approx: 'about' })], ['2015', day('2015')]] },
  {
    text: 'Border agents recorded 179,725 encounters at the southwest border last month, down 6% from March.',
    want: [['179,725 encounters', { value: 179_725 }], ['last month', day('2024-04')], ['6%', pct(6)], ['March', day('2024-03')]],
  },
  {
    text: 'More than 2,500 people died or went missing while crossing the Mediterranean last year, the UN refugee agency said.',
    want: [['More than 2,500 people', count(2500, 'people', { approx: 'moreThan' })], ['last year', day('2023')]],
    statement: true,
  },
  { text: 'Net migration to the UK hit a record 745,000 in 2022.', want: [['745,000', measure(745_000, null)], ['2022', day('2022')]] },
  { text: 'Around 4,000 people a day are crossing the border, the agency said.', want: [['Around 4,000 people a day', count(4000, 'people', { approx: 'about', per: 'day' })]], statement: true },
  // budgets and debt
  { text: 'The federal deficit is projected to reach $1.9tn in the current fiscal year.', want: [['$1.9tn', money(1.9e12, 'USD')]] },
  { text: 'US national debt surpassed $34tn for the first time in January.', want: [['$34tn', money(3.4e13, 'USD')], ['January', day('2024-01')]], none: ['first'] },
  { text: "Japan's government debt stands at about 260% of GDP, the highest among developed economies.", want: [['about 260%', pct(260, { approx: 'about' })]] },
  { text: 'The chancellor announced £3bn in extra funding for the NHS.', want: [['£3bn', money(3e9, 'GBP')]] },
  { text: 'The budget allocates NT$3.13tn for central government spending, up 7.5% from last year.', want: [['NT$3.13tn', money(3.13e12, 'TWD')], ['7.5%', pct(7.5)], ['last year', day('2023')]] },
  { text: "Hong Kong's financial secretary forecast a deficit of HK$48.1bn for the coming year.", want: [['HK$48.1bn', money(4.81e10, 'HKD')]] },
  { text: 'The EU approved a €500m package to boost ammunition production.', want: [['€500m', money(5e8, 'EUR')]] },
  // inflation and interest rates
  { text: 'The Federal Reserve has raised rates by 525 basis points since March 2022.', want: [['525 basis points', bp(525)], ['March 2022', day('2022-03')]] },
  { text: 'The Bank of England held its benchmark rate at 5.25% for a sixth consecutive meeting.', want: [['5.25%', pct(5.25)]], none: ['sixth'] },
  { text: 'Annual inflation in the eurozone was 2.4% in April, unchanged from March.', want: [['2.4%', pct(2.4)], ['April', day('2024-04')], ['March', day('2024-03')]] },
  { text: "Turkey's central bank raised its key rate by 500 basis points to 50% in March.", want: [['500 basis points', bp(500)], ['50%', pct(50)], ['March', day('2024-03')]] },
  { text: 'Consumer prices rose 0.3% in April from the previous month and 3.4% from a year earlier.', want: [['0.3%', pct(0.3)], ['April', day('2024-04')], ['3.4%', pct(3.4)]] },
  { text: 'Mortgage rates have fallen roughly half a percentage point since late October.', want: [['roughly half a percentage point', { kind: 'percent', value: 0.5, unit: 'percentage points', approx: 'about' }], ['late October', day('2023-10', { approx: 'about' })]] },
  { text: 'The central bank cut the reserve requirement ratio by 50bps.', want: [['50bps', bp(50)]] },
  { text: 'Ten-year Treasury yields rose 12 basis points to 4.6% last week.', want: [['12 basis points', bp(12)], ['4.6%', pct(4.6)], ['last week', day('2024-W19')]] },
  // crypto
  {
    text: 'Bitcoin fell below $60,000 on Tuesday, down nearly 20% from its record high of $73,798 in March.',
    want: [['below $60,000', money(60_000, 'USD', { approx: 'lessThan' })], ['Tuesday', day('2024-05-14')], ['nearly 20%', pct(20, { approx: 'about' })], ['$73,798', money(73_798, 'USD')], ['March', day('2024-03')]],
  },
  { text: 'Hackers stole about $305m worth of bitcoin from the Japanese exchange.', want: [['about $305m', money(3.05e8, 'USD', { approx: 'about' })]] },
  { text: 'Spot bitcoin ETFs have drawn more than $12bn in net inflows since they launched in January.', want: [['more than $12bn', money(1.2e10, 'USD', { approx: 'moreThan' })], ['January', day('2024-01')]] },
  { text: 'Ether has gained 65% this year, while the total crypto market is worth about $2.4tn.', want: [['65%', pct(65)], ['this year', day('2024')], ['about $2.4tn', money(2.4e12, 'USD', { approx: 'about' })]] },
  // hard forms
  { text: 'Unemployment among those aged 16 to 24 rose to 14.5%.', want: [['16 to 24', count(16, 'years of age', { valueMax: 24, approx: 'range' })], ['14.5%', pct(14.5)]] },
  { text: 'Income per capita rose to €38,500 last year.', want: [['€38,500', money(38_500, 'EUR')], ['last year', day('2023')]] },
  { text: 'Prices of some vegetables have doubled in the past month, traders told Reuters.', want: [['doubled', count(2, 'fold')]], statement: true },
  { text: 'The company sold RMB 120m of bonds, while its Hong Kong unit raised HK$2.5bn.', want: [['RMB 120m', money(1.2e8, 'CNY')], ['HK$2.5bn', money(2.5e9, 'HKD')]] },
  { text: 'Exports rose 1.5% to 2.1 trillion yuan in the first four months of the year.', want: [['1.5%', pct(1.5)], ['2.1 trillion yuan', money(2.1e12, 'CNY')]] },
  { text: 'Rents in the capital are up 3.2 percentage points faster than wages.', want: [['3.2 percentage points', pp(3.2)]] },
  { text: 'Output fell by almost a fifth in the three months to March.', want: [['almost a fifth', pct(20, { approx: 'about' })]] },
  // Written after the first run.
  { text: 'Brent crude rose 0.8% to $83.40 a barrel, while WTI added 1.1%.', want: [['0.8%', pct(0.8)], ['$83.40', money(83.4, 'USD')], ['1.1%', pct(1.1)]], statement: false },
  { text: 'The economy added about 175,000 jobs in April.', want: [['about 175,000 jobs', { kind: 'count', value: 175_000, approx: 'about' }], ['April', day('2024-04')]], statement: false },
  { text: '"We are ready," he added.', statement: true },
  { text: 'Yields on 10-year Treasuries rose 15bp to 4.45%.', want: [['15bp', bp(15)], ['4.45%', pct(4.45)]], none: ['10-year'] },
  { text: 'The Fed delivered a quarter-point cut in March, after a quarter of a percentage point in January.', want: [['a quarter-point', { kind: 'percent', value: 0.25, unit: 'percentage points' }], ['March', day('2024-03')], ['a quarter of a percentage point', { kind: 'percent', value: 0.25, unit: 'percentage points' }], ['January', day('2024-01')]] },
  { text: 'Prices were two-thirds higher than a year earlier.', want: [['two-thirds', pct(66.7)]] },
  { text: 'He finished third, higher up the table than expected.', none: ['third'] },
  { text: 'About 1,200 migrants cross the border each week.', want: [['About 1,200 migrants', count(1200, 'migrants', { approx: 'about', per: 'week' })]] },
  { text: 'The attack happened on 7/10/2023 at 6:30 a.m.', want: [['7/10/2023', day('2023-07-10')]] },
  { text: 'NEW YORK, May 14 (Reuters) - U.S. producer prices rose 0.5% in April.', want: [['0.5%', pct(0.5)], ['April', day('2024-04')]], none: ['May 14'] },
  { text: 'The Kremlin said 10,000 to 15,000 soldiers had been mobilised.', want: [['10,000 to 15,000 soldiers', count(10_000, 'soldiers', { valueMax: 15_000, approx: 'range' })]], statement: true },
  { text: "China's defence budget will rise 7.2% to 1.67 trillion yuan ($231bn) this year.", want: [['7.2%', pct(7.2)], ['1.67 trillion yuan', money(1.67e12, 'CNY')], ['this year', day('2024')]], none: ['$231bn'] },
  { text: 'A Hong Kong court granted him bail of HK$1 million with a surety of HK$500,000.', want: [['HK$1 million', money(1e6, 'HKD')], ['HK$500,000', money(5e5, 'HKD')]] },
  { text: 'China won 40 golds, 27 silvers and 24 bronzes.', want: [['40 golds', count(40, 'medals')], ['27 silvers', count(27, 'medals')], ['24 bronzes', count(24, 'medals')]] },
  { text: 'The former president was fined $355m plus interest in the civil fraud case.', want: [['$355m', money(3.55e8, 'USD', { approx: null })]] },
  { text: 'She faces up to 10 years in jail and a fine of up to HK$1m if convicted.', want: [['up to 10 years', count(10, 'years', { approx: 'atMost' })], ['up to HK$1m', money(1e6, 'HKD', { approx: 'atMost' })]] },
  { text: 'Covid-19 has killed more than 7 million people worldwide since early 2020, WHO data show.', want: [['more than 7 million people', count(7e6, 'people', { approx: 'moreThan' })], ['early 2020', day('2020-01', { approx: 'about' })]], none: ['19'], statement: true },
  { text: 'The plant will emit 1.2m tonnes of CO2 a year.', want: [['1.2m tonnes of CO2 a year', measure(1.2e6, 't', { per: 'year' })]] },
  { text: 'Temperatures could reach 45C (113F) in parts of the country this week.', want: [['45C', measure(45, '°C')], ['this week', day('2024-W20')]], none: ['113F'] },
  { text: 'More than 6.4 million Ukrainian refugees are living abroad, according to UNHCR.', want: [['More than 6.4 million Ukrainian refugees', count(6.4e6, 'refugees', { approx: 'moreThan' })]], statement: true },
  { text: 'By the end of the conference, countries had pledged about $700 million to it.', want: [['about $700 million', money(7e8, 'USD', { approx: 'about' })]] },
  { text: 'May 13, 2024 - Israel said 9,000 people had died, according to Reuters. The toll is rising.', want: [['May 13, 2024', day('2024-05-13')], ['9,000 people', count(9000, 'people')]], statement: true },
  { text: 'Labour holds a 20-percentage-point lead over the Conservatives.', want: [['20-percentage-point', pp(20)]] },
  { text: 'The ECB cut rates by 25bp to 3.75%, the first cut since 2019.', want: [['25bp', bp(25)], ['3.75%', pct(3.75)], ['2019', day('2019')]], none: ['first'] },
  { text: 'The 3,000 troops patrol the border every day.', want: [['3,000 troops', count(3000, 'soldiers', { per: null })]] },
  { text: 'About 1.3 million people die each year on the roads.', want: [['About 1.3 million people', count(1.3e6, 'people', { approx: 'about', per: 'year' })]] },
  // no claims
  { text: 'LONDON, May 14 (Reuters) - British inflation fell to 2.3% in April, official data showed.', want: [['2.3%', pct(2.3)], ['April', day('2024-04')]], none: ['May 14'], statement: true },
  { text: 'Reporting by Jane Smith; Editing by Tom Brown', statement: false },
  { text: 'Call 1-800-273-8255 or text 741741 for help.', none: ['1-800', '273', '8255', '741741'] },
  { text: 'Read more at https://www.reuters.com/world/2024/05/14/some-story-2024-05-14/', none: ['2024', '05/14', '14/'] },
  { text: 'Story ID: 20240514-0087 | Updated 14 May 2024, 08:30 GMT', none: ['20240514', '0087', '14 May 2024', '08:30'] },
  { text: '`5/14/2024 8:30 AM UTC 宝尹` [轉載自GNews](https://gnews.org/articles/1916252)', none: ['5/14/2024', '8:30', '1916252'] },
  { text: 'Chapter 3: What the figures show', none: ['Chapter 3'] },
  { text: 'ISBN 978-3-16-148410-0', none: ['978', '148410'] },
];

describeTables('claim suggestions on a fifth table of unseen news sentences', { simplified: SIMPLIFIED, traditional: TRADITIONAL, english: ENGLISH });

/**
 * Lines of an article that hold no claim at all: datelines, bylines, credits, metadata and update lines, links, phone
 * numbers, IDs, headings. Nothing is suggested on them, neither a figure nor a statement.
 */
const NOTHING: string[] = [
  '新华社北京5月14日电（记者 王小明）',
  '新华社华盛顿5月13日电',
  '本报北京5月14日讯（记者 陈晨 通讯员 刘洋）',
  '记者 王小明 李华 北京报道',
  '（中央社記者陳家倫台北15日電）',
  '【明報專訊】',
  '责任编辑：张三　审核：李四　稿件编号：202405150123',
  '原文链接：https://www.example.com/news/2024/05/15/article-38291.html',
  '咨询电话：010-6552-8899，传真：(021)6278-1234。',
  '发布时间：2024-05-15 08:30　来源：人民网',
  '发布时间：2024年05月15日 08:30',
  '来源：新华网　2024-05-15 09:12:33',
  '文章编号：1002-8765(2024)05-0012-03',
  '更新時間：2024/05/15 14:30',
  '發佈時間：2024年5月15日 上午10:05',
  '聯絡電話：(02)2345-6789 分機 123',
  '图：新华社记者 李贺 摄',
  'Reporting by Jane Smith; Editing by Tom Brown',
  'By Jane Smith in Hong Kong and Wei Zhang in Beijing',
  'Call 1-800-273-8255 or text 741741 for help.',
  'Tel: +852 2123 4567',
  'Read more at https://www.reuters.com/world/2024/05/14/some-story-2024-05-14/',
  'Story ID: 20240514-0087 | Updated 14 May 2024, 08:30 GMT',
  'Updated: May 14, 2024 at 8:30 p.m. EDT',
  'Published 14/05/2024 09:12 BST',
  'LONDON, May 14 (Reuters) -',
  '`5/14/2024 8:30 AM UTC 宝尹` [轉載自GNews](https://gnews.org/articles/1916252)',
  '`11/3/2023 6:22 AM UTC 宝尹` [转载自GNews](https://gnews.org/articles/1916252)',
  'Chapter 3: What the figures show',
  'ISBN 978-3-16-148410-0',
  'Photo: Reuters/Kim Hong-Ji',
  // Written after the first run.
  '2024-05-15 08:30:12 来源：央视新闻',
  'By Reuters Staff | Published May 14, 2024 8:30am EDT',
  'Posted: 14 May 2024',
  '【新华社北京5月14日电】',
  // Metadata lines in the forms the importer may leave in the text.
  '`2024年5月14日 下午3:05 李明` [轉載自GNews](https://gnews.org/articles/2100001)',
  '2024年5月14日星期二 上午8:12 · 記者王大明／台北報導 · 來源：[中央社](https://www.cna.com.tw/news/1)',
  '2024年5月14日 下午4:30 HKT　撰文：陳美玲　轉載自 [明報](https://news.mingpao.com/ins/2024/05/14/a)',
  'By Jane Doe and Wei Zhang | May 14, 2024 6:22 PM EDT | Source: [Reuters](https://www.reuters.com/world/x)',
  '> **2024年5月14日（星期二）晚上9点05分** 作者：王五 轉載自 https://gnews.org/articles/500002 · 阅读 3.4万',
  '2小时前 · 匿名 · [来源：微博](https://weibo.com/456)',
  '`2024/05/14 08:00 周二` [原文：](https://example.org/a)',
  '*Posted by Jane Doe on May 14, 2024 at 6:22 p.m. EDT* · 4 min read · Source: https://www.example.com/news/a',
  '`May 14, 2024 Reuters` [轉載自GNews](https://gnews.org/articles/2100002)',
  '发布于 2024/5/14 作者：李四 来源：[微博](https://weibo.com/x)',
];

describe('no suggestion on lines that hold no claim', () => {
  it.each(NOTHING)('%s', (text) => {
    expect(suggestClaims(text, { published: PUBLISHED }).map((q) => [q.kind, q.text])).toEqual([]);
  });
});
