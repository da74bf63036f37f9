// Ordinary situations that are not errors: references this workspace cannot check (an effort worktree holds only
// its own plan), Parallel With findings that are not dependencies, and restatements of an effort under a short name.
import { strict as assert } from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { PlanDiagnostic } from '../../../../src/core/model/model';
import { runCli } from '../../support/cliRun';
import { lint, only } from '../../support/builders';

const byCode = (ds: PlanDiagnostic[], code: string): PlanDiagnostic[] => ds.filter((d) => d.code === code);

const PHASE = [
  '# Phase 3: Stockroom',
  '## Wave 1: Catalog',
  '#### E3.1.1: Product catalog importer',
  '**Estimated Size**: 300 lines',
  '',
  '#### E3.1.2: Shelf labels',
  '**Dependencies**: E3.1.1, E2.4.1',
  '**Parallel With**: E3.5.2',
  '',
].join('\n');

// What an effort's own worktree holds: its effort plan, nothing else.
const EFFORT_PLAN = [
  '# Effort 3.2.2: Reorder alerts',
  '',
  '**Branch**: `stockroom/phase3/wave2/reorder-alerts`',
  '**Estimated Size**: 420 lines',
  '**Dependencies**: E3.1.1 (catalog importer), E3.2.1',
  '**Parallel With**: E3.2.3',
  '**Can Parallelize**: Yes',
  '',
].join('\n');
const EFFORT_FILE = '.software-factory/phase3/wave2/reorder-alerts/IMPLEMENTATION-PLAN-20251118-142200.md';

