// JSON mistakes as agents make them: comments and trailing commas blanked out (offsets kept), the first syntax
// error located and explained in words, and where a JSON value ends when more text follows it.

/**
 * The same text with `//` and `/* *\/` comments and trailing commas blanked out (lengths and line breaks kept, so
 * offsets still match the original), for JSON written by hand or by agents that think JSON allows them.
 */
export function relaxJson(text: string): string {
  const out = text.split('');
  const n = text.length;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  let lastComma = -1;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      lastComma = -1;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      blank(i, end === -1 ? n : end);
      i = end === -1 ? n : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      blank(i, end === -1 ? n : end + 2);
      i = end === -1 ? n : end + 1;
    } else if (c === ',') {
      lastComma = i;
    } else if ((c === '}' || c === ']') && lastComma !== -1) {
      out[lastComma] = ' ';
      lastComma = -1;
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') {
      lastComma = -1;
    }
  }
  return out.join('');
}

/**
 * Offset of the first JSON syntax error, for messages that do not carry a position (`Unexpected token ']', "…" is
 * not valid JSON`). Callers must have bounded the nesting depth first.
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const literal = (word: string) => {
    if (!text.startsWith(word, i)) return false;
    i += word.length;
    return true;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) return false;
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= n) return false;
    i++;
    return true;
  };
  const number = (): boolean => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  const list = (close: string, item: () => boolean): boolean => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return true;
    }
    for (;;) {
      if (!item()) return false;
      ws();
      if (text[i] === close) {
        i++;
        return true;
      }
      if (text[i] !== ',') return false;
      i++;
      ws();
    }
  };
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{') {
      return list('}', () => {
        if (!string()) return false;
        ws();
        if (text[i] !== ':') return false;
        i++;
        return value();
      });
    }
    if (c === '[') return list(']', value);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  if (!value()) return Math.min(i, n);
  ws();
  return i < n ? i : -1;
}

/** Where the text after a complete JSON value starts, when JSON.parse says that is its only problem. */
export function jsonHeadEnd(text: string): number | undefined {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return undefined;
  } catch (err) {
    const m = /after JSON at position (\d+)/.exec(err instanceof Error ? err.message : '');
    return m ? Number(m[1]) + (text.charCodeAt(0) === 0xfeff ? 1 : 0) : undefined;
  }
}

/** JSON.parse is stricter than YAML (comments, single quotes, trailing commas): its first complaint, located and explained. */
export function strictJsonError(text: string): { offset: number; message: string } | undefined {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return undefined;
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const message = raw
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    const pos = /position (\d+)/.exec(raw);
    // V8 leaves the position out of some messages (`Unexpected token ']', "…" is not valid JSON`).
    const offset = pos ? Number(pos[1]) + (text.charCodeAt(0) === 0xfeff ? 1 : 0) : jsonErrorOffset(text);
    if (offset < 0) return { offset: 0, message };
    if (offset >= text.trimEnd().length)
      return { offset, message: 'the text ends before the JSON is complete (truncated?)' };
    if (text.startsWith('//', offset) || text.startsWith('/*', offset))
      return { offset, message: 'comments are not allowed in JSON' };
    const before = /,\s*$/.exec(text.slice(Math.max(0, offset - 200), offset));
    if (before && (text[offset] === '}' || text[offset] === ']')) {
      return { offset: offset - before[0].length, message: `trailing comma before \`${text[offset]}\`` };
    }
    return { offset, message };
  }
}
