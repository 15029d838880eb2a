/**
 * Attributed statements: the sentences in which a source is made to say something (`X 表示`, `据 X 报道`,
 * `“……”他说`, "according to X", "X said", "X told Y"). A fact-checker verifies these against the source, so Glossa
 * proposes each such sentence as a claim. Sentences come from the one segmenter (`shared/align/segment`), so a
 * statement suggestion covers exactly the sentence the aligner and the editor show.
 *
 * A quotation that runs over several sentences belongs to the attribution that closes it: the sentences from the
 * opening quote to the attributed one form ONE statement. A sentence that is only a quotation and directly follows
 * an attributed sentence on the same line (`“……，”他说。“……。”`) continues that speech and is a statement too.
 */
import type { Quantity } from '../model/quantity';
import { segmentSentences } from '../align/segment';
import { foldToSimplified } from '../text/scriptFold';
import type { SentenceSpan } from '../align/types';

/**
 * Chinese attribution markers. The look-arounds drop words that contain 说/称 without reporting speech: 说明, 说服,
 * 小说, 传说, 对……来说, 也就是说, 比如说; 称为, 名称, 简称, 堪称, 对称, 自称, 第三人称, 称不上 / 称得上;
 * 数据库, 证据, 依据 are not 据. 统计处数字显示 (Hong Kong's "figures show") is 数据显示.
 */
const ZH_ATTRIBUTION = new RegExp(
  [
    // 据中央选举委员会公布的初步结果: a figure according to a body's results, data or report.
    '(?<![数证占论票收单凭字依])据[^，。！？；\\n]{1,40}?(?:报道|报导|透露|称|说|表示|消息|援引|指出|披露|统计|结果|数据|报告|调查|民调)',
    // 据悉 / 据了解 / 据估计 / 据统计 / 据称 ("it is learned / estimated / reported"): unsourced, which is exactly
    // what a checker looks at.
    '(?<![数证占论票收单凭字依])据(?:悉|了解|估计|信|报|统计|称|说|报道|测算|调查|初步统计)',
    // 根据联合国的数据, 根据该报告: a figure attributed to a source's data or report.
    '根据[^，。！？；\\n]{1,30}?(?:数据|统计|报告|调查|民调|资料|估计|说法|消息|声明|结果)',
    '(?<![小学传演解游虽再比就以来如话])说(?![明服法不定得])',
    // 人称 is grammatical person only as 第三人称 / 人称代词: 发言人称, 该人士称 and 知情人称 report speech.
    '(?<![名简对堪职统俗昵通号相自])(?<!第[一二三]人)称(?![为作之号赞霸王心职代不得])',
    '表示|指出|透露|告诉|写道|强调|宣布(?!为)|声明|宣称|证实|坦言|援引|获悉|了解到|重申|否认|呼吁|警告',
    // 他直言， / 消息引述官员指， / 警方转述， / 公司澄清， : less common reporting verbs of Hong Kong and Taiwan copy.
    '直言|引述|转述|坦承|披露|澄清|反驳|驳斥',
    // 警方指， / 消息指： : Hong Kong's 指 ("said") before the comma or colon that opens what was said.
    '(?<=[\\u4e00-\\u9fff])(?<![手食中拇戒])指(?=[，：:])',
    // 专家认为 / 普遍认为 attribute a view (被认为 is "is considered"); 批评， / 批评： introduce what a critic said.
    '(?<!被)认为|批评(?=[，：:“「])',
    // 主计总处今天公布， / 卫福部统计， / 公安部通报， : a body announcing figures, the comma or colon after the verb.
    '(?:公布|通报|(?<!库)统计)(?=[，：:])',
    // 中央社報導， / 路透社报道： : an outlet reporting, the comma or colon after the verb (its words follow).
    '(?:报道|报导)(?=[，：:])',
    // 数据显示, 调查发现: a figure attributed to data or a study is checked against it like a quote.
    // 财报显示, 年报显示, 普查结果表明: a company's or a census's own figures too.
    '(?:数据|数字|统计|报告|调查|研究|民调|资料|文件|记录|图像|照片|视频|分析|财报|年报|季报|公告|普查|监测|结果)(?:显示|表明|发现)',
    // 港府预计， / 该机构预测： / 分析师估计，: a forecast set off by a comma or colon is the forecaster's claim (预计 in the
    // middle of a clause, 预计明年投产, is the sentence's own plan).
    '(?:预计|预测|预期|估计|预估|估算)(?=[，：:])',
  ].join('|'),
  'u',
);

/**
 * English attribution markers; reporting verbs in the forms news prose uses. "What the figures show" and "how the data
 * show" are a heading's or a question's words, not figures attributed to data; "WTI added 1.1%", "added 200,000 jobs"
 * and "added to the pressure" are no one's words.
 */
