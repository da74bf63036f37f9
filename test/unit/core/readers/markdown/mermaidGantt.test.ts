// A plan's schedule as a Mermaid gantt chart: `E1.1.2 Lexer :e112, after e111, 2d` says E1.1.2 starts after the task
// e111 (E1.1.1). Such charts gave no edge at all, so the graph and the wave checks missed the order they state. Read
// through readPlanText and the engine.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { lint } from '../../../support/builders';

const FILE = '/ws/WAVE-PLAN.md';
const PLAN = [
  '# Phase 1 Wave Plan',
  '',
  '## Wave 1.1: Core',
  '',
  '### E1.1.1: Parser',
  '### E1.1.2: Lexer',
  '### E1.1.3: Printer',
  '',
  '```mermaid',
  'gantt',
  '  dateFormat YYYY-MM-DD',
  '  title Core schedule',
  '  section Wave 1.1',
  '  Kickoff        :milestone, kick, 2026-01-05, 0d',
  '  E1.1.1 Parser  :done, e111, after kick, 3d',
  '  E1.1.3 Printer :active, e113, after e111  e112, 2d',
  '  E1.1.2 Lexer   :crit, e112, after e111, 2d',
  '  E1.1.4 Docs    :2026-01-09, 1d',
  '```',
  '',
].join('\n');

describe('markdown reader: Mermaid gantt charts', () => {
  it('reads each `after` as the task’s dependencies, tasks named by the effort id in their title', () => {
    const r = readPlanText(FILE, PLAN);
    const deps = (id: string) =>
      r.efforts
        .filter((f) => f.id === id && f.dependsOn)
        .flatMap((f) => f.dependsOn!.refs.map((x) => [x.id, x.external ?? false]));
    assert.deepEqual(deps('E1.1.1'), [['Kickoff', true]]);
    assert.deepEqual(deps('E1.1.2'), [['E1.1.1', false]]);
    assert.deepEqual(deps('E1.1.3'), [
      ['E1.1.1', false],
      ['E1.1.2', false],
    ]);
    const e112 = r.efforts.find((f) => f.id === 'E1.1.3' && f.dependsOn)!.dependsOn!.refs[1].span!;
    assert.deepEqual([e112.line, e112.column, e112.endColumn], [16, 45, 49], 'located at the task id');
  });

  it('draws the edges in the project, and a task with no id or `after` gives its effort and no edge', () => {
    const { project } = lint({ [FILE]: PLAN });
    assert.deepEqual(project.byId.get('E1.1.3')?.dependsOn, ['E1.1.1', 'E1.1.2']);
    assert.deepEqual(project.byId.get('E1.1.2')?.dependsOn, ['E1.1.1']);
    assert.deepEqual(project.byId.get('E1.1.4')?.dependsOn, []);
    assert.equal(project.byId.get('E1.1.4')?.wave, 1);
    // Its tags `done` and `active` are statuses; `crit` and `milestone` only style.
    assert.deepEqual(
      ['E1.1.1', 'E1.1.2', 'E1.1.3'].map((id) => project.byId.get(id)?.status),
      ['done', 'planned', 'in-progress'],
    );
  });
});
