// A state file that keys its records by effort name names the other records by those names in their dependency
// lists (`deps: [schema-registry]`): those are the records' efforts, and when a record joins a plan's effort
// (nameJoin.ts) the references to it follow it to that effort's id.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { PlanEngine } from '../../../../src/core/project/engine';
import type { Project } from '../../../../src/core/model/model';

const DIR = join(__dirname, '../../../fixtures/state/named-deps');

function read(...files: string[]): Project {
  const engine = new PlanEngine();
  for (const file of files) engine.update(file, readFileSync(file, 'utf8'));
  return engine.project();
}

const deps = (p: Project, id: string) => {
  const e = p.byId.get(id)!;
  return { internal: e.dependsOn, external: e.externalDependsOn };
};

describe('dependencies that name state records by their names', () => {
  it("are the named records' efforts, whatever the case or separators", () => {
    const p = read(join(DIR, 'with-ids/orchestrator-state.json'));
    assert.deepEqual(deps(p, 'E3.1.2'), { internal: ['E3.1.1'], external: [] });
    // A name no record has stays an external reference.
    assert.deepEqual(deps(p, 'E3.2.1'), { internal: ['E3.1.2', 'E3.1.1'], external: ['Phase 2 storage'] });
  });

  it("follow a record that joins a plan's effort to that effort's id", () => {
    const state = join(DIR, 'joined/orchestrator-state.yaml');
    const p = read(join(DIR, 'joined/PHASE-4-PLAN.md'), state);
    assert.deepEqual(
      p.efforts.map((e) => e.id),
      ['E4.1.1', 'E4.1.2', 'E4.2.1'],
    );
    assert.deepEqual(deps(p, 'E4.1.2'), { internal: ['E4.1.1'], external: [] });
    assert.deepEqual(deps(p, 'E4.2.1'), { internal: ['E4.1.2', 'E4.1.1'], external: [] });
    assert.equal(p.byId.get('E4.2.1')!.origins.dependsOn?.file, state);
    // The state file alone: its records are efforts of their own, and depend on each other by name.
    const alone = read(state);
    assert.deepEqual(deps(alone, 'audit-trail'), { internal: ['session-api', 'token-store'], external: [] });
  });

  it('a flat `efforts:` mapping keyed by names, each record in a wave, is read as those efforts', () => {
    const state = join(DIR, 'flat/orchestrator-state.json');
    const alone = read(state);
    assert.deepEqual(
      alone.efforts.map((e) => [e.id, e.phase, e.wave, e.status, e.dependsOn]),
      [
        ['billing-hooks', 2, 2, 'planned', ['quota-store', 'rate-limiter']],
        ['quota-store', 2, 1, 'in-progress', ['rate-limiter']],
        ['rate-limiter', 2, 1, 'done', []],
      ],
    );
    // Beside the plan, each record joins the plan's effort of its name in its wave, and so do the references.
    const p = read(join(DIR, 'flat/PHASE-2-PLAN.md'), state);
    assert.deepEqual(
      p.efforts.map((e) => [e.id, e.status, e.dependsOn, e.externalDependsOn]),
      [
        ['E2.1.1', 'done', [], []],
        ['E2.1.2', 'in-progress', ['E2.1.1'], []],
        ['E2.2.1', 'planned', ['E2.1.2', 'E2.1.1'], []],
      ],
    );
  });
});
