// Findings in a tree tooltip or hover come from many files, with no file header as in Problems: each line names where
// its finding is, and one message found in several files is one line (idpbuilder's E1.2.2 showed two identical
// "name here" lines, from orchestrator-state.json and orchestrator-state.yaml, naming neither).
import { strict as assert } from 'assert';
import { DEFAULT_LIMITS } from '../../../../src/core/model/model';
import { effortMarkdown, findingsByEffort } from '../../../../src/core/views/effortText';
import { lint } from '../../support/builders';

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
