/**
 * Export of an article's annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), the
 * interchange format of Hypothesis, Recogito and annotation servers. Everything standard is written with the
 * standard terms (motivation, TextualBody, TextQuoteSelector, TextPositionSelector...); what Glossa adds (article and
 * revision, anchor state, claim details) is written as `glossa:` properties declared in a second context, so that
 * other tools can ignore them and Glossa can read its own export back without losing anything
 * (`webAnnotationImport.ts`).
 *
 * The claim is written as the model allows it, so that the import takes it back: a claim without a verdict as
 * `unverified`, sources with every field, and only sources whose link is http(s) (a `javascript:` or `data:` link,
 * which an older record may hold, is not exported, nor an archive link that is not http(s)).
 */
import type { Annotation, Body, ClaimDetails, Motivation, SpanSelectors } from '../model/annotation';
import { isSpanLinkBody, validateSourceUrl } from '../model/annotation';
import { claimSources, sourceHref, verdictOf } from './claimFields';

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The namespace of Glossa's extension properties. A URN: it names, it is not meant to be fetched. */
export const GLOSSA_NAMESPACE = 'urn:glossa:vocab#';

/**
 * The second context. Claim details are a JSON literal (`@json`, JSON-LD 1.1): they are Glossa's own record, and
 * keeping them whole is what makes the round trip exact.
 */
export const GLOSSA_CONTEXT = {
  '@version': 1.1,
  glossa: GLOSSA_NAMESPACE,
  'glossa:articleId': { '@type': 'xsd:integer' },
  'glossa:revisionId': { '@type': 'xsd:integer' },
  'glossa:anchorState': { '@type': 'xsd:string' },
  'glossa:anchorConfidence': { '@type': 'xsd:double' },
  'glossa:claim': { '@type': '@json' },
} as const;

/** The article the annotations belong to, as the export needs it. `ArticleSummary` fits. */
export interface WebAnnotationArticle {
  id: number;
  /** The original publication link; becomes the annotations' target `source` when it is an http(s) URL. */
  source: string | null;
  title?: string;
}

/** W3C TextQuoteSelector as written; empty prefix or suffix are left out. */
export interface W3CTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** W3C TextPositionSelector. */
export interface W3CTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A body as written: Glossa's bodies are already W3C-shaped, except that a link points at a `urn:uuid:` IRI. */
export type W3CBody =
  | { type: 'TextualBody'; value: string; purpose: string; format?: string; language?: string }
  | { type: 'SpecificResource'; purpose: 'linking'; source: string }
  | W3CSpanBody;

/**
 * The second span of a two-span link: a SpecificResource on the same article (`source` = the target's source) with
 * its own selectors, and Glossa's anchor state of that end.
 */
export interface W3CSpanBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
  selector: [W3CTextQuoteSelector, W3CTextPositionSelector];
  'glossa:anchorState': string;
  'glossa:anchorConfidence': number;
}

/** One annotation in JSON-LD. */
export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  creator: { type: 'Person'; name: string };
  created: string;
  modified: string;
  body?: W3CBody[];
  target: {
    source: string;
    selector: [W3CTextQuoteSelector, W3CTextPositionSelector];
  };
  'glossa:articleId': number;
  'glossa:revisionId': number;
  'glossa:anchorState': string;
  'glossa:anchorConfidence': number;
  'glossa:claim'?: ClaimDetails;
}

