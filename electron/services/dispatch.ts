/**
 * The one entry from outside into the handlers: look the channel up in the contract, validate the raw input against
 * its schema, call the handler, and turn any error into the wire envelope. Electron's ipcMain and the preview host's
 * HTTP server both call this, so no door can skip validation.
 */
import type { z } from 'zod';
import { contract, type Channel, type GlossaApi } from '../../shared/ipc/contract';
import { GlossaError, toErrorPayload } from '../../shared/ipc/errors';
import type { CallResult } from '../../shared/ipc/result';

/** True if `name` is a contract channel (own keys only, so `__proto__` or `toString` are not channels). */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** A person-readable list of what is wrong with an input, e.g. `id: expected number, received string`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 10)
    .map((issue) => {
      const where = issue.path.length ? issue.path.map(String).join('.') : '(input)';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/** Hooks for a door's logging. */
export interface DispatchOptions {
  /** Called with errors that are not GlossaErrors (bugs, SQLite failures), which deserve a log line with a stack. */
  onInternalError?: (channel: string, error: unknown) => void;
}

/** Validates `rawInput` for `channel`, calls its handler, and returns the outcome as a CallResult; never throws. */
export async function dispatch(handlers: GlossaApi, channel: string, rawInput: unknown, options: DispatchOptions = {}): Promise<CallResult<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'BAD_INPUT', message: `There is no channel "${channel.slice(0, 100)}".` } };
  }
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    return { ok: false, error: { code: 'BAD_INPUT', message: `Invalid input for ${channel}: ${describeIssues(parsed.error.issues)}.` } };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (!(error instanceof GlossaError)) options.onInternalError?.(channel, error);
    return { ok: false, error: toErrorPayload(error) };
  }
}
