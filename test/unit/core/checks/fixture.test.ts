// The fixture plan under test/fixtures/checks/broken trips every check; fix-all (one compatible fix per diagnostic)
// must leave text the readers read back, with the fixed problems gone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, compatibleFixes, editsByFile } from '../../../../src/core/fixes/apply';
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
        ['dependency-cycle', 'error', P, 31],
        ['unknown-dependency', 'error', P, 27],
        ['wave-order', 'error', P, 20],
        ['parallel-conflict', 'error', P, 16],
        ['parallel-conflict', 'warning', P, 15],
        ['effort-oversized', 'error', P, 8],
        ['effort-near-limit', 'warning', P, 13],
      ],
    );
    const unknown = diagnostics.find((d) => d.code === 'unknown-dependency')!;
    assert.equal(unknown.message, 'E1.2.1 depends on E1.1.7, which is not an effort of this plan. Did you mean E1.1.3 (Logging)?');
  });

  it('fix-all applies the compatible preferred fixes and the plan reads back cleaner', () => {
    const texts = load();
    const { diagnostics } = lint(texts);
    const chosen = compatibleFixes(diagnostics.flatMap((d) => (d.fixes?.length ? [d.fixes.find((f) => f.preferred) ?? d.fixes[0]] : [])));
    assert.deepEqual(chosen.map((f) => f.kind).sort(), [
      'remove-dependency',
      'remove-dependency',
      'remove-dependency',
      'remove-parallel-with',
      'replace-dependency',
      'set-can-parallelize-no',
      'split-effort',
    ]);
    const fixed = { ...texts };
    for (const [file, edits] of editsByFile(chosen.flatMap((f) => f.edits))) fixed[file] = applyEdits(fixed[file], edits);
    const after = lint(fixed);
    assert.deepEqual(
      after.diagnostics.map((d) => [d.code, d.line]),
      // The split inserted five lines after E1.1.1's section; the conflict and the near-limit size are not fixable.
      [
        ['effort-conflict', 31],
        ['effort-near-limit', 18],
      ],
    );
    assert.deepEqual(after.project.efforts.map((e) => [e.id, e.estimatedLines, e.dependsOn]), [
      ['E1.1.1', 475, []],
      ['E1.1.2', 720, ['E1.1.4']],
      ['E1.1.3', 200, ['E1.1.2']],
      ['E1.1.4', 475, ['E1.1.1']],
      ['E1.2.1', 450, ['E1.1.3']],
      ['E1.2.2', 300, []],
    ]);
  });
});
