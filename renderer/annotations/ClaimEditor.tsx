/**
 * The claim editor: what the span claims (in English), who said it, its normalised value, the verdict, rationale,
 * status and reviewer, and the evidence. One "Save claim" is one `annotations.update`; adding or removing a source
 * saves at once, so evidence is never left only on screen.
 */
import { useEffect, useRef, useState } from 'react';
import type { Annotation, ClaimDetails, ClaimSource, ClaimStatus } from '../../shared/model/annotation';
import { CLAIM_STATUSES } from '../../shared/model/annotation';
import type { Quantity } from '../../shared/model/quantity';
import type { VerdictScale } from '../../shared/claims/verdicts';
import type { ChannelInput } from '../../shared/ipc/contract';
import { describeValue } from './claimValue';
import { SNAPSHOT_ACCEPT, formatBytes } from './snapshotFile';
import { SourceForm } from './SourceForm';

/** The claim fields `annotations.update` accepts. */
export type ClaimPatch = NonNullable<ChannelInput<'annotations.update'>['claim']>;

const PERIODS = ['', 'day', 'week', 'month', 'year'] as const;
const APPROX = ['', 'atLeast', 'atMost', 'moreThan', 'lessThan', 'about', 'range'] as const;
/** The approximations in words (the select showed the stored names, "moreThan"). */
const APPROX_LABEL: Record<(typeof APPROX)[number], string> = {
  '': 'exact',
  atLeast: 'at least',
  atMost: 'at most',
  moreThan: 'more than',
  lessThan: 'less than',
  about: 'about',
  range: 'range (to the maximum)',
};

/** Claim fields typed but not saved, and the stored claim they were typed over. */
export interface KeptDraft {
  draft: ClaimDetails;
  base: ClaimDetails;
}

/**
 * The draft to show once the stored claim changed from `before` to `after` (a save, a re-anchoring after an autosave,
 * or coming back to a claim left with unsaved changes): the fields the user changed keep what they typed, the others
 * take the stored values. Sources are saved at once and always come from the stored claim.
 */
export function rebaseDraft(draft: ClaimDetails, before: ClaimDetails, after: ClaimDetails): ClaimDetails {
  const next: ClaimDetails = { ...after };
  for (const key of Object.keys(after) as (keyof ClaimDetails)[]) {
    if (key === 'sources' || key === 'statedText') continue;
    if (JSON.stringify(draft[key]) !== JSON.stringify(before[key])) Object.assign(next, { [key]: draft[key] });
  }
  return next;
}

/** A source as the contract takes it back (ids kept so snapshots stay attached). */
export function sourceInput(s: ClaimSource): NonNullable<ClaimPatch['sources']>[number] {
  return { id: s.id, url: s.url, title: s.title, publisher: s.publisher, date: s.date, quote: s.quote, credibility: s.credibility, archiveUrl: s.archiveUrl };
}

