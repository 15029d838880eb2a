/**
 * A small pool of parse workers for long imports: files are parsed on other cores while the main thread stores the
 * ones already parsed. Any worker that cannot start, or dies, hands its files back to be parsed in-process, so an
 * import never depends on threads being available (a packaged app whose worker file cannot be loaded still imports,
 * only more slowly).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseForImport, type ParseRequest, type ParseResponse, type ParseResult } from './parseJob';

/** How to start the worker: a script file, or (from source) a bootstrap evaluated as the worker's code. */
export type ParseWorkerEntry = { file: URL } | { bootstrap: string };

/**
 * The worker entry for how this code runs. Bundled as CommonJS (Electron's main), `import.meta` is not available
 * and the worker bundle `parseWorker.cjs` sits beside the main bundle. From source (tsx: the CLI, the preview host,
 * tests, the bench), the worker is `parseWorker.ts` beside this file, loaded by a bootstrap that first registers
 * tsx in the worker: a worker inherits neither a loader registered through tsx's API (as the CLI does) nor, on
 * Node 20, one given with `--import` in its `execArgv`.
 */
export function defaultParseWorkerEntry(): ParseWorkerEntry | null {
  let here: string | undefined;
  try {
    here = import.meta.url;
  } catch {
    here = undefined;
  }
  if (typeof here !== 'string' || !here.startsWith('file:')) {
    return typeof __dirname === 'string' ? { file: pathToFileURL(bundledWorkerFile(__dirname)) } : null;
  }
  if (!here.endsWith('.ts')) return { file: new URL('./parseWorker.js', here) };
  try {
    // tsx's ESM API (its package exports map `tsx/esm/api` to this file for `import`).
    const api = pathToFileURL(path.join(path.dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
    const worker = new URL('./parseWorker.ts', here).href;
    return { bootstrap: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });` };
  } catch {
    return null;
  }
}

/**
 * The worker bundle beside the main bundle in `dir`. In a packaged app the main bundle is inside `app.asar`, and the
 * worker is unpacked beside the archive (electron-builder's `asarUnpack`), where a worker thread can load it as a
 * plain file.
 */
export function bundledWorkerFile(dir: string): string {
  const file = path.join(dir, 'parseWorker.cjs');
  const unpacked = file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return unpacked !== file && fs.existsSync(unpacked) ? unpacked : file;
}

/** Workers for this machine: one core stays with the thread that stores. */
export function defaultParseWorkerCount(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

interface Task {
  request: ParseRequest;
  resolve: (result: ParseResult) => void;
}

/**
 * Files sent to one worker ahead of its answers: two, so it never waits for the next file, while the rest stay in the
 * pool where the storing thread can take one to parse itself when it would otherwise wait (`parseOneHere`).
 */
const IN_FLIGHT_PER_WORKER = 2;

interface Slot {
  worker: Worker;
  tasks: Map<number, Task>;
}

/** Parses files for an import on worker threads, falling back to the calling thread. */
export class ParsePool {
  private readonly slots: Slot[] = [];
  /** Files not yet sent to a worker, oldest first. */
  private readonly waiting: Task[] = [];
  private nextId = 0;
  private closed = false;

  /** Starts `size` workers from `entry` (none when `entry` is null or `size` is 0: everything parses in-process). */
  constructor(size: number, entry: ParseWorkerEntry | null = defaultParseWorkerEntry()) {
    if (!entry) return;
    for (let i = 0; i < size; i++) {
      let worker: Worker;
      try {
        worker = 'file' in entry ? new Worker(entry.file) : new Worker(entry.bootstrap, { eval: true });
      } catch {
        continue;
      }
      const slot: Slot = { worker, tasks: new Map() };
      worker.on('message', (message: ParseResponse) => {
        const task = slot.tasks.get(message.id);
        if (!task) return;
        slot.tasks.delete(message.id);
        task.resolve(message.result);
        this.pump();
      });
      worker.on('error', () => this.retire(slot));
      worker.on('exit', () => this.retire(slot));
      this.slots.push(slot);
    }
  }

  /** Workers currently running (0: parsing happens in-process). */
  get workers(): number {
    return this.slots.length;
  }

  /** Parses one file on a worker (in order of arrival), or right here if there is none. Never rejects. */
  parse(fileName: string, bytes: Uint8Array): Promise<ParseResult> {
    if (this.slots.length === 0 || this.closed) return Promise.resolve(parseForImport(bytes, fileName));
    const request: ParseRequest = { id: this.nextId++, fileName, bytes };
    return new Promise<ParseResult>((resolve) => {
      this.waiting.push({ request, resolve });
      this.pump();
    });
  }

  /**
   * Parses, on the calling thread, the newest file no worker has started; false when there is none. The storing thread
   * calls this instead of waiting for the file it needs next: on a machine with few cores its idle time then parses
   * files further ahead, while the workers parse the ones it needs first.
   */
  parseOneHere(): boolean {
    const task = this.waiting.pop();
    if (!task) return false;
    task.resolve(parseForImport(task.request.bytes, task.request.fileName));
    return true;
  }

  /** Sends waiting files to workers with room, oldest first. */
  private pump(): void {
    for (const slot of this.slots) {
      while (slot.tasks.size < IN_FLIGHT_PER_WORKER && this.waiting.length > 0) {
        const task = this.waiting.shift() as Task;
        slot.tasks.set(task.request.id, task);
        slot.worker.postMessage(task.request);
      }
    }
  }

  /**
   * Stops the workers. Every promise still settles: files still queued on a worker come back as a CANCELLED refusal
   * (the import that asked for them has stopped), not parsed for nothing.
   */
  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.slots];
    for (const slot of slots) this.retire(slot);
    for (const task of this.waiting.splice(0)) task.resolve(cancelled(task.request.fileName));
    await Promise.all(slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
  }

  /**
   * Takes a worker out of the pool (it failed, exited or the pool closes). Its pending files are parsed here, so a
   * worker that dies loses nothing, unless the pool is closing.
   */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const pending = [...slot.tasks.values()];
    slot.tasks.clear();
    if (index >= 0 && !this.closed) void slot.worker.terminate().catch(() => undefined);
    for (const task of pending) {
      task.resolve(this.closed ? cancelled(task.request.fileName) : parseForImport(task.request.bytes, task.request.fileName));
    }
    if (this.closed) return;
    if (this.slots.length > 0) this.pump();
    else for (const task of this.waiting.splice(0)) task.resolve(parseForImport(task.request.bytes, task.request.fileName));
  }
}

function cancelled(fileName: string): ParseResult {
  return { ok: false, error: { code: 'CANCELLED', message: `${fileName} was not imported: the import stopped first.` } };
}
