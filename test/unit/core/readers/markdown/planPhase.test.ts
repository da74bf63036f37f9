// A plan that names its phase outside a `Phase N` heading — front matter `phase: 3`, a title ending `(Phase 2)` — and
// numbers its waves `## Wave 1 · Foundations`: the waves are that phase's, with their names, and the phase is named
// by the front matter's title or the title's words. Else the ids of a wave's efforts may say its phase. Read through the product's engine (readPlanText, merge).
import { strict as assert } from 'assert';
import { lint, find } from '../../../support/builders';

function outline(file: string, text: string) {
  const { project } = lint({ [file]: text });
  return project.phases.map((p) => [p.phase, p.name, p.waves.map((w) => [w.wave, w.name, w.efforts])]);
}

describe('markdown reader: the phase of a plan given by its front matter or its title', () => {
  it('front matter `phase: 3` gives `### Wave 1 — Indexing core` its phase and name, `title:` names the phase', () => {
    const file = '/ws/PLAN.md';
    const text = [
      '---',
      'phase: 3',
      'title: "Search revamp"',
      '---',
      '# Search revamp',
      '',
      '### Wave 1 — Indexing core',
      '#### E3.1.1 Tokenizer rewrite',
      '- Estimate: ~450 lines',
      '',
      '### Wave 2 — Query side',
      '',
    ].join('\n');
    assert.deepEqual(outline(file, text), [
      [
        3,
        'Search revamp',
        [
          [1, 'Indexing core', ['E3.1.1']],
          [2, 'Query side', []],
        ],
      ],
    ]);
    const { project } = lint({ [file]: text });
    assert.deepEqual(project.phases[0].span, find(file, text, '3'));
  });

  it('a title ending `(Phase 2)` gives `## Wave 1 · Foundations` its phase; its words before name the phase', () => {
    const file = '/ws/WAVE-PLAN-billing.md';
    const text = [
      '# Billing v2 — wave plan (Phase 2)',
      '',
      '## Wave 1 · Foundations',
      '- E2.1.1: Money type — 280 LOC',
      '',
      '## Wave 2 | Services',
      '- E2.2.1: Invoice service — 700 LOC',
      '',
    ].join('\n');
    assert.deepEqual(outline(file, text), [
      [
        2,
        'Billing v2',
        [
          [1, 'Foundations', ['E2.1.1']],
          [2, 'Services', ['E2.2.1']],
        ],
      ],
    ]);
  });

  it('a `Phase 3 — …` heading keeps its own name; the front matter title names only a phase left unnamed', () => {
    const named = ['---', 'phase: 3', 'title: Search', '---', '# Phase 3 — Search revamp', '## Wave 1: Core', ''];
    assert.deepEqual(outline('/ws/PLAN.md', named.join('\n')), [[3, 'Search revamp', [[1, 'Core', []]]]]);
    const bare = ['---', 'phase: 3', 'title: "Phase 3 — Search revamp"', '---', '# Plan', '## Wave 3.1: Core', ''];
    assert.deepEqual(outline('/ws/PLAN.md', bare.join('\n')), [[3, 'Search revamp', [[1, 'Core', []]]]]);
  });

  it('the ids of a wave’s efforts give `### Wave 1 — Indexing core` its phase when nothing else does', () => {
    const text = [
      '# Search plan',
      '### Wave 1 — Indexing core',
      '#### E3.1.1 Tokenizer',
      '- Estimate: ~450 lines',
      '### Wave 2 — Query side',
      '#### E3.2.1 Parser',
      '- Estimate: ~300 lines',
      '### Wave 3 — Mixed',
      '#### E3.3.1 Ranker',
      '#### E4.3.2 Facets',
      '',
    ].join('\n');
    assert.deepEqual(outline('/ws/WAVE-PLAN.md', text), [
      [
        3,
        undefined,
        [
          [1, 'Indexing core', ['E3.1.1']],
          [2, 'Query side', ['E3.2.1']],
          [3, undefined, ['E3.3.1']],
        ],
      ],
      [4, undefined, [[3, undefined, ['E4.3.2']]]],
    ]);
  });

  it('a title that names a wave too, or mentions a phase mid-sentence, names no phase', () => {
    const wave = ['# Sprint 4 — Wave 2 (Phase 1)', '## Wave 2: Hardening', '- E1.2.1: Retry — 100 LOC', ''];
    assert.deepEqual(outline('/ws/WAVE-PLAN.md', wave.join('\n')), [[1, undefined, [[2, 'Hardening', ['E1.2.1']]]]]);
    const mid = ['# Notes on phase 2 work', '## Wave 1: Core', '- E2.1.1: Retry — 100 LOC', ''];
    assert.deepEqual(outline('/ws/WAVE-PLAN.md', mid.join('\n')), [[2, undefined, [[1, 'Core', ['E2.1.1']]]]]);
  });

  it('a title `Mobile App Roadmap — Phase 1: Offline Sync` gives its waves phase 1, named by the words after it', () => {
    const file = '/ws/plans/ROADMAP.md';
    const text = [
      '# Mobile App Roadmap — Phase 1: Offline Sync',
      '## Wave 1: Local store',
      '- E1.1.1: Schema — 300 LOC',
      '',
    ];
    assert.deepEqual(outline(file, text.join('\n')), [[1, 'Offline Sync', [[1, 'Local store', ['E1.1.1']]]]]);
    const { project } = lint({ [file]: text.join('\n') });
    assert.deepEqual(project.phases[0].span, find(file, text.join('\n'), '1'));
    const wave = ['# Roadmap — Phase 2: Wave 3 hardening', '## Wave 3: Retries', '- E2.3.1: Retry — 100 LOC', ''];
    assert.deepEqual(outline(file, wave.join('\n')), [[2, undefined, [[3, 'Retries', ['E2.3.1']]]]]);
  });

  it('a front matter title that names a wave (`Wave 3.1 — Query Planner`) names no phase', () => {
    const text = [
      '---',
      'title: "Wave 3.1 — Query Planner"',
      'phase: 3',
      'wave: 1',
      '---',
      '# Wave 3.1 Implementation Plan: Query Planner',
      '## Effort 3.1.1: AST & Parser',
      '**Estimated Lines**: 640',
      '',
    ].join('\n');
    assert.deepEqual(outline('/ws/planning/phase3/wave1/WAVE-3.1-IMPLEMENTATION-PLAN.md', text), [
      [3, undefined, [[1, 'Query Planner', ['E3.1.1']]]],
    ]);
  });

  it('front matter `phase: 1` and `wave: 2` make the file that wave’s plan: its title, base and status are the wave’s', () => {
    const wave = [
      '---',
      'phase: 1',
      'wave: 2',
      'title: Transform',
      'base_branch: phase1/wave1-integration',
      'status: in_progress',
      '---',
      '',
      '# Transform',
      '',
      '- [ ] E1.2.1 dedupe (~350 LOC)',
      '- [ ] E1.2.2 enrich (~500 LOC) — after E1.2.1',
      '',
    ].join('\n');
    const core = ['# Core', '', '## Wave 1.1: Core', '', '- [ ] E1.1.1 lexer (~200 LOC)', ''].join('\n');
    const { project } = lint({ '/ws/plans/transform.md': wave, '/ws/plans/core.md': core });
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.baseBranch, e.status]),
      [
        // The other wave's effort takes nothing from this file: before, the front matter's status was the phase's.
        ['E1.1.1', undefined, 'planned'],
        ['E1.2.1', 'phase1/wave1-integration', 'in-progress'],
        ['E1.2.2', 'phase1/wave1-integration', 'in-progress'],
      ],
    );
    assert.equal(project.efforts[1].origins.baseBranch?.line, 5);
    assert.deepEqual(
      project.phases.map((p) => [p.phase, p.name, p.waves.map((w) => [w.wave, w.name])]),
      [
        [
          1,
          undefined,
          [
            [1, 'Core'],
            [2, 'Transform'],
          ],
        ],
      ],
    );
  });
});
