/**
 * schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the markup search engines and fact-check
 * aggregators (Google Fact Check Explorer, the Duke Reporters' Lab database) read. One ClaimReview per claim that has
 * been given a verdict; claims still `unverified` are not reviews yet and are left out.
 *
 * So are claims whose place in the article's current text is not confirmed: `moved` (re-anchoring proposed a place
 * after the text changed, and nobody confirmed it: the words may now say 3000 亿 where the verdict was given on
 * 3000 万) and `orphaned` (the words are no longer in the article). A ClaimReview has no field for "unconfirmed" and
 * tells every reader that the article makes this claim with this rating; published by mistake, it is read by search
 * engines and aggregators with nothing to mark the change. The HTML and Markdown reports still list such claims, with
 * their caveat (`anchorCaveat`); once a person confirms the place, the review is published again.
 */
import { authorNames } from '../model/authorNames';
import { DEFAULT_VERDICT, validateSourceUrl, type Annotation, type ClaimSource } from '../model/annotation';
import { GlossaError } from '../ipc/errors';
import { claimSources, sourceHref, verdictOf } from './claimFields';

/** The article the claims appear in. `ArticleMeta` plus an id fits. */
export interface ClaimReviewArticle {
  title: string;
  /** Publication link; becomes the claim's `appearance`. */
  source: string | null;
  /** ISO 8601; becomes the claim's `datePublished`. */
  published: string | null;
  /** The article's author, who made the claims not attributed to anyone else. */
  author: string | null;
  /** BCP 47 language of the article (`zh`). */
  lang?: string;
}

/** A person or organisation as schema.org writes it. */
export interface SchemaAgent {
  '@type': 'Person' | 'Organization';
  name: string;
  url?: string;
}

/** The fact-checker publishing the reviews. */
export interface ClaimReviewer {
  name: string;
  type?: 'Person' | 'Organization';
  url?: string;
}

/** How verdicts become ratings. Adapt a project's verdict scale (`shared/claims/verdicts.ts`) to this. */
export interface ClaimRatingScale {
  /** The numeric rating of a verdict, null for verdicts that are not on the scale (unprovable...). */
  rating: (verdict: string) => number | null;
  /** The words shown for a verdict (`alternateName`); the verdict itself when absent. */
  label?: (verdict: string) => string;
  best: number;
  worst: number;
}

/** What `claimReviews` needs besides the annotations. */
export interface ClaimReviewOptions {
  article: ClaimReviewArticle;
  reviewer: ClaimReviewer;
  /** The page where the fact-check is published, or a function giving each claim its own (anchor) URL. */
  reportUrl: string | ((annotation: Annotation) => string);
  /** Default: Glossa's default scale, true = 5 ... false = 1. */
  scale?: ClaimRatingScale;
  /** Whether a claimant is a person or an organisation. Default: `guessAgentType`. */
  agentType?: (name: string) => 'Person' | 'Organization';
}

/** schema.org Rating as ClaimReview uses it. Unrated verdicts carry only their name. */
export interface SchemaRating {
  '@type': 'Rating';
  ratingValue?: number;
  bestRating: number;
  worstRating: number;
  alternateName: string;
}

/** A cited source. */
export interface SchemaCitation {
  '@type': 'CreativeWork';
  /** Only an http(s) link; a source with another kind of link is cited by name alone. */
  url?: string;
  name?: string;
  publisher?: { '@type': 'Organization'; name: string };
  datePublished?: string;
}

/** One ClaimReview, a plain JSON value. */
export interface SchemaClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  reviewRating: SchemaRating;
  itemReviewed: {
    '@type': 'Claim';
    text?: string;
    inLanguage?: string;
    author?: SchemaAgent | SchemaAgent[];
    datePublished?: string;
    appearance?: {
      '@type': 'CreativeWork';
      url?: string;
      headline: string;
      datePublished?: string;
      author?: SchemaAgent | SchemaAgent[];
    };
  };
  author: SchemaAgent;
  datePublished: string;
  reviewBody?: string;
  citation?: SchemaCitation[];
}

const DEFAULT_RATINGS: Record<string, number> = { true: 5, 'mostly true': 4, mixed: 3, 'mostly false': 2, false: 1 };

