// A state file that says a wave's base branch or status without listing its efforts (`waves: {"3.2": {base_branch:
// …}}`): the base of every effort of wave 3.2 the plans declare. Before, the wave map was read only for the efforts
// inside it, so a plan's efforts showed no base and worktree commands fell back to the default. Read through the
// engine, as the CLI and the editor read a folder.
import { strict as assert } from 'assert';
import { lint } from '../../../support/builders';

const PLAN = '/ws/plans/PHASE-3-PLAN.md';
const STATE = '/ws/plans/state.json';

const plan = [
  '# Phase 3: Search',
  '',
  '## Wave 3.2: Ranking',
  '',
  '### E3.2.1: Scorer',
  '**Size**: 300 lines',
  '',
  '### E3.2.2: Boosts',
  '**Size**: 200 lines',
  '**Base Branch**: `search/boosts-base`',
  '',
].join('\n');

function efforts(state: string) {
  const { project } = lint({ [PLAN]: plan, [STATE]: state });
  return project.efforts.map((e) => ({
    id: e.id,
    base: e.baseBranch,
    baseAt: e.origins.baseBranch && `${e.origins.baseBranch.file}:${e.origins.baseBranch.line}`,
    status: e.status,
    parallel: e.canParallelize,
  }));
}

describe('state files: a wave’s own base branch and status apply to its efforts', () => {
  it('reads a wave map keyed `"3.2"`: base and status for the plan’s efforts, an effort’s own base first', () => {
    const state = [
      '{',
      '  "current_wave": "3.2",',
      '  "waves": {',
      '    "3.1": {"status": "done", "integration_branch": "search/wave-3.1-integration"},',
      '    "3.2": {"status": "in_progress", "base_branch": "search/wave-3.1-integration", "can_parallelize": true}',
      '  }',
      '}',
    ].join('\n');
    assert.deepEqual(efforts(state), [
      {
        id: 'E3.2.1',
        base: 'search/wave-3.1-integration',
        baseAt: `${STATE}:5`,
        status: 'in-progress',
        parallel: undefined,
      },
      { id: 'E3.2.2', base: 'search/boosts-base', baseAt: `${PLAN}:10`, status: 'in-progress', parallel: undefined },
    ]);
    const { project } = lint({ [PLAN]: plan, [STATE]: state });
    assert.deepEqual(
      project.phases.flatMap((p) => p.waves.map((w) => `${p.phase}.${w.wave}`)),
      ['3.1', '3.2'],
      'both waves of the map are declared',
    );
  });

  it('reads a wave list `[{id: "3.2", base_branch}]` and a phase structure’s wave', () => {
    const list = '{"waves": [{"id": "3.2", "name": "Ranking", "base_branch": "search/w2-base"}]}';
    assert.deepEqual(
      efforts(list).map((e) => [e.id, e.base, e.baseAt]),
      [
        ['E3.2.1', 'search/w2-base', `${STATE}:1`],
        ['E3.2.2', 'search/boosts-base', `${PLAN}:10`],
      ],
    );
    const structure = [
      'phase_structure:',
      '  phase_3:',
      '    waves:',
      '      wave_2:',
      '        status: COMPLETE',
      '        base_branch: search/phase3-integration',
    ].join('\n');
    const { project } = lint({ [PLAN]: plan, '/ws/orchestrator-state.yaml': structure });
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.baseBranch, e.status]),
      [
        ['E3.2.1', 'search/phase3-integration', 'done'],
        ['E3.2.2', 'search/boosts-base', 'done'],
      ],
    );
  });

  it('gives no defaults from a wave entry without a base or status, nor to other waves', () => {
    const state = '{"waves": {"3.1": {"base_branch": "search/w1-base"}, "3.2": {"owner": "agent-2"}}}';
    assert.deepEqual(
      efforts(state).map((e) => [e.id, e.base, e.status]),
      [
        ['E3.2.1', undefined, 'planned'],
        ['E3.2.2', 'search/boosts-base', 'planned'],
      ],
    );
  });

  it('reads a list of phases keyed `id`, with waves `{id: "1.2", name, base}` and their tasks', () => {
    const tracker = [
      'project: checkout-revamp',
      'phases:',
      '  - id: 1',
      '    name: Cart',
      '    waves:',
      '      - id: "1.1"',
      '        name: Cart model',
      '        base: main',
      '        tasks:',
      '          - {id: E1.1.1, title: Cart aggregate, loc: 350, status: todo}',
      '      - id: "1.2"',
      '        name: Cart API',
      '        base: checkout/wave-1.1-integration',
      '        tasks:',
      '          - {id: E1.2.1, title: REST handlers, loc: 610, status: todo, deps: [E1.1.1]}',
      '      - id: "2.1"',
      '        name: Not this phase',
    ].join('\n');
    const { project } = lint({ '/ws/planning/tracker.yaml': tracker });
    assert.deepEqual(
      project.phases.map((p) => [p.phase, p.name, p.waves.map((w) => [w.wave, w.name])]),
      [
        [
          1,
          'Cart',
          [
            [1, 'Cart model'],
            [2, 'Cart API'],
          ],
        ],
      ],
    );
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.name, e.baseBranch, e.origins.baseBranch?.line]),
      [
        ['E1.1.1', 'Cart aggregate', 'main', 8],
        ['E1.2.1', 'REST handlers', 'checkout/wave-1.1-integration', 13],
      ],
    );
  });
});
