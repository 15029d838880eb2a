/**
 * What the aligner knows about each sentence: its length, and the lexical anchors it shares with sentences of the
 * other language. A Chinese sentence yields "concepts" (a number, a Latin-script name, a glossary term, a dictionary
 * word, a question / exclamation / quotation mark), each with the English keys that would show it was translated;
 * an English sentence yields the set of keys it contains. A concept is matched when one of its keys is found on the
 * other side.
 */
import { enLength, glossKeys, isContentWord, isHan, latinWords, nameKey, stripMarkup, wordKey, zhLength } from './lexicon';
import { numberKeys } from './numbers';
import { foldToSimplified } from '../text/scriptFold';
import type { AlignDictionary, GlossaryEntry } from './types';

/** At most this many concepts / content keys per sentence take part, so matches fit a 32-bit mask. */
export const MAX_ITEMS = 31;

/** Where a concept or English key came from; each kind has its own chance of surviving translation. */
export type ZhKind = 'number' | 'latin' | 'glossary' | 'dictionary' | 'mark';
/** English content kinds: numbers and dates, capitalised words (names), other content words. */
export type EnKind = 'number' | 'name' | 'word' | 'mark';

/** A translatable unit of a Chinese sentence and the English keys any one of which shows it was translated. */
export interface Concept {
  kind: ZhKind;
  /** Order of preference when a sentence has more than MAX_ITEMS concepts (higher is kept). */
  weight: number;
  keys: string[];
}

/** Features of one Chinese sentence. */
export interface ZhFeatures {
  length: number;
  concepts: Concept[];
  /** A translator's or editor's note (`（译者注：…）`), which has no counterpart in the other text. */
  note: boolean;
  /** A byline or a photo caption (see `isCredit`): it pairs only with one of the other side. */
  credit: boolean;
  /** A credit that is a photo caption, a sentence of its own (see `isCaption`). */
  caption: boolean;
  /** Ends in a short aside in brackets after its stop, as a caption's credit does (see `endsInAside`). */
  aside: boolean;
}

/** Features of one English sentence: every key it contains, and its content keys (what a translation must explain). */
export interface EnFeatures {
  length: number;
  keys: Set<string>;
  content: { key: string; kind: EnKind }[];
  /** A translator's or editor's note (`[Translator's note: …]`, `(… -- Trans.)`). */
  note: boolean;
  /** A byline or a photo caption (see `isCredit`). */
  credit: boolean;
  /** A credit that is a photo caption (see `isCaption`). */
  caption: boolean;
  /** Ends in a short aside in brackets after its stop (see `endsInAside`). */
  aside: boolean;
}

/** Options that feed lexical anchors; all optional, so the aligner works on numbers and names alone. */
export interface FeatureOptions {
  glossary?: readonly GlossaryEntry[];
  dictionary?: AlignDictionary;
  published?: string | null;
}

