// Plan file names as real repositories write them, by name and by the folder they sit in; case-insensitive.
import { strict as assert } from 'assert';
import { classifyPlanFile, PLAN_GLOBS } from '../../../../src/core/files/classify';
import { PlanFileFilter } from '../../../../src/core/files/filter';

describe('classifyPlanFile: file-name variants', () => {
  const cases: Array<[string, string | undefined]> = [
    ['EFFORT-PLAN-E1.2.1.md', 'effort-plan'],
    ['Effort-Plan-E1.2.1.md', 'effort-plan'],
    ['efforts/phase1/wave2/push/EFFORT-PLAN.md', 'effort-plan'],
    ['E1.2.3-registry-PLAN.md', 'effort-plan'],
    ['.software-factory/phase1/wave1/E1.1.1-cred/IMPLEMENTATION-PLAN.md', 'effort-plan'],
    ['.software-factory/phase1/wave1/E1.1.1-cred/CODE-PLAN.md', 'effort-plan'],
    ['.software-factory/phase1/wave1/E1.1.1-cred/IMPLEMENTATION-PLAN--20251202-063522.md', 'effort-plan'],
    ['planning/phase2/wave2/IMPLEMENTATION-PLAN.md', 'wave-plan'],
    ['planning/phase2/wave2/wave-2-plan.md', 'wave-plan'],
    ['planning/phase2/PLAN.md', 'phase-plan'],
    ['phase-plans/Phase-1-Plan.md', 'phase-plan'],
    ['phase-plans/ROADMAP-PLAN.md', 'phase-plan'],
    ['planning/ARCHITECTURE-PLAN.md', 'other'],
    ['IMPLEMENTATION-PLAN.md', 'phase-plan'],
    // The same name with an underscore or a space was passed over: a repository's whole plan went unread.
    ['IMPLEMENTATION_PLAN.md', 'phase-plan'],
    ['docs/Implementation Plan.md', 'phase-plan'],
    // A root PLAN.md is the project's plan, as a root IMPLEMENTATION-PLAN.md is; elsewhere outside plan folders, no.
    ['PLAN.md', 'phase-plan'],
    ['plan.md', 'phase-plan'],
    ['docs/PLAN.md', undefined],
    ['docs/subproject/plan.md', undefined],
    ['docs/planning-notes.md', undefined],
    ['planets.md', undefined],
    ['README.md', undefined],
    ['plans/phase-3.md', 'phase-plan'],
    ['Phase_4.md', 'phase-plan'],
    ['docs/wave-2.1.md', 'wave-plan'],
    // The plan first, then its phase or wave: passed over before ("no plan or state file found").
    ['PLAN-phase-2.md', 'phase-plan'],
    ['docs/plan_wave_2.1.md', 'wave-plan'],
    ['PLAN-phase-2-wave-1.md', 'wave-plan'],
    ['plan-phasing-notes.md', undefined],
    ['PLAN-wavefront.md', undefined],
    ['plans/billing.md', 'other'],
    ['.plans/q3.md', 'other'],
    ['planning/phase2/notes.md', 'phase-plan'],
    ['plans/README.md', undefined],
    ['plans/effort-template.md', undefined],
    ['phase-3-retro-notes.md', undefined],
    ['docs/waves-of-change.md', undefined],
    ['planets/mars.md', undefined],
    // A roadmap by its name: the project's plan over its phases.
    ['ROADMAP.md', 'phase-plan'],
    ['docs/Project-Roadmap.md', 'phase-plan'],
    ['roadmap_2026.md', 'phase-plan'],
    ['roadmapping-notes.md', undefined],
    ['docs/road-maps.md', undefined],
    // Data files in a plans folder are state by their folder (kept only when they name efforts, waves or phases).
    ['planning/status.json', 'state'],
    ['.plans/phase2/progress.yaml', 'state'],
    ['plans/board.yml', 'state'],
    ['docs/status.json', undefined],
    ['planets/mars.json', undefined],
    ['plans/diagram.svg', undefined],
  ];
  for (const [file, kind] of cases) {
    it(`${file} → ${kind ?? 'not a plan'}`, () => assert.equal(classifyPlanFile(file), kind));
  }

  it('the default globs admit every spelling of "plan" (editor searches are case-sensitive on Linux)', () => {
    const f = new PlanFileFilter({ planGlobs: PLAN_GLOBS, exclude: [], worktreeRoot: '' });
    for (const file of [
      'Effort-Plan-E1.2.1.md',
      'phase-plans/Phase-1-Plan.md',
      'planning/phase2/wave2/wave-2-plan.md',
      'plans/phase-3.md',
      'Phase_4.md',
      'docs/Wave-2.1.md',
      'PLAN-phase-2.md',
      'plans/billing.md',
      '.plans/q3.md',
      'team/Planning/phase2/notes.md',
      'Planning/Status.JSON',
      '.plans/progress.yaml',
      'ROADMAP.md',
      'docs/Project-Roadmap.md',
      'PLAN.md',
      'Plan.md',
    ]) {
      assert.ok(f.kindOf(file), file);
      assert.equal(f.kindOf(file), classifyPlanFile(file), file);
    }
  });

  it('never reads dependencies, git, build output or test installs, at any depth and in any case', () => {
    const f = new PlanFileFilter({ planGlobs: PLAN_GLOBS, exclude: ['archive/**'], worktreeRoot: '' });
    for (const dir of ['node_modules', '.git', '.vscode-test', 'vendor', 'dist', 'out', 'Node_Modules', 'DIST']) {
      assert.equal(f.kindOf(`${dir}/PHASE-1-PLAN.md`), undefined, dir);
      assert.equal(f.kindOf(`a/b/${dir}/c/WAVE-2-PLAN.md`), undefined, dir);
      assert.ok(f.skipsFolder(dir), dir);
      assert.ok(f.skipsFolder(`plans/${dir}`), dir);
    }
    // Only whole folder names: a folder that merely starts or ends like one is read.
    for (const dir of ['outline', 'distant', 'my-vendor', 'node_modules2', 'git'])
      assert.equal(f.kindOf(`${dir}/PHASE-1-PLAN.md`), 'phase-plan', dir);
    assert.equal(f.kindOf('archive/PHASE-1-PLAN.md'), undefined);
    assert.ok(!f.skipsFolder('plans'));
  });

  it('reads files a user glob adds by their kind: JSON and YAML as state, markdown as a generic plan', () => {
    const f = new PlanFileFilter({
      planGlobs: [...PLAN_GLOBS, '**/*MILESTONES*.md', '**/state.yml', '**/progress.json'],
      exclude: [],
      worktreeRoot: '',
    });
    assert.equal(f.kindOf('docs/PHASE-2-MILESTONES.md'), 'other');
    assert.equal(f.kindOf('planning/phase2/state.yml'), 'state');
    assert.equal(f.kindOf('progress.json'), 'state');
    assert.equal(f.kindOf('docs/phase2/notes.yml'), undefined);
  });
});
