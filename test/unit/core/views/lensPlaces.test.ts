// Where an effort's CodeLens goes: on its declaration in every plan that declares it, even where a state file or a
// Mermaid node is the source the merge picked; a Mermaid node or a state record carries it only as that source.
// Plans read by the product's engine.
import { strict as assert } from 'assert';
import { lensPlaces } from '../../../../src/core/views/lensPlaces';
import { lint } from '../../support/builders';

const PLAN = [
  '# Phase 1: Search',
  '',
  '```mermaid',
  'graph TD',
  '  E1.1.1[E1.1.1: Index schema] --> E1.1.2[E1.1.2: Query parser]',
  '```',
  '',
  '## Wave 1: Core',
  '',
  '### E1.1.1: Index schema',
  '**Size**: 300 lines',
  '',
  '### E1.1.2: Query parser',
  '**Dependencies**: E1.1.1',
  '**Size**: 250 lines',
  '',
].join('\n');

const STATE = JSON.stringify([{ id: 'E1.1.1', name: 'Index schema', status: 'in_progress', branch: 'search/schema' }]);

describe('CodeLens places', () => {
  it('puts each effort’s lens on its heading in the plan, not on the Mermaid node above it', () => {
    const { project } = lint({ '/ws/PHASE-1-PLAN.md': PLAN, '/ws/orchestrator-state.json': STATE });
    const places = lensPlaces(project, '/ws/PHASE-1-PLAN.md').map((p) => `${p.id}:${p.span.line}`);
    assert.deepEqual(places, ['E1.1.1:10', 'E1.1.2:13']);
  });

  it('puts a lens on a task-list plan’s item even where the state file is the effort’s source, and keeps that one', () => {
    const plan = [
      '# Phase 1: Search',
      '',
      '## Wave 1 — Text pipeline',
      '',
      '- [x] **E1.1.1** Tokenizer — ~300 lines — branch `search/w1-tokenizer`',
      '- [ ] **E1.1.2** Stemmer — ~250 lines — needs E1.1.1',
      '',
    ].join('\n');
    const state = JSON.stringify({ efforts: { 'E1.1.1': { status: 'merged', branch: 'search/w1-tokenizer' } } });
    const { project } = lint({ '/ws/plans/PLAN.md': plan, '/ws/orchestrator-state.json': state });
    assert.equal(project.byId.get('E1.1.1')!.source.file, '/ws/orchestrator-state.json');
    assert.deepEqual(
      lensPlaces(project, '/ws/plans/PLAN.md').map((p) => `${p.id}:${p.span.line}`),
      ['E1.1.1:5', 'E1.1.2:6'],
    );
    assert.deepEqual(
      lensPlaces(project, '/ws/orchestrator-state.json').map((p) => p.id),
      ['E1.1.1'],
    );
  });
});
