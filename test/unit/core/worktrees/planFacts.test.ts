// Worktree facts come from the plan as the product reads it (PlanEngine): folder names from declared directories,
// one folder per effort, and integration bases under the prefix the plan's own branches carry.
import { strict as assert } from 'assert';
import * as path from 'path';
import type { Project } from '../../../../src/core/model/model';
import { PlanEngine } from '../../../../src/core/project/engine';
import { createEffortWorktree, createWaveWorktrees } from '../../../../src/core/worktrees/create';
import { effortFolderName } from '../../../../src/core/worktrees/naming/naming';
import type { WorktreeContext } from '../../../../src/core/worktrees/session';
import { TempRepo } from '../../../fixtures/worktrees/tempRepo';

function read(texts: Record<string, string>): Project {
  const engine = new PlanEngine();
  for (const [file, text] of Object.entries(texts)) engine.update(file, text);
  return engine.project();
}

describe('worktree folder names from declared directories', () => {
  it('a code folder at the end of a directory is not the effort name', () => {
    assert.equal(effortFolderName('efforts/phase2/wave2/cli-commands/pkg/'), 'cli-commands');
    assert.equal(effortFolderName('efforts/phase2/wave2/cli-commands/src/internal'), 'cli-commands');
    assert.equal(effortFolderName('/ws/services/label-printer/cmd'), 'label-printer');
    assert.equal(effortFolderName('label-printer'), 'label-printer');
    assert.equal(effortFolderName('efforts/phase2/wave2/api'), 'api');
    assert.equal(effortFolderName('efforts/phase2/wave2/pkg/'), '');
    assert.equal(effortFolderName('pkg'), '');
  });
});

