// Reads one plan file from disk with the limits first: the open file is stat-ed, and a file too large or not
// regular is refused without reading a byte. The CLI and the editor (for folders on disk) both read through this.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'fs';
import { entryType, refusalOf } from './readGuard';

export type PlanFileRead = { bytes: Uint8Array } | { refused: string } | { error: string };

export function readPlanFile(file: string): PlanFileRead {
  let fd: number | undefined;
  try {
    // Non-blocking: a path swapped for a FIFO since the scan must not hang the open.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    const refused = refusalOf({ type: entryType(stat), size: stat.size });
    return refused ? { refused } : { bytes: readFileSync(fd) };
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? String(err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
