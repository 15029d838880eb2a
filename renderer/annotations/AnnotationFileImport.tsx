/**
 * "Import annotations…": brings a W3C Web Annotation JSON-LD file (Glossa's own export, a backup of it, or another
 * tool's) into the open article through `annotations.import`. The service checks every span against the current text
 * and re-anchors; the toast says how many landed where, so a checker sees at once what needs a look.
 */
import { useRef } from 'react';
import { call } from '../api';
import type { Notifier } from '../app/Toasts';
import { annotationImportSummary } from './annotationImportSummary';

/** The largest file offered to the service (the contract's own limit is 50 MB of text). */
const MAX_BYTES = 50_000_000;

interface AnnotationFileImportProps {
  articleId: number;
  notify: Notifier;
  /** Saves pending edits first, so the file is anchored on the text the user sees. */
  flush: () => Promise<void>;
  /** Reloads the panel and the highlights after the import. */
  onImported: () => void;
}

/** A button and its hidden file input. */
export function AnnotationFileImport({ articleId, notify, flush, onImported }: AnnotationFileImportProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button ghost" onClick={() => input.current?.click()} data-testid="annotations-import">
        Import annotations (JSON-LD)…
      </button>
      <input
        ref={input}
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        hidden
        tabIndex={-1}
        data-testid="annotations-import-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (!file) return;
          if (file.size > MAX_BYTES) {
            notify.info('That file is too large', `${file.name} is over 50 MB; split it or import it with \`glossa annotations import\`.`);
            return;
          }
          void flush()
            .then(async () => call('annotations.import', { articleId, json: await file.text() }))
            .then((result) => {
              notify.info(`${result.imported} ${result.imported === 1 ? 'annotation' : 'annotations'} imported from ${file.name}`, annotationImportSummary(result));
              onImported();
            })
            .catch((error: unknown) => notify.error(`Could not import ${file.name}`, error));
        }}
      />
    </>
  );
}