const LATIN = /[A-Za-z][A-Za-z0-9'’.\-]*/gu;

/**
 * Punctuation a translation keeps: a quotation, a question, an exclamation. Language-neutral anchors (like numbers)
 * that hold when nothing else does, e.g. without a dictionary.
 */
const MARKS: [string, RegExp, RegExp][] = [
  ['mark:quote', /[“”「」『』"]/u, /["“”]/u],
  ['mark:question', /[？?]/u, /\?/u],
  ['mark:exclaim', /[！!]/u, /!/u],
];

/**
 * A note a translator or editor added, marked as such at its start (`（译者注：`, `(Translator's note:`, `[Editor's
 * note:`) or its end (`—— 译者）`, `-- Trans.)`, `— Ed.]`), and the credit lines and editorial boilerplate of one
 * edition (`Reporting by …; editing by …`, `(This interview has been edited for length …)`, `责任编辑：…`). Whoever
 * adds one adds it to one text only, so it is the surest sign of a sentence with no counterpart; a note that is itself
 * translated (an editor's note of the original) is a note on both sides and pairs as usual.
 */
const NOTE = {
  zh: [
    /^[（(【〔\[]\s*(?:译者?|譯者?|编者?|編者?|校者?|译|譯)?\s*(?:注|註|按)\s*[:：]/u,
    /[—－\-]{1,2}\s*(?:译者|譯者|编者|編者|译注|譯注|编注|編注)\s*[）)\]】〕]$/u,
    /^[（(【\[]?\s*(?:责任编辑|責任編輯|编辑|編輯|记者|記者|撰文|翻译|翻譯|编译|編譯|译者|譯者|校对|校對|审校|審校)\s*[:：]/u,
  ],
  en: [
    /^[(\[]\s*(?:(?:translator|editor|trans|tr|ed)(?:['’]s)?\.?\s*(?:note)?|note)\s*[:：]/iu,
    /(?:--|[—–\-])\s*(?:trans(?:lator)?|tr|ed(?:itor)?)\.?\s*[)\]]$/iu,
    /^[(\[]?\s*(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Tt]ranslation|[Tt]ranslated)\s+by\s+\p{Lu}(?!.*\b(?:is|are|was|were|has|have|had)\b)/u,
    /^[(\[]?\s*this\s+(?:interview|article|story|transcript|conversation)\s+has\s+been\s+(?:edited|condensed|translated|updated)\b/iu,
  ],
};

/**
 * A byline (`By Maria Olsen in Oslo`, `本报记者 李敏`, `記者王小明／台北報導`) or a photo caption (`图为……`, a line ending
 * in `(Photo: …)` / `（摄影：…）`). One edition often has one the other lacks, and then it must not be glued to a
 * neighbour; but both editions often have it too, translated, so unlike a note it is not cheap to leave alone: it
 * pairs with a byline or caption of the other side, or stands alone at the usual price of an omission.
 */
const CREDIT = {
  zh: [
    // A byline without a stop (`本报记者 李敏 通讯员 王强`, `記者王小明／台北報導`).
    /^[（(【\[]?\s*(?:本报|本報|本台|本刊|本网|本網|特约|特約|实习|實習|驻\S{1,6}|駐\S{1,6})?(?:记者|記者|通讯员|通訊員)(?![会會招手节節调調观觀问問])[^。！？!?]{0,30}$/u,
    // A photo caption (`图为……`, `（封面图片：……）`) or a line ending in a photo credit (`（摄影：张华）`, `（圖／中央社）`).
    /^(?:图为|圖為|上图|上圖|下图|下圖|图[:：]|圖[:：])/u,
    /[（(【\[]\s*[^（()）:：／/]{0,4}(?:摄影|攝影|摄|攝|图|圖|图片|圖片|图源|圖源|图片来源|圖片來源|照片|图文|圖文)\s*[:：／/][^（()）]*[）)】\]]$/u,
    // … or in an unlabelled one after its stop: the photographer, then 摄 (`（新华社记者 李刚 摄）`), or the agency that
    // sent it (`（新华社发）`).
    /[。！？][”’」』]?\s*[（(]\s*[^，,。！？!?：:（()）]{2,24}?(?:\s*(?:摄|攝|摄影|攝影|供图|供圖)|(?:社|网|網|台|报|報)(?:发|發)(?:\s+[^，,。！？!?：:（()）]{2,12}(?:摄|攝))?)\s*[）)]$/u,
  ],
  en: [
    // A byline without a stop, a first and a last name at least: `By Maria Olsen in Oslo`, `By Li Min and John Smith,
    // Reuters` (`By Air`, a heading, is none).
    /^By\s+(?!(?:The|A|An|This|That|Then|Now|Next|Last|New|Early|Late|Mid|Christmas|Easter|Invitation|Order|Design|Default|Contrast|Comparison|Law|Numbers|Air|Sea|Land|Road|Rail|Mail|Hand|Night|Day|Noon|Midnight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’.\-]*\s+(?:(?:de|da|van|von|der|bin|al-)\s*)?\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|and|in|at|de|da|van|von|der|bin|al-\p{L}+))*(?:\s*[,;|]\s*\p{Lu}[\p{L}'’.\- ]*)*$/u,
    // A line ending in a photo credit: `… in November 2022. (Photo: British Antarctic Survey)`, `(AP Photo/Jane Doe)`.
    /[(\[][^()\[\]]*\b(?:photo|photograph|picture|image|pic|credit)s?\s*[:/][^()\[\]]*[)\]]$/iu,
    /^(?:photo|picture|image)\s*(?:credit)?\s*:/iu,
    // … or in an unlabelled agency / photographer one after its stop: `… county. (Xinhua/Li Gang)`.
    /[.!?]["”’]?\s*[(\[]\s*\p{Lu}[\p{L}.&'’\- ]{1,30}\/\s*\p{Lu}[\p{L}.'’\- ]{1,40}[)\]]$/u,
    // `Reporting by Li Min`, `Additional reporting by …`, `Li Min reporting from Los Angeles`.
    /^(?:(?:additional\s+)?reporting|writing|edited)\s+by\s+\p{Lu}[^.!?]{0,80}$/iu,
    /^\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3}\s+(?:reporting|reports|writing)\s+(?:from|in)\s+\p{Lu}[^.!?]{0,40}$/u,
  ],
};

/** Whether a sentence is a byline or a photo caption (see CREDIT). */
export function isCredit(text: string, lang: 'zh' | 'en'): boolean {
  const t = text.trim();
  return CREDIT[lang].some((re) => re.test(t));
}

/**
 * Whether a credit is a photo caption — a sentence with a credit after its stop, or one that opens like a caption
 * (`图为……`) — rather than a bare credit line (a byline, `Photo: Reuters`, `Reporting by …`). Its translation is a
 * sentence of the same content whose credit may be written in a form not read as one (or dropped), so a caption paired
 * one to one with a sentence that is no credit is no sign of a wrong pair.
 */
export function isCaption(text: string, lang: 'zh' | 'en'): boolean {
  const t = text.trim();
  if (!isCredit(t, lang)) return false;
  return lang === 'zh'
    ? /^(?:图为|圖為|上图|上圖|下图|下圖)/u.test(t) || /[。！？][”’」』]?\s*[（(【\[][^（()）【】\[\]]*[）)】\]]$/u.test(t)
    : /[.!?]["”’]?\s*[(\[][^()\[\]]*[)\]]$/u.test(t);
}

/**
 * Whether a sentence ends in a short aside in brackets, with no stop of its own, after its stop (`… county. (Getty
 * Images)`, `……桥梁。（李刚）`): where a caption's credit stands, so the translation of a caption whose credit is
 * written in a form `isCredit` does not read.
 */
export function endsInAside(text: string): boolean {
  return /[。！？.!?]["”’」』]?\s*[（(【\[][^（()）【】\[\]。！？.!?]{1,40}[）)】\]]$/u.test(text.trim());
}

/** Whether a sentence is a translator's or editor's note (see NOTE). */
export function isNote(text: string, lang: 'zh' | 'en'): boolean {
  const t = text.trim();
  return NOTE[lang].some((re) => re.test(t));
}

function glossaryKeys(en: string): string[] {
  const words = latinWords(en);
  const content = words.filter((w) => isContentWord(w));
  const keys = new Set<string>();
  for (const w of content.length > 0 ? content : words) {
    keys.add(wordKey(w));
    const name = nameKey(w);
    if (name) keys.add(name);
  }
  return [...keys];
}

/** Build a cached `word -> keys` function over a dictionary, so each distinct word is looked up once per run. */
function dictionaryKeys(dictionary: AlignDictionary): (word: string) => string[] | undefined {
  const cache = new Map<string, string[] | null>();
  return (word) => {
    let hit = cache.get(word);
    if (hit === undefined) {
      const glosses = dictionary.lookup(word);
      hit = glosses && glosses.length > 0 ? glossKeys(glosses) : null;
      cache.set(word, hit);
    }
    return hit ?? undefined;
  };
}

/** Extract the features of every Chinese sentence. */
export function zhFeatures(sentences: readonly string[], options: FeatureOptions): ZhFeatures[] {
  // Terms and sentences are matched folded to simplified script: a glossary written in one script (卡塔尔) still finds
  // its term in an article written in the other (卡塔爾). Folding keeps offsets, so `covered` stays valid for `text`.
  const glossary = (options.glossary ?? [])
    .filter((g) => g.zh.length > 0 && g.en.trim().length > 0)
    .map((g) => ({ zh: foldToSimplified(g.zh), keys: glossaryKeys(g.en) }))
    .filter((g) => g.keys.length > 0)
    // Longest terms first so 美国国务卿 wins over 美国.
    .sort((a, b) => b.zh.length - a.zh.length);
  const lookup = options.dictionary ? dictionaryKeys(options.dictionary) : undefined;
  const maxLen = options.dictionary?.maxWordLength ?? 6;
  return sentences.map((raw) => {
    const text = stripMarkup(raw);
    const concepts: Concept[] = [];
    for (const { key, weight, alt } of numberKeys(text, 'zh', options.published)) concepts.push({ kind: 'number', weight: weight + 2, keys: [key, ...(alt ?? [])] });
    for (const m of text.matchAll(LATIN)) {
      const word = m[0].replace(/[.\-'’]+$/u, '');
      const name = nameKey(word);
      if (word.length > 0) concepts.push({ kind: 'latin', weight: 4, keys: name ? [wordKey(word), name] : [wordKey(word)] });
    }
    for (const [key, zhMark] of MARKS) if (zhMark.test(text)) concepts.push({ kind: 'mark', weight: 1, keys: [key] });
    const covered = new Uint8Array(text.length);
    const folded = glossary.length > 0 ? foldToSimplified(text) : text;
    for (const g of glossary) {
      let from = 0;
      for (;;) {
        const at = folded.indexOf(g.zh, from);
        if (at < 0) break;
        from = at + g.zh.length;
        if (covered[at]) continue;
        covered.fill(1, at, at + g.zh.length);
        concepts.push({ kind: 'glossary', weight: 3.5, keys: g.keys });
      }
    }
    if (lookup) {
      // Backward maximum matching: on Chinese it splits better than forward matching (四名人质 -> 四 名 人质, not
      // 四 名人 质), and it needs nothing but the dictionary.
      let e = text.length;
      while (e > 0) {
        if (covered[e - 1] || !isHan(text[e - 1])) {
          e--;
          continue;
        }
        let found = 0;
        let keys: string[] | undefined;
        for (let len = Math.min(maxLen, e); len >= 2; len--) {
          if (covered[e - len] || !isHan(text[e - len])) continue;
          keys = lookup(text.slice(e - len, e));
          if (keys) {
            found = len;
            break;
          }
        }
        if (found > 0 && keys && keys.length > 0) {
          concepts.push({ kind: 'dictionary', weight: found, keys });
          e -= found;
        } else e--;
      }
    }
    // Strongest anchors first: if a sentence has more than MAX_ITEMS, the weak dictionary words are the ones dropped.
    concepts.sort((a, b) => b.weight - a.weight);
    return { length: zhLength(text), concepts: concepts.slice(0, MAX_ITEMS), note: isNote(text, 'zh'), credit: isCredit(text, 'zh'), caption: isCaption(text, 'zh'), aside: endsInAside(text) };
  });
}

/** Extract the features of every English sentence. */
export function enFeatures(sentences: readonly string[], options: FeatureOptions): EnFeatures[] {
  return sentences.map((raw) => {
    const text = stripMarkup(raw);
    const keys = new Set<string>();
    const content = new Map<string, EnKind>();
    const words = latinWords(text);
    words.forEach((w, k) => {
      const key = wordKey(w);
      const name = nameKey(w);
      keys.add(key);
      if (name) keys.add(name);
      // `American-Israelis`: each part is a key of its own as well.
      if (w.includes('-')) {
        for (const part of w.split('-')) {
          if (!part) continue;
          keys.add(wordKey(part));
          const partName = nameKey(part);
          if (partName) keys.add(partName);
        }
      }
      if (!isContentWord(w) || /^\p{N}/u.test(w)) return;
      // A capital not at the start of the sentence marks a name (or an acronym): those carry over into Chinese text
      // in Latin script or through the glossary far more often than ordinary words. A name is counted under its
      // name key, so `Israelis` is explained by 以色列 ("Israel").
      const isName = k > 0 && /^\p{Lu}/u.test(w);
      const itemKey = isName && name ? name : key;
      if (!content.has(itemKey)) content.set(itemKey, isName ? 'name' : 'word');
    });
    for (const { key } of numberKeys(text, 'en', options.published)) {
      keys.add(key);
      content.set(key, 'number');
    }
    for (const [key, , enMark] of MARKS) {
      if (!enMark.test(text)) continue;
      keys.add(key);
      content.set(key, 'mark');
    }
    const rank: Record<EnKind, number> = { number: 0, mark: 1, name: 2, word: 3 };
    const list = [...content].map(([key, kind]) => ({ key, kind })).sort((a, b) => rank[a.kind] - rank[b.kind]);
    return { length: enLength(text), keys, content: list.slice(0, MAX_ITEMS), note: isNote(text, 'en'), credit: isCredit(text, 'en'), caption: isCaption(text, 'en'), aside: endsInAside(text) };
  });
}
