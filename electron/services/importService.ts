/**
 * Imports articles from paths and uploaded files. Each file is parsed and stored in its own transaction; a file that
 * fails becomes a result with the error's code and message and the others go on. Long imports run as jobs that yield
 * to the event loop between files, so progress polls and a cancel get through, and a cancel stops between articles,
 * never inside one. An import of several files parses them on worker threads (`ParsePool`) while this thread stores,
 * since storing (SQLite's one writer) and parsing each took about half of an import's time; this thread also parses
 * files the workers have not been sent when it has nothing to store yet.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { GlossaError, toErrorPayload, type ErrorPayload } from '../../shared/ipc/errors';
import { MAX_ARTICLE_BYTES } from '../../shared/markdown/parseArticle';
import { contentHash, type ArticleRepository, type ImportStatus } from './articleRepository';
import { collectImportPaths, readImportFile } from './importFiles';
import { parseForImport, type ParseResult } from './parseJob';
import { defaultParseWorkerCount, defaultParseWorkerEntry, ParsePool, type ParseWorkerEntry } from './parsePool';

/** The outcome of one file, as the contract's `importResult` plus the revision the file is stored as. */
export interface ImportOutcome {
  file: string;
  status: ImportStatus | 'failed';
  articleId: number | null;
  revisionId: number | null;
  title: string | null;
  error: ErrorPayload | null;
  warnings: string[];
}

/** Something to import: a file on disk, or bytes the user dropped or picked in the renderer. */
export type ImportSource = { kind: 'path'; file: string } | { kind: 'bytes'; name: string; bytes: Uint8Array } | { kind: 'failed'; file: string; error: ErrorPayload };

/** An uploaded file as the contract carries it. */
export interface UploadedFile {
  name: string;
  dataBase64: string;
}

/** A job's progress, as `import.start/status/cancel` return it. */
export interface ImportJobSnapshot {
  jobId: string;
  total: number;
  done: number;
  current: string | null;
  state: 'running' | 'finished' | 'cancelled';
  results: ImportOutcome[];
}

interface Job {
  id: string;
  sources: ImportSource[];
  done: number;
  current: string | null;
  state: ImportJobSnapshot['state'];
  cancelRequested: boolean;
  results: ImportOutcome[];
  finished: Promise<void>;
}

/** Finished jobs kept for late status polls; older ones are forgotten. */
const KEPT_JOBS = 50;

