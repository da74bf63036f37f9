// Generators of the plans that once crashed, hung or exhausted Waveplan (issue 9's table), shared by the
// regression tests (small n), the scale benchmark (large n) and the fuzzer's seed corpus.

const HEAD = '# Phase 1 Implementation Plan\n\n## Wave 1: Generated\n\n';

/** The i-th effort id (from 0): 100 efforts per wave, 100 waves per phase, since ids have at most 3 digits a part. */
export function effortId(i: number): string {
  return `E${Math.floor(i / 10000) + 1}.${(Math.floor(i / 100) % 100) + 1}.${(i % 100) + 1}`;
}

/** One effort heading repeated `n` times (a copy-paste accident, or a generator gone wrong). */
export function repeatedHeadings(n: number): string {
  return HEAD + '### E1.1.1: api\n'.repeat(n);
}

/**
 * One effort whose dependency list names `n` distinct efforts nobody declares, `sep`-separated. Their waves are
 * declared (headings after the effort), so each is an unknown effort of a known wave (`unknown-dependency`, with a
 * did-you-mean search), not an effort of a wave the workspace does not hold (`undeclared-effort`, a hint).
 */
export function longUnknownDependencyList(n: number, sep = ', '): string {
  const ids: string[] = [];
  const waves: string[] = [];
  for (let i = 1; i <= n; i++) {
    ids.push(effortId(i));
    if (i % 100 === 0 || i === 1) {
      const phase = Math.floor(i / 10000) + 1;
      const wave = (Math.floor(i / 100) % 100) + 1;
      waves.push(`${wave === 1 || i === 1 ? `# Phase ${phase} Implementation Plan\n\n` : ''}## Wave ${wave}\n\n`);
    }
  }
  return `${HEAD}### E1.1.1: api\n\n**Size Estimate**: 300 lines\n**Dependencies**: ${ids.join(sep)}\n\n${waves.join('')}`;
}

/** `n` efforts in one file, each depending on the one before and the first on the last: one cycle of n edges. */
export function longCycle(n: number): string {
  const out = [HEAD];
  for (let i = 0; i < n; i++)
    out.push(
      `### ${effortId(i)}: step-${i}\n**Size Estimate**: 100 lines\n**Dependencies**: ${effortId(i === 0 ? n - 1 : i - 1)}\n\n`,
    );
  return out.join('');
}

/** `n` efforts over the hard limit: one diagnostic each. */
export function manyOversized(n: number): string {
  const out = [HEAD];
  for (let i = 0; i < n; i++) out.push(`### ${effortId(i)}: big-${i}\n**Size Estimate**: 900 lines\n\n`);
  return out.join('');
}

/** `n` well-formed efforts in one file, 100 per wave, each depending on one effort of the previous wave. */
export function manyEfforts(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const wave = (Math.floor(i / 100) % 100) + 1;
    if (i % 10000 === 0) out.push(`# Phase ${Math.floor(i / 10000) + 1} Implementation Plan\n\n`);
    if (i % 100 === 0) out.push(`## Wave ${wave}\n\n`);
    const dep = wave > 1 ? effortId(i - 100) : 'None';
    out.push(
      `### ${effortId(i)}: effort-${i}\n\n**Size Estimate**: ~${150 + ((i * 37) % 600)} lines\n**Dependencies**: ${dep}\n\n`,
    );
  }
  return out.join('');
}

/** A small wave plan with `n` efforts numbered from `first`, for trees of many small files. */
export function smallWavePlan(phase: number, wave: number, n: number): string {
  const out = [`# Phase ${phase} Wave ${wave} Plan\n\n## Wave ${wave}\n\n`];
  for (let k = 1; k <= n; k++)
    out.push(`### E${phase}.${wave}.${k}: work-${k}\n**Size Estimate**: ${200 + k} lines\n**Dependencies**: None\n\n`);
  return out.join('');
}

/**
 * A GSD plan (`.planning/phases/…/01-02-PLAN.md`: front matter, a title, an objective), a SUMMARY and a roadmap: the
 * fuzzer's seeds for the GSD reader, which reads only those paths. Paths are relative to the case's folder.
 */
export function gsdSeeds(): Array<{ name: string; text: string }> {
  const dir = '.planning/phases/01-ledger';
  return [
    {
      name: `${dir}/01-02-PLAN.md`,
      text:
        '---\nphase: 01-ledger\nplan: 02\ntype: execute\nwave: 2\ndepends_on: ["01-01", 1-3, "Phase 0 sign-off"]\n' +
        'files_modified:\n  - src/ledger.ts\nautonomous: true\n---\n\n# Phase 1 Plan 2: Balances ##\n\n' +
        '<objective>\nRunning balances per account. Then totals.\n</objective>\n\n<tasks>\n<task type="auto">\n' +
        '  <name>Task 1: Balances</name>\n</task>\n</tasks>\n',
    },
    {
      name: `${dir}/01-01-SUMMARY.md`,
      text: '---\nphase: 01-ledger\nplan: 01\ncompleted: 2026-12-01\n---\n\n# Summary\n',
    },
    {
      name: '.planning/ROADMAP.md',
      text: '# Roadmap\n\n## Phase Details\n\n### Phase 1: Ledger\n**Plans**: 2 plans\n\n- [x] 01-01-PLAN.md — Types\n',
    },
  ];
}