const EN_ATTRIBUTION =
  /\baccording to\b|(?<!\b(?:what|how)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|our\s+)?(?:latest\s+|new\s+|official\s+)?)\b(?:data|figures|statistics|report|study|survey|poll|records|documents|analysis|estimates)(?:\s+(?:of|by|from|among|for|conducted|released|published)\b[^.;!?]{0,40}?)?\s+(?:show|shows|showed|found|finds|suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|indicated)\b|\b(?:said|says|say|told|tells|wrote|writes|added(?!\s+(?:to\b|(?:about|around|some|nearly|almost|roughly|more\s+than|over|another|a\s+further|an?\s+(?:additional|extra))?\s*(?:US\$|HK\$|NT\$|[$€£¥])?\d))|stated|noted|announced|warned|reported|confirmed|explained|insisted|argue|argued|acknowledged|tweeted|accused|denied|claimed|asserted|asserts|insists|argues|alleges)\b|\b(?:claims|alleged|maintains|maintained|estimated|estimate|estimates|believe|believes|believed|argue|argues)\s+that\b|\b(?:vowed|pledged)\s+to\b|\b(?:posted|wrote|said|announced|shared)\s+(?:on|to)\s+(?:X|Twitter|Facebook|Instagram|Weibo|WeChat|Telegram|Truth\s+Social|LinkedIn|Threads|Bluesky|TikTok|YouTube|social\s+media|(?:his|her|their|its)\s+(?:official\s+)?(?:account|page|blog|website|channel|feed))\b/i;

/**
 * A source named after a comma at the end of the sentence, with a verb that is attribution only there ("…, the IDF
 * claims.", "…, the UN estimated last week.", "…, the IMF estimated in January.", "…, the Case-Shiller index
 * showed."): mid-sentence, "claims", "estimated" and "shows" are as often nouns or plain verbs.
 */
const EN_TRAILING_ATTRIBUTION =
  /,\s*(?:the\s+|a\s+|an\s+)?[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,5}\s+(?:claims?|claimed|estimates?|estimated|alleges?|alleged|maintains?|maintained|believes?|believed|predicts?|predicted|shows?|showed)(?:\s+(?:on\s+)?(?:last\s+\w+|this\s+\w+|on\s+\w+|in\s+\w+|yesterday|today|\w+day))?\s*[.!?]?["”’]?\s*$/u;

/** Whether a sentence attributes what it says to someone. */
export function isAttributed(sentence: string, lang: 'zh' | 'en'): boolean {
  const english = (s: string): boolean => EN_ATTRIBUTION.test(s) || EN_TRAILING_ATTRIBUTION.test(s);
  // Traditional articles (據…報導, 他說) are matched against the simplified word list.
  return lang === 'zh' ? ZH_ATTRIBUTION.test(foldToSimplified(sentence)) || english(sentence) : english(sentence);
}

/** Net quotation marks left open at the end of a sentence: > 0 when a quotation continues into the next one. */
function openQuotes(s: string): number {
  let curly = 0;
  let straight = 0;
  for (const ch of s) {
    if (ch === '“' || ch === '「') curly++;
    else if (ch === '”' || ch === '」') curly = Math.max(0, curly - 1);
    else if (ch === '"') straight ^= 1;
  }
  return curly + straight;
}

function startsWithQuote(s: string): boolean {
  return /^[“「"]/u.test(s);
}

function statement(text: string, start: number, end: number): Quantity {
  return {
    text: text.slice(start, end), start, end, kind: 'statement', value: null, valueMax: null, currency: null, unit: null,
    per: null, approx: null, date: null,
  };
}

/** The attributed statements of `text`, one per sentence (or run of sentences sharing one quotation), in order. */
export function findStatements(text: string, lang: 'zh' | 'en'): Quantity[] {
  const sentences: SentenceSpan[] = segmentSentences(text, lang);
  const attributed = sentences.map((s) => isAttributed(s.text, lang));
  const sameLine = (i: number): boolean => i > 0 && !text.slice(sentences[i - 1].end, sentences[i].start).includes('\n');
  const out: Quantity[] = [];
  let i = 0;
  while (i < sentences.length) {
    const s = sentences[i];
    // A quotation opened here and closed, on the same line, within a few sentences: the run is one statement when
    // any of its sentences is attributed (the attribution usually follows the closing quote).
    if (openQuotes(s.text) > 0) {
      let k = i;
      let joined = s.text;
      while (k + 1 < sentences.length && k + 1 <= i + 5 && sameLine(k + 1) && openQuotes(joined) > 0) {
        k++;
        joined += sentences[k].text;
      }
      if (k > i && openQuotes(joined) === 0 && attributed.slice(i, k + 1).some(Boolean)) {
        out.push(statement(text, s.start, sentences[k].end));
        attributed[k] = true;
        i = k + 1;
        continue;
      }
    }
    const continues = startsWithQuote(s.text) && sameLine(i) && attributed[i - 1];
    if (attributed[i] || continues) {
      if (continues && !attributed[i]) attributed[i] = true;
      out.push(statement(text, s.start, s.end));
    }
    i++;
  }
  return out;
}
