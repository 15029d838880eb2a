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

/** Reads a file for import, refusing (before reading it) one larger than `maxBytes`. */
export async function readImportFile(file: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await fs.promises.stat(file)).size;
  } catch (error) {
    const payload = unreadable(file, error);
    throw new GlossaError(payload.code, payload.message);
  }
  if (size > maxBytes) {
    throw new GlossaError(
      'TOO_LARGE',
      `${path.basename(file)} is ${(size / 1048576).toFixed(1)} MB; Glossa imports articles up to ${maxBytes / 1048576} MB. Split the file or check that it is an article.`,
    );
  }
  try {
    return await fs.promises.readFile(file);
  } catch (error) {
    const payload = unreadable(file, error);
    throw new GlossaError(payload.code, payload.message);
  }
}
