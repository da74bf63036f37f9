// Structure over prose, through the product's engine: a metadata block's dependencies beat a prose list, a field
// that names no effort does not hide a mermaid graph's edges, `Wave 2.1 <name>` resolves to the effort so named.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyzeProject } from '../../../../src/core/analysis/schedule';
import { PlanEngine } from '../../../../src/core/project/engine';

const ROOT = path.resolve(__dirname, '../../../fixtures/inherit/structure');
const WAVE = 'planning/phase5/wave2/WAVE-IMPLEMENTATION-PLAN.md';
const PHASE = 'phase-plans/PHASE-5-IMPLEMENTATION-PLAN.md';

function engineOf(files: string[]): { engine: PlanEngine; line: (file: string, needle: string) => number } {
  const engine = new PlanEngine();
  const texts = new Map<string, string>();
  for (const f of files) {
    const text = readFileSync(path.join(ROOT, f), 'utf8');
    texts.set(`/ws/${f}`, text);
    engine.update(`/ws/${f}`, text);
  }
  const line = (file: string, needle: string) =>
    texts
      .get(`/ws/${file}`)!
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1;
  return { engine, line };
}

describe('structure over prose', () => {
  const { engine, line } = engineOf([WAVE, PHASE]);
  const project = engine.project();
  const e = (id: string) => project.byId.get(id)!;

  it('an R213 JSON block’s depends_on outranks a prose list under “Upstream Dependencies”', () => {
    assert.deepEqual(e('E5.2.1').dependsOn, ['E5.1.1']);
    assert.deepEqual(e('E5.2.1').externalDependsOn, ['integration:phase5-wave5.1']);
    assert.equal(e('E5.2.1').origins.dependsOn.line, line(WAVE, '"depends_on"'));
  });

  it('a Dependencies field that names no effort does not hide the mermaid graph’s edge', () => {
    assert.deepEqual(e('E5.2.2').dependsOn, ['E5.2.1']);
    assert.equal(e('E5.2.2').origins.dependsOn.line, line(WAVE, 'W2E1 --> W2E2'));
  });

  it('“Wave 2.1 Crop Calendar” written in phase 5 is effort 5.2.1; “Wave 5.1 complete” stays a milestone', () => {
    assert.deepEqual(e('E5.2.3').dependsOn, ['E5.2.1']);
    const facts = project.facts.get('E5.2.1')!.filter((f) => f.dependsOn?.prose);
    assert.deepEqual(
      facts[0].dependsOn!.refs.map((r) => [r.id, r.external]),
      [
        ['Wave 5.1 complete', true],
        ['Phase 4 complete', true],
      ],
    );
  });

  it('the wave’s base branch (with its note) is inherited by all three efforts', () => {
    assert.deepEqual(
      ['E5.2.1', 'E5.2.2', 'E5.2.3'].map((id) => [e(id).baseBranch, e(id).origins.baseBranch?.line]),
      Array(3).fill(['garden/phase5-wave1-integration', line(WAVE, '**Base Branch**')]),
    );
  });

  it('the JSON block’s integration milestone schedules 5.2.x after wave 5.1', () => {
    const a = analyzeProject(project);
    assert.deepEqual(
      ['E5.1.1', 'E5.2.1', 'E5.2.2', 'E5.2.3'].map((id) => a.byId.get(id)!.earliestWave),
      [1, 2, 3, 3],
    );
  });
});
