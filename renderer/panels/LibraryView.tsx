/**
 * The library: every imported article with its title, date, author, source and number of wiki-links, sortable by
 * any column and filtered by text in the title. Opening an article is a button per row, so it works from the keyboard.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../shared/model/article';
import { formatPublished, plural, sourceLabel } from '../app/format';
import { TextSearch } from './TextSearch';

type SortKey = 'title' | 'published' | 'author' | 'source' | 'wikiLinks';

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'title', label: 'Title' },
  { key: 'published', label: 'Published' },
  { key: 'author', label: 'Author' },
  { key: 'source', label: 'Source' },
  { key: 'wikiLinks', label: 'Wiki-links', numeric: true },
];

let collator: Intl.Collator | null = null;

/**
 * Made on the first sort, not when the module loads: the first `Intl` object of a page sets up ICU (50–80 ms in a
 * fresh renderer), which an article opened by its address would otherwise pay before it is shown.
 */
function titleCollator(): Intl.Collator {
  collator ??= new Intl.Collator(['zh', 'en'], { numeric: true, sensitivity: 'base' });
  return collator;
}

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
  // ISO 8601 UTC strings sort by code unit; String#localeCompare would go through ICU for each of the ~60,000
  // comparisons a library of 5,000 articles needs (hundreds of milliseconds).
  if (key === 'published') return x < y ? -1 : x > y ? 1 : 0;
  return titleCollator().compare(x, y);
}

/** Rows are rendered in chunks of this many, the first at once and the rest a frame at a time. */
const CHUNK_ROWS = 250;

/**
 * One chunk of rows as its own `<tbody>`, memoised: when the next chunk is appended, or the page re-renders for
 * another reason, the rows already on screen are not rebuilt.
 */
const LibraryRows = memo(function LibraryRows({
  rows,
  onOpen,
  onOpenSource,
}: {
  rows: ArticleSummary[];
  onOpen(id: number): void;
  onOpenSource(url: string): void;
}) {
  return (
    <tbody>
      {rows.map((article) => (
        <tr key={article.id} data-testid="library-row" data-article-id={article.id} onClick={() => onOpen(article.id)}>
          <td className="title-cell">
            <button
              type="button"
              className="link-button"
              onClick={(e) => {
                e.stopPropagation();
                onOpen(article.id);
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
                  onOpenSource(article.source ?? '');
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
  );
});

/** The library table. */
export function LibraryView(props: {
  articles: ArticleSummary[] | null;
  loading: boolean;
  /** Opens an article; `at` (canonical offsets) is a stretch to show, for a search hit. */
  onOpen(id: number, at?: { start: number; end: number }): void;
  onOpenSource(url: string): void;
}) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'published', dir: -1 });

  // Titles folded once per library load, not once per keystroke.
  const folded = useMemo(() => new Map((props.articles ?? []).map((a) => [a.id, fold(a.title)])), [props.articles]);
  const rows = useMemo(() => {
    const needle = fold(filter.trim());
    const list = (props.articles ?? []).filter((a) => needle === '' || (folded.get(a.id) ?? '').includes(needle));
    return list.sort((a, b) => {
      const primary = compare(a, b, sort.key);
      const nullLast = (a[sort.key] === null) !== (b[sort.key] === null);
      return (nullLast ? primary : primary * sort.dir) || a.id - b.id;
    });
  }, [props.articles, folded, filter, sort]);

  // A library of thousands of articles: the first chunk of rows paints at once, the others follow a frame at a
  // time, so opening the library or typing a filter never waits for ten thousand rows to be built.
  const chunks = useMemo(() => {
    const out: ArticleSummary[][] = [];
    for (let i = 0; i < rows.length; i += CHUNK_ROWS) out.push(rows.slice(i, i + CHUNK_ROWS));
    return out;
  }, [rows]);
  // How many chunks are on screen, for these chunks: new rows (a filter, a sort, an import) start again at one.
  const [progress, setProgress] = useState({ chunks, shown: 1 });
  const shownChunks = progress.chunks === chunks ? progress.shown : 1;
  useEffect(() => {
    if (shownChunks >= chunks.length) return undefined;
    const timer = setTimeout(() => setProgress({ chunks, shown: shownChunks + 1 }), 0);
    return () => clearTimeout(timer);
  }, [shownChunks, chunks]);

  // Stable callbacks for the memoised chunks, calling whatever the parent passed last.
  const handlers = useRef(props);
  handlers.current = props;
  const openArticle = useCallback((id: number) => handlers.current.onOpen(id), []);
  const openSource = useCallback((url: string) => handlers.current.onOpenSource(url), []);

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
        {total > 0 && <TextSearch onOpen={(id, at) => handlers.current.onOpen(id, at)} />}
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
            {/* Fixed column widths: appending a chunk of rows lays out those rows only, not the whole table again. */}
            <colgroup>
              {COLUMNS.map((col) => (
                <col key={col.key} className={`col-${col.key}`} />
              ))}
            </colgroup>
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
            {chunks.slice(0, shownChunks).map((chunk, i) => (
              <LibraryRows key={i} rows={chunk} onOpen={openArticle} onOpenSource={openSource} />
            ))}
          </table>
        </div>
      )}
    </main>
  );
}
