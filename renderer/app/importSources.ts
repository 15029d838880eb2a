/**
 * Turning what the user picked or dropped into an `import.start` request. In the desktop app files have paths and
 * the services read them (folders recursively); in a browser the renderer walks dropped folders itself and sends
 * the bytes of each file.
 */
import type { ChannelInput } from '../../shared/ipc/contract';
import { pathForFile } from '../api';

/** A file to upload, named by its path relative to what was picked or dropped. */
export interface NamedFile {
  name: string;
  file: File;
}

/** What a pick or drop yields before the bytes are read. */
export interface ImportSelection {
  paths: string[];
  files: NamedFile[];
}

const IMPORTABLE = /\.(md|markdown|mdown|mkd|txt)$/i;

/**
 * Whether a file found while walking a folder is worth sending: Markdown or text, not hidden. Files picked one by
 * one are always sent, so the service can say why one cannot be imported.
 */
export function isImportableName(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return !base.startsWith('.') && IMPORTABLE.test(base);
}

/** The selection from an `<input type=file>`; `fromFolder` when it had `webkitdirectory`. */
export function selectionFromInput(files: FileList | File[], fromFolder: boolean): ImportSelection {
  const named: NamedFile[] = [];
  for (const file of Array.from(files)) {
    const name = file.webkitRelativePath || file.name;
    if (fromFolder && !isImportableName(name)) continue;
    named.push({ name, file });
  }
  return { paths: [], files: named };
}

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    // readEntries returns at most ~100 entries per call: keep reading until it returns none.
    const next = (): void =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, prefix: string, out: NamedFile[]): Promise<void> {
  const name = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    if (prefix && !isImportableName(name)) return;
    out.push({ name, file: await fileOf(entry as FileSystemFileEntry) });
    return;
  }
  if (entry.isDirectory) {
    const children = await readAllEntries((entry as FileSystemDirectoryEntry).createReader());
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await walk(child, name, out);
  }
}

/**
 * The selection from a drop. Must be called inside the drop handler: a DataTransfer's items are emptied once the
 * event returns, so entries and files are taken synchronously and only walked afterwards.
 */
export function selectionFromDrop(data: DataTransfer): Promise<ImportSelection> {
  const paths: string[] = [];
  const pendingEntries: FileSystemEntry[] = [];
  const looseFiles: File[] = [];
  const items = Array.from(data.items ?? []).filter((item) => item.kind === 'file');
  if (items.length === 0) looseFiles.push(...Array.from(data.files ?? []));
  for (const item of items) {
    const file = item.getAsFile();
    const path = file ? pathForFile(file) : null;
    if (path) {
      paths.push(path);
      continue;
    }
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) pendingEntries.push(entry);
    else if (file) looseFiles.push(file);
  }
  return (async () => {
    const files: NamedFile[] = looseFiles.map((file) => ({ name: file.name, file }));
    for (const entry of pendingEntries) await walk(entry, '', files);
    return { paths, files };
  })();
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}.`));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** The `import.start` input for a selection, reading uploaded files' bytes. */
export async function importRequest(selection: ImportSelection): Promise<ChannelInput<'import.start'>> {
  const files = [];
  for (const { name, file } of selection.files) files.push({ name, dataBase64: await base64Of(file) });
  return {
    ...(selection.paths.length > 0 ? { paths: selection.paths } : {}),
    ...(files.length > 0 ? { files } : {}),
  };
}
