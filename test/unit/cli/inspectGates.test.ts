// `waveplan inspect` says where a wave or a phase waits for an earlier one, as the plan says it: on the wave's line
// (`**Depends On**: Wave 1` under `## Wave 2`) or the phase's (`**Requires**: Phase 1 complete`), the same words as
// the hover's `Waits for: all of Wave 1`. An effort's own `Wave 1.2 completion` stays on its effort, not its wave.
import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cliRun';
import { PHASE_1_PLAN, PHASE_2_PLAN, UNPHASED_PLAN } from '../support/gatePlans';

describe('waveplan inspect (text): waves and phases that wait', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waveplan-inspect-gates-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('says `waits for all of Wave 1` on the wave of a plan without phases', async () => {
    const root = path.join(dir, 'unphased');
    mkdirSync(root);
    writeFileSync(path.join(root, 'PLAN.md'), UNPHASED_PLAN);
    const { code, out } = await runCli(['inspect'], root);
    assert.equal(code, 0);
    assert.deepEqual(
      out.split('\n').filter((l) => /^\S|^ {2}Wave/.test(l)),
      [
        'Release train (waves without a phase)',
        '  Wave 1',
        '  Wave 2 (waits for all of Wave 1)',
        '  Wave 3',
        '5 efforts in 1 file, 0 diagnostics',
      ],
    );
  });

  it('says it of a phase on the phase, of a wave on the wave', async () => {
    const root = path.join(dir, 'phased');
    mkdirSync(path.join(root, 'plans'), { recursive: true });
    writeFileSync(path.join(root, 'plans', 'PHASE-1-PLAN.md'), PHASE_1_PLAN);
    writeFileSync(path.join(root, 'plans', 'PHASE-2-PLAN.md'), PHASE_2_PLAN);
    const { code, out } = await runCli(['inspect'], root);
    assert.equal(code, 0);
    assert.deepEqual(
      out.split('\n').filter((l) => /^\S|^ {2}Wave/.test(l)),
      [
        'Phase 1: Core',
        '  Wave 1.1',
        '  Wave 1.2',
        'Phase 2: Service (waits for all of Phase 1)',
        '  Wave 2.1',
        '  Wave 2.2 (waits for all of Wave 2.1)',
        '7 efforts in 2 files, 0 diagnostics',
      ],
    );
  });
});