describe('worktree facts from the plan as read (real repositories)', () => {
  let repo: TempRepo;
  let calls: string[][];
  beforeEach(() => {
    repo = new TempRepo();
    calls = [];
  });
  afterEach(() => repo.cleanup());
  const ctx = (project: Project, extra: Partial<WorktreeContext> = {}): WorktreeContext => ({
    repo: repo.dir,
    plan: project,
    trace: (args) => calls.push([...args]),
    ...extra,
  });

  // The phase plan (losing source) writes the directory with a code folder; the wave plan wins the name.
  const PHASE = [
    '# Phase 2: Shipping',
    '## Wave 2: Command line',
    '#### E2.2.1: Command line tools',
    '**Directory**: efforts/phase2/wave2/cli-commands/pkg/',
    '**Estimated Size**: 450 lines',
    '',
  ].join('\n');
  const WAVE = [
    '# Phase 2',
    '## Wave 2: Command line',
    '#### E2.2.1: cli-commands',
    '**Estimated Size**: 450 lines',
    '',
  ].join('\n');

  it("names the folder after the effort, not the code folder at the end of a losing source's directory", async () => {
    const project = read({ 'phase-plans/PHASE-2-PLAN.md': PHASE, 'phase-plans/phase2/WAVE-2.2-PLAN.md': WAVE });
    const e = project.byId.get('E2.2.1')!;
    assert.equal(e.directory, 'efforts/phase2/wave2/cli-commands/pkg/');
    repo.git('branch', 'phase2/wave1/integration', 'main');
    const result = await createEffortWorktree(
      e,
      ctx(project, { settings: { directoryTemplate: 'phase{phase}/wave{wave}/{effort_name}' } }),
      { dryRun: true },
    );
    assert.equal(result.status, 'planned', JSON.stringify(result.error));
    assert.equal(result.path, path.join(repo.root, 'repo-worktrees', 'phase2', 'wave2', 'cli-commands'));
  });

  it('two efforts that would share a folder are a clear error before git runs, for one effort and for a wave', async () => {
    const text = [
      '# Phase 2: Shipping',
      '## Wave 2: Command line',
      '#### E2.2.1: Command parser',
      '**Directory**: efforts/phase2/wave2/cli-commands/pkg/',
      '',
      '#### E2.2.2: Command help',
      '**Directory**: efforts/phase2/wave2/cli-commands/src/',
      '',
    ].join('\n');
    const project = read({ 'PHASE-2-PLAN.md': text });
    const c = ctx(project, { settings: { directoryTemplate: '{effort_name}' } });
    const one = await createEffortWorktree(project.byId.get('E2.2.2')!, c);
    assert.equal(one.status, 'failed');
    assert.deepEqual(one.error, {
      code: 'duplicate-folder',
      message: `E2.2.2 and E2.2.1 would get the same worktree folder ${path.join(repo.root, 'repo-worktrees', 'cli-commands')}; declare a Directory or Branch that tells them apart; nothing was run`,
    });
    const wave = await createWaveWorktrees(project.efforts, c);
    assert.deepEqual(
      wave.results.map((r) => [r.effort, r.status, r.error?.code]),
      [
        ['E2.2.1', 'failed', 'duplicate-folder'],
        ['E2.2.2', 'failed', 'duplicate-folder'],
      ],
    );
    assert.deepEqual(
      calls.filter((a) => a[0] === 'worktree' && a[1] === 'add'),
      [],
    );
    assert.deepEqual(repo.branches(), ['main']);
  });

  const ACME = [
    '# Phase 3: Returns',
    '## Wave 1: Intake',
    '#### E3.1.1: Return intake',
    '**Branch**: `acme/phase3/wave1/return-intake`',
    '',
    '#### E3.1.2: Refund rules',
    '**Branch**: `acme/phase3/wave1/refund-rules`',
    '**Base Branch**: phase3/wave1/return-intake',
    '',
    '## Wave 2: Refunds',
    '#### E3.2.1: Refund ledger',
    '**Branch**: `acme/phase3/wave2/refund-ledger`',
    '',
  ].join('\n');

  it("looks up integration branches under the prefix the plan's own effort branches carry", async () => {
    const project = read({ 'PHASE-3-PLAN.md': ACME });
    repo.git('branch', 'acme/phase2/integration', 'main');
    repo.git('branch', 'acme/phase3/wave1-integration', 'main');
    repo.git('commit', '-q', '--allow-empty', '-m', 'main moves on');
    const first = await createEffortWorktree(project.byId.get('E3.1.1')!, ctx(project));
    assert.deepEqual(
      [first.status, first.base, first.baseReason],
      [
        'created',
        'acme/phase2/integration',
        'R308: the first wave of phase 3 starts from the phase 2 integration branch',
      ],
    );
    assert.equal(repo.sha('acme/phase3/wave1/return-intake'), repo.sha('acme/phase2/integration'));
    const second = await createEffortWorktree(project.byId.get('E3.2.1')!, ctx(project));
    assert.deepEqual([second.status, second.base], ['created', 'acme/phase3/wave1-integration']);
  });

  it('finds a declared base written without the prefix the repository uses', async () => {
    const project = read({ 'PHASE-3-PLAN.md': ACME });
    repo.git('branch', 'acme/phase3/wave1/return-intake', 'main');
    const result = await createEffortWorktree(project.byId.get('E3.1.2')!, ctx(project), { dryRun: true });
    assert.deepEqual(
      [result.status, result.base, result.baseReason],
      [
        'planned',
        'acme/phase3/wave1/return-intake',
        "declared Base Branch phase3/wave1/return-intake, under the plan's prefix",
      ],
    );
  });

  it('without such a branch the error lists the prefixed names it tried', async () => {
    const project = read({ 'PHASE-3-PLAN.md': ACME });
    const result = await createEffortWorktree(project.byId.get('E3.1.1')!, ctx(project));
    assert.equal(result.error?.code, 'unknown-base');
    assert.match(
      result.error!.message,
      /tried acme\/phase2\/integration, acme\/phase2-integration, acme\/phase-2-integration, phase2\/integration/,
    );
  });
});
