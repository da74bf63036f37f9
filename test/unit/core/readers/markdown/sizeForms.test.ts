// Sizes written in thousands of lines (`1.5 KLOC`) and ranges written with an en dash, `to` or `between … and`: every
// reader reads them alike (bold fields, state records), a range at its upper end, as `400-550` always was. Through
// readPlanText, PlanEngine and the CLI.
import { strict as assert } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readPlanText } from '../../../../../src/core/readers';
import { runCli } from '../../../support/cliRun';
import { find, lint } from '../../../support/builders';

const CASES: Array<[string, number]> = [
  ['1.5 KLOC — split before starting', 1500],
  ['2 KLOC', 2000],
  ['~0.7 KLOC', 700],
  ['0.7 kLOC', 700],
  ['1.2 k lines', 1200],
  ['2k lines', 2000],
  ['400–550 lines', 550],
  ['400 – 550', 550],
  ['400—550', 550],
  ['400 to 550 lines', 550],
  ['between 400 and 550 lines', 550],
  ['400-550', 550],
  // A second, smaller figure after a dash is a note, not a range; `and` without `between` joins two things.
  ['300 — 2 files', 300],
  ['300 and 2 tests', 300],
  ['1,100', 1100],
];

const FILE = '/ws/WAVE-1.1-PLAN.md';
const PLAN = [
  '# Wave 1.1 Plan',
  '',
  ...CASES.flatMap(([size], i) => [`### E1.1.${i + 1}: Part ${i + 1}`, `**Size**: ${size}`, '']),
].join('\n');

describe('sizes in thousands and ranges in words', () => {
  it('reads each bold size field as its lines, a range at its upper end', () => {
    const r = readPlanText(FILE, PLAN);
    const byId = new Map(r.efforts.map((f) => [f.id, f.estimatedLines?.value]));
    assert.deepEqual(
      CASES.map(([size], i) => [size, byId.get(`E1.1.${i + 1}`)]),
      CASES,
    );
  });

  it('locates a thousands figure whole and a range at its upper figure', () => {
    const r = readPlanText(FILE, PLAN);
    const byId = new Map(r.efforts.map((f) => [f.id, f.estimatedLines?.span]));
    assert.deepEqual(byId.get('E1.1.1'), find(FILE, PLAN, '1.5 K'));
    assert.deepEqual(byId.get('E1.1.7'), find(FILE, PLAN, '550', 0));
    assert.deepEqual(byId.get('E1.1.11'), find(FILE, PLAN, '550', 4));
  });

  it('reads the same sizes in a state file’s records', () => {
    const efforts = Object.fromEntries(CASES.map(([size], i) => [`E1.1.${i + 1}`, { name: `part-${i + 1}`, size }]));
    const r = readPlanText('/ws/orchestrator-state.json', JSON.stringify({ efforts }, null, 2));
    const byId = new Map(r.efforts.map((f) => [f.id, f.estimatedLines?.value]));
    assert.deepEqual(
      CASES.map(([size], i) => [size, byId.get(`E1.1.${i + 1}`)]),
      CASES,
    );
  });

  it('finds a 1.5 KLOC effort over the limit', () => {
    const text = ['# Wave 1.1 Plan', '', '### E1.1.1: Renderer', '**Size**: 1.5 KLOC', ''].join('\n');
    const over = lint({ [FILE]: text }).diagnostics.filter((d) => d.code === 'effort-oversized');
    assert.deepEqual(
      over.map((d) => [d.line, d.message]),
      [[4, 'E1.1.1 is estimated at 1,500 lines, over the 800-line limit: split it.']],
    );
  });
});

describe('waveplan inspect: a count of one line', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waveplan-sizes-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('says `~1 line`, not `~1 lines`', async () => {
    writeFileSync(path.join(dir, 'WAVE-1.1-PLAN.md'), '# Wave 1.1 Plan\n\n### E1.1.1: Stub\n**Size**: 1 line\n');
    const { out } = await runCli(['inspect'], dir);
    assert.match(out, /E1\.1\.1 Stub \(~1 line\) \[planned\]/);
  });
});
