// One meaning for every colour: the wave-order rule the check and the graph share, the graph's marks read from the
// findings themselves (fixture and real plans read through the product's readers), and the legend of what is drawn.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadProject } from '../../../../src/cli/load';
import { analyzeProject } from '../../../../src/core/analysis/schedule';
import { breaksWaveOrder } from '../../../../src/core/checks/waveOrder';
import { graphLegend } from '../../../../src/core/mermaid/legend';
import { projectToMermaid, type MermaidGraph } from '../../../../src/core/mermaid/flowchart';
import type { Project } from '../../../../src/core/model/model';

const FIXTURE = path.resolve(__dirname, '../../../fixtures/workspace');
const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/real');

/** `E1.2.1>E1.1.4 error` for every drawn edge with a problem, by effort id. */
function problemEdges(graph: MermaidGraph): string[] {
  const idOf = new Map(graph.nodes.map((n) => [n.nodeId, n.id]));
  return graph.edges
    .filter((e) => e.problem)
    .map((e) => `${idOf.get(e.from)}>${idOf.get(e.to)} ${e.problem}`)
    .sort();
}

/** The same, from the findings Problems lists: each finding's edges, a cycle winning over its severity. */
function findingEdges(project: Project): string[] {
  const out = new Map<string, string>();
  for (const d of project.diagnostics) {
    for (const [from, to] of d.edges ?? []) {
      const key = `${from}>${to}`;
      const was = out.get(key);
      out.set(
        key,
        d.code === 'dependency-cycle' || was === 'cycle'
          ? 'cycle'
          : d.severity === 'error' || was === 'error'
            ? 'error'
            : 'warning',
      );
    }
  }
  return [...out].map(([k, v]) => `${k} ${v}`).sort();
}

/** `E1.1.3 error` for every effort of the plan a finding without edges names (any of its efforts), worst first. */
function effortFindings(project: Project): string[] {
  const out = new Map<string, string>();
  for (const d of project.diagnostics) {
    if (d.edges || (d.severity !== 'error' && d.severity !== 'warning')) continue;
    for (const id of d.efforts) if (project.byId.has(id) && out.get(id) !== 'error') out.set(id, d.severity);
  }
  return [...out].map(([k, v]) => `${k} ${v}`).sort();
}

describe('graph marks: one meaning for every colour', () => {
  it('breaksWaveOrder: a later wave or phase breaks the order; the same wave or an earlier one does not', () => {
    const at = (phase: number, wave: number) => ({ phase, wave });
    assert.equal(breaksWaveOrder(at(1, 2), at(1, 1)), true);
    assert.equal(breaksWaveOrder(at(2, 1), at(1, 3)), true);
    assert.equal(breaksWaveOrder(at(1, 1), at(1, 1)), false, 'sequential work inside one wave is allowed');
    assert.equal(breaksWaveOrder(at(1, 1), at(1, 2)), false);
    assert.equal(breaksWaveOrder(at(1, 3), at(2, 1)), false);
    assert.equal(breaksWaveOrder({ phase: 1, wave: undefined }, at(1, 1)), false);
  });

  it('draws exactly the edges and efforts the fixture plan has findings about', async () => {
    const { project } = await loadProject([FIXTURE], FIXTURE);
    const graph = projectToMermaid(project, { criticalPath: analyzeProject(project).criticalPath.efforts });
    assert.deepEqual(problemEdges(graph), findingEdges(project));
    assert.deepEqual(problemEdges(graph), [
      'E1.2.1>E1.1.4 error', // wave-order: E1.1.4 (wave 1) depends on E1.2.1 (wave 2)
      'E1.2.1>E1.2.2 error', // parallel-conflict: declared parallel although one depends on the other
      'E2.2.1>E2.2.2 cycle',
      'E2.2.2>E2.2.1 cycle',
      // E1.2.3 → E9.9.9 is drawn plain: the folder's .vscode/settings.json excludes archive/ for the CLI as for the
      // editor, so E9.9.9 is an effort of no plan here, an undeclared-effort hint, and hints colour nothing.
    ]);
    // E2.1.1 → E2.1.2 lies inside one wave with no parallel claim: legitimate, not styled.
    const idOf = new Map(graph.nodes.map((n) => [n.nodeId, n.id]));
    assert.ok(graph.edges.some((e) => idOf.get(e.from) === 'E2.1.1' && idOf.get(e.to) === 'E2.1.2' && !e.problem));
    const marked = graph.nodes
      .filter((n) => n.problem)
      .map((n) => `${n.id} ${n.problem}`)
      .sort();
    assert.deepEqual(marked, effortFindings(project));
    assert.ok(marked.includes('E1.1.3 error') && marked.includes('E1.2.3 warning'), marked.join());
  });

  it('draws no problem on the real idpbuilder plans, whose Problems list none about a dependency', async function () {
    const repo = path.join(CORPUS, 'jessesanford__idpbuilder');
    if (!fs.existsSync(repo)) this.skip();
    const { project } = await loadProject([repo], CORPUS);
    const graph = projectToMermaid(project, {
      mode: 'full',
      criticalPath: analyzeProject(project).criticalPath.efforts,
    });
    assert.deepEqual(findingEdges(project), []);
    assert.deepEqual(problemEdges(graph), []);
    // Efforts: none is an error. E2.1.2's 1,100 recorded lines were split into 2 parts (a finding that informs), and
    // the 1,600 and 2,400 lines an older state file records under E1.1.3 and E1.2.1 are other efforts' (and its
    // records of those other efforts are infos, not marks). E2.2.2 is marked too, because Wave 2.2's contested
    // base branch (a warning naming E2.2.1 and E2.2.2, which both inherit it) is listed under it in the tree. E2.1.1's
    // 750 recorded lines, over the soft limit, are a hint: it is done.
    const marked = graph.nodes
      .filter((n) => n.problem)
      .map((n) => `${n.id} ${n.problem}`)
      .sort();
    assert.deepEqual(marked, effortFindings(project));
    assert.deepEqual(marked, ['E1.2.1 warning', 'E2.2.1 warning', 'E2.2.2 warning']);
    assert.ok(
      graph.edges.some((e) => e.critical),
      'the critical path is drawn',
    );
  });

  it('the legend lists exactly the styles the drawing uses, problems first', async () => {
    const { project } = await loadProject([FIXTURE], FIXTURE);
    const graph = projectToMermaid(project, { criticalPath: analyzeProject(project).criticalPath.efforts });
    assert.deepEqual(
      graphLegend(graph).map((e) => e.key),
      [
        'node-error',
        'node-warning',
        'node-missing',
        'node-critical',
        'edge-cycle',
        'edge-error',
        'status-done',
        'status-in-progress',
      ],
    );
    assert.deepEqual(graphLegend({ nodes: [], edges: [] }), []);
    // The graph carries its own legend (the panel, the CLI and the tests get it from the same call), summary included.
    assert.deepEqual(graph.legend, graphLegend(graph));
    const summary = projectToMermaid(project, { mode: 'summary' });
    assert.deepEqual(summary.legend, graphLegend(summary));
    assert.ok(
      summary.legend.some((e) => e.key === 'edge-error'),
      JSON.stringify(summary.legend),
    );
    const labels = new Map(graphLegend(graph).map((e) => [e.key, e.label]));
    assert.equal(labels.get('edge-error'), 'dependency error: wave order, parallel claim, unknown effort');
    assert.equal(labels.get('node-error'), 'error in Problems');
  });
});
