// Dependency lists as authors write them: what a list rules out is no dependency (`…; not E5.1.3`), and a range
// (`E5.1.1–E5.1.3`) names every effort in it. Read through readPlanText and the engine.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { lint, only } from '../../../support/builders';

const TEXT = [
  '# Phase 5: Payments',
  '',
  '## Wave 2',
  '',
  '### E5.2.3: payouts',
  '**Dependencies**: E5.1.1 and E5.1.2 (after they merge); not E5.1.3',
  '',
  '### E5.2.4: ledger-sync',
  '**Dependencies**: all of wave 5.1, except E5.1.2',
  '',
  '### E5.2.5: notifications',
  '**Dependencies**: E5.1.1, E5.2.3',
  '',
].join('\n');

describe('markdown reader: dependencies a list rules out', () => {
  const r = readPlanText('/ws/PHASE-5-PLAN.md', TEXT);
  const deps = (id: string) =>
    r.efforts.find((f) => f.id === id)!.dependsOn!.refs.map((x) => (x.external ? `(${x.id})` : x.id));

  it('leaves out `not E5.1.3` and `except E5.1.2`, and keeps the rest as written', () => {
    assert.deepEqual(deps('E5.2.3'), ['E5.1.1', 'E5.1.2']);
    assert.deepEqual(deps('E5.2.4'), ['(all of wave 5.1)']);
    assert.deepEqual(deps('E5.2.5'), ['E5.1.1', 'E5.2.3']);
  });
});

describe("markdown reader: a range of one wave's efforts in a dependency list", () => {
  const text = [
    '# Phase 5: Payments',
    '',
    '## Wave 1',
    '',
    '### E5.1.1: card-vault',
    '### E5.1.2: tokenizer',
    '**Dependencies**: E5.2.1',
    '### E5.1.3: fraud-rules',
    '',
    '## Wave 2',
    '',
    '### E5.2.1: checkout-api',
    '**Dependencies**: E5.1.1–E5.1.3',
    '',
    '### E5.2.2: refunds',
    '**Dependencies**: E5.1.1 to E5.1.3, E5.1.1-E5.2.1',
    '',
  ].join('\n');
  const file = '/ws/PHASE-5-PLAN.md';
  const lines = text.split('\n');

  it('names every effort of the range; the ones not written are located at the dash', () => {
    const r = readPlanText(file, text);
    const refs = r.efforts.find((f) => f.id === 'E5.2.1')!.dependsOn!.refs;
    assert.deepEqual(
      refs.map((x) => [x.id, x.implied ?? false]),
      [
        ['E5.1.1', false],
        ['E5.1.2', true],
        ['E5.1.3', false],
      ],
    );
    const dash = refs[1].span;
    assert.equal(lines[dash.line - 1].slice(dash.column - 1, dash.endColumn - 1), '–');
    // `to` ranges too; ends in two waves are two efforts, not a range.
    assert.deepEqual(
      r.efforts.find((f) => f.id === 'E5.2.2')!.dependsOn!.refs.map((x) => x.id),
      ['E5.1.1', 'E5.1.2', 'E5.1.3', 'E5.1.1', 'E5.2.1'],
    );
  });

  it('draws the edges of the range, and offers no edit that would cut the range apart', () => {
    const { project, diagnostics } = lint({ [file]: text });
    assert.deepEqual(project.byId.get('E5.2.1')!.dependsOn, ['E5.1.1', 'E5.1.2', 'E5.1.3']);
    // E5.1.2 ↔ E5.2.1 (through the range): one finding; its only fix edits E5.1.2's list, none the range on line 13.
    const cycle = only(diagnostics.filter((d) => d.code === 'dependency-cycle'));
    assert.deepEqual(
      (cycle.fixes ?? []).map((f) => [f.title, f.edits.map((e) => e.line)]),
      [['Remove E5.2.1 from the dependencies of E5.1.2', [7]]],
    );
  });
});
