/** What an annotation import did, as `annotations.import` answers it. */
export interface AnnotationImportResult {
  imported: number;
  anchored: number;
  moved: number;
  orphaned: number;
  reanchored: number;
}

/** The toast's line for an import: how many, and how they anchored. */
export function annotationImportSummary(r: AnnotationImportResult): string {
  const states = `${r.anchored} anchored, ${r.moved} moved, ${r.orphaned} orphaned in this article`;
  const relocated = r.reanchored > 0 ? `; ${r.reanchored} ${r.reanchored === 1 ? 'was' : 'were'} not where the file put ${r.reanchored === 1 ? 'it' : 'them'} and ${r.reanchored === 1 ? 'was' : 'were'} re-anchored` : '';
  return `${states}${relocated}.`;
}
