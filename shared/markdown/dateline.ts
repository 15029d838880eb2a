/**
 * The reporter named in a news agency's dateline at the start of the first paragraph, for articles whose header names
 * no author or only the agency: Taiwan's Central News Agency writes `（中央社記者王小明台北15日電）` (several reporters joined by `、`,
 * a foreign desk `華盛頓14日專電`, `綜合外電報導`), Xinhua `新华社北京5月15日电（记者王小明、李华）`. The dateline stays in the body
 * text; only the author field is read from it.
 *
 * CNA glues the last reporter's name to the place. The place is found among the places CNA files from most (Taiwan's
 * cities and counties, the capitals of its foreign desks); otherwise a name is taken to be three characters (most
 * Taiwanese names) when at least two are left for the place, else two. A dateline without a name (`（中央社記者台北5日電）`,
 * `（中央社台北5日電）`) names no author.
 */

const CNA = /^\s*[（(]\s*中央社\s*(?:記者|记者)\s*(?<who>[\p{Script=Han}、，,及和與与\s]{4,48}?)\s*\d{1,2}\s*日\s*(?:專|专|綜合外|综合外)?(?:電|电)(?:報導|报导)?\s*[）)]/u;
const XINHUA = /^\s*(?:新华社|新華社)[\p{Script=Han}\s]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:专|專)?(?:电|電)\s*[（(]\s*(?:记者|記者)\s*(?<who>[^）)]{2,60}?)\s*[）)]/u;
const SEPARATOR = /[、，,及和與与\s]+/u;
const NAME = /^\p{Script=Han}{2,4}$/u;

/** Places CNA datelines name most, longest first so that `新北` is not read as a name's last character plus `北`. */
const PLACES = [
  '華盛頓', '华盛顿', '布魯塞爾', '布鲁塞尔', '耶路撒冷', '舊金山', '旧金山', '洛杉磯', '洛杉矶', '新加坡', '吉隆坡', '雅加達', '雅加达', '莫斯科', '柏林',
  '台北', '臺北', '新北', '桃園', '桃园', '台中', '臺中', '台南', '臺南', '高雄', '基隆', '新竹', '嘉義', '嘉义', '花蓮', '花莲', '台東', '臺東', '宜蘭',
  '宜兰', '屏東', '屏东', '苗栗', '彰化', '南投', '雲林', '云林', '澎湖', '金門', '金门', '馬祖', '马祖', '北京', '上海', '香港', '澳門', '澳门', '東京',
  '东京', '首爾', '首尔', '紐約', '纽约', '倫敦', '伦敦', '巴黎', '日內瓦', '日内瓦', '曼谷', '馬尼拉', '马尼拉', '河內', '河内', '雪梨', '悉尼', '坎培拉',
  '渥太華', '渥太华', '多倫多', '多伦多', '溫哥華', '温哥华', '芝加哥', '休士頓', '休斯顿', '羅馬', '罗马', '維也納', '维也纳', '新德里', '開羅', '开罗',
].sort((a, b) => b.length - a.length);

/** The agencies whose datelines are read, by the names a header may give them as the author. */
const AGENCIES = new Set(['中央社', '中央通讯社', '中央通訊社', '新华社', '新華社', '新华通讯社', '新華通訊社']);

/**
 * The author of an article whose header names `headerAuthor` (or none) and whose text starts with `text`: the
 * reporters of the dateline when the header names no one or only the agency (`中央社` over `（中央社記者王小明台北15日電）`
 * is 王小明), else the header's author.
 */
export function authorWithDateline(headerAuthor: string | null, text: string): string | null {
  if (headerAuthor !== null && !AGENCIES.has(headerAuthor)) return headerAuthor;
  return datelineAuthor(text) ?? headerAuthor;
}

/** The reporters a dateline at the start of `text` names, as written (`王小明`, `林志明、陳美玲`), or null. */
export function datelineAuthor(text: string): string | null {
  const head = text.slice(0, 120);
  const xinhua = XINHUA.exec(head);
  if (xinhua?.groups) {
    const names = xinhua.groups.who.trim();
    return names.split(SEPARATOR).every((n) => NAME.test(n)) ? names : null;
  }
  const cna = CNA.exec(head);
  if (!cna?.groups) return null;
  const who = cna.groups.who.trim();
  const parts = who.split(SEPARATOR);
  const last = parts[parts.length - 1];
  const place = PLACES.find((p) => last.endsWith(p) && last.length - p.length >= 2);
  const nameLength = place ? last.length - place.length : last.length >= 5 ? 3 : last.length === 4 ? 2 : 0;
  if (nameLength === 0) return null;
  const names = [...parts.slice(0, -1), last.slice(0, nameLength)];
  if (!names.every((n) => NAME.test(n))) return null;
  return who.slice(0, who.length - (last.length - nameLength)).trim();
}
