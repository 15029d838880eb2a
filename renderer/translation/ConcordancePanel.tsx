/**
 * Concordance: where a word or phrase occurs across every aligned pair and imported unit, with the matches marked,
 * so a translator sees how a term was rendered before.
 */
import { useState, type ReactNode } from 'react';
import { api } from '../api';
import type { Notifier } from '../app/Toasts';

type Hit = Awaited<ReturnType<(typeof api)['translation.concordance']>>[number];

function marked(text: string, spans: Hit['sourceSpans']): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  [...spans]
    .sort((a, b) => a.start - b.start)
    .forEach((s, i) => {
      if (s.start < at || s.end > text.length) return;
      if (s.start > at) out.push(text.slice(at, s.start));
      out.push(<mark key={i}>{text.slice(s.start, s.end)}</mark>);
      at = s.end;
    });
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** The concordance search. */
export function ConcordancePanel(props: { notify: Notifier }) {
  const [term, setTerm] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const search = async (): Promise<void> => {
    if (!term.trim()) return;
    try {
      setHits(await api['translation.concordance']({ term: term.trim(), limit: 50 }));
    } catch (error) {
      props.notify.error('Could not search the memory', error);
    }
  };
  return (
    <section className="tr-concordance" aria-label="Concordance" data-testid="concordance-panel">
      <form
        className="tr-gloss-add"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <input type="search" value={term} onChange={(e) => setTerm(e.target.value)} placeholder="Search all aligned text" aria-label="Concordance search" data-testid="concordance-input" />
        <button type="submit" className="button" disabled={!term.trim()}>
          Search
        </button>
      </form>
      {hits !== null &&
        (hits.length === 0 ? (
          <p className="muted">Not found in the memory.</p>
        ) : (
          <ul className="tr-hits">
            {hits.map((hit, i) => (
              <li key={i} className="tr-hit" data-testid="concordance-hit">
                <span lang="zh">{marked(hit.source, hit.sourceSpans)}</span>
                <span lang="en">{marked(hit.target, hit.targetSpans)}</span>
                {hit.origin && <span className="muted tr-origin">{hit.origin}</span>}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
