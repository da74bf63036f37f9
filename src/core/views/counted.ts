// "1 file", "2 files": a count with its noun, for every sentence Waveplan prints.
import { formatCount } from '../model/numbers';

/** `n` and the noun, plural unless n is 1 (`plural` for nouns that do not just take an s). */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}
