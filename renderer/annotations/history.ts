/**
 * What one history step changed, in words: the history stores whole snapshots, and a checker wants to read
 * "verdict: unverified → false", not two JSON documents.
 */
import { linkedSpanOf, type Annotation, type AnnotationHistoryEntry } from '../../shared/model/annotation';
import { noteOf, tagsOf } from './colours';

function claimFields(a: Annotation | null): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!a) return fields;
  fields.note = noteOf(a);
  fields.tags = tagsOf(a).join(', ');
  fields.motivation = a.motivation;
  fields.span = a.target.selectors.quote.exact;
  fields.anchor = a.anchor.state;
  const link = linkedSpanOf(a);
  if (link) {
    fields['second span'] = link.selectors.quote.exact;
    fields['second span anchor'] = link.anchor.state;
  }
  const c = a.claim;
  if (c) {
    fields.english = c.english ?? '';
    fields['attributed to'] = c.attributedTo ?? '';
    fields.value = c.value ? JSON.stringify({ value: c.value.value, currency: c.value.currency, per: c.value.per, approx: c.value.approx, date: c.value.date }) : '';
    fields.verdict = c.verdict;
    fields.rationale = c.rationale;
    fields.status = c.status;
    fields.reviewer = c.reviewer ?? '';
    fields.sources = c.sources.map((s) => s.url).join(' ');
    fields.snapshots = c.sources.flatMap((s) => (s.snapshot ? [s.snapshot.fileName] : [])).join(' ');
  }
  return fields;
}

/** The fields a step changed, as `field: before → after` lines (long values shortened). */
export function describeChange(entry: AnnotationHistoryEntry): string[] {
  if (entry.action === 'created') return [];
  const before = claimFields(entry.before);
  const after = claimFields(entry.after);
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = before[key] ?? '';
    const a = after[key] ?? '';
    if (a !== b) lines.push(`${key}: ${short(b) || '—'} → ${short(a) || '—'}`);
  }
  return lines;
}

function short(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
