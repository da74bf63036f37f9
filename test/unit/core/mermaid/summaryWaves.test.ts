// The wave summary of a plan read by the product's engine: every declared wave drawn (empty ones marked), a row per
// phase so it opens whole, the plan's "waits for" links drawn where plan order does not already say them, and a
// status line that counts what is drawn.
import { strict as assert } from 'assert';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import { lint } from '../../support/builders';
import { assertWellFormed } from '../../support/mermaidHelpers';

const PHASE_1 = `# Phase 1: Ledger Core

## Wave 1: Storage

#### E1.1.1: journal-store
**Size Estimate**: 420 lines

#### E1.1.2: snapshot-codec
**Size Estimate**: 300 lines

## Wave 2: Queries

#### E1.2.1: balance-queries
**Size Estimate**: 380 lines
**Dependencies**: E1.1.1

## Wave 3: Hardening

## Wave 4: Exports
- **Wave 4 Depends On**: Wave 2 queries

#### E1.4.1: csv-export
**Size Estimate**: 250 lines
`;

const PHASE_2 = `# Phase 2: Sync

## Wave 1: Transport
- **Wave 1 Depends On**: Wave 1.4 exports

#### E2.1.1: sync-transport
**Size Estimate**: 500 lines
`;

function summary() {
  const { project } = lint({
    'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': PHASE_1,
    'phase-plans/PHASE-2-IMPLEMENTATION-PLAN.md': PHASE_2,
  });
  return projectToMermaid(project, { mode: 'summary' });
}

describe('mermaid: wave summary of a plan', () => {
  it('draws a declared wave with no efforts, marked empty, and never drills into it', () => {
    const g = summary();
    assertWellFormed(g.text);
    assert.deepEqual(
      g.nodes.map((n) => n.id),
      ['W1.1', 'W1.2', 'W1.3', 'W1.4', 'W2.1'],
    );
    const empty = g.nodes.find((n) => n.id === 'W1.3')!;
    assert.equal(empty.empty, true);
    assert.equal(empty.focus, undefined);
    assert.match(empty.label, /^Phase 1 · Wave 3: Hardening · empty: no efforts$/);
    assert.ok(g.legend.some((e) => e.key === 'node-empty'));
    assert.match(g.text, /^class w_W1_3 empty$/m);
  });

  it('draws the waits plan order does not already say, and counts what it draws', () => {
    const g = summary();
    // Wave 1.4 waits for Wave 1.2 (Wave 1.3 lies between): drawn. Phase 2 waiting for the wave just before: implied.
    const waits = g.edges.filter((e) => e.waits).map((e) => `${e.from}>${e.to}`);
    assert.deepEqual(waits, ['w_W1_2>w_W1_4']);
    assert.match(g.text, /^w_W1_2 -\.-> w_W1_4$/m);
    // E1.2.1 depends on E1.1.1: one dependency between waves.
    assert.deepEqual(
      g.edges.filter((e) => !e.waits).map((e) => `${e.from}>${e.to}:${e.count}`),
      ['w_W1_1>w_W1_2:1'],
    );
    assert.equal(g.counts, '5 waves (1 empty) in plan order · 1 dependency between waves · 1 “waits for” link');
    assert.ok(g.legend.some((e) => e.key === 'edge-waits'));
  });

  it('lays the waves out a row per phase (at most two side by side), with invisible links after the real ones', () => {
    const g = summary();
    const hidden = g.text.split('\n').filter((l) => l.includes(' ~~~ '));
    // Phase 1 has four waves: two rows of two, each row linked to the next; Phase 2 under them.
    assert.deepEqual(hidden, [
      'w_W1_1 ~~~ w_W1_3',
      'w_W1_1 ~~~ w_W1_4',
      'w_W1_2 ~~~ w_W1_3',
      'w_W1_2 ~~~ w_W1_4',
      'w_W1_3 ~~~ w_W2_1',
      'w_W1_4 ~~~ w_W2_1',
    ]);
    assert.equal(g.hiddenLinks, 6);
    const lines = g.text.split('\n');
    const lastReal = Math.max(
      ...g.edges.map((e) => lines.findIndex((l) => l.startsWith(`${e.from} -`) && l.endsWith(e.to))),
    );
    assert.ok(lastReal < lines.indexOf(hidden[0]), 'real links keep Mermaid link indexes 0..n-1');
  });

  it('counts the lines of the work to do: a cancelled effort adds none, unknown sizes are not 0 lines', () => {
    const plan = (status: string, size: string) =>
      `# Phase 3: Billing\n\n## Wave 1: Rates\n\n#### E3.1.1: rate-cards\n**Size Estimate**: 300 lines\n\n` +
      `#### E3.1.2: legacy-import\n**Status**: ${status}\n${size}`;
    const label = (text: string) =>
      projectToMermaid(lint({ 'PHASE-3-PLAN.md': text }).project, { mode: 'summary' }).nodes[0].label;
    // Dropped work is not work to do: 300 lines, not 750.
    assert.match(
      label(plan('Cancelled', '**Size Estimate**: 450 lines\n')),
      / · 2 efforts · ~300 lines · 1 cancelled$/,
    );
    // One effort without a size: at least 300.
    assert.match(label(plan('Planned', '')), / · 2 efforts · ~300\+ lines$/);
    const unsized = `# Phase 4: Docs\n\n## Wave 1: Guides\n\n#### E4.1.1: install-guide\n`;
    assert.match(label(unsized), / · 1 effort · sizes not given$/);
  });
});
