// An effort heading that strikes its effort out with a cross before the id (`### ❌ Effort 3.1.2: …`) or a note in
// brackets at its end (`… (dropped)`, `(descoped)`, `(cancelled)`) reads as cancelled, as a struck-out heading and
// `Status: Cancelled` do, and the note is no part of the name. A status word in the heading's tail still wins over
// the cross, and the cross elsewhere (a status table's cell) is not read so. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const TEXT = [
  '# Phase 3: Billing',
  '',
  '## Wave 1: Invoices',
  '### Effort 3.1.1: Invoice model',
  '**Lines**: ~220',
  '### ❌ Effort 3.1.2: Webhooks',
  '**Lines**: ~180',
  '### Effort 3.1.3: Export API (dropped)',
  '**Lines**: ~260',
  '### E3.1.4: Bulk import (descoped)',
  '**Lines**: ~140',
  '### ❌ E3.1.5: Tax rules — BLOCKED',
  '**Lines**: ~300',
  '### E3.1.6: Cache layer (dropped caching)',
  '**Lines**: ~120',
  '',
  '## Wave 2: Reports',
  '| Effort | Name | Status |',
  '|--------|------|--------|',
  '| E3.2.1 | Ledger report | ❌ |',
  '',
].join('\n');

describe('markdown reader: effort headings that drop their effort', () => {
  const r = readPlanText('/ws/PHASE-3-PLAN.md', TEXT);
  const rows = r.efforts.map((f) => [f.id, f.name?.value, f.status?.value ?? 'planned']);

  it('reads a cross before the id, or (dropped)/(descoped) at the end, as cancelled, without the note in the name', () => {
    assert.deepEqual(rows.slice(0, 4), [
      ['E3.1.1', 'Invoice model', 'planned'],
      ['E3.1.2', 'Webhooks', 'cancelled'],
      ['E3.1.3', 'Export API', 'cancelled'],
      ['E3.1.4', 'Bulk import', 'cancelled'],
    ]);
  });

  it('lets a status word in the tail win over the cross, and keeps a note that only mentions dropping', () => {
    assert.deepEqual(rows.slice(4, 6), [
      ['E3.1.5', 'Tax rules', 'blocked'],
      ['E3.1.6', 'Cache layer (dropped caching)', 'planned'],
    ]);
  });

  it('does not read a cross in a status table as cancelled', () => {
    assert.notEqual(r.efforts.find((f) => f.id === 'E3.2.1')?.status?.value, 'cancelled');
  });
});
