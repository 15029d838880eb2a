import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type AutosaveReport } from '../../../../renderer/app/autosave';
import { GlossaError } from '../../../../shared/ipc/errors';

interface Call {
  doc: string;
  base: number;
  resolve(result: { revisionId: number; unchanged: boolean }): void;
  reject(error: unknown): void;
}

function setup() {
  const calls: Call[] = [];
  const reports: AutosaveReport[] = [];
  const saver = new Autosaver<string>({
    baseRevisionId: 10,
    delayMs: 1000,
    save: (doc, base) => new Promise((resolve, reject) => calls.push({ doc, base, resolve, reject })),
    onReport: (r) => reports.push(r),
  });
  return { saver, calls, reports, states: () => reports.map((r) => r.state) };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, a second after the last of several quick changes, with the latest text', async () => {
    const { saver, calls, states } = setup();
    saver.changed(() => 'a');
    await vi.advanceTimersByTimeAsync(600);
    saver.changed(() => 'ab');
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.map((c) => [c.doc, c.base])).toEqual([['ab', 10]]);
    calls[0].resolve({ revisionId: 11, unchanged: false });
    await vi.runAllTimersAsync();
    expect(states()).toEqual(['unsaved', 'unsaved', 'saving', 'saved']);
    expect(saver.baseRevisionId).toBe(11);
    expect(saver.pending).toBe(false);
  });

  it('bases each save on the revision the previous one made and never overlaps saves', async () => {
    const { saver, calls } = setup();
    saver.changed(() => 'one');
    await vi.advanceTimersByTimeAsync(1000);
    saver.changed(() => 'two');
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
    calls[0].resolve({ revisionId: 11, unchanged: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => [c.doc, c.base])).toEqual([
      ['one', 10],
      ['two', 11],
    ]);
  });

  it('flushes at once when the user leaves, and waits for the save', async () => {
    const { saver, calls } = setup();
    saver.changed(() => 'typed');
    const flushed = saver.flush();
    expect(calls).toHaveLength(1);
    let done = false;
    void flushed.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    calls[0].resolve({ revisionId: 12, unchanged: false });
    await flushed;
    expect(done).toBe(true);
  });

  it('keeps changes pending after a failed save, reports the error, and retries on flush', async () => {
    const { saver, calls, reports } = setup();
    saver.changed(() => 'edit');
    const first = saver.flush();
    calls[0].reject(new GlossaError('CONFLICT', 'Someone else saved first.'));
    await expect(first).rejects.toThrow('Someone else saved first.');
    expect(reports.at(-1)?.state).toBe('error');
    expect(saver.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    const retry = saver.flush();
    calls[1].resolve({ revisionId: 13, unchanged: false });
    await retry;
    expect(reports.at(-1)).toMatchObject({ state: 'saved', revisionId: 13, saves: 1 });
  });

  it('does not count a save the service found unchanged as a revision', async () => {
    const { saver, calls, reports } = setup();
    saver.changed(() => 'same');
    const f = saver.flush();
    calls[0].resolve({ revisionId: 10, unchanged: true });
    await f;
    expect(reports.at(-1)).toMatchObject({ state: 'saved', revisionId: 10, saves: 0 });
  });
});
