/**
 * Local snapshot files of claim sources (a saved PDF or HTML page), on the renderer's side: which files are accepted,
 * reading their bytes to send over `annotations.addSnapshot` (the service hashes and stores them by SHA-256), and
 * saving a stored copy again. The checks here mirror the service's, so the user hears about a wrong file at once,
 * before megabytes cross the channel.
 */
import { call } from '../api';
import { base64ToBytes, bytesToBase64 } from '../app/base64';
import { downloadBytes } from '../app/download';

/** The largest file accepted (the service's `MAX_SNAPSHOT_BYTES`, 50 MB). */
export const MAX_SNAPSHOT_BYTES = 50 * 1024 * 1024;

/** What the file picker offers. */
export const SNAPSHOT_ACCEPT = '.pdf,.html,.htm,.xhtml,application/pdf,text/html,application/xhtml+xml';

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'application/xhtml+xml',
};
const MEDIA_TYPES = new Set(Object.values(BY_EXTENSION));

/** The outcome of `checkSnapshotFile`. */
export type SnapshotCheck = { ok: true; mediaType: string } | { ok: false; message: string };

/** Accepts a saved PDF or HTML page of at most 50 MB; says what is wrong otherwise. */
export function checkSnapshotFile(file: { name: string; type: string; size: number }): SnapshotCheck {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const mediaType = MEDIA_TYPES.has(file.type) ? file.type : BY_EXTENSION[extension];
  if (mediaType === undefined) {
    return { ok: false, message: `${file.name} is not a saved page: attach a PDF or an HTML file (.pdf, .html, .htm).` };
  }
  if (file.size === 0) return { ok: false, message: `${file.name} is empty; save the page again and attach the new file.` };
  if (file.size > MAX_SNAPSHOT_BYTES) {
    return { ok: false, message: `${file.name} is ${formatBytes(file.size)}, more than the 50 MB a snapshot may be; save a smaller copy.` };
  }
  return { ok: true, mediaType };
}

/** A byte count for people: `812 B`, `14.2 KB`, `3.4 MB`. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads a picked file and stores it as the snapshot of source `sourceId` of annotation `id`; returns the record. */
export async function attachSnapshot(id: string, sourceId: string, file: File) {
  const check = checkSnapshotFile(file);
  if (!check.ok) throw new Error(check.message);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return call('annotations.addSnapshot', { id, sourceId, fileName: file.name, mediaType: check.mediaType, dataBase64: bytesToBase64(bytes) });
}

/**
 * Saves the stored copy again under its original name. A download, never opened in the app: a saved page is
 * untrusted HTML and must not run with the app's rights.
 */
export async function saveSnapshot(id: string, sha256: string): Promise<string> {
  const file = await call('annotations.snapshot', { id, sha256 });
  downloadBytes(file.fileName, file.mediaType, base64ToBytes(file.dataBase64));
  return file.fileName;
}
