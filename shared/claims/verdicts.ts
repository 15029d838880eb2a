/**
 * The verdict scale and the claim workflow. Newsrooms rate claims on different scales (PolitiFact's six steps,
 * a plain true/false, a 1-5 rating), so the scale is data: Glossa ships a default and a project may replace it,
 * and everything that shows, sorts, exports or averages verdicts goes through these definitions.
 */

/** One step of a verdict scale. */
export interface VerdictDefinition {
  /** Stable identifier stored with each claim (`mostly true`). */
  id: string;
  /** What a person sees. */
  label: string;
  /**
   * Position on the truth scale, higher is truer (true = 5 ... false = 1), for sorting, averaging and ClaimReview's
   * `ratingValue`; null for verdicts that are not a rating (not yet checked, cannot be proven).
   */
  rating: number | null;
  /** CSS colour (`#rrggbb`) used for the claim's highlight and badge. */
  color: string;
  /** One line that tells a checker when to choose this verdict. */
  description: string;
}

/** A complete, ordered verdict scale. `defaultVerdict` is what a new claim gets. */
export interface VerdictScale {
  verdicts: readonly VerdictDefinition[];
  defaultVerdict: string;
}

/** The verdicts of the default scale. */
export type DefaultVerdict = 'unverified' | 'true' | 'mostly true' | 'mixed' | 'mostly false' | 'false' | 'unprovable';

/** Glossa's default scale: five rated steps between true and false, plus two unrated states. */
export const DEFAULT_VERDICT_SCALE: VerdictScale = {
  defaultVerdict: 'unverified',
  verdicts: [
    { id: 'unverified', label: 'Unverified', rating: null, color: '#9e9e9e', description: 'Not checked yet.' },
    { id: 'true', label: 'True', rating: 5, color: '#2e7d32', description: 'Accurate, nothing significant missing.' },
    { id: 'mostly true', label: 'Mostly true', rating: 4, color: '#7cb342', description: 'Accurate but needs clarification or context.' },
    { id: 'mixed', label: 'Mixed', rating: 3, color: '#fbc02d', description: 'Partly accurate, partly not.' },
    { id: 'mostly false', label: 'Mostly false', rating: 2, color: '#f57c00', description: 'Contains some truth but leaves a false impression.' },
    { id: 'false', label: 'False', rating: 1, color: '#c62828', description: 'Not accurate.' },
    { id: 'unprovable', label: 'Unprovable', rating: null, color: '#5c6bc0', description: 'Cannot be proven or disproven with available sources.' },
  ],
};

/** Where a claim is in the checking workflow, in order. */
export const CLAIM_STATUSES = ['open', 'in review', 'checked', 'published'] as const;
/** A claim's workflow status. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Whether a string is a claim status (for values read from a database or a CLI flag). */
export function isClaimStatus(value: string): value is ClaimStatus {
  return (CLAIM_STATUSES as readonly string[]).includes(value);
}

/** The definition of verdict `id` on `scale`, or undefined when the scale has no such verdict. */
export function findVerdict(id: string, scale: VerdictScale = DEFAULT_VERDICT_SCALE): VerdictDefinition | undefined {
  return scale.verdicts.find((v) => v.id === id);
}

/** The numeric rating of a verdict, or null when it is unrated or unknown. */
export function verdictRating(id: string, scale: VerdictScale = DEFAULT_VERDICT_SCALE): number | null {
  return findVerdict(id, scale)?.rating ?? null;
}

/** The best and worst ratings of a scale (ClaimReview's `bestRating`/`worstRating`); null when nothing is rated. */
export function ratingRange(scale: VerdictScale = DEFAULT_VERDICT_SCALE): { best: number; worst: number } | null {
  const rated = scale.verdicts.map((v) => v.rating).filter((r): r is number => r !== null);
  return rated.length ? { best: Math.max(...rated), worst: Math.min(...rated) } : null;
}

/**
 * Checks a project's own scale before it is used and returns the problems in words a person can act on (empty
 * when valid): ids must be unique and non-empty, ratings finite, colours `#rrggbb`, and the default must exist.
 */
export function validateVerdictScale(scale: VerdictScale): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const v of scale.verdicts) {
    if (!v.id.trim()) problems.push('A verdict has an empty id.');
    else if (seen.has(v.id)) problems.push(`The verdict "${v.id}" appears twice.`);
    seen.add(v.id);
    if (v.rating !== null && !Number.isFinite(v.rating)) problems.push(`The rating of "${v.id}" is not a number.`);
    if (!/^#[0-9a-fA-F]{6}$/.test(v.color)) problems.push(`The colour of "${v.id}" must look like #2e7d32.`);
  }
  if (!seen.has(scale.defaultVerdict)) problems.push(`The default verdict "${scale.defaultVerdict}" is not on the scale.`);
  return problems;
}
