// Progress and measured size belong to one effort's work: a state record about another effort under the same id
// (an earlier generation of the plan, another branch) never lends this effort its actual lines, status or folder.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';

const PLAN = `# Phase 1 Implementation Plan

## Wave 1: Clients

### E1.1.2: Registry Client Interface
**Branch**: acme/phase1/wave1/registry-client
**Size Estimate**: 380 lines
**Status**: In Progress
`;

/** Read, merged and checked by the product's engine, as lint and the editor do. */
function project(files: Record<string, string>) {
  const engine = new PlanEngine();
  for (const [file, text] of Object.entries(files)) engine.update(file, text);
  return engine.project();
}

/** A 2.x state file listing one completed effort of wave 1.1. */
function stateRecord(name: string, extra: string): string {
  return `phase_structure:\n  phase_1:\n    waves:\n      wave_1:\n        efforts:\n          - name: E1.1.2-${name}\n            status: COMPLETED\n${extra}`;
}

describe('state records about another effort under the same id', () => {
  it('an older record with another name and another branch gives neither size nor progress', () => {
    const old = JSON.stringify({
      efforts_completed: [
        {
          effort_id: 'E1.1.2-registry-tls-trust',
          branch: 'acme-legacy/phase1/wave1/registry-tls-trust',
          lines_changed: 1600,
          working_dir: 'efforts/phase1/wave1/registry-tls-trust',
        },
      ],
    });
    const p = project({ '/ws/phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': PLAN, '/ws/orchestrator-state.json': old });
    const e = p.byId.get('E1.1.2')!;
    assert.equal(e.name, 'Registry Client Interface');
    assert.equal(e.actualLines, undefined);
    assert.equal(e.status, 'in-progress');
    assert.equal(e.directory, undefined);
    assert.deepEqual(
      p.diagnostics.filter((d) => d.code === 'effort-oversized'),
      [],
    );
  });

  it('a record without a branch that names another effort gives neither', () => {
    const yaml = stateRecord('registry-tls-trust-integration', '            actual_lines: 1714\n');
    const p = project({ '/ws/phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': PLAN, '/ws/orchestrator-state.yaml': yaml });
    const e = p.byId.get('E1.1.2')!;
    assert.equal(e.actualLines, undefined);
    assert.equal(e.status, 'in-progress');
  });

  it('a record naming this effort gives its size and progress, even under a branch spelled otherwise', () => {
    const yaml = stateRecord('registry-client-interface', '            actual_lines: 1714\n');
    let e = project({
      '/ws/phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': PLAN,
      '/ws/orchestrator-state.yaml': yaml,
    }).byId.get('E1.1.2')!;
    assert.equal(e.actualLines, 1714);
    assert.equal(e.status, 'done');
    const renamed = JSON.stringify({
      efforts_completed: [
        {
          effort_id: 'E1.1.2-registry-client-interface',
          branch: 'acme/phase-1-wave-1-effort-2',
          base_branch: 'acme/phase1/wave1/integration',
          lines_changed: 1600,
        },
      ],
    });
    const p = project({
      '/ws/phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': PLAN,
      '/ws/orchestrator-state.json': renamed,
    });
    e = p.byId.get('E1.1.2')!;
    assert.equal(e.actualLines, 1600);
    // The base belongs to the branch the record names, which is not the effort's.
    assert.equal(e.baseBranch, undefined);
    assert.ok(p.diagnostics.some((d) => d.code === 'effort-oversized' && d.efforts.includes('E1.1.2')));
  });
  it('a record naming another effort does not lend its estimate to an effort that has none', () => {
    // The plan gives E1.2.2 no size; the older record's 400 lines are the estimate of "fallback-strategies".
    const plan =
      '# Phase 1 Implementation Plan\n\n## Wave 2: Clients\n\n### E1.2.2: Registry Client\n**Branch**: acme/phase1/wave2/registry-client\n';
    const yaml = stateRecord('fallback-strategies', '            estimated_lines: 400\n')
      .replace('wave_1', 'wave_2')
      .replace('E1.1.2', 'E1.2.2');
    const p = project({ '/ws/phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': plan, '/ws/orchestrator-state.yaml': yaml });
    const e = p.byId.get('E1.2.2')!;
    assert.equal(e.name, 'Registry Client');
    assert.equal(e.estimatedLines, undefined);
  });

  it("another effort's estimate is not reported as disagreeing with this effort's", () => {
    const yaml = stateRecord('registry-tls-trust-integration', '            estimated_lines: 600\n');
    const p = project({ '/ws/phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': PLAN, '/ws/orchestrator-state.yaml': yaml });
    assert.equal(p.byId.get('E1.1.2')!.estimatedLines, 380);
    const states = p.diagnostics.filter((d) => d.code === 'state-conflict').map((d) => d.message);
    // The name conflict says the record is about another effort; its size is not a second opinion on this one.
    assert.ok(states.some((m) => /name here/.test(m)));
    assert.ok(!states.some((m) => /estimated lines/.test(m)));
  });
});
