/**
 * Reading W3C Web Annotation JSON-LD back into Glossa annotations: Glossa's own export without loss, and, as far as
 * they carry what Glossa needs (a quote and a position), annotations written by other tools. The file is untrusted:
 * every field is validated, source links must be http(s), and a bad file is refused as a whole with a message that
 * says where it is wrong, never half-imported.
 */
import '../ipc/zodConfig';
import { z } from 'zod';
import {
  MOTIVATIONS,
  TEXT_BODY_PURPOSES,
  isAnnotationId,
  type Annotation,
  type AnchorState,
  type Body,
  type ClaimDetails,
  type ClaimSource,
  type SpanSelectors,
} from '../model/annotation';
import { claimSchema } from '../ipc/annotationContract';
import { GlossaError } from '../ipc/errors';

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
  /** The revision the selectors refer to, for files that do not say (`glossa:revisionId` wins when present). */
  revisionId?: number;
}

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date-time');
const annotationRef = z
  .string()
  .transform((s) => s.replace(/^urn:uuid:/i, '').toLowerCase())
  .refine(isAnnotationId, 'must be a UUID or a urn:uuid: IRI');
const offset = z.number().int().nonnegative();

const textualBody = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: z.enum(TEXT_BODY_PURPOSES).default('commenting'),
  format: z.enum(['text/plain', 'text/markdown']).optional(),
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
const spanSelectors = oneOrMany(selector)
  .refine((s) => s.some((x) => x.type === 'TextQuoteSelector'), 'needs a TextQuoteSelector')
  .refine((s) => s.some((x) => x.type === 'TextPositionSelector'), 'needs a TextPositionSelector');
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


const annotationSchema = z.object({
  id: annotationRef,
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'))]),
  motivation: z.union([z.enum(MOTIVATIONS), z.tuple([z.enum(MOTIVATIONS)]).transform(([m]) => m)]),
  creator: z.union([z.string().min(1), z.looseObject({ name: z.string().min(1) }).transform((c) => c.name)]),
  created: isoDate,
  modified: isoDate.optional(),
  body: oneOrMany(body).optional(),
  target: z.object({
    source: z.string().optional(),
    selector: spanSelectors,
  }),
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

/** The quote and position selectors of a span, or what is wrong with them. */
function spanSelectorsOf(selectors: readonly W3CSelector[]): SpanSelectors | string {
  const quote = quoteSelector.safeParse(selectors.find((s) => s.type === 'TextQuoteSelector'));
  const position = positionSelector.safeParse(selectors.find((s) => s.type === 'TextPositionSelector'));
  if (!quote.success) return `bad TextQuoteSelector: ${quote.error.issues[0]?.message ?? 'invalid'}`;
  if (!position.success) return `bad TextPositionSelector: ${position.error.issues[0]?.message ?? 'invalid'}`;
  return {
    quote: { exact: quote.data.exact, prefix: quote.data.prefix, suffix: quote.data.suffix },
    position: { start: position.data.start, end: position.data.end },
  };
}

function toBody(parsed: z.output<typeof body>): Body | string {
  if (parsed.type === 'SpecificResource' && 'selector' in parsed) {
    const selectors = spanSelectorsOf(parsed.selector);
    if (typeof selectors === 'string') return selectors;
    return {
      type: 'SpecificResource',
      purpose: 'linking',
      selectors,
      anchor: { state: parsed['glossa:anchorState'] ?? 'moved', confidence: parsed['glossa:anchorConfidence'] ?? 0 },
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

function toAnnotation(parsed: ParsedAnnotation, options: WebAnnotationImportOptions, path: string): Annotation | ImportIssue {
  const articleId = options.articleId ?? parsed['glossa:articleId'];
  if (articleId === undefined) {
    return { path, message: 'says nothing of the article it belongs to (glossa:articleId): import it into an article' };
  }
  const revisionId = parsed['glossa:revisionId'] ?? options.revisionId;
  if (revisionId === undefined) {
    return { path, message: 'says nothing of the revision its selectors refer to (glossa:revisionId)' };
  }
  const selectors = spanSelectorsOf(parsed.target.selector);
  if (typeof selectors === 'string') return { path: `${path}.target.selector`, message: selectors };
  const bodies: Body[] = [];
  for (const [i, b] of (parsed.body ?? []).entries()) {
    const converted = toBody(b);
    if (typeof converted === 'string') return { path: `${path}.body[${i}].selector`, message: converted };
    bodies.push(converted);
  }
  // Another tool's annotation was never anchored by Glossa: it is shown as a proposal until someone confirms it.
  const state: AnchorState = parsed['glossa:anchorState'] ?? 'moved';
  const annotation: Annotation = {
    id: parsed.id,
    articleId,
    revisionId,
    motivation: parsed.motivation,
    bodies,
    creator: parsed.creator,
    created: parsed.created,
    modified: parsed.modified ?? parsed.created,
    target: { selectors },
    anchor: { state, confidence: parsed['glossa:anchorConfidence'] ?? 0 },
  };
  if (parsed['glossa:claim'] !== undefined) annotation.claim = toClaim(parsed['glossa:claim']);
  return annotation;
}

/**
 * Reads annotations from a Web Annotation JSON-LD document (its text, or the parsed value). Throws
 * `WebAnnotationImportError` listing what is wrong when anything is; returns the annotations in file order otherwise.
 */
export function importWebAnnotations(input: unknown, options: WebAnnotationImportOptions = {}): Annotation[] {
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
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const path = pathOf(prefix, Array.isArray(value) || prefix !== '' ? [index] : []);
    const id = annotationRef.safeParse(typeof item === 'object' && item !== null && 'id' in item ? item.id : undefined);
    if (id.success) {
      if (seen.has(id.data)) issues.push({ path: `${path}.id`, message: `annotation ${id.data} appears twice` });
      seen.add(id.data);
    }
    const parsed = annotationSchema.safeParse(item);
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
    annotations.push(result);
  });
  if (issues.length > 0) fail(issues);
  return annotations;
}
