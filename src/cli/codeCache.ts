// The V8 code cache of the CLI bundle (dist/cli-main.js.cache, made by the build): the bundle compiled with it when
// it fits. See bin.ts.
import { readFileSync, writeFileSync } from 'fs';
import Module from 'module';
import * as path from 'path';
import { Script } from 'vm';
import { checksumOf } from '../core/files/checksum';

export const BUNDLE = path.join(__dirname, 'cli-main.js');
const CACHE = `${BUNDLE}.cache`;
/** The cache file starts with a checksum of the bundle (8 hex digits): V8 checks only a cached script's length. */
export const CHECKSUM_LENGTH = 8;

/**
 * A checksum of the bundle's bytes (files/checksum.ts: the CRC with zlib's loading ~0.5 ms where FNV-1a of the text
 * took 5-7). The build and the run compute it on the same Node, or the cache is another Node's anyway.
 */
export function checksum(bytes: Buffer): string {
  return checksumOf(bytes).toString(16).padStart(CHECKSUM_LENGTH, '0');
}

function cachedData(sum: string): Buffer | undefined {
  try {
    const file = readFileSync(CACHE);
    return file.subarray(0, CHECKSUM_LENGTH).toString('latin1') === sum ? file.subarray(CHECKSUM_LENGTH) : undefined;
  } catch {
    return undefined;
  }
}

/** The bundle compiled, with the cache when it fits; in a function so the source and cache bytes die with it. */
export function compile(): Script {
  const bytes = readFileSync(BUNDLE);
  const sum = checksum(bytes);
  const source = bytes.toString('utf8');
  const cached = cachedData(sum);
  const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData: cached });
  // What became of the cache, for the test that keeps it working.
  (globalThis as { __waveplanCodeCache?: string }).__waveplanCodeCache =
    cached === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  // The build (esbuild.js) runs one lint with this set: the cache holds every function that lint compiled.
  if (process.env.WAVEPLAN_WRITE_CODE_CACHE === CACHE) {
    process.on('exit', () =>
      writeFileSync(CACHE, Buffer.concat([Buffer.from(sum, 'latin1'), script.createCachedData()])),
    );
  }
  return script;
}
