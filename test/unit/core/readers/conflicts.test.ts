// Plans committed with merge-conflict markers, read through readPlanText and the engine: every conflict is a
// located error, both sides are read (nothing after `=======` is lost), and a JSON block split by markers parses.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { PlanEngine } from '../../../../src/core/project/engine';
import { readPlanText } from '../../../../src/core/readers';

const FILE = '/ws/planning/phase7/wave1/WAVE-IMPLEMENTATION-PLAN.md';
const TEXT = readFileSync(path.resolve(__dirname, '../../../fixtures/conflicts/WAVE-IMPLEMENTATION-PLAN.md'), 'utf8');
const LINES = TEXT.split('\n');
const lineOf = (needle: string, from = 0) => LINES.findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('merge-conflict markers', () => {
  it('reports each conflict as an error at its <<<<<<< line, naming its range, with the other markers related', () => {
    const r = readPlanText(FILE, TEXT);
    const conflicts = r.diagnostics.filter((d) => d.code === 'merge-conflict');
    const first = lineOf('<<<<<<< HEAD');
    const second = lineOf('<<<<<<< HEAD', first);
    assert.deepEqual(
      conflicts.map((d) => [d.line, d.severity, d.related?.map((x) => x.span.line)]),
      [
        [first, 'error', [lineOf('======='), lineOf('>>>>>>>')]],
        [second, 'error', [lineOf('=======', second), lineOf('>>>>>>>', second)]],
      ],
    );
    assert.match(conflicts[0].message, new RegExp(`lines ${first}–${lineOf('>>>>>>>')}`));
  });

  it('reads both sides: the effort only the second side declares, and the one after the conflict', () => {
    const engine = new PlanEngine();
    engine.update(FILE, TEXT);
    const p = engine.project();
    assert.deepEqual(
      p.efforts.map((e) => e.id),
      ['E7.1.1', 'E7.1.2', 'E7.1.3', 'E7.1.4'],
    );
    assert.equal(p.byId.get('E7.1.3')!.origins.estimatedLines.line, lineOf('180 lines'));
    assert.deepEqual(p.byId.get('E7.1.4')!.dependsOn, ['E7.1.2', 'E7.1.3']);
  });

  it('a JSON block split by markers parses; the first side wins where both speak, no duplicate is reported', () => {
    const engine = new PlanEngine();
    engine.update(FILE, TEXT);
    const p = engine.project();
    const e = p.byId.get('E7.1.1')!;
    assert.deepEqual(
      [e.estimatedLines, e.origins.estimatedLines.line, e.dependsOn, e.canParallelize],
      [320, lineOf('"estimated_lines": 320'), [], true],
    );
    assert.deepEqual(
      p.diagnostics.map((d) => d.code),
      ['merge-conflict', 'merge-conflict'],
    );
  });

  it('a state file with markers: both sides read, the conflict located', () => {
    const state = [
      '{',
      '  "efforts_in_progress": [',
      '<<<<<<< HEAD',
      '    { "name": "rain-gauge", "branch": "garden/phase7/wave1/rain-gauge" }',
      '=======',
      '    { "name": "sun-tracker", "branch": "garden/phase7/wave1/sun-tracker" }',
      '>>>>>>> main',
      '  ]',
      '}',
      '',
    ].join('\n');
    const r = readPlanText('/ws/orchestrator-state.json', state);
    assert.deepEqual(
      r.diagnostics.map((d) => [d.code, d.line]),
      [['merge-conflict', 3]],
    );
    assert.deepEqual(r.efforts.map((f) => f.branch?.value).sort(), [
      'garden/phase7/wave1/rain-gauge',
      'garden/phase7/wave1/sun-tracker',
    ]);
  });

  it('a text without markers is read unchanged, and an unterminated conflict still reads and reports', () => {
    assert.deepEqual(
      readPlanText(FILE, TEXT.replace(/^(<{7}|={7}|>{7}).*\n/gm, '')).diagnostics.filter(
        (d) => d.code === 'merge-conflict',
      ),
      [],
    );
    const cut = LINES.slice(0, lineOf('### Effort 7.1.3')).join('\n');
    const r = readPlanText(FILE, cut);
    assert.ok(r.diagnostics.some((d) => d.code === 'merge-conflict' && /to the end of the file/.test(d.message)));
  });
});
