// A status written in words Waveplan does not know is no longer silently "planned": the effort's status is `unknown`,
// an info finding sits at the word, and the tooltip's sources name the status line. A known status from any other
// source (a state file, the wave) wins over it. Through the engine (readers, merge, checks), the tooltip and the CLI.
import { strict as assert } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { classifyPlanFile } from '../../../../src/core/files/classify';
import { effortMarkdown } from '../../../../src/core/views/effortText';
import { runCli } from '../../support/cliRun';
import { find, lint, only } from '../../support/builders';

const FILE = '/ws/WAVE-5.2-PLAN.md';
const PLAN = [
  '# Phase 5 · Wave 2: Billing exports',
  '',
  '### E5.2.1: Invoice PDF renderer',
  '**Size**: 300 lines',
  '**Status**: frobnicated',
  '',
  '### E5.2.2: Export scheduler',
  '**Size**: 400 lines',
  '**Status**: —',
  '',
  '### E5.2.3: Export API',
  '**Status**: TBD',
  '',
  '### E5.2.4: Export docs',
  '**Status**: n/a',
  '',
].join('\n');

const MESSAGE =
  'E5.2.1: status "frobnicated" is not a status Waveplan knows, so it shows as "status unknown". Known words include planned, in progress, in review, done, blocked and cancelled.';

describe('a status word Waveplan does not know', () => {
  it('makes the status unknown, with an info at the word; a placeholder is no status', () => {
    const { project, diagnostics } = lint({ [FILE]: PLAN });
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.status]),
      [
        ['E5.2.1', 'unknown'],
        ['E5.2.2', 'planned'],
        ['E5.2.3', 'planned'],
        ['E5.2.4', 'planned'],
      ],
    );
    const d = only(diagnostics.filter((x) => x.code === 'unknown-status'));
    const at = find(FILE, PLAN, 'frobnicated');
    assert.deepEqual(
      [d.severity, d.line, d.column, d.endColumn, d.message, d.efforts],
      ['info', at.line, at.column, at.endColumn, MESSAGE, ['E5.2.1']],
    );
  });

  it('names the status line among the tooltip’s sources', () => {
    const { project } = lint({ [FILE]: PLAN });
    const e = project.byId.get('E5.2.1')!;
    const tip = effortMarkdown(e, project, { hard: 800, soft: 700 }, [], '/ws');
    assert.match(tip, /Status: status unknown/);
    assert.match(
      tip,
      /Sources: WAVE-5\.2-PLAN\.md, lines 3 \(name, phase, wave\), 4 \(estimated lines\), 5 \(status\)/,
    );
  });

  it('gives way to a known status in a state file, and to its wave’s status', () => {
    const state = JSON.stringify({ efforts: { 'E5.2.1': { status: 'IN_PROGRESS' } } });
    const withState = lint({ [FILE]: PLAN, '/ws/orchestrator-state.json': state });
    assert.equal(withState.project.byId.get('E5.2.1')!.status, 'in-progress');
    assert.deepEqual(
      withState.diagnostics.filter((x) => x.code === 'unknown-status'),
      [],
    );
    const waveDone = PLAN.replace(
      '# Phase 5 · Wave 2: Billing exports\n',
      '# Phase 5 · Wave 2: Billing exports\n\n**Status**: Done\n',
    );
    const inherited = lint({ [FILE]: waveDone });
    assert.equal(inherited.project.byId.get('E5.2.1')!.status, 'done');
    // The effort plan outranks the wave plan, but not with a word it cannot read.
    const effortPlan = '/ws/.software-factory/phase5/wave2/E5.2.1-renderer/IMPLEMENTATION-PLAN.md';
    const ranked = lint({
      [FILE]: PLAN.replace('frobnicated', 'Done'),
      [effortPlan]:
        '# E5.2.1 Implementation Plan\n\n**Effort**: E5.2.1 - Invoice PDF renderer\n**Status**: frobnicated\n',
    });
    assert.equal(classifyPlanFile(effortPlan), 'effort-plan');
    assert.equal(ranked.project.byId.get('E5.2.1')!.status, 'done');
  });

  it('reads the unknown word in a state record and a table alike', () => {
    const state = JSON.stringify({ efforts: { 'E5.2.1': { name: 'renderer', status: 'frobnicated' } } });
    const fromState = lint({ '/ws/orchestrator-state.json': state });
    assert.equal(fromState.project.byId.get('E5.2.1')!.status, 'unknown');
    const table = [
      '# Wave 5.2 Plan',
      '',
      '| Effort | Name | Status |',
      '|---|---|---|',
      '| E5.2.1 | Renderer | frobnicated |',
      '',
    ].join('\n');
    const fromTable = lint({ '/ws/WAVE-5.2-PLAN.md': table });
    assert.equal(fromTable.project.byId.get('E5.2.1')!.status, 'unknown');
    assert.equal(fromTable.diagnostics.filter((x) => x.code === 'unknown-status').length, 1);
  });
});

describe('waveplan lint: an unknown status word', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waveplan-status-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists it as info at the word', async () => {
    writeFileSync(path.join(dir, 'WAVE-5.2-PLAN.md'), PLAN);
    const { out } = await runCli(['lint'], dir);
    assert.ok(out.includes(`WAVE-5.2-PLAN.md:5:13 info unknown-status ${MESSAGE}`), out);
  });
});
