// V8 flags of the `waveplan` process, set by the bin (src/cli/bin.ts) before it compiles the CLI: V8 accepts a code
// cache only under the flags it was made with, so they are set once, before anything is compiled.
export const PROCESS_FLAGS = [
  // V8's young generation starts at 1 MB and grows when most of what it holds survives, up to 16 MB per semi-space:
  // 32 MB of resident memory, as its two semi-spaces alternate. Reading many small plans keeps each file's result but
  // little else, so the CLI keeps the 1 MB it starts with (factor 1: no growth): peak RSS of 100,000 small files
  // 351 → 328 MB, of 1,000 files of 10 efforts 130 → 101 MB, CPU within the noise. A big file is different: all its
  // facts and the reader's intermediates survive its read, and at 1 MB every early scavenge copied them again (the
  // 100,000-effort cycle took 875 scavenges and ~25% more CPU). Before such a file the young generation grows once,
  // to 8 MB (heap.ts, beforeRead; this flag is read at each growth, so changing it later works; the sizes are not).
  '--semi-space-growth-factor=1',
  // A lint is one pass over code that is still warming up: TurboFan's inlining made its optimized functions costlier
  // to compile (read, buildOutline, readOne: 80-200 ms each, some twice) than they ran faster before the process
  // ended. Without it the lint of 10,000 efforts takes ~8-12% less CPU, and no more on the 50,000-effort file or the
  // 100,000-effort cycle. The editor's host keeps V8's defaults.
  '--no-turbo-inlining',
  // For the same reason: TurboFan's compiles on its background threads were ~35-40% of a 10,000-effort lint's CPU
  // (~300 functions, none above ~10% of it). Without loop peeling and escape analysis they cost ~10% less, and the
  // lint ~4-5% less CPU; the 50,000-effort file and the 100,000-effort cycle within the noise (0.97-1.00), same RSS.
  '--no-turbo-loop-peeling',
  '--no-turbo-escape',
];
