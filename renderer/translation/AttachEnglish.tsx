/**
 * Attaching the English side: a Markdown or plain-text file, pasted text, or an empty translation the user writes
 * pair by pair. Replacing an English side keeps the previous one as a revision (the service does that).
 */
import { useState } from 'react';
import { FileButton } from '../app/FileButton';
import { fileToBase64 } from './fileBytes';
import type { EnglishSource } from './types';

/** The attach panel; `onAttach` resolves when the service has aligned the new side. */
export function AttachEnglish(props: { replacing: boolean; busy: boolean; onAttach(source: EnglishSource): Promise<void>; onCancel?(): void }) {
  const [mode, setMode] = useState<'file' | 'text' | 'empty'>('file');
  const [text, setText] = useState('');

  const attachFile = async (file: File): Promise<void> => {
    await props.onAttach({ kind: 'file', name: file.name, dataBase64: await fileToBase64(file) });
  };

  return (
    <section className="tr-attach" data-testid="attach-english" aria-label="Attach English">
      <h2>{props.replacing ? 'Replace the English side' : 'Attach the English side'}</h2>
      <p className="muted">
        The English is split into sentences and aligned with the Chinese, pair by pair.
        {props.replacing && ' The current English is kept as an earlier revision.'}
      </p>
      <div className="tr-tabs" role="tablist">
        {(
          [
            ['file', 'Import a file'],
            ['text', 'Paste text'],
            ['empty', 'Start an empty translation'],
          ] as const
        ).map(([value, label]) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={mode === value}
            className={mode === value ? 'tr-tab is-active' : 'tr-tab'}
            onClick={() => setMode(value)}
            data-testid={`attach-mode-${value}`}
          >
            {label}
          </button>
        ))}
      </div>
      {mode === 'file' && (
        <div className="tr-attach-body">
          <FileButton
            className="button primary"
            disabled={props.busy}
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            inputTestId="attach-file-input"
            onFile={(file) => void attachFile(file)}
          >
            Choose a Markdown or text file…
          </FileButton>
        </div>
      )}
      {mode === 'text' && (
        <div className="tr-attach-body">
          <textarea
            className="tr-paste"
            lang="en"
            value={text}
            placeholder="Paste the English article here"
            onChange={(e) => setText(e.target.value)}
            data-testid="attach-text"
          />
          <button
            type="button"
            className="button primary"
            disabled={props.busy || text.trim().length === 0}
            onClick={() => void props.onAttach({ kind: 'text', text })}
            data-testid="attach-text-submit"
          >
            Align
          </button>
        </div>
      )}
      {mode === 'empty' && (
        <div className="tr-attach-body">
          <p className="muted">Every Chinese sentence gets an empty English side; type each target in the segment editor.</p>
          <button type="button" className="button primary" disabled={props.busy} onClick={() => void props.onAttach({ kind: 'empty' })} data-testid="attach-empty">
            Start translating
          </button>
        </div>
      )}
      {props.busy && (
        <p className="muted" role="status" data-testid="attach-busy">
          Aligning…
        </p>
      )}
      {props.onCancel && (
        <button type="button" className="button ghost" onClick={props.onCancel}>
          Cancel
        </button>
      )}
    </section>
  );
}
