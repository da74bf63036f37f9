// The first heading of a file written exactly like a given one, so that a file that repeats a heading (one may repeat
// one 500,000 times) parses its text once. Most effort headings lead with an id in increasing order (`E1.1.7: x`):
// such a heading can repeat no earlier one, and is kept in a sorted list instead of a Map of every heading's text
// (hashing each text and growing a Map of 100,000 entries was a quarter of buildOutline's time on a 100,000-effort plan).

/** Headings as this module reads them: their text. */
interface Texted {
  text: string;
}

export class HeadingRepeats<H extends Texted> {
  /** Headings that lead with an id, each above all earlier ones: in increasing order of idKey, no two the same. */
  private readonly rising: H[] = [];
  /** idKey of the last heading of `rising`. */
  private risingKey = -1;
  /** The others, by text: headings without a leading id, and ids written out of order. */
  private readonly byText = new Map<string, H>();

  /** The first heading written like `h`, or undefined when `h` is the first (then it is kept for the later ones). */
  firstLike(h: H): H | undefined {
    const key = idKey(h.text);
    if (key > this.risingKey) {
      this.rising.push(h);
      this.risingKey = key;
      return undefined;
    }
    // The same text has the same key: a heading of the rising list with another key is not written like this one.
    const same = key >= 0 ? this.risingWithKey(key) : undefined;
    if (same !== undefined && same.text === h.text) return same;
    const first = this.byText.get(h.text);
    if (first === undefined) this.byText.set(h.text, h);
    return first;
  }

  private risingWithKey(key: number): H | undefined {
    const hs = this.rising;
    let lo = 0;
    let hi = hs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = idKey(hs[mid].text);
      if (k === key) return hs[mid];
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** A number for the id a text leads with, `E1.2.3…` (1–3 digits each; the same text has the same number), or -1. */
export function idKey(text: string): number {
  if (text.charCodeAt(0) !== 69 /* E */) return -1;
  let key = 0;
  let i = 1;
  for (let part = 0; part < 3; part++) {
    if (part > 0) {
      if (text.charCodeAt(i) !== 46 /* . */) return -1;
      i++;
    }
    let n = 0;
    const start = i;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57 && i - start < 3; c = text.charCodeAt(++i)) n = n * 10 + c - 48;
    if (i === start) return -1;
    key = key * 1000 + n;
  }
  return key;
}
