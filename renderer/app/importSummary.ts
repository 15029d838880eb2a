/**
 * The line an import's toast says when it ends: what happened to the files, by outcome ("2 imported, 1 new revision,
 * 3 unchanged"), so a user who re-imports a folder sees at once that nothing was duplicated and what changed.
 */
export interface ImportOutcome {
  status: 'imported' | 'unchanged' | 'revised' | 'failed';
}

const PHRASES: Array<[ImportOutcome['status'], string, string]> = [
  ['imported', 'imported', 'imported'],
  ['revised', 'new revision', 'new revisions'],
  ['unchanged', 'unchanged', 'unchanged'],
  ['failed', 'could not be imported', 'could not be imported'],
];

/** "1 imported, 2 unchanged"; "No files were processed." when there were none. */
export function importSummary(results: readonly ImportOutcome[]): string {
  const parts: string[] = [];
  for (const [status, one, many] of PHRASES) {
    const n = results.filter((r) => r.status === status).length;
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  }
  return parts.length ? `${parts.join(', ')}.` : 'No files were processed.';
}
