/**
 * The words of negation the negation check reads, in Chinese (simplified and traditional) and English, in two
 * strengths. A *clear* negation is one a translation must keep (没有去, 并未, 不会, "did not", "never"); a *cue* is any
 * word with a negative meaning that a translator may have used to carry it (不满 / "dissatisfied", 拒绝 / "turned
 * down", "unable", "lack", "failed"). The check flags a side with a clear negation only when the other side has no cue
 * at all, so the lists of cues are generous and the clear ones strict: a missed finding costs less than a false one.
 */

/**
 * Words with a negator in them that negate nothing: 非常 (very), 未来 (future), 别人 (others), 是否 (whether), 非洲
 * (Africa), 没收 (confiscate), 无人机 (drone). Removed before both readings.
 */
const ZH_NOT_NEGATION = new RegExp(
  [
    '不过', '不過', '不时', '不時', '不禁', '不免', '不料', '不妨', '不愧', '不已',
    '了不起', '对不起', '對不起', '不好意思', '说不定', '說不定', '要不然', '不然', '非常', '非洲', '是非', '莫非',
    '未来', '未來', '未免', '别人', '別人', '别的', '別的', '特别', '特別', '分别', '分別', '区别', '區別', '级别', '級別',
    '类别', '類別', '告别', '告別', '识别', '識別', '辨别', '辨別', '派别', '性别', '性別', '个别', '個別', '别墅', '別墅',
    '是否', '否则', '否則', '能否', '可否', '没收', '沒收', '淹没', '淹沒', '沉没', '沉沒', '埋没', '埋沒', '出没', '出沒',
    '吞没', '吞沒', '无人机', '無人機', '无线', '無線', '无数', '無數', '无限', '無限', '无疑', '無疑', '无非', '無非',
    '并且', '並且', '除非',
  ].join('|'),
  'gu',
);

/**
 * Words whose negator is part of a lexicalised meaning rather than a negation of the sentence: 不满 (dissatisfied), 不同
 * (different), 非法 (illegal), 不到 / 不足 (less than), 不明 (unidentified), 无辜 (innocent); and double negations, which
 * affirm: 不得不 (had to), 不能不, 无不 (all), 没有不, 不是不, 未尝不, 非…不可. Not a clear negation, but a cue.
 */
const ZH_LEXICAL_NEGATIVE = new RegExp(
  [
    // 不仅 / 不只 (not only, not just): English says it with a negation as often as without ("don't come just to read").
    '不仅', '不僅', '不但', '不光', '不只', '不单', '不單',
    // 无论 (no matter, "regardless"), 不断 (continually, "never stopped"), 不少 ("not a few"), 差不多 ("not far off"), and
    // litotes (毫不逊色 "just as good", 不亚于, 不错): English may say them with a negation or without one.
    '不论', '不論', '不管', '无论', '無論', '不断', '不斷', '不久', '不少', '差不多', '不乏', '不错', '不錯',
    '[毫并並]?不(?:逊色|遜色|亚于|亞於|次于|次於|输于|輸於|差)',
    '不得不', '不能不', '不可不', '不会不', '不會不', '不是不', '并非不', '並非不', '未尝不', '未嘗不', '不无', '不無', '无不', '無不',
    '没有不', '沒有不', '没有一[^，。；！？]{0,6}不', '沒有一[^，。；！？]{0,6}不', '非[^，。；！？]{1,8}不可',
    '不满', '不滿', '不同', '不利', '不良', '不法', '不幸', '不安', '不足', '不到', '不明', '不稳', '不穩', '不公', '不平',
    '不确定', '不確定', '不顾', '不顧', '不如', '不等', '不一', '不止', '不堪', '不懈', '不朽', '非法', '非政府', '非营利',
    '非營利', '无辜', '無辜', '无家可归', '無家可歸', '不超过', '不超過', '未成年', '未婚', '未知', '不知名',
    // A-不-A and A-没-A questions (是不是, 有没有, 会不会) ask, they do not deny.
    '(\\p{Script=Han})[不没沒]\\1',
  ].join('|'),
  'gu',
);

