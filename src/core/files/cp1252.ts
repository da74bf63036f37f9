// Windows-1252 tables and repair of UTF-8 text that went through a CP1252 decoder (`ðŸŒŠ` → 🌊, `â€”` → —).

/** Code points of bytes 0x80–0x9F in Windows-1252; the five undefined bytes map to C1 controls, as WHATWG does. */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Character → the byte a CP1252 (or Latin-1) decoder made it from, for bytes 0x80–0xFF. */
const TO_BYTE = new Map<number, number>();
for (let b = 0x80; b <= 0x9f; b++) TO_BYTE.set(b, b);
for (let b = 0x80; b <= 0x9f; b++) TO_BYTE.set(CP1252_HIGH[b - 0x80], b);
for (let b = 0xa0; b <= 0xff; b++) TO_BYTE.set(b, b);

const esc = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/** Characters that stand for UTF-8 continuation bytes 0x80–0xBF. */
const CONT_CLASS = [...TO_BYTE.entries()]
  .filter(([, byte]) => byte <= 0xbf)
  .map(([code]) => esc(code))
  .join('');
/** A lead byte 0xC2–0xF4 read as CP1252, then one to three continuation bytes. */
const CANDIDATE = new RegExp(`[\\u00c2-\\u00f4][${CONT_CLASS}]{1,3}`, 'g');
const ANY_LEAD = /[\u00c2-\u00f4]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * How much a decoded character says "this was mojibake": 2 for what real plans are full of (Latin-1 letters,
 * punctuation, arrows, box drawing, dingbats, emoji), 1 for other common scripts (Latin Extended-A, Greek,
 * Cyrillic, CJK punctuation), 0 for anything else.
 */
function evidence(code: number): number {
  if ((code >= 0xa0 && code <= 0xff) || (code >= 0x2000 && code <= 0x2bff) || (code >= 0xfe00 && code <= 0xfe0f))
    return 2;
  if (code >= 0x1f000 && code <= 0x1faff) return 2;
  if ((code >= 0x100 && code <= 0x17f) || (code >= 0x370 && code <= 0x4ff) || (code >= 0x3000 && code <= 0x303f))
    return 1;
  if (code >= 0xff00 && code <= 0xffef) return 1;
  return 0;
}

interface Candidate {
  index: number;
  length: number;
  replacement: string;
  evidence: number;
}

/**
 * Returns the repaired text, or undefined when the text shows no sign of double encoding.
 * Each candidate must be a complete, valid UTF-8 sequence, and the text must carry enough evidence (one é, —, ✅
 * or 🌊; two Cyrillic letters) before anything changes. Unusual decodings (`CAFÉ…` would give U+0245) are repaired
 * only in text that is clearly double-encoded, so legitimate Latin-1 text is left alone.
 */
export function repairMojibake(text: string): string | undefined {
  if (!ANY_LEAD.test(text)) return undefined;
  const found: Candidate[] = [];
  let score = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const lead = m[0].charCodeAt(0);
    const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
    if (m[0].length - 1 < need) continue;
    // Extra continuation characters after the sequence belong to the text, not to this character.
    CANDIDATE.lastIndex = m.index + 1 + need;
    const bytes = new Uint8Array(need + 1);
    bytes[0] = lead;
    for (let k = 1; k <= need; k++) bytes[k] = TO_BYTE.get(m[0].charCodeAt(k)) as number;
    let replacement: string;
    try {
      replacement = utf8.decode(bytes);
    } catch {
      continue; // overlong form or surrogate: not UTF-8, so not mojibake
    }
    const weight = evidence(replacement.codePointAt(0) as number);
    score += weight;
    found.push({ index: m.index, length: need + 1, replacement, evidence: weight });
  }
  if (score < 2) return undefined;
  const keepUnusual = score >= 4;
  let out = '';
  let last = 0;
  for (const c of found) {
    if (c.evidence === 0 && !keepUnusual) continue;
    out += text.slice(last, c.index) + c.replacement;
    last = c.index + c.length;
  }
  return out + text.slice(last);
}
