/**
 * The words around a number that say what it measures: currencies, Chinese classifiers, counted nouns in both
 * languages, approximation and rate words. Kept as data in one place so a missing word is a one-line fix, and so
 * Chinese and English map to the SAME canonical units (人质 and hostages both become `hostages`).
 */
import type { Approx, Period } from '../model/quantity';

/** Currency words written after the amount in Chinese (3000 万美元, 1.5 亿元), longest first. */
export const ZH_CURRENCY_SUFFIX: Record<string, string> = {
  元人民币: 'CNY', 元新台币: 'TWD', 元台币: 'TWD', 元港币: 'HKD', 元澳门币: 'MOP', 人民币: 'CNY', 人民幣: 'CNY', 美元: 'USD', 美金: 'USD', 欧元: 'EUR', 歐元: 'EUR', 英镑: 'GBP',
  英鎊: 'GBP', 日元: 'JPY', 日圆: 'JPY', 日圓: 'JPY', 港元: 'HKD', 港币: 'HKD', 港幣: 'HKD', 卢布: 'RUB', 盧布: 'RUB',
  韩元: 'KRW', 韓元: 'KRW', 澳元: 'AUD', 加元: 'CAD', 瑞士法郎: 'CHF', 瑞郎: 'CHF', 新台币: 'TWD', 新台幣: 'TWD',
  台币: 'TWD', 新加坡元: 'SGD', 新元: 'SGD', 卢比: 'INR', 新谢克尔: 'ILS', 谢克尔: 'ILS', 卡塔尔里亚尔: 'QAR',
  沙特里亚尔: 'SAR', 伊朗里亚尔: 'IRR', 迪拉姆: 'AED', 土耳其里拉: 'TRY', 里拉: 'TRY', 格里夫纳: 'UAH', 兰特: 'ZAR',
  雷亚尔: 'BRL', 澳门元: 'MOP', 澳门币: 'MOP', 葡币: 'MOP', 新西兰元: 'NZD', 纽元: 'NZD', 泰铢: 'THB', 越南盾: 'VND',
  印尼盾: 'IDR', 令吉: 'MYR', 马币: 'MYR', 菲律宾比索: 'PHP', 墨西哥比索: 'MXN', 阿根廷比索: 'ARS', 埃及镑: 'EGP',
  黎巴嫩镑: 'LBP', 约旦第纳尔: 'JOD', 挪威克朗: 'NOK', 瑞典克朗: 'SEK', 丹麦克朗: 'DKK', 兹罗提: 'PLN', 元: 'CNY',
};

/** Currency words written before the amount in Chinese (人民币 3000 万元). */
export const ZH_CURRENCY_PREFIX: Record<string, string> = {
  人民币: 'CNY', 人民幣: 'CNY', 美元: 'USD', 美金: 'USD', 港币: 'HKD', 港幣: 'HKD', 港元: 'HKD', 新台币: 'TWD', 新台幣: 'TWD',
  台币: 'TWD', 台幣: 'TWD', 欧元: 'EUR', 歐元: 'EUR', 日元: 'JPY', 日圆: 'JPY', 日圓: 'JPY', 澳门币: 'MOP', 澳门元: 'MOP',
};

/** Symbols and codes written before the amount ($30 million, US$1.2 billion, USD 5m). */
export const CURRENCY_PREFIX: Record<string, string> = {
  US$: 'USD', 'US $': 'USD', HK$: 'HKD', NT$: 'TWD', MOP$: 'MOP', A$: 'AUD', AU$: 'AUD', C$: 'CAD', CA$: 'CAD', NZ$: 'NZD', S$: 'SGD',
  R$: 'BRL', Rs: 'INR', 'Rs.': 'INR', SR: 'SAR', $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR', '₪': 'ILS', '₽': 'RUB', '₩': 'KRW', USD: 'USD',
  EUR: 'EUR', GBP: 'GBP', CNY: 'CNY', RMB: 'CNY', JPY: 'JPY', HKD: 'HKD', RUB: 'RUB', AUD: 'AUD', CAD: 'CAD',
  CHF: 'CHF', INR: 'INR', ILS: 'ILS', KRW: 'KRW', QAR: 'QAR', SAR: 'SAR', AED: 'AED', TWD: 'TWD', SGD: 'SGD',
};

