// Ids written `P1W2-E1` (phase 1, wave 2, effort 1), as one generation of orchestrator plans numbers its efforts: in
// headings, `**Effort ID**:`/`**Effort**:` lines, dependency and parallel lists, tables and mermaid graphs they are
// the efforts E1.2.1 etc., joined across files like any other form of the id. Read through the product's engine.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../../src/core/project/engine';
import { canonicalEffortId } from '../../../../../src/core/model/ids';
import { applyFix } from '../../../support/builders';

function read(files: Record<string, string>) {
  const engine = new PlanEngine();
  for (const [file, text] of Object.entries(files)) engine.update(file, text);
  return engine.project();
}

const WAVE_PLAN = [
  '# Ledger Service Implementation Plan',
  '',
  '## Phase 1: Foundations',
  '',
  '### Wave 1: Core types',
  '',
  '#### P1W1-E1: Money type',
  '**Branch**: `phase1/wave1/P1W1-E1-money`',
  '**Parallel With**: P1W1-E2',
  '**Size Estimate**: 250 lines (MUST be <800)',
  '**Dependencies**: None',
  '',
  '#### P1W1-E2: Account model',
  '**Size Estimate**: 400 lines (MUST be <800)',
  '',
  '### Wave 2: Posting',
  '',
  '#### P1-W2-E1 — Ledger postings',
  '**Size Estimate**: 600 lines',
  '**Dependencies**:',
  '- P1W1-E1 (Money type)',
  '- P1W1-E2 (Account model)',
  '',
].join('\n');

describe('markdown reader: `P1W2-E1` effort ids', () => {
  it('reads headings, fields and dependency lists written with them, with no finding', () => {
    const project = read({ '/ws/PROJECT-IMPLEMENTATION-PLAN.md': WAVE_PLAN });
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.name, e.estimatedLines, e.dependsOn, e.parallelWith]),
      [
        ['E1.1.1', 'Money type', 250, [], ['E1.1.2']],
        ['E1.1.2', 'Account model', 400, [], []],
        ['E1.2.1', 'Ledger postings', 600, ['E1.1.1', 'E1.1.2'], []],
      ],
    );
    assert.equal(project.efforts[0].branch, 'phase1/wave1/P1W1-E1-money');
    assert.deepEqual(project.diagnostics, []);
  });

  it('joins an effort plan’s `**Effort ID**: P1W2-E1` to the wave plan’s effort', () => {
    const effortPlan = [
      '# Ledger Postings — Implementation Plan',
      '',
      '**Effort ID**: P1W2-E1',
      '**Branch**: `phase1/wave2/P1W2-E1-postings`',
      '**Size Estimate**: 900 lines',
      '',
    ].join('\n');
    const project = read({
      '/ws/PROJECT-IMPLEMENTATION-PLAN.md': WAVE_PLAN,
      '/ws/efforts/phase1/wave2/postings/IMPLEMENTATION-PLAN.md': effortPlan,
    });
    const e = project.efforts.find((x) => x.id === 'E1.2.1')!;
    assert.deepEqual([e.name, e.estimatedLines, e.branch], ['Ledger Postings', 900, 'phase1/wave2/P1W2-E1-postings']);
    assert.deepEqual(project.diagnostics.map((d) => d.code).sort(), ['effort-conflict', 'effort-oversized']);
  });

  it('reads tables and mermaid graphs of them', () => {
    const text = [
      '# Phase 2 Wave Plan',
      '',
      '## Wave 1: Ingest',
      '',
      '| Effort | Name | Size | Depends on |',
      '|---|---|---|---|',
      '| P2W1-E1 | Reader | 300 | — |',
      '| P2W1-E2 | Parser | 450 | P2W1-E1 |',
      '',
      '## Wave 2: Serve',
      '',
      '```mermaid',
      'graph TD',
      '  P2W1E2[P2W1-E2 Parser] --> P2W2E1[P2W2-E1 API]',
      '```',
      '',
    ].join('\n');
    const project = read({ '/ws/WAVE-PLAN.md': text });
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.name, e.estimatedLines, e.dependsOn]),
      [
        ['E2.1.1', 'Reader', 300, []],
        ['E2.1.2', 'Parser', 450, ['E2.1.1']],
        ['E2.2.1', 'API', undefined, ['E2.1.2']],
      ],
    );
  });

  it('takes only the whole form: no effort part, or more digits, is no id', () => {
    assert.equal(canonicalEffortId('P1W2-E6'), 'E1.2.6');
    assert.equal(canonicalEffortId('phase1/wave2/p1w2-e4-stack-mapper'), 'E1.2.4');
    for (const text of ['P1W2', '#t-p1w2-easy', 'P1W2-E', 'XP1W2-E1', 'P1W2-E1234'])
      assert.equal(canonicalEffortId(text), undefined, text);
  });

  it('fixes write new and changed ids as the plan spells them: a split, a did-you-mean', () => {
    const file = '/ws/PHASE-1-PLAN.md';
    const text = [
      '# Phase 1 Plan',
      '',
      '## Wave 1.2: Posting',
      '',
      '#### P1W2-E1: Ledger postings',
      '**Size Estimate**: 900 lines',
      '**Dependencies**: P1-W1-E1',
      '',
      '#### P1W2-E2: Reports',
      '**Dependencies**: P1W2-E1 (postings), P1W2-E9',
      '',
      '## Wave 1.1: Types',
      '',
      '#### P1W1-E1: Money',
      '',
    ].join('\n');
    const project = read({ [file]: text });
    const fixOf = (code: string) => project.diagnostics.find((d) => d.code === code)!.fixes![0];
    const split = applyFix({ [file]: text }, fixOf('effort-oversized'))[file];
    assert.ok(split.includes('#### P1W2-E3: Ledger postings (part 2)'), split);
    assert.ok(split.includes('**Dependencies**: P1W2-E3 (postings), P1W2-E9'), split);
    assert.deepEqual(
      read({ [file]: split }).efforts.map((e) => [e.id, e.estimatedLines, e.dependsOn]),
      [
        ['E1.1.1', undefined, []],
        ['E1.2.1', 450, ['E1.1.1']],
        ['E1.2.2', undefined, ['E1.2.3', 'E1.2.9']],
        ['E1.2.3', 450, ['E1.2.1']],
      ],
    );
    const renamed = applyFix({ [file]: text }, fixOf('unknown-dependency'))[file];
    // E1.2.9 is unknown; E1.2.1 is already listed, so E1.1.1 is meant: written as the list writes its ids.
    assert.ok(renamed.includes('**Dependencies**: P1W2-E1 (postings), P1W1-E1\n'), renamed);
  });
});
