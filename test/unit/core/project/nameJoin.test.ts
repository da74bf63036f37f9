// A state file that keys its records by effort name (`phases: {phase_1: {waves: {wave_1: {efforts: {ledger-model:
// {…}}}}}}`) records the plan's efforts of that wave, not new ones: E1.1.1 "ledger-model" gets the record's branch,
// status and lines, and no `ledger-model` effort appears beside it.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { PlanEngine } from '../../../../src/core/project/engine';
import type { Project } from '../../../../src/core/model/model';
import { locatorFor } from '../../../../src/core/views/locator';
import { runCli } from '../../support/cliRun';

const DIR = join(__dirname, '../../../fixtures/state/keyed-by-name');
const PLAN_FILE = join(DIR, 'PHASE-1-PLAN.md');
const STATE_FILE = join(DIR, 'orchestrator-state.yaml');
const PLAN = readFileSync(PLAN_FILE, 'utf8');
const STATE = readFileSync(STATE_FILE, 'utf8');

function read(files: Record<string, string>, engine = new PlanEngine()): Project {
  for (const [file, text] of Object.entries(files)) engine.update(file, text);
  return engine.project();
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The project as plain data, maps as entry lists: what a fresh read and an update must agree on. */
function plain(value: unknown): unknown {
  if (value instanceof Map) return ['Map', [...value.entries()].map(plain)];
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = plain((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

describe('state records keyed by an effort name', () => {
  it("join the plan's effort of that name in their wave, with their branch, status and lines", () => {
    const p = read({ [PLAN_FILE]: PLAN, [STATE_FILE]: STATE });
    assert.deepEqual(
      p.efforts.map((e) => e.id),
      ['E1.1.1', 'E1.1.2', 'E1.1.3', 'E1.2.1', 'E1.2.2', 'E1.2.3', 'metrics-export'],
    );
    const ledger = p.byId.get('E1.1.1')!;
    assert.equal(ledger.name, 'ledger-model');
    assert.equal(ledger.branch, 'billing/p1w1-ledger-model');
    assert.equal(ledger.actualLines, 412);
    assert.equal(ledger.estimatedLines, 400);
    assert.equal(ledger.origins.actualLines?.file, STATE_FILE);
    assert.equal(ledger.origins.actualLines?.line, lineOf(STATE, 'lines: 412'));
    assert.equal(p.byId.get('E1.1.3')!.branch, 'billing/p1w1-invoice-schema');
    // A name no effort of its wave has: its own effort, as before.
    assert.equal(p.byId.get('metrics-export')!.branch, 'billing/p1w1-metrics-export');
    // `Charge_API` is "Charge API": case and separators do not tell names apart.
    const charge = p.byId.get('E1.2.1')!;
    assert.equal(charge.branch, 'billing/p1w2-charge-api');
    assert.equal(charge.status, 'in-progress');
    assert.deepEqual(
      p.phases.flatMap((ph) => ph.waves.map((w) => [w.id, w.efforts])),
      [
        ['W1.1', ['E1.1.1', 'E1.1.2', 'E1.1.3', 'metrics-export']],
        ['W1.2', ['E1.2.1', 'E1.2.2', 'E1.2.3']],
      ],
    );
  });

  it('hover and go to definition find the joined effort at the record', () => {
    const p = read({ [PLAN_FILE]: PLAN, [STATE_FILE]: STATE });
    const locator = locatorFor(p);
    const line = lineOf(STATE, 'ledger-model:');
    assert.equal(locator.effortAt(STATE_FILE, line, 12)?.id, 'E1.1.1');
    assert.equal(locator.at(STATE_FILE, line, 12)?.id, 'E1.1.1');
    assert.ok(locator.occurrencesOf('E1.1.1').some((o) => o.span.file === STATE_FILE && o.span.line === line));
  });

  it('a joined record that disagrees with the plan on the branch is a state-conflict at the record', () => {
    const plan = PLAN.replace('**Estimate:** ~650 lines', '**Estimate:** ~650 lines\n**Branch:** billing/charge');
    const p = read({ [PLAN_FILE]: plan, [STATE_FILE]: STATE });
    assert.equal(p.efforts.length, 7);
    const found = p.diagnostics.filter((d) => d.code === 'state-conflict');
    assert.equal(found.length, 1);
    assert.equal(found[0].file, STATE_FILE);
    assert.equal(found[0].line, lineOf(STATE, 'billing/p1w2-charge-api'));
    assert.deepEqual(found[0].efforts, ['E1.2.1']);
  });

  it('a name two efforts of the wave share joins neither, and says so at the record', () => {
    const plan = PLAN.replace('| E1.1.3 | invoice-schema | 300 |', '| E1.1.4 | Ledger Model | 100 | — | |\n$&');
    const p = read({ [PLAN_FILE]: plan, [STATE_FILE]: STATE });
    assert.ok(p.byId.has('ledger-model'));
    assert.equal(p.byId.get('E1.1.1')!.branch, undefined);
    const found = p.diagnostics.filter((d) => d.efforts.includes('ledger-model'));
    assert.equal(found.length, 1);
    assert.equal(found[0].code, 'state-conflict');
    assert.equal(found[0].severity, 'info');
    assert.equal(found[0].file, STATE_FILE);
    assert.equal(found[0].line, lineOf(STATE, 'ledger-model:'));
    assert.match(found[0].message, /E1\.1\.1 and E1\.1\.4/);
  });

  it('read from a JSON state file alike', () => {
    const json = JSON.stringify({
      phases: {
        phase_1: {
          waves: {
            wave_1: {
              efforts: { 'ledger-model': { status: 'done', branch: 'billing/p1w1-ledger-model', lines: 412 } },
            },
            wave_2: { efforts: { 'charge-api': { status: 'planned', branch: 'billing/p1w2-charge-api' } } },
          },
        },
      },
    });
    const p = read({ [PLAN_FILE]: PLAN, [join(DIR, 'orchestrator-state.json')]: json });
    assert.equal(p.efforts.length, 6);
    assert.equal(p.byId.get('E1.1.1')!.actualLines, 412);
    assert.equal(p.byId.get('E1.2.1')!.branch, 'billing/p1w2-charge-api');
  });

  it('a state of waves under no phase joins the effort of that wave number with the name', () => {
    const waves = [
      'waves:',
      '  wave_1:',
      '    efforts:',
      '      ledger-model: {status: done, branch: billing/p1w1-ledger-model, lines: 412}',
      '  wave_2:',
      '    efforts:',
      '      charge-api: {status: in_progress, branch: billing/p1w2-charge-api}',
      '',
    ].join('\n');
    const file = join(DIR, 'state', 'orchestrator-state.yaml');
    const engine = new PlanEngine();
    const p = read({ [PLAN_FILE]: PLAN, [file]: waves }, engine);
    assert.equal(p.efforts.length, 6);
    assert.equal(p.byId.get('E1.1.1')!.actualLines, 412);
    assert.equal(p.byId.get('E1.2.1')!.branch, 'billing/p1w2-charge-api');
    assert.equal(p.byId.get('E1.2.1')!.status, 'in-progress');
    // Renamed in the editor, "Charge API" no longer names the record: it is an effort of its own, as a fresh read has it.
    read({ [PLAN_FILE]: PLAN.replace('| 250 |', '| 260 |') }, engine);
    const plan = PLAN.replaceAll('Charge API', 'Payments API');
    const updated = read({ [PLAN_FILE]: plan }, engine);
    assert.deepStrictEqual(plain(updated), plain(read({ [PLAN_FILE]: plan, [file]: waves }, new PlanEngine())));
    assert.equal(updated.byId.get('charge-api')?.branch, 'billing/p1w2-charge-api');
  });

  it('a wave under no phase whose name two phases have in that wave joins neither, and says so', () => {
    const phase2 = '# Phase 2: Reports\n\n## Wave 1: Exports\n\n### E2.1.1: ledger-model\n**Estimate:** 200 lines\n';
    const file = join(DIR, 'orchestrator-state.yaml');
    const waves = 'waves:\n  wave_1:\n    efforts:\n      ledger-model: {status: done, lines: 412}\n';
    const p = read({ [PLAN_FILE]: PLAN, [join(DIR, 'PHASE-2-PLAN.md')]: phase2, [file]: waves });
    assert.equal(p.byId.get('E1.1.1')!.actualLines, undefined);
    assert.equal(p.byId.get('E2.1.1')!.actualLines, undefined);
    const found = p.diagnostics.filter((d) => d.efforts.includes('ledger-model'));
    assert.deepEqual(
      found.map((d) => [d.code, d.file, d.line, d.message]),
      [
        [
          'state-conflict',
          file,
          4,
          'ledger-model in wave 1 has the name of E1.1.1 and E2.1.1: kept as an effort of its own (give the record the id of the one it is about).',
        ],
      ],
    );
  });

  it('an edit in the editor that renames the effort unjoins and rejoins it, as a fresh read does', () => {
    const engine = new PlanEngine();
    read({ [PLAN_FILE]: PLAN, [STATE_FILE]: STATE }, engine);
    read({ [PLAN_FILE]: PLAN.replace('| 250 |', '| 260 |') }, engine);
    const steps = [
      PLAN.replace('| E1.1.1 | ledger-model |', '| E1.1.1 | ledger-core |'),
      PLAN.replace('| E1.1.1 | ledger-model |', '| E1.1.1 | Ledger_Model |'),
      PLAN.replace('| 400 |', '| 450 |'),
      PLAN.replace('| 400 |', '| 420 |'),
    ];
    for (const plan of steps) {
      const before = engine.project();
      const updated = read({ [PLAN_FILE]: plan }, engine);
      const fresh = read({ [PLAN_FILE]: plan, [STATE_FILE]: STATE }, new PlanEngine({ incremental: false }));
      assert.deepStrictEqual(plain(updated), plain(fresh));
      assert.equal(updated.byId.get('E1.1.1')!.branch, plan === steps[0] ? undefined : 'billing/p1w1-ledger-model');
      // A size edit keeps the joins: merged again by the update, not in full (untouched efforts stay the same objects).
      if (plan === steps[3]) assert.equal(updated.byId.get('E1.2.3'), before.byId.get('E1.2.3'));
    }
    assert.equal(read({}, engine).byId.get('E1.1.1')!.estimatedLines, 420);
    const renamed = read({ [PLAN_FILE]: steps[0] }, engine);
    assert.ok(renamed.byId.has('ledger-model'));
    assert.equal(renamed.byId.get('E1.1.1')!.branch, undefined);
  });

  it('an edit of a joined record updates the effort it joined, as a fresh read does', () => {
    const engine = new PlanEngine();
    read({ [PLAN_FILE]: PLAN, [STATE_FILE]: STATE }, engine);
    // The engine's first re-read merges in full and keeps what later updates start from.
    read({ [STATE_FILE]: STATE.replace('lines: 412', 'lines: 413') }, engine);
    for (const state of [STATE.replace('lines: 412', 'lines: 500'), STATE.replace('status: done', 'status: review')]) {
      const before = engine.project();
      const updated = read({ [STATE_FILE]: state }, engine);
      // Merged again by the update, not in full: the efforts it did not touch are the same objects.
      assert.equal(updated.byId.get('E1.2.3'), before.byId.get('E1.2.3'));
      const fresh = read({ [PLAN_FILE]: PLAN, [STATE_FILE]: state }, new PlanEngine({ incremental: false }));
      assert.deepStrictEqual(plain(updated), plain(fresh));
      assert.ok(!updated.byId.has('ledger-model'));
    }
  });

  it('`waveplan inspect` lists each effort once', async () => {
    const { code, out } = await runCli(['inspect', DIR], DIR);
    assert.equal(code, 0);
    assert.match(out, /E1\.1\.1 ledger-model \(412 lines, estimated 400\) \[done\]/);
    assert.doesNotMatch(out, /^\s+(ledger-model|charge-api|currency-utils|invoice-schema)\b/m);
    assert.match(out, /^7 efforts in 2 files/m);
  });
});