/** Currency words written after the amount in English (30 million dollars, 5bn euros), longest first. */
export const EN_CURRENCY_SUFFIX: Record<string, string> = {
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'hong kong dollars': 'HKD', 'canadian dollars': 'CAD',
  'australian dollars': 'AUD', 'pounds sterling': 'GBP', dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR',
  yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', rubles: 'RUB', roubles: 'RUB', rupees: 'INR', shekels: 'ILS',
  won: 'KRW', 'korean won': 'KRW', 'swiss francs': 'CHF', lira: 'TRY', hryvnias: 'UAH', 'new taiwan dollars': 'TWD',
  'taiwan dollars': 'TWD', patacas: 'MOP', baht: 'THB', ringgit: 'MYR', rupiah: 'IDR', 'vietnamese dong': 'VND', 'egyptian pounds': 'EGP',
  'new zealand dollars': 'NZD', 'singapore dollars': 'SGD', 'saudi riyals': 'SAR', 'qatari riyals': 'QAR', 'uae dirhams': 'AED', rand: 'ZAR', reais: 'BRL',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', cny: 'CNY', rmb: 'CNY', jpy: 'JPY', hkd: 'HKD',
};

/** How a Chinese classifier is used: what it counts when no noun follows, and whether it counts people. */
export interface Classifier {
  unit: string | null;
  person: boolean;
  /** A measurement (km, tonnes) rather than a count of things: reported as kind `number` with this unit. */
  measure?: boolean;
  /** A next character that makes the classifier the start of another word (2单元 is a flat, 5台湾 no machines). */
  notBefore?: RegExp;
}

