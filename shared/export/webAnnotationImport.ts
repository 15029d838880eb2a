/**
 * Reading W3C Web Annotation JSON-LD back into Glossa annotations: Glossa's own export without loss, and annotations
 * written by other tools (Hypothesis, Recogito, hand-written files) as far as they name a span of text. The file is
 * untrusted: every field is validated, source links must be http(s), and a bad file is refused as a whole with a
 * message that says where it is wrong, never half-imported.
 *
 * What other tools write differently, and how it is read:
 * - ids that are not UUIDs (`http://example.org/anno1`), or none: a UUID derived from the id (or from the whole
 *   annotation), so importing the same file twice updates rather than duplicates;
 * - a span given by a quote only, or a position only: completed against the revision's text when the caller gives it
 *   (`text`): the quote is searched for as re-anchoring does, the position's text becomes the quote;
 * - `bodyValue`, a body that is a plain string or an object with only a `value`, a target given as a list;
 * - motivations and purposes of the W3C vocabulary Glossa has no kind for (describing, replying, classifying,
 *   identifying, bookmarking, editing, moderating), also written `oa:commenting`: the nearest Glossa kind; no
 *   motivation at all: tagging for tags only, commenting for any other text, highlighting without a body;
 * - no creator or no date: the importing person (`defaultCreator`) and the time of the import (`now`).
 * Annotations of a whole document (no selector) or located only by XPath/CSS ranges are refused: there is no span.
 *
 * Where a span is, is never taken on the file's word when the target revision's text is given: a Glossa file's
 * `glossa:revisionId`, `glossa:anchorState` and `glossa:anchorConfidence` may come from another database, where
 * revision 1 of article 1 is another text. Every span (a link's second span too) is checked against the text: its
 * quote, prefix and suffix right at its position is anchored (confidence 1); anything else is looked for as
 * re-anchoring a new revision does (`reanchor`) and is at most a proposal (`moved`), or orphaned. The file's own
 * state can only lower that, never raise it: a span the file says is `moved` (not yet confirmed by a person) stays
 * `moved`, as re-anchoring keeps it, and the lower confidence of the two is kept. So a file exported and imported
 * back into the same article loses nothing, and one imported elsewhere cannot claim a place the text does not hold.
 */
import '../ipc/zodConfig';
import { z } from 'zod';
import {
  MOTIVATIONS,
  TEXT_BODY_PURPOSES,
  isAnnotationId,
  newClaimDetails,
  type Annotation,
  type AnchorState,
  type AnchorStatus,
  type Body,
  type ClaimDetails,
  type ClaimSource,
  type SpanSelectors,
} from '../model/annotation';
import { claimSchema } from '../ipc/annotationContract';
import { GlossaError } from '../ipc/errors';
import { describeSpan } from '../anchoring/describeSpan';
import { reanchor, type AnchorResult } from '../anchoring/reanchor';

/** One problem found in the input, with where it is (`items[2].target.selector`). */
export interface ImportIssue {
  path: string;
  message: string;
}

/** A file or value that is not an importable annotation export. Code `BAD_INPUT`, so every door shows the message. */
export class WebAnnotationImportError extends GlossaError {
  readonly issues: readonly ImportIssue[];
  constructor(message: string, issues: readonly ImportIssue[]) {
    super('BAD_INPUT', message);
    this.name = 'WebAnnotationImportError';
    this.issues = issues;
  }
}

/** What the import cannot read from the file and the caller may supply, or override. */
export interface WebAnnotationImportOptions {
  /** Attach the annotations to this article (overrides `glossa:articleId`; required for other tools' files). */
  articleId?: number;
  /**
   * The revision the annotations are imported into. With `text`, every annotation is on it (but an orphaned one, see
   * `revisionText`); without `text`, it is the revision of files that do not say (`glossa:revisionId` wins).
   */
  revisionId?: number;
  /**
   * The canonical text of `revisionId`. With it, every span is checked against it (see the module comment) and a
   * span given only by a quote or only by a position (as other tools often write them) is completed; without it,
   * such a span is refused and a Glossa file's anchor fields are taken as written: a caller that stores the
   * annotations gives the text.
   */
  text?: string;
  /**
   * The canonical text of another revision of the same article, by id, or undefined when there is none. An
   * annotation orphaned in `text` whose `glossa:revisionId` names such a revision, and whose span that revision's
   * text holds exactly, stays on it (as re-anchoring leaves an orphaned annotation on the revision its selectors
   * describe); any other orphan is put on `revisionId` with the file's selectors.
   */
  revisionText?: (revisionId: number) => string | undefined;
  /** Who made an annotation that names no creator (default "imported"). */
  defaultCreator?: string;
  /** ISO date-time for an annotation that gives no date; without it, such an annotation is refused. */
  now?: string;
}

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date-time');
const annotationRef = z
  .string()
  .transform((s) => s.replace(/^urn:uuid:/i, '').toLowerCase())
  .refine(isAnnotationId, 'must be a UUID or a urn:uuid: IRI');

