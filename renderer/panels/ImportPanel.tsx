/**
 * The import's progress and outcome: a progress bar with Cancel while it runs, then a one-line summary. Failures are
 * always listed with the reason the service gave; the other results are one click away, so a finished import does
 * not push the library down the window.
 */
import { useState } from 'react';
import type { ImportJob } from '../app/useImportJob';

const STATUS_LABEL: Record<ImportJob['results'][number]['status'], string> = {
  imported: 'Imported',
  revised: 'New revision',
  unchanged: 'Unchanged',
  failed: 'Failed',
};

const SHOWN = 200;

/** Progress and results of the current import. */
export function ImportPanel(props: { job: ImportJob | null; preparing: boolean; onCancel(): void; onDismiss(): void }) {
  const { job, preparing } = props;
  const [expanded, setExpanded] = useState(false);
  if (!job && !preparing) return null;
  if (!job) {
    return (
      <section className="import-panel" data-testid="import-panel" aria-label="Import">
        <div className="import-head">
          <strong>Reading files…</strong>
        </div>
        <div className="progress indeterminate" role="progressbar" aria-label="Reading files" />
      </section>
    );
  }
  const running = job.state === 'running';
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : running ? 0 : 100;
  const ordered = [...job.results].sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed'));
  const listed = expanded ? ordered : ordered.filter((r) => r.status === 'failed');
  const counts = job.results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
  return (
    <section className="import-panel" data-testid="import-panel" data-state={job.state} aria-label="Import">
      <div className="import-head">
        <strong>
          {running ? 'Importing' : job.state === 'cancelled' ? 'Import cancelled' : 'Import finished'} — {job.done} of {job.total}
        </strong>
        {running && job.current && <span className="import-current">{job.current}</span>}
        {!running && (
          <span className="import-summary" data-testid="import-summary">
            {(['imported', 'revised', 'unchanged', 'failed'] as const)
              .filter((s) => counts[s])
              .map((s) => `${counts[s]} ${STATUS_LABEL[s].toLowerCase()}`)
              .join(' · ') || 'No files were processed.'}
          </span>
        )}
        <span className="spacer" />
        {!running && !expanded && ordered.length > listed.length && (
          <button type="button" className="button ghost" aria-expanded={expanded} onClick={() => setExpanded(true)} data-testid="import-details">
            Show details ({ordered.length})
          </button>
        )}
        {!running && expanded && (
          <button type="button" className="button ghost" aria-expanded={expanded} onClick={() => setExpanded(false)} data-testid="import-details">
            Hide details
          </button>
        )}
        {running ? (
          <button type="button" className="button" onClick={props.onCancel} data-testid="import-cancel">
            Cancel
          </button>
        ) : (
          <button type="button" className="button ghost" onClick={props.onDismiss} data-testid="import-dismiss">
            Close
          </button>
        )}
      </div>
      {running && (
      <div
        className="progress"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={job.done}
        data-testid="import-progress"
      >
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      )}
      {listed.length > 0 && (
        <ul className="import-results" data-testid="import-results">
          {listed.slice(0, SHOWN).map((result, i) => (
            <li key={`${result.file}-${i}`} className={`import-result status-${result.status}`} data-testid="import-result" data-status={result.status}>
              <span className="badge">{STATUS_LABEL[result.status]}</span>
              <span className="import-file" title={result.file}>
                {result.file}
              </span>
              {result.title && <span className="import-title">{result.title}</span>}
              {result.error && (
                <span className="import-error">
                  {result.error.message} <code>{result.error.code}</code>
                </span>
              )}
              {result.warnings.map((w) => (
                <span key={w} className="import-warning">
                  {w}
                </span>
              ))}
            </li>
          ))}
          {listed.length > SHOWN && <li className="import-more">…and {listed.length - SHOWN} more</li>}
        </ul>
      )}
    </section>
  );
}
