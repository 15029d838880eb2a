/**
 * The import's parse worker (a `worker_threads` entry): parses files and encodes them for storage
 * (`parseForImport`) while the main thread stores the previous ones, since SQLite writes can only happen on the
 * thread that owns the connection. Bundled for Electron as `dist-electron/parseWorker.cjs`
 * (build/scripts/buildElectron.mjs); run from source through tsx elsewhere (see `parsePool.ts`).
 *
 * Protocol: receives `ParseRequest`s, answers each with a `ParseResponse` carrying the same id.
 */
import { parentPort } from 'node:worker_threads';
import { transferableBuffers } from './importRecord';
import { parseForImport, type ParseRequest, type ParseResponse } from './parseJob';

const port = parentPort;
if (!port) throw new Error('parseWorker.ts is a worker_threads entry; it was loaded on the main thread.');
port.on('message', (request: ParseRequest) => {
  const response: ParseResponse = { id: request.id, result: parseForImport(request.bytes, request.fileName) };
  // The encoded columns move to the storing thread instead of being copied.
  port.postMessage(response, response.result.ok ? transferableBuffers(response.result.content) : []);
});
