// A read result keeps no list of its own where it holds nothing: 100,000 small plans kept 300,000 empty arrays
// (empty phases, findings and `None` dependency lists), about 10 MB of peak memory for nothing.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../src/core/readers';
import { PlanEngine } from '../../../../src/core/project/engine';

const plan = (wave: number) =>
  `# Phase 1 Wave ${wave} Plan\n\n## Wave ${wave}\n\n### E1.${wave}.1: work\n**Size Estimate**: 200 lines\n**Dependencies**: None\n`;

describe('empty lists of read results', () => {
  it('are one shared list that nothing can add to, replaced when a finding is added', () => {
    const a = readPlanText('/p/w1/WAVE-IMPLEMENTATION-PLAN.md', plan(1));
    const b = readPlanText('/p/w2/WAVE-IMPLEMENTATION-PLAN.md', plan(2));
    assert.equal(a.efforts.length, 1);
    assert.deepEqual(a.phases, []);
    assert.deepEqual(a.diagnostics, []);
    assert.equal(a.phases, b.phases);
    assert.equal(a.diagnostics, b.diagnostics);
    assert.equal(a.diagnostics, a.phases);
    assert.ok(Object.isFrozen(a.diagnostics));
    const none = a.efforts[0].dependsOn!;
    assert.deepEqual(none.refs, []);
    assert.equal(none.refs, b.efforts[0].dependsOn!.refs);
    // The engine adds a decoding problem to such a result by replacing the list.
    const engine = new PlanEngine();
    const file = '/p/w1/WAVE-IMPLEMENTATION-PLAN.md';
    engine.updateBytes(file, Buffer.from(plan(1).replace('work', 'caf\u00e9'), 'latin1'));
    assert.deepEqual(
      engine.result(file)!.diagnostics.map((d) => d.message),
      ['not valid UTF-8: decoded as Windows-1252'],
    );
    assert.equal(engine.project().efforts[0].name, 'caf\u00e9');
    assert.deepEqual(readPlanText(file, plan(1)).diagnostics, []);
  });
});
