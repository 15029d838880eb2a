/**
 * Bytes travel to and from the services as base64 (the preview host and the preload carry JSON): picked files,
 * snapshots, PDF and DOCX exports. One encoder and one decoder for the whole renderer, without Node's Buffer.
 */

/** Base64 of bytes, in chunks so a large file does not overflow the argument list of `String.fromCharCode`. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Bytes of a base64 string. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
