// Plans that name no phase (`## Wave 2` over `### Task 2.1`) gate their own waves: `**Depends On**: Wave 1`,
// `- **Wave 3 Depends On**: Wave 2`, `Dependencies: Wave 1 completion` under a wave heading make its efforts wait for
// every effort of that wave of the same plan. Read through the product's engine from test/fixtures/gates/plans: two
// such plans and a plan of phase 1 in one folder, whose wave numbers must not reach each other.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyzeProject } from '../../../../src/core/analysis/schedule';
import { remainingCriticalPath } from '../../../../src/core/analysis/remaining';
import { pathSteps } from '../../../../src/core/analysis/pathSteps';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import type { Milestone } from '../../../../src/core/model/model';
import { unphasedPlans } from '../../../../src/core/views/unphasedPlans';
import { dependencyLensTitle, effortMarkdown } from '../../../../src/core/views/effortText';
import { planWaitsOf } from '../../../../src/core/analysis/gates';
import { DEFAULT_LIMITS } from '../../../../src/core/model/model';
import { lint } from '../../support/builders';
import { assertWellFormed } from '../../support/mermaidHelpers';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/gates/plans');
const NAMES = ['release-waves.md', 'docs-waves.md', 'phase-1-search.md'];
const text = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const texts = (release = text('release-waves.md')) => ({
  '/ws/plans/release-waves.md': release,
  '/ws/plans/docs-waves.md': text('docs-waves.md'),
  '/ws/plans/phase-1-search.md': text('phase-1-search.md'),
});

/** `docs-waves.md#W2` for a plan's wave, `W1.2` for a phase's: who waits, `>`, for what. */
function shown(m: Milestone): string {
  return m.plan !== undefined ? `${path.basename(m.plan)}#W${m.wave}` : `W${m.phase}.${m.wave}`;
}

