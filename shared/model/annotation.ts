/**
 * Annotations, as Glossa stores and exchanges them. The shape follows the W3C Web Annotation Data Model
 * (https://www.w3.org/TR/annotation-model/) closely, so that export to JSON-LD is a renaming and nothing more:
 * an annotation has a motivation, bodies (what is said) and a target (what it is said about); the target is a span of
 * a revision's canonical text (`shared/text/canonical.ts`), described twice, by quote and by position, so that it can
 * be found again after the text is edited (`shared/anchoring`).
 *
 * Glossa adds three things the W3C model leaves to extensions: the revision the selectors refer to, how sure the last
 * re-anchoring was (`anchor`), and, for fact-checking, the details of a checkable claim (`claim`).
 */
import type { Quantity } from './quantity';

/** The W3C motivations Glossa offers; each is a term of the `oa:` vocabulary, so it exports unchanged. */
export const MOTIVATIONS = ['commenting', 'tagging', 'highlighting', 'questioning', 'linking', 'assessing'] as const;
/** Why an annotation was made. `assessing` marks a fact-checked claim (it carries `claim`). */
export type Motivation = (typeof MOTIVATIONS)[number];

/** The purposes a textual body can serve (a subset of the W3C motivations, as the model allows). */
export const TEXT_BODY_PURPOSES = ['commenting', 'tagging', 'questioning', 'assessing', 'describing'] as const;
/** What one textual body is for: a comment, a tag, a question, an assessment or a description. */
export type TextBodyPurpose = (typeof TEXT_BODY_PURPOSES)[number];

/**
 * A body written by a person. A tag is a textual body with purpose `tagging` and the tag as its value, as the W3C
 * model does it, so tags need no type of their own.
 */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: TextBodyPurpose;
  /** Media type of `value`; notes are plain text unless the editor says otherwise. */
  format?: 'text/plain' | 'text/markdown';
  /** BCP 47 language of `value` (a translator's note may be in English on a Chinese article). */
  language?: string;
}

/**
 * A body that points at another annotation (W3C `SpecificResource` with purpose `linking`): "this claim repeats that
 * one", "see the note on the other paragraph".
 */
export interface LinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  /** The id (uuid) of the annotation linked to. */
  source: string;
}

/**
 * The second span of a "link two spans" annotation (motivation `linking`): a W3C `SpecificResource` body with
 * purpose `linking` whose selectors pick a span of the same article's text, so the annotation is a body/target pair
 * (the target is the first span, this body the second). Both ends are described in the revision
 * `Annotation.revisionId` and re-anchored together; each end keeps its own anchor state, since an edit may orphan one
 * end and not the other.
 */
export interface SpanLinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  selectors: SpanSelectors;
  anchor: AnchorStatus;
}

/** One body of an annotation. */
export type Body = TextualBody | LinkBody | SpanLinkBody;

/** True for the body holding the second span of a two-span link. */
export function isSpanLinkBody(body: Body): body is SpanLinkBody {
  return body.type === 'SpecificResource' && 'selectors' in body;
}

/** The second span of a two-span link annotation, or null for every other annotation. */
export function linkedSpanOf(annotation: Pick<Annotation, 'bodies'>): SpanLinkBody | null {
  return annotation.bodies.find(isSpanLinkBody) ?? null;
}

/** W3C TextQuoteSelector: the exact text of the span and some text either side of it, to find it again. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: UTF-16 code-unit offsets into the revision's canonical text, end exclusive. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** Both selectors of a span. Position is fast and exact on its own revision; the quote survives edits. */
export interface SpanSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** What an annotation is about: a span of its article's text at revision `Annotation.revisionId`. */
export interface AnnotationTarget {
  selectors: SpanSelectors;
}

/**
 * Whether the target was found in the revision it now points at. `moved` means "probably here, but the text changed
 * or is ambiguous": the user is asked to confirm. `orphaned` means the span was not found; the old selectors are kept.
 */
export type AnchorState = 'anchored' | 'moved' | 'orphaned';

/** The outcome of the last (re-)anchoring. */
export interface AnchorStatus {
  state: AnchorState;
  /** 0..1; 1 when the span was found unchanged in place. See `shared/anchoring/reanchor.ts` for the scale. */
  confidence: number;
}

/** Where a claim stands in the fact-checking workflow. */
export const CLAIM_STATUSES = ['open', 'in review', 'checked', 'published'] as const;
/** Where a claim stands in the fact-checking workflow. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The verdict every new claim starts with. Verdicts are strings so that a newsroom can use its own scale. */
export const DEFAULT_VERDICT = 'unverified';

/** A saved copy of a source, so that a verdict can still be shown to rest on evidence after the page changes. */
export interface SourceSnapshot {
  fileName: string;
  /** Lower-case hex SHA-256 of the file, to prove the copy was not altered. */
  sha256: string;
  mediaType: string;
  /** Size in bytes, shown beside the name (absent on snapshots stored before it was recorded). */
  size?: number;
}