/** Verdicts compare without regard to case, spacing or `-`/`_` (`Mostly-True` is `mostly true`). */
export function normalizeVerdict(verdict: string): string {
  return verdict.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** Glossa's default scale as a rating scale: true 5, mostly true 4, mixed 3, mostly false 2, false 1. */
export const DEFAULT_RATING_SCALE: ClaimRatingScale = {
  rating: (verdict) => DEFAULT_RATINGS[normalizeVerdict(verdict)] ?? null,
  best: 5,
  worst: 1,
};

// Simplified and traditional: 报 / 報 ends every newspaper's name (日报, 邮报, 晚報), 院 every court, academy and cabinet
// (法院, 研究院, 国务院, 行政院); no personal name ends with either.
const ORGANISATION_ZH =
  /(部|局|署|厅|廳|委员会|委員會|政府|组织|組織|公司|集团|集團|银行|銀行|大学|大學|院|研究所|社|电视台|電視台|电台|電台|报|報|网|網|军|軍|党|黨|协会|協會|基金会|基金會|联合国|聯合國|机构|機構|办公室|辦公室|中心|议会|議會|国会|國會|当局|當局|官方|使馆|使館|领事馆|領事館)$/;
const ORGANISATION_EN =
  /\b(ministry|government|agency|office|department|council|committee|commission|association|foundation|university|institute|inc|ltd|llc|corp|corporation|company|group|bank|news|times|post|press|network|television|radio|party|army|military|forces|court|parliament|congress|senate|authority|authorities|embassy|organi[sz]ation|united nations|union)\b/i;

// News agencies and broadcasters are quoted as claimants all the time and their names carry no telling word; nor do
// the outlets named by a place and "Post" that are written without their "The" (see SURNAME_OUTLET_WORD).
const NEWS_ORGANISATIONS =
  /\b(reuters|associated press|ap|afp|agence france-presse|xinhua|bbc|cnn|al jazeera|bloomberg|(?:washington|jerusalem|bangkok|kyiv|huffington|denver|yorkshire|cairo|jakarta|tehran|beirut) post)\b/i;

/**
 * Outlet words that are also surnames: "Emily Post", "Wiley Post", "Lisa Press". After a single given-name-like word
 * and no "The" they end a person's name; "The Washington Post", "New York Post", "Post" and "Free Press" (a word of
 * the outlet's kind before it, OUTLET_QUALIFIER) stay outlets.
 */
const SURNAME_OUTLET_WORD = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)\s+(?:Post|Press)$/u;
const OUTLET_QUALIFIER = new Set([
  'daily', 'morning', 'evening', 'sunday', 'weekly', 'national', 'international', 'free', 'financial', 'associated',
  'united', 'canadian', 'australian', 'american', 'british', 'business', 'global', 'central', 'local', 'city', 'world',
  'university', 'academic', 'student', 'catholic', 'jewish', 'public', 'independent', 'new', 'the',
]);

/** "Emily Post", "Wiley Post": a given name before an outlet word that is also a surname. */
function isPersonWithOutletSurname(name: string): boolean {
  const m = SURNAME_OUTLET_WORD.exec(name);
  return m !== null && !OUTLET_QUALIFIER.has(m[1].toLowerCase()) && !ORGANISATION_EN.test(m[1]);
}

/**
 * A guess at whether a claimant is an organisation (ministries, agencies, news outlets, parties...) or a person, from
 * the words names of organisations usually end with or contain. A guess: callers that know better pass `agentType`.
 */
export function guessAgentType(name: string): 'Person' | 'Organization' {
  const trimmed = name.trim();
  if (NEWS_ORGANISATIONS.test(trimmed) || ORGANISATION_ZH.test(trimmed)) return 'Organization';
  if (isPersonWithOutletSurname(trimmed)) return 'Person';
  return ORGANISATION_EN.test(trimmed) ? 'Organization' : 'Person';
}

function requireUrl(url: string, what: string): string {
  const checked = validateSourceUrl(url);
  if (!checked.ok) throw new GlossaError('BAD_INPUT', `The ${what} must be an http(s) link: ${checked.message}`);
  return checked.url;
}

function citation(source: ClaimSource): SchemaCitation | null {
  const out: SchemaCitation = { '@type': 'CreativeWork' };
  // The link as stored (the model keeps it normalised); checked, so no `javascript:` becomes a citation.
  const linked = sourceHref(source.url) !== null;
  if (linked) out.url = source.url;
  if (source.title !== '') out.name = source.title;
  if (!linked && source.title === '') return null;
  if (source.publisher !== '') out.publisher = { '@type': 'Organization', name: source.publisher };
  if (source.date !== '') out.datePublished = source.date;
  return out;
}

