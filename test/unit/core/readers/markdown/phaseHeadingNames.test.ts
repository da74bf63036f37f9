// A phase heading names its phase without the noun that says what the section lists: `# Phase 2 Efforts: Search
// Backend` is the Search Backend phase, as `# Phase 2 Implementation Plan — Search Backend` is. Read through the engine.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../../src/core/project/engine';

function phaseNameOf(heading: string): string | undefined {
  const engine = new PlanEngine();
  const text = [heading, '', '## Wave 1', '', '### Effort 2.1.1: Index schema', '**Size**: 300 lines', ''];
  engine.update('/ws/PHASE-2-PLAN.md', text.join('\n'));
  return engine.project().phases[0]?.name;
}

describe('markdown reader: a phase heading’s name', () => {
  it('drops `Efforts:` and `Tasks —` before the name, as it drops `Implementation Plan —`', () => {
    assert.deepEqual(
      [
        '# Phase 2 Efforts: Search Backend',
        '# Phase 2: Tasks — Search Backend',
        '# Phase 2 Implementation Plan — Search Backend',
        '# Phase 2: Search Backend',
      ].map(phaseNameOf),
      ['Search Backend', 'Search Backend', 'Search Backend', 'Search Backend'],
    );
  });

  it('keeps a name that only starts with such a word', () => {
    assert.deepEqual(
      ['# Phase 2: Effortless Search', '# Phase 2: Tasks Dashboard', '# Phase 2: Efforts'].map(phaseNameOf),
      ['Effortless Search', 'Tasks Dashboard', 'Efforts'],
    );
  });
});
