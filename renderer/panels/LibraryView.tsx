/**
 * The library: every imported article with its title, date, author, source and number of wiki-links, sortable by
 * any column and filtered by text in the title. Opening an article is a button per row, so it works from the keyboard.
 */
import { useMemo, useState } from 'react';
import type { ArticleSummary } from '../../shared/model/article';
import { formatPublished, plural, sourceLabel } from '../app/format';

type SortKey = 'title' | 'published' | 'author' | 'source' | 'wikiLinks';

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'title', label: 'Title' },
  { key: 'published', label: 'Published' },
  { key: 'author', label: 'Author' },
  { key: 'source', label: 'Source' },
  { key: 'wikiLinks', label: 'Wiki-links', numeric: true },
];

const collator = new Intl.Collator(['zh', 'en'], { numeric: true, sensitivity: 'base' });

/** Case-, width- and script-form-insensitive text for matching titles (full-width letters match ASCII ones). */
function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

function compare(a: ArticleSummary, b: ArticleSummary, key: SortKey): number {
  if (key === 'wikiLinks') return a.wikiLinks - b.wikiLinks;
  const x = a[key];
  const y = b[key];
  // Missing values sort last in either direction's natural reading: handled by the caller's direction flip.
  if (x === null && y === null) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return key === 'published' ? x.localeCompare(y) : collator.compare(x, y);
}

/** The library table. */
export function LibraryView(props: {
  articles: ArticleSummary[] | null;
  loading: boolean;
  onOpen(id: number): void;
  onOpenSource(url: string): void;
}) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'published', dir: -1 });

  const rows = useMemo(() => {
    const needle = fold(filter.trim());
    const list = (props.articles ?? []).filter((a) => needle === '' || fold(a.title).includes(needle));
    return list.sort((a, b) => {
      const primary = compare(a, b, sort.key);
      const nullLast = (a[sort.key] === null) !== (b[sort.key] === null);
      return (nullLast ? primary : primary * sort.dir) || a.id - b.id;
    });
  }, [props.articles, filter, sort]);

  const toggleSort = (key: SortKey): void =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: key === 'wikiLinks' || key === 'published' ? -1 : 1 }));

  const total = props.articles?.length ?? 0;

  return (
    <main className="library" data-testid="library">
      <div className="library-bar">
        <h1>Library</h1>
        <span className="muted" data-testid="library-count">
          {filter.trim() ? `${rows.length} of ${plural(total, 'article')}` : plural(total, 'article')}
        </span>
        <span className="spacer" />
        {total > 0 && (
        <label className="search">
          <span className="visually-hidden">Filter by title</span>
          <input
            type="search"
            placeholder="Filter by title…"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            data-testid="library-filter"
          />
        </label>
        )}
      </div>
      {props.articles === null ? (
        <p className="empty">{props.loading ? 'Loading the library…' : 'The library could not be loaded.'}</p>
      ) : total === 0 ? (
        <div className="empty" data-testid="library-empty">
          <h2>No articles yet</h2>
          <p>Import Markdown files with “Import files…” or “Import folder…”, or drop files and folders anywhere on this window.</p>
        </div>
      ) : rows.length === 0 ? (
        <p className="empty">No title contains “{filter.trim()}”.</p>
      ) : (
        <div className="table-wrap">
          <table className="library-table" data-testid="library-table">
            <thead>
              <tr>
                {COLUMNS.map((col) => (
                  <th
                    key={col.key}
                    scope="col"
                    className={col.numeric ? 'numeric' : undefined}
                    aria-sort={sort.key === col.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                  >
                    <button type="button" className="sort-button" onClick={() => toggleSort(col.key)} data-testid={`sort-${col.key}`}>
                      {col.label}
                      <span className="sort-arrow" aria-hidden="true">
                        {sort.key === col.key ? (sort.dir === 1 ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((article) => (
                <tr key={article.id} data-testid="library-row" data-article-id={article.id} onClick={() => props.onOpen(article.id)}>
                  <td className="title-cell">
                    <button
                      type="button"
                      className="link-button"
                      onClick={(e) => {
                        e.stopPropagation();
                        props.onOpen(article.id);
                      }}
                      data-testid="library-open"
                    >
                      {article.title || '(untitled)'}
                    </button>
                    {article.revisions > 1 && <span className="badge subtle">{plural(article.revisions, 'revision')}</span>}
                  </td>
                  <td className="nowrap">{formatPublished(article.published)}</td>
                  <td>{article.author ?? '—'}</td>
                  <td>
                    {article.source ? (
                      <a
                        href={article.source}
                        className="source-link"
                        title={article.source}
                        onClick={(e) => {
                          e.preventDefault();
                          e.stopPropagation();
                          props.onOpenSource(article.source ?? '');
                        }}
                      >
                        {sourceLabel(article.source)}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="numeric" data-testid="library-wikilinks">
                    {article.wikiLinks}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
