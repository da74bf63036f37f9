// A plan without phases (kcp's WAVE-IMPLEMENTATION-PLAN: `### Wave 0: Foundation Fixes` over branch-named efforts)
// cannot fill the default branch template's {phase}. The user once saw `Git: no branch name: branch of
// sync-01-interfaces: "waveplan/phase{phase}/wave{wave}/{slug}" uses {phase} but it has no value` in the tooltip, an
// error about a template they never wrote for a plan that never promised a phase; then a plain "no phase to derive one
// from", while the tree still offered Create Effort Worktree and it failed. Now the built-in template names such an
// effort's branch without the phase (`waveplan/wave0/…`), as it names a phased effort's; a template the settings got
// wrong still says what is wrong.
import { strict as assert } from 'assert';
import { listWorktrees } from '../../../../src/core/worktrees/list';
import { combineStatus } from '../../../../src/core/views/gitStatus';
import { gitMarkdown, gitWords } from '../../../../src/core/views/gitStatusText';
import { DEFAULT_LIMITS } from '../../../../src/core/model/model';
import { TempRepo } from '../../../fixtures/worktrees/tempRepo';
import { lint } from '../../support/builders';

const plan = `# Wave Implementation Plan: Syncer Workload Synchronization

### Wave 0: Foundation Fixes (Day 0-1)
**Branches**:
- Agent 1: Fix sync-01-interfaces

### Wave 1: Core Implementation Foundation (Day 1-3)
**Branches**:
- Agent 1: sync-04-transform-pipeline (depends on sync-01)
`;

describe('views: the branch of an effort whose plan has no phase', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = new TempRepo()));
  afterEach(() => repo.cleanup());

  const gitView = async (settings = {}) => {
    const { project } = lint({ [`${repo.dir}/WAVE-IMPLEMENTATION-PLAN.md`]: plan });
    const listing = await listWorktrees({ repo: repo.dir, plan: project, settings });
    return combineStatus(listing, [], []).efforts.get('sync-01-interfaces')!;
  };

  it('names its branch by the built-in template without a phase, not as a failure of the template', async () => {
    const view = await gitView();
    assert.deepEqual(gitMarkdown(view, DEFAULT_LIMITS), ['Git: `waveplan/wave0/sync-01-interfaces` does not exist  ']);
    assert.equal(gitWords(view, true, 'planned'), 'no branch', 'as the row of a phased effort not yet started');
  });

  it('still names a template the settings got wrong', async () => {
    const view = await gitView({ branchTemplate: 'work/{ticket}/{slug}' });
    assert.match(gitMarkdown(view, DEFAULT_LIMITS)[0], /^Git: no branch name: .*unknown placeholder \{ticket\}/);
    assert.equal(gitWords(view, true, 'planned'), 'no branch name');
  });
});
