// What the engine keeps of a file's text for fixes. An engine that can read its files again (the CLI's, which reads
// each once) keeps of a small file only its length and checksum and reads it again when a fix needs it: 100,000
// small files held 15-20 MB of texts to the end of a lint that made no fix. A big file's text is kept whole: hashing
// it costs more than it saves (8 MB: ~75 ms), and a plan that big is where the fixes usually are.
import * as zlib from 'zlib';
import { fnv1aLanes } from '../files/fnv1a';

const KEEP_WHOLE_FROM = 64 * 1024;

/** A text known again by its length and checksum (textSum). */
interface TextPrint {
  readonly length: number;
  readonly hash: number;
}

export type KeptText = string | TextPrint;

/**
 * zlib's native CRC-32 of the text (as UTF-8) where Node has it (20.15+), else four-lane FNV-1a (files/fnv1a.ts), which
 * runs in a cold CLI's interpreter: 1,000 plans hashed in 13-19 ms of CPU against 4.4-6.1 (doc20's measure, 2026-12-07).
 * A print is compared only with prints of the same process.
 */
const textSum: (text: string) => number = typeof zlib.crc32 === 'function' ? (text) => zlib.crc32(text) : fnv1aLanes;

export function keptText(text: string, canReread: boolean): KeptText {
  return !canReread || text.length === 0 || text.length >= KEEP_WHOLE_FROM
    ? text
    : { length: text.length, hash: textSum(text) };
}

export function isKept(kept: KeptText, text: string): boolean {
  return typeof kept === 'string' ? kept === text : kept.length === text.length && kept.hash === textSum(text);
}

/** The text kept, or read again: undefined when it can no longer be read as it was (then no fix is made in it). */
export function textOf(kept: KeptText, reread: () => string | undefined): string | undefined {
  if (typeof kept === 'string') return kept;
  const text = reread();
  return text !== undefined && isKept(kept, text) ? text : undefined;
}
