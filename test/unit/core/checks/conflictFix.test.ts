// effort-conflict: short message at the losing value, winner in related information, and "use this value" that
// rewrites the losing text; read back, the disagreement is gone and the model is unchanged.
import { strict as assert } from 'assert';
import { selectFixAll } from '../../../../src/core/fixes/fixAll';
import { applyAll, projectOf, type Texts } from '../../support/readBack';

const PHASE = 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md';
const WAVE = 'phase-plans/WAVE-2-IMPLEMENTATION-PLAN.md';

const texts: Texts = {
  [PHASE]: [
    '# Phase 1: Kennel',
    '## Wave 2: Use',
    '#### E1.2.1: Search',
    '**Estimated Size**: ~380 lines (MUST be <800)',
    '**Branch**: `kennel/phase1/wave2/search`',
    '**Dependencies**: None',
    '',
  ].join('\n'),
  [WAVE]: [
    '# Wave 2 Implementation Plan',
    '## Wave 2: Use',
    '#### E1.2.1: Query service',
    '**Estimated Size**: 450 lines',
    '**Branch**: `kennel/p1w2/search`',
    '**Dependencies**: [E1.1.1]',
    '',
  ].join('\n'),
};

describe('effort-conflict: use this value', () => {
  it('says it in one short line, with the winner as related information', () => {
    const conflicts = projectOf(texts).diagnostics.filter((d) => d.code === 'effort-conflict');
    const size = conflicts.find((d) => d.message.includes('estimated lines'))!;
    assert.equal(
      size.message,
      'E1.2.1: estimated lines 380 here; 450 in WAVE-2-IMPLEMENTATION-PLAN.md:4 wins (the wave plan).',
    );
    assert.equal(size.related![0].span.file, WAVE);
  });

  it('offers the winning value for sizes, names and branches (certain: Fix All takes it), not for lists', () => {
    const conflicts = projectOf(texts).diagnostics.filter((d) => d.code === 'effort-conflict');
    const fixes = conflicts.map((d) => [d.message.split(' ')[1], d.fixes?.map((f) => [f.title, f.kind, f.certain])]);
    assert.deepEqual(fixes, [
      [
        'name',
        [['Use "Query service" here (the value of WAVE-2-IMPLEMENTATION-PLAN.md:3)', 'use-winning-value', true]],
      ],
      ['estimated', [['Use 450 here (the value of WAVE-2-IMPLEMENTATION-PLAN.md:4)', 'use-winning-value', true]]],
      ['dependencies', undefined],
      [
        'branch',
        [['Use "kennel/p1w2/search" here (the value of WAVE-2-IMPLEMENTATION-PLAN.md:5)', 'use-winning-value', true]],
      ],
    ]);
  });

  it('applied (by Fix All), the plans agree and the model is the same', () => {
    const before = projectOf(texts);
    const after = projectOf(
      applyAll(
        texts,
        selectFixAll(before.diagnostics).flatMap((c) => c.fix.edits),
      ),
    );
    const pick = (p: typeof before) => {
      const e = p.byId.get('E1.2.1')!;
      return [e.name, e.estimatedLines, e.branch, e.dependsOn];
    };
    assert.deepEqual(pick(after), pick(before));
    assert.deepEqual(
      after.diagnostics.filter((d) => d.code === 'effort-conflict').map((d) => d.message.split(' ')[1]),
      ['dependencies'],
    );
    const phase = applyAll(
      texts,
      selectFixAll(before.diagnostics).flatMap((c) => c.fix.edits),
    )[PHASE];
    assert.match(
      phase,
      /#### E1\.2\.1: Query service\n\*\*Estimated Size\*\*: ~450 lines \(MUST be <800\)\n\*\*Branch\*\*: `kennel\/p1w2\/search`\n/,
    );
  });

  it('offers the winning value of a wave-level default too (a wave plan and a phase plan giving one wave two bases)', () => {
    const wavePlans: Texts = {
      [PHASE]: [
        '# Phase 1: Kennel',
        '## Wave 2: Use',
        '**Base Branch**: kennel/phase1/wave1-integration',
        '#### E1.2.1: Search',
        '**Estimated Size**: 300 lines',
        '',
      ].join('\n'),
      [WAVE]: [
        '# Phase 1 Wave 2 Implementation Plan',
        '## Wave 2: Use',
        '**Base Branch**: `kennel/phase1-integration` (Wave 1 complete)',
        '#### E1.2.1: Search',
        '**Estimated Size**: 300 lines',
        '',
      ].join('\n'),
    };
    const before = projectOf(wavePlans);
    const conflict = before.diagnostics.find((d) => d.code === 'effort-conflict')!;
    assert.equal(conflict.file, PHASE);
    assert.deepEqual(
      conflict.fixes?.map((f) => [f.title, f.certain]),
      [['Use "kennel/phase1-integration" here (the value of WAVE-2-IMPLEMENTATION-PLAN.md:3)', true]],
    );
    const fixed = applyAll(wavePlans, conflict.fixes![0].edits);
    assert.equal(fixed[PHASE].split('\n')[2], '**Base Branch**: kennel/phase1-integration');
    const after = projectOf(fixed);
    assert.deepEqual(after.diagnostics, []);
    assert.deepEqual(after.efforts, before.efforts);
  });
});