describe('checks: references to waves no plan here declares', () => {
  it('a well-formed id of an undeclared wave is a hint without fixes, for dependencies and Parallel With alike', () => {
    const { diagnostics } = lint({ 'PHASE-3-PLAN.md': PHASE });
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.message, d.fixes]),
      [
        [
          'undeclared-effort',
          'hint',
          'E3.1.2 depends on E2.4.1, which is not declared in this workspace (no plan here lists the efforts of wave 2.4).',
          undefined,
        ],
        [
          'undeclared-effort',
          'hint',
          'E3.1.2 is declared parallel with E3.5.2, which is not declared in this workspace (no plan here lists the efforts of wave 3.5).',
          undefined,
        ],
      ],
    );
    assert.deepEqual([diagnostics[0].line, diagnostics[0].column], [7, 27]);
  });

  it('names the id, not the words written after it', () => {
    const plan = PHASE.replace('E3.1.1, E2.4.1', 'E3.1.1, E2.4.1 complete (E2.4.2 parallel)');
    const [first] = byCode(lint({ 'PHASE-3-PLAN.md': plan }).diagnostics, 'undeclared-effort');
    assert.equal(
      first.message,
      'E3.1.2 depends on E2.4.1, which is not declared in this workspace (no plan here lists the efforts of wave 2.4).',
    );
  });

  it('an effort worktree holding only its own plan lints clean: every sibling reference is a hint', () => {
    const { diagnostics, project } = lint({ [EFFORT_FILE]: EFFORT_PLAN });
    assert.deepEqual(project.byId.get('E3.2.2')!.dependsOn, ['E3.1.1', 'E3.2.1']);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.efforts]),
      [
        ['undeclared-effort', 'hint', ['E3.2.2']],
        ['undeclared-effort', 'hint', ['E3.2.2']],
        ['undeclared-effort', 'hint', ['E3.2.2']],
      ],
    );
    for (const d of diagnostics) assert.doesNotMatch(d.message, /not an effort of this plan/);
  });

  it('the same references are errors once a plan declares those waves', () => {
    const wave2 = [
      '# Phase 3',
      '## Wave 2: Alerts',
      '#### E3.2.2: Reorder alerts',
      '#### E3.2.4: Supplier mail',
      '',
    ].join('\n');
    const { diagnostics } = lint({ [EFFORT_FILE]: EFFORT_PLAN, 'PHASE-3-PLAN.md': PHASE, 'WAVE-3.2-PLAN.md': wave2 });
    const unknown = only(byCode(diagnostics, 'unknown-dependency'));
    assert.equal(
      unknown.message,
      'E3.2.2 depends on E3.2.1, which is not an effort of this plan. Did you mean E3.2.4 (Supplier mail)?',
    );
    const parallel = only(byCode(diagnostics, 'unknown-parallel-with'));
    assert.equal(parallel.severity, 'error');
    assert.match(
      parallel.message,
      /^E3\.2\.2 is declared parallel with E3\.2\.3, which is not an effort of this plan\./,
    );
    assert.doesNotMatch(parallel.message, /depend/);
    assert.deepEqual(
      parallel.fixes!.map((f) => f.kind),
      ['replace-dependency', 'remove-parallel-with'],
    );
  });

  it('words beside the id that name a known effort keep it an error with that suggestion', () => {
    const texts = {
      'PHASE-3-PLAN.md': PHASE.replace('E3.1.1, E2.4.1', 'E3.7.4 (Product catalog importer)').replace('E3.5.2', 'None'),
    };
    const d = only(lint(texts).diagnostics);
    assert.deepEqual([d.code, d.severity], ['unknown-dependency', 'error']);
    assert.match(d.message, /Did you mean E3\.1\.1 \(Product catalog importer\)\?$/);
  });

  it('the CLI exits 0 in an effort worktree and prints the hints; SARIF calls them notes', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-worktree-lint-'));
    try {
      await fs.mkdir(path.join(dir, path.dirname(EFFORT_FILE)), { recursive: true });
      await fs.writeFile(path.join(dir, EFFORT_FILE), EFFORT_PLAN);
      const text = await runCli(['lint'], dir);
      assert.equal(text.code, 0, text.out + text.err);
      const lines = text.out.trim().split('\n');
      assert.equal(lines.length, 3);
      for (const l of lines)
        assert.match(
          l,
          /^\.software-factory\/phase3\/wave2\/reorder-alerts\/IMPLEMENTATION-PLAN-20251118-142200\.md:\d+:\d+ hint undeclared-effort E3\.2\.2 /,
        );
      const sarif = JSON.parse((await runCli(['lint', '--format', 'sarif'], dir)).out);
      assert.deepEqual(
        sarif.runs[0].results.map((r: { level: string }) => r.level),
        ['note', 'note', 'note'],
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('checks: duplicate-effort is only between declarations', () => {
  const restated = [
    '# Phase 3: Stockroom',
    '## Wave 1: Sync',
    '',
    '```mermaid',
    'graph TD',
    '  W1E1[3.1.1: Catalog]',
    '  W1E2[3.1.2: Sync]',
    '  W1E1 --> W1E2',
    '```',
    '',
    '| Effort | Name | Lines |',
    '|---|---|---|',
    '| E3.1.1 | Importer | 300 |',
    '| E3.1.2 | Sync job | 400 |',
    '',
    '- E3.1.2: Counts',
    '',
    '#### E3.1.1: Product catalog importer',
    '**Estimated Size**: 300 lines',
    '',
    '#### E3.1.2: Inventory sync worker',
    '**Estimated Size**: 400 lines',
    '**Dependencies**: E3.1.1',
    '',
  ].join('\n');

  it('a graph label, a table cell or a list item restating an effort under a shorter name is not a duplicate', () => {
    const { diagnostics, project } = lint({ 'PHASE-3-PLAN.md': restated });
    const kinds = project.facts
      .get('E3.1.2')!
      .map((f) => f.kind)
      .sort();
    assert.deepEqual(kinds, ['bullet', 'mermaid', 'metadata', 'table']);
    assert.deepEqual(diagnostics, []);
    assert.equal(project.byId.get('E3.1.2')!.name, 'Inventory sync worker');
  });

  it('two declarations of one id with different names in one file are', () => {
    const json = [
      '```json',
      '{',
      '  "effort_id": "3.1.2",',
      '  "effort_name": "Barcode printer driver"',
      '}',
      '```',
    ].join('\n');
    const text = restated.replace('**Dependencies**: E3.1.1\n', `**Dependencies**: E3.1.1\n\n${json}\n`);
    const d = only(byCode(lint({ 'PHASE-3-PLAN.md': text }).diagnostics, 'duplicate-effort'));
    assert.equal(d.severity, 'error');
    assert.match(
      d.message,
      /^E3\.1\.2 is used for two different efforts in this file: "Barcode printer driver" here and "Inventory sync worker" at line 21\.$/,
    );
  });
});
