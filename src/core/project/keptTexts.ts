// What the engine keeps of a file's text for fixes. An engine that can read its files again (the CLI's, which reads
// each once) keeps of a small file only its length and checksum and reads it again when a fix needs it: 100,000
// small files held 15-20 MB of texts to the end of a lint that made no fix. A big file's text is kept whole: hashing
// it costs more than it saves (8 MB: ~75 ms), and a plan that big is where the fixes usually are.
import { checksumOf } from '../files/checksum';

const KEEP_WHOLE_FROM = 64 * 1024;

/** A text known again by its length and checksum (files/checksum.ts). */
interface TextPrint {
  readonly length: number;
  readonly hash: number;
}

export type KeptText = string | TextPrint;

export function keptText(text: string, canReread: boolean): KeptText {
  return !canReread || text.length === 0 || text.length >= KEEP_WHOLE_FROM
    ? text
    : { length: text.length, hash: checksumOf(text) };
}

export function isKept(kept: KeptText, text: string): boolean {
  return typeof kept === 'string' ? kept === text : kept.length === text.length && kept.hash === checksumOf(text);
}

/** The text kept, or read again: undefined when it can no longer be read as it was (then no fix is made in it). */
export function textOf(kept: KeptText, reread: () => string | undefined): string | undefined {
  if (typeof kept === 'string') return kept;
  const text = reread();
  return text !== undefined && isKept(kept, text) ? text : undefined;
}
