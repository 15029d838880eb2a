/**
 * Adding one piece of evidence to a claim. The link is checked with the same rule the service applies
 * (`validateSourceUrl`: http(s) only, no credentials), and the problem is shown next to the field before anything is sent.
 * A `div`, not a `form`: it sits inside the claim editor's form.
 */
import { useRef, useState } from 'react';
import { validateSourceUrl } from '../../shared/model/annotation';
import type { ClaimPatch } from './ClaimEditor';
import { SNAPSHOT_ACCEPT, checkSnapshotFile, formatBytes } from './snapshotFile';

type SourceInput = NonNullable<ClaimPatch['sources']>[number];

/** A link's problem, and the link it probably meant when only the scheme is missing. */
export interface LinkProblem {
  message: string;
  fix: string | null;
}

/**
 * What is wrong with a source link typed as `input`, or null when it is fine: the service's own rule
 * (`validateSourceUrl`), whose answer for a link copied without its scheme (`www.reuters.com/world/…`) says what is
 * missing and offers the https:// link.
 */
export function linkProblem(input: string, label = 'The source link'): LinkProblem | null {
  const check = validateSourceUrl(input);
  if (check.ok) return null;
  const message = label === 'The source link' ? check.message : `${label}: ${check.message}`;
  return { message, fix: check.code === 'noScheme' ? check.suggestion : null };
}

/**
 * The add-source form. A saved copy of the page (PDF or HTML) may be picked with it: it is checked here (type, size)
 * and handed to `onAdd`, which stores it once the source exists.
 */
export function SourceForm(props: { onAdd(source: SourceInput, snapshot: File | null): Promise<void>; onCancel(): void }) {
  const [fields, setFields] = useState({ url: '', title: '', publisher: '', date: '', quote: '', credibility: '', archiveUrl: '' });
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  const [snapshot, setSnapshot] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const urlInput = useRef<HTMLInputElement>(null);
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async () => {
    const url = validateSourceUrl(fields.url);
    if (!url.ok) {
      setProblem(linkProblem(fields.url));
      return;
    }
    let archiveUrl = '';
    if (fields.archiveUrl.trim()) {
      const archive = validateSourceUrl(fields.archiveUrl);
      if (!archive.ok) {
        const p = linkProblem(fields.archiveUrl, 'Archive link');
        // A fix for the archive link fills the archive field, not the source's.
        setProblem(p && { message: p.message, fix: null });
        return;
      }
      archiveUrl = archive.url;
    }
    setProblem(null);
    setBusy(true);
    try {
      await props.onAdd({
        url: url.url,
        title: fields.title.trim(),
        publisher: fields.publisher.trim(),
        date: fields.date.trim(),
        quote: fields.quote.trim(),
        credibility: fields.credibility ? Number(fields.credibility) : null,
        archiveUrl,
      }, snapshot);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="source-form"
      role="group"
      aria-label="New source"
      data-testid="source-form"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !(e.target instanceof HTMLTextAreaElement)) {
          e.preventDefault();
          e.stopPropagation();
          void submit();
        } else if (e.key === 'Escape') props.onCancel();
      }}
    >
      <label>
        <span>Link</span>
        <input type="url" ref={urlInput} value={fields.url} onChange={set('url')} placeholder="https://…" autoFocus aria-invalid={problem !== null} aria-describedby={problem ? 'source-problem' : undefined} data-testid="source-url" />
      </label>
      {problem && (
        <p className="field-problem" role="alert" id="source-problem" data-testid="source-problem">
          {problem.message}
          {problem.fix && (
            <>
              {' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setFields((f) => ({ ...f, url: problem.fix ?? f.url }));
                  setProblem(null);
                  urlInput.current?.focus();
                }}
                data-testid="source-url-fix"
              >
                Use this link
              </button>
            </>
          )}
        </p>
      )}
      <label>
        <span>Title</span>
        <input value={fields.title} onChange={set('title')} data-testid="source-title" />
      </label>
      <div className="claim-row">
        <label>
          <span>Publisher</span>
          <input value={fields.publisher} onChange={set('publisher')} data-testid="source-publisher" />
        </label>
        <label>
          <span>Date</span>
          <input value={fields.date} onChange={set('date')} placeholder="2023-11-03" data-testid="source-date" />
        </label>
      </div>
      <label>
        <span>Quoted passage</span>
        <textarea rows={2} value={fields.quote} onChange={set('quote')} data-testid="source-quote" />
      </label>
      <div className="claim-row">
        <label>
          <span>Credibility</span>
          <select value={fields.credibility} onChange={set('credibility')} data-testid="source-credibility">
            <option value="">not rated</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? '(weak)' : n === 5 ? '(authoritative)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Archive link</span>
          <input value={fields.archiveUrl} onChange={set('archiveUrl')} placeholder="https://web.archive.org/…" data-testid="source-archive" />
        </label>
      </div>
      <label>
        <span>Saved copy (PDF or HTML, optional)</span>
        <input
          type="file"
          accept={SNAPSHOT_ACCEPT}
          data-testid="source-snapshot"
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            const check = file ? checkSnapshotFile(file) : null;
            setFileProblem(check && !check.ok ? check.message : null);
            setSnapshot(check?.ok ? file : null);
            if (check && !check.ok) e.target.value = '';
          }}
        />
      </label>
      {snapshot && (
        <p className="muted" data-testid="source-snapshot-picked">
          {snapshot.name} · {formatBytes(snapshot.size)}
        </p>
      )}
      {fileProblem && (
        <p className="field-problem" role="alert" data-testid="snapshot-problem">
          {fileProblem}
        </p>
      )}
      <div className="claim-actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => void submit()} data-testid="source-save">
          Add source
        </button>
        <button type="button" className="button ghost" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
