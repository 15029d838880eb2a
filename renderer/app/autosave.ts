/**
 * Autosave for edit mode: a save runs about a second after the last change, and at once when the user leaves the
 * article. Saves never overlap; each one is based on the revision the previous save produced, so the service can
 * refuse an edit made on a stale base. A failed save keeps the changes pending and reports the error.
 */

/** What the save indicator shows. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

/** The service call that stores an edit as a new revision. */
export type SaveFn<D> = (doc: D, baseRevisionId: number) => Promise<{ revisionId: number; unchanged: boolean }>;

/** How the autosaver reports. */
export interface AutosaveReport {
  state: SaveState;
  revisionId: number;
  /** Revisions created by this autosaver so far. */
  saves: number;
  error: unknown;
}

/** Options of an autosaver. */
export interface AutosaverOptions<D> {
  baseRevisionId: number;
  delayMs: number;
  save: SaveFn<D>;
  onReport(report: AutosaveReport): void;
}

/** Debounced, serialised saving of one article's edits. */
export class Autosaver<D> {
  private readonly options: AutosaverOptions<D>;
  private revisionId: number;
  private snapshot: (() => D) | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private saves = 0;
  private state: SaveState = 'saved';
  private error: unknown = null;
  private disposed = false;

  constructor(options: AutosaverOptions<D>) {
    this.options = options;
    this.revisionId = options.baseRevisionId;
  }

  /** The revision the next save is based on (the latest one this autosaver knows). */
  get baseRevisionId(): number {
    return this.revisionId;
  }

  /** True while changes are not yet stored. */
  get pending(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /** Records a change; `snapshot` gives the document to store when the save runs (read lazily, once). */
  changed(snapshot: () => D): void {
    if (this.disposed) return;
    this.snapshot = snapshot;
    this.dirty = true;
    if (!this.inFlight) this.report('unsaved', null);
    this.arm();
  }

  /** Saves now if anything is pending and waits until everything is stored (or a save fails, which it rethrows). */
  async flush(): Promise<void> {
    this.disarm();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || !this.snapshot) {
      if (this.state === 'error') throw this.error;
      return;
    }
    await this.saveOnce();
    if (this.state === 'error') throw this.error;
    if (this.dirty) await this.flush();
  }

  /** Stops the timer; changes not yet flushed are dropped (call `flush` first to keep them). */
  dispose(): void {
    this.disposed = true;
    this.disarm();
  }

  private arm(): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      // Errors are reported through onReport; the timer has nobody to rethrow to.
      this.flush().catch(() => undefined);
    }, this.options.delayMs);
  }

  private disarm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private saveOnce(): Promise<void> {
    const snapshot = this.snapshot;
    if (!snapshot) return Promise.resolve();
    this.dirty = false;
    const doc = snapshot();
    this.report('saving', null);
    const run = this.options
      .save(doc, this.revisionId)
      .then(
        (result) => {
          this.revisionId = result.revisionId;
          if (!result.unchanged) this.saves++;
          this.report(this.dirty ? 'unsaved' : 'saved', null);
        },
        (error: unknown) => {
          this.dirty = true;
          this.report('error', error);
        },
      )
      .finally(() => {
        this.inFlight = null;
      });
    this.inFlight = run;
    return run;
  }

  private report(state: SaveState, error: unknown): void {
    this.state = state;
    this.error = error;
    this.options.onReport({ state, revisionId: this.revisionId, saves: this.saves, error });
  }
}
