// The merged model is a function of file paths and contents: the same files read in any order give the same model.
import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { loadProject } from '../../../../src/cli/load';
import { runCli } from '../../support/cliRun';
import { effortMarkdown } from '../../../../src/core/views/effortText';
import { PlanEngine } from '../../../../src/core/project/engine';
import type { Project } from '../../../../src/core/model/model';
import { stateGeneration } from '../../../../src/core/project/precedence';

const FIXTURE = path.resolve(__dirname, '../../../fixtures/determinism');
const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/real');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** A small seeded generator (mulberry32), so a failing order can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Everything a user sees of a project, as JSON (maps as entries). */
function modelJson(project: Project): string {
  return JSON.stringify({
    efforts: project.efforts,
    phases: project.phases,
    diagnostics: project.diagnostics,
    facts: [...project.facts],
    repoConfig: project.repoConfig ?? null,
    files: project.files.map((f) => f.file),
  });
}

function projectInOrder(files: Array<[string, Buffer]>): Project {
  const engine = new PlanEngine();
  for (const [file, bytes] of files) engine.updateBytes(file, bytes);
  return engine.project();
}

describe('determinism: the model depends on paths and contents, never on read order', () => {
  it('50 shuffled read orders of conflicting state files and a plan give one identical model', () => {
    const files = filesUnder(FIXTURE).map((f) => [f, readFileSync(f)] as [string, Buffer]);
    assert.ok(files.length >= 5);
    const reference = modelJson(projectInOrder(files));
    for (let seed = 1; seed <= 50; seed++) {
      assert.equal(
        modelJson(projectInOrder(shuffled(files, seed))),
        reference,
        `read order of seed ${seed} changed the model`,
      );
    }
  });

  it('10 shuffled read orders of the real corpus give one identical model', function () {
    const files = filesUnder(CORPUS)
      .filter((f) => !f.endsWith('SOURCES.md'))
      .map((f) => [f, readFileSync(f)] as [string, Buffer]);
    const reference = modelJson(projectInOrder(files));
    for (let seed = 1; seed <= 10; seed++) {
      assert.equal(
        modelJson(projectInOrder(shuffled(files, seed))),
        reference,
        `read order of seed ${seed} changed the model`,
      );
    }
  });

  it('ranks state files by generation, then the time they record, then path', () => {
    assert.ok(stateGeneration('a/orchestrator-state-v3.json') > stateGeneration('orchestrator-state.json'));
    assert.ok(stateGeneration('orchestrator-state.json') > stateGeneration('orchestrator-state.yaml'));
    const project = projectInOrder(filesUnder(FIXTURE).map((f) => [f, readFileSync(f)]));
    const rel = (file: string) => path.relative(FIXTURE, file);
    // v3 beats .json for the branch and the base, both from one record.
    const e112 = project.byId.get('E1.1.2')!;
    assert.equal(e112.branch, 'ledger/phase1/wave1/effort-2-balance-cache');
    assert.equal(e112.baseBranch, 'ledger/phase1/wave1/integration');
    assert.equal(`${rel(e112.origins.branch.file)}:${e112.origins.branch.line}`, 'orchestrator-state-v3.json:11');
    assert.equal(
      `${rel(e112.origins.baseBranch.file)}:${e112.origins.baseBranch.line}`,
      'orchestrator-state-v3.json:12',
    );
    // Two .json files: the one recording the later time wins although its path sorts after the other's.
    const e113 = project.byId.get('E1.1.3')!;
    assert.equal(e113.branch, 'ledger/phase1/wave1/audit-trail');
    // The older record names another branch: its base is not this branch's base.
    assert.equal(e113.baseBranch, undefined);
    // Plans still declare names and sizes; state files record progress.
    assert.equal(e113.name, 'audit-trail');
    assert.equal(e113.status, 'in-progress');
    assert.equal(project.byId.get('E1.1.1')!.estimatedLines, 500);
  });

  it('reports each disagreement of state files with both places and the winner', () => {
    const project = projectInOrder(filesUnder(FIXTURE).map((f) => [f, readFileSync(f)]));
    const found = project.diagnostics
      .filter((d) => d.code === 'state-conflict')
      .map((d) => `${path.relative(FIXTURE, d.file)}:${d.line} ${d.severity} ${d.efforts.join(',')}`)
      .sort();
    assert.deepEqual(found, [
      'older/orchestrator-state.json:6 info E1.1.3',
      'older/orchestrator-state.json:7 warning E1.1.3',
      'orchestrator-state.json:7 warning E1.1.2',
      'orchestrator-state.yaml:11 info E1.1.1',
      'orchestrator-state.yaml:15 info E1.1.2',
    ]);
    const branch = project.diagnostics.find(
      (d) =>
        d.code === 'state-conflict' && d.line === 7 && d.file.endsWith(`determinism${path.sep}orchestrator-state.json`),
    )!;
    assert.equal(
      branch.message.split(FIXTURE + path.sep).join(''),
      // Located at the losing value (orchestrator-state.json:7); the message names the winner and its place.
      'E1.1.2: branch here; the value in orchestrator-state-v3.json:11 wins (the newer state file). Here "ledger/phase1/wave1/balance-cache"; there "ledger/phase1/wave1/effort-2-balance-cache".',
    );
    assert.deepEqual(
      branch.related?.map((r) => `${path.relative(FIXTURE, r.span.file)}:${r.span.line}`),
      ['orchestrator-state-v3.json:11'],
    );
  });

  it('the CLI (sorted scan) and a shuffled engine agree', async () => {
    const { project } = await loadProject([FIXTURE], FIXTURE);
    const files = filesUnder(FIXTURE).map((f) => [f, readFileSync(f)] as [string, Buffer]);
    assert.equal(modelJson(projectInOrder(shuffled(files, 7))), modelJson(project));
  });

  it('provenance: inspect --json and the tooltip/hover text say which file and line each value came from', async () => {
    const r = await runCli(['inspect', '--json'], FIXTURE);
    assert.equal(r.code, 0, r.err);
    const e112 = (JSON.parse(r.out).efforts as Array<{ id: string; origins: Record<string, string> }>).find(
      (e) => e.id === 'E1.1.2',
    )!;
    assert.deepEqual(e112.origins, {
      name: 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md:10',
      phase: 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md:10',
      wave: 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md:10',
      estimatedLines: 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md:12',
      dependsOn: 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md:13',
      branch: 'orchestrator-state-v3.json:11',
      baseBranch: 'orchestrator-state-v3.json:12',
      status: 'orchestrator-state.json:9',
    });
    const { project, engine } = await loadProject([FIXTURE], FIXTURE);
    const text = effortMarkdown(project.byId.get('E1.1.2')!, project, engine.limits, [], FIXTURE);
    // One entry per file, each file named once (it was named once per field: seven times for a plan's heading block).
    assert.ok(
      text.endsWith(
        [
          'Sources: phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md, lines 10 (name, phase, wave), 12 (estimated lines), 13 (dependencies)',
          'orchestrator-state-v3.json, lines 11 (branch), 12 (base branch)',
          'orchestrator-state.json, line 9 (status)',
        ].join('  \n'),
      ),
      text,
    );
    assert.ok(!text.includes(FIXTURE), 'paths relative to the folder');
  });
});
