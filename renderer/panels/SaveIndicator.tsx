/**
 * Whether the edits are stored: saved, saving, unsaved (a save is due), or error (with a retry).
 */
import { describeError } from '../api';
import { useSyncExternalStore } from 'react';
import type { AutosaveReport } from '../app/autosave';
import type { ValueStore } from '../app/valueStore';

const LABEL = { saved: 'All changes saved', saving: 'Saving…', unsaved: 'Unsaved changes', error: 'Not saved' } as const;

/** The save state badge. */
export function SaveIndicator(props: { report: ValueStore<AutosaveReport>; onRetry(): void }) {
  const { state, error } = useSyncExternalStore(props.report.subscribe, props.report.get);
  return (
    <span className={`save-state save-${state}`} data-testid="save-state" data-state={state} role="status" aria-live="polite">
      <span className="dot" aria-hidden="true" />
      {LABEL[state]}
      {state === 'error' && (
        <>
          <span className="visually-hidden">: {describeError(error).message}</span>
          <button type="button" className="link-button" onClick={props.onRetry} title={describeError(error).message}>
            Retry
          </button>
        </>
      )}
    </span>
  );
}
