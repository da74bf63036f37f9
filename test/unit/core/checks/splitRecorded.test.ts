// An oversized effort that was split says so: the split is the remedy the limit asks for, so the finding informs
// instead of failing, and it names where the split is recorded. One without a recorded split stays an error.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';

const PLAN = '/ws/phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md';

function oversized(files: Record<string, string>) {
  const engine = new PlanEngine();
  for (const [file, text] of Object.entries(files)) engine.update(file, text);
  return engine.project().diagnostics.filter((d) => d.code === 'effort-oversized');
}

const plan = (status: string) => `# Phase 1 Implementation Plan

## Wave 1: Parsing

### E1.1.2: Lexer
**Branch**: demo/phase1/wave1/lexer
**Size Estimate**: 450 lines
**Status**: ${status}
`;

describe('effort-oversized and recorded splits', () => {
  it('a state record of a split (split_info) turns the finding into information naming the split', () => {
    const state = JSON.stringify(
      {
        efforts_completed: [
          {
            effort_id: 'E1.1.2-lexer',
            branch: 'demo/phase1/wave1/lexer',
            lines_changed: 1320,
            split_info: { was_split: true, split_count: 2 },
          },
        ],
      },
      null,
      2,
    );
    const [d, ...rest] = oversized({ [PLAN]: plan('Complete'), '/ws/orchestrator-state.json': state });
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 'info');
    assert.equal(
      d.message,
      'E1.1.2 has 1,320 actual lines recorded (estimated at 450), over the 800-line limit. It is marked done. It was split into 2 parts.',
    );
    assert.ok(d.related?.some((r) => r.message === 'E1.1.2: split recorded here' && r.span.file.endsWith('.json')));
  });

  it('review_status SPLIT says split without a count', () => {
    const state = JSON.stringify({
      efforts_completed: [
        { effort_id: 'E1.1.2-lexer', branch: 'demo/phase1/wave1/lexer', review_status: 'SPLIT', lines_changed: 1320 },
      ],
    });
    const [d] = oversized({ [PLAN]: plan('Complete'), '/ws/orchestrator-state.json': state });
    assert.equal(d.severity, 'info');
    assert.match(d.message, /It was split\.$/);
  });

  it('a plan table row `✅ Split into 3 branches` records a split; `needs split` does not', () => {
    const table = (status: string) => `# Wave 1 Implementation Plan

| Effort | Branch | Lines | Status |
|--------|--------|-------|--------|
| E1.1.2 | demo/phase1/wave1/lexer | 450→1,320 | ${status} |
`;
    const [split] = oversized({ '/ws/wave1/WAVE-1-IMPLEMENTATION-PLAN.md': table('✅ Split into 3 branches') });
    assert.equal(split.severity, 'info');
    assert.match(split.message, /1,320 actual lines recorded .* It was split into 3 parts\.$/);
    const [needs] = oversized({ '/ws/wave1/WAVE-1-IMPLEMENTATION-PLAN.md': table('✅ Complete (needs split)') });
    assert.equal(needs.severity, 'error');
    assert.match(needs.message, /It is marked done\. No split is recorded\.$/);
  });

  it('an estimate over the limit of a split effort offers no split fix', () => {
    const state = JSON.stringify({
      efforts_in_progress: [{ effort_id: 'E1.1.2-lexer', branch: 'demo/phase1/wave1/lexer', splits: ['a', 'b'] }],
    });
    const big = plan('In Progress').replace('450 lines', '1200 lines');
    const [d] = oversized({ [PLAN]: big, '/ws/orchestrator-state.json': state });
    assert.equal(d.severity, 'info');
    assert.equal(d.message, 'E1.1.2 is estimated at 1,200 lines, over the 800-line limit. It was split into 2 parts.');
    assert.equal(d.fixes, undefined);
    const [unsplit] = oversized({ [PLAN]: big });
    assert.equal(unsplit.severity, 'error');
    assert.equal(unsplit.fixes?.[0].kind, 'split-effort');
  });

  it('a split plan’s `## Split 001` sections record the split; their branches and sizes are the parts’, not the effort’s', () => {
    const big = plan('In Progress').replace('450 lines', '1,200 lines');
    const splitPlan = `# Split Plan for E1.1.2 Lexer

The lexer came out too big; it is split in two.

## Split 001: tokens
**Branch**: demo/phase1/wave1/lexer-split-001
**Size Estimate**: 650 lines

## Split 002: literals
**Branch**: demo/phase1/wave1/lexer-split-002
**Base Branch**: demo/phase1/wave1/lexer-split-001
**Size Estimate**: 550 lines
`;
    const engine = new PlanEngine();
    engine.update(PLAN, big);
    engine.update('/ws/efforts/phase1/wave1/E1.1.2-lexer/SPLIT-PLAN-20251120-101500.md', splitPlan);
    const project = engine.project();
    const e = project.byId.get('E1.1.2')!;
    assert.deepEqual(
      [e.estimatedLines, e.branch, e.baseBranch, e.split],
      [1200, 'demo/phase1/wave1/lexer', undefined, 2],
    );
    assert.deepEqual(
      project.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`),
      [
        'info effort-oversized: E1.1.2 is estimated at 1,200 lines, over the 800-line limit. It was split into 2 parts.',
      ],
    );
  });
});
