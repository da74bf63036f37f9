// Mutations of plan files for the fuzzer: seeded, so a case is reproduced from (seed, case number) alone.

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];

const UNICODE = [
  '\u202e',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\u0000',
  'é',
  '🌊',
  '\u2028',
  '\r',
  '\t',
  '\uffff',
];
const BROKEN_BLOCKS = [
  '```json\n{"effort_id": "1.1.9", "depends_on": [\n```\n',
  '```yaml\neffort_id: [1.1.9\n  depends_on: {a: \n```\n',
  '---\nwave: [\n',
  '```json\n' + '['.repeat(300) + '\n```\n',
  '{\n' + 'a: b: c\n'.repeat(300),
];
const LINES = [
  '### E1.1.1: again',
  '**Dependencies**: E1.1.2, E9.9.9, Phase 3',
  '**Size Estimate**: 99999 lines',
  '## Wave 1',
  '# Phase 1',
  '| E1.1.1 | E1.1.2 | x |',
  'W1E1 --> W1E2',
  '- E1.1.1',
  '[a]: 1',
  'a: &x [*x]',
  '```mermaid',
  '```',
];

/** Line-level and byte-level mutations; each returns new bytes. */
const MUTATIONS: Array<[string, (b: Buffer, r: Rand) => Buffer]> = [
  [
    'byte flips',
    (b, r) => {
      const out = Buffer.from(b);
      for (let i = 0, n = 1 + int(r, 8); i < n && out.length; i++) out[int(r, out.length)] = int(r, 256);
      return out;
    },
  ],
  ['truncate', (b, r) => b.subarray(0, int(r, b.length + 1))],
  ['duplicate a line', (b, r) => lines(b, r, (ls, i) => ls.splice(i, 0, ls[i]))],
  ['delete a line', (b, r) => lines(b, r, (ls, i) => ls.splice(i, 1))],
  [
    'swap lines',
    (b, r) =>
      lines(b, r, (ls, i) => {
        const j = int(r, ls.length);
        [ls[i], ls[j]] = [ls[j], ls[i]];
      }),
  ],
  ['unicode', (b, r) => text(b, (t) => insertAt(t, int(r, t.length + 1), pick(r, UNICODE).repeat(1 + int(r, 3))))],
  ['CRLF / CR', (b, r) => text(b, (t) => t.replace(/\n/g, r() < 0.5 ? '\r\n' : '\r'))],
  [
    'BOM',
    (b, r) =>
      Buffer.concat([
        Buffer.from(
          pick(r, [
            [0xef, 0xbb, 0xbf],
            [0xff, 0xfe],
            [0xfe, 0xff],
            [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
          ]),
        ),
        b,
      ]),
  ],
  [
    'UTF-16',
    (b, r) => {
      const le = Buffer.from(b.toString('utf8'), 'utf16le');
      return r() < 0.5 ? le : Buffer.from(le).swap16();
    },
  ],
  ['broken JSON/YAML block', (b, r) => text(b, (t) => insertAt(t, lineStart(t, r), pick(r, BROKEN_BLOCKS)))],
  [
    'very long line',
    (b, r) =>
      text(b, (t) => insertAt(t, lineStart(t, r), `**Dependencies**: ${'E1.1.2 '.repeat(1000 + int(r, 30000))}\n`)),
  ],
  [
    'deep nesting',
    (b, r) =>
      text(b, (t) =>
        insertAt(t, lineStart(t, r), `${pick(r, ['[', '{', '- ', '  '])}`.repeat(50 + int(r, 2000)) + '\n'),
      ),
  ],
  [
    'huge dependency list',
    (b, r) =>
      text(b, (t) =>
        insertAt(
          t,
          lineStart(t, r),
          `**Dependencies**: ${Array.from({ length: 100 + int(r, 5000) }, (_, i) => `E${1 + (i % 9)}.${1 + (i % 97)}.${1 + (i % 991)}`).join(pick(r, [', ', ' ', ';']))}\n`,
        ),
      ),
  ],
  [
    'repeated headings',
    (b, r) =>
      text(b, (t) => insertAt(t, lineStart(t, r), `### E1.1.${1 + int(r, 5)}: copy\n`.repeat(10 + int(r, 3000)))),
  ],
  [
    'mermaid edges',
    (b, r) =>
      text(b, (t) =>
        insertAt(
          t,
          lineStart(t, r),
          '```mermaid\ngraph TD\n' +
            Array.from(
              { length: 5 + int(r, 300) },
              () =>
                `W${int(r, 9)}E${int(r, 9)}[${int(r, 3)}.${int(r, 3)}.${int(r, 9)}: x] --> W${int(r, 9)}E${int(r, 9)}`,
            ).join('\n') +
            '\n```\n',
        ),
      ),
  ],
  ['known line', (b, r) => lines(b, r, (ls, i) => ls.splice(i, 0, pick(r, LINES)))],
];

function text(b: Buffer, f: (t: string) => string): Buffer {
  return Buffer.from(f(b.toString('utf8')), 'utf8');
}

function lines(b: Buffer, r: Rand, f: (ls: string[], i: number) => void): Buffer {
  const ls = b.toString('utf8').split('\n');
  f(ls, int(r, ls.length));
  return Buffer.from(ls.join('\n'), 'utf8');
}

function insertAt(t: string, at: number, s: string): string {
  return t.slice(0, at) + s + t.slice(at);
}

function lineStart(t: string, r: Rand): number {
  return t.lastIndexOf('\n', int(r, t.length + 1)) + 1;
}

/** One to three mutations of `seedBytes`; returns the bytes and the names of what was done. */
export function mutate(seedBytes: Buffer, r: Rand): { bytes: Buffer; applied: string[] } {
  let bytes = seedBytes;
  const applied: string[] = [];
  for (let i = 0, n = 1 + int(r, 3); i < n; i++) {
    const [name, f] = pick(r, MUTATIONS);
    bytes = f(bytes, r);
    applied.push(name);
  }
  // Bounded so that a case stays a case (the scale benchmark covers size).
  return { bytes: bytes.length > 4_000_000 ? bytes.subarray(0, 4_000_000) : bytes, applied };
}
