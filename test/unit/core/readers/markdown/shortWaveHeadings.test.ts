// Wave headings in the short form of `P1W2-E1` ids: `## W1 — Parsers` (wave 1 of the plan's phase), `## P2W3 —
// Ranking`. They declare the wave, with its name, and place the efforts under them. `### W1.1 — …` is no wave 1.1:
// real plans write it for item 1 of wave 1 (an effort: waveItemHeadings.test.ts), under `## Wave 1` or `## Workstream
// W1` or on its own; nor is an id such as `P2W3-E1` or a word such as `W3C` leading a heading. Read through
// readPlanText and the engine.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { PlanEngine } from '../../../../../src/core/project/engine';

const FILE = '/ws/plans/WAVE-PLAN.md';
const PLAN = [
  '# Phase 2: Search',
  '',
  '## W1 — Parsers',
  '',
  '1. `expr-parser` — ~400 lines',
  '2. `stmt-parser` — depends on expr-parser (~300 lines)',
  '',
  '### W1.1 — Tokenizer details',
  '',
  '## P2W3 — Ranking',
  '',
  '- P2W3-E1 (BM25) ~300 lines',
  '',
  '## W3C compliance notes',
  '',
].join('\n');

describe('markdown reader: wave headings written W1 or P2W3', () => {
  it('declare the waves with their names; W1.1 and W3C declare none', () => {
    const r = readPlanText(FILE, PLAN);
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name, w.span.line]),
      [
        [2, 1, 'Parsers', 3],
        [2, 3, 'Ranking', 10],
      ],
    );
  });

  it('place the efforts under them in their wave', () => {
    const engine = new PlanEngine();
    engine.update(FILE, PLAN);
    const p = engine.project();
    assert.deepEqual(
      p.efforts.map((e) => [e.id, e.phase, e.wave, e.estimatedLines, e.dependsOn]),
      [
        ['E2.1.1', 2, 1, undefined, []],
        ['E2.3.1', 2, 3, 300, []],
        ['expr-parser', 2, 1, 400, []],
        ['stmt-parser', 2, 1, 300, ['expr-parser']],
      ],
    );
  });

  it('`### W2.1 — …` under `## Wave 2: …` is an item of wave 2, not wave 2.1', () => {
    const text = ['# Phase 1', '', '## Wave 2: Tenant Safety', '', '### W2.1 — Pipeline scoping', ''].join('\n');
    const r = readPlanText(FILE, text);
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [[1, 2, 'Tenant Safety']],
    );
  });

  it('`## W2.1 — Runtime` over efforts of wave 2.1 is that wave, not an effort beside them', () => {
    const text = [
      '# Phase 2: Compiler',
      '',
      '## W2.1 — Runtime',
      '',
      '### E2.1.1: GC',
      '**Estimated Lines**: 400',
      '',
      '## W2.2 — Stdlib',
      '',
      '- **E2.2.1**: Strings (~300 lines)',
      '',
      '## W2.3 — Tooling',
      '',
      '### Effort: formatter',
      '**Estimated Lines**: 200',
      '',
    ].join('\n');
    const engine = new PlanEngine();
    engine.update(FILE, text);
    const p = engine.project();
    assert.deepEqual(
      p.phases.flatMap((ph) => ph.waves.map((w) => [w.phase, w.wave, w.name, w.efforts])),
      [
        [2, 1, 'Runtime', ['E2.1.1']],
        [2, 2, 'Stdlib', ['E2.2.1']],
        [2, 3, 'Tooling', []],
      ],
    );
    assert.deepEqual(
      p.diagnostics.map((d) => d.code),
      ['effort-without-id'],
    );
  });

  it('an effort id leading a heading is no wave heading', () => {
    const r = readPlanText(FILE, ['# Phase 1', '', '#### P1W2-E1: Emitter', '**Size**: 300 lines', ''].join('\n'));
    assert.deepEqual(r.waves, []);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value]),
      [['E1.2.1', 'Emitter']],
    );
  });
});
