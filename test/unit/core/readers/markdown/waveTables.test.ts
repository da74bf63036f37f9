// A roadmap that lists its waves in a table (`| Wave | Name | Base Branch | Starts after |`, one row per wave) beside
// a table of efforts: each row names its wave and gives its efforts their base branch, as a wave heading with a
// `**Base Branch**:` line does. Read through the product's engine (readPlanText, merge).
import { strict as assert } from 'assert';
import { lint, find } from '../../../support/builders';

const file = '/ws/plans/ROADMAP.md';
const text = [
  '# Mobile App Roadmap — Phase 1: Offline Sync',
  '',
  '## Waves',
  '',
  '| Wave | Name | Base Branch | Starts after |',
  '|------|------|-------------|--------------|',
  '| 1.1 | Local store | `main` | — |',
  '| 1.2 | Sync protocol | `phase1/wave1-integration` | Wave 1.1 |',
  '| 1.3 | — | — | Wave 1.2 |',
  '',
  '## Efforts',
  '',
  '| Effort | Name | Wave | Est. Lines | Depends On | Base Branch |',
  '|--------|------|------|-----------:|------------|-------------|',
  '| E1.1.1 | SQLite schema | 1.1 | 350 | — | |',
  '| E1.2.1 | Change log | 1.2 | 420 | E1.1.1 | |',
  '| E1.2.2 | Sync client | 1.2 | 450 | E1.2.1 | `phase1/wave2-sync` |',
  '| E1.3.1 | Conflict banner | 1.3 | 300 | E1.2.2 | |',
  '',
].join('\n');

describe('markdown reader: a table of waves', () => {
  const { project } = lint({ [file]: text });

  it('names each wave by its row, and not by the names of an effort table’s rows', () => {
    assert.deepEqual(
      project.phases.flatMap((p) => p.waves.map((w) => [w.id, w.name])),
      [
        ['W1.1', 'Local store'],
        ['W1.2', 'Sync protocol'],
        ['W1.3', undefined],
      ],
    );
  });

  it('gives the efforts of each wave the row’s base branch, located at the cell, unless they name their own', () => {
    const base = (id: string) => [project.byId.get(id)!.baseBranch, project.byId.get(id)!.origins.baseBranch];
    assert.deepEqual(base('E1.1.1'), ['main', find(file, text, 'main')]);
    assert.deepEqual(base('E1.2.1'), ['phase1/wave1-integration', find(file, text, 'phase1/wave1-integration')]);
    assert.deepEqual(base('E1.2.2'), ['phase1/wave2-sync', find(file, text, 'phase1/wave2-sync')]);
    assert.deepEqual(base('E1.3.1'), [undefined, undefined]);
    assert.deepEqual(project.diagnostics, []);
  });
});
