// Canonical effort ids: every way real plans write `5.1.1` becomes `E5.1.1`; efforts without a number keep a slug.

/** What follows an effort's id to name one part of its split (`-split-001`, `--split-2`, `_split_003`); group: the part. */
export const SPLIT_SUFFIX = String.raw`[-_]{1,2}split[-_]?0*(\d{1,3})(?!\d)`;

/**
 * `P1W2-E1`, `P1-W2-E1`: phase 1, wave 2, effort 1, as one generation of orchestrator plans numbers its efforts
 * (`**Effort ID**: P1W2-E6`, branches `phase1/wave2/P1W2-E1-builder`). Groups: phase, wave, effort.
 */
export const PHASE_WAVE_EFFORT = String.raw`P(\d{1,3})-?W(\d{1,3})-?E(\d{1,3})(?!\d)`;

/**
 * What may follow an effort's three numbers and still be its id: a letter (`E2.1.3a`, `2.1.3b`: parts a plan split an
 * effort into) or, after a written `E`, a fourth number (`E5.1.5.1`). Such an id is no numbered id (parseEffortId reads
 * none): it is written as the plan writes it, `E` first (suffixedId), and placed by its first two numbers (idWave).
 * No group of its own.
 */
export const ID_SUFFIX = String.raw`(?:[a-z](?![\w])|(?<=E-?\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}(?![\d.]))`;

const SUFFIXED = /^E(\d{1,3})\.(\d{1,3})\.\d{1,3}(?:[a-z]|\.\d{1,3})$/;

/** `E2.1.3a`, `E5.1.5.1` as written after the numbers `2.1.3` (its letter, or its whole fourth part with the dot). */
export function suffixedId(phase: number, wave: number, n: number, suffix: string): string {
  return `E${phase}.${wave}.${n}${suffix}`;
}

/** The phase and wave of a numbered or suffixed id (`E2.1.3a`: wave 2.1), else undefined. */
export function idWave(id: string): { phase: number; wave: number } | undefined {
  const p = parseEffortId(id);
  if (p) return p;
  const m = SUFFIXED.exec(id);
  return m ? { phase: Number(m[1]), wave: Number(m[2]) } : undefined;
}

const NUMBERED = new RegExp(
  String.raw`(?:^|[^\w.])(?:(?:E|Effort[\s-]*|effort[-_]?)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})(${ID_SUFFIX})?(?![\d])|${PHASE_WAVE_EFFORT})`,
  'i',
);

/**
 * `5.1.1`, `E5.1.1`, `Effort 5.1.1`, `effort-5.1.1`, `W1E1[5.1.1: …]`, `E2.1.1-image-builder`, `P5W1-E1` → `E5.1.1`;
 * `2.1.3a` → `E2.1.3a`, `E5.1.5.1` as it is (ID_SUFFIX).
 */
