// Heap and compiler tuning of the `waveplan` process, imported first by main.ts so that it runs before the other
// modules load.
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

// Only in the CLI process itself, whose main module is this file's bundle: a test that imports main.ts must not tune
// its own runner's heap.
const cliProcess = require.main?.filename === __filename;

// V8's young generation starts at 1 MB and doubles each time it fills. Reading plans keeps most of what it allocates,
// so every early scavenge copied the facts read so far: 26 scavenges on 10,000 efforts. Growing it 16-fold at once
// leaves 15, for about 5% less CPU and the same peak RSS (this flag is read at each growth, so setting it here
// works; the minimum size is not, it is fixed when the heap is made).
if (cliProcess) setFlagsFromString('--semi-space-growth-factor=16');

// A lint is one pass over code that is still warming up: TurboFan's inlining made its optimized functions costlier to
// compile (read, buildOutline, readOne: 80-200 ms each, some twice) than they ran faster before the process ended.
// Without it the lint of 10,000 efforts takes ~8-12% less CPU, and no more on the 50,000-effort file or the
// 100,000-effort cycle. Read at each compilation, so setting it here works; the editor's host keeps V8's defaults.
if (cliProcess) setFlagsFromString('--no-turbo-inlining');

// Reading one big file keeps its intermediates (lines, blocks, headings) alive through the scavenges of that read, so
// they are promoted to the old generation and die there; V8 then lets the old generation grow to ~4× its last live
// size before it collects. One full collection after such a file returns them at once (50,000 efforts in one 4 MB
// file: peak RSS 266 → 209 MB, the same CPU). Plans of ordinary size never reach the threshold.
const BIG_FILE_BYTES = 1024 * 1024;
// Made at the first big file: the context it needs cost every run ~5-10 ms of start-up, and most lints read none.
let collect: (() => void) | undefined | null = cliProcess ? null : undefined;

function gcFunction(): (() => void) | undefined {
  setFlagsFromString('--expose-gc');
  // A new context sees the flag; the current one was made before it.
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

/** Called after a file's bytes are read into the engine. */
export function afterRead(bytes: number): void {
  if (collect === undefined || bytes < BIG_FILE_BYTES) return;
  collect ??= gcFunction();
  collect?.();
}
