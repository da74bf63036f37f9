// A size written as its parts: `450 (Go) + 400 (TypeScript)` is 850; a total with a breakdown into what the line
// counter counts and what it leaves out by default (tests, generated code, docs: README, Sizes) is the counted part,
// `900 (600 code + 300 tests)` is 600, `1,200 (of which 900 generated)` 300, `~1,000 total, ~550 excluding tests` 550.
// The limit restated alone, `<800`, is no estimate. Estimates are checked against the limit the measured size must
// keep, and that size leaves these out: an estimate counting them would be an error the measurement never gives.

// What the line counter leaves out by default (its exclude groups), as plans name it.
const NOT_COUNTED =
  /\b(?:tests?|testing|unit tests|e2e|specs?|generated|codegen|protobuf|mocks?|docs?|documentation|readme|demos?|config(?:uration)?|fixtures?|testdata|vendor(?:ed)?|lock ?files?)\b/i;
// No two blank runs side by side anywhere below (a long run of blanks would backtrack quadratically).
const FIGURE = String.raw`(?:~\s*)?(\d{1,3}(?:,\d{3})+|\d+)`;
// The unit and the blanks after the figure: `\s*` once, the unit's own blanks after it.
const UNIT = String.raw`\s*(?:(?:lines?|loc)\b\s*)?`;
// One part: a figure, maybe its unit, and what it counts, in brackets or as up to three words.
const PART = new RegExp(String.raw`${FIGURE}${UNIT}(?:\(([^()]{1,40})\)|((?:[\p{L}][\p{L}\d/.-]*\s*){1,3}))?`, 'uy');
const LIMIT_ONLY = /^\s*[<≤]\s*\d[\d,]*\s*(?:(?:lines?|loc)\s*)?$/i;
const OF_WHICH = new RegExp(String.raw`^\s*${FIGURE}${UNIT}\(\s*of which\s+${FIGURE}${UNIT}([^)]{1,40})\)`, 'iu');
const EXCLUDING = new RegExp(
  String.raw`[,;(]\s*${FIGURE}${UNIT}(?:excluding|excl\.?|without|not counting)\s+([^,;)]{1,60})`,
  'iu',
);

// values.ts's Found (not imported: values.ts imports this file).
interface Found {
  value: number;
  start: number;
  end: number;
}

interface Part {
  value: number;
  start: number;
  end: number;
  counted: boolean;
}

/** The estimate of a size written as parts, `{}` for a restated limit alone, undefined for any other size. */
export function sizeOfParts(text: string): { estimated?: Found; actual?: Found } | undefined {
  if (LIMIT_ONLY.test(text)) return {};
  if (text.indexOf('+') >= 0) {
    const inner = breakdown(text);
    if (inner) return inner;
    const sum = partsFrom(text, 0);
    if (sum) return { estimated: total(sum) };
  }
  const of = /of which/i.test(text) ? OF_WHICH.exec(text) : null;
  if (of && NOT_COUNTED.test(of[3])) {
    const start = text.indexOf(of[1]);
    return { estimated: { value: num(of[1]) - num(of[2]), start, end: start + of[1].length } };
  }
  const excl = EXCLUDING.exec(text);
  if (excl && NOT_COUNTED.test(excl[2])) {
    const start = excl.index + excl[0].indexOf(excl[1]);
    return { estimated: { value: num(excl[1]), start, end: start + excl[1].length } };
  }
  return undefined;
}

const BREAKDOWN = new RegExp(String.raw`^\s*${FIGURE}${UNIT}\(`, 'u');

/** `900 (600 code + 300 tests)`: the total's counted parts, when its note splits it and leaves some out. */
function breakdown(text: string): { estimated: Found } | undefined {
  const m = BREAKDOWN.exec(text);
  if (!m) return undefined;
  const parts = partsFrom(text, m[0].length, ')');
  if (!parts || parts.every((p) => p.counted)) return undefined;
  return { estimated: total(parts) };
}

/** The `+`-joined parts from `at` to the end (or to `close`), each labelled; undefined unless two or more. */
function partsFrom(text: string, at: number, close?: string): Part[] | undefined {
  const parts: Part[] = [];
  let i = at;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  for (;;) {
    PART.lastIndex = i;
    const p = PART.exec(text);
    if (!p) return undefined;
    const lead = p[0].length - p[0].trimStart().length;
    const start = p.index + p[0].indexOf(p[1], lead);
    const label = p[2] ?? p[3] ?? '';
    parts.push({ value: num(p[1]), start, end: start + p[1].length, counted: !NOT_COUNTED.test(label) });
    i = PART.lastIndex;
    while (text.charCodeAt(i) === 0x20) i++;
    if (text[i] !== '+') break;
    i++;
    while (text.charCodeAt(i) === 0x20) i++;
  }
  const rest = text.slice(i).trim();
  const ends = close ? rest.startsWith(close) : rest === '' || /^(?:lines?|loc)?\s*(?:total)?\s*$/i.test(rest);
  return parts.length >= 2 && ends ? parts : undefined;
}

/** The sum of the counted parts, located from the first counted figure to the last. */
function total(parts: Part[]): Found {
  const counted = parts.filter((p) => p.counted);
  const used = counted.length ? counted : parts;
  return {
    value: counted.reduce((s, p) => s + p.value, 0),
    start: used[0].start,
    end: used[used.length - 1].end,
  };
}

function num(digits: string): number {
  return Number(digits.replace(/,/g, ''));
}
