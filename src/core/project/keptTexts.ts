// What the engine keeps of a file's text for fixes. An engine that can read its files again (the CLI's, which reads
// each once) keeps of a small file only its length and checksum and reads it again when a fix needs it: 100,000
// small files held 15-20 MB of texts to the end of a lint that made no fix. A big file's text is kept whole: hashing
// it costs more than it saves (8 MB: ~75 ms), and a plan that big is where the fixes usually are.
import { checksumOf } from '../files/checksum';
import { decodePlanBytes } from '../files/text';

const KEEP_WHOLE_FROM = 64 * 1024;

/**
 * A text known again by its length and checksum (files/checksum.ts): of the bytes it was decoded from when the engine
 * was given bytes (a checksum of the text first encodes it to UTF-8 again: 1,000 plans ~10 ms of a cold lint).
 */
interface TextPrint {
  readonly length: number;
  readonly hash: number;
  /** The print is of the file's bytes, not of its text. */
  readonly ofBytes?: true;
}

export type KeptText = string | TextPrint;

/** What a file reads as when read again: its bytes (decoded as the engine decodes them), or a text. */
export type ReadAgain = string | Uint8Array;

export function keptText(text: string, canReread: boolean): KeptText {
  return !canReread || text.length === 0 || text.length >= KEEP_WHOLE_FROM
    ? text
    : { length: text.length, hash: checksumOf(text) };
}

/** keptText of a text decoded from `bytes`: a print of the bytes. */
export function keptBytes(bytes: Uint8Array, text: string, canReread: boolean): KeptText {
  return !canReread || text.length === 0 || text.length >= KEEP_WHOLE_FROM
    ? text
    : { length: bytes.length, hash: checksumOf(bytes), ofBytes: true };
}

/** Whether `text` is the text kept; a print of bytes cannot tell from a text alone (then: no). */
export function isKept(kept: KeptText, text: string): boolean {
  if (typeof kept === 'string') return kept === text;
  return !kept.ofBytes && kept.length === text.length && kept.hash === checksumOf(text);
}

/** isKept of a text decoded from `bytes`. */
export function isKeptBytes(kept: KeptText, bytes: Uint8Array, text: string): boolean {
  if (typeof kept === 'string' || !kept.ofBytes) return isKept(kept, text);
  return kept.length === bytes.length && kept.hash === checksumOf(bytes);
}

/** The text kept, or read again: undefined when it can no longer be read as it was (then no fix is made in it). */
export function textOf(kept: KeptText, reread: () => ReadAgain | undefined): string | undefined {
  if (typeof kept === 'string') return kept;
  const again = reread();
  if (again === undefined) return undefined;
  if (typeof again === 'string') return isKept(kept, again) ? again : undefined;
  const text = decodePlanBytes(again).text;
  return isKeptBytes(kept, again, text) ? text : undefined;
}
