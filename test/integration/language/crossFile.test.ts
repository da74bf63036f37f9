// Editing one plan changes findings in another, live (unsaved text), and reverting restores them.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { fixtureUri, waitForDiagnostics } from '../support/helpers';
import {
  applyUnsaved,
  codeOf,
  fixtureDoc,
  PHASE1,
  PHASE2,
  planDiagnostics,
  rangeOf,
  restorePlansAfterEach,
  setText,
} from '../support/planFixtures';

describe('cross-file updates', () => {
  restorePlansAfterEach();

  it('renaming an effort in phase 1 makes its use in phase 2 an unknown dependency', async () => {
    const p1 = await fixtureDoc(PHASE1);
    const p2 = await fixtureDoc(PHASE2);
    const ref = rangeOf(p2, '**Dependencies**: [E1.2.1]', 'E1.2.1');
    assert.ok(
      !planDiagnostics(PHASE2).some((d) => codeOf(d) === 'unknown-dependency'),
      'no unknown dependency before the edit',
    );
    await setText(p1, p1.getText().replace('#### E1.2.1: balance-queries', '#### E1.2.7: balance-queries'));
    const after = await waitForDiagnostics(fixtureUri(PHASE2), (ds) =>
      ds.some((d) => codeOf(d) === 'unknown-dependency'),
    );
    const unknown = after.filter((d) => codeOf(d) === 'unknown-dependency');
    assert.deepEqual(
      unknown.map((d) => d.range),
      [ref],
    );
    assert.match(unknown[0].message, /E1\.2\.1/);
  });

  it('removing the back edge in phase 2 clears the cycle', async () => {
    const p2 = await fixtureDoc(PHASE2);
    assert.ok(planDiagnostics(PHASE2).some((d) => codeOf(d) === 'dependency-cycle'));
    await setText(p2, p2.getText().replace('**Dependencies**: [E2.1.2, E2.2.2]', '**Dependencies**: [E2.1.2]'));
    await waitForDiagnostics(p2.uri, (ds) => !ds.some((d) => codeOf(d) === 'dependency-cycle'));
  });

  it('typing a dependency on a phase 2 effort into phase 1 is seen in both files at once', async () => {
    const p1 = await fixtureDoc(PHASE1);
    const edit = new vscode.WorkspaceEdit();
    const deps = rangeOf(p1, '**Dependencies**: [E1.1.1, E9.9.9]', 'E9.9.9');
    edit.replace(p1.uri, deps, 'E2.2.1');
    await applyUnsaved(edit);
    // E1.2.3 (wave 1.2) now depends on E2.2.1 (phase 2): a later wave, reported at the new reference.
    const ds = await waitForDiagnostics(p1.uri, (all) =>
      all.some((d) => codeOf(d) === 'wave-order' && d.range.isEqual(deps)),
    );
    assert.ok(!ds.some((d) => codeOf(d) === 'undeclared-effort'), 'the reference to E9.9.9 is gone');
  });
});
