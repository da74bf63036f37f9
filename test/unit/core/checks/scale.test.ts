// Merge + checks at scale: 10,000 efforts across 1,000 wave plans, with problems sprinkled in (timings: npm run bench).
import { strict as assert } from 'assert';
import { PlanDiagnosticSchema } from '../../../../src/core/model/modelSchema';
import { lint, type Texts } from '../../support/builders';

function bigPlan(): Texts {
  const texts: Texts = {};
  for (let p = 1; p <= 10; p++) {
    for (let w = 1; w <= 100; w++) {
      const lines = [`# Phase ${p}`, `## Wave ${w}`];
      for (let n = 1; n <= 10; n++) {
        const k = p * 1000 + w * 10 + n;
        const deps = w > 1 ? `[E${p}.${w - 1}.${n}, E${p}.${w - 1}.${(n % 10) + 1}]` : 'None';
        // Sprinkle problems: unknown ids, oversized and near-limit estimates, a same-wave dependency, 2-cycles.
        const extra = k % 97 === 0 ? `, E${p}.${w}.${n + 40}` : '';
        const size = k % 89 === 0 ? 950 : k % 13 === 0 ? 720 : 300 + (k % 300);
        const sameWave = n === 10 && w % 7 === 0 ? `, E${p}.${w}.1` : '';
        const cycle = n === 5 && w % 50 === 0 ? `, E${p}.${w}.6` : n === 6 && w % 50 === 0 ? `, E${p}.${w}.5` : '';
        lines.push(
          `#### E${p}.${w}.${n}: effort ${k}`,
          `**Branch**: \`phase${p}/wave${w}/effort-${n}\``,
          `**Estimated Size**: ~${size} lines (MUST be <800)`,
          `**Dependencies**: ${deps.replace(']', `${extra}${sameWave}${cycle}]`)}`,
          `**Parallel With**: [E${p}.${w}.${(n % 10) + 1}]`,
          '**Can Parallelize**: Yes',
          '',
        );
      }
      texts[`planning/phase${p}/wave${w}/WAVE-IMPLEMENTATION-PLAN.md`] = lines.join('\n');
    }
  }
  return texts;
}

describe('merge + checks at scale', () => {
  it('10,000 efforts in 1,000 files: every sprinkled problem found, every diagnostic well-formed', function () {
    this.timeout(60_000);
    const texts = bigPlan();
    const { project, diagnostics } = lint(texts);
    const counts: Record<string, number> = {};
    for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
    for (const d of diagnostics) PlanDiagnosticSchema.parse(d);
    assert.equal(project.efforts.length, 10_000);
    assert.deepEqual(Object.keys(counts).sort(), [
      'dependency-cycle',
      'effort-near-limit',
      'effort-oversized',
      'parallel-conflict',
      'unknown-dependency',
    ]);
    assert.ok(
      diagnostics.filter((d) => d.code === 'effort-oversized').every((d) => d.fixes?.[0].kind === 'split-effort'),
    );
  });
});
