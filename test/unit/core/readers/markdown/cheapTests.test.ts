// The readers look for a pattern's words or marks before running a pattern that is slow to fail (a wave title's
// status, a short wave heading, an effort heading's status, dependency and size tails). These plans write each form
// those cheap tests must let through, so that a test too strict shows here. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const FILE = '/ws/plans/PHASE-1-PLAN.md';

function read(lines: string[]) {
  return readPlanText(FILE, lines.join('\n'));
}

describe('markdown reader: the cheap tests before slow patterns miss no form', () => {
  it('a wave title status after a bar, a dash or an en dash, with a check mark, or in capitals', () => {
    const titles = ['Lexer | complete', 'Parser – done', 'Cache - Done', 'Storage ✅', 'Index COMPLETE, then docs'];
    const r = read(titles.flatMap((t, i) => [`## Wave ${i + 1}: ${t}`, '', `### E1.${i + 1}.1: Work`, '']));
    assert.deepEqual(
      r.waves.map((w) => w.name),
      ['Lexer', 'Parser', 'Cache', 'Storage', 'Index COMPLETE, then docs'],
    );
  });

  it('short wave headings with and without a phase, after a decoration', () => {
    const r = read(['# Phase 1: Search', '', '## W2 — Parsers', '', '## 🌊 W3 — Ranking', '', '## P1W4: Emitters', '']);
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [1, 2, 'Parsers'],
        [1, 3, 'Ranking'],
        [1, 4, 'Emitters'],
      ],
    );
  });

  it('an effort heading status in capitals after a bracket or a dash', () => {
    const r = read([
      '### E1.1.1: logger (IN PROGRESS)',
      '',
      '### E1.1.2: cache — BLOCKED',
      '',
      '### E1.1.3: api [WIP]',
    ]);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value]),
      [
        ['E1.1.1', 'logger', 'in-progress'],
        ['E1.1.2', 'cache', 'blocked'],
        ['E1.1.3', 'api', 'in-progress'],
      ],
    );
  });

  it('every dependency word of a heading tail, and sizes in lines or LOC in any case', () => {
    const tails = ['depends on', 'needs', 'requires', 'blocked by', 'waits for', 'Waits on', 'DEPS:'];
    const r = read([
      '### E1.1.1: base (~300 LOC)',
      '',
      ...tails.flatMap((w, i) => [`### E1.2.${i + 1}: part ${i + 1} (${100 + i} Lines) ${w} E1.1.1`, '']),
    ]);
    assert.equal(r.efforts[0].estimatedLines?.value, 300);
    for (const [i, f] of r.efforts.slice(1).entries()) {
      assert.deepEqual(
        [f.id, f.name?.value, f.estimatedLines?.value, f.dependsOn?.refs.map((d) => d.id)],
        [`E1.2.${i + 1}`, `part ${i + 1}`, 100 + i, ['E1.1.1']],
        tails[i],
      );
    }
  });

  it('phase and wave words in any case (`ſ` folds to `s`), after a heading number; effort headings only with a digit', () => {
    const r = read([
      '# PHAſE 2 — Search',
      '',
      '## 1. wAvE 3: Ranking',
      '',
      '### Scope',
      '',
      '### Scope',
      '',
      // A line separator in the name: no `E1.2.3: name` heading read by hand (its pattern's `(.*)$` stops there).
      '### E2.3.1: scorer\u2028tail',
      '',
      '### 2. E2.3.2: merger',
      '',
      '### E2.3.3 — index (IN PROGRESS)',
    ]);
    assert.deepEqual(
      r.phases.map((p) => [p.phase, p.name]),
      [[2, 'Search']],
    );
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [[2, 3, 'Ranking']],
    );
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value, f.span.line]),
      [
        ['E2.3.2', 'merger', undefined, 11],
        ['E2.3.3', 'index', 'in-progress', 13],
      ],
    );
  });

  it('wave and phase headings starting with either case of their letter, after a decoration or a number', () => {
    const r = read([
      '# **Phase 2** — Search',
      '',
      '## wave 1: Lexer',
      '',
      '### E2.1.1: lexer',
      '',
      '## 🌊 Wave 2 — Parser',
      '',
      '### E2.2.1: parser',
      '',
      '## 3. W3 — Ranker',
      '',
      '### E2.3.1: ranker',
      '',
      '## P2W4: Cache',
      '',
      '### E2.4.1: cache',
    ]);
    assert.deepEqual(
      r.phases.map((p) => [p.phase, p.name]),
      [[2, 'Search']],
    );
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [2, 1, 'Lexer'],
        [2, 2, 'Parser'],
        [2, 3, 'Ranker'],
        [2, 4, 'Cache'],
      ],
    );
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value]),
      [
        ['E2.1.1', 'lexer'],
        ['E2.2.1', 'parser'],
        ['E2.3.1', 'ranker'],
        ['E2.4.1', 'cache'],
      ],
    );
  });
});
