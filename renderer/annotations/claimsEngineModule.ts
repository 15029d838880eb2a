/** What the renderer uses of the claims engine, in the one chunk `claimsEngine` loads on first use. */
export { suggestClaims, toSuggestionJSON, isCheckworthy } from '../../shared/claims/suggest';
export { findQuantities } from '../../shared/claims/quantities';
