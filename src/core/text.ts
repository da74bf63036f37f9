// STUB — replaced by the state reader helper: bytes → text (BOM, binary, mojibake, size).
export interface DecodedText {
  text: string;
  /** A human sentence when something was wrong (binary, too large, repaired mojibake). */
  problem?: string;
  /** True when nothing could be read (binary or too large): text is then empty. */
  fatal?: boolean;
}
export function decodePlanBytes(bytes: Uint8Array): DecodedText {
  return { text: Buffer.from(bytes).toString('utf8') };
}
