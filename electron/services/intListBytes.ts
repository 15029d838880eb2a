/**
 * Writing the import's columns as bytes. `IntListBytes`: the JSON of a list of integers (`[1,-2,30]`), written straight
 * into UTF-8 bytes (making such lists as strings, a number-to-string conversion and a concatenation per number, and
 * then encoding the string took four times as long as writing the digits). `ColumnBytes`: several columns of one
 * revision written one after another into a reused buffer and copied out into one buffer of their own, so the parse
 * worker makes (and moves to the storing thread) one buffer per article instead of one per column; allocating five
 * small ArrayBuffers per article was a tenth of the worker's time.
 */

const COMMA = 0x2c;
const MINUS = 0x2d;
const ZERO = 0x30;

const utf8Encoder = new TextEncoder();

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_BYTES = Uint8Array.from(BASE64, (c) => c.charCodeAt(0));
const BASE64_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUES[BASE64.charCodeAt(i)] = i;

/** Largest number `vlq` writes exactly (the readers' arithmetic stays exact well beyond it). */
export const VLQ_MAX = 2 ** 50;

/** Signed to unsigned, small magnitudes staying small: 0, -1, 1, -2... -> 0, 1, 2, 3... */
export const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);

/** The inverse of `zigzag`. */
export const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

/**
 * Reads the base64 VLQ numbers `ByteBuffer.vlq` wrote into `text`, from `start`. Throws (naming `what`) on a character
 * that is not a base64 digit or a text that ends inside a number.
 */
export class VlqReader {
  private at: number;

  constructor(
    private readonly text: string,
    start: number,
    private readonly what: string,
  ) {
    this.at = start;
  }

  /** Whether numbers are left. */
  get more(): boolean {
    return this.at < this.text.length;
  }

  /** The next number. */
  next(): number {
    const text = this.text;
    let n = 0;
    let scale = 1;
    for (;;) {
      const c = text.charCodeAt(this.at++);
      const digit = c < 128 ? BASE64_VALUES[c] : -1;
      if (digit < 0) throw new Error(`${this.what} has a character that is not a base64 digit, or ends inside a number; the database may be damaged.`);
      if (digit < 32) return n + digit * scale;
      n += (digit - 32) * scale;
      scale *= 32;
    }
  }
}

/** A growable byte buffer with writers for UTF-8 text, JSON integer lists and unsigned varints. */
class ByteBuffer {
  protected bytes: Uint8Array;
  protected length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  /** Bytes written so far. */
  get size(): number {
    return this.length;
  }

  /** Appends `text` as UTF-8 (a lone surrogate as U+FFFD). */
  utf8(text: string): void {
    this.reserve(text.length * 3);
    this.length += utf8Encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  /** Appends a non-negative safe integer as an unsigned LEB128 varint (7 bits a byte, low bits first). */
  varint(n: number): void {
    this.reserve(8);
    const bytes = this.bytes;
    let at = this.length;
    while (n >= 0x80) {
      bytes[at++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    bytes[at++] = n;
    this.length = at;
  }

  /**
   * Appends a non-negative integer below `VLQ_MAX` as base64 VLQ digits (as JavaScript source maps write theirs): 5 bits
   * a digit, low bits first, 32 added to every digit but the last; ASCII, so the result is still text.
   */
  vlq(n: number): void {
    this.reserve(11);
    const bytes = this.bytes;
    let at = this.length;
    while (n >= 32) {
      bytes[at++] = BASE64_BYTES[(n % 32) + 32];
      n = Math.floor(n / 32);
    }
    bytes[at++] = BASE64_BYTES[n];
    this.length = at;
  }

  /** Appends one byte. */
  byte(b: number): void {
    this.reserve(1);
    this.bytes[this.length++] = b;
  }

  /** Appends `n` as JSON writes it (digits for an integer; anything else through `JSON.stringify`), after a comma unless `first`. */
  jsonNumber(n: number, first: boolean): void {
    // A comma, a minus sign and ten digits at most for an int32; any other number goes the slow way.
    this.reserve(12);
    const bytes = this.bytes;
    let at = this.length;
    if (!first) bytes[at++] = COMMA;
    if ((n | 0) !== n) {
      this.length = at;
      this.ascii(JSON.stringify(n));
      return;
    }
    if (n < 0) {
      bytes[at++] = MINUS;
      n = -n;
    }
    let digits = 1;
    for (let power = 10; power <= n && digits < 10; power *= 10) digits++;
    let end = at + digits;
    this.length = end;
    while (n >= 10) {
      const rest = (n / 10) | 0;
      bytes[--end] = ZERO + n - rest * 10;
      n = rest;
    }
    bytes[--end] = ZERO + n;
  }

  protected ascii(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length++] = text.charCodeAt(i);
  }

  protected reserve(atLeast: number): void {
    if (this.length + atLeast <= this.bytes.length) return;
    const bytes = new Uint8Array(Math.max(this.bytes.length * 2, this.length + atLeast));
    bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
  }
}

/** Appends integers to a JSON list in bytes; `done()` closes the list and returns its bytes (a buffer of their own). */
export class IntListBytes extends ByteBuffer {
  private first = true;

  /** `expected`: about how many numbers will come (the buffer grows when more do). */
  constructor(expected: number) {
    super(expected * 4 + 2);
    this.byte(0x5b);
  }

  /** Appends `n` as JSON writes it (digits for an integer; anything else through `JSON.stringify`). */
  int(n: number): void {
    this.jsonNumber(n, this.first);
    this.first = false;
  }

  /** The list's bytes, `]` included. */
  done(): Uint8Array {
    this.byte(0x5d);
    return this.bytes.subarray(0, this.length);
  }
}

/** Reused buffers larger than this are dropped after use (a huge article's columns are not kept for the next one). */
const KEEP_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The columns of one revision, written one after another (`start`, then writes, then `end` for each) into a buffer
 * reused from revision to revision; `done()` copies them into one buffer of their own and returns one view per column.
 */
export class ColumnBytes extends ByteBuffer {
  private readonly ends: number[] = [];

  constructor() {
    super(64 * 1024);
  }

  /** Starts a new set of columns, forgetting the last. */
  reset(): void {
    this.length = 0;
    this.ends.length = 0;
    if (this.bytes.length > KEEP_MAX_BYTES) this.bytes = new Uint8Array(64 * 1024);
  }

  /** Drops what was written after `size` (which must be within the column being written). */
  truncate(size: number): void {
    this.length = Math.min(this.length, size);
  }

  /** Ends the column being written; returns its number (0 for the first). */
  end(): number {
    this.ends.push(this.length);
    return this.ends.length - 1;
  }

  /** Writes a JSON list of integers as one column's content (`[` ... `]`). */
  intList(values: ArrayLike<number>): void {
    this.byte(0x5b);
    for (let i = 0; i < values.length; i++) this.jsonNumber(values[i], i === 0);
    this.byte(0x5d);
  }

  /** The columns ended so far, each a view into one new buffer (a copy: the reused buffer is written again next time). */
  done(): Uint8Array[] {
    const all = this.bytes.slice(0, this.length);
    const views: Uint8Array[] = [];
    let start = 0;
    for (const end of this.ends) {
      views.push(all.subarray(start, end));
      start = end;
    }
    return views;
  }
}
