// Checklist plans: `- [x] **E1.1.1** Schema — 310 lines — merged in #41`. A bold id, a short name, then fields apart
// by spaced dashes; task boxes that say more than done (`[/]`, `[~]` under way, `[-]` cancelled); an item struck out.
// Read through readPlanText, located in the text.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { find } from '../../../support/builders';

const FILE = '/ws/PHASE-1-PLAN.md';
const TEXT = [
  '# Phase 1 Plan — Storage',
  '',
  '## Wave 1.2 — Persistence',
  '',
  '- [x] **E1.2.1** Repository layer — 420 lines — merged in #45',
  '- [ ] **E1.2.2** Migration runner — est. 300 lines — blocked by E1.2.1',
  '- [~] **E1.2.3** Cache — est. 900 lines',
  '- [/] **E1.2.4** Warm-up — in progress',
  '- [-] **E1.2.5** Replicas — 200 lines',
  '- [ ] ~~**E1.2.6** Sharding~~ — out of scope',
  '- **E1.2.7** Registry Override — Viper Integration (~300 lines)',
  '- E1.2.8 is the one that might grow — est. 900 lines',
  '',
].join('\n');

describe('markdown reader: checklist bullets with fields apart by dashes', () => {
  const r = readPlanText(FILE, TEXT);
  const byId = new Map(r.efforts.map((f) => [f.id, f]));

  it('declares each bold-id item with its name, size, status and dependencies from the dash parts', () => {
    assert.deepEqual(
      r.efforts.map((f) => [
        f.id,
        f.name?.value,
        f.estimatedLines?.value,
        f.status?.value,
        f.dependsOn?.refs.map((x) => x.id),
      ]),
      [
        ['E1.2.1', 'Repository layer', 420, 'done', undefined],
        ['E1.2.2', 'Migration runner', 300, undefined, ['E1.2.1']],
        ['E1.2.3', 'Cache', 900, 'in-progress', undefined],
        ['E1.2.4', 'Warm-up', undefined, 'in-progress', undefined],
        ['E1.2.5', 'Replicas', 200, 'cancelled', undefined],
        ['E1.2.6', 'Sharding', undefined, 'cancelled', undefined],
        ['E1.2.7', 'Registry Override — Viper Integration', 300, undefined, undefined],
      ],
    );
  });

  it('locates the parts where they are written', () => {
    const e = byId.get('E1.2.2')!;
    assert.deepEqual(e.estimatedLines?.span, find(FILE, TEXT, '300'));
    assert.deepEqual(e.dependsOn?.refs[0].span, find(FILE, TEXT, 'E1.2.1', 1));
    assert.deepEqual(byId.get('E1.2.1')!.name?.span, find(FILE, TEXT, 'Repository layer'));
    // A struck item is read without its marks, at the columns of its text; its status is the opening strike.
    assert.deepEqual(byId.get('E1.2.6')!.name?.span, find(FILE, TEXT, 'Sharding'));
    assert.deepEqual(byId.get('E1.2.6')!.status?.span, find(FILE, TEXT, '~~'));
    assert.deepEqual(byId.get('E1.2.5')!.status?.span, find(FILE, TEXT, '[-]'));
  });

  it('keeps a dash inside a name when what follows it is more than a field; prose about an effort stays prose', () => {
    assert.deepEqual(byId.get('E1.2.7')!.name?.span, find(FILE, TEXT, 'Registry Override — Viper Integration'));
    assert.equal(byId.has('E1.2.8'), false);
  });
});
