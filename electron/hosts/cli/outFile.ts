/**
 * Writing an export to `--out FILE`: the path is checked before any work is done (a PDF takes seconds to render),
 * and the bytes are written to a temporary file beside the target and renamed over it, so a failure never leaves a
 * half-written file and an existing file is replaced only by a complete one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GlossaError } from '../../../shared/ipc/errors';
import { UsageError, type CliIo } from './command';

/** Checks that `out` can be written (a file name whose folder exists); throws a message that says what to do. */
export function checkOutPath(out: string): string {
  if (out.trim() === '') throw new UsageError('--out needs a file name');
  const file = path.resolve(out);
  const dir = path.dirname(file);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch {
    // Not there yet: the usual case.
  }
  if (stat?.isDirectory()) throw new GlossaError('BAD_INPUT', `${out} is a folder; give --out the name of a file (in that folder or another). Nothing was written.`);
  let dirStat: fs.Stats | undefined;
  try {
    dirStat = fs.statSync(dir);
  } catch {
    // Reported below.
  }
  if (!dirStat) throw new GlossaError('UNREADABLE', `The folder ${dir} does not exist; create it first (mkdir -p "${dir}") or choose another --out file. Nothing was written.`);
  if (!dirStat.isDirectory()) throw new GlossaError('BAD_INPUT', `${dir} is a file, not a folder; choose another --out file. Nothing was written.`);
  // A symbolic link is written through (its target replaced), not replaced by a plain file.
  return stat ? fs.realpathSync(file) : file;
}

/** Writes `bytes` to `out` whole or not at all (temporary file + rename); returns the number of bytes written. */
export function writeOutFile(out: string, bytes: Uint8Array): number {
  const file = checkOutPath(out);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.glossa-tmp`);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const why = error instanceof Error ? error.message : String(error);
    throw new GlossaError('UNREADABLE', `Cannot write ${out} (${why}); check that the folder is writable and has space. Nothing was written.`);
  }
  return bytes.byteLength;
}

/** Writes an export to `--out` (whole or not at all) or to standard output, byte for byte. */
export function emit(bytes: Uint8Array, out: string | undefined, io: CliIo): void {
  if (out === undefined) {
    io.stdout.write(bytes);
    return;
  }
  const written = writeOutFile(out, bytes);
  io.stderr.write(`glossa: wrote ${out} (${written} bytes)\n`);
}
