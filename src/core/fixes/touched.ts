// Which files a fix reads and edits, without computing edits that are computed on demand (the split fix).
import type { Fix } from '../model/model';

const lazyFiles = new WeakMap<Fix, readonly string[]>();

/** Registers the files a fix whose edits come later will read and edit. */
export function declareFixFiles(fix: Fix, files: readonly string[]): void {
  lazyFiles.set(fix, files);
}

/** The files the fix edits (for a fix computed on demand: every file it may read or edit). */
export function filesOfFix(fix: Fix): readonly string[] {
  return lazyFiles.get(fix) ?? fix.edits.map((e) => e.file);
}
