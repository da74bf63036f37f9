import { strict as assert } from 'assert';
import type { Effort, PlanDiagnostic, Project } from '../../../../src/core/model/model';
import { effortLabel, effortMarkdown, findingsByEffort, sizeText } from '../../../../src/core/views/effortText';

const base: Effort = {
  id: 'E1.2.1',
  name: 'balance_queries',
  dependsOn: [],
  externalDependsOn: [],
  parallelWith: [],
  status: 'in-progress',
  source: { file: 'p.md', line: 1 },
  origins: {},
};
const limits = { hard: 800, soft: 700 };

describe('extension: effort texts', () => {
  it('describes size as measured or estimated against the hard limit', () => {
    assert.equal(sizeText({ ...base, estimatedLines: 500 }, limits), '~500/800 lines');
    assert.equal(sizeText({ ...base, estimatedLines: 500, actualLines: 450 }, limits), '450/800 lines');
    assert.equal(sizeText(base, limits), undefined);
    assert.equal(effortLabel(base), 'E1.2.1 balance_queries');
    assert.equal(effortLabel({ ...base, name: 'E1.2.1' }), 'E1.2.1');
  });

  it('writes markdown with place, status, size, branch, dependencies (unknown marked) and findings', () => {
    const dep: Effort = { ...base, id: 'E1.1.1', name: 'a' };
    const e: Effort = {
      ...base,
      phase: 1,
      wave: 2,
      estimatedLines: 500,
      actualLines: 450,
      branch: 'x/y_z',
      dependsOn: ['E1.1.1', 'E9.9.9'],
      externalDependsOn: ['Phase 0'],
      parallelWith: ['E1.2.2'],
    };
    const project: Project = {
      efforts: [dep, e],
      byId: new Map([dep, e].map((x) => [x.id, x])),
      facts: new Map(),
      phases: [],
      diagnostics: [],
      files: [],
    };
    const finding: PlanDiagnostic = {
      file: 'p.md',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      code: 'unknown-dependency',
      severity: 'error',
      message: 'E9.9.9 is not an effort',
      efforts: ['E1.2.1'],
    };
    assert.equal(
      effortMarkdown(e, project, limits, [finding]),
      [
        '**E1.2.1** balance\\_queries',
        '',
        'Phase 1 · Wave 2  ',
        'Status: in progress  ',
        'Size: 450/800 lines (estimated 500)  ',
        'Branch: `x/y_z`  ',
        'Depends on: E1.1.1, E9.9.9 (unknown), Phase 0  ',
        'Parallel with: E1.2.2  ',
        '$(error) p.md:1 — E9.9.9 is not an effort  ',
      ].join('\n'),
    );
  });

  it('groups findings by effort once per project', () => {
    const d = (efforts: string[]): PlanDiagnostic => ({
      file: 'p.md',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      code: 'dependency-cycle',
      severity: 'error',
      message: 'm',
      efforts,
    });
    const project: Project = {
      efforts: [],
      byId: new Map(),
      facts: new Map(),
      phases: [],
      diagnostics: [d(['A', 'B']), d(['B'])],
      files: [],
    };
    const map = findingsByEffort(project);
    assert.deepEqual([map.get('A')?.length, map.get('B')?.length, map.get('C')], [1, 2, undefined]);
    assert.equal(findingsByEffort(project), map);
  });
});
