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
});
