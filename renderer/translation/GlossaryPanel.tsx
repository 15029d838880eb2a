/**
 * The glossary: every term with its English; wiki-link entities of the article can be added in one click (their
 * English left for the user to fill in), terms typed by hand, and the whole list imported or exported as TBX or CSV.
 * The checks use it (a term whose English is missing from the pair) and so does the aligner.
 */
import { useCallback, useEffect, useState } from 'react';
import { FileButton } from '../app/FileButton';
import { api } from '../api';
import { downloadText } from '../app/download';
import type { Notifier } from '../app/Toasts';
import { fileToBase64 } from './fileBytes';
import type { GlossaryEntry } from './types';

function EnglishField(props: { entry: GlossaryEntry; onSave(en: string): void }) {
  const [value, setValue] = useState(props.entry.en);
  useEffect(() => setValue(props.entry.en), [props.entry.en]);
  return (
    <input
      className="tr-gloss-en"
      lang="en"
      value={value}
      placeholder="English…"
      aria-label={`English for ${props.entry.zh}`}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => value !== props.entry.en && props.onSave(value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
      data-testid="glossary-en"
    />
  );
}

/** The glossary panel. */
export function GlossaryPanel(props: { articleId: number; notify: Notifier; onChanged(): void }) {
  const { articleId, notify, onChanged } = props;
  const [entries, setEntries] = useState<GlossaryEntry[] | null>(null);
  const [query, setQuery] = useState('');
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');

  const load = useCallback(async () => {
    try {
      setEntries(await api['glossary.list'](query.trim() ? { query: query.trim() } : {}));
    } catch (error) {
      notify.error('Could not load the glossary', error);
      setEntries([]);
    }
  }, [query, notify]);

  useEffect(() => {
    const timer = setTimeout(() => void load(), 200);
    return () => clearTimeout(timer);
  }, [load]);

  const run = async (title: string, action: () => Promise<unknown>): Promise<void> => {
    try {
      await action();
      await load();
      onChanged();
    } catch (error) {
      notify.error(title, error);
    }
  };

  return (
    <section className="tr-glossary" aria-label="Glossary" data-testid="glossary-panel">
      <div className="tr-panel-head">
        <h3>Glossary {entries && <span className="badge subtle">{entries.length}</span>}</h3>
        <button
          type="button"
          className="button ghost"
          onClick={() =>
            void run('Could not add the article’s entities', async () => {
              const { added } = await api['glossary.seedFromArticle']({ id: articleId });
              notify.info(added === 1 ? '1 entity added' : `${added} entities added`, 'Give each its English.');
            })
          }
          data-testid="glossary-seed"
        >
          Add this article’s wiki-link entities
        </button>
      </div>
      <form
        className="tr-gloss-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (!zh.trim()) return;
          void run('Could not add the term', async () => {
            await api['glossary.add']({ zh: zh.trim(), en: en.trim() });
            setZh('');
            setEn('');
          });
        }}
      >
        <input lang="zh" value={zh} onChange={(e) => setZh(e.target.value)} placeholder="中文术语" aria-label="Chinese term" data-testid="glossary-add-zh" />
        <input lang="en" value={en} onChange={(e) => setEn(e.target.value)} placeholder="English" aria-label="English term" data-testid="glossary-add-en" />
        <button type="submit" className="button" disabled={!zh.trim()} data-testid="glossary-add">
          Add
        </button>
      </form>
      <input className="tr-gloss-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Filter terms" aria-label="Filter terms" />
      {entries === null ? (
        <p className="muted">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="muted">No terms yet.</p>
      ) : (
        <ul className="tr-gloss-list">
          {entries.map((entry) => (
            <li key={entry.id} className={entry.en ? 'tr-gloss' : 'tr-gloss is-missing'} data-testid="glossary-entry" data-zh={entry.zh}>
              <span lang="zh" className="tr-gloss-zh">
                {entry.zh}
              </span>
              <EnglishField entry={entry} onSave={(value) => void run('Could not save the term', () => api['glossary.update']({ id: entry.id, en: value }))} />
              <span className="muted tr-gloss-source" title="Where the term comes from">
                {entry.source}
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${entry.zh}`}
                title="Remove"
                onClick={() => void run('Could not remove the term', () => api['glossary.remove']({ id: entry.id }))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tr-gloss-io">
        <FileButton
          accept=".tbx,.csv,.xml"
          testId="glossary-import"
          onFile={(file) => {
            void run('Could not import the glossary', async () => {
              const result = await api['glossary.import']({ name: file.name, dataBase64: await fileToBase64(file) });
              notify.info(`${result.added} terms imported`, result.skipped ? `${result.skipped} skipped` : undefined);
            });
          }}
        >
          Import TBX/CSV…
        </FileButton>
        {(['tbx', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button ghost"
            onClick={() =>
              void api['glossary.export']({ format }).then(
                (file) => downloadText(file.fileName, file.mediaType, file.content),
                (error: unknown) => notify.error(`Could not export the glossary as ${format.toUpperCase()}`, error),
              )
            }
            data-testid={`glossary-export-${format}`}
          >
            Export {format.toUpperCase()}
          </button>
        ))}
      </div>
    </section>
  );
}
