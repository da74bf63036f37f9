// KvLines keeps a long document's metadata lines as numbers where it can (a short one's as objects): each line read back must be the KvLine that was put in, and
// the merges must keep the order the reader's sorts gave.
import { strict as assert } from 'assert';
import { KvLines, type KvLine } from '../../../../../src/core/readers/markdown/fields/kvLines';
import { parseKvLine } from '../../../../../src/core/readers/markdown/fields/metadata';

const LINES = [
  '**Size Estimate**: 100 lines',
  '**Dependencies**: E1.1.1, E1.1.2',
  '**Effort ID**: E2.3.1 - Push Command',
  '- Status: done',
  '**Wave Status**: in progress',
  'Branch: `x/y`',
];

const parsed = (): KvLine[] => LINES.map((text, i) => parseKvLine(text, i + 1)!);

for (const compact of [true, false])
  describe(`markdown reader: metadata lines kept ${compact ? 'as numbers' : 'as objects (a short document)'} (KvLines)`, () => {
    it('reads back every line as it was put in, an id or a value that is no slice of its line included', () => {
      const kv = parsed();
      // A value that differs from its line's text (as an unwrapped `*Size: 300*` line's may): kept as its object.
      kv.push({ line: 7, key: 'Status', value: 'done', column: 3, field: 'status', idKey: false });
      const store = KvLines.of([...LINES, '*Status: done*'], kv, compact);
      assert.equal(store.length, kv.length);
      kv.forEach((k, i) => {
        assert.deepEqual(store.at(i), k);
        assert.equal(store.lineAt(i), k.line);
        assert.equal(store.fieldAt(i), k.field);
        assert.equal(store.hasId(i), k.id !== undefined);
        assert.equal(store.scopeOnlyAt(i), k.scopeOnly === true);
      });
      assert.deepEqual(store.toArray(), kv);
    });

    it('merges extra lines in line order, its own lines first on a line both hold, and drops scope-only lines', () => {
      const kv = parsed();
      const store = KvLines.of(LINES, kv, compact);
      const extra: KvLine[] = [
        { line: 2, key: 'Status', value: '', column: 1, field: 'status', idKey: false },
        { line: 9, key: 'Branch', value: 'z', column: 1, field: 'branch', idKey: false },
      ];
      const merged = store.withExtra(extra).toArray();
      assert.deepEqual(
        merged,
        [...kv, ...extra].sort((a, b) => a.line - b.line),
      );
      assert.equal(store.withExtra([]), store);
      assert.deepEqual(
        store.withoutScopeOnly().toArray(),
        kv.filter((k) => !k.scopeOnly),
      );
      assert.ok(kv.some((k) => k.scopeOnly));
    });

    it('grows past its first capacity', () => {
      const lines = Array.from({ length: 100 }, (_, i) => `**Size**: ${i} lines`);
      const kv = lines.map((text, i) => parseKvLine(text, i + 1)!);
      assert.deepEqual(KvLines.of(lines, kv, compact).toArray(), kv);
    });
  });
