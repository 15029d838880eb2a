/**
 * The name check over a whole article: a person or place the Chinese names the same way throughout (林秀雯, 萨姆)
 * but the English renders two ways ("Lin Hsiu-wen" and "Lin Xiuwen", "Sahm" and "Samm"). No glossary is needed: the
 * article itself shows which Chinese goes with which English. Reported as a `term` finding on the first pair that
 * uses the second rendering.
 *
 * Two English names are renderings of one name when
 * - they begin with the same capitalised word and go on with different ones, each ending its run of capitalised words
 *   (a Chinese name romanised two ways: `Lin Hsiu-wen` / `Lin Xiuwen`), or
 *   - one capitalised word is the other misspelt: one letter apart (two from eight letters up), and not the other
 *     with the ending of an adjective, a people or a plural (`Israel` / `Israeli` are one name, `Joko` /
 *     `Jokowi` a short form; one letter more or less, `Fretwell` / `Fretwel`, is two renderings);
 * and some Chinese string that looks like a name occurs in exactly the pairs whose English has either rendering. A
 * name is a Chinese personal name (a common surname and one to three more characters: 林秀雯) or a transliteration
 * (characters of the transliteration table only: 萨姆, 埃里安) not cut out of a longer one (哈马 of 哈马斯 and 哈马德
 * is no name). That keeps out two people who share a surname (林秀雯 / 林太太: no common string), a short form of a
 * name (`Powell` after `Jerome Powell` is no second rendering by these rules), two places that share a word (`Hong
 * Kong Observatory` / `Hong Kong Museum`: 香港 occurs in other pairs too) and words two pairs share by chance.
 */
import type { CheckFinding } from '../model/translation';
import { foldToSimplified } from '../text/scriptFold';

/** Common Chinese surnames, leaving out those that as often start an ordinary word (高, 金, 万, 商…). */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱江尹薛闫段雷侯陶黎贺顾毛郝龚邵钱严覃戴莫孔汤施牛樊葛邢乔伍庞颜倪聂鲁岳翟殷詹欧耿焦俞左柳甘祝符舒阮柯梅童凌毕裴霍涂苗盛翁冉骆蓝游辛靳柴鲍喻祁蒲滕饶牟艾尤穆卓缪褚娄窦戚岑晏瞿佟臧闵邬卞栾隋刁巫寇甄虞敖巩佘邝'.split(''),
);

/** Characters of the standard transliteration of foreign names (Xinhua's table, the most used ones). */
const TRANSLIT = new Set(
  '阿埃艾安昂奥巴拜班邦保鲍贝本比彼宾波伯博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法菲芬丰弗福富盖甘冈戈格古哈海汉豪赫黑亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷蕾里利莉丽连林琳隆卢鲁伦罗洛马玛麦曼芒梅门蒙米敏明摩莫墨默姆穆纳娜奈南内尼宁纽努诺欧帕派潘庞佩彭皮珀普齐奇恰乔切琴丘萨赛桑瑟森沙莎什施舍斯松苏索塔泰坦汤唐特滕提汀通图托瓦娃万旺威韦维温沃乌伍西希锡夏谢辛休修雅亚娅扬耶伊因英尤于约泽扎詹兹佐琪黛迈'.split(''),
);

const isHanChar = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);

/** Whether `han` has the shape of a name: a personal name, or a transliteration. */
function nameShaped(han: string): boolean {
  const s = foldToSimplified(han);
  return (s.length >= 2 && s.length <= 4 && SURNAMES.has(s[0])) || [...s].every((c) => TRANSLIT.has(c));
}

/** Whether `han`, a name by its shape, reads as a name where it stands in `texts` (see the module comment). */
function looksLikeName(han: string, texts: readonly string[]): boolean {
  const s = foldToSimplified(han);
  if (s.length >= 2 && s.length <= 4 && SURNAMES.has(s[0])) return true;
  // Cut out of a longer transliteration (哈马 of 哈马斯): the character next to it is one too.
  for (const t of texts) {
    for (let at = t.indexOf(han); at >= 0; at = t.indexOf(han, at + 1)) {
      const before = foldToSimplified(t[at - 1] ?? '');
      const after = foldToSimplified(t[at + han.length] ?? '');
      if ((isHanChar(before) && TRANSLIT.has(before)) || (isHanChar(after) && TRANSLIT.has(after))) return false;
    }
  }
  return true;
}

/** A capitalised word of a name: `Lin`, `Hsiu-wen`, `O'Brien`, `Al-Naimat`. */
const NAME_WORD = /\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*/gu;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

interface Rendering {
  /** The English as written, e.g. `Lin Xiuwen`. */
  text: string;
  start: number;
  end: number;
}