/** Chinese classifiers and measure words after a number, longest first when used as an alternation. */
export const ZH_CLASSIFIERS: Record<string, Classifier> = {
  名: { unit: 'people', person: true }, 位: { unit: 'people', person: true }, 人: { unit: 'people', person: true },
  个月: { unit: 'months', person: false }, 個月: { unit: 'months', person: false },
  个小时: { unit: 'hours', person: false }, 小时: { unit: 'hours', person: false }, 分钟: { unit: 'minutes', person: false },
  个星期: { unit: 'weeks', person: false }, 星期: { unit: 'weeks', person: false }, 周年: { unit: 'years', person: false },
  周: { unit: 'weeks', person: false }, 天: { unit: 'days', person: false }, 年: { unit: 'years', person: false },
  岁: { unit: 'years of age', person: false }, 歲: { unit: 'years of age', person: false },
  // 60 周岁: full years of age (not weeks).
  周岁: { unit: 'years of age', person: false }, 週歲: { unit: 'years of age', person: false },
  个: { unit: null, person: false }, 個: { unit: null, person: false }, 架: { unit: 'aircraft', person: false },
  辆: { unit: 'vehicles', person: false }, 輛: { unit: 'vehicles', person: false }, 枚: { unit: null, person: false },
  座: { unit: null, person: false }, 家: { unit: null, person: false }, 次: { unit: 'times', person: false },
  艘: { unit: 'ships', person: false }, 所: { unit: null, person: false }, 起: { unit: 'incidents', person: false },
  户: { unit: 'households', person: false }, 条: { unit: null, person: false }, 只: { unit: null, person: false },
  头: { unit: null, person: false }, 件: { unit: null, person: false }, 栋: { unit: 'buildings', person: false },
  处: { unit: null, person: false }, 支: { unit: null, person: false }, 项: { unit: null, person: false },
  场: { unit: null, person: false }, 份: { unit: null, person: false }, 批: { unit: null, person: false },
  剂次: { unit: 'doses', person: false }, 劑次: { unit: 'doses', person: false }, 剂: { unit: 'doses', person: false },
  // 3.5 万辆次货车, 1200 艘次: trips counted as 人次 counts visits.
  辆次: { unit: 'vehicle-trips', person: false }, 輛次: { unit: 'vehicle-trips', person: false },
  艘次: { unit: 'ship-trips', person: false },
  // 加开旅客列车 1200 列: trains; not 列入, 列为, 列车 (a noun after the number), 列表, 列举, 列出.
  列: { unit: 'trains', person: false, notBefore: /[入为為车車表举舉出席队隊]/u },
  劑: { unit: 'doses', person: false }, 人次: { unit: 'person-times', person: false }, 架次: { unit: 'sorties', person: false },
  // 2.2 万棵树, 300 株: trees and plants.
  棵: { unit: 'trees', person: false }, 株: { unit: null, person: false },
  颗: { unit: null, person: false }, 顆: { unit: null, person: false }, 套: { unit: null, person: false },
  // 数千顶帐篷, 2万箱, 500袋, 10万瓶, 3000盒: containers and tents; not 顶级, 顶尖, 顶端, 顶层, 顶部, 顶住.
  顶: { unit: null, person: false, notBefore: /[级級尖端层層部住替峰楼樓流]/u }, 箱: { unit: null, person: false },
  袋: { unit: null, person: false }, 瓶: { unit: null, person: false }, 盒: { unit: null, person: false },
  票: { unit: 'votes', person: false }, 张: { unit: null, person: false }, 席: { unit: 'seats', person: false },
  部: { unit: null, person: false }, 男: { unit: 'men', person: false }, 女: { unit: 'women', person: false },
  例: { unit: 'cases', person: false }, 宗: { unit: 'cases', person: false }, 倍: { unit: 'fold', person: false },
  平方公里: { unit: 'km2', person: false, measure: true }, 公里: { unit: 'km', person: false, measure: true },
  千米: { unit: 'km', person: false, measure: true }, 英里: { unit: 'mi', person: false, measure: true },
  公斤: { unit: 'kg', person: false, measure: true }, 千克: { unit: 'kg', person: false, measure: true },
  公顷: { unit: 'ha', person: false, measure: true }, 立方米: { unit: 'm3', person: false, measure: true },
  摄氏度: { unit: '°C', person: false, measure: true }, 攝氏度: { unit: '°C', person: false, measure: true },
  华氏度: { unit: '°F', person: false, measure: true }, 華氏度: { unit: '°F', person: false, measure: true },
  米: { unit: 'm', person: false, measure: true }, 吨: { unit: 't', person: false, measure: true },
  噸: { unit: 't', person: false, measure: true },
  // Taiwan's 公噸 (simplified 公吨) is the metric tonne.
  公吨: { unit: 't', person: false, measure: true }, 桶: { unit: 'barrels', person: false, measure: true },
  厘米: { unit: 'cm', person: false, measure: true }, 公分: { unit: 'cm', person: false, measure: true },
  毫米: { unit: 'mm', person: false, measure: true }, 英尺: { unit: 'ft', person: false, measure: true },
  英寸: { unit: 'in', person: false, measure: true }, 平方米: { unit: 'm2', person: false, measure: true },
  平方英里: { unit: 'mi2', person: false, measure: true }, 兆瓦: { unit: 'MW', person: false, measure: true },
  千瓦: { unit: 'kW', person: false, measure: true }, 亩: { unit: 'mu', person: false, measure: true },
  畝: { unit: 'mu', person: false, measure: true },
  // Taiwan writes 公尺 for metres and 瓩 for kilowatts; electricity is counted in 千瓦时 (kWh).
  公尺: { unit: 'm', person: false, measure: true }, 瓩: { unit: 'kW', person: false, measure: true },
  千瓦时: { unit: 'kWh', person: false, measure: true }, 千瓦時: { unit: 'kWh', person: false, measure: true },
  // PM2.5 年均浓度 32 微克/立方米.
  '微克/立方米': { unit: 'µg/m3', person: false, measure: true }, 微克每立方米: { unit: 'µg/m3', person: false, measure: true },
  毫克: { unit: 'mg', person: false, measure: true }, 微克: { unit: 'µg', person: false, measure: true },
  // 1935.3 克 of lunar soil; not 克拉 (carats), 克隆, 克服, 克里姆林宫.
  克: { unit: 'g', person: false, measure: true, notBefore: /[拉隆服里罗羅兰蘭制]/u },
  // 13908.2 亿斤 of grain: the jin (half a kilogram), kept as written, as 亩 is.
  斤: { unit: 'jin', person: false, measure: true },
  海里: { unit: 'nmi', person: false, measure: true }, 浬: { unit: 'nmi', person: false, measure: true },
  光年: { unit: 'ly', person: false, measure: true },
  // 7,716 磅 (pounds of weight; 英镑 is money), Hong Kong's 平方呎 / 呎 / 吋 (square feet, feet, inches).
  磅: { unit: 'lb', person: false, measure: true }, 平方呎: { unit: 'ft2', person: false, measure: true },
  呎: { unit: 'ft', person: false, measure: true }, 吋: { unit: 'in', person: false, measure: true },
  // 百公里加速 3.8 秒: a time in seconds (not a sports time written 9秒83, which is not read).
  秒: { unit: 'seconds', person: false, notBefore: /[钟鐘杀殺针針表錶\d]/u },
  // 东盟十国, 欧盟 27 国: countries (not 七国集团 / 二十国集团, a group's name, nor 国家, 国际, 国内, 国外, 国民…).
  国: { unit: 'countries', person: false, notBefore: /[集家际際内內外民产產籍旗歌土界境营營有债債企库庫务務会會]/u },
  // 打进 38 球: goals, after a verb of scoring only (countedUnits.ts); not 球队, 球迷, 球员, 球场, 球星, 球拍, 球鞋, 球衣, 球门.
  球: { unit: 'goals', person: false, notBefore: /[队隊迷员員场場星拍馆館赛賽鞋衣门門杆桿童技风風]/u },
  // 约 1300 万班次 (scheduled runs: flights, trains, buses), 120 窝 (nests, litters).
  // 120 万片晶圆, 3 片药: pieces; not 片区, 片刻, 片面, 片段, 片中, 片子, 片场, 片名, 片尾, 片头.
  片: { unit: null, person: false, notBefore: /[区區刻面段中子场場名尾头頭断斷语語酬长長商]/u },
  班次: { unit: null, person: false }, 窝: { unit: null, person: false },
  // 8 节车厢, and after a speed knots (countedUnits.ts); not 节日, 节假日, 节点, 节目, 节约, 节能, 节省, 节奏.
  节: { unit: null, person: false, notBefore: /[日假点點目约約能省奏庆慶气氣拍]/u },
  // 27 种新物种: kinds of things; not 种子, 种植, 种类, 种族.
  种: { unit: null, person: false, notBefore: /[子植类類族群地菜]/u },
  // 3.4 万间房屋: rooms and houses.
  间: { unit: null, person: false }, 間: { unit: null, person: false },
  // 1400 万人口: the population, people as 人 counts them (a noun after it belongs to the sentence, not the count).
  人口: { unit: 'people', person: true },
  // 40 余台挖掘机: machines; not 台湾, 台风, 台北, 台币, nor the 台上 / 台下 of a stage.
  台: { unit: null, person: false, notBefore: /[湾灣风風北南中东東币幣独獨胞商阶階县縣词詞上下前后後]/u },
  // 日均订单量 6000 万单: orders; not 2 单元 (a flat), 单位, 单日, 单独, 单身, 单项, 单边, 单价...
  单: { unit: 'orders', person: false, notBefore: /[元位日月独獨身项項边邊个個人次价價据據词詞车車程曲品打调調薄纯純一]/u },
  單: { unit: 'orders', person: false, notBefore: /[元位日月独獨身项項边邊个個人次价價据據词詞车車程曲品打调調薄纯純一]/u },
};

