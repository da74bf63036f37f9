// Two efforts whose plans name one branch: a warning at the later one's branch, naming the first. Checked on every
// edit (the incremental engine too), gone once the branches differ; a cancelled effort's branch is never made.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';
import type { PlanDiagnostic } from '../../../../src/core/model/model';
import { lint } from '../../support/builders';

const F = 'PHASE-2-IMPLEMENTATION-PLAN.md';
const PLAN = (second: string, status = 'Planned') =>
  [
    '# Phase 2 Implementation Plan',
    '',
    '## Wave 1: Ledger',
    '',
    '### E2.1.1: ledger-core',
    '**Branch**: `pay/phase2/wave1/ledger-core`',
    '',
    '### E2.1.2: ledger-export',
    `**Branch**: \`${second}\``,
    `**Status**: ${status}`,
    '',
  ].join('\n');

const shared = (ds: { code: string }[]) => ds.filter((d) => d.code === 'shared-branch');

describe('check: shared-branch', () => {
  it('warns at the second effort’s branch line, naming the first', () => {
    const [d, ...rest] = shared(lint({ [F]: PLAN('pay/phase2/wave1/ledger-core') }).diagnostics) as ReturnType<
      typeof lint
    >['diagnostics'];
    assert.equal(rest.length, 0);
    assert.deepEqual([d.severity, d.line, d.efforts], ['warning', 9, ['E2.1.2', 'E2.1.1']]);
    assert.match(d.message, /^E2\.1\.2 names the branch pay\/phase2\/wave1\/ledger-core, as E2\.1\.1 does/);
  });

  it('says nothing when the branches differ, or the second effort is cancelled', () => {
    assert.deepEqual(shared(lint({ [F]: PLAN('pay/phase2/wave1/ledger-export') }).diagnostics), []);
    assert.deepEqual(shared(lint({ [F]: PLAN('pay/phase2/wave1/ledger-core', 'Cancelled') }).diagnostics), []);
  });

  it('comes and goes in the editor’s incremental engine when the other effort’s file is edited', () => {
    // The finding sits in the export plan, which is never edited: only the core plan's branch changes.
    const core = (branch: string) => `# Wave 2.1 Plan\n\n### E2.1.1: ledger-core\n**Branch**: \`${branch}\`\n`;
    const engine = new PlanEngine();
    engine.update('phase2/wave1/core/PLAN.md', core('pay/core'));
    engine.update(
      'phase2/wave1/export/PLAN.md',
      '# Wave 2.1 Plan\n\n### E2.1.2: ledger-export\n**Branch**: `pay/export`\n',
    );
    assert.equal(shared(engine.project().diagnostics).length, 0);
    engine.update('phase2/wave1/core/PLAN.md', core('pay/export'));
    const [d] = shared(engine.project().diagnostics) as PlanDiagnostic[];
    assert.deepEqual([d.file, d.efforts], ['phase2/wave1/export/PLAN.md', ['E2.1.2', 'E2.1.1']]);
    engine.update('phase2/wave1/core/PLAN.md', core('pay/core'));
    assert.equal(shared(engine.project().diagnostics).length, 0);
  });
});