describe('schedule: waves of plans that name no phase', () => {
  const { project, diagnostics } = lint(texts());
  const a = analyzeProject(project);
  const s = (id: string) => a.byId.get(id)!;

  it('reads each wave-level Depends On as a wave of the same plan; later waves and phases named there gate nothing', () => {
    assert.equal(project.files.length, NAMES.length);
    const got = (project.constraints ?? []).map((c) => `${shown(c)}>${c.after.map(shown).join(',')} (${c.raw})`);
    assert.deepEqual(got.sort(), [
      'W1.2>W1.1 (Wave 1)',
      'docs-waves.md#W2>docs-waves.md#W1 (Wave 1 completion; Wave 3 reuses the new glossary)',
      'release-waves.md#W2>release-waves.md#W1 (Wave 1 (the journal format is frozen once it merges))',
      'release-waves.md#W3>release-waves.md#W2 (Depends On**: Wave 2, and the Phase 2 review of the release train)',
    ]);
    // Scheduling only: never a finding.
    assert.deepEqual(diagnostics, []);
  });

  it('gives their efforts earliest waves from the plan’s first wave, after all of the wave waited for', () => {
    const rows = (ids: string[]) => ids.map((id) => [id, s(id).earliestWave, s(id).canMoveEarlier]);
    assert.deepEqual(
      rows(['w1-1-record-schema', 'w1-2-write-ahead-journal', 'w2-1-change-feed', 'w2-2-conflict-policy']),
      [
        ['w1-1-record-schema', 1, false],
        // In sequence inside wave 1 (it depends on 1.1), as in a phase.
        ['w1-2-write-ahead-journal', 2, false],
        ['w2-1-change-feed', 3, false],
        // Depends on no task: only the wave's `Depends On: Wave 1` holds it after all of wave 1.
        ['w2-2-conflict-policy', 3, false],
      ],
    );
    assert.deepEqual([s('w3-1-feature-flag').earliestWave, s('w3-2-migration-guide').earliestWave], [4, 5]);
    assert.deepEqual([s('w1-1-page-audit').earliestWave, s('w2-1-tutorials').earliestWave], [1, 2]);
    assert.deepEqual(
      a.unphased.map((p) => [path.basename(p.file), p.declaredWaves, p.minimumWaves, p.firstWave, p.efforts.length]),
      [
        ['docs-waves.md', 2, 2, 1, 2],
        ['release-waves.md', 3, 5, 1, 6],
      ],
    );
  });

  it('without the Depends On, the same task could start in wave 1', () => {
    const free = text('release-waves.md').replace(/^.*Depends On\*\*: Wave [12].*$/gm, '');
    const b = analyzeProject(lint(texts(free)).project);
    assert.deepEqual(
      [b.byId.get('w2-2-conflict-policy')!.earliestWave, b.byId.get('w2-2-conflict-policy')!.canMoveEarlier],
      [1, true],
    );
    assert.equal(b.byId.get('w3-1-feature-flag')!.earliestWave, 1);
  });

  it('says in the hover and the CodeLens that an effort waits for a whole earlier wave its plan names', () => {
    const lens = (id: string) => {
      const e = project.byId.get(id)!;
      return dependencyLensTitle([...e.dependsOn, ...e.externalDependsOn], planWaitsOf(project, e));
    };
    const hover = (id: string) =>
      effortMarkdown(project.byId.get(id)!, project, DEFAULT_LIMITS)
        .split('\n')
        .filter((l) => /^(Depends on|Waits for)/.test(l));
    // Task 2.2 writes no dependency; its wave's `**Depends On**: Wave 1` makes it wait (earliest wave 3, above).
    assert.deepEqual(hover('w2-2-conflict-policy'), [
      'Depends on: nothing  ',
      'Waits for: all of Wave 1 (a dependency of its wave or phase)  ',
    ]);
    assert.equal(lens('w2-2-conflict-policy'), 'waits for all of Wave 1');
    assert.equal(lens('w2-1-change-feed'), 'depends on w1-2-write-ahead-journal · waits for all of Wave 1');
    // Wave 1 waits for nothing; the docs plan's Wave 2 waits for its own Wave 1 (`Dependencies: Wave 1 completion`).
    assert.equal(lens('w1-1-record-schema'), 'no dependencies');
    assert.deepEqual(hover('w1-1-record-schema'), ['Depends on: nothing  ']);
    assert.deepEqual(
      planWaitsOf(project, project.byId.get('w2-1-tutorials')!).map((m) => `${path.basename(m.plan!)} ${m.wave}`),
      ['docs-waves.md 1'],
    );
  });

  it('keeps an effort a state file also records (and ranks first) in its plan’s wave, waiting as the plan says', () => {
    const state = { efforts_in_progress: [{ id: 'w2-2-conflict-policy', status: 'in_progress', wave: 2 }] };
    const both = lint({ ...texts(), '/ws/orchestrator-state.json': JSON.stringify(state) }).project;
    assert.equal(both.byId.get('w2-2-conflict-policy')!.source.file, '/ws/orchestrator-state.json');
    const b = analyzeProject(both);
    assert.deepEqual(
      [b.byId.get('w2-2-conflict-policy')!.earliestWave, b.byId.get('w2-2-conflict-policy')!.slack],
      [3, 50],
    );
    assert.deepEqual(
      b.unphased.map((p) => path.basename(p.file)),
      ['docs-waves.md', 'release-waves.md'],
    );
    // The tree and `inspect` list it where the schedule puts it: under its plan's Wave 2, in plan order.
    assert.deepEqual(
      unphasedPlans(both).map(
        (p) => `${path.basename(p.file)}: ${p.waves.map((w) => w.efforts.join(' ')).join(' | ')}`,
      ),
      [
        'docs-waves.md: w1-1-page-audit | w2-1-tutorials',
        'release-waves.md: w1-1-record-schema w1-2-write-ahead-journal | w2-1-change-feed w2-2-conflict-policy | w3-1-feature-flag w3-2-migration-guide',
      ],
    );
  });

  it('keeps plans apart: one plan’s Wave 1 is neither another’s nor phase 1’s, so slack and the critical path say so', () => {
    // The release plan's waves hold the longest chain: 150 + 420 + 300, then wave 3 after all of wave 2: 90 + 60.
    assert.deepEqual(a.criticalPath, {
      efforts: [
        'w1-1-record-schema',
        'w1-2-write-ahead-journal',
        'w2-1-change-feed',
        'w3-1-feature-flag',
        'w3-2-migration-guide',
      ],
      totalLines: 1020,
    });
    assert.equal(s('w2-2-conflict-policy').slack, 50);
    // Waiting only for their own wave 1 (40 and 500 lines): had they waited for the release plan's (570), 250.
    assert.deepEqual([s('w2-1-tutorials').slack, s('E1.2.1').slack], [1020 - 240, 1020 - 700]);
    assert.equal(s('E1.2.1').earliestWave, 2);
  });

  it('draws each plan’s waves as boxes and its gates from box to box, the path’s on the critical path', () => {
    const critical = remainingCriticalPath(project).efforts;
    const steps = pathSteps(project, critical).filter((p) => p.via);
    assert.deepEqual(
      steps.map((p) => `${p.from}>${p.to} via ${shown(p.via!)}`),
      ['w2-1-change-feed>w3-1-feature-flag via release-waves.md#W2'],
    );
    const g = projectToMermaid(project, { criticalPath: critical, mode: 'full' });
    const lines = g.text.split('\n');
    // Named as each plan writes its waves, led by the plan's title: the folder holds two such plans.
    assert.deepEqual(
      lines.filter((l) => l.startsWith('subgraph')),
      [
        'subgraph Wave3["Release Plan#58; Offline Sync #183; Wave 3#58; Rollout"]',
        'subgraph Wave2_2["Release Plan#58; Offline Sync #183; Wave 2#58; Sync engine"]',
        'subgraph Wave1_2["Release Plan#58; Offline Sync #183; Wave 1#58; Local storage"]',
        'subgraph Wave2["Documentation Refresh #183; Wave 2#58; Rewrite"]',
        'subgraph Wave1["Documentation Refresh #183; Wave 1#58; Inventory"]',
        'subgraph W1_2["Phase 1 #183; Wave 2#58; Query"]',
        'subgraph W1_1["Phase 1 #183; Wave 1#58; Index"]',
      ],
    );
    // Every effort of a waiting wave waits: one link from box to box, none from one effort.
    assert.deepEqual(
      g.edges.filter((e) => e.waits).map((e) => `${e.from}>${e.to}${e.critical ? ' critical' : ''}: ${e.notes}`),
      [
        'W1_1>W1_2: Every effort of Wave 1.2 waits for all of Wave 1.1',
        'Wave1_2>Wave2_2: Every effort of Wave 2 waits for all of Wave 1',
        'Wave1>Wave2: Every effort of Wave 2 waits for all of Wave 1',
        'Wave2_2>Wave3 critical: Every effort of Wave 3 waits for all of Wave 2; the critical path comes from w2-1-change-feed',
      ],
    );
    assertWellFormed(g.text);
    // The summary draws each plan's waves as nodes too: the path's step from Wave 2 to Wave 3 is its dotted link.
    const summary = projectToMermaid(project, { criticalPath: critical, mode: 'summary' });
    assert.deepEqual(
      summary.nodes.map((n) => n.label.replace(/ · \d+ efforts? · .*$/, '')),
      [
        'Phase 1 · Wave 1: Index',
        'Phase 1 · Wave 2: Query',
        'Documentation Refresh · Wave 1: Inventory',
        'Documentation Refresh · Wave 2: Rewrite',
        'Release Plan: Offline Sync · Wave 1: Local storage',
        'Release Plan: Offline Sync · Wave 2: Sync engine',
        'Release Plan: Offline Sync · Wave 3: Rollout',
      ],
    );
    assert.deepEqual(
      summary.edges.map((e) => `${e.from}>${e.to}${e.waits ? ' waits' : ''}${e.critical ? ' critical' : ''}`),
      ['w_Wave1_2>w_Wave2_2 critical', 'w_Wave2_2>w_Wave3 waits critical'],
    );
  });
});
