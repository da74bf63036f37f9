// Findings in a tree tooltip or hover come from many files, with no file header as in Problems: each line names where
// its finding is, and one message found in several files is one line (idpbuilder's E1.2.2 showed two identical
// "name here" lines, from orchestrator-state.json and orchestrator-state.yaml, naming neither).
import { strict as assert } from 'assert';
import * as path from 'path';
import { loadProject } from '../../../../src/cli/load';
import { DEFAULT_LIMITS } from '../../../../src/core/model/model';
import { effortMarkdown, findingsByEffort } from '../../../../src/core/views/effortText';
import { findingLines } from '../../../../src/core/views/findingLines';
import type { PlanDiagnostic } from '../../../../src/core/model/model';
import { lint } from '../../support/builders';
import { CORPUS, describeWithShared } from '../../support/shared';

const ROOT = '/ws';

const plan = `# Phase 1: Registry

## Wave 2: Clients

#### E1.2.2: Registry Client
**Estimated Lines**: 750
`;

const state = (name: string) => ({ efforts: { 'E1.2.2': { name, phase: 1, wave: 2 } } });

describe('views: findings in a tooltip', () => {
  it('names the place of each finding and merges one message found in several places', () => {
    const { project } = lint({
      [`${ROOT}/phase-plans/PHASE-1-PLAN.md`]: plan,
      [`${ROOT}/orchestrator-state.json`]: JSON.stringify(state('fallback-strategies'), null, 2) + '\n',
      [`${ROOT}/orchestrator-state.yaml`]:
        'efforts:\n  E1.2.2:\n    name: fallback-strategies\n    phase: 1\n    wave: 2\n',
    });
    const effort = project.byId.get('E1.2.2')!;
    const text = effortMarkdown(effort, project, DEFAULT_LIMITS, findingsByEffort(project).get('E1.2.2'), ROOT);
    const findings = text.split('\n').filter((l) => l.startsWith('$('));
    assert.deepEqual(findings, [
      '$(info) orchestrator-state.json:4, orchestrator-state.yaml:3 — E1.2.2: name "fallback-strategies" here; "Registry Client" in PHASE-1-PLAN.md:5 wins (the phase plan).  ',
      '$(warning) phase-plans/PHASE-1-PLAN.md:6 — E1.2.2 is estimated at 750 lines, over the 700-line warning threshold (limit 800).  ',
    ]);
  });
});

describeWithShared('views: notes in a tooltip (real corpus)', () => {
  it('writes errors and warnings out, and more than two notes as one line naming where they are', async () => {
    // idpbuilder's E1.1.2: five notes about values older state files lost with ran its tooltip past the hover's height.
    const root = path.join(CORPUS, 'jessesanford__idpbuilder');
    const { project } = await loadProject([root], root);
    const tooltip = (id: string) =>
      effortMarkdown(project.byId.get(id)!, project, DEFAULT_LIMITS, findingsByEffort(project).get(id), root)
        .split('\n')
        .filter((l) => l.startsWith('$('));
    assert.deepEqual(tooltip('E1.1.2'), [
      '$(info) 5 notes, in Problems: orchestrator-state.json:21, 24 · orchestrator-state.yaml:243 · orchestrator-state-v3.json:744, 752  ',
    ]);
    // Four warnings and one note: each written out.
    const e221 = tooltip('E2.2.1');
    assert.equal(e221.filter((l) => l.startsWith('$(warning) ')).length, 4);
    assert.equal(e221.filter((l) => l.startsWith('$(info) orchestrator-state.yaml:338 — E2.2.1: name here')).length, 1);
  });
});

describe('views: where the notes of a tooltip are', () => {
  const note = (severity: 'info' | 'hint', line: number): PlanDiagnostic => ({
    code: 'undeclared-effort',
    severity,
    message: `note ${line}`,
    file: '/ws/PLAN.md',
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    efforts: ['E1.1.1'],
  });
  const last = (findings: PlanDiagnostic[]) => findingLines(findings, '/ws', (t) => t).pop();

  it('sends to Problems only the notes Problems lists: hints are dotted underlines in the plans', () => {
    assert.equal(last([3, 5, 7].map((l) => note('info', l))), '$(info) 3 notes, in Problems: PLAN.md:3, 5, 7  ');
    assert.equal(
      last([3, 5, 7].map((l) => note('hint', l))),
      '$(info) 3 notes, dotted underlines in the plans, not in Problems: PLAN.md:3, 5, 7  ',
    );
    assert.equal(
      last([note('info', 3), note('hint', 5), note('hint', 7)]),
      '$(info) 3 notes, 1 in Problems, 2 as dotted underlines in the plans: PLAN.md:3, 5, 7  ',
    );
  });
});
