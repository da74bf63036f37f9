// A state file for one phase (`phase: 2` at its top) numbers its waves within it: `waves: [{id: 1, name: Ingest}]`.
// Before, only a wave id that carries its phase (`id: "2.1"`) declared a wave, so these waves showed no names (their
// base branch reached the efforts under them already). Read through the engine, as the CLI and the editor read a folder.
import { strict as assert } from 'assert';
import { lint } from '../../../support/builders';

const STATE = '/ws/plans/orchestrator-state.yaml';
const state = (phaseLine: string) =>
  [
    phaseLine,
    'waves:',
    '  - id: 1',
    '    name: Ingest',
    '    base_branch: phase2/ingest-base',
    '    tasks:',
    '      - {id: E2.1.1, name: CSV importer}',
    '  - id: 2',
    '    name: Query',
    '    efforts:',
    '      - {id: E2.2.1, name: Query API}',
    '',
  ].join('\n');

describe("state files: a phase's file names its waves by their number alone", () => {
  it('names waves 2.1 and 2.2; wave 2.1 keeps its base branch', () => {
    const { project } = lint({ [STATE]: state('phase: 2') });
    const waves = project.phases.flatMap((p) => p.waves.map((w) => `${w.id} ${w.name ?? '-'}`));
    assert.deepEqual(waves, ['W2.1 Ingest', 'W2.2 Query']);
    assert.equal(project.efforts.find((e) => e.id === 'E2.1.1')?.baseBranch, 'phase2/ingest-base');
  });

  it('without a phase at the top, a plain wave number names no wave', () => {
    const { project } = lint({ [STATE]: state('project: search') });
    const names = project.phases.flatMap((p) => p.waves.map((w) => w.name).filter(Boolean));
    assert.deepEqual(names, []);
  });
});
