// A plan written without effort ids (`#### 1. Tokenizer rewrite` with `- Estimate: ~450 lines` under `### Wave 1`
// of front matter `phase: 3`) showed an empty view and no finding. Its waves are shown, and each sized heading gets a
// warning with a fix that writes the id. Read through the product's engine (readPlanText, merge, checks).
import { strict as assert } from 'assert';
import { applyFix, find, lint, type Texts } from '../../../support/builders';

const FILE = '/ws/PHASE-PLAN.md';
const TEXT = [
  '---',
  'phase: 3',
  'title: Search revamp',
  '---',
  '# Search revamp',
  '',
  '### Wave 1 — Indexing core',
  '#### 1. Tokenizer rewrite',
  '- Estimate: ~450 lines',
  '- Status: merged (actual 612 lines)',
  '',
  '#### 2. Index writer',
  '- Estimate: ~700 lines',
  '- Depends on: Tokenizer rewrite',
  '',
  '### Wave 2 — Query side',
  '#### Query parser',
  '- Estimate: ~500 lines',
  '- Depends on: Tokenizer rewrite',
  '',
].join('\n');

describe('markdown reader: sized headings of a wave without effort ids', () => {
  it('shows the phase and its waves, and warns at each heading with the id it could have', () => {
    const { project, diagnostics } = lint({ [FILE]: TEXT });
    assert.deepEqual(
      project.phases.map((p) => [p.phase, p.waves.map((w) => w.name)]),
      [[3, ['Indexing core', 'Query side']]],
    );
    const found = diagnostics.filter((d) => d.code === 'effort-without-id');
    assert.deepEqual(
      found.map((d) => [d.severity, d.line, d.column, d.fixes?.map((f) => f.title)]),
      [
        ['warning', 8, 6, ['Give it the id E3.1.1']],
        ['warning', 12, 6, ['Give it the id E3.1.2']],
        ['warning', 17, 6, ['Give it the id E3.2.1']],
      ],
    );
    const { line, column, endColumn } = find(FILE, TEXT, '1. Tokenizer rewrite');
    assert.deepEqual([found[0].line, found[0].column, found[0].endColumn], [line, column, endColumn]);
    assert.equal(
      found[0].message,
      '"Tokenizer rewrite" has an estimate like an effort of wave 3.1, but no effort id, so it is not tracked ' +
        '(no size check, dependency or status). Give it an id such as E3.1.1: "E3.1.1 Tokenizer rewrite".',
    );
    // Not a wave whose efforts the file lists apart: its agents' sections describe them.
    const text = [
      '# Phase 4: Observability',
      '| Wave | Efforts |',
      '|---|---|',
      '| Wave 1 | 4.1.1 Metrics, 4.1.2 Health |',
      '',
      '## Wave 1: Observability Foundation',
      '#### Agent 1: Metrics Specialist',
      '**Branch**: `feature/p4w1-metrics`',
      '**Lines**: ~650',
      '',
    ].join('\n');
    const agents = lint({ '/ws/phase-04-wave-implementation-plan.md': text }).diagnostics;
    assert.deepEqual(
      agents.filter((d) => d.code === 'effort-without-id'),
      [],
    );
  });

  it('its fixes make the headings efforts of their waves, dependencies by name included', () => {
    let texts: Texts = { [FILE]: TEXT };
    for (let i = 0; i < 3; i++) {
      const d = lint(texts).diagnostics.find((x) => x.code === 'effort-without-id');
      texts = applyFix(texts, d!.fixes![0]);
    }
    assert.match(texts[FILE], /^#### E3\.1\.1 Tokenizer rewrite$/m);
    assert.match(texts[FILE], /^#### E3\.2\.1 Query parser$/m);
    const { project, diagnostics } = lint(texts);
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.name, e.estimatedLines, e.dependsOn]),
      [
        ['E3.1.1', 'Tokenizer rewrite', 450, []],
        ['E3.1.2', 'Index writer', 700, ['E3.1.1']],
        ['E3.2.1', 'Query parser', 500, ['E3.1.1']],
      ],
    );
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'effort-without-id'),
      [],
    );
  });
});
