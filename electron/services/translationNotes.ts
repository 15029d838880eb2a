/**
 * Claims and notes on the Chinese text as notes beside aligned pairs, so the translator sees what the fact-checkers
 * said about a sentence and bilingual exports (HTML, XLIFF, TMX) carry it. An annotation belongs to every pair whose
 * Chinese span it overlaps, on the revision the alignment was made on; orphaned annotations are left out.
 */
import type { Annotation } from '../../shared/model/annotation';
import type { TranslationNote } from '../../shared/model/translation';

/** A note with the Chinese span it is about (canonical offsets of `revisionId`). */
export interface SpanNote {
  revisionId: number;
  start: number;
  end: number;
  note: TranslationNote;
}

/** The notes of an article's annotations: one per claim, one per comment body. */
export function notesFromAnnotations(annotations: readonly Annotation[]): SpanNote[] {
  const out: SpanNote[] = [];
  for (const a of annotations) {
    if (a.anchor.state === 'orphaned') continue;
    const { start, end } = a.target.selectors.position;
    const at = (note: TranslationNote): void => void out.push({ revisionId: a.revisionId, start, end, note });
    if (a.claim) {
      const english = a.claim.english ? ` (${a.claim.english})` : '';
      at({ category: 'claim', text: `${a.claim.statedText}${english}: ${a.claim.verdict}${a.claim.rationale ? ` — ${a.claim.rationale}` : ''}`, appliesTo: 'source' });
    }
    for (const body of a.bodies) {
      if (body.type !== 'TextualBody' || body.purpose === 'tagging' || !body.value.trim()) continue;
      at({ category: 'annotation', text: body.value, appliesTo: 'source' });
    }
  }
  return out;
}

/** The notes whose span overlaps `[start, end)` of `revisionId` (a zero-length span touches when inside). */
export function notesInSpan(notes: readonly SpanNote[], revisionId: number, start: number, end: number): TranslationNote[] {
  return notes.filter((n) => n.revisionId === revisionId && n.start < end && (n.end > start || (n.start === n.end && n.start >= start))).map((n) => n.note);
}