/** English measurement units after a number (kind `number`): 50 km, 3,000 tonnes. */
export const EN_MEASURES: Record<string, string> = {
  'km/h': 'km/h', mph: 'mph', km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'mi', mile: 'mi',
  metres: 'm', meters: 'm', kg: 'kg', kilograms: 'kg', kilos: 'kg', tonnes: 't', tons: 't', barrels: 'barrels',
  hectares: 'ha', 'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2',
  metre: 'm', meter: 'm', centimetres: 'cm', centimeters: 'cm', cm: 'cm', millimetres: 'mm', millimeters: 'mm', mm: 'mm',
  inches: 'in', inch: 'in', feet: 'ft', foot: 'ft', ft: 'ft', yards: 'yd', acres: 'acre', 'square miles': 'mi2',
  'sq mi': 'mi2', 'square metres': 'm2', 'square meters': 'm2', litres: 'L', liters: 'L', gallons: 'gal',
  lb: 'lb', lbs: 'lb', oz: 'oz', ounces: 'oz', 'square feet': 'ft2', 'sq ft': 'ft2',
  grams: 'g', gram: 'g', 'nautical miles': 'nmi', 'nautical mile': 'nmi', 'light-years': 'ly', 'light years': 'ly',
  'metric tons': 't', 'metric tonnes': 't', megawatts: 'MW', mw: 'MW', gigawatts: 'GW', gw: 'GW', knots: 'kn',
  // Temperatures: 48.8°C, 40 ℃, 104 degrees Fahrenheit.
  // Keys are lower case (looked up lower-cased; the pattern ignores case).
  '°c': '°C', '℃': '°C', '°f': '°F', '℉': '°F', 'degrees celsius': '°C', 'degrees centigrade': '°C', 'degrees c': '°C',
  'degrees fahrenheit': '°F', 'degrees f': '°F',
  kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', 'kilowatt-hours': 'kWh', 'megawatt-hours': 'MWh',
  'gigawatt-hours': 'GWh', 'terawatt-hours': 'TWh',
};

