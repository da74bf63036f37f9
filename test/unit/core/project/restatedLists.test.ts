// An effort plan that writes its dependencies twice (kcp's EFFORT-IMPLEMENTATION-PLAN: `- Dependencies:` in the
// overview, `- Depends on:` again under `## Dependencies`): every id of both lists is a located reference (hover, go
// to definition and find references read the locator); the first list is the value, and a second list naming other
// efforts is a warning where it is written.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { locatorFor } from '../../../../src/core/views/locator';
import { find, lint } from '../../support/builders';

const FILE = '/ws/efforts/phase2/wave1/effort4-invoice-exporter/EFFORT-IMPLEMENTATION-PLAN-2026-01-12.md';
const WAVES = '/ws/phase-plans/PHASE-2-IMPLEMENTATION-PLAN.md';
const TEXT = readFileSync(path.resolve(__dirname, '../../../fixtures/conventions/restated-dependencies.md'), 'utf8');
const PHASE = `# Phase 2 Implementation Plan

## Wave 1: Billing

### E2.1.1: ledger-api
### E2.1.2: invoice-templates
### E2.1.3: payment-reminders
### E2.1.4: invoice-exporter

## Wave 2: Reports

### E2.2.1: monthly-statements
### E2.2.2: tax-report
`;

describe('a dependency list written twice for one effort', () => {
  const { project, diagnostics } = lint({ [FILE]: TEXT, [WAVES]: PHASE });
  const locator = locatorFor(project);
  const referenceAt = (needle: string, nth: number) => {
    const at = find(FILE, TEXT, needle, nth);
    const o = locator.at(FILE, at.line, at.column + 1);
    return o && { id: o.id, role: o.role, line: o.span.line };
  };

  it('locates the ids of the second list as it does the first', () => {
    const second = find(FILE, TEXT, '- Depends on:').line;
    assert.deepEqual(referenceAt('E2.1.1', 2), { id: 'E2.1.1', role: 'reference', line: second });
    assert.deepEqual(referenceAt('E2.1.2', 2), { id: 'E2.1.2', role: 'reference', line: second });
    assert.deepEqual(referenceAt('E2.1.3', 2), { id: 'E2.1.3', role: 'reference', line: second + 1 });
    // Find references: both lists, and the Blocks lines of both sections.
    const lines = (id: string) =>
      locator
        .occurrencesOf(id)
        .filter((o) => o.span.file === FILE)
        .map((o) => o.span.line);
    const overview = find(FILE, TEXT, '- Dependencies:').line;
    assert.deepEqual(lines('E2.1.1'), [overview, second]);
    assert.deepEqual(lines('E2.2.2'), [find(FILE, TEXT, 'E2.2.2').line]);
    // The value is the first list's, located at the overview; the lists agree, so nothing is reported.
    const e = project.byId.get('E2.1.4')!;
    assert.deepEqual([e.dependsOn, e.parallelWith], [['E2.1.1', 'E2.1.2'], ['E2.1.3']]);
    assert.equal(e.origins.dependsOn?.line, overview);
    assert.deepEqual(
      diagnostics.filter((d) => d.file === FILE),
      [],
    );
  });

  it('reads every Blocks line as an edge (Blocks lists are a union)', () => {
    assert.deepEqual(project.byId.get('E2.2.1')!.dependsOn, ['E2.1.4']);
    assert.deepEqual(project.byId.get('E2.2.2')!.dependsOn, ['E2.1.4']);
    assert.equal(project.byId.get('E2.2.2')!.blockedBy?.['E2.1.4']?.line, find(FILE, TEXT, 'E2.2.2').line);
  });

  it('warns where a second list names other efforts than the first, which stays the value', () => {
    const changed = TEXT.replace('E2.1.2 (invoice-templates)', 'E2.1.3 (payment-reminders)');
    const r = lint({ [FILE]: changed, [WAVES]: PHASE });
    assert.deepEqual(r.project.byId.get('E2.1.4')!.dependsOn, ['E2.1.1', 'E2.1.2']);
    const found = r.diagnostics.filter((d) => d.code === 'effort-conflict');
    assert.deepEqual(
      found.map((d) => [d.line, d.column, d.severity, d.message]),
      [
        [
          find(FILE, changed, '- Depends on:').line,
          find(FILE, changed, 'E2.1.1 (ledger-api)').column,
          'warning',
          'E2.1.4: dependencies [E2.1.1, E2.1.3] here; [E2.1.1, E2.1.2] in line 11 wins (the first list).',
        ],
      ],
    );
    assert.equal(found[0].related?.[0].span.line, 11);
  });
});
