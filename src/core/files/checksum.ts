// A checksum of a text or of its bytes (the CLI's code cache, the engine's kept texts): zlib's native CRC-32 where
// Node has it (20.15+), else four-lane FNV-1a of the text (fnv1a.ts), which runs in a cold CLI's interpreter: the
// 700 KB bundle took 5-7 ms of CPU at each start, 1,000 plans 13.4 ms against 5.0. A checksum is only ever compared
// with one made by the same Node.
import * as zlib from 'zlib';
import { fnv1aLanes } from './fnv1a';

export const checksumOf: (data: string | Uint8Array) => number =
  typeof zlib.crc32 === 'function'
    ? (data) => zlib.crc32(data)
    : (data) =>
        fnv1aLanes(
          typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'),
        );
