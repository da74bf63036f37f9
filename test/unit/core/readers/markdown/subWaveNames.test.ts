// A wave split into parts, `## Wave 1a — Pilot` then `## Wave 1b — Rollout` (or `Wave 2A` / `Wave 2B`), with no
// `## Wave 1` heading of its own: the parts declare wave 1, and its name is theirs (`1a Pilot, 1b Rollout`). Before,
// the tree showed wave 1 with no name, and a wave whose parts list only items without ids was not shown at all. A
// part's title status is its own efforts' (before, it was not read). Read through the engine.
import { strict as assert } from 'assert';
import { lint } from '../../../support/builders';
import { scheduleGraph } from '../../../../../src/core/analysis/gates';

const PLAN = '/ws/plans/PHASE-2-PLAN.md';

function read(lines: string[]) {
  return lint({ [PLAN]: ['# Phase 2: Backend', '', ...lines, ''].join('\n') }).project;
}

const waves = (lines: string[]) => read(lines).phases.flatMap((p) => p.waves.map((w) => [w.id, w.name ?? null]));

describe('a wave written only as parts (`Wave 1a`, `Wave 1b`) is declared and named by them', () => {
  it('names the wave by its parts in written order, a note in brackets left out', () => {
    const got = waves([
      '## Wave 1a — Pilot (max 2 agents)',
      '',
      '### E2.1.1: Sources DB',
      '',
      '## Wave 1b — Remaining backend',
      '',
      '### E2.1.2: Upload API',
      '',
      '## Wave 2 — Frontend',
      '',
      '### E2.2.1: Domain UI',
    ]);
    assert.deepEqual(got, [
      ['W2.1', '1a Pilot, 1b Remaining backend'],
      ['W2.2', 'Frontend'],
    ]);
  });

  it('declares the wave when its parts hold no effort with an id, upper-case letters too', () => {
    const got = waves(['## Wave 1A: Backend', '', '- Sources DB', '', '## Wave 1B: Frontend', '', '- Domain UI']);
    assert.deepEqual(got, [['W2.1', '1A Backend, 1B Frontend']]);
  });

  it("keeps the wave's own name when its heading stands over the parts", () => {
    const got = waves([
      '## Wave 1: Security',
      '',
      '### Wave 1A: WAF',
      '',
      '#### E2.1.1: SSRF bypass',
      '',
      '### Wave 1B: Crypto',
      '',
      '#### E2.1.2: Static salt',
    ]);
    assert.deepEqual(got, [['W2.1', 'Security']]);
  });

  it("a part's title status is its own efforts' only", () => {
    const project = read([
      '## Wave 1a — Pilot ✅ COMPLETE',
      '',
      '### E2.1.1: Sources DB',
      '',
      '## Wave 1b — Remaining backend',
      '',
      '### E2.1.2: Upload API',
    ]);
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.status]),
      [
        ['E2.1.1', 'done'],
        ['E2.1.2', 'planned'],
      ],
    );
    assert.deepEqual(
      project.phases[0].waves.map((w) => w.name),
      ['1a Pilot, 1b Remaining backend'],
    );
  });

  it("a part's `Depends on: Wave 0` holds for the whole wave: its other parts come after it or beside it", () => {
    const project = read([
      '## Wave 0 — Schema',
      '',
      '### E2.0.1: Tables',
      '',
      '## Wave 1a — Pilot',
      '',
      '**Depends on**: Wave 0',
      '',
      '### E2.1.1: Sources DB',
      '',
      '## Wave 1b — Rollout',
      '',
      '### E2.1.2: Upload API',
    ]);
    const graph = scheduleGraph(project);
    const waits = (id: string) => graph.deps[graph.index.get(id)!].map((n) => graph.ids[n]);
    assert.deepEqual([waits('E2.1.1'), waits('E2.1.2')], [['W2.0'], ['W2.0']]);
  });

  it("gives way to a name another file writes for the wave (a state file's `name:`)", () => {
    const plan = [
      '# Phase 2: Backend',
      '',
      '## Wave 1a — Pilot',
      '',
      '### E2.1.1: Sources DB',
      '',
      '## Wave 1b — Rest',
      '',
    ];
    const state = ['waves:', '  - id: "2.1"', '    name: Ingest', '    efforts:', '      - id: E2.1.1', ''];
    const { project } = lint({ [PLAN]: plan.join('\n'), '/ws/orchestrator-state.yaml': state.join('\n') });
    assert.deepEqual(
      project.phases[0].waves.map((w) => w.name),
      ['Ingest'],
    );
  });

  it('names a wave whose own heading gives no name (a wave plan titled `Phase 2 Wave 1 Implementation Plan`)', () => {
    const text = [
      '# Phase 2 Wave 1 Implementation Plan',
      '',
      '## Wave 1a — Pilot',
      '',
      '### E2.1.1: Sources DB',
      '',
      '## Wave 1b — Rest',
      '',
    ];
    const { project } = lint({ '/ws/phase2/wave1/WAVE-PLAN.md': text.join('\n') });
    assert.deepEqual(
      project.phases[0].waves.map((w) => [w.id, w.name]),
      [['W2.1', '1a Pilot, 1b Rest']],
    );
  });
});