/** The exported document: an AnnotationCollection with its one page embedded. */
export interface W3CAnnotationCollection {
  '@context': [typeof ANNO_CONTEXT, typeof GLOSSA_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  'glossa:articleId': number;
  first: {
    id: string;
    type: 'AnnotationPage';
    startIndex: 0;
    items: W3CAnnotation[];
  };
}

/**
 * The stable IRI of an article: its publication link when that is a valid http(s) URL (so that other tools attach
 * the annotations to the page they know), otherwise `urn:glossa:article:<id>`.
 */
export function articleIri(article: WebAnnotationArticle): string {
  if (article.source !== null) {
    const checked = validateSourceUrl(article.source);
    if (checked.ok) return checked.url;
  }
  return `urn:glossa:article:${article.id}`;
}

/** The IRI of an annotation id. */
export function annotationIri(id: string): string {
  return `urn:uuid:${id}`;
}

function selectorsToW3C(selectors: SpanSelectors): [W3CTextQuoteSelector, W3CTextPositionSelector] {
  const { quote, position } = selectors;
  const quoteSelector: W3CTextQuoteSelector = { type: 'TextQuoteSelector', exact: quote.exact };
  if (quote.prefix !== '') quoteSelector.prefix = quote.prefix;
  if (quote.suffix !== '') quoteSelector.suffix = quote.suffix;
  return [quoteSelector, { type: 'TextPositionSelector', start: position.start, end: position.end }];
}

function bodyToW3C(body: Body, source: string): W3CBody {
  if (isSpanLinkBody(body)) {
    return {
      type: 'SpecificResource',
      purpose: 'linking',
      source,
      selector: selectorsToW3C(body.selectors),
      'glossa:anchorState': body.anchor.state,
      'glossa:anchorConfidence': body.anchor.confidence,
    };
  }
  if (body.type === 'SpecificResource') {
    return { type: 'SpecificResource', purpose: 'linking', source: annotationIri(body.source) };
  }
  const out: W3CBody = { type: 'TextualBody', value: body.value, purpose: body.purpose };
  if (body.format !== undefined) out.format = body.format;
  if (body.language !== undefined) out.language = body.language;
  return out;
}

/** The claim as the import reads it back (see the module comment). */
function exportedClaim(claim: ClaimDetails): ClaimDetails {
  const sources = claimSources(claim)
    .filter((s) => sourceHref(s.url) !== null)
    .map((s) => (s.archiveUrl === '' || sourceHref(s.archiveUrl) !== null ? s : { ...s, archiveUrl: '' }));
  return { ...claim, verdict: verdictOf(claim), sources };
}

/** One annotation as JSON-LD (without `@context`, as it sits inside a collection). */
export function annotationToW3C(annotation: Annotation, source: string): W3CAnnotation {
  const out: W3CAnnotation = {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.motivation,
    creator: { type: 'Person', name: annotation.creator },
    created: annotation.created,
    modified: annotation.modified,
    target: {
      source,
      selector: selectorsToW3C(annotation.target.selectors),
    },
    'glossa:articleId': annotation.articleId,
    'glossa:revisionId': annotation.revisionId,
    'glossa:anchorState': annotation.anchor.state,
    'glossa:anchorConfidence': annotation.anchor.confidence,
  };
  if (annotation.bodies.length > 0) out.body = annotation.bodies.map((b) => bodyToW3C(b, source));
  if (annotation.claim !== undefined) out['glossa:claim'] = exportedClaim(annotation.claim);
  return out;
}

/** The annotations of one article as a JSON-LD AnnotationCollection (a plain JSON value). */
export function toWebAnnotationCollection(
  article: WebAnnotationArticle,
  annotations: readonly Annotation[],
): W3CAnnotationCollection {
  const source = articleIri(article);
  const id = `urn:glossa:article:${article.id}:annotations`;
  return {
    '@context': [ANNO_CONTEXT, GLOSSA_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: article.title !== undefined && article.title !== '' ? `Annotations on ${article.title}` : 'Annotations',
    total: annotations.length,
    'glossa:articleId': article.id,
    first: {
      id: `${id}:page:0`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((annotation) => annotationToW3C(annotation, source)),
    },
  };
}

/** The collection as a JSON-LD file's text (UTF-8 when written; two-space indentation, trailing newline). */
export function exportWebAnnotations(article: WebAnnotationArticle, annotations: readonly Annotation[]): string {
  return `${JSON.stringify(toWebAnnotationCollection(article, annotations), null, 2)}\n`;
}
