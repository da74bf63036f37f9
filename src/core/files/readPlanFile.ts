// Reads one plan file from disk with the limits first: the open file is stat-ed, and a file too large or not
// regular is refused without reading a byte (a file the CLI's scan found regular: without reading more than one
// buffer). The CLI and the editor (for folders on disk) both read through this.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'fs';
import { entryType, refusalOf } from './readGuard';

export type PlanFileRead = { bytes: Uint8Array } | { refused: string } | { error: string };

/**
 * `scratch`: a buffer to read the file into when it fits (the CLI reads file after file into one): the bytes are then
 * a view of it, good until the next read into it. A buffer per file (a slice of Node's pool, a new pool every few
 * files) cost ~6 of the ~22 ms of CPU that reading 1,000 small plans took. A caller passing one has found the path
 * to be a regular file (its scan, see readFound).
 */
export function readPlanFile(file: string, scratch?: Buffer): PlanFileRead {
  let fd: number | undefined;
  try {
    // Non-blocking: a path swapped for a FIFO since the scan must not hang the open (nor a read).
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    return scratch ? readFound(fd, scratch) : readStated(fd);
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? String(err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The limits first (a FIFO or /dev/zero is refused without reading a byte), then the bytes. */
function readStated(fd: number): PlanFileRead {
  const stat = fstatSync(fd);
  const refused = refusalOf({ type: entryType(stat), size: stat.size });
  return refused ? { refused } : { bytes: readOpen(fd, stat.size, undefined, 0) };
}

/**
 * A file the scan found regular: read into `scratch` at once, and stat-ed only when it fills it (then the limits
 * decide as for any file, and the rest is read). A cold fstatSync (a Stats object and four Dates) was about half the
 * CPU of reading 1,000 small plans; a file of under 64 KB is under every size limit.
 */
function readFound(fd: number, scratch: Buffer): PlanFileRead {
  const n = readSync(fd, scratch, 0, scratch.length, null);
  if (n < scratch.length) return { bytes: scratch.subarray(0, n) };
  const stat = fstatSync(fd);
  const refused = refusalOf({ type: entryType(stat), size: stat.size });
  return refused ? { refused } : { bytes: readOpen(fd, stat.size, scratch, n) };
}

/**
 * The file's bytes, up to the size just stat-ed, as readFileSync(fd) reads them without stat-ing the file a second
 * time (one system call less per file; a size of 0, as /proc files report, is left to readFileSync). `done` bytes
 * are already in `scratch` (readFound); else `scratch` is where a file that fits is read.
 */
function readOpen(fd: number, size: number, scratch: Buffer | undefined, done: number): Uint8Array {
  if (size === 0) {
    const rest = readFileSync(fd);
    return done ? Buffer.concat([scratch!.subarray(0, done), rest]) : rest;
  }
  const buffer = !done && scratch && size <= scratch.length ? scratch : Buffer.allocUnsafe(Math.max(size, done));
  if (done) scratch!.copy(buffer, 0, 0, done);
  let read = done;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, null);
    if (n === 0) break; // shorter than stat-ed (truncated meanwhile)
    read += n;
  }
  return read < buffer.length || buffer === scratch ? buffer.subarray(0, read) : buffer;
}
