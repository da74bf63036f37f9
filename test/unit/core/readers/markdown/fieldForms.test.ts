// Field values in forms plans write beside the plain ones: a T-shirt size with its lines in a note, a duration or a
// count of files before the lines, a count times a figure, a branch written as a link, a check mark without the emoji
// selector. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { find } from '../../../support/builders';

const FILE = '/ws/WAVE-2.1-IMPLEMENTATION-PLAN.md';
const TEXT = [
  '# Wave 2.1 Implementation Plan',
  '',
  '### E2.1.1 - Tokenizer',
  '**Size**: S (≈200 lines)',
  '**Branch**: [search/phase2/wave1/tokenizer](https://github.com/acme/search/tree/search/phase2/wave1/tokenizer)',
  '',
  '### E2.1.2 - Ranking',
  '**Estimate**: 2 days / ~350 lines',
  '**Status**: ✔ merged',
  '',
  '### E2.1.3 - Facets',
  '**Estimate**: 3 days',
  '**Size**: None (target <800 lines)',
  '',
  '### E2.1.4 — Spellcheck ✔',
  '**Lines**: 450',
  '',
  '### E2.1.5 - Exporters',
  '**Size Estimate**: 3 files, ~450 lines',
  '',
  '### E2.1.6 - Importers',
  '**Size Estimate**: 2 new packages / 520 LOC',
  '',
  '### E2.1.7 - Mailers',
  '**Size Estimate**: 300 — 2 files',
  '',
  '### E2.1.8 - Webhooks',
  '**Size Estimate**: 3 files (~450 lines)',
  '',
  '### E2.1.9 - Workflow',
  '**Size Estimate**: workflow yml 1개 (30~50 lines)',
  '',
  '### E2.1.10 - Scheduler',
  '**Size Estimate**: 2 files (actual 610 lines)',
  '',
  '### E2.1.11 - Renderers',
  '**Size Estimate**: 2 × 300 lines',
  '',
  '### E2.1.12 - Codecs',
  '**Estimated Lines**: 3 x 250',
  '',
  '### E2.1.13 - Adapters',
  '**Size Estimate**: ~10 adapters × 80 lines = ~800 lines',
  '',
  '### E2.1.14 - Fixtures',
  '**Size Estimate**: 3 files',
  '',
  '### E2.1.15 - Assets',
  '**Estimated Size**: 15-20 KB',
  '',
  '### E2.1.16 - Migrations',
  '**Size Estimate**: ~300 new lines',
  '',
  '### E2.1.17 - Übersetzungen',
  '**Size Estimate**: 300 Zeilen',
  '',
].join('\n');

describe('markdown reader: field values in other forms', () => {
  const r = readPlanText(FILE, TEXT);
  const byId = new Map(r.efforts.map((f) => [f.id, f]));

  it('reads the lines of a T-shirt size’s note and of a duration’s neighbour, located at the figure', () => {
    assert.deepEqual(byId.get('E2.1.1')!.estimatedLines?.span, find(FILE, TEXT, '200'));
    assert.equal(byId.get('E2.1.1')!.estimatedLines?.value, 200);
    assert.deepEqual(byId.get('E2.1.2')!.estimatedLines?.span, find(FILE, TEXT, '350'));
    assert.equal(byId.get('E2.1.2')!.estimatedLines?.value, 350);
  });

  it('reads the figure of lines after a count of other things (`3 files, ~450 lines`), not the count', () => {
    assert.deepEqual(byId.get('E2.1.5')!.estimatedLines?.span, find(FILE, TEXT, '450', 1));
    assert.equal(byId.get('E2.1.5')!.estimatedLines?.value, 450);
    assert.deepEqual(byId.get('E2.1.6')!.estimatedLines?.span, find(FILE, TEXT, '520'));
    assert.equal(byId.get('E2.1.6')!.estimatedLines?.value, 520);
    // No figure of lines beside the count: the first figure stands, as before.
    assert.equal(byId.get('E2.1.7')!.estimatedLines?.value, 300);
  });

  it('reads the figure of lines in the note after a count of other things, in any script (`1개 (30~50 lines)`)', () => {
    assert.deepEqual(byId.get('E2.1.8')!.estimatedLines?.span, find(FILE, TEXT, '450', 2));
    assert.equal(byId.get('E2.1.8')!.estimatedLines?.value, 450);
    assert.equal(byId.get('E2.1.9')!.estimatedLines?.value, 50);
    assert.deepEqual(
      [byId.get('E2.1.10')!.estimatedLines?.value, byId.get('E2.1.10')!.actualLines?.value],
      [undefined, 610],
    );
  });

  it('reads a count times a figure as their product (`2 × 300 lines`: 600), or as the total written after `=`', () => {
    const size = (id: string) => byId.get(id)!.estimatedLines;
    assert.equal(size('E2.1.11')?.value, 600);
    assert.deepEqual(size('E2.1.11')?.span, find(FILE, TEXT, '2 × 300'));
    assert.equal(size('E2.1.12')?.value, 750);
    assert.equal(size('E2.1.13')?.value, 800);
    assert.deepEqual(size('E2.1.13')?.span, find(FILE, TEXT, '800', 1));
  });

  it('gives no size for a count of other things alone (`3 files`, `15-20 KB`), but reads `300 new lines`, `300 Zeilen`', () => {
    const size = (id: string) => byId.get(id)!.estimatedLines?.value;
    assert.deepEqual(['E2.1.14', 'E2.1.15', 'E2.1.16', 'E2.1.17'].map(size), [undefined, undefined, 300, 300]);
  });

  it('gives no size for a duration alone, nor for a limit in a note', () => {
    assert.equal(byId.get('E2.1.3')!.estimatedLines, undefined);
  });

  it('takes a branch written as a link by its text', () => {
    const branch = byId.get('E2.1.1')!.branch!;
    assert.equal(branch.value, 'search/phase2/wave1/tokenizer');
    assert.deepEqual(branch.span, find(FILE, TEXT, 'search/phase2/wave1/tokenizer'));
  });

  it('reads ✔ without the emoji selector as done, in a status field and at the end of a heading', () => {
    assert.equal(byId.get('E2.1.2')!.status?.value, 'done');
    assert.deepEqual([byId.get('E2.1.4')!.name?.value, byId.get('E2.1.4')!.status?.value], ['Spellcheck', 'done']);
  });

  it('reads a T-shirt size table whose note is a figure alone, `M (~400)`, and a `Parallel?` column', () => {
    const file = '/ws/WAVE-1.2-PLAN.md';
    const text = [
      '# Phase 1 · Wave 2 — Search API',
      '',
      '| Effort | Name | Size | Parallel? |',
      '|--------|------|------|-----------|',
      '| E1.2.1 | query-parser | S (~150) | yes |',
      '| E1.2.2 | ranking | L (1,200) | no |',
      '| E1.2.3 | facets | M (5) | no |',
      '| E1.2.4 | spelling | XS | yes |',
      '',
    ].join('\n');
    const t = readPlanText(file, text);
    assert.deepEqual(
      t.efforts.map((f) => [f.id, f.estimatedLines?.value, f.canParallelize?.value]),
      [
        ['E1.2.1', 150, true],
        ['E1.2.2', 1200, false],
        // A figure of points, not of lines.
        ['E1.2.3', undefined, false],
        ['E1.2.4', undefined, true],
      ],
    );
    assert.deepEqual(t.efforts[0].estimatedLines?.span, find(file, text, '150'));
  });
});