/** Counted nouns, Chinese and English, mapped to one canonical English unit. */
const NOUN_GROUPS: [string, string[], string[]][] = [
  ['people', ['人士', '民众', '人员', '个人'], ['people', 'persons', 'person', 'individuals']],
  ['hostages', ['人质'], ['hostages', 'hostage']],
  ['captives', ['俘虏'], ['captives']],
  // 集结 10 万兵力: troops as a force.
  ['soldiers', ['士兵', '军人', '官兵', '战士', '兵力'], ['soldiers', 'soldier', 'troops']],
  ['civilians', ['平民'], ['civilians']],
  ['children', ['儿童', '孩子', '未成年人', '婴儿'], ['children', 'kids', 'minors', 'babies']],
  ['adults', ['成年人'], ['adults']],
  ['women', ['妇女', '女性', '女子'], ['women']],
  ['men', ['男子', '男性'], ['men']],
  ['boys', ['男孩', '男童'], ['boys']],
  ['girls', ['女孩', '女童'], ['girls']],
  ['prisoners', ['囚犯', '犯人', '被拘留者', '在押人员'], ['prisoners', 'detainees', 'inmates']],
  ['journalists', ['记者', '新闻工作者'], ['journalists', 'reporters']],
  ['diplomats', ['外交官'], ['diplomats']],
  ['officials', ['官员'], ['officials']],
  ['lawmakers', ['国会议员', '议员'], ['lawmakers', 'legislators', 'congressmen', 'senators', 'parliamentarians']],
  ['foreigners', ['外国人', '外籍人士'], ['foreigners']],
  ['Palestinians', ['巴勒斯坦人'], ['palestinians']],
  ['Israelis', ['以色列人'], ['israelis']],
  ['Americans', ['美国人'], ['americans']],
  ['Britons', ['英国人'], ['britons']],
  ['citizens', ['公民', '国民'], ['citizens', 'nationals']],
  ['refugees', ['难民'], ['refugees']],
  ['migrants', ['移民'], ['migrants', 'immigrants']],
  ['patients', ['患者', '病人'], ['patients']],
  ['students', ['学生'], ['students']],
  // 外佣 / 外籍家庭佣工: Hong Kong's foreign domestic helpers, "domestic workers" in English copy.
  ['workers', ['工人', '员工', '雇员', '工作人员', '外籍家庭佣工', '家庭佣工', '外佣', '家政工'], ['workers', 'employees', 'staff']],
  ['residents', ['居民'], ['residents', 'inhabitants']],
  ['protesters', ['抗议者', '示威者'], ['protesters', 'demonstrators']],
  ['suspects', ['嫌疑人', '嫌犯'], ['suspects']],
  ['police', ['警察', '警员'], ['police', 'policemen']],
  ['firefighters', ['消防员'], ['firefighters']],
  ['rescuers', ['救援人员', '搜救人员', '救援队员'], ['rescuers']],
  ['investors', ['投资者', '投资人', '股民'], ['investors']],
  ['doctors', ['医生'], ['doctors']],
  ['engineers', ['工程师', '技术人员'], ['engineers']],
  ['riders', ['外卖骑手', '骑手', '外卖员', '快递员'], ['riders', 'couriers']],
  ['teachers', ['教师', '老师'], ['teachers']],
  ['farmers', ['农民'], ['farmers']],
  ['trees', ['树木', '树'], ['trees']],
  ['nurses', ['护士'], ['nurses']],
  ['voters', ['选民'], ['voters']],
  ['tourists', ['游客'], ['tourists', 'visitors']],
  // 8 万名观众 / "80,000 spectators", 4 万名球迷 / "40,000 fans": a crowd, counted as its own noun in both languages.
  ['spectators', ['观众', '现场观众'], ['spectators']],
  ['fans', ['球迷', '歌迷', '粉丝'], ['fans', 'supporters']],
  ['passengers', ['乘客', '旅客'], ['passengers']],
  ['flights', ['航班'], ['flights']],
  ['delegates', ['代表'], ['delegates']],
  ['delegations', ['代表团'], ['delegations']],
  ['athletes', ['运动员', '选手'], ['athletes']],
  ['runners', ['跑者'], ['runners']],
  ['crew', ['机组人员', '机组成员', '船员'], ['crew', 'crewmembers', 'crewmen']],
  ['villagers', ['村民'], ['villagers']],
  ['militants', ['武装分子', '激进分子'], ['militants']],
  ['terrorists', ['恐怖分子'], ['terrorists']],
  ['fighters', ['战斗人员'], ['fighters', 'combatants']],
  ['victims', ['受害者'], ['victims']],
  ['survivors', ['幸存者'], ['survivors']],
  ['volunteers', ['志愿者', '志工', '义工'], ['volunteers']],
  ['cities', ['城市'], ['cities']],
  // A town is not a city: "captured 4 towns" is not four cities.
  ['towns', ['城镇', '乡镇', '小镇'], ['towns']],
  ['states', ['州'], ['states']],
  ['provinces', ['省份', '省'], ['provinces']],
  ['districts', ['地区', '区县'], ['districts', 'regions', 'counties']],
  ['villages', ['村庄'], ['villages']],
  ['deaths', ['死者', '遇难者', '罹难者'], ['deaths', 'dead', 'fatalities']],
  ['injured', ['伤者', '受伤者'], ['injured', 'wounded']],
  ['rockets', ['火箭弹'], ['rockets']],
  ['missiles', ['导弹', '飞弹'], ['missiles']],
  ['aircraft', ['战斗机', '战机', '飞机'], ['aircraft', 'planes', 'jets', 'warplanes']],
  ['drones', ['无人机'], ['drones']],
  ['vehicles', ['车辆', '汽车', '卡车', '消防车', '救护车'], ['vehicles', 'cars', 'trucks', 'lorries']],
  ['ships', ['船只', '舰艇', '船'], ['ships', 'vessels', 'boats']],
  ['tanks', ['坦克'], ['tanks']],
  ['countries', ['国家'], ['countries', 'nations']],
  ['companies', ['公司', '企业'], ['companies', 'firms']],
  ['stores', ['门店', '商店', '店铺', '分店'], ['stores', 'shops', 'outlets']],
  ['hospitals', ['医院'], ['hospitals']],
  ['schools', ['学校'], ['schools']],
  ['films', ['电影', '影片'], ['films', 'movies']],
  ['homes', ['房屋', '住宅', '民房'], ['homes', 'houses']],
  ['buildings', ['建筑物', '大楼', '建筑'], ['buildings']],
  ['cases', ['病例'], ['cases']],
  ['votes', ['选票'], ['votes']],
  ['seats', ['议席', '席位'], ['seats']],
  ['medals', ['奖牌', '金牌', '银牌', '铜牌'], ['medals', 'golds', 'silvers', 'bronzes']],
  ['teams', ['球队', '队伍', '代表队'], ['teams', 'squads']],
  ['astronauts', ['航天员', '宇航员', '太空人'], ['astronauts', 'cosmonauts', 'taikonauts']],
  ['satellites', ['卫星'], ['satellites']],
  ['transistors', ['晶体管'], ['transistors']],
  ['jobs', ['就业岗位', '工作岗位', '岗位', '职位', '职缺', '工作机会'], ['jobs']],
  ['projects', ['项目'], ['projects']],
  ['species', ['物种'], ['species']],
  ['goals', ['进球'], ['goals']],
  ['entities', ['实体'], ['entities']],
  ['years', [], ['years', 'year']],
  ['months', [], ['months', 'month']],
  ['weeks', [], ['weeks', 'week']],
  ['days', [], ['days', 'day']],
  ['hours', [], ['hours', 'hour']],
  ['minutes', [], ['minutes', 'minute']],
  ['times', [], ['times']],
];

