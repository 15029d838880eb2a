/**
 * "Import annotations…": brings a W3C Web Annotation JSON-LD file (Glossa's own export, a backup of it, or another
 * tool's) into the open article through `annotations.import`. The service checks every span against the current text
 * and re-anchors; the toast says how many landed where, so a checker sees at once what needs a look.
 */
import { call } from '../api';
import { FileButton } from '../app/FileButton';
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
  const importFile = (file: File) => {
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
  };
  return (
    <FileButton accept=".jsonld,.json,application/ld+json,application/json" onFile={importFile} testId="annotations-import">
      Import annotations (JSON-LD)…
    </FileButton>
  );
}