export function canonicalEffortId(raw: string): string | undefined {
  // `5.1.1` as JSON blocks write it, and the forms plainIdOf knows, need no pattern: the pattern reads them the same.
  if (canonicalDigitsEnd(raw, 0) === raw.length) return `E${raw}`;
  const plain = plainIdOf(raw);
  if (plain) return plain;
  const m = NUMBERED.exec(raw);
  if (!m) return undefined;
  if (m[1] === undefined) return `E${Number(m[5])}.${Number(m[6])}.${Number(m[7])}`;
  if (m[4] !== undefined) return suffixedId(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  return `E${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
}

/** The phase/wave/number of a canonical numbered id. */
type EffortNumbers = { phase: number; wave: number; n: number };

export function parseEffortId(id: string): EffortNumbers | undefined {
  // By hand, as /^E(\d+)\.(\d+)\.(\d+)$/ would: sorting and merging call this for every comparison.
  if (id.charCodeAt(0) !== 69 /* E */) return undefined;
  const a = digitsEnd(id, 1);
  if (a === 1 || id.charCodeAt(a) !== 46 /* . */) return undefined;
  const b = digitsEnd(id, a + 1);
  if (b === a + 1 || id.charCodeAt(b) !== 46) return undefined;
  const c = digitsEnd(id, b + 1);
  if (c === b + 1 || c !== id.length) return undefined;
  return { phase: digitsValue(id, 1, a), wave: digitsValue(id, a + 1, b), n: digitsValue(id, b + 1, c) };
}

/**
 * packedIdKey of the numbers parseEffortId reads, without an object for them: -1 for an id that is not numbered, NaN
 * past the packing. Sorting a merge's 10,000 efforts parsed each id into an object that died at once.
 */
export function numberedIdKey(id: string): number {
  if (id.charCodeAt(0) !== 69 /* E */) return -1;
  const a = digitsEnd(id, 1);
  if (a === 1 || id.charCodeAt(a) !== 46 /* . */) return -1;
  const b = digitsEnd(id, a + 1);
  if (b === a + 1 || id.charCodeAt(b) !== 46) return -1;
  const c = digitsEnd(id, b + 1);
  if (c === b + 1 || c !== id.length) return -1;
  return packedIdKey(digitsValue(id, 1, a), digitsValue(id, a + 1, b), digitsValue(id, b + 1, c));
}

/** Bounds of the numbers packed into one id key: 12 bits of phase, 20 of wave, 20 of effort number (exact in a double). */
const KEY_PHASES = 2 ** 12;
const KEY_WAVES = 2 ** 20;
const KEY_NUMBERS = 2 ** 20;

/**
 * Phase, wave and number in one number that sorts as compareEffortIds sorts numbered ids; NaN past the packing
 * (a fuzzer's id).
 */
export function packedIdKey(phase: number, wave: number, n: number): number {
  if (phase >= KEY_PHASES || wave >= KEY_WAVES || n >= KEY_NUMBERS) return NaN;
  return (phase * KEY_WAVES + wave) * KEY_NUMBERS + n;
}

/** The phase of a packed id key. */
export function keyPhase(key: number): number {
  return Math.floor(key / (KEY_WAVES * KEY_NUMBERS));
}

/** The wave of a packed id key. */
export function keyWave(key: number): number {
  return Math.floor(key / KEY_NUMBERS) % KEY_WAVES;
}

/** The effort number of a packed id key. */
export function keyNumber(key: number): number {
  return key % KEY_NUMBERS;
}

/** The packed keys of wave `phase.wave`'s ids, [first, end); undefined past the packing (no id of it packs). */
export function waveKeyRange(phase: number, wave: number): [number, number] | undefined {
  const first = packedIdKey(phase, wave, 0);
  return Number.isNaN(first) ? undefined : [first, first + KEY_NUMBERS];
}

/** The packed keys of phase `phase`'s ids, [first, end); undefined past the packing (no id of it packs). */
export function phaseKeyRange(phase: number): [number, number] | undefined {
  const first = packedIdKey(phase, 0, 0);
  return Number.isNaN(first) ? undefined : [first, first + KEY_WAVES * KEY_NUMBERS];
}

/**
 * The packed key (packedIdKey) of an id written as canonicalEffortId writes numbered ids (`E1.2.3`: no leading zero),
 * or -1 for any other string, including `E01.2.3`: between such ids and keys each is the other's one match, so a key
 * can stand for the id when looking it up. A character loop: the merge reads every effort's id through here.
 */
export function canonicalIdKey(id: string): number {
  if (id.charCodeAt(0) !== 69 /* E */) return -1;
  const a = digitsEnd(id, 1);
  if (id.charCodeAt(a) !== 46 /* . */ || !isNumeral(id, 1, a)) return -1;
  const b = digitsEnd(id, a + 1);
  if (id.charCodeAt(b) !== 46 || !isNumeral(id, a + 1, b)) return -1;
  const c = digitsEnd(id, b + 1);
  if (c !== id.length || !isNumeral(id, b + 1, c)) return -1;
  const key = packedIdKey(digitsValue(id, 1, a), digitsValue(id, a + 1, b), digitsValue(id, b + 1, c));
  return Number.isNaN(key) ? -1 : key;
}

/** Whether text[from, to) is a number as canonical ids write it: 1–7 digits (more cannot pack), no leading zero. */
function isNumeral(text: string, from: number, to: number): boolean {
  const zero = 48;
  return to > from && to - from <= 7 && (to - from === 1 || text.charCodeAt(from) !== zero);
}

/**
 * The id a reference written in the commonest shapes names: `E5.1.1` exactly as canonicalEffortId writes it (1–3
 * digits, no leading zero), or `effort:5.1.1` as JSON blocks write it; undefined for anything else (read it fully).
 * A character loop: every reference of every plan goes through here before any pattern.
 */
export function plainIdOf(raw: string): string | undefined {
  if (raw.charCodeAt(0) === 69 /* E */) return canonicalDigitsEnd(raw, 1) === raw.length ? raw : undefined;
  if (!raw.startsWith('effort:')) return undefined;
  return canonicalDigitsEnd(raw, 7) === raw.length ? `E${raw.slice(7)}` : undefined;
}

/** Where `1.2.3` (three numbers of 1–3 digits without a leading zero) starting at `from` ends, or -1. */
function canonicalDigitsEnd(text: string, from: number): number {
  let i = from;
  for (let part = 0; part < 3; part++) {
    if (part > 0) {
      if (text.charCodeAt(i) !== 46 /* . */) return -1;
      i++;
    }
    const start = i;
    i = digitsEnd(text, i);
    if (i === start || i - start > 3 || (i - start > 1 && text.charCodeAt(start) === 48) /* 0 */) return -1;
  }
  return i;
}

function digitsEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i));
  return i;
}

/** Number(text.slice(from, to)) for ASCII digits, without the slice while the value is exact. */
function digitsValue(text: string, from: number, to: number): number {
  if (to - from > 15) return Number(text.slice(from, to));
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + text.charCodeAt(i) - 48;
  return v;
}

/** A stable id for an effort that has no number: `wave-planning`, `Effort 1 Docker Client` → `effort-1-docker-client`. */
export function slugId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'effort';
}

// `e1-1-1-` (a slug of `E1.1.1: Charge API`) before a name is its id, not part of it.
const SLUG_ID_PREFIX = /^(?:e|effort-?)?\d{1,3}-\d{1,3}-\d{1,3}(?:-|$)/;

/** An effort's name as records match it: case, `-`/`_`/spaces and a leading id do not tell names apart. */
export function nameKey(name: string): string | undefined {
  const key = slugId(name).replace(SLUG_ID_PREFIX, '');
  return key && key !== 'effort' ? key : undefined;
}

/** Canonical id from a numbered form if there is one, else the slug. */
export function effortIdFrom(raw: string): string {
  return canonicalEffortId(raw) ?? slugId(raw);
}

/** A wave as one number while phase and wave fit (no string per effort of a 10,000-effort scan), else `phase.wave`. */
export function waveKey(phase: number, wave: number): number | string {
  return phase < 2 ** 20 && wave < 2 ** 20 ? phase * 2 ** 20 + wave : `${phase}.${wave}`;
}

/** The highest effort number of each wave (by waveKey) among the numbered ids. */
export function highestNumbers(ids: Iterable<string>): Map<number | string, number> {
  const highest = new Map<number | string, number>();
  for (const id of ids) {
    const p = parseEffortId(id);
    if (!p) continue;
    const key = waveKey(p.phase, p.wave);
    if (p.n > (highest.get(key) ?? 0)) highest.set(key, p.n);
  }
  return highest;
}

export function waveId(phase: number, wave: number): string {
  return `W${phase}.${wave}`;
}

/** Sorts `E1.2.10` after `E1.2.9`; slugs after numbered ids. */
export function compareEffortIds(a: string, b: string): number {
  return compareParsedIds(a, parseEffortId(a), b, parseEffortId(b));
}

/** compareEffortIds of two ids already parsed (`pa` is parseEffortId(a)). */
export function compareParsedIds(
  a: string,
  pa: EffortNumbers | undefined,
  b: string,
  pb: EffortNumbers | undefined,
): number {
  if (pa && pb) return pa.phase - pb.phase || pa.wave - pb.wave || pa.n - pb.n;
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const PWE_ANYWHERE = new RegExp(String.raw`(?<![\w.])${PHASE_WAVE_EFFORT}`, 'gi');

/**
 * Where a text writes `id` as `P1W2-E1` (any of its spellings): each mention's start, end, and where its effort number
 * starts. A fix that renumbers an effort rewrites only that number, keeping the plan's spelling.
 */
export function phaseWaveEffortMentions(
  text: string,
  id: string,
): Array<{ start: number; end: number; numberStart: number }> {
  const p = parseEffortId(id);
  const out: Array<{ start: number; end: number; numberStart: number }> = [];
  if (!p || !/[pP]\d/.test(text)) return out;
  PWE_ANYWHERE.lastIndex = 0;
  for (let m = PWE_ANYWHERE.exec(text); m; m = PWE_ANYWHERE.exec(text)) {
    if (Number(m[1]) !== p.phase || Number(m[2]) !== p.wave || Number(m[3]) !== p.n) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, numberStart: end - m[3].length });
  }
  return out;
}

/**
 * Where `text` first writes `id` as `P1W2-E1`, and `target` spelled the same way (`P1-W1-E2` → `P1-W2-E3`): what a fix
 * that points that mention at another effort writes there. Undefined when the text writes `id` in no such way.
 */
export function respelledMention(
  text: string,
  id: string,
  target: string,
): { start: number; end: number; text: string } | undefined {
  const m = phaseWaveEffortMentions(text, id)[0];
  const p = parseEffortId(target);
  if (!m || !p) return undefined;
  // The mention matched PHASE_WAVE_EFFORT: its three runs of digits are the phase, the wave and the effort.
  const numbers = [p.phase, p.wave, p.n];
  let i = 0;
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end).replace(/\d+/g, () => String(numbers[i++])) };
}
