// The incremental engine against fresh ones: seeded random edits of a small workspace (values, ids, dependencies,
// Blocks lists, efforts and files added and deleted, wave defaults, a state file and one keyed by effort names, measured
// sizes, limits, prose and new lines),
// and after every step the project — efforts, facts, phases, every finding in order with its fixes' edits — must be
// the one a fresh engine reads from the same texts.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';
import type { Limits, Project } from '../../../../src/core/model/model';
import { locatorFor, ProjectLocator } from '../../../../src/core/views/locator';

interface Effort {
  n: number;
  name: string;
  size?: number;
  deps: string[];
  /** `**Blocks**:` ids: efforts that depend on this one. */
  blocks?: string[];
  parallel: string[];
  canParallelize?: 'Yes' | 'No';
  branch?: string;
  status?: string;
  prose: string[];
}

interface Wave {
  wave: number;
  base?: string;
  canParallelize?: 'Yes' | 'No';
  efforts: Effort[];
}

interface Plan {
  file: string;
  phase: number;
  waves: Wave[];
}

interface Workspace {
  plans: Plan[];
  state: Record<string, { status?: string; actual_lines?: number; branch?: string }>;
}

const STATE = '/w/orchestrator-state.json';
const STATUSES = ['In Progress', 'Complete', 'Blocked', 'Planned', 'Cancelled'];
/** Records keyed by effort name: they join the effort of their wave with that name, while exactly one has it. */
const NAMED_STATE = '/w/phase1/orchestrator-state.yaml';
const NAMED = [
  'phases:',
  '  phase_1:',
  '    waves:',
  '      wave_1:',
  '        efforts:',
  '          effort-1: {status: done, branch: p1/w1/named-1, lines: 380}',
  '          renamed: {status: in_progress}',
  '      wave_2:',
  '        efforts:',
  '          Effort_2: {branch: p1/w2/named-2}',
  '',
].join('\n');

