/**
 * Encodes text as GBK/GB18030 (two-byte part) or Big5 for tests, by inverting the platform's own decoders: there is no
 * encoder for these in the runtime, and hand-written byte lists would hide what the text says.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'gb18030' | 'big5'): Map<string, number[]> {
  let map = tables.get(encoding);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if ([...ch].length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  tables.set(encoding, map);
  return map;
}

/** `text` in `encoding`; ASCII as itself; throws on a character the two-byte table lacks. */
export function encodeLegacy(text: string, encoding: 'gb18030' | 'big5'): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const pair = map.get(ch);
      if (!pair) throw new Error(`${ch} has no two-byte ${encoding} code`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}
