/**
 * Turns what the user pointed at (files and folders) into the list of files to import. Folders are walked recursively
 * and contribute only Markdown and text files; a file the user named explicitly is always tried, whatever its
 * extension, so the importer (not the file name) decides whether it is an article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GlossaError, toErrorPayload, type ErrorPayload } from '../../shared/ipc/errors';

/** Extensions picked up inside folders. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/** More files than this in one request is almost certainly a wrongly chosen folder (a home directory). */
export const MAX_FILES_PER_IMPORT = 100_000;

/** One entry of an expanded import request: a file to read, or a path that could not be used and why. */
export type CollectedPath = { file: string; error?: undefined } | { file: string; error: ErrorPayload };

function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/**
 * Walks a folder, depth first in name order so imports are reproducible. Hidden entries (`.git`, `.DS_Store`) are
 * skipped and symbolic links to folders are not followed, which keeps a link cycle from looping forever.
 */
function walk(dir: string, out: CollectedPath[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ file: dir, error: unreadable(dir, error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (out.length > MAX_FILES_PER_IMPORT) return;
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (isArticleFile(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(full)))) out.push({ file: full });
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function unreadable(file: string, error: unknown): ErrorPayload {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { code: 'UNREADABLE', message: `${file} does not exist; check the path.` };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'UNREADABLE', message: `${file} cannot be read (permission denied).` };
  return { code: 'UNREADABLE', message: `${file} cannot be read: ${toErrorPayload(error).message}` };
}

/** Expands files and folders into the files to import, in order; paths that cannot be used become error entries. */
export function collectImportPaths(paths: readonly string[]): CollectedPath[] {
  const out: CollectedPath[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      out.push({ file: given, error: unreadable(given, error) });
      continue;
    }
    if (stat.isDirectory()) {
      const before = out.length;
      walk(given, out);
      if (out.length === before) {
        out.push({ file: given, error: { code: 'NOT_FOUND', message: `${given} holds no ${ARTICLE_EXTENSIONS.join(', ')} files.` } });
      }
    } else if (stat.isFile()) out.push({ file: given });
    else out.push({ file: given, error: { code: 'UNREADABLE', message: `${given} is not a regular file or folder.` } });
    if (out.length > MAX_FILES_PER_IMPORT) {
      throw new GlossaError('TOO_LARGE', `This import names more than ${MAX_FILES_PER_IMPORT} files; choose a smaller folder.`);
    }
  }
  return out;
}

/** Files up to this size are read synchronously (see `readImportFile`). */
const SYNC_READ_MAX_BYTES = 1024 * 1024;

function tooLarge(file: string, size: number, maxBytes: number): GlossaError {
  return new GlossaError(
    'TOO_LARGE',
    `${path.basename(file)} is ${(size / 1048576).toFixed(1)} MB; Glossa imports articles up to ${maxBytes / 1048576} MB. Split the file or check that it is an article.`,
  );
}

function unreadableError(file: string, error: unknown): GlossaError {
  if (error instanceof GlossaError) return error;
  const payload = unreadable(file, error);
  return new GlossaError(payload.code, payload.message);
}

/**
 * Reads a file for import, refusing (before reading it) one larger than `maxBytes`. An article-sized file (up to
 * 1 MB) is read synchronously through one open descriptor: that costs a few hundredths of a millisecond, where the
 * promise API's thread-pool round trips cost ten times as much CPU per file, which in a folder import of thousands of
 * files was a fifth of the storing thread's time. Larger files are read asynchronously so the thread is not held.
 */
export async function readImportFile(file: string, maxBytes: number): Promise<Uint8Array> {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    throw unreadableError(file, error);
  }
  let size: number;
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
    size = stat.size;
    if (size > maxBytes) throw tooLarge(file, size, maxBytes);
    if (size <= SYNC_READ_MAX_BYTES) {
      const bytes = Buffer.allocUnsafe(size);
      let read = 0;
      while (read < size) {
        const n = fs.readSync(fd, bytes, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      // A file that grew since fstat is read to its end the ordinary way, below.
      if (read === size && fs.readSync(fd, Buffer.allocUnsafe(1), 0, 1, size) === 0) return bytes;
    }
  } catch (error) {
    throw unreadableError(file, error);
  } finally {
    fs.closeSync(fd);
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    throw unreadableError(file, error);
  }
  if (bytes.byteLength > maxBytes) throw tooLarge(file, bytes.byteLength, maxBytes);
  return bytes;
}