/** mulberry32: the same edits on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function render(plan: Plan): string {
  const out = [`# Phase ${plan.phase} Implementation Plan`, ''];
  for (const w of plan.waves) {
    out.push(`## Wave ${w.wave}: work ${w.wave}`, '');
    if (w.base) out.push(`**Base Branch**: ${w.base}`);
    if (w.canParallelize) out.push(`**Can Parallelize**: ${w.canParallelize}`);
    out.push('');
    for (const e of w.efforts) {
      out.push(`### E${plan.phase}.${w.wave}.${e.n}: ${e.name}`, '');
      if (e.size !== undefined) out.push(`**Size Estimate**: ~${e.size} lines`);
      out.push(`**Dependencies**: ${e.deps.length ? `[${e.deps.join(', ')}]` : 'None'}`);
      if (e.blocks?.length) out.push(`**Blocks**: ${e.blocks.join(', ')}`);
      if (e.parallel.length) out.push(`**Parallel With**: ${e.parallel.join(', ')}`);
      if (e.canParallelize) out.push(`**Can Parallelize**: ${e.canParallelize}`);
      if (e.branch) out.push(`**Branch**: \`${e.branch}\``);
      if (e.status) out.push(`**Status**: ${e.status}`);
      out.push('');
      for (const line of e.prose) out.push(line);
      out.push('');
    }
  }
  return out.join('\n');
}

function texts(ws: Workspace): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of ws.plans) out.set(p.file, render(p));
  out.set(STATE, JSON.stringify({ current_phase: 1, efforts: ws.state }, null, 2));
  out.set(NAMED_STATE, NAMED);
  return out;
}

function allIds(ws: Workspace): string[] {
  return ws.plans.flatMap((p) => p.waves.flatMap((w) => w.efforts.map((e) => `E${p.phase}.${w.wave}.${e.n}`)));
}

function start(): Workspace {
  const effort = (n: number, deps: string[] = []): Effort => ({
    n,
    name: `effort ${n}`,
    size: 200 + n * 50,
    deps,
    parallel: [],
    prose: ['- write the code'],
  });
  return {
    plans: [
      {
        file: '/w/phase1/PHASE-1-IMPLEMENTATION-PLAN.md',
        phase: 1,
        waves: [
          { wave: 1, efforts: [effort(1), { ...effort(2), blocks: ['E1.2.1'] }] },
          { wave: 2, efforts: [effort(1, ['E1.1.1']), effort(2, ['E1.1.2', 'E1.2.1'])] },
        ],
      },
      // A wave plan restating wave 2: its values win, the phase plan's are conflicts.
      {
        file: '/w/phase1/wave2/WAVE-2-IMPLEMENTATION-PLAN.md',
        phase: 1,
        waves: [{ wave: 2, efforts: [effort(1, ['E1.1.1']), effort(3, ['E1.2.1'])] }],
      },
      {
        file: '/w/phase2/PHASE-2-IMPLEMENTATION-PLAN.md',
        phase: 2,
        waves: [{ wave: 1, efforts: [effort(1, ['E1.2.2']), effort(2, ['E2.1.1'])] }],
      },
    ],
    state: { 'E1.1.1': { status: 'completed', actual_lines: 420 } },
  };
}

type Step = (ws: Workspace, engine: PlanEngine, pick: <T>(xs: readonly T[]) => T, r: () => number) => string;

function anyEffort(
  ws: Workspace,
  pick: <T>(xs: readonly T[]) => T,
): { plan: Plan; wave: Wave; effort: Effort } | undefined {
  const plans = ws.plans.filter((p) => p.waves.some((w) => w.efforts.length));
  if (!plans.length) return undefined;
  const plan = pick(plans);
  const wave = pick(plan.waves.filter((w) => w.efforts.length));
  return { plan, wave, effort: pick(wave.efforts) };
}

/** Weighted: value edits most often, as when typing. */
const STEPS: Array<[number, Step]> = [
  [
    30,
    (ws, _e, pick, r) => {
      const at = anyEffort(ws, pick);
      if (at) at.effort.size = Math.floor(r() * 900);
      return 'size';
    },
  ],
  [
    10,
    (ws, _e, pick, r) => {
      const at = anyEffort(ws, pick);
      if (!at) return 'prose';
      const line = pick(['- more words', '', '', 'Some prose about E-nothing.', '  indented']);
      at.effort.prose.splice(Math.floor(r() * (at.effort.prose.length + 1)), 0, line);
      return 'prose or a new line';
    },
  ],
  [
    8,
    (ws, _e, pick) => {
      const at = anyEffort(ws, pick);
      if (at)
        at.effort.branch = pick([undefined, `p${at.plan.phase}/w${at.wave.wave}/b${at.effort.n}`, 'other/branch']);
      return 'branch';
    },
  ],
  [
    6,
    (ws, _e, pick) => {
      const at = anyEffort(ws, pick);
      if (at) at.effort.status = pick([undefined, ...STATUSES]);
      return 'status';
    },
  ],
  [
    4,
    (ws, _e, pick) => {
      const at = anyEffort(ws, pick);
      if (at) at.effort.name = pick(['effort 1', 'effort 2', 'renamed', 'effort 3']);
      return 'name';
    },
  ],
  [
    8,
    (ws, _e, pick, r) => {
      const at = anyEffort(ws, pick);
      if (!at) return 'dependencies';
      const ids = allIds(ws);
      if (at.effort.deps.length && r() < 0.4) at.effort.deps.splice(Math.floor(r() * at.effort.deps.length), 1);
      else at.effort.deps.push(pick([...ids, ...ids, 'E1.1.9', 'E1.7.1', 'Phase 0 APIs']));
      return 'dependencies';
    },
  ],
  [
    6,
    (ws, _e, pick, r) => {
      const at = anyEffort(ws, pick);
      if (!at) return 'blocks';
      const blocks = (at.effort.blocks ??= []);
      // Earlier and later efforts alike (wave-order findings, cycles), unknown ids and prose.
      if (blocks.length && r() < 0.4) blocks.splice(Math.floor(r() * blocks.length), 1);
      else blocks.push(pick([...allIds(ws), 'E1.2.9', 'E1.7.1', 'Phase 3 rollout']));
      return 'blocks';
    },
  ],
  [
    4,
    (ws, _e, pick) => {
      const at = anyEffort(ws, pick);
      if (at) at.effort.parallel = at.effort.parallel.length ? [] : [pick([...allIds(ws), 'E1.1.8'])];
      return 'parallel with';
    },
  ],
  [
    4,
    (ws, _e, pick) => {
      const at = anyEffort(ws, pick);
      if (at) at.effort.canParallelize = pick([undefined, 'Yes', 'No'] as const);
      return 'can parallelize';
    },
  ],
  [
    3,
    (ws, _e, pick) => {
      const plan = pick(ws.plans);
      const wave = pick(plan.waves);
      if (pick([true, false])) wave.base = pick([undefined, 'main', 'phase1/integration']);
      else wave.canParallelize = pick([undefined, 'Yes', 'No'] as const);
      return 'wave default';
    },
  ],
  [
    5,
    (ws, _e, pick) => {
      const plan = pick(ws.plans);
      const wave = pick(plan.waves);
      const n = pick([1, 2, 3, 4, 5]);
      wave.efforts.push({ n, name: `new ${n}`, size: 650, deps: [pick(allIds(ws))], parallel: [], prose: [] });
      return 'add an effort';
    },
  ],
  [
    4,
    (ws, _e, pick, r) => {
      const at = anyEffort(ws, pick);
      if (at) at.wave.efforts.splice(Math.floor(r() * at.wave.efforts.length), 1);
      return 'delete an effort';
    },
  ],
  [
    6,
    (ws, _e, pick, r) => {
      const id = pick(allIds(ws).length ? allIds(ws) : ['E1.1.1']);
      const entry = (ws.state[id] ??= {});
      const what = pick(['lines', 'status', 'branch', 'drop']);
      if (what === 'lines') entry.actual_lines = Math.floor(r() * 1000);
      else if (what === 'status') entry.status = pick(['completed', 'in_progress', 'blocked', 'cancelled']);
      else if (what === 'branch') entry.branch = pick(['p1/w1/b1', 'state/branch']);
      else delete ws.state[id];
      return 'state file';
    },
  ],
  [
    3,
    (ws, engine, pick, r) => {
      const measured = new Map<string, number>();
      for (const id of allIds(ws)) if (r() < 0.3) measured.set(id, Math.floor(r() * 1000));
      engine.setMeasuredSizes(pick([undefined, measured]));
      return 'measured sizes';
    },
  ],
  [
    2,
    (_ws, engine, pick) => {
      engine.setLimits(
        pick<Limits>([
          { hard: 800, soft: 700 },
          { hard: 600, soft: 400 },
        ]),
      );
      return 'limits';
    },
  ],
  [
    3,
    (ws, _e, pick) => {
      const extra = ws.plans.find((p) => p.phase === 3);
      if (extra) ws.plans.splice(ws.plans.indexOf(extra), 1);
      else
        ws.plans.push({
          file: '/w/phase3/PHASE-3-IMPLEMENTATION-PLAN.md',
          phase: 3,
          waves: [
            {
              wave: 1,
              efforts: [{ n: 1, name: 'late', size: 900, deps: [pick(allIds(ws))], parallel: [], prose: [] }],
            },
          ],
        });
      return 'add or delete a file';
    },
  ],
];