/** Chinese counted noun -> canonical unit. */
export const ZH_NOUNS: ReadonlyMap<string, string> = new Map(
  NOUN_GROUPS.flatMap(([unit, zh]) => zh.map((w): [string, string] => [w, unit])),
);
/** English counted noun (lower case) -> canonical unit. */
export const EN_NOUNS: ReadonlyMap<string, string> = new Map(
  NOUN_GROUPS.flatMap(([unit, , en]) => en.map((w): [string, string] => [w, unit])),
);
/** Longest Chinese noun, to bound the look-up window. */
export const ZH_NOUN_MAX = Math.max(...[...ZH_NOUNS.keys()].map((k) => k.length));

/** Approximation words written before a number, Chinese. */
export const ZH_APPROX_PREFIX: Record<string, Approx> = {
  至少: 'atLeast', 最少: 'atLeast', 不少于: 'atLeast', 不低于: 'atLeast', 起码: 'atLeast', 最多: 'atMost',
  至多: 'atMost', 不超过: 'atMost', 不多于: 'atMost', 不高于: 'atMost', 最高: 'atMost', 多达: 'atMost',
  // 高达 alone ("as much as", 损失高达 5 亿元) stresses a figure that was reached: it is the stated value, read as emphasis
  // in amountRates.ts. With 可 / 可以 / 可能 / 或 before it ("could reach as much as", 罚款可高达 50 万元) it is a ceiling.
  可高达: 'atMost', 可以高达: 'atMost', 可能高达: 'atMost', 或高达: 'atMost',
  不下: 'atLeast',
  超过: 'moreThan', 超出: 'moreThan', 超: 'moreThan', 逾: 'moreThan', 多于: 'moreThan', 高于: 'moreThan', 大于: 'moreThan',
  不到: 'lessThan', 少于: 'lessThan', 低于: 'lessThan', 不足: 'lessThan', 未满: 'lessThan', 不及: 'lessThan',
  约: 'about', 大约: 'about', 约为: 'about', 约占: 'about', 約佔: 'about', 约占了: 'about', 约合: 'about', 折合约: 'about', 近: 'about', 将近: 'about', 接近: 'about', 差不多: 'about',
  大概: 'about', 估计: 'about', 约莫: 'about',
  // Hong Kong and Taiwan write 於 (kept by the script fold, since 於 is also a simplified surname): 低於 3%, 不少於 500 人.
  不少於: 'atLeast', 不低於: 'atLeast', 不多於: 'atMost', 不高於: 'atMost', 多於: 'moreThan', 高於: 'moreThan',
  大於: 'moreThan', 少於: 'lessThan', 低於: 'lessThan',
};

