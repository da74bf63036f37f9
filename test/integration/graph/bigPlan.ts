// A 300-effort plan in the real conventions (one PHASE-N-IMPLEMENTATION-PLAN.md per phase, `### Effort 1.2.3:`
// headings, bold metadata with two-space hard breaks, `[E1.1.2, E1.1.5]` dependency lists): 4 phases × 5 waves ×
// 15 efforts. Dependencies only reach back to the previous wave, so the plan is clean; the same input always gives
// the same text.
const AREAS = ['registry', 'auth', 'tls', 'push', 'config', 'cache', 'manifest', 'layer', 'retry', 'progress'];
const PARTS = ['client', 'interface', 'implementation', 'validation', 'tests', 'wiring', 'errors', 'docs-examples'];
const WAVE_TITLES = ['Core Types', 'Client Implementations', 'Command Wiring', 'Hardening', 'Integration Readiness'];
const PHASE_TITLES = ['Foundations', 'Push Pipeline', 'Operability', 'Release Hardening'];

export const BIG_PLAN = { phases: 4, waves: 5, efforts: 15 } as const;

function slug(p: number, w: number, e: number): string {
  const i = p * 31 + w * 7 + e;
  return `${AREAS[i % AREAS.length]}-${PARTS[(i * 3) % PARTS.length]}`;
}

/** The ids an effort depends on: one or two efforts of the wave before it (the last wave of the previous phase). */
function dependencies(p: number, w: number, e: number): string[] {
  const [dp, dw] = w > 1 ? [p, w - 1] : [p - 1, BIG_PLAN.waves];
  if (dp < 1) return [];
  const n = BIG_PLAN.efforts;
  const first = ((e * 5) % n) + 1;
  const ids = [`E${dp}.${dw}.${first}`];
  if (e % 3 === 0) ids.push(`E${dp}.${dw}.${(first % n) + 1}`);
  return ids;
}

function effortText(p: number, w: number, e: number): string {
  const name = slug(p, w, e);
  const deps = dependencies(p, w, e);
  const lines = 150 + ((p * 97 + w * 53 + e * 71) % 500);
  return [
    `### Effort ${p}.${w}.${e}: ${name}`,
    '',
    `**Branch**: \`idpbuilder-oci/phase${p}/wave${w}/effort-${p}.${w}.${e}-${name}\`  `,
    `**Can Parallelize**: Yes  `,
    `**Parallel With**: None  `,
    `**Estimated Lines**: ${lines} (must be ≤800)  `,
    `**Dependencies**: ${deps.length ? `[${deps.join(', ')}]` : 'None'}`,
    '',
    `Implements the ${name.replace(/-/g, ' ')} for wave ${w}.`,
    '',
  ].join('\n');
}

/** `{ relative path: text }` of the plan's files. */
export function bigPlanFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let p = 1; p <= BIG_PLAN.phases; p++) {
    const out = [`# Phase ${p}: ${PHASE_TITLES[p - 1]}`, ''];
    for (let w = 1; w <= BIG_PLAN.waves; w++) {
      out.push(`## Wave ${w}: ${WAVE_TITLES[w - 1]}`, '');
      for (let e = 1; e <= BIG_PLAN.efforts; e++) out.push(effortText(p, w, e));
    }
    files[`phase-plans/PHASE-${p}-IMPLEMENTATION-PLAN.md`] = out.join('\n');
  }
  return files;
}
