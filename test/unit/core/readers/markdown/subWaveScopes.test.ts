// Public plans split a wave into parts, `## Wave 1a — Pilot` then `## Wave 1b — Remaining backend` (one after the
// other), or `Wave 2A (parallel with 2B)`. The efforts of every part are wave 1's; what a part writes for itself
// (`**Status**: Complete`, `**Base Branch**:`) is its own efforts'. Before, the pilot's Complete and base branch
// became wave 1's, and so the other part's efforts read as done, branching from the pilot's base. Read through the engine.
import { strict as assert } from 'assert';
import { lint } from '../../../support/builders';

const PLAN = '/ws/plans/PHASE-2-PLAN.md';

function efforts(lines: string[]) {
  const { project } = lint({ [PLAN]: ['# Phase 2: Backend', '', ...lines, ''].join('\n') });
  return project.efforts.map((e) => [e.id, e.wave, e.status, e.baseBranch ?? null]);
}

describe("a part of a wave (`Wave 1a`): what it writes for itself is its own efforts'", () => {
  it('parts one after the other: the pilot is done, the next part is not', () => {
    const rows = efforts([
      '## Wave 1a — Pilot',
      '',
      '**Status**: Complete',
      '**Base Branch**: `phase2/pilot`',
      '',
      '### E2.1.1: Sources DB',
      '',
      '## Wave 1b — Remaining backend',
      '',
      '**Base Branch**: `phase2/rest`',
      '',
      '### E2.1.2: Upload API',
    ]);
    assert.deepEqual(rows, [
      ['E2.1.1', 1, 'done', 'phase2/pilot'],
      ['E2.1.2', 1, 'planned', 'phase2/rest'],
    ]);
  });

  it("parts under their wave's heading: the wave's own field applies to both, a part's to its efforts first", () => {
    const rows = efforts([
      '## Wave 1: Security',
      '',
      '**Base Branch**: `phase2/w1`',
      '',
      '### Wave 1A: WAF',
      '',
      '**Status**: In Progress',
      '',
      '#### E2.1.1: SSRF bypass',
      '',
      '### Wave 1B: Crypto',
      '',
      '**Base Branch**: `phase2/crypto`',
      '',
      '#### E2.1.2: Static salt',
    ]);
    assert.deepEqual(rows, [
      ['E2.1.1', 1, 'in-progress', 'phase2/w1'],
      ['E2.1.2', 1, 'planned', 'phase2/crypto'],
    ]);
  });
});
