// The fixture plan under test/fixtures/checks/broken trips every check; fix-all (one compatible fix per diagnostic)
// (only certain fixes) must leave text the readers read back, with the fixed problems gone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, editsByFile } from '../../../../src/core/fixes/apply';
import { selectFixAll } from '../../../../src/core/fixes/fixAll';
import { lint, type Texts } from '../../support/builders';

const DIR = path.resolve(__dirname, '../../../fixtures/checks/broken');

function load(): Texts {
  const texts: Texts = {};
  for (const name of fs.readdirSync(DIR).sort()) texts[name] = fs.readFileSync(path.join(DIR, name), 'utf8');
  return texts;
}

const P = 'PHASE-1-IMPLEMENTATION-PLAN.md';

describe('checks on the broken fixture plan', () => {
  it('reports every code at its line', () => {
    const { diagnostics } = lint(load());
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.file, d.line]),
      [
        ['effort-conflict', 'warning', P, 26],
        ['dependency-cycle', 'error', P, 27],
        ['unknown-dependency', 'error', P, 27],
        ['wave-order', 'error', P, 20],
        ['parallel-conflict', 'error', P, 16],
        ['parallel-conflict', 'warning', P, 15],
        ['effort-oversized', 'error', P, 8],
        ['effort-near-limit', 'warning', P, 13],
      ],
    );
    const unknown = diagnostics.find((d) => d.code === 'unknown-dependency')!;
    assert.equal(
      unknown.message,
      'E1.2.1 depends on E1.1.7, which is not an effort of this plan. Did you mean E1.1.1, E1.1.2 or E1.1.3?',
    );
  });

  it('fix-all applies the certain fixes only (no guess, no choice of repair) and the plan reads back cleaner', () => {
    const texts = load();
    const { diagnostics } = lint(texts);
    const chosen = selectFixAll(diagnostics).map((c) => c.fix);
    assert.deepEqual(chosen.map((f) => f.kind).sort(), [
      'remove-parallel-with',
      'set-can-parallelize-no',
      'use-winning-value',
    ]);
    const fixed = { ...texts };
    for (const [file, edits] of editsByFile(chosen.flatMap((f) => f.edits)))
      fixed[file] = applyEdits(fixed[file], edits);
    const after = lint(fixed);
    // The parallel claims are withdrawn and the phase plan takes the wave plan's size; everything that needs a choice (which edge of a cycle, which id was meant,
    // where to split, which wave) is left for the user.
    assert.deepEqual(
      after.diagnostics.map((d) => [d.code, d.line]),
      [
        ['dependency-cycle', 27],
        ['unknown-dependency', 27],
        ['wave-order', 20],
        ['effort-oversized', 8],
        ['effort-near-limit', 13],
      ],
    );
    assert.deepEqual(
      after.project.efforts.map((e) => [e.id, e.canParallelize, e.parallelWith, e.dependsOn]),
      [
        ['E1.1.1', true, [], []],
        ['E1.1.2', false, [], ['E1.1.1']],
        ['E1.1.3', false, [], ['E1.1.2', 'E1.2.1']],
        ['E1.2.1', undefined, [], ['E1.2.2', 'E1.1.7']],
        ['E1.2.2', undefined, [], ['E1.2.1']],
      ],
    );
  });
});
