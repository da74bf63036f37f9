// Efforts declared by a bold line standing for a heading, `**E3.1.1 — Auth screens** (≈350 LOC)`, with their fields
// on the lines below. A plan written this way read as two empty waves: no effort, no finding. Read through
// readPlanText and the engine.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { lint } from '../../../support/builders';

const FILE = '/ws/PHASE-3-PLAN.md';
const PLAN = [
  '# Phase 3 Plan: Mobile client',
  '',
  '## Wave 3.1 (parallel: yes)',
  '',
  '**E3.1.1 — Auth screens** (≈350 LOC)',
  'Depends: —',
  'Branch: `mobile/3.1.1-auth`',
  '',
  '**E3.1.2: Offline cache** — ~600 lines',
  'Depends: E3.1.1',
  '',
  '## Wave 3.2',
  '',
  '**E3.2.1** — Push notifications (450 lines)',
  'Depends: E3.1.1, E3.1.2',
  '',
  '**E3.2.2 — Deep links**',
  '',
  '- Depends on E3.2.1',
  '',
  '## Notes',
  '',
  'Branch: `mobile/notes`',
  '',
].join('\n');

function read(text: string) {
  return readPlanText(FILE, text).efforts.map((f) => ({
    id: f.id,
    name: f.name?.value,
    size: f.estimatedLines?.value,
    deps: f.dependsOn?.refs.map((r) => r.id),
    branch: f.branch?.value,
    wave: f.wave?.value,
  }));
}

describe('markdown reader: a bold line standing for an effort heading', () => {
  it('declares each effort, with its name, size and the fields below it up to the next one or a heading', () => {
    assert.deepEqual(read(PLAN), [
      { id: 'E3.1.1', name: 'Auth screens', size: 350, deps: [], branch: 'mobile/3.1.1-auth', wave: 1 },
      { id: 'E3.1.2', name: 'Offline cache', size: 600, deps: ['E3.1.1'], branch: undefined, wave: 1 },
      { id: 'E3.2.1', name: 'Push notifications', size: 450, deps: ['E3.1.1', 'E3.1.2'], branch: undefined, wave: 2 },
      { id: 'E3.2.2', name: 'Deep links', size: undefined, deps: ['E3.2.1'], branch: undefined, wave: 2 },
    ]);
    const name = readPlanText(FILE, PLAN).efforts[0].name!.span;
    assert.deepEqual([name.line, name.column, name.endColumn], [5, 12, 24], 'the name located in the bold');
    const short = readPlanText(FILE, '# Phase 1\n\n**E1.1.1 — 1** (100 lines)\n').efforts[0].name!;
    assert.deepEqual([short.value, short.span.column], ['1', 12], 'a name that is also in the id, located at itself');
  });

  it('gives the checks what the plan says: the graph and the sizes', () => {
    const { project, diagnostics } = lint({ [FILE]: PLAN.replace('(≈350 LOC)', '(≈950 LOC)') });
    assert.deepEqual(project.byId.get('E3.2.1')?.dependsOn, ['E3.1.1', 'E3.1.2']);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.line]),
      [['effort-oversized', 5]],
    );
  });

  it('leaves prose alone: a bold id that starts a sentence, a long name, a bold key', () => {
    const text = [
      '# Phase 3 Plan',
      '',
      '## Wave 3.1',
      '',
      '**E3.1.1** — the auth screens are the riskiest part because the SDK changed.',
      '',
      '**E3.1.2 — Offline cache** must land before anything else.',
      '',
      '**Note:** E3.1.3 is out of scope.',
      '',
    ].join('\n');
    assert.deepEqual(read(text), []);
  });
});
