import { strict as assert } from 'assert';
import { decodePlanBytes, DEFAULT_MAX_BYTES } from '../../../../src/core/files/text';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...parts: Array<number[] | Uint8Array>) => new Uint8Array(parts.flatMap((p) => [...p]));

/** Simulates the bug: UTF-8 bytes shown through a Windows-1252 decoder, then saved again as UTF-8. */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
function mojibake(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) => String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : b))
    .join('');
}

function utf16(s: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  if (order === 'le') return new Uint8Array(le);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return new Uint8Array(be);
}

describe('decodePlanBytes', () => {
  it('decodes plain UTF-8 without a problem, keeping CRLF', () => {
    assert.deepEqual(decodePlanBytes(utf8('## 🌊 Wave 1 — Café\r\n')), { text: '## 🌊 Wave 1 — Café\r\n' });
  });

  it('decodes an empty file to empty text', () => {
    assert.deepEqual(decodePlanBytes(new Uint8Array()), { text: '' });
  });

  it('strips a UTF-8 byte order mark', () => {
    assert.deepEqual(decodePlanBytes(bytes([0xef, 0xbb, 0xbf], utf8('{"a": "é"}'))), { text: '{"a": "é"}' });
  });

  it('decodes UTF-16 LE and BE with a byte order mark', () => {
    const text = '# Plan 🌊\nÉtape — ✅\n';
    assert.deepEqual(decodePlanBytes(bytes([0xff, 0xfe], utf16(text, 'le'))), { text });
    assert.deepEqual(decodePlanBytes(bytes([0xfe, 0xff], utf16(text, 'be'))), { text });
  });

  it('recognises UTF-16 LE and BE without a byte order mark and says so', () => {
    const text = '{"current_phase": 1}\n';
    assert.deepEqual(decodePlanBytes(utf16(text, 'le')), {
      text,
      problem: 'decoded as UTF-16 LE (no byte order mark)',
    });
    assert.deepEqual(decodePlanBytes(utf16(text, 'be')), {
      text,
      problem: 'decoded as UTF-16 BE (no byte order mark)',
    });
  });

  it('refuses binary content (NUL bytes in the first 8 KB)', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assert.deepEqual(decodePlanBytes(png), { text: '', fatal: true, problem: 'binary file' });
    assert.deepEqual(decodePlanBytes(bytes(utf8('# Plan\n'), [0, 1, 2])), {
      text: '',
      fatal: true,
      problem: 'binary file',
    });
  });

  it('refuses UTF-16 text that holds NUL characters', () => {
    assert.deepEqual(decodePlanBytes(bytes([0xff, 0xfe], utf16('ab\u0000cd', 'le'))), {
      text: '',
      fatal: true,
      problem: 'binary file',
    });
  });

  it('does not call a file binary for a NUL byte after the first 8 KB', () => {
    const head = 'x'.repeat(9000);
    const decoded = decodePlanBytes(bytes(utf8(head), [0]));
    assert.equal(decoded.fatal, undefined);
    assert.equal(decoded.text, `${head}\u0000`);
  });

  it('refuses files over the size limit, with the size in the message', () => {
    const big = new Uint8Array(2048).fill(0x41);
    assert.deepEqual(decodePlanBytes(big, { maxBytes: 1024 }), {
      text: '',
      fatal: true,
      problem: 'file too large: 2,048 bytes, limit 1,024 bytes',
    });
    assert.deepEqual(decodePlanBytes(big, { maxBytes: 2048 }).text.length, 2048);
  });

  it('applies a 10 MB default limit', () => {
    assert.equal(DEFAULT_MAX_BYTES, 10 * 1024 * 1024);
    const over = new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x41);
    assert.deepEqual(decodePlanBytes(over), {
      text: '',
      fatal: true,
      problem: 'file too large: 10.0 MB (10,485,761 bytes), limit 10.0 MB (10,485,760 bytes)',
    });
  });

  it('decodes invalid UTF-8 as Windows-1252 and says so', () => {
    // "Caf\xe9 \x93quoted\x94 \x80 5" as a Windows editor saves it.
    const cp = bytes(utf8('Caf'), [0xe9], utf8(' '), [0x93], utf8('quoted'), [0x94], utf8(' '), [0x80], utf8(' 5'));
    assert.deepEqual(decodePlanBytes(cp), {
      text: 'Café “quoted” € 5',
      problem: 'not valid UTF-8: decoded as Windows-1252',
    });
  });

  it('repairs UTF-8 that went through a CP1252 decoder', () => {
    const original = '## 🌊 Wave 1 — Core ✅ café ⚠️ 📦 “done” → next';
    const broken = mojibake(original);
    assert.equal(broken.includes('ðŸŒŠ'), true);
    assert.equal(broken.includes('â€”'), true);
    assert.equal(broken.includes('âœ…'), true);
    assert.deepEqual(decodePlanBytes(utf8(broken)), {
      text: original,
      problem: 'repaired mojibake (UTF-8 read as CP1252)',
    });
  });

  it('repairs single sequences: 🌊, — and ✅', () => {
    assert.equal(decodePlanBytes(utf8('## ðŸŒŠ Wave 1')).text, '## 🌊 Wave 1');
    assert.equal(decodePlanBytes(utf8('a â€” b')).text, 'a — b');
    assert.equal(decodePlanBytes(utf8('âœ… Complete')).text, '✅ Complete');
  });

  it('repairs mojibake next to correct non-ASCII text', () => {
    assert.deepEqual(decodePlanBytes(utf8('🌊 ok â€” fixed ✅')), {
      text: '🌊 ok — fixed ✅',
      problem: 'repaired mojibake (UTF-8 read as CP1252)',
    });
  });

  it('repairs sequences whose bytes are undefined in CP1252 (kept as C1 controls)', () => {
    // U+FE0F is EF B8 8F; 0x8F has no CP1252 character, so decoders keep it as U+008F.
    assert.equal(decodePlanBytes(utf8('âš\u00a0ï¸\u008f Risk')).text, '⚠️ Risk');
  });

  it('leaves legitimate Latin-1 and typographic text alone', () => {
    for (const text of ['CAFÉ… naïve', 'São Paulo — Zürich “quoted”', 'Ñ¿', 'Â', 'Ã', '1×—2', 'Straße ½ €']) {
      assert.deepEqual(decodePlanBytes(utf8(text)), { text }, text);
    }
  });

  it('repairs unusual sequences only in clearly double-encoded text', () => {
    // `É…` alone would decode to U+0245: not repaired; next to real mojibake it is part of it.
    assert.deepEqual(decodePlanBytes(utf8('CAFÉ…')), { text: 'CAFÉ…' });
    assert.equal(decodePlanBytes(utf8(`${mojibake('é — ✅')} É…`)).text, 'é — ✅ \u0245');
  });
});
