/**
 * What the aligner knows about each sentence: its length, and the lexical anchors it shares with sentences of the
 * other language. A Chinese sentence yields "concepts" (a number, a Latin-script name, a glossary term, a dictionary
 * word), each with the English keys that would show it was translated; an English sentence yields the set of keys it
 * contains. A concept is matched when one of its keys is found on the other side.
 */
import { enLength, glossKeys, isContentWord, isHan, latinWords, stripMarkup, wordKey, zhLength } from './lexicon';
import { numberKeys } from './numbers';
import type { AlignDictionary, GlossaryEntry } from './types';

/** At most this many concepts / content keys per sentence take part, so matches fit a 32-bit mask. */
export const MAX_ITEMS = 31;

/** A translatable unit of a Chinese sentence and the English keys any one of which shows it was translated. */
export interface Concept {
  weight: number;
  keys: string[];
}

/** Features of one Chinese sentence. */
export interface ZhFeatures {
  length: number;
  concepts: Concept[];
}

/** Features of one English sentence: every key it contains, and its content keys (what a translation must explain). */
export interface EnFeatures {
  length: number;
  keys: Set<string>;
  content: { key: string; weight: number }[];
}

/** Options that feed lexical anchors; all optional, so the aligner works on numbers and names alone. */
export interface FeatureOptions {
  glossary?: readonly GlossaryEntry[];
  dictionary?: AlignDictionary;
  published?: string | null;
}

const LATIN = /[A-Za-z][A-Za-z0-9'’.\-]*/gu;

function glossaryKeys(en: string): string[] {
  const words = latinWords(en);
  const content = words.filter((w) => isContentWord(w));
  return [...new Set((content.length > 0 ? content : words).map(wordKey))];
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
  const glossary = (options.glossary ?? [])
    .filter((g) => g.zh.length > 0 && g.en.trim().length > 0)
    .map((g) => ({ zh: g.zh, keys: glossaryKeys(g.en) }))
    .filter((g) => g.keys.length > 0)
    // Longest terms first so 美国国务卿 wins over 美国.
    .sort((a, b) => b.zh.length - a.zh.length);
  const lookup = options.dictionary ? dictionaryKeys(options.dictionary) : undefined;
  const maxLen = options.dictionary?.maxWordLength ?? 6;
  return sentences.map((raw) => {
    const text = stripMarkup(raw);
    const concepts: Concept[] = [];
    for (const { key, weight } of numberKeys(text, 'zh', options.published)) concepts.push({ weight: weight + 0.5, keys: [key] });
    for (const m of text.matchAll(LATIN)) {
      const word = m[0].replace(/[.\-'’]+$/u, '');
      if (word.length > 0) concepts.push({ weight: word.length > 1 ? 3 : 2, keys: [wordKey(word)] });
    }
    const covered = new Uint8Array(text.length);
    for (const g of glossary) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(g.zh, from);
        if (at < 0) break;
        from = at + g.zh.length;
        if (covered[at]) continue;
        covered.fill(1, at, at + g.zh.length);
        concepts.push({ weight: 3, keys: g.keys });
      }
    }
    if (lookup) {
      let i = 0;
      while (i < text.length) {
        if (covered[i] || !isHan(text[i])) {
          i++;
          continue;
        }
        let found = 0;
        let keys: string[] | undefined;
        for (let len = Math.min(maxLen, text.length - i); len >= 2; len--) {
          if (covered[i + len - 1] || !isHan(text[i + len - 1])) continue;
          keys = lookup(text.slice(i, i + len));
          if (keys) {
            found = len;
            break;
          }
        }
        if (found > 0 && keys && keys.length > 0) {
          concepts.push({ weight: found >= 3 ? 1.5 : 1, keys });
          i += found;
        } else i++;
      }
    }
    // Strongest anchors first: if a sentence has more than MAX_ITEMS, the weak dictionary words are the ones dropped.
    concepts.sort((a, b) => b.weight - a.weight);
    return { length: zhLength(text), concepts: concepts.slice(0, MAX_ITEMS) };
  });
}

/** Extract the features of every English sentence. */
export function enFeatures(sentences: readonly string[], options: FeatureOptions): EnFeatures[] {
  return sentences.map((raw) => {
    const text = stripMarkup(raw);
    const keys = new Set<string>();
    const content = new Map<string, number>();
    for (const w of latinWords(text)) {
      const key = wordKey(w);
      keys.add(key);
      if (isContentWord(w) && !/^\p{N}/u.test(w)) content.set(key, Math.max(content.get(key) ?? 0, /^\p{Lu}/u.test(w) ? 1.5 : 1));
    }
    for (const { key, weight } of numberKeys(text, 'en', options.published)) {
      keys.add(key);
      content.set(key, Math.max(content.get(key) ?? 0, weight));
    }
    const list = [...content].map(([key, weight]) => ({ key, weight })).sort((a, b) => b.weight - a.weight);
    return { length: enLength(text), keys, content: list.slice(0, MAX_ITEMS) };
  });
}

/**
 * Down-weight concepts whose keys occur in a large share of the English sentences (a dictionary gloss like "country"
 * in an article about countries): they match everywhere and so tell nothing about which sentence is the translation.
 */
export function weighByRarity(zh: ZhFeatures[], en: EnFeatures[]): void {
  const df = new Map<string, number>();
  for (const s of en) for (const k of s.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const m = Math.max(1, en.length);
  for (const s of zh) {
    for (const c of s.concepts) {
      let worst = 0;
      for (const k of c.keys) worst = Math.max(worst, df.get(k) ?? 0);
      const share = worst / m;
      if (m >= 8 && share > 0.15) c.weight *= Math.max(0.2, 0.15 / share);
    }
  }
  for (const s of en) {
    for (const c of s.content) {
      const share = (df.get(c.key) ?? 0) / m;
      if (m >= 8 && share > 0.15) c.weight *= Math.max(0.2, 0.15 / share);
    }
  }
}
