// A metadata block that nests one effort's fields (`"effort": {"id", "name"}`, `"size": {"estimate"}`) is that
// effort's metadata, read one level down, each value located in the block. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const FENCE = '```';
const TEXT = [
  '# Wave 2.3 Implementation Plan',
  '',
  '## Effort 2.3.1: rate-limiter',
  '',
  `${FENCE}json`,
  '{',
  '  "effort": {"id": "E2.3.1", "name": "Rate limiter"},',
  '  "size": {"estimate": 480, "actual": 512},',
  '  "branch_name": "gw/phase2/wave3/rate-limiter",',
  '  "depends_on": ["effort:2.2.4"],',
  '  "status": "IN_PROGRESS"',
  '}',
  FENCE,
  '',
  '## Effort 2.3.2: quota-store',
  '',
  `${FENCE}yaml`,
  'effort:',
  '  id: E2.3.2',
  'size:',
  '  estimate: 350',
  'dependencies: [E2.3.1]',
  'branch_name: gw/phase2/wave3/quota-store',
  FENCE,
  '',
].join('\n');

describe('markdown reader: metadata blocks with nested effort and size objects', () => {
  const r = readPlanText('/ws/planning/phase2/wave3/WAVE-IMPLEMENTATION-PLAN.md', TEXT);
  const lines = TEXT.split('\n');
  const block = (id: string) => r.efforts.find((f) => f.id === id && f.kind !== 'heading')!;

  it('reads the nested id, name and sizes beside the flat fields (JSON)', () => {
    const f = block('E2.3.1');
    assert.deepEqual(
      [f.kind, f.name?.value, f.estimatedLines?.value, f.actualLines?.value, f.branch?.value, f.status?.value],
      ['json-block', 'Rate limiter', 480, 512, 'gw/phase2/wave3/rate-limiter', 'in-progress'],
    );
    const s = f.estimatedLines!.span;
    assert.equal(lines[s.line - 1].slice(s.column - 1, s.endColumn - 1), '480');
    assert.equal(lines[f.span.line - 1].slice(f.span.column - 1, f.span.endColumn - 1), 'E2.3.1');
  });

  it('reads a YAML block nested the same way', () => {
    const f = block('E2.3.2');
    assert.deepEqual(
      [f.kind, f.estimatedLines?.value, f.dependsOn?.refs.map((x) => x.id), f.branch?.value],
      ['yaml-block', 350, ['E2.3.1'], 'gw/phase2/wave3/quota-store'],
    );
    const s = f.estimatedLines!.span;
    assert.equal(lines[s.line - 1].slice(s.column - 1, s.endColumn - 1), '350');
  });
});
