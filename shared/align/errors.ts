/**
 * Errors of the alignment functions. They are mistakes a person can make (an edit that would break the alignment, a
 * pair of anchors that cross), so they extend `GlossaError` with code BAD_INPUT and add a precise `reason`.
 */
import { GlossaError } from '../ipc/errors';

/** Why an alignment request or edit was refused. */
export type AlignErrorReason =
  | 'BAD_ANCHOR'
  | 'NO_ALIGNMENT'
  | 'NO_SUCH_BEAD'
  | 'NO_NEIGHBOUR'
  | 'BAD_SPLIT'
  | 'EMPTY_SIDE'
  | 'BAD_BEADS';

/** A refused alignment request or edit; `message` says what to do instead. */
export class AlignError extends GlossaError {
  readonly reason: AlignErrorReason;
  constructor(reason: AlignErrorReason, message: string) {
    super('BAD_INPUT', message);
    this.name = 'AlignError';
    this.reason = reason;
  }
}
