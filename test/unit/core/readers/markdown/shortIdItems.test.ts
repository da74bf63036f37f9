// An effort id written `P1W2-E1` leading a list item (`- P1W1-E2 (Parser) ~450 lines — depends on P1W1-E1`) or a
// bold line (`**P1W2-E1**: Emitter (~500 lines)`) declares that effort as the dotted id there does, located at the
// whole id. A name in brackets before the size is the effort's name. Read through readPlanText and the engine.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { PlanEngine } from '../../../../../src/core/project/engine';

const FILE = '/ws/PHASE-1-PLAN.md';
const PLAN = [
  '# Phase 1: Foundations',
  '',
  '## Wave 1.1: Core',
  '',
  '- P1W1-E1 (Tokenizer) ~300 lines',
  '- P1W1-E2 (Parser) ~450 lines — depends on P1W1-E1',
  '- [x] **P1-W1-E3**: Config loader (~200 lines)',
  '',
  '## Wave 1.2: Output',
  '',
  '**P1W2-E1**: Emitter (~500 lines)',
  'Depends: P1W1-E2',
  '',
  '**P1W2-E2** — Optimizer (400 lines)',
  '',
].join('\n');

describe('markdown reader: list items and bold lines led by a `P1W2-E1` id', () => {
  it('declare those efforts, with their names, sizes, dependencies and status', () => {
    const engine = new PlanEngine();
    engine.update(FILE, PLAN);
    const p = engine.project();
    assert.deepEqual(
      p.efforts.map((e) => [e.id, e.name, e.phase, e.wave, e.estimatedLines, e.dependsOn, e.status]),
      [
        ['E1.1.1', 'Tokenizer', 1, 1, 300, [], 'planned'],
        ['E1.1.2', 'Parser', 1, 1, 450, ['E1.1.1'], 'planned'],
        ['E1.1.3', 'Config loader', 1, 1, 200, [], 'done'],
        ['E1.2.1', 'Emitter', 1, 2, 500, ['E1.1.2'], 'planned'],
        ['E1.2.2', 'Optimizer', 1, 2, 400, [], 'planned'],
      ],
    );
    assert.deepEqual(p.diagnostics, []);
  });

  it('locate each effort at its whole id', () => {
    const lines = PLAN.split('\n');
    const r = readPlanText(FILE, PLAN);
    assert.equal(r.efforts.length, 5);
    for (const f of r.efforts) {
      const span = f.phase!.span!;
      const written = lines[span.line - 1].slice(span.column - 1, span.endColumn - 1);
      assert.match(written, /^P1-?W\d-?E\d$/, f.id);
    }
  });

  it('a dotted id with its name in brackets reads the same; a report on an effort stays prose', () => {
    const text = [
      '# Phase 2',
      '',
      '## Wave 2.1: Runtime',
      '',
      '- E2.1.1 (Garbage collector) ~400 lines',
      '- E2.1.2 (api-types-core): Complete - merged (2854 lines total)',
      '',
    ].join('\n');
    const r = readPlanText('/ws/PHASE-2-PLAN.md', text);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value]),
      [['E2.1.1', 'Garbage collector', 400]],
    );
  });
});
