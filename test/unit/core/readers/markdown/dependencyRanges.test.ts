// A dependency on every effort of a wave written as a wildcard (`E1.1.*`), and a range written with two dots
// (`E1.1.1..E1.1.3`). A reader found the wildcard read as outside work that nothing waited for, and the two-dot
// range read as its first id alone. Read through the product's engine and schedule.
import { strict as assert } from 'assert';
import { analyzeProject } from '../../../../../src/core/analysis/schedule';
import { PlanEngine } from '../../../../../src/core/project/engine';

function plan(dependencies: string): string {
  return [
    '# Phase 1',
    '',
    '## Wave 1.1: Base',
    '',
    '### E1.1.1: Lexer',
    '**Size**: 200 lines',
    '',
    '### E1.1.2: Parser',
    '**Size**: 300 lines',
    '',
    '### E1.1.3: Printer',
    '**Size**: 250 lines',
    '',
    '## Wave 1.2: Tools',
    '',
    '### E1.2.1: Formatter',
    `**Dependencies**: ${dependencies}`,
    '**Size**: 300 lines',
    '',
  ].join('\n');
}

function read(dependencies: string) {
  const engine = new PlanEngine();
  engine.update('/ws/WAVE-PLAN.md', plan(dependencies));
  const project = engine.project();
  const e = project.efforts.find((x) => x.id === 'E1.2.1')!;
  return {
    dependsOn: e.dependsOn,
    external: e.externalDependsOn,
    earliest: analyzeProject(project).byId.get('E1.2.1')?.earliestWave,
    diagnostics: project.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`),
  };
}

describe('markdown reader: dependency wildcards and two-dot ranges', () => {
  it('reads `E1.1.1..E1.1.3` as the three efforts, as `E1.1.1–E1.1.3` and `E1.1.1 to E1.1.3` are', () => {
    for (const written of ['E1.1.1..E1.1.3', 'E1.1.1–E1.1.3', 'E1.1.1 to E1.1.3', '1.1.1..1.1.3'])
      assert.deepEqual(
        read(written),
        {
          dependsOn: ['E1.1.1', 'E1.1.2', 'E1.1.3'],
          external: [],
          earliest: 2,
          diagnostics: [],
        },
        written,
      );
  });

  it('reads `E1.1.*` as waiting for every effort of wave 1.1', () => {
    assert.deepEqual(read('E1.1.*'), { dependsOn: [], external: ['E1.1.*'], earliest: 2, diagnostics: [] });
    // Without it the formatter could start at once: the wildcard is what moves it.
    assert.equal(read('None').earliest, 1);
  });

  it('says where a two-dot range names efforts the plan does not have', () => {
    assert.deepEqual(read('E1.1.2..E1.1.5').diagnostics, ['17:25 unknown-dependency', '17:27 unknown-dependency']);
  });

  it('keeps a version with four numbers out of the ids (`1.1.1.4` is none)', () => {
    assert.deepEqual(read('v1.1.1.4 of the SDK').dependsOn, []);
  });
});
