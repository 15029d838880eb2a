/**
 * Types shared by segmentation, alignment and alignment editing. Kept apart so the editor, the CLI and the
 * exporters can speak about beads without pulling in the aligner itself.
 */

/** Languages the segmenter and aligner know. Chinese is always the source side, English the target side. */
export type AlignLang = 'zh' | 'en';

/** One sentence of a text, with exact UTF-16 offsets into that text (end exclusive, outer whitespace excluded). */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Whether a bead was proposed by the aligner or checked by a person. Confirmed beads survive re-alignment and are
 * what exports trust; an edit that touches a bead turns it back into `auto` unless the edit is a confirmation.
 */
export type BeadStatus = 'auto' | 'confirmed';

/**
 * One alignment unit: a run of Chinese sentences translated by a run of English sentences. Indices are 0-based into
 * the sentence lists, contiguous and increasing; either side may be empty (an omission or an addition). A bead list
 * covers every sentence of both sides exactly once, in order. `status` is absent on fresh aligner output (= `auto`).
 */
export interface Bead {
  zh: number[];
  en: number[];
  /** In [0, 1]: the aligner's estimate that this bead is exactly right (1 for confirmed beads set by a person). */
  confidence: number;
  status?: BeadStatus;
}

/** A `zh term -> en term` pair known to translate each other (wiki-link entities, a project glossary). */
export interface GlossaryEntry {
  zh: string;
  en: string;
}

/**
 * Chinese -> English dictionary as the aligner sees it: the English glosses of a Chinese word, or undefined when the
 * word is unknown. A function rather than data so `shared/` stays pure and the 20 MB CC-CEDICT lives in the Node
 * process (see `electron/services/dictionary.ts`).
 */
export interface AlignDictionary {
  lookup(word: string): readonly string[] | undefined;
  /** Longest headword worth trying, in characters (default 6). */
  maxWordLength?: number;
}

/** A pair of sentence indices a person (or an earlier pass) has fixed as translating each other. */
export interface AlignAnchor {
  zh: number;
  en: number;
}