function failed(file: string, error: ErrorPayload): ImportOutcome {
  return { file, status: 'failed', articleId: null, revisionId: null, title: null, error, warnings: [] };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes an uploaded file's base64, refusing text that is not base64 rather than importing garbage. */
export function decodeUpload(file: UploadedFile): ImportSource {
  const data = file.dataBase64.replace(/\s+/g, '');
  if (!BASE64.test(data) || data.length % 4 === 1) {
    return { kind: 'failed', file: file.name, error: { code: 'BAD_INPUT', message: `${file.name} did not arrive as base64 data; try adding it again.` } };
  }
  return { kind: 'bytes', name: file.name, bytes: Buffer.from(data, 'base64') };
}

/** A source read into memory, or already decided (a failure). */
type Loaded = { file: string; bytes: Uint8Array; outcome?: undefined } | { file: string; outcome: ImportOutcome; bytes?: undefined };

/**
 * A source read and, when a worker parses it, its parse on the way (`result` once it arrived). `waiting`: bytes to
 * parse that no worker has been sent yet (see `PARSE_WINDOW`).
 */
type Queued = Loaded & { hash?: string; waiting?: boolean; parsing?: Promise<ParseResult>; result?: ParseResult };

/**
 * Files read ahead of storing, at most, and bytes read ahead (beyond the first file), at most: bounds memory. With
 * parse workers the queue is deeper, so the workers have files to parse while a batch is being stored.
 */
const READ_AHEAD_FILES = 32;
const READ_AHEAD_FILES_WITH_WORKERS = 256;

/**
 * Files sent to the parse workers and not yet back, at most: enough to keep them busy while this thread stores a
 * batch. The files read beyond it wait here, and while this thread waits for parses (see `gatherParses`) it parses
 * the last of them itself. With one worker on a two-core machine, this thread otherwise sat idle while the worker
 * started and warmed up (its first hundred articles parse several times slower) and between batches.
 */
const PARSE_WINDOW = 96;
const READ_AHEAD_BYTES = 16 * 1024 * 1024;

/**
 * Imports of fewer files than this parse in-process: a fresh worker compiles and warms up the parser again (its first
 * hundred articles parse several times slower), which costs more than it saves on a small import. Fresh process,
 * corpus files, in-process vs one worker, 3 alternating runs at load 4-7: 100 files 520-1355 vs 743-1931 ms wall
 * (process CPU 0.71-0.79 vs 1.25-1.34 s); 300 files 1068-1867 vs 1342-3328 ms; 1,000 files 2719-4690 vs 2613-5334 ms
 * (CPU 2.8-3.1 vs 4.3-4.4 s). The worker pays off on the bench's 2,000.
 */
const MIN_FILES_FOR_WORKERS = 500;

/** How long one batch may hold the thread (and the write lock) before it commits and yields, by default. */
const BATCH_MAX_MS = 100;

/**
 * With parse workers, a batch waits (outside any transaction) until this many parsed files are ready at the head of
 * the queue, or for at most `GATHER_MAX_MS`: otherwise every batch took only the one or few parses that had just
 * arrived, and each paid a commit (an fsync) — 300 commits for 2,000 articles instead of ~60 with 32 here. This
 * thread parses while it waits, so waiting for more costs little: 64 makes ~30 commits (each fsync ~15 ms of this
 * thread here).
 */
const GATHER_ARTICLES = 64;
const GATHER_MAX_MS = 50;

/** Tuning of the import loop. */
export interface ImportServiceOptions {
  /** Milliseconds a batch may take before it commits and yields (at least one article per batch). */
  batchMaxMs?: number;
  /** Runs in the import's transaction when a changed file adds a revision to an article (annotations re-anchor). */
  afterRevision?: (articleId: number) => void;
  /** Parse workers for imports of several files: 0 parses in-process; default one per core but one. */
  parseWorkers?: number;
  /** The worker to start (tests pass a broken one to check the in-process fallback); default `defaultParseWorkerEntry()`. */
  parseWorkerEntry?: ParseWorkerEntry | null;
  /** Imports of fewer files parse in-process (default `MIN_FILES_FOR_WORKERS`); tests lower it to exercise workers. */
  minFilesForWorkers?: number;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Parses and stores articles; owns the running import jobs of one database. */
export class ImportService {
  private readonly jobs = new Map<string, Job>();

  private readonly batchMaxMs: number;

  constructor(
    private readonly articles: ArticleRepository,
    private readonly options: ImportServiceOptions = {},
  ) {
    this.batchMaxMs = options.batchMaxMs ?? BATCH_MAX_MS;
  }

  /**
   * Parses and stores one file's bytes; never throws: a refusal is a `failed` outcome with the reason. Bytes already
   * stored are recognised by their hash before any parsing.
   */
  importBytes(file: string, bytes: Uint8Array): ImportOutcome {
    return this.store(file, bytes, undefined, () => parseForImport(bytes, file));
  }

  /**
   * Stores one file's bytes given how to get its parse (done here, or already done by a worker); never throws.
   * A file whose bytes are already stored is `unchanged` without looking at its parse.
   */
  private store(file: string, bytes: Uint8Array, knownHash: string | undefined, parse: () => ParseResult): ImportOutcome {
    const fileName = path.basename(file.replace(/\\/g, '/'));
    try {
      const hash = knownHash ?? contentHash(bytes);
      const known = this.articles.findImport(hash);
      if (known) {
        const stored = this.articles.revisionHeadline(known.revisionId);
        return { file, status: 'unchanged', ...known, title: stored?.title ?? null, error: null, warnings: stored?.warnings ?? [] };
      }
      const parsed = parse();
      if (!parsed.ok) return failed(file, parsed.error);
      const { content } = parsed;
      const stored = this.articles.saveEncodedImport({ content, bytes, fileName, hash });
      if (stored.status === 'revised') this.options.afterRevision?.(stored.articleId);
      const title = stored.status === 'unchanged' ? (this.articles.revisionHeadline(stored.revisionId)?.title ?? content.meta.title) : content.meta.title;
      return { file, status: stored.status, articleId: stored.articleId, revisionId: stored.revisionId, title, error: null, warnings: content.warnings };
    } catch (error) {
      return failed(file, toErrorPayload(error));
    }
  }

  /** Stores a queued source: its failure, or its bytes with the parse a worker made (or one made now). */
  private storeQueued(item: Queued): ImportOutcome {
    if (item.outcome) return item.outcome;
    const { bytes, file, result } = item;
    return this.store(file, bytes, item.hash, () => result ?? parseForImport(bytes, file));
  }

  /** Workers for an import of `files` files, or null to parse in-process. */
  private openPool(files: number): ParsePool | null {
    const size = this.options.parseWorkers ?? defaultParseWorkerCount();
    if (size <= 0 || files < (this.options.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS)) return null;
    const entry = this.options.parseWorkerEntry === undefined ? defaultParseWorkerEntry() : this.options.parseWorkerEntry;
    return new ParsePool(size, entry);
  }

  /** The bytes of a source (reading a file if needed), or its failure. */
  private async load(source: ImportSource): Promise<Loaded> {
    if (source.kind === 'failed') return { file: source.file, outcome: failed(source.file, source.error) };
    if (source.kind === 'bytes') return { file: source.name, bytes: source.bytes };
    try {
      return { file: source.file, bytes: await readImportFile(source.file, MAX_ARTICLE_BYTES) };
    } catch (error) {
      return { file: source.file, outcome: failed(source.file, toErrorPayload(error)) };
    }
  }

  /** Reads and imports one source on its own. */
  async importSource(source: ImportSource): Promise<ImportOutcome> {
    const loaded = await this.load(source);
    return loaded.outcome ?? this.importBytes(loaded.file, loaded.bytes);
  }

  /** Expands paths (folders recursively) and uploads into the sources of one import, in the order given. */
  sources(request: { paths?: readonly string[]; files?: readonly UploadedFile[] }): ImportSource[] {
    const fromPaths: ImportSource[] = collectImportPaths(request.paths ?? []).map((entry) =>
      entry.error ? { kind: 'failed', file: entry.file, error: entry.error } : { kind: 'path', file: entry.file },
    );
    return [...fromPaths, ...(request.files ?? []).map(decodeUpload)];
  }

  /**
   * Imports sources in order. Files are read ahead (asynchronously) and stored in batches: one transaction per batch,
   * one savepoint per article, so each article is whole or absent and a batch costs one fsync. A batch ends after
   * `batchMaxMs` (100 ms by default) and the loop yields, so status polls and a cancel get through; `shouldStop` is
   * asked between batches and between reads, so a stop always lands between articles. Outcomes are reported after
   * their batch committed; if a commit fails, every article of that batch is reported failed.
   *
   * With several files, parse workers (`ParsePool`) parse the files read ahead while this thread stores: a batch
   * takes the files at the head of the queue whose parse has arrived, in order. Files already stored (same bytes)
   * are not sent to a worker at all. At most `PARSE_WINDOW` files are with the workers; while this thread waits for
   * their parses it parses files from the far end of the queue itself.
   */
  async run(
    sources: readonly ImportSource[],
    hooks: { onStart?: (file: string) => void; onResult?: (outcome: ImportOutcome) => void; shouldStop?: () => boolean } = {},
  ): Promise<ImportOutcome[]> {
    const pool = this.openPool(sources.length);
    try {
      // Several files: a bulk import, which lets the write-ahead log grow instead of copying it back every 4 MB.
      return sources.length > 1
        ? await this.articles.duringBulkImport(() => this.runQueue(sources, hooks, pool))
        : await this.runQueue(sources, hooks, pool);
    } finally {
      await pool?.close();
    }
  }

  private async runQueue(
    sources: readonly ImportSource[],
    hooks: { onStart?: (file: string) => void; onResult?: (outcome: ImportOutcome) => void; shouldStop?: () => boolean },
    pool: ParsePool | null,
  ): Promise<ImportOutcome[]> {
    const results: ImportOutcome[] = [];
    const queue: Queued[] = [];
    const readAhead = pool ? READ_AHEAD_FILES_WITH_WORKERS : READ_AHEAD_FILES;
    let queuedBytes = 0;
    let next = 0;
    const ready = (item: Queued): boolean => !item.waiting && (item.parsing === undefined || item.result !== undefined);
    // Files for the workers not sent yet, in queue order: sent from the front, parsed here from the back.
    const waiting: Queued[] = [];
    let inFlight = 0;
    const send = (): void => {
      while (pool && inFlight < PARSE_WINDOW && waiting.length > 0) {
        const item = waiting.shift() as Queued;
        item.waiting = false;
        inFlight++;
        item.parsing = pool.parse(item.file, item.bytes as Uint8Array).then((result) => {
          item.result = result;
          inFlight--;
          send();
          return result;
        });
      }
    };
    const parseHere = (item: Queued): void => {
      const index = waiting.lastIndexOf(item);
      if (index >= 0) waiting.splice(index, 1);
      item.waiting = false;
      item.result = parseForImport(item.bytes as Uint8Array, item.file);
    };
    try {
      while ((next < sources.length || queue.length > 0) && !hooks.shouldStop?.()) {
        while (next < sources.length && queue.length < readAhead && (queue.length === 0 || queuedBytes < READ_AHEAD_BYTES) && !hooks.shouldStop?.()) {
          const source = sources[next++];
          if (source.kind === 'path') hooks.onStart?.(source.file);
          const item: Queued = await this.load(source);
          if (pool && item.bytes) {
            item.hash = contentHash(item.bytes);
            // Bytes already stored will be `unchanged`: no need to parse them.
            if (!this.articles.findImport(item.hash)) {
              item.waiting = true;
              waiting.push(item);
            }
          }
          queuedBytes += item.bytes?.byteLength ?? 0;
          queue.push(item);
        }
        send();
        if (hooks.shouldStop?.()) break;
        if (pool) await this.gatherParses(queue, ready, waiting, parseHere, next >= sources.length);
        let batch: ImportOutcome[] = [];
        const started = performance.now();
        try {
          this.articles.transaction(() => {
            while (queue.length > 0 && ready(queue[0]) && (batch.length === 0 || performance.now() - started < this.batchMaxMs)) {
              const item = queue.shift() as Queued;
              queuedBytes -= item.bytes?.byteLength ?? 0;
              hooks.onStart?.(item.file);
              batch.push(this.storeQueued(item));
            }
          });
        } catch (error) {
          const payload = toErrorPayload(error);
          batch = batch.map((o) => (o.status === 'failed' ? o : failed(o.file, payload)));
        }
        for (const outcome of batch) {
          results.push(outcome);
          hooks.onResult?.(outcome);
        }
        await yieldToEventLoop();
      }
    } finally {
      // Files never sent stay unparsed: nothing is sent once the import has stopped.
      waiting.length = 0;
    }
    return results;
  }

  /**
   * Waits until `GATHER_ARTICLES` files at the head of the queue are parsed (or all are), at most `GATHER_MAX_MS`, and
   * always until the head's parse is there. While waiting it parses files no worker has been sent, one at a time
   * (the head itself if it is one, else the last), and lets the workers' answers in between; once every file is read
   * and none is left to parse here, it writes the waiting search rows.
   */
  private async gatherParses(
    queue: readonly Queued[],
    ready: (item: Queued) => boolean,
    waiting: readonly Queued[],
    parseHere: (item: Queued) => void,
    allRead: boolean,
  ): Promise<void> {
    const started = performance.now();
    const want = Math.min(queue.length, GATHER_ARTICLES);
    for (;;) {
      let readyAtHead = 0;
      while (readyAtHead < queue.length && ready(queue[readyAtHead])) readyAtHead++;
      const left = GATHER_MAX_MS - (performance.now() - started);
      if (readyAtHead >= want || (readyAtHead > 0 && left <= 0)) return;
      const blocking = queue[readyAtHead];
      if (blocking.waiting || waiting.length > 0) {
        parseHere(blocking.waiting ? blocking : waiting[waiting.length - 1]);
        await yieldToEventLoop();
        continue;
      }
      // The last files are with the workers: write the search rows now rather than alone after them.
      if (allRead && this.writeSearchRows()) continue;
      if (readyAtHead === 0 || left <= 0) {
        await blocking.parsing;
        continue;
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([blocking.parsing, new Promise<void>((resolve) => (timer = setTimeout(resolve, left)))]);
      clearTimeout(timer);
    }
  }

  /** `ArticleRepository.writeWaitingSearchRows`; a failure leaves the rows waiting for the import's end, which tries again. */
  private writeSearchRows(): boolean {
    try {
      return this.articles.writeWaitingSearchRows();
    } catch {
      return false;
    }
  }

  /** Starts an import job and returns at once; poll `status` for progress. */
  start(request: { paths?: readonly string[]; files?: readonly UploadedFile[] }): ImportJobSnapshot {
    const sources = this.sources(request);
    const job: Job = {
      id: randomUUID(),
      sources,
      done: 0,
      current: null,
      state: 'running',
      cancelRequested: false,
      results: [],
      finished: Promise.resolve(),
    };
    job.finished = (async () => {
      await yieldToEventLoop();
      try {
        await this.run(sources, {
          onStart: (file) => {
            job.current = file;
          },
          onResult: (outcome) => {
            job.results.push(outcome);
            job.done++;
          },
          shouldStop: () => job.cancelRequested,
        });
      } catch (error) {
        // Not expected (every file's failure is an outcome), but a job must end with its error visible, not hang.
        job.results.push(failed(job.current ?? '(import)', toErrorPayload(error)));
        job.done = job.sources.length;
      } finally {
        job.current = null;
        job.state = job.cancelRequested && job.done < job.sources.length ? 'cancelled' : 'finished';
      }
    })();
    this.jobs.set(job.id, job);
    this.forgetOldJobs();
    return this.snapshot(job);
  }

  /** A job's progress. */
  status(jobId: string): ImportJobSnapshot {
    return this.snapshot(this.job(jobId));
  }

  /** Asks a job to stop before its next file; the article being stored, if any, is finished first. */
  cancel(jobId: string): ImportJobSnapshot {
    const job = this.job(jobId);
    if (job.state === 'running') job.cancelRequested = true;
    return this.snapshot(job);
  }

  /** Resolves when the job has stopped (finished or cancelled). */
  async wait(jobId: string): Promise<ImportJobSnapshot> {
    const job = this.job(jobId);
    await job.finished;
    return this.snapshot(job);
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new GlossaError('NOT_FOUND', `There is no import job ${jobId}; it may have finished long ago. Start the import again to see its results.`);
    return job;
  }

  private snapshot(job: Job): ImportJobSnapshot {
    return { jobId: job.id, total: job.sources.length, done: job.done, current: job.current, state: job.state, results: [...job.results] };
  }

  private forgetOldJobs(): void {
    if (this.jobs.size <= KEPT_JOBS) return;
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEPT_JOBS) break;
      if (job.state !== 'running') this.jobs.delete(id);
    }
  }
}