/** The claim editor of one annotation. */
export function ClaimEditor(props: {
  annotation: Annotation;
  claim: ClaimDetails;
  /** The article's language, which the stated text is in. */
  lang: string;
  scale: VerdictScale;
  /** Saves the patch; resolves to the stored record (null when saving failed and the user was told). */
  onSave(patch: ClaimPatch): Promise<Annotation | null>;
  onOpenUrl(url: string): void;
  /** Stores a saved copy (PDF/HTML) of source `sourceId`. */
  onAttachSnapshot(sourceId: string, file: File): Promise<void>;
  /** Saves a stored copy again (a download). */
  onSaveSnapshot(sha256: string): void;
  /** Changes left unsaved when this claim was last shown (another annotation was opened meanwhile). */
  keptDraft?: KeptDraft;
  /** Called when the editor closes: what it leaves unsaved (null when nothing), to be handed back as `keptDraft`. */
  onKeepDraft?(kept: KeptDraft | null): void;
}) {
  const { claim, scale } = props;
  const [draft, setDraft] = useState<ClaimDetails>(() => (props.keptDraft ? rebaseDraft(props.keptDraft.draft, props.keptDraft.base, claim) : claim));
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  // A new stored claim (saved, or re-anchored after an autosave) keeps what was typed and not saved yet.
  const shownClaim = useRef(claim);
  useEffect(() => {
    if (shownClaim.current === claim) return;
    const before = shownClaim.current;
    shownClaim.current = claim;
    setDraft((d) => rebaseDraft(d, before, claim));
  }, [claim]);
  // Closing the source form (added or cancelled) removes the field that had focus: give it to "Add source…" again,
  // so the keyboard goes on from where it was instead of from the top of the page.
  const addButton = useRef<HTMLButtonElement>(null);
  const refocusAdd = useRef(false);
  useEffect(() => {
    if (adding || !refocusAdd.current) return;
    refocusAdd.current = false;
    addButton.current?.focus();
  }, [adding]);
  const closeSourceForm = () => {
    refocusAdd.current = true;
    setAdding(false);
  };

  const dirty = JSON.stringify({ ...draft, sources: null }) !== JSON.stringify({ ...claim, sources: null });
  // Opening another annotation closes this editor: what was typed and not saved is handed to the panel, not dropped.
  const leaving = useRef<KeptDraft | null>(null);
  leaving.current = dirty ? { draft, base: claim } : null;
  const onKeepDraft = useRef(props.onKeepDraft);
  useEffect(() => () => onKeepDraft.current?.(leaving.current), []);
  const set = <K extends keyof ClaimDetails>(key: K, value: ClaimDetails[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setValue = (patch: Partial<Quantity>) =>
    setDraft((d) => {
      const base: Quantity = d.value ?? { text: claim.statedText, start: props.annotation.target.selectors.position.start, end: props.annotation.target.selectors.position.end, kind: 'number', value: null, valueMax: null, currency: null, unit: null, per: null, approx: null, date: null };
      return { ...d, value: { ...base, ...patch } };
    });

  const save = async (patch: ClaimPatch): Promise<Annotation | null> => {
    setBusy(true);
    try {
      const stored = await props.onSave(patch);
      // What was saved is what is shown (fields trimmed as stored), whether this or the new claim prop comes first.
      if (stored?.claim) setDraft(stored.claim);
      return stored;
    } finally {
      setBusy(false);
    }
  };
  // Every save sends the fields on screen too, so adding a source never drops what was typed but not yet saved.
  const fields = (): ClaimPatch => ({
    english: draft.english?.trim() || null,
    attributedTo: draft.attributedTo?.trim() || null,
    value: draft.value,
    verdict: draft.verdict,
    rationale: draft.rationale,
    status: draft.status,
    reviewer: draft.reviewer?.trim() || null,
  });
  const saveFields = () => (busy || !dirty ? Promise.resolve(null) : save(fields()));

  const v = draft.value;
  return (
    <form
      className="claim-editor"
      data-testid="claim-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void saveFields();
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
          e.preventDefault();
          void saveFields();
        }
      }}
    >
      <p className="claim-stated" lang={props.lang}>
        “{claim.statedText}”
      </p>
      <label>
        <span>In English</span>
        <input value={draft.english ?? ''} onChange={(e) => set('english', e.target.value)} placeholder="what it claims, in English" data-testid="claim-english" />
      </label>
      <label>
        <span>Attributed to</span>
        <input value={draft.attributedTo ?? ''} onChange={(e) => set('attributedTo', e.target.value)} placeholder="who says so" data-testid="claim-attributed" />
      </label>
      <fieldset className="claim-value" data-testid="claim-value">
        <legend>Normalised value {v && <span className="muted">{describeValue(v)}</span>}</legend>
        <input
          type="number"
          aria-label="Value"
          value={v?.value ?? ''}
          onChange={(e) => setValue({ value: e.target.value === '' ? null : Number(e.target.value) })}
          data-testid="claim-value-number"
        />
        <input aria-label="Currency (ISO 4217)" placeholder="USD" maxLength={3} value={v?.currency ?? ''} onChange={(e) => setValue({ currency: e.target.value.toUpperCase() || null, kind: e.target.value ? 'money' : (v?.kind ?? 'number') })} data-testid="claim-value-currency" />
        <input aria-label="Unit" placeholder="unit" value={v?.unit ?? ''} onChange={(e) => setValue({ unit: e.target.value || null })} />
        <select aria-label="Per" value={v?.per ?? ''} onChange={(e) => setValue({ per: (e.target.value || null) as Quantity['per'] })} data-testid="claim-value-per">
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {p ? `per ${p}` : 'no rate'}
            </option>
          ))}
        </select>
        <select aria-label="Approximation" value={v?.approx ?? ''} onChange={(e) => setValue({ approx: (e.target.value || null) as Quantity['approx'] })} data-testid="claim-value-approx">
          {APPROX.map((a) => (
            <option key={a} value={a}>
              {APPROX_LABEL[a]}
            </option>
          ))}
        </select>
        <input aria-label="Date (ISO 8601)" placeholder="date" value={v?.date ?? ''} onChange={(e) => setValue({ date: e.target.value || null })} />
        {v && (
          <button type="button" className="link-button" onClick={() => set('value', null)}>
            No value
          </button>
        )}
      </fieldset>
      <label>
        <span>Verdict</span>
        <select value={draft.verdict} onChange={(e) => set('verdict', e.target.value)} data-testid="claim-verdict">
          {scale.verdicts.map((verdict) => (
            <option key={verdict.id} value={verdict.id} title={verdict.description}>
              {verdict.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Rationale</span>
        <textarea rows={3} value={draft.rationale} onChange={(e) => set('rationale', e.target.value)} data-testid="claim-rationale" />
      </label>
      <div className="claim-row">
        <label>
          <span>Status</span>
          <select value={draft.status} onChange={(e) => set('status', e.target.value as ClaimStatus)} data-testid="claim-status">
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Reviewer</span>
          <input value={draft.reviewer ?? ''} onChange={(e) => set('reviewer', e.target.value)} data-testid="claim-reviewer" />
        </label>
      </div>
      <div className="claim-actions">
        {/* aria-disabled, not disabled: a disabled button drops the focus it had, and "Saved" follows every save. */}
        <button type="submit" className="button primary" aria-disabled={busy || !dirty} title="Save the claim (Ctrl/⌘+Enter)" data-testid="claim-save">
          {dirty ? 'Save claim' : 'Saved'}
        </button>
        {dirty && (
          <span className="muted claim-unsaved" data-testid="claim-unsaved">
            not saved yet
          </span>
        )}
      </div>

      <section className="claim-sources" aria-label="Sources">
        <h4>
          Sources <span className="muted">{claim.sources.length}</span>
        </h4>
        <ol data-testid="claim-sources">
          {claim.sources.map((s) => (
            <li key={s.id} data-testid="claim-source">
              <button type="button" className="link-button" onClick={() => props.onOpenUrl(s.url)} title={`Open ${s.url} in your browser`}>
                {s.title || s.url}
              </button>
              {s.publisher && <span className="muted"> · {s.publisher}</span>}
              {s.date && <span className="muted"> · {s.date}</span>}
              {s.credibility !== null && <span className="credibility" title="Credibility (1–5)"> {'★'.repeat(s.credibility)}</span>}
              {s.quote && <blockquote>{s.quote}</blockquote>}
              {s.archiveUrl && (
                <button type="button" className="link-button muted" onClick={() => props.onOpenUrl(s.archiveUrl)}>
                  archived copy
                </button>
              )}
              {s.snapshot ? (
                <span className="source-snapshot" data-testid="source-snapshot-info" data-sha256={s.snapshot.sha256}>
                  {' · '}
                  <button type="button" className="link-button" onClick={() => props.onSaveSnapshot(s.snapshot?.sha256 ?? '')} title={`Save the stored copy again (sha256 ${s.snapshot.sha256})`} data-testid="source-snapshot-save">
                    saved copy {s.snapshot.fileName}
                  </button>
                  <span className="muted">
                    {s.snapshot.size !== undefined && ` ${formatBytes(s.snapshot.size)}`} · sha256 <code title={s.snapshot.sha256}>{s.snapshot.sha256.slice(0, 12)}…</code>
                  </span>
                </span>
              ) : (
                <label className="link-button snapshot-attach" title="Attach a saved copy of the page (PDF or HTML, at most 50 MB)">
                  {' · '}attach saved copy…
                  <input
                    type="file"
                    hidden
                    accept={SNAPSHOT_ACCEPT}
                    data-testid="source-snapshot-attach"
                    onChange={(e) => {
                      const file = e.target.files?.[0];
                      e.target.value = '';
                      if (file) void props.onAttachSnapshot(s.id, file);
                    }}
                  />
                </label>
              )}
              {' '}
              <button
                type="button"
                className="link-button danger"
                disabled={busy}
                onClick={() => {
                  // The row and its button go away: the keyboard goes on from "Add source…".
                  void save({ ...fields(), sources: claim.sources.filter((x) => x.id !== s.id).map(sourceInput) }).then(() => addButton.current?.focus());
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        {adding ? (
          <SourceForm
            onCancel={closeSourceForm}
            onAdd={async (source, snapshot) => {
              const known = new Set(claim.sources.map((x) => x.id));
              const stored = await save({ ...fields(), sources: [...claim.sources.map(sourceInput), source] });
              if (!stored) return;
              closeSourceForm();
              const added = stored.claim?.sources.find((x) => !known.has(x.id));
              if (snapshot && added) await props.onAttachSnapshot(added.id, snapshot);
            }}
          />
        ) : (
          <button type="button" className="button" ref={addButton} onClick={() => setAdding(true)} data-testid="source-add">
            Add source…
          </button>
        )}
      </section>
    </form>
  );
}
