// Builds small Projects for the graph tests without going through the readers; checks the shape of Mermaid text.
import { runChecks } from '../../../src/core/checks';
import { waveId } from '../../../src/core/model/ids';
import { strict as assert } from 'assert';
import { DEFAULT_LIMITS, type Effort, type Limits, type Phase, type Project } from '../../../src/core/model/model';

export type EffortSeed = Partial<Effort> & { id: string };

export function effort(seed: EffortSeed): Effort {
  const m = /^E(\d+)\.(\d+)\.(\d+)$/.exec(seed.id);
  return {
    name: seed.id,
    phase: m ? Number(m[1]) : undefined,
    wave: m ? Number(m[2]) : undefined,
    dependsOn: [],
    externalDependsOn: [],
    parallelWith: [],
    status: 'planned',
    source: { file: '/plans/PLAN.md', line: 1 },
    origins: {},
    ...seed,
  };
}

/** A project of these efforts with the product's own checks run on it (the graph draws their findings). */
export function project(
  seeds: EffortSeed[],
  waveNames: Record<string, string> = {},
  limits: Limits = DEFAULT_LIMITS,
  measured?: Map<string, number>,
): Project {
  const efforts = seeds.map(effort);
  const byId = new Map(efforts.map((e) => [e.id, e]));
  const phases = new Map<number, Phase>();
  for (const e of efforts) {
    if (e.phase === undefined) continue;
    let p = phases.get(e.phase);
    if (!p) phases.set(e.phase, (p = { phase: e.phase, waves: [] }));
    if (e.wave === undefined) continue;
    const id = waveId(e.phase, e.wave);
    let w = p.waves.find((x) => x.wave === e.wave);
    if (!w) p.waves.push((w = { phase: e.phase, wave: e.wave, id, name: waveNames[id], efforts: [] }));
    w.efforts.push(e.id);
  }
  const built: Project = { efforts, byId, facts: new Map(), phases: [...phases.values()], diagnostics: [], files: [] };
  built.diagnostics.push(...runChecks(built, limits, () => undefined, measured));
  return built;
}

/** A plan-shaped DAG: `phases` × `waves` × `perWave` efforts, each depending on up to two efforts of the previous wave. */
export function layeredProject(phases: number, waves: number, perWave: number): Project {
  const seeds: EffortSeed[] = [];
  let prev: string[] = [];
  for (let p = 1; p <= phases; p++) {
    for (let w = 1; w <= waves; w++) {
      const cur: string[] = [];
      for (let n = 1; n <= perWave; n++) {
        const id = `E${p}.${w}.${n}`;
        const deps = prev.length ? [...new Set([prev[(n - 1) % prev.length], prev[n % prev.length]])] : [];
        seeds.push({
          id,
          name: `Effort ${p}.${w}.${n} component`,
          estimatedLines: 200 + ((n * 97) % 700),
          dependsOn: deps,
        });
        cur.push(id);
      }
      prev = cur;
    }
  }
  return project(seeds);
}

/** Every line Mermaid gets must be one of these shapes; labels hold no raw quote, bracket, `<`, `%`, `:` or `;`. */
const LABEL = String.raw`(?:[^"\[\]<>\`%;:{}|#\\\r\n]|#\d+;|<br/>)*`;
const ID = '[A-Za-z0-9_]+';
const LINE_SHAPES = [
  /^graph (TD|LR)$/,
  new RegExp(`^subgraph ${ID}\\["${LABEL}"\\]$`),
  /^end$/,
  /^ {2}direction (TB|LR)$/,
  new RegExp(`^${ID} ~~~ ${ID}$`),
  new RegExp(`^ {0,2}${ID}\\["${LABEL}"\\]$`),
  new RegExp(`^${ID} (-->|-->\\|\\d+\\||-\\.->) ${ID}$`),
  new RegExp(`^class ${ID}(,${ID})* [A-Za-z]+$`),
  /^classDef [A-Za-z]+ [a-z-]+:[#a-z0-9. ]+(,[a-z-]+:[#a-z0-9. ]+)*$/,
  /^linkStyle \d+(,\d+)* [a-z-]+:[#a-z0-9. ]+(,[a-z-]+:[#a-z0-9. ]+)*$/,
];

export function assertWellFormed(text: string): void {
  for (const line of text.split('\n')) {
    assert.ok(
      LINE_SHAPES.some((re) => re.test(line)),
      `unexpected Mermaid line: ${JSON.stringify(line)}`,
    );
  }
}
