/**
 * Full-text search of the library: which articles' text contains a phrase ("3000 万美元", "according to Reuters"), how
 * often, and where, with each hit in context. The filter beside it matches titles only; this asks the service
 * (`articles.search`), which uses the trigram index over every article's current text.
 */
import { useEffect, useRef, useState } from 'react';
import type { ArticleSearchHit } from '../../shared/model/article';
import { api, describeError } from '../api';
import { formatPublished, plural } from '../app/format';

/** Results shown at most; the service finds the best ones first. */
const LIMIT = 100;

type SearchState = { phase: 'idle' } | { phase: 'searching'; query: string } | { phase: 'done'; query: string; hits: ArticleSearchHit[] } | { phase: 'failed'; query: string; message: string };

/** The search field (in the library bar) and, once a search ran, its results in a panel under it. */
export function TextSearch(props: { onOpen(id: number, at?: { start: number; end: number }): void }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<SearchState>({ phase: 'idle' });
  const latest = useRef(0);

  const run = (query: string): void => {
    const q = query.trim();
    if (!q) {
      setState({ phase: 'idle' });
      return;
    }
    const ticket = ++latest.current;
    setState({ phase: 'searching', query: q });
    api['articles.search']({ query: q, limit: LIMIT }).then(
      (hits) => ticket === latest.current && setState({ phase: 'done', query: q, hits }),
      (error: unknown) => ticket === latest.current && setState({ phase: 'failed', query: q, message: describeError(error).message }),
    );
  };

  // Searching as one types, once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => run(text), 300);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div className="text-search">
      <label className="search">
        <span className="visually-hidden">Search the text of every article</span>
        <input
          type="search"
          placeholder="Search article text…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') run(text);
            if (e.key === 'Escape') setText('');
          }}
          data-testid="text-search"
        />
      </label>
      {state.phase !== 'idle' && (
        <section className="text-search-results" aria-label="Text search results" aria-live="polite" data-testid="text-search-results" data-phase={state.phase}>
          {state.phase === 'searching' && <p className="muted">Searching for “{state.query}”…</p>}
          {state.phase === 'failed' && <p className="error-text">The search for “{state.query}” failed: {state.message}</p>}
          {state.phase === 'done' && (
            <>
              <p className="muted" data-testid="text-search-summary">
                <button type="button" className="link-button text-search-close" onClick={() => setText('')} data-testid="text-search-close">
                  Close
                </button>
                {state.hits.length === 0
                  ? `No article contains “${state.query}”.`
                  : `${plural(state.hits.length, 'article')} ${state.hits.length === 1 ? 'contains' : 'contain'} “${state.query}”${state.hits.length >= LIMIT ? ' (the first 100 shown)' : ''}.`}
              </p>
              <ol className="text-search-hits">
                {state.hits.map((hit) => (
                  <li key={hit.id} data-testid="text-search-hit" data-article-id={hit.id} data-count={hit.count}>
                    <button type="button" className="link-button" onClick={() => props.onOpen(hit.id)} data-testid="text-search-open">
                      {hit.title}
                    </button>
                    <span className="muted">
                      {' '}
                      · {hit.count === 0 ? 'in the title' : plural(hit.count, 'hit')}
                      {hit.published ? ` · ${formatPublished(hit.published)}` : ''}
                    </span>
                    {hit.matches.map((m) => (
                      <button
                        type="button"
                        key={m.start}
                        className="text-search-snippet"
                        title="Open the article at this place"
                        onClick={() => props.onOpen(hit.id, { start: m.start, end: m.end })}
                        data-testid="text-search-snippet"
                      >
                        …{m.before}
                        <mark>{m.match}</mark>
                        {m.after}…
                      </button>
                    ))}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
    </div>
  );
}
