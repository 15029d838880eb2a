/**
 * The claims engine (`shared/claims`: numerals, amounts, dates, statements; about a tenth of the application's code),
 * loaded on first use instead of with the application. Opening an article never needs it: the service works out the
 * suggestions. The panel needs it only to read the value of a new claim in the selected words, and to suggest claims
 * itself when the service cannot; the first such use loads it, in a few milliseconds from the packaged files.
 */
type ClaimsEngine = typeof import('./claimsEngineModule');

let loading: Promise<ClaimsEngine> | null = null;

/** The engine's functions, loaded once. */
export function claimsEngine(): Promise<ClaimsEngine> {
  loading ??= import('./claimsEngineModule');
  return loading;
}