/** Runs of capitalised words separated by single spaces, as [word, start][] lists. */
function nameRuns(en: string): { word: string; start: number }[][] {
  const runs: { word: string; start: number }[][] = [];
  let run: { word: string; start: number }[] = [];
  let lastEnd = -1;
  for (const m of en.matchAll(NAME_WORD)) {
    const word = m[0].replace(/['’]s$/u, '');
    if (run.length > 0 && en.slice(lastEnd, m.index) !== ' ') {
      runs.push(run);
      run = [];
    }
    run.push({ word, start: m.index });
    lastEnd = m.index + m[0].length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = next;
    }
  }
  return row[b.length];
}

/** Endings a name takes as an adjective, a people or a plural: Israeli, Americans, Chinese, Qataris, Obama's. */
const NAME_ENDING = /^(?:s|es|['’]s?|i|is|n|ns|an|ans|ian|ians|ese|er|ers|ic|ish|ite|ites)$/u;

function misspelt(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // `Israel` / `Israeli`, `Qatar` / `Qataris` are one name with an ending, `Joko` / `Jokowi` a name and its short
  // form; `Fretwell` / `Fretwel` is one letter dropped.
  const [longer, shorter] = x.length >= y.length ? [x, y] : [y, x];
  if (longer.startsWith(shorter)) return longer.length - shorter.length === 1 && !NAME_ENDING.test(longer.slice(shorter.length));
  return editDistance(x, y) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1);
}

/** Every rendering key of a pair's English: `first word + last word` of a run (2+ words) and each single word. */
function renderingsOf(en: string): Map<string, Rendering> {
  const out = new Map<string, Rendering>();
  for (const run of nameRuns(en)) {
    for (const w of run) out.set(`1:${w.word}`, { text: w.word, start: w.start, end: w.start + w.word.length });
    // Every two-word tail of the run: `Forecaster Lin Hsiu-wen` holds `Lin Hsiu-wen`.
    for (let k = 0; k + 1 < run.length; k++) {
      if (k + 2 !== run.length) continue;
      const a = run[k];
      const b = run[k + 1];
      out.set(`2:${a.word} ${b.word}`, { text: en.slice(a.start, b.start + b.word.length), start: a.start, end: b.start + b.word.length });
    }
  }
  return out;
}

/** Han strings (2+ characters) common to two texts, longest first. */
function commonHan(a: string, b: string): string[] {
  const found = new Set<string>();
  for (const run of a.matchAll(HAN_RUN)) {
    const s = run[0];
    for (let i = 0; i < s.length; i++) {
      for (let j = s.length; j >= i + 2; j--) {
        const sub = s.slice(i, j);
        if (b.includes(sub)) {
          found.add(sub);
          break;
        }
      }
    }
  }
  return [...found].sort((x, y) => y.length - x.length);
}

/** Findings for names the English renders two ways (see the module comment). */
export function checkNameRenderings(pairs: readonly { zh: string; en: string }[]): CheckFinding[] {
  const live = pairs.map((p, index) => ({ ...p, index })).filter((p) => p.zh.trim() && p.en.trim());
  const renderings = live.map((p) => renderingsOf(p.en));
  /** Which live pairs have a rendering, by key. */
  const where = new Map<string, Set<number>>();
  renderings.forEach((r, k) => {
    for (const key of r.keys()) {
      const set = where.get(key) ?? new Set<number>();
      set.add(k);
      where.set(key, set);
    }
  });
  // Only keys that can be variants are compared: two-word names by their first word, single words by their first
  // letter (a misspelling keeps it: Sahm / Samm), so a long article is not a quadratic search over all its names.
  const buckets = new Map<string, string[]>();
  for (const key of where.keys()) {
    const bucket = key.startsWith('2:') ? key.slice(0, key.indexOf(' ')) : `1:${key[2].toLowerCase()}`;
    const list = buckets.get(bucket) ?? [];
    list.push(key);
    buckets.set(bucket, list);
  }
  const variants: [string, string][] = [];
  for (const keys of buckets.values()) {
    for (let x = 0; x < keys.length; x++) {
      for (let y = x + 1; y < keys.length; y++) {
        const a = keys[x];
        const b = keys[y];
        if (a.startsWith('2:')) {
          const a2 = a.slice(a.indexOf(' ') + 1);
          const b2 = b.slice(b.indexOf(' ') + 1);
          if (a2 !== b2 && !a2.startsWith(b2) && !b2.startsWith(a2)) variants.push([a, b]);
        } else if (Math.abs(a.length - b.length) <= 2 && misspelt(a.slice(2), b.slice(2))) variants.push([a, b]);
      }
    }
  }
  const findings: CheckFinding[] = [];
  const reported = new Set<string>();
  for (const [a, b] of variants) {
    const inA = where.get(a) ?? new Set<number>();
    const inB = where.get(b) ?? new Set<number>();
    if ([...inA].some((k) => inB.has(k))) continue;
    const both = new Set([...inA, ...inB]);
    const first = Math.min(...inA);
    const second = Math.min(...inB);
    const [early, late, lateKey, earlyKey] = first < second ? [first, second, b, a] : [second, first, a, b];
    const name = commonHan(live[early].zh, live[late].zh).find((han) => {
      if (!nameShaped(han)) return false;
      for (const k of both) if (!live[k].zh.includes(han)) return false;
      for (let k = 0; k < live.length; k++) if (!both.has(k) && live[k].zh.includes(han)) return false;
      return looksLikeName(han, [...both].map((k) => live[k].zh));
    });
    if (!name || reported.has(`${name}\u0001${lateKey}`)) continue;
    reported.add(`${name}\u0001${lateKey}`);
    const earlier = renderings[early].get(earlyKey);
    const here = renderings[late].get(lateKey);
    if (!earlier || !here) continue;
    const pair = live[late];
    const at = pair.zh.indexOf(name);
    findings.push({
      kind: 'term',
      zh: pair.zh,
      en: pair.en,
      pairIndex: pair.index,
      detail: `${name} is "${here.text}" here but "${earlier.text}" in pair ${live[early].index + 1}: use one rendering`,
      zhSpan: { start: at, end: at + name.length },
      enSpan: { start: here.start, end: here.end },
    });
  }
  return findings.sort((x, y) => x.pairIndex - y.pairIndex);
}
