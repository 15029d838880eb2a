/**
 * Errors a person can cause (a bad file, bad input, a missing article). They carry a stable code and a message that
 * says what is wrong and what to do; every door (IPC, HTTP, CLI) passes them on unchanged.
 */
export type GlossaErrorCode =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'INVALID_UTF8'
  | 'TOO_LARGE'
  | 'UNREADABLE'
  | 'CONFLICT'
  | 'DB_TOO_NEW'
  | 'UNSUPPORTED'
  | 'CANCELLED'
  | 'INTERNAL';

export class GlossaError extends Error {
  readonly code: GlossaErrorCode;
  constructor(code: GlossaErrorCode, message: string) {
    super(message);
    this.name = 'GlossaError';
    this.code = code;
  }
}

/** The wire shape of an error, so the renderer and CLI can show the same message the service wrote. */
export interface ErrorPayload {
  code: GlossaErrorCode;
  message: string;
}

/** Turns anything thrown into the wire shape; unknown errors keep their message but are marked INTERNAL. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof GlossaError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message };
}
