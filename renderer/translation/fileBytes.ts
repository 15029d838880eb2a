/**
 * Files picked in the translation view travel to the service as base64 (the preview host and the preload take JSON),
 * and exports that are binary-safe text come back as strings. These helpers do the encoding without Node's Buffer.
 */
import { bytesToBase64 } from '../app/base64';

/** Base64 of a UTF-8 string (pasted text sent the same way as a file). */
export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** Reads a picked file as base64. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