/** The project as plain data: maps as entry lists, fixes with their edits (some are computed when read). */
function plain(value: unknown): unknown {
  if (value instanceof Map) return ['Map', [...value.entries()].map(plain)];
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = plain((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** What the editor asks a locator, for every file and id of the project. */
function located(locator: ProjectLocator, project: Project): unknown {
  const out: unknown[] = [];
  for (const r of project.files) {
    const occurrences = locator.occurrencesIn(r.file);
    out.push(
      r.file,
      occurrences,
      occurrences.map((o) => [
        locator.at(r.file, o.span.line, o.span.column),
        locator.effortAt(r.file, o.span.line, o.span.column)?.id,
      ]),
    );
  }
  const ids = new Set([...project.byId.keys(), ...project.efforts.flatMap((e) => e.dependsOn.concat(e.parallelWith))]);
  for (const id of ids) out.push(id, locator.occurrencesOf(id), locator.declaration(id));
  return plain(out);
}

function freshProject(files: Map<string, string>, limits: Limits, measured: Map<string, number> | undefined): Project {
  const engine = new PlanEngine({ limits, incremental: false });
  engine.setMeasuredSizes(measured);
  for (const [file, text] of files) engine.update(file, text);
  return engine.project();
}

describe('engine and locator: incremental updates equal a fresh read', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`after every one of 150 random edits (seed ${seed})`, () => {
      const r = random(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
      const total = STEPS.reduce((s, [w]) => s + w, 0);
      const ws = start();
      const engine = new PlanEngine();
      let measured: Map<string, number> | undefined;
      const setMeasured = engine.setMeasuredSizes.bind(engine);
      engine.setMeasuredSizes = (m) => setMeasured((measured = m));
      let written = texts(ws);
      for (const [file, text] of written) engine.update(file, text);
      let previous = engine.project();
      locatorFor(previous);
      let reused = 0;
      for (let step = 0; step < 150; step++) {
        let roll = r() * total;
        const [, edit] = STEPS.find(([w]) => (roll -= w) < 0) ?? STEPS[0];
        const what = edit(ws, engine, pick, r);
        const now = texts(ws);
        for (const file of written.keys()) if (!now.has(file)) engine.remove(file);
        for (const [file, text] of now) engine.update(file, text);
        written = now;
        const project = engine.project();
        assert.deepStrictEqual(
          plain(project),
          plain(freshProject(now, engine.limits, measured)),
          `step ${step} (${what}): the updated project differs from a fresh read`,
        );
        assert.deepStrictEqual(
          located(locatorFor(project), project),
          located(new ProjectLocator(project), project),
          `step ${step} (${what}): the updated locator differs from a fresh one`,
        );
        if (project !== previous && project.efforts.some((e, i) => previous.efforts[i] === e)) reused++;
        previous = project;
      }
      // The property is about updates: make sure many steps were updates, not full merges.
      assert.ok(reused >= 10, `only ${reused} steps kept unchanged efforts`);
    });
  }
});
