/**
 * The JSON of a list of integers (`[1,-2,30]`), written straight into UTF-8 bytes. The import stores two such lists per
 * revision (the source map, the wiki-link occurrences: a few thousand numbers for a fixture-like article), and making
 * them as strings (a number-to-string conversion and a concatenation per number) and then encoding the string took
 * four times as long as writing the digits.
 */

const COMMA = 0x2c;
const MINUS = 0x2d;
const ZERO = 0x30;

/** Appends integers to a JSON list in bytes; `done()` closes the list and returns its bytes (a buffer of their own). */
export class IntListBytes {
  private bytes: Uint8Array;
  private length = 1;
  private first = true;

  /** `expected`: about how many numbers will come (the buffer grows when more do). */
  constructor(expected: number) {
    this.bytes = new Uint8Array(Math.max(16, expected * 4 + 2));
    this.bytes[0] = 0x5b;
  }

  /** Appends `n` as JSON writes it (digits for an integer; anything else through `JSON.stringify`). */
  int(n: number): void {
    // A minus sign, ten digits and a comma at most for an int32; any other number goes the slow way.
    if (this.length + 12 > this.bytes.length) this.grow(12);
    const bytes = this.bytes;
    let at = this.length;
    if (this.first) this.first = false;
    else bytes[at++] = COMMA;
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

  /** The list's bytes, `]` included. */
  done(): Uint8Array {
    if (this.length + 1 > this.bytes.length) this.grow(1);
    this.bytes[this.length++] = 0x5d;
    return this.bytes.subarray(0, this.length);
  }

  private ascii(text: string): void {
    if (this.length + text.length > this.bytes.length) this.grow(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length++] = text.charCodeAt(i);
  }

  private grow(atLeast: number): void {
    const bytes = new Uint8Array(Math.max(this.bytes.length * 2, this.length + atLeast));
    bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
  }
}