/** A clear negation in Chinese, with the gloss a translator reads in the finding. */
const ZH_CLEAR: readonly { re: RegExp; gloss: string }[] = [
  { re: /否[认認]/u, gloss: 'deny' },
  { re: /拒[绝絕]/u, gloss: 'refuse' },
  { re: /[没沒]有/u, gloss: 'not, no' },
  { re: /[没沒](?![收])/u, gloss: 'not' },
  { re: /(?:尚|并|並|从|從|仍|还|還)?未/u, gloss: 'not, not yet' },
  { re: /(?:并|並|绝|絕|决|決|从|從|毫|永|也|都)?不/u, gloss: 'not' },
  { re: /(?:并|並|毫|均|别|別)[无無]|[无無](?:法|人|须|需|意|权|權|力|从|從|任何|一)/u, gloss: 'no, without' },
  { re: /(?:并|並|绝|絕|而)非/u, gloss: 'not' },
  { re: /(?:^|[，,。！!：:“"]|请|請|你|您|千万|千萬|可)\s*[别別]/u, gloss: "don't" },
  { re: /[勿毋]/u, gloss: 'do not' },
];

/** Glosses of the negators with a word before them that changes what they say. */
const ZH_GLOSS: Record<string, string> = {
  从未: 'never', 從未: 'never', 从不: 'never', 從不: 'never', 绝不: 'never', 絕不: 'never', 决不: 'never', 決不: 'never', 永不: 'never',
  尚未: 'not yet', 还未: 'not yet', 還未: 'not yet', 仍未: 'still not', 毫不: 'not at all', 毫无: 'no … at all', 毫無: 'no … at all',
};

/**
 * Any negator or word of negative meaning left after the non-negations are removed: a cue. 首次 / 第一次 ("for the first
 * time") and 仍 / 尚 ("still") count, as "had never … before" and "not yet" render them.
 */
const ZH_CUE = /[不没沒未无無非否别別勿毋莫免禁拒缺]|失[败敗去]|难以|難以|停止|避免|防止|阻止|取消|反[对對]|很少|鲜有|鮮有|几乎|幾乎|除了|而非|缺乏|首次|首度|第一次|頭一次|头一次|从来|從來|仍|尚/u;

/**
 * English that negates nothing: "no matter", "nothing but" (only), "whether or not", "no
 * sooner", "none other than", "No. 5", "no-fly zone", "not least", "no wonder". Removed before both readings.
 */
const EN_NOT_NEGATION =
  /\bno\s+matter\b|\bnothing\s+but\b|\bwhether\s+or\s+not\b|\bor\s+not\b|\bno\s+sooner\b|\bnone\s+other\s+than\b|\bno\.(?=\s*\d)|\bno-(?=\w)|\bnot\s+least\b|\bno\s+wonder\b|\bnot\s+to\s+mention\b/giu;

/**
 * English "not only", "don't … just", double negations and idioms that affirm or bound ("not without", "not un…",
 * "cannot help but", "had no choice
 * but", "no less than", "no more than"): a cue, not a clear negation.
 */
const EN_LEXICAL_NEGATIVE =
  /(?:\bnot|n['’]t)\s+(?:\w+\s+){0,2}(?:only|just|merely|simply)\b|(?:\bnot|\bnever|n['’]t)\s+(?:un(?:like|likely|usual|common|reasonable|known|important|related|expected|familiar|aware|heard)\w*|without|impossible|insignificant|inconsiderable|fail(?:s|ed)?\s+to)\b|\bcan(?:not|['’]t)\s+help\b|\bno\s+(?:other\s+)?(?:choice|alternative|option)\s+but\b|\bno\s+(?:less|more|fewer|later|earlier)\s+than\b|\bnot\b[^.;!?]*\buntil\b|n['’]t\b[^.;!?]*\buntil\b/giu;

/** A clear negation in English. */
const EN_CLEAR =
  /\b(?:not|no|never|none|neither|nor|nobody|nothing|nowhere|without|cannot|den(?:y|ies|ied)|refus(?:e|es|ed)\s+to|fail(?:s|ed)?\s+to|no\s+longer)\b|\w+n['’]t\b/iu;

/** Any word of negative meaning: a cue that may carry the Chinese negation. */
const EN_CUE =
  /\b(?:not|no|never|none|neither|nor|nobody|nothing|nowhere|without|cannot|un(?!ion|it|iver|ique|til|der|veil|anim|leash)\w{3,}|non\w*|dis(?:agree|approv|satisf|like|allow|abl|honest|content|continu|credit|miss|own|prov|qualif|regard|trust|belie|arm|band|mantl|rupt|appear|obey|order)\w*|\w+less|\w+-free|silen\w+|closed|former|resign\w*|step(?:s|ped)?\s+down|lack\w*|fail\w*|refus\w*|reject\w*|declin\w*|den(?:y|ies|ied|ial)|absen\w+|ban(?:s|ned)?|prohibit\w*|forb[ia]d\w*|avoid\w*|prevent\w*|stop\w*|halt\w*|ceas\w+|quit|abandon\w*|oppos\w+|against|barely|hardly|scarcely|seldom|rarely|few|little|except|instead|rather\s+than|miss\w*|lost|los(?:e|es|ing)|ignor\w+|impossible|illegal\w*|irregular|inability|incapable|insufficient|inadequate|invalid|incorrect|inaccurate|incomplete|innocent|free\s+of|short\s+of|far\s+from|too\s+\w+\s+to|yet\s+to|have\s+yet|has\s+yet)\b|n['’]t\b/iu;

/** A side's negation, as the check reads it. */
export interface Negation {
  /** The first clear negation and where it is, or null. */
  clear: { text: string; gloss: string; start: number; end: number } | null;
  /** Whether any word of negative meaning is left (a clear negation counts). */
  cue: boolean;
}

/** Blanks out what matches, keeping offsets. */
function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/** The negation of a Chinese sentence. */
export function readZhNegation(text: string): Negation {
  const plain = blank(text, ZH_NOT_NEGATION);
  const strict = blank(plain, ZH_LEXICAL_NEGATIVE);
  let clear: Negation['clear'] = null;
  for (const { re, gloss } of ZH_CLEAR) {
    const m = re.exec(strict);
    if (!m) continue;
    const word = m[0].replace(/^[^\p{Script=Han}]+/u, '').replace(/^(?:请|請|你|您|千万|千萬|可)/u, '');
    const start = m.index + m[0].length - word.length;
    if (!clear || start < clear.start) clear = { text: word, gloss: ZH_GLOSS[word] ?? gloss, start, end: start + word.length };
  }
  return { clear, cue: clear !== null || ZH_CUE.test(plain) };
}

/** The negation of an English sentence. */
export function readEnNegation(text: string): Negation {
  const plain = blank(text, EN_NOT_NEGATION);
  const strict = blank(plain, EN_LEXICAL_NEGATIVE);
  const m = EN_CLEAR.exec(strict);
  const clear = m ? { text: m[0], gloss: m[0], start: m.index, end: m.index + m[0].length } : null;
  return { clear, cue: clear !== null || EN_CUE.test(plain) };
}
