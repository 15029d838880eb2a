/**
 * How a call's outcome crosses a process boundary: Electron's ipcMain.handle drops custom error fields and HTTP has
 * status codes, so both doors send this envelope and the client side rethrows a GlossaError.
 */
import type { ErrorPayload } from './errors';

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
