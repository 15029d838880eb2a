/**
 * Claims and notes on the Chinese text as notes beside aligned pairs, so the translator sees what the fact-checkers
 * said about a sentence and bilingual exports (HTML, XLIFF, TMX) carry it. An annotation belongs to every pair whose
 * Chinese span it overlaps, on the revision the alignment was made on; orphaned annotations are left out.
 */
import type { Annotation } from '../../shared/model/annotation';
import type { TranslationNote } from '../../shared/model/translation';
import type { ZhHighlight } from './translationTypes';

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

/** An annotation's span on the Chinese, to draw it in the pair list as the reader draws it in the article. */
export interface SpanHighlight extends ZhHighlight {
  revisionId: number;
}

/**
 * One highlight per placed annotation (orphans have no span), labelled with what a hover should say: the claim and
 * its verdict, the comment, or the motivation.
 */
export function highlightsFromAnnotations(annotations: readonly Annotation[]): SpanHighlight[] {
  const out: SpanHighlight[] = [];
  for (const a of annotations) {
    if (a.anchor.state === 'orphaned') continue;
    const { start, end } = a.target.selectors.position;
    if (end <= start) continue;
    const comments = a.bodies.flatMap((b) => (b.type === 'TextualBody' && b.purpose !== 'tagging' && b.value.trim() ? [b.value.trim()] : []));
    const label = a.claim ? `Claim: ${a.claim.statedText} — ${a.claim.verdict}` : comments.length ? comments.join(' · ') : a.motivation;
    out.push({ revisionId: a.revisionId, id: a.id, start, end, motivation: a.motivation, label });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}
