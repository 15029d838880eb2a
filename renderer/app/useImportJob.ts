/**
 * The import in progress: starts a job, polls `import.status` until it ends, cancels on request, and tells the
 * library to refresh when articles arrived.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { api } from '../api';
import type { Notifier } from './Toasts';
import { importSummary } from './importSummary';

/** An import job as the service reports it. */
export type ImportJob = ChannelOutput<'import.status'>;

const POLL_MS = 250;

/** Import job state and actions. */
export function useImportJob(notify: Notifier, onFinished: () => void) {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [preparing, setPreparing] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The job whose end was already reported: a status poll that was in flight when Cancel answered must not bring it
  // back to 'running' (and report its end twice).
  const endedJob = useRef<string | null>(null);
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;

  const stopPolling = (): void => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => stopPolling, []);

  const settle = useCallback(
    (next: ImportJob) => {
      if (endedJob.current === next.jobId) return;
      setJob(next);
      if (next.state === 'running') {
        stopPolling();
        timer.current = setTimeout(() => {
          api['import.status']({ jobId: next.jobId }).then(settle, (error: unknown) => {
            notify.error('Import status unavailable', error);
            setJob((current) => (current ? { ...current, state: 'cancelled' } : current));
          });
        }, POLL_MS);
        return;
      }
      stopPolling();
      endedJob.current = next.jobId;
      const failed = next.results.filter((r) => r.status === 'failed').length;
      const stored = next.results.filter((r) => r.status === 'imported' || r.status === 'revised').length;
      if (next.state === 'cancelled') notify.info('Import cancelled', `${stored} stored before cancelling.`);
      else if (failed > 0) notify.info('Import finished with problems', `${importSummary(next.results)} The import panel lists each failed file and why.`);
      else notify.info('Import finished', importSummary(next.results));
      finishedRef.current();
    },
    [notify],
  );

  const running = preparing || job?.state === 'running';

  const start = useCallback(
    async (prepare: () => Promise<ChannelInput<'import.start'> | null>) => {
      if (running) {
        notify.info('An import is already running', 'Wait for it to finish or cancel it first.');
        return;
      }
      setPreparing(true);
      try {
        const input = await prepare();
        if (!input || ((input.paths?.length ?? 0) === 0 && (input.files?.length ?? 0) === 0)) {
          if (input) notify.info('Nothing to import', 'No Markdown or text files were found in what you chose.');
          return;
        }
        settle(await api['import.start'](input));
      } catch (error) {
        notify.error('Import failed', error);
      } finally {
        setPreparing(false);
      }
    },
    [notify, running, settle],
  );

  const cancel = useCallback(async () => {
    if (!job || job.state !== 'running') return;
    try {
      stopPolling();
      settle(await api['import.cancel']({ jobId: job.jobId }));
    } catch (error) {
      notify.error('Could not cancel the import', error);
    }
  }, [job, notify, settle]);

  const dismiss = useCallback(() => {
    if (job?.state !== 'running') setJob(null);
  }, [job]);

  return { job, running, preparing, start, cancel, dismiss };
}
