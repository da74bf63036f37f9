// Plan findings reach the Problems panel: codes, ranges at the written text, severities, docs links, related info.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { fixtureUri } from '../support/helpers';
import {
  codeOf,
  lineOf,
  openPlansBefore,
  PHASE1,
  PHASE2,
  planDiagnostics,
  rangeOf,
  STATE,
  waveplan,
} from '../support/planFixtures';

describe('diagnostics', () => {
  const plans = openPlansBefore();

  const only = (rel: string, code: string) => {
    const found = planDiagnostics(rel).filter((d) => codeOf(d) === code);
    assert.equal(
      found.length,
      1,
      `${rel}: expected one ${code}, got ${found.map((d) => d.message).join(' | ') || 'none'}`,
    );
    return found[0];
  };

  it('reports a dependency on an effort of a wave no plan here declares as a hint on the reference, not an error', () => {
    // The excluded archive is the only plan that declares wave 9.9: were it read, E9.9.9 would be an effort.
    const d = only(PHASE1, 'undeclared-effort');
    assert.deepEqual(d.range, rangeOf(plans.p1, '**Dependencies**: [E1.1.1, E9.9.9]', 'E9.9.9'));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Hint);
    assert.match(d.message, /E9\.9\.9, which is not declared in this workspace/);
  });

  it('reports the oversized effort as an error and the one near the limit as a warning', () => {
    const over = only(PHASE1, 'effort-oversized');
    assert.equal(over.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(over.range, rangeOf(plans.p1, '**Estimated Lines**: 950', '950'));
    const near = only(PHASE1, 'effort-near-limit');
    assert.equal(near.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(near.range, rangeOf(plans.p1, '**Estimated Lines**: 720', '720'));
  });

  it('reports a dependency on a later wave at that dependency', () => {
    const decl = lineOf(plans.p1, '#### E1.1.4');
    const expected = rangeOf(plans.p1, '**Dependencies**: [E1.2.1]', 'E1.2.1', decl);
    const d = only(PHASE1, 'wave-order');
    assert.deepEqual(d.range, expected);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
  });

  it('reports parallel claims that the dependencies contradict: the claim as an error, "Can Parallelize" as a warning', () => {
    const e122 = lineOf(plans.p1, '#### E1.2.2');
    const key = (r: vscode.Range, sev: vscode.DiagnosticSeverity) =>
      `${r.start.line}:${r.start.character}-${r.end.character}/${sev}`;
    const { Error: E, Warning: W } = vscode.DiagnosticSeverity;
    const expected = [
      key(rangeOf(plans.p1, '**Parallel With**: [E1.2.2]', 'E1.2.2'), E),
      key(rangeOf(plans.p1, '**Parallel With**: [E1.2.1]', 'E1.2.1', e122), E),
      key(rangeOf(plans.p1, '**Can Parallelize**: Yes', 'Yes', e122), W),
      key(rangeOf(plans.p1, '**Can Parallelize**: Yes', 'Yes', lineOf(plans.p1, '#### E1.1.4')), W),
    ];
    const actual = planDiagnostics(PHASE1)
      .filter((d) => codeOf(d) === 'parallel-conflict')
      .map((d) => key(d.range, d.severity));
    assert.deepEqual(actual.sort(), expected.sort());
  });

  it('reports nothing else in the phase plans', () => {
    const codes = (rel: string) => planDiagnostics(rel).map(codeOf).sort();
    assert.deepEqual(codes(PHASE1), [
      'effort-near-limit',
      'effort-oversized',
      'parallel-conflict',
      'parallel-conflict',
      'parallel-conflict',
      'parallel-conflict',
      'undeclared-effort',
      'wave-order',
    ]);
    assert.deepEqual(codes(PHASE2), ['dependency-cycle']);
  });

  it('reports a cycle of two efforts once, at the first reference, with the other as related information', () => {
    const a = rangeOf(plans.p2, '**Dependencies**: [E2.1.2, E2.2.2]', 'E2.2.2');
    const b = rangeOf(plans.p2, '**Dependencies**: [E2.2.1]', 'E2.2.1');
    const cycle = planDiagnostics(PHASE2).filter((d) => codeOf(d) === 'dependency-cycle');
    assert.deepEqual(
      cycle.map((d) => d.range),
      [a],
    );
    assert.equal(cycle[0].severity, vscode.DiagnosticSeverity.Error);
    assert.ok(
      cycle[0].relatedInformation?.some(
        (r) => r.location.uri.toString() === plans.p2.uri.toString() && r.location.range.isEqual(b),
      ),
      'related information points at the other dependency',
    );
  });

  it('links every code to its README section and names the source', () => {
    const all = [...planDiagnostics(PHASE1), ...planDiagnostics(PHASE2)];
    for (const d of all) {
      assert.equal(d.source, 'waveplan');
      assert.ok(typeof d.code === 'object', 'code has a target');
      assert.equal(
        d.code.target.toString(true),
        `https://github.com/waveplan/waveplan/blob/main/README.md#${codeOf(d)}`,
      );
    }
  });

  it('leaves clean files and excluded folders alone', async () => {
    const api = await waveplan();
    assert.deepEqual(
      planDiagnostics(STATE).map((d) => d.message),
      [],
    );
    assert.deepEqual(
      planDiagnostics('target-repo-config.yaml').map((d) => d.message),
      [],
    );
    assert.deepEqual(
      planDiagnostics('archive/PHASE-9-IMPLEMENTATION-PLAN.md').map((d) => d.message),
      [],
    );
    const files = api.index.projects().flatMap((p) => p.project.files.map((f) => f.file));
    assert.ok(!files.some((f) => f.includes('archive')), `archive is excluded, files: ${files.join(', ')}`);
    assert.ok(!api.index.project().byId.has('E9.9.9'));
    assert.ok(files.includes(fixtureUri(PHASE1).fsPath));
  });
});
