/**
 * One file's parse for import, as a value that can cross threads: the encoded revision content, or the refusal the
 * user sees. The same function runs in the parse workers and, when they cannot run, on the main thread, so both
 * paths give identical results.
 */
import path from 'node:path';
import { toErrorPayload, type ErrorPayload } from '../../shared/ipc/errors';
import { parseArticle } from '../../shared/markdown/parseArticle';
import { encodeImport, type RevisionContent } from './importRecord';

/** A parse's outcome: content ready to store, or why the file cannot be imported. */
export type ParseResult = { ok: true; content: RevisionContent } | { ok: false; error: ErrorPayload };

/** A file sent to a parse worker. */
export interface ParseRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
}

/** A worker's answer to the request with the same id. */
export interface ParseResponse {
  id: number;
  result: ParseResult;
}

/** Parses and encodes one file; never throws (a refusal is `{ ok: false }` with its code and message). */
export function parseForImport(bytes: Uint8Array, fileName: string): ParseResult {
  try {
    const parsed = parseArticle(bytes, { fileName: path.basename(fileName.replace(/\\/g, '/')) });
    return { ok: true, content: encodeImport(parsed, bytes) };
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}