/**
 * One ClaimReview per annotation whose claim has a verdict other than `unverified` and whose place is confirmed
 * (`anchored`, see the module comment), in the order given. Throws a
 * `BAD_INPUT` GlossaError when a report URL is not an http(s) link: a review must point at a published page.
 */
export function claimReviews(annotations: readonly Annotation[], options: ClaimReviewOptions): SchemaClaimReview[] {
  const { article, reviewer } = options;
  const scale = options.scale ?? DEFAULT_RATING_SCALE;
  const agentType = options.agentType ?? guessAgentType;
  const reportUrl = options.reportUrl;
  const fixedUrl = typeof reportUrl === 'string' ? requireUrl(reportUrl, 'report URL') : null;
  const appearanceUrl = article.source === null ? null : validateSourceUrl(article.source);
  // Several names in the author field (`王小明、李华`, `Jane Doe and Emily Post`) are several agents, each guessed alone
  // (`Jane Doe, Emily Post` as one name would read as an organisation for its `Post`).
  const names = article.author === null ? [] : authorNames(article.author);
  const agents: SchemaAgent[] = names.map((name) => ({ '@type': agentType(name), name }));
  const articleAuthor: SchemaAgent | SchemaAgent[] | undefined = agents.length === 0 ? undefined : agents.length === 1 ? agents[0] : agents;
  const reviewAuthor: SchemaAgent = { '@type': reviewer.type ?? 'Organization', name: reviewer.name };
  if (reviewer.url !== undefined) reviewAuthor.url = requireUrl(reviewer.url, "reviewer's URL");

  const out: SchemaClaimReview[] = [];
  for (const annotation of annotations) {
    const claim = annotation.claim;
    if (claim === undefined || annotation.anchor.state !== 'anchored') continue;
    const verdict = normalizeVerdict(verdictOf(claim));
    if (verdict === '' || verdict === DEFAULT_VERDICT) continue;

    const rating: SchemaRating = {
      '@type': 'Rating',
      bestRating: scale.best,
      worstRating: scale.worst,
      alternateName: scale.label?.(claim.verdict) ?? claim.verdict,
    };
    const value = scale.rating(claim.verdict);
    if (value !== null) rating.ratingValue = value;

    const english = claim.english?.trim() ?? '';
    const claimReviewed = english !== '' ? english : claim.statedText;
    const item: SchemaClaimReview['itemReviewed'] = { '@type': 'Claim' };
    if (claimReviewed !== claim.statedText) item.text = claim.statedText;
    if (article.lang !== undefined) item.inLanguage = article.lang;
    const claimant = claim.attributedTo?.trim() ?? '';
    const author: SchemaAgent | SchemaAgent[] | undefined = claimant !== '' ? { '@type': agentType(claimant), name: claimant } : articleAuthor;
    if (author !== undefined) item.author = author;
    if (article.published !== null) item.datePublished = article.published;
    item.appearance = { '@type': 'CreativeWork', headline: article.title };
    if (appearanceUrl?.ok === true) item.appearance.url = appearanceUrl.url;
    if (article.published !== null) item.appearance.datePublished = article.published;
    if (articleAuthor !== undefined) item.appearance.author = articleAuthor;

    const review: SchemaClaimReview = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: fixedUrl ?? requireUrl(typeof reportUrl === 'function' ? reportUrl(annotation) : '', 'report URL'),
      claimReviewed,
      reviewRating: rating,
      itemReviewed: item,
      author: reviewAuthor,
      datePublished: annotation.modified,
    };
    if (claim.rationale.trim() !== '') review.reviewBody = claim.rationale;
    const citations = claimSources(claim).flatMap((s) => citation(s) ?? []);
    if (citations.length > 0) review.citation = citations;
    out.push(review);
  }
  return out;
}

/** The reviews as the text of a JSON-LD file (an array of ClaimReview objects). */
export function exportClaimReviews(annotations: readonly Annotation[], options: ClaimReviewOptions): string {
  return `${JSON.stringify(claimReviews(annotations, options), null, 2)}\n`;
}

/**
 * The reviews as a `<script type="application/ld+json">` block for an HTML report. Claim texts come from articles,
 * so `<`, `>` and `&` are escaped as JSON unicode escapes: a quoted `</script>` cannot end the block early.
 */
export function claimReviewScriptTag(reviews: readonly SchemaClaimReview[]): string {
  const json = JSON.stringify(reviews)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    // Noncharacters are valid JSON but not HTML; escaped, they still read back as themselves.
    .replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
