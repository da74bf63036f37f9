// A wave's or phase's title says its status at its end: `Query — Done`, `Facets [DONE]`, `Index (complete)`. A name
// that starts with such a word says none: before, `## Wave 6: Done Handler` and `# Phase 4: Complete rewrite` marked
// every effort under them done, while `— Done` and `[DONE]` stayed in the wave's name. Read through the engine.
import { strict as assert } from 'assert';
import { lint } from '../../../support/builders';

const PLAN = '/ws/plans/PHASE-5-PLAN.md';
const wave = (n: number, title: string) => [
  `## Wave ${n}: ${title}`,
  '',
  `### E5.${n}.1: Work ${n}`,
  '**Size**: 100 lines',
  '',
];
const plan = (title: string, waves: string[]) =>
  [`# Phase 5: ${title}`, '', ...waves.flatMap((t, i) => wave(i + 1, t))].join('\n');

function read(title: string, waves: string[]) {
  const { project } = lint({ [PLAN]: plan(title, waves) });
  return {
    names: project.phases.flatMap((p) => p.waves.map((w) => w.name)),
    status: project.efforts.map((e) => e.status),
  };
}

describe('wave and phase titles: the status is the tail, not a word of the name', () => {
  it('a name that starts with Done or Complete says no status', () => {
    const r = read('Complete rewrite of search', ['Done Handler', 'Completeness checks']);
    assert.deepEqual(r.status, ['planned', 'planned']);
    assert.deepEqual(r.names, ['Done Handler', 'Completeness checks']);
  });

  it('a status closing the title marks its efforts done and leaves the name', () => {
    const r = read('Search', [
      'Query — Done',
      'Facets [DONE]',
      'Index (complete)',
      'Parser done',
      'Ranking ✅ COMPLETE',
    ]);
    assert.deepEqual(r.status, ['done', 'done', 'done', 'done', 'done']);
    assert.deepEqual(r.names, ['Query', 'Facets', 'Index', 'Parser', 'Ranking']);
  });

  it('a tail that says not done marks nothing; a title that is only Done still does', () => {
    const r = read('Search', ['Cache — not done', 'Done']);
    assert.deepEqual(r.status, ['planned', 'done']);
    assert.equal(r.names[1], 'Done');
  });
});
