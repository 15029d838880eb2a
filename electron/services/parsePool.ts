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

/** Node options that load code before a thread's entry: `--import tsx` and the like. */
const LOADER_OPTION = /^--(import|require|loader|experimental-loader)(=|$)/;

/**
 * `execArgv` without the options that preload modules or register loaders. A worker inherits its parent's options,
 * and under `node --import tsx` (the bench, the preview host, the CLI run from source) a bundled worker then loaded
 * tsx and ran its whole module graph through tsx's hooks: ~0.3 s more CPU to start and parse its first 50 files
 * (4 alternating starts at load ~8: 1079, 1200 ms CPU inherited vs 790, 832 ms without). A bundled worker needs
 * no loader; other options (memory limits, `--cpu-prof`) are kept.
 */
export function withoutLoaders(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const match = LOADER_OPTION.exec(execArgv[i]);
    if (!match) kept.push(execArgv[i]);
    else if (match[2] === '') i++;
  }
  return kept;
}

interface Task {
  request: ParseRequest;
  resolve: (result: ParseResult) => void;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, Task>;
}

/** Parses files for an import on worker threads, falling back to the calling thread. */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  /** Starts `size` workers from `entry` (none when `entry` is null or `size` is 0: everything parses in-process). */
  constructor(size: number, entry: ParseWorkerEntry | null = defaultParseWorkerEntry()) {
    if (!entry) return;
    for (let i = 0; i < size; i++) {
      let worker: Worker;
      try {
        worker = 'file' in entry ? new Worker(entry.file, { execArgv: withoutLoaders(process.execArgv) }) : new Worker(entry.bootstrap, { eval: true });
      } catch {
        continue;
      }
      const slot: Slot = { worker, tasks: new Map() };
      worker.on('message', (message: ParseResponse) => {
        const task = slot.tasks.get(message.id);
        if (!task) return;
        slot.tasks.delete(message.id);
        task.resolve(message.result);
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

  /** Parses one file on the least busy worker, or right here if there is none. Never rejects. */
  parse(fileName: string, bytes: Uint8Array): Promise<ParseResult> {
    let slot: Slot | undefined;
    for (const s of this.slots) if (!slot || s.tasks.size < slot.tasks.size) slot = s;
    if (!slot || this.closed) return Promise.resolve(parseForImport(bytes, fileName));
    const request: ParseRequest = { id: this.nextId++, fileName, bytes };
    const target = slot;
    return new Promise<ParseResult>((resolve) => {
      target.tasks.set(request.id, { request, resolve });
      target.worker.postMessage(request);
    });
  }

  /**
   * Stops the workers. Every promise still settles: files still queued on a worker come back as a CANCELLED refusal
   * (the import that asked for them has stopped), not parsed for nothing.
   */
  async close(): Promise<void> {
    this.closed = true;
    const slots = [...this.slots];
    for (const slot of slots) this.retire(slot);
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
      task.resolve(
        this.closed
          ? { ok: false, error: { code: 'CANCELLED', message: `${task.request.fileName} was not imported: the import stopped first.` } }
          : parseForImport(task.request.bytes, task.request.fileName),
      );
    }
  }
}