/** Approximation words written after the number or its unit, Chinese (200 多名, 3000 万美元左右). */
export const ZH_APPROX_SUFFIX: Record<string, Approx> = {
  及以上: 'atLeast', 及以下: 'atMost', 以上: 'moreThan', 之多: 'atMost', 以下: 'lessThan', 以内: 'atMost', 左右: 'about', 上下: 'about',
};

/** Approximation words written before a number, English (lower case; matched case-insensitively). */
export const EN_APPROX_PREFIX: Record<string, Approx> = {
  'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast', 'a minimum of': 'atLeast',
  'at most': 'atMost', 'no more than': 'atMost', 'up to': 'atMost', 'as many as': 'atMost', 'as much as': 'atMost',
  'a maximum of': 'atMost', 'as high as': 'atMost',
  // "costs as little as $40", "as few as 12 seats": the figure is a floor.
  'as little as': 'atLeast', 'as few as': 'atLeast', 'as low as': 'atLeast', 'more than': 'moreThan', 'over': 'moreThan', 'above': 'moreThan',
  'in excess of': 'moreThan', 'upwards of': 'moreThan', 'exceeding': 'moreThan', 'less than': 'lessThan',
  'fewer than': 'lessThan', 'under': 'lessThan', 'below': 'lessThan', 'about': 'about', 'around': 'about',
  'approximately': 'about', 'roughly': 'about', 'some': 'about', 'nearly': 'about', 'almost': 'about',
  'close to': 'about', 'an estimated': 'about', 'estimated': 'about', 'approx.': 'about', 'circa': 'about',
};

/** Approximation words after an English amount (200 or more). */
export const EN_APPROX_SUFFIX: Record<string, Approx> = {
  'or more': 'atLeast', 'or so': 'about', 'or fewer': 'atMost', 'or less': 'atMost',
  // "aged 60 and over", "those 65 or older": as 60 岁及以上.
  'and over': 'atLeast', 'and above': 'atLeast', 'and older': 'atLeast', 'or older': 'atLeast', 'or over': 'atLeast',
  'and under': 'atMost', 'or younger': 'atMost', 'and younger': 'atMost',
};

/** Period words: 每月 / a month / per year / monthly… */
export const ZH_PERIOD: Record<string, Period> = { 月: 'month', 年: 'year', 天: 'day', 日: 'day', 周: 'week', 星期: 'week' };
/** English period words, lower case. */
export const EN_PERIOD: Record<string, Period> = {
  day: 'day', week: 'week', month: 'month', year: 'year', yr: 'year', mo: 'month', annum: 'year',
  daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year',
};

/** Builds a regex alternation from keys, longest first, with regex metacharacters escaped. */
export function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
