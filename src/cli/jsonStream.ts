// JSON output written piece by piece: a 100,000-diagnostic lint never builds one giant string (V8 caps strings
// at ~512 MB: "Invalid string length"), and memory holds one item's text at a time.

export interface StreamedArray<T = unknown> {
  items: Iterable<T>;
  toJson: (item: T) => unknown;
  /** The item's text as JSON.stringify(toJson(item)) gives it, written without the object where that is known. */
  toText?: (item: T) => string;
}

/** One array to stream: its items and how each becomes JSON (or its JSON text, when `toText` is given). */
export function streamed<T>(
  items: Iterable<T>,
  toJson: (item: T) => unknown,
  toText?: (item: T) => string,
): StreamedArray {
  return { items, toJson, toText } as StreamedArray;
}

const MARK = '\u0000waveplan-array-';

/** A placeholder for `skeleton` whose value writeStreamedJson replaces with a streamed array. */
export function arrayMark(name: string): string {
  return `${MARK}${name}`;
}

/**
 * Writes `skeleton` as pretty JSON (2 spaces), except that each string `arrayMark(name)` in it is written as the
 * array `arrays[name]`, one item per line.
 */
export function writeStreamedJson(
  write: (text: string) => void,
  skeleton: unknown,
  arrays: Record<string, StreamedArray>,
): void {
  const out = batched(write);
  const text = JSON.stringify(skeleton, null, 2);
  const quotedMark = JSON.stringify(MARK).slice(0, -1); // `"\u0000waveplan-array-`, as JSON writes it
  let at = 0;
  for (let i = text.indexOf(quotedMark); i !== -1; i = text.indexOf(quotedMark, at)) {
    const end = text.indexOf('"', i + quotedMark.length);
    const name = text.slice(i + quotedMark.length, end);
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const indent = /^ */.exec(text.slice(lineStart))![0].length;
    out(text.slice(at, i));
    writeArray(out, arrays[name], indent);
    at = end + 1;
  }
  out(text.slice(at) + '\n');
  out.flush();
}

/** Pieces gathered into writes of about 64 KB: one write per finding (100,000 of them) costs a syscall each. */
function batched(write: (text: string) => void): ((text: string) => void) & { flush(): void } {
  let pending = '';
  const out = (text: string) => {
    pending += text;
    if (pending.length >= 65_536) {
      write(pending);
      pending = '';
    }
  };
  out.flush = () => {
    if (pending) write(pending);
    pending = '';
  };
  return out;
}

function writeArray(out: (text: string) => void, array: StreamedArray, indent: number): void {
  const pad = ' '.repeat(indent + 2);
  const { items, toJson, toText } = array;
  const text = (item: unknown) => (toText ? toText(item) : JSON.stringify(toJson(item)));
  let first = true;
  if (Array.isArray(items)) {
    // By index: under the CLI's V8 flags each `for…of` step allocates an iterator result (100,000 findings).
    for (let i = 0; i < items.length; i++) {
      out(`${first ? '[\n' : ',\n'}${pad}${text(items[i])}`);
      first = false;
    }
  } else
    for (const item of items) {
      out(`${first ? '[\n' : ',\n'}${pad}${text(item)}`);
      first = false;
    }
  out(first ? '[]' : `\n${' '.repeat(indent)}]`);
}
