// Effort names are untrusted text. Every label goes through escapeLabel, every node id through NodeIds.

// Characters that are inert inside a quoted Mermaid label. Everything else ASCII becomes an entity code.
const SAFE_ASCII = /^[A-Za-z0-9 .,_\-+/()'~]$/;
// Letters, digits and combining marks of any script are inert; symbols and emoji are encoded.
const SAFE_UNICODE = /^[\p{L}\p{N}\p{M}]$/u;
// Control, format (bidi overrides, zero-width), surrogate, private-use and unassigned code points.
const INVISIBLE = /\p{C}/gu;
const WHITESPACE = /[\s\u2028\u2029]+/gu;

/**
 * Text → the inside of a quoted Mermaid label. Mermaid turns `#60;` into `&#60;`, so quotes, brackets, `<`, `%`,
 * `#`, backticks, `:` and `;` (which trip Mermaid's own pre-processing of `style … ;` lines) never appear raw.
 * Newlines become spaces, so a name can never start a line of its own (`click`, `%%{init}`, `style`…).
 */
export function escapeLabel(text: string, maxLength = Infinity): string {
  const clean = plainLabel(text, maxLength);
  let out = '';
  for (const ch of clean) {
    if (ch.charCodeAt(0) < 128 ? SAFE_ASCII.test(ch) : SAFE_UNICODE.test(ch)) out += ch;
    else out += `#${ch.codePointAt(0)};`;
  }
  return out;
}

/** The visible text of a label: whitespace collapsed, invisible characters dropped, cut to maxLength code points. */
export function plainLabel(text: string, maxLength = Infinity): string {
  const flat = text.normalize('NFC').replace(WHITESPACE, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > maxLength
    ? `${chars
        .slice(0, Math.max(1, maxLength - 1))
        .join('')
        .trimEnd()}…`
    : flat;
}

/** `E5.1.1` → `E5_1_1`: Mermaid node ids are restricted to `[A-Za-z0-9_]`. */
export function sanitizeId(raw: string, maxLength = 60): string {
  const s = raw.replace(/[^A-Za-z0-9_]/g, '_').slice(0, maxLength);
  return s || '_';
}

/**
 * Hands out unique Mermaid node ids. A prefix keeps ids away from Mermaid keywords (`end`, `graph`, `click`) and from
 * edge syntax that reads a leading `o`/`x` as an arrow head.
 */
export class NodeIds {
  private readonly byKey = new Map<string, string>();
  private readonly used = new Set<string>();

  /** `readable`: what the id is made of when the key is long (a plan's path), else the key. */
  get(prefix: string, key: string, readable = key): string {
    const mapKey = `${prefix}\u0000${key}`;
    const existing = this.byKey.get(mapKey);
    if (existing) return existing;
    const base = prefix ? `${prefix}_${sanitizeId(readable)}` : sanitizeId(readable);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`;
    this.used.add(id);
    this.byKey.set(mapKey, id);
    return id;
  }
}
