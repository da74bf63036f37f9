// `## Wave 2.5: …` in a plan of phase 7 is a wave the author inserted after wave 2, not wave 5 of a phase 2 the plan
// does not have: its efforts stay in phase 7 (in wave 7.2, the wave it follows), `Wave 2.5` in the plan names its
// efforts, and a warning at the heading says the wave could not be placed. `Wave 7.2` under `# Phase 7` is wave 2 of
// phase 7 as before. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const INSERTED = [
  '# Phase 7: Onboarding',
  '',
  '## Wave 1: Accounts',
  '- E7.1.1 signup-form (~200 lines)',
  '',
  '## Wave 2: Invitations',
  '- E7.2.1 invite-mail (~260 lines)',
  '',
  '## Wave 2.5: Accessibility pass (added late)',
  '- `contrast-fixes` (~90 lines)',
  '',
  '## Wave 3: Tours',
  '**Depends On**: Wave 2.5',
  '- E7.3.1 product-tour (~310 lines)',
  '',
].join('\n');

const QUALIFIED = [
  '# Phase 7: Onboarding',
  '',
  '## Wave 7.1: Accounts',
  '- E7.1.1 signup-form (~200 lines)',
  '',
  '## Wave 7.2: Tours',
  '**Depends On**: Wave 7.1',
  '- E7.2.1 product-tour (~310 lines)',
  '',
].join('\n');

describe('markdown reader: a decimal wave inserted into a phase plan', () => {
  const r = readPlanText('/ws/PHASE-7-PLAN.md', INSERTED);

  it('invents no phase: the inserted wave is no wave of its own', () => {
    assert.deepEqual(
      r.phases.map((p) => p.phase),
      [7],
    );
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave]),
      [
        [7, 1],
        [7, 2],
        [7, 3],
      ],
    );
  });

  it('keeps its efforts in the phase, in the wave it follows', () => {
    const fixes = r.efforts.find((f) => f.id === 'contrast-fixes');
    assert.ok(fixes, "the inserted wave's effort is read");
    assert.deepEqual([fixes.phase?.value, fixes.wave?.value], [7, 2]);
  });

  it("reads a wait for the inserted wave as a wait for the inserted wave's efforts", () => {
    assert.deepEqual(
      (r.constraints ?? []).map((c) => [c.phase, c.wave, c.after]),
      [[7, 3, [{ phase: 7, wave: 2, named: ['contrast-fixes'] }]]],
    );
  });

  it('says at the heading that the wave could not be placed', () => {
    assert.deepEqual(
      r.diagnostics.map((d) => [d.line, d.severity, d.code]),
      [[9, 'warning', 'metadata-invalid']],
    );
    assert.match(r.diagnostics[0].message, /Wave 2\.5 .*Phase 7.*read as efforts of wave 7\.2/);
  });

  it('reads a phase-qualified wave (`Wave 7.2` under `# Phase 7`) as before, with no warning', () => {
    const q = readPlanText('/ws/PHASE-7-PLAN.md', QUALIFIED);
    assert.deepEqual(
      q.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [7, 1, 'Accounts'],
        [7, 2, 'Tours'],
      ],
    );
    assert.deepEqual(
      (q.constraints ?? []).map((c) => [c.phase, c.wave, c.after]),
      [[7, 2, [{ phase: 7, wave: 1 }]]],
    );
    assert.deepEqual(q.diagnostics, []);
  });
});
