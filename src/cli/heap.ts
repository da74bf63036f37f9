// Heap tuning of the `waveplan` process around big files (its V8 flags are set by the bin: processFlags.ts).
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

// Only in the CLI process itself, whose main module is this file's bundle (the bin runs it as the main module): a test
// that imports main.ts must not tune its own runner's heap.
const cliProcess = require.main?.filename === __filename;

// Reading one big file keeps its intermediates (lines, blocks, headings) alive through the scavenges of that read, so
// they are promoted to the old generation and die there; V8 then lets the old generation grow to ~4× its last live
// size before it collects. One full collection after such a file returns them at once (50,000 efforts in one 4 MB
// file: peak RSS 266 → 209 MB, the same CPU). Plans of ordinary size never reach the threshold (the largest real
// plans are ~40 KB). Half a megabyte, not one: a dependency list of 100,000 ids (0.96 MB) kept the 1 MB young
// generation and took 318 scavenges, each copying the findings made since the last (44 at 8 MB; CPU 0.94×).
const BIG_FILE_BYTES = 512 * 1024;
// Made at the first big file: the context it needs cost every run 2.3-3.6 ms of CPU, and most lints read none.
let collect: (() => void) | undefined | null = cliProcess ? null : undefined;

function gcFunction(): (() => void) | undefined {
  setFlagsFromString('--expose-gc');
  // A new context sees the flag; the current one was made before it.
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

let grown = false;
/** The old generation's growth while a big file is read, as V8's percent above its size (400: 5×). */
const READ_HEAP_GROWING_PERCENT = 400;

/**
 * Called before a file's bytes are read into the engine: before the first big file, the young generation grows from
 * 1 MB to 8 MB and no further. V8 grows it at the first collection after more than its size has survived, by the
 * factor the flag holds then; so it is made to grow now, with 8, and the factor is 1 again before the read. Growing
 * 16-fold whenever the read filled it (as before) reached 16 MB: 2 × 16 MB resident, for no less CPU (the
 * 100,000-effort cycle: peak RSS 283 → 272 MB, CPU 1.02× in 5 pairs; 50,000 efforts 186 → 177 MB, 0.99×).
 */
export function beforeRead(bytes: number): void {
  if (!cliProcess || bytes < BIG_FILE_BYTES) return;
  // A big file's read keeps nearly all it makes until the read ends: a full collection during it frees next to
  // nothing (the 100,000-effort cycle: 145 → 138 MB, ~100 ms, before afterRead's collection takes it to 92 MB). V8
  // sets the old generation's next limit at each full collection, to its live size times a factor of at most 4;
  // 5 while the file is read lets that read end before the limit. afterRead gives V8 its own factor back.
  setFlagsFromString(`--heap-growing-percent=${READ_HEAP_GROWING_PERCENT}`);
  if (grown) return;
  grown = true;
  collect ??= gcFunction();
  if (!collect) return setFlagsFromString('--semi-space-growth-factor=16');
  setFlagsFromString('--semi-space-growth-factor=8');
  // ~2.4 MB that survive young collections, then two of them: the second starts with the growth.
  const survivors: Array<{ n: number }> = [];
  for (let i = 0; i < 60_000; i++) survivors.push({ n: i });
  const minor = collect as (options: { type: 'minor' }) => void;
  minor({ type: 'minor' });
  minor({ type: 'minor' });
  survivors.length = 0;
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** Called after a file's bytes are read into the engine. */
export function afterRead(bytes: number): void {
  if (collect === undefined || bytes < BIG_FILE_BYTES) return;
  setFlagsFromString('--heap-growing-percent=0');
  collect ??= gcFunction();
  collect?.();
}
