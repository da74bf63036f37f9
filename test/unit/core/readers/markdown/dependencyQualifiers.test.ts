// What the words around a dependency say: `Effort 2 (Wave 1)` names wave 1's effort 2, `kubectl 1.1.2 or newer` is a
// tool's version, `Effort 3.` ends a sentence, `~~E1.1.2~~` was taken back. Read through the engine, as lint reads.
import { strict as assert } from 'assert';
import { lint } from '../../../support/builders';

const deps = (texts: Record<string, string>) => {
  const { project, diagnostics } = lint(texts);
  return {
    efforts: project.efforts.map((e) => [e.id, e.dependsOn, e.externalDependsOn]),
    codes: diagnostics.map((d) => d.code),
  };
};

describe('markdown reader: the words around a dependency', () => {
  it('`Effort 2 (Wave 1)` in a phase plan is wave 1’s effort 2, not the own wave’s (no invented cycle)', () => {
    const text = [
      '# Phase 1 Plan',
      '## Wave 1',
      '### Effort 1: Parser',
      'Size: 300 lines',
      '### Effort 2: AST',
      'Size: 250 lines',
      '## Wave 2',
      '### Effort 1: Checker',
      'Size: 400 lines',
      'Depends on: Effort 2 (Wave 1)',
      '### Effort 2: Codegen',
      'Size: 400 lines',
      'Depends on: Effort 1',
      '### Effort 3: Linker',
      'Size: 100 lines',
      'Depends on: Effort 1 of wave 1, Effort 2 in Wave 1, Effort 2',
      '',
    ].join('\n');
    assert.deepEqual(deps({ '/ws/PHASE-1-PLAN.md': text }), {
      efforts: [
        ['E1.1.1', [], []],
        ['E1.1.2', [], []],
        ['E1.2.1', ['E1.1.2'], []],
        ['E1.2.2', ['E1.2.1'], []],
        ['E1.2.3', ['E1.1.1', 'E1.1.2', 'E1.2.2'], []],
      ],
      codes: [],
    });
  });

  it('`Effort 2 (Wave 1)` and `Effort 1.` in a plan without phases name the efforts they say', () => {
    const text = [
      '# Plan: CLI',
      '## Wave 1',
      '### Effort 1: Args',
      '### Effort 2: Config',
      '## Wave 2',
      '### Effort 1: Commands',
      'Depends on: Effort 2 (Wave 1), Effort 1 (W1).',
      '### Effort 2: Completion',
      'Depends on: Effort 1.',
      '',
    ].join('\n');
    const { efforts } = deps({ '/ws/PLAN.md': text });
    assert.deepEqual(
      efforts.filter((e) => (e[1] as string[]).length || (e[2] as string[]).length),
      [
        ['effort-1-commands', ['effort-2-config', 'effort-1-args'], []],
        ['effort-2-completion', ['effort-1-commands'], []],
      ],
    );
  });

  it('a tool’s version (`kubectl 1.1.2 or newer`, `cert-manager 1.2.9`, `1.2.9+`) is outside work, not an effort', () => {
    const text = [
      '# Phase 1 Plan',
      '## Wave 1',
      '### E1.1.1: Bootstrap',
      '**Requires**: kubectl 1.1.2 or newer',
      '### E1.1.2: Charts',
      '## Wave 2',
      '### E1.2.1: Operator',
      '**Dependencies**: E1.1.1, cert-manager 1.2.9',
      '### E1.2.2: Webhooks',
      '**Dependencies**: 1.1.2, Helm 1.1.1+, after 1.1.1',
      '',
    ].join('\n');
    assert.deepEqual(deps({ '/ws/PHASE-1-PLAN.md': text }), {
      efforts: [
        ['E1.1.1', [], ['kubectl 1.1.2 or newer']],
        ['E1.1.2', [], []],
        ['E1.2.1', ['E1.1.1'], ['cert-manager 1.2.9']],
        ['E1.2.2', ['E1.1.2', 'E1.1.1'], ['Helm 1.1.1+']],
      ],
      codes: [],
    });
  });

  it('a struck-out dependency is none, and a struck-out status gives way to the one written after it', () => {
    const text = [
      '# Phase 1 Plan',
      '',
      '| Effort | Name | Lines | Depends on | Status |',
      '|---|---|---|---|---|',
      '| E1.1.1 | Config | 200 | — | ~~Done~~ In progress |',
      '| E1.1.2 | Logger | 200 | ~~E1.1.1~~ | Done |',
      '| E1.1.3 | Metrics | 200 | ~~E1.1.2~~ E1.1.1 | ~~Done~~ |',
      '',
    ].join('\n');
    const { project } = lint({ '/ws/PHASE-1-WAVE-1-PLAN.md': text });
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.dependsOn, e.status]),
      [
        ['E1.1.1', [], 'in-progress'],
        ['E1.1.2', [], 'done'],
        ['E1.1.3', ['E1.1.1'], 'done'],
      ],
    );
  });
});