/** A piece of evidence for or against a claim. */
export interface ClaimSource {
  id: string;
  /** http(s) only; see `validateSourceUrl`. */
  url: string;
  title: string;
  publisher: string;
  /** ISO 8601 date (or partial date) of publication, '' when unknown. */
  date: string;
  /** The passage of the source that bears on the claim. */
  quote: string;
  /** 1 (weak) .. 5 (authoritative), null when not rated. */
  credibility: number | null;
  /** An archived copy (Wayback Machine, archive.today), '' when none. */
  archiveUrl: string;
  snapshot?: SourceSnapshot;
}

/** The fact-checking details of an annotation whose span states something checkable. */
export interface ClaimDetails {
  /** The span as written in the article (the quote when the claim was made). */
  statedText: string;
  /** The claim in English ("$30M per month"), for reports and ClaimReview; null until someone writes it. */
  english: string | null;
  /** Who made the claim (a person or an organisation), null when the article states it in its own voice. */
  attributedTo: string | null;
  /** The checkable quantity, normalised (`shared/model/quantity.ts`), null for claims that are not about a number. */
  value: Quantity | null;
  /** A verdict of the newsroom's scale (default scale in `shared/claims/verdicts.ts`); starts as `DEFAULT_VERDICT`. */
  verdict: string;
  rationale: string;
  status: ClaimStatus;
  reviewer: string | null;
  sources: ClaimSource[];
}

/** One annotation. JSON-serialisable as is; `shared/export/webAnnotation.ts` turns it into W3C JSON-LD and back. */
export interface Annotation {
  /** A UUID (lower case, without the `urn:uuid:` prefix it gets on export). */
  id: string;
  articleId: number;
  /** The revision the selectors refer to: the one it was made on, or the last it was re-anchored on. */
  revisionId: number;
  motivation: Motivation;
  bodies: Body[];
  /** The person who made it (a display name or a handle). */
  creator: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  target: AnnotationTarget;
  anchor: AnchorStatus;
  claim?: ClaimDetails;
}

/** What happened to an annotation; one history entry per user action or re-anchoring. */
export type AnnotationAction = 'created' | 'edited' | 'reanchored' | 'confirmed' | 'deleted' | 'restored';

/**
 * One step of an annotation's history. Whole snapshots rather than field diffs: annotations are small, and a
 * snapshot can be restored or shown side by side without replaying anything.
 */
export interface AnnotationHistoryEntry {
  annotationId: string;
  /** ISO 8601 timestamp. */
  at: string;
  /** Who did it; `glossa` for automatic re-anchoring. */
  actor: string;
  action: AnnotationAction;
  /** Null for `created`. */
  before: Annotation | null;
  /** Null for `deleted`. */
  after: Annotation | null;
}

/** A fresh claim for a span, with the workflow's starting values. */
export function newClaimDetails(statedText: string): ClaimDetails {
  return {
    statedText,
    english: null,
    attributedTo: null,
    value: null,
    verdict: DEFAULT_VERDICT,
    rationale: '',
    status: 'open',
    reviewer: null,
    sources: [],
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a lower-case UUID (any version), the only form annotation ids take. */
export function isAnnotationId(value: string): boolean {
  return UUID.test(value);
}

/** The outcome of `validateSourceUrl`. */
export type SourceUrlCheck =
  | { ok: true; url: string }
  | { ok: false; code: 'empty' | 'unparseable' | 'scheme' | 'credentials'; message: string }
  /** A link copied without its scheme (`www.reuters.com/world/…`): `suggestion` is the https:// link it probably meant. */
  | { ok: false; code: 'noScheme'; message: string; suggestion: string };

/** `host.tld` at the start, then a path, query or fragment or nothing: a web address without its scheme. */
const HOST_FIRST = /^[^\s/?#:@]+\.[^\s/?#:@]+([/?#]|$)/;

/**
 * Accepts a source link only if it is an http(s) URL that `new URL()` parses. Sources end up as clickable links in
 * the app and in exported reports, so `javascript:`, `file:` and friends must never get in. Returns the normalised
 * href (what `URL` serialises) so that the stored form is canonical.
 */
export function validateSourceUrl(input: string): SourceUrlCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, code: 'empty', message: 'The source link is empty: paste an http(s) address.' };
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    const withoutSlashes = trimmed.replace(/^\/\//, '');
    if (HOST_FIRST.test(withoutSlashes)) {
      const fixed = validateSourceUrl(`https://${withoutSlashes}`);
      if (fixed.ok) {
        return {
          ok: false,
          code: 'noScheme',
          message: `"${trimmed}" has no https:// (or http://) in front, so it is not a complete address. Use ${fixed.url}?`,
          suggestion: fixed.url,
        };
      }
    }
    return {
      ok: false,
      code: 'unparseable',
      message: `"${trimmed}" is not a web address: it should look like https://example.org/page.`,
    };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return {
      ok: false,
      code: 'scheme',
      message: `Only http and https links can be sources, not "${parsed.protocol}" links.`,
    };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return {
      ok: false,
      code: 'credentials',
      message: 'The source link contains a user name or password: remove them before saving it.',
    };
  }
  return { ok: true, url: parsed.href };
}
