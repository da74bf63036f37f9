// Limits before work: what the file system says about a path decides whether it is read at all, so a 3 GB file,
// a FIFO or /dev/zero is refused without reading a byte (or one buffer: readPlanFile.ts). One rule for the CLI and
// the editor.
import { DEFAULT_MAX_BYTES, formatSize } from './text';

export type EntryType =
  'file' | 'directory' | 'fifo' | 'character device' | 'block device' | 'socket' | 'symbolic link' | 'special file';

export interface EntryFacts {
  type: EntryType;
  size: number;
}

/** Why a file must not be read, as a sentence for a diagnostic, or undefined when it may be read. */
export function refusalOf(facts: EntryFacts, maxBytes = DEFAULT_MAX_BYTES): string | undefined {
  if (facts.type !== 'file') return `not a regular file (a ${facts.type}); Waveplan reads only regular files`;
  if (facts.size > maxBytes)
    return `file too large: ${formatSize(facts.size)}, limit ${formatSize(maxBytes)}; Waveplan did not read it`;
  return undefined;
}

/** The type of a Node fs.Stats / Dirent. */
export function entryType(s: {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isSymbolicLink(): boolean;
}): EntryType {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'directory';
  if (s.isSymbolicLink()) return 'symbolic link';
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice()) return 'character device';
  if (s.isBlockDevice()) return 'block device';
  if (s.isSocket()) return 'socket';
  return 'special file';
}

/** True when `target` lies inside `folder` (both absolute, resolved). */
export function isInside(folder: string, target: string, sep = '/'): boolean {
  const base = folder.endsWith(sep) ? folder : folder + sep;
  return target === folder || target.startsWith(base);
}