/**
 * A UUID made from any text (version 8, "custom"): the same text always gives the same id. Four 32-bit hashes of the
 * text with different seeds (cyrb128), which is plenty to keep the ids of one person's annotations apart.
 */
export function derivedAnnotationId(text: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  const hex = [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Any annotation id: a UUID (or urn:uuid:) as it is, any other IRI or name as the UUID derived from it. */
const anyAnnotationId = z
  .string()
  .min(1)
  .transform((s) => {
    const plain = s.replace(/^urn:uuid:/i, '').toLowerCase();
    return isAnnotationId(plain) ? plain : derivedAnnotationId(s);
  });
const offset = z.number().int().nonnegative();

/** A W3C term as Glossa's vocabulary has it: without the `oa:` prefix or the namespace IRI. */
const term = (value: unknown): unknown => (typeof value === 'string' ? value.replace(/^(oa:|https?:\/\/www\.w3\.org\/ns\/oa#)/, '') : value);

/** W3C motivations and purposes Glossa has no kind for, read as the nearest one it has. */
const NEAREST_KIND: Readonly<Record<string, (typeof MOTIVATIONS)[number]>> = {
  describing: 'commenting',
  replying: 'commenting',
  editing: 'commenting',
  moderating: 'commenting',
  classifying: 'tagging',
  identifying: 'tagging',
  bookmarking: 'highlighting',
};

const bodyPurpose = z.preprocess((value) => {
  const t = term(value);
  if (typeof t !== 'string' || (TEXT_BODY_PURPOSES as readonly string[]).includes(t)) return t;
  const nearest = NEAREST_KIND[t];
  return nearest === 'highlighting' ? 'commenting' : (nearest ?? t);
}, z.enum(TEXT_BODY_PURPOSES).default('commenting'));

const textualBody = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: bodyPurpose,
  format: z.enum(['text/plain', 'text/markdown', 'text/html']).optional().transform((f) => (f === 'text/html' ? undefined : f)),
  language: z.string().min(1).optional(),
});
const linkBody = z.object({
  type: z.literal('SpecificResource'),
  purpose: z.literal('linking'),
  source: annotationRef,
});
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([z.array(schema), schema]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
const selector = z.looseObject({ type: z.string() });
/** A span's selectors: a quote or a position at least (both are needed unless the text is given; see `spanSelectorsOf`). */
const spanSelectors = oneOrMany(selector.transform((x) => ({ ...x, type: term(x.type) as string }))).superRefine((s, ctx) => {
  if (s.some((x) => x.type === 'TextQuoteSelector' || x.type === 'TextPositionSelector')) return;
  ctx.addIssue({
    code: 'custom',
    message: `needs a TextQuoteSelector or a TextPositionSelector (it has ${s.map((x) => x.type).join(', ') || 'none'}): Glossa finds spans of text by quote or position`,
  });
});
/** The second span of a two-span link: a SpecificResource with its own selectors (see `webAnnotation.ts`). */
const spanBody = z.object({
  type: z.literal('SpecificResource'),
  purpose: z.literal('linking'),
  source: z.string().optional(),
  selector: spanSelectors,
  'glossa:anchorState': z.enum(['anchored', 'moved', 'orphaned']).optional(),
  'glossa:anchorConfidence': z.number().min(0).max(1).optional(),
});
const body = z.union([textualBody, spanBody, linkBody]);

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});
const positionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .refine((p) => p.start <= p.end, 'start must not be after end');


/** One motivation: a Glossa kind, or a W3C one read as the nearest kind (a list: its first known one). */
const motivation = z.preprocess((value) => {
  const list = (Array.isArray(value) ? value : [value]).map(term);
  const known = list.find((m) => typeof m === 'string' && ((MOTIVATIONS as readonly string[]).includes(m) || m in NEAREST_KIND));
  if (typeof known !== 'string') return list[0];
  return (MOTIVATIONS as readonly string[]).includes(known) ? known : NEAREST_KIND[known];
}, z.enum(MOTIVATIONS));

const creatorName = z.union([
  z.string().min(1),
  z.looseObject({ name: z.string().min(1) }).transform((c) => c.name),
  z.looseObject({ nickname: z.string().min(1) }).transform((c) => c.nickname),
  z.looseObject({ id: z.string().min(1) }).transform((c) => c.id),
]);

/** A body as other tools also write it: a plain string, or an object with only a `value`, is a comment. */
const looseBody = z.preprocess((value) => {
  if (typeof value === 'string') return { type: 'TextualBody', value };
  if (typeof value === 'object' && value !== null && !('type' in value) && typeof (value as { value?: unknown }).value === 'string') {
    return { ...value, type: 'TextualBody' };
  }
  return value;
}, body);

/** The target naming a span: the target itself, or the first of a list that has selectors. */
const spanTarget = z.preprocess(
  (value) => (Array.isArray(value) ? (value.find((t) => typeof t === 'object' && t !== null && 'selector' in t) ?? value[0]) : value),
  z.object(
    {
      source: z.string().optional(),
      selector: spanSelectors,
    },
    { error: 'must name a span of text with selectors (an annotation of a whole document has no place in the text)' },
  ),
);

const annotationSchema = z.object({
  id: anyAnnotationId,
  type: z.union([z.literal('Annotation'), z.literal('oa:Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation') || t.includes('oa:Annotation'))]),
  motivation: motivation.optional(),
  creator: z.union([creatorName, z.array(creatorName).min(1).transform(([first]) => first as string)]).optional(),
  created: isoDate.optional(),
  modified: isoDate.optional(),
  body: oneOrMany(looseBody).optional(),
  bodyValue: z.string().optional(),
  target: spanTarget,
  'glossa:articleId': z.number().int().positive().optional(),
  'glossa:revisionId': z.number().int().positive().optional(),
  'glossa:anchorState': z.enum(['anchored', 'moved', 'orphaned']).optional(),
  'glossa:anchorConfidence': z.number().min(0).max(1).optional(),
  'glossa:claim': claimSchema.optional(),
});
type ParsedAnnotation = z.output<typeof annotationSchema>;

/** The containers Glossa reads: a collection with its page embedded, a page, a list, or a single annotation. */
function itemsOf(input: unknown): { items: unknown; prefix: string } {
  if (Array.isArray(input)) return { items: input, prefix: '' };
  if (typeof input !== 'object' || input === null) {
    throw new WebAnnotationImportError('The file does not hold annotations: expected a JSON object or array.', []);
  }
  const record = input as Record<string, unknown>;
  if (record.type === 'AnnotationCollection') {
    const first = record.first;
    if (first === undefined && record.total === 0) return { items: [], prefix: '' };
    // Not the model's form, but what some tools write: the annotations right on the collection.
    if (first === undefined && Array.isArray(record.items)) return { items: record.items, prefix: 'items' };
    if (first === undefined) {
      throw new WebAnnotationImportError('The collection has no "first" page and no "items": it holds no annotations to import.', [
        { path: 'first', message: 'is missing' },
      ]);
    }
    if (typeof first !== 'object' || first === null) {
      throw new WebAnnotationImportError(
        'The collection does not embed its annotations (its "first" page is a link). Export it with the pages embedded.',
        [{ path: 'first', message: 'must be an embedded AnnotationPage' }],
      );
    }
    return { items: (first as Record<string, unknown>).items, prefix: 'first.items' };
  }
  if (record.type === 'AnnotationPage') return { items: record.items, prefix: 'items' };
  return { items: [input], prefix: '' };
}

function pathOf(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

function fail(issues: ImportIssue[]): never {
  const shown = issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  throw new WebAnnotationImportError(
    `The annotation file is not valid, nothing was imported. ${shown}${more}. Fix these entries or export the annotations again.`,
    issues,
  );
}

type W3CSelector = z.output<typeof selector>;

/** A span's place as the text shows it (`anchor`, with `text` only), and whether the file's own selectors hold there. */
interface ReadSpan {
  selectors: SpanSelectors;
  anchor?: AnchorStatus;
  /** False when the span had to be looked for: the file's position did not hold its quote with its context. */
  inPlace: boolean;
}

/**
 * The quote and position selectors of a span, or what is wrong with them. With `text`, the span is checked against
 * it (`verified`); a span with only one of the two is completed: a quote is searched for (as re-anchoring does:
 * context decides between repeats, and a quote found nowhere leaves the annotation orphaned, kept with its quote); a
 * position's text becomes the quote. Either way the result is a proposal (`moved`, at most) for a person to confirm.
 */
function spanSelectorsOf(selectors: readonly W3CSelector[], text: string | undefined): ReadSpan | string {
  const quoteFound = selectors.find((s) => s.type === 'TextQuoteSelector');
  const positionFound = selectors.find((s) => s.type === 'TextPositionSelector');
  const quote = quoteFound ? quoteSelector.safeParse(quoteFound) : null;
  const position = positionFound ? positionSelector.safeParse(positionFound) : null;
  if (quote && !quote.success) return `bad TextQuoteSelector: ${quote.error.issues[0]?.message ?? 'invalid'}`;
  if (position && !position.success) return `bad TextPositionSelector: ${position.error.issues[0]?.message ?? 'invalid'}`;
  if (quote && position) {
    const both: SpanSelectors = {
      quote: { exact: quote.data.exact, prefix: quote.data.prefix, suffix: quote.data.suffix },
      position: { start: position.data.start, end: position.data.end },
    };
    return text === undefined ? { selectors: both, inPlace: true } : verified(both, text);
  }
  if (text === undefined) return quote ? 'needs a TextPositionSelector' : 'needs a TextQuoteSelector';
  if (quote) {
    const q = { exact: quote.data.exact, prefix: quote.data.prefix, suffix: quote.data.suffix };
    const hinted = { quote: q, position: { start: 0, end: q.exact.length } };
    return proposal(hinted, reanchor(hinted, text), { start: 0, end: 0 });
  }
  const { start, end } = (position as { data: { start: number; end: number } }).data;
  if (start === end || end > text.length) {
    return `TextPositionSelector [${start}, ${end}) is not a span of the article's text (${text.length} characters)`;
  }
  return { selectors: describeSpan(text, start, end), anchor: { state: 'moved', confidence: 0 }, inPlace: false };
}

/** True when `text` has the quote of `selectors`, with its prefix and suffix, right at its position. */
function holdsInPlace(selectors: SpanSelectors, text: string): boolean {
  const { quote, position } = selectors;
  return (
    position.end <= text.length &&
    text.slice(position.start, position.end) === quote.exact &&
    text.slice(Math.max(0, position.start - quote.prefix.length), position.start) === quote.prefix &&
    text.slice(position.end, position.end + quote.suffix.length) === quote.suffix
  );
}

/**
 * A span given by quote and position, checked against `text` whoever wrote it. Quote, prefix and suffix right at the
 * position: anchored, confidence 1. The quote at its position but other context around it: re-anchoring decides (it
 * may find the context elsewhere, or only propose the place). Otherwise (another tool counted offsets differently,
 * another version of the article, another article): the quote is looked for, near that position first.
 */
function verified(selectors: SpanSelectors, text: string): ReadSpan {
  if (holdsInPlace(selectors, text)) return { selectors, anchor: { state: 'anchored', confidence: 1 }, inPlace: true };
  const at = reanchor(selectors, text);
  const { start, end } = selectors.position;
  if (text.slice(start, end) === selectors.quote.exact && at.start === start && at.end === end) {
    return { selectors, anchor: { state: at.state, confidence: at.confidence }, inPlace: at.state === 'anchored' };
  }
  return proposal(selectors, at, selectors.position);
}

/**
 * A span looked for (`at`, re-anchoring's answer), as a proposal: `moved` at most, with the file's quote (what was
 * annotated, for the person who confirms it) at the place found. Not found, it is orphaned with its quote and
 * `orphanPosition` (the file's own position, or none).
 */
function proposal(selectors: SpanSelectors, at: AnchorResult, orphanPosition: SpanSelectors['position']): ReadSpan {
  const orphaned = at.state === 'orphaned';
  return {
    selectors: { quote: selectors.quote, position: orphaned ? orphanPosition : { start: at.start, end: at.end } },
    anchor: { state: orphaned ? 'orphaned' : 'moved', confidence: at.confidence },
    inPlace: false,
  };
}

/**
 * The anchor a span gets: what the text shows (`found`), lowered by what the file says (`stated`), never raised by
 * it. A span the file calls `moved` is unconfirmed and stays so where the text holds it (`reanchorAnnotations` keeps
 * it the same way); where both agree on the state, the lower confidence stands. Without the text, the file's word
 * (or a proposal, for another tool's span) is all there is.
 */
function anchorOf(found: AnchorStatus | undefined, stated: { state?: AnchorState; confidence?: number }): AnchorStatus {
  if (found === undefined) return { state: stated.state ?? 'moved', confidence: stated.confidence ?? 0 };
  const state = stated.state === 'moved' && found.state === 'anchored' ? 'moved' : found.state;
  const confidence = stated.state === state && stated.confidence !== undefined ? Math.min(stated.confidence, found.confidence) : found.confidence;
  return { state, confidence };
}

function toBody(parsed: z.output<typeof body>, text: string | undefined): Body | string {
  if (parsed.type === 'SpecificResource' && 'selector' in parsed) {
    const span = spanSelectorsOf(parsed.selector, text);
    if (typeof span === 'string') return span;
    return {
      type: 'SpecificResource',
      purpose: 'linking',
      selectors: span.selectors,
      anchor: anchorOf(span.anchor, { state: parsed['glossa:anchorState'], confidence: parsed['glossa:anchorConfidence'] }),
    };
  }
  if (parsed.type === 'SpecificResource') return { type: 'SpecificResource', purpose: 'linking', source: parsed.source };
  const out: Body = { type: 'TextualBody', value: parsed.value, purpose: parsed.purpose };
  if (parsed.format !== undefined) out.format = parsed.format;
  if (parsed.language !== undefined) out.language = parsed.language;
  return out;
}

function toClaim(parsed: z.output<typeof claimSchema>): ClaimDetails {
  const sources: ClaimSource[] = parsed.sources.map((s) => {
    const source: ClaimSource = {
      id: s.id,
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      date: s.date,
      quote: s.quote,
      credibility: s.credibility,
      archiveUrl: s.archiveUrl,
    };
    if (s.snapshot !== undefined) source.snapshot = { ...s.snapshot };
    return source;
  });
  return {
    statedText: parsed.statedText,
    english: parsed.english,
    attributedTo: parsed.attributedTo,
    value: parsed.value,
    verdict: parsed.verdict,
    rationale: parsed.rationale,
    status: parsed.status,
    reviewer: parsed.reviewer,
    sources,
  };
}

/** The motivation an annotation that names none has: tags only -> tagging, any other text -> commenting, none -> highlighting. */
function inferredMotivation(bodies: readonly Body[]): Annotation['motivation'] {
  const texts = bodies.filter((b) => b.type === 'TextualBody');
  if (texts.length === 0) return bodies.length > 0 ? 'linking' : 'highlighting';
  return texts.every((b) => b.type === 'TextualBody' && b.purpose === 'tagging') ? 'tagging' : 'commenting';
}

/** An annotation as read, and whether its span had to be looked for in the text (see `ReadSpan.inPlace`). */
interface ReadAnnotation {
  annotation: Annotation;
  reanchored: boolean;
}

/**
 * The revision an annotation is on: with the text, the target revision, but for an orphan whose own revision (in
 * this article, `revisionText`) holds its span; without it, the file's revision or the caller's.
 */
function revisionOf(parsed: ParsedAnnotation, span: ReadSpan, options: WebAnnotationImportOptions): number | undefined {
  const stated = parsed['glossa:revisionId'];
  if (options.text === undefined) return stated ?? options.revisionId;
  if (span.anchor?.state === 'orphaned' && stated !== undefined && stated !== options.revisionId) {
    const own = options.revisionText?.(stated);
    if (own !== undefined && holdsInPlace(span.selectors, own)) return stated;
  }
  return options.revisionId ?? stated;
}

function toAnnotation(parsed: ParsedAnnotation, options: WebAnnotationImportOptions, path: string): ReadAnnotation | ImportIssue {
  const articleId = options.articleId ?? parsed['glossa:articleId'];
  if (articleId === undefined) {
    return { path, message: 'says nothing of the article it belongs to (glossa:articleId): import it into an article' };
  }
  const text = options.text;
  const span = spanSelectorsOf(parsed.target.selector, text);
  if (typeof span === 'string') return { path: `${path}.target.selector`, message: span };
  const revisionId = revisionOf(parsed, span, options);
  if (revisionId === undefined) {
    return { path, message: 'says nothing of the revision its selectors refer to (glossa:revisionId)' };
  }
  const bodies: Body[] = [];
  if (parsed.bodyValue !== undefined) bodies.push({ type: 'TextualBody', value: parsed.bodyValue, purpose: 'commenting' });
  for (const [i, b] of (parsed.body ?? []).entries()) {
    const converted = toBody(b, text);
    if (typeof converted === 'string') return { path: `${path}.body[${i}].selector`, message: converted };
    bodies.push(converted);
  }
  const created = parsed.created ?? parsed.modified ?? options.now;
  if (created === undefined) return { path: `${path}.created`, message: 'is missing: say when the annotation was made' };
  // Another tool's annotation was never anchored by Glossa: without the text, it is a proposal until someone confirms it.
  const anchor = anchorOf(span.anchor, { state: parsed['glossa:anchorState'], confidence: parsed['glossa:anchorConfidence'] });
  const annotation: Annotation = {
    id: parsed.id,
    articleId,
    revisionId,
    motivation: parsed.motivation ?? inferredMotivation(bodies),
    bodies,
    creator: parsed.creator ?? options.defaultCreator ?? 'imported',
    created,
    modified: parsed.modified ?? created,
    target: { selectors: span.selectors },
    anchor,
  };
  if (parsed['glossa:claim'] !== undefined) annotation.claim = toClaim(parsed['glossa:claim']);
  // Another tool's assessment is a claim to check: listed, tabled and exported with the others, unverified and open.
  else if (annotation.motivation === 'assessing') annotation.claim = newClaimDetails(span.selectors.quote.exact);
  return { annotation, reanchored: !span.inPlace };
}

/** What `readWebAnnotations` read: the annotations in file order, and how many had to be looked for in the text. */
export interface WebAnnotationsRead {
  annotations: Annotation[];
  /**
   * Annotations whose span was not where the file put it in `options.text` (another article, another version, a
   * quote or a position alone), so it was looked for: each is `moved` or `orphaned` (or anchored by re-anchoring
   * when its quote was at its position with other context). 0 without the text.
   */
  reanchored: number;
}

/**
 * Reads annotations from a Web Annotation JSON-LD document (its text, or the parsed value). Throws
 * `WebAnnotationImportError` listing what is wrong when anything is; returns the annotations in file order otherwise.
 */
export function importWebAnnotations(input: unknown, options: WebAnnotationImportOptions = {}): Annotation[] {
  return readWebAnnotations(input, options).annotations;
}

/** `importWebAnnotations`, with the count of annotations that had to be re-anchored, for the import's summary. */
export function readWebAnnotations(input: unknown, options: WebAnnotationImportOptions = {}): WebAnnotationsRead {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new WebAnnotationImportError(`The annotation file is not JSON (${reason}). Check that it is a JSON-LD export.`, [
        { path: '(top level)', message: 'not JSON' },
      ]);
    }
  }
  const { items, prefix } = itemsOf(value);
  if (!Array.isArray(items)) fail([{ path: prefix || '(top level)', message: 'must be a list of annotations' }]);

  const issues: ImportIssue[] = [];
  const annotations: Annotation[] = [];
  let reanchored = 0;
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const path = pathOf(prefix, Array.isArray(value) || prefix !== '' ? [index] : []);
    // An annotation without an id (other tools omit it) gets one derived from its content: the same file imported
    // twice updates its annotations instead of adding them again.
    const withId = typeof item === 'object' && item !== null && !Array.isArray(item) && !('id' in item) ? { ...item, id: JSON.stringify(item) } : item;
    const id = anyAnnotationId.safeParse(typeof withId === 'object' && withId !== null && 'id' in withId ? withId.id : undefined);
    if (id.success) {
      if (seen.has(id.data)) issues.push({ path: `${path}.id`, message: `annotation ${id.data} appears twice` });
      seen.add(id.data);
    }
    const parsed = annotationSchema.safeParse(withId);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ path: pathOf(path === '(top level)' ? '' : path, issue.path), message: issue.message });
      }
      return;
    }
    const result = toAnnotation(parsed.data, options, path);
    if ('message' in result) {
      issues.push(result);
      return;
    }
    annotations.push(result.annotation);
    if (result.reanchored && options.text !== undefined) reanchored += 1;
  });
  if (issues.length > 0) fail(issues);
  return { annotations, reanchored };
}
