/**
 * The translation side of Glossa as it is stored and exchanged: aligned sentence pairs with their status, translation
 * units (the translation memory and what TMX/XLIFF carry), glossary terms and the findings of the translation checks.
 *
 * A pair points at sentences by index into the segmentation of each side (`shared/align/segment.ts`) rather than by
 * character offsets: indices survive the user splitting or merging a neighbouring sentence far better than offsets do,
 * they are what the aligner produces (`Bead`) and what sentence-alignment research formats use. The pair also keeps the
 * sentence texts, so a pair can be shown, checked, exported and put in the memory without re-segmenting the article.
 */

/** Whether a pair came from the aligner or was checked by a person (the same vocabulary as `Bead.status`). */
export type PairStatus = 'auto' | 'confirmed';

/** All pair statuses, for validation at boundaries (IPC, imports). */
export const PAIR_STATUSES: readonly PairStatus[] = ['auto', 'confirmed'];

/**
 * Where the translation of one segment stands, in the order a segment moves through them. The vocabulary follows what
 * CAT tools show (and maps onto XLIFF 2.1 `state`, see `shared/export/xliff.ts`): `new` has no target yet, `draft` is a
 * translator's unfinished target, `translated` is done by the translator, `reviewed` has passed a reviewer, `final`
 * is signed off.
 */
export type SegmentStatus = 'new' | 'draft' | 'translated' | 'reviewed' | 'final';

/** All segment statuses in workflow order. */
export const SEGMENT_STATUSES: readonly SegmentStatus[] = ['new', 'draft', 'translated', 'reviewed', 'final'];

/**
 * A note carried beside a pair or unit: a fact-check claim, an annotation's comment or a translator's remark.
 * Exports write them as XLIFF notes, TMX properties and a column of the bilingual table.
 */
export interface TranslationNote {
  /** `claim`, `annotation`, `comment`, or another short word naming the kind of note. */
  category: string;
  text: string;
  /** Which side the note is about; absent means the pair as a whole. */
  appliesTo?: 'source' | 'target';
}

/**
 * One aligned pair of an article: a run of Chinese sentences and the run of English sentences that translates it.
 * Either side may be empty (an omission or an addition). The shape extends the aligner's `Bead`.
 */
export interface AlignedPair {
  /** Database id once stored. */
  id?: number;
  /** 0-based indices into the Chinese sentence list, contiguous and increasing. */
  zh: number[];
  /** 0-based indices into the English sentence list, contiguous and increasing. */
  en: number[];
  /** The Chinese sentences of the pair joined as they stand in the text (no separator between Chinese sentences). */
  zhText: string;
  /** The English sentences of the pair joined by one space. */
  enText: string;
  status: PairStatus;
  /** In [0, 1]: the aligner's estimate that the pair is exactly right; 1 once a person confirms it. */
  confidence: number;
  /** Translation status of the English side, for pairs translated in Glossa (absent for an imported English text). */
  targetStatus?: SegmentStatus;
  /** Claims and annotations on the Chinese span, and translator notes, shown and exported beside the pair. */
  notes?: TranslationNote[];
}

/** Where a glossary term came from: a wiki-link entity given its English, typed by a user, or read from a file. */
export type GlossarySource = 'wiki-link' | 'user' | 'import';

/** One glossary entry: a Chinese term and the English the translation must use for it. */
export interface GlossaryTerm {
  zh: string;
  en: string;
  note?: string;
  source: GlossarySource;
}

/**
 * One entry of the translation memory, and the unit TMX and XLIFF exchange. Languages are BCP 47 tags (`zh-CN`, `en`).
 */
export interface TranslationUnit {
  /** Stable id within an export (XLIFF unit id, TMX `tuid`). */
  id?: string;
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  /** Where the unit comes from: an article id (`article:12`), a file name, a tool. */
  origin?: string;
  /** ISO 8601 date-time the unit was created. */
  created?: string;
  status?: SegmentStatus;
  /** The alignment status of the pair the unit came from. */
  pairStatus?: PairStatus;
  /** The alignment confidence of the pair the unit came from, in [0, 1]. */
  confidence?: number;
  notes?: TranslationNote[];
}

/** All check kinds, in the order their findings come for a pair; for validation at boundaries and the checks panel. */
export const CHECK_KINDS = ['number', 'term', 'untranslated', 'same-as-source', 'brackets', 'negation'] as const;

/** The kinds of translation checks. */
export type CheckKind = (typeof CHECK_KINDS)[number];

/** A span of one side of a pair, in UTF-16 offsets into that side's text, so the UI can highlight what disagrees. */
export interface PairSpan {
  start: number;
  end: number;
}

/** One problem a check found in a pair; `detail` says in words what disagrees. */
export interface CheckFinding {
  kind: CheckKind;
  /** The Chinese text of the pair. */
  zh: string;
  /** The English text of the pair. */
  en: string;
  detail: string;
  /** Index of the pair in the list that was checked. */
  pairIndex: number;
  /** Where in the Chinese text the problem is, when it is at one place. */
  zhSpan?: PairSpan;
  /** Where in the English text the problem is, when it is at one place. */
  enSpan?: PairSpan;
}
