// Bad input for the markdown reader: never a throw, never a hang, always well-formed facts with valid spans.
import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import type { FileReadResult, PlanFileKind } from '../../../../../src/core/model/model';
import {
  EffortFactSchema,
  PhaseDeclSchema,
  PlanDiagnosticSchema,
  WaveDeclSchema,
} from '../../../../../src/core/model/modelSchema';
import { readMarkdownPlan } from '../../../../../src/core/readers/markdown/reader';

const PLAN = '/ws/phase1/wave1/WAVE-IMPLEMENTATION-PLAN.md';

/** Reads and checks the result's shape against the model schemas (a hang is caught by mocha's timeout). */
function readChecked(text: string, kind: PlanFileKind = 'wave-plan', file = PLAN): { r: FileReadResult } {
  const r = readMarkdownPlan(file, text, kind);
  for (const f of r.efforts) EffortFactSchema.parse(f);
  for (const w of r.waves) WaveDeclSchema.parse(w);
  for (const p of r.phases) PhaseDeclSchema.parse(p);
  for (const d of r.diagnostics) PlanDiagnosticSchema.parse(d);
  assert.ok(!r.diagnostics.some((d) => d.code === 'file-unreadable'), JSON.stringify(r.diagnostics));
  return { r };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('markdown reader: bad input', () => {
  it('reads empty and blank files as empty plans', () => {
    for (const text of ['', ' ', '\n\n\n', '\r\n', '\uFEFF', '---', '---\n---\n']) {
      const { r } = readChecked(text);
      assert.deepEqual([r.efforts, r.waves, r.phases, r.diagnostics], [[], [], [], []], JSON.stringify(text));
    }
    assert.deepEqual(
      readChecked(
        '',
        'effort-plan',
        '/ws/.software-factory/phase1/wave1/E1.1.1-x/IMPLEMENTATION-PLAN-20250101-000000.md',
      ).r.efforts,
      [],
    );
  });

  it('survives binary junk and control characters', () => {
    const rnd = random(7);
    for (let n = 0; n < 20; n++) {
      let junk = '';
      for (let i = 0; i < 4000; i++) junk += String.fromCharCode(Math.floor(rnd() * 0x3000));
      readChecked(junk);
      readChecked(`### E1.1.1: x\n${junk}\n**Branch**: b\0\u0007`);
    }
  });

  it('does not blow the stack or hang on 10,000-deep blockquotes and lists', () => {
    const cases = [
      `${'> '.repeat(10_000)}**Branch**: deep\n`,
      `${'- '.repeat(10_000)}x\n`,
      `${'> - '.repeat(5_000)}### E1.1.1: deep\n`,
      Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i % 400)}- **Dependencies**: E1.1.${i % 9}`).join('\n'),
      `### E1.1.1: nested\n${Array.from({ length: 10_000 }, (_, i) => `${'>'.repeat(i % 300)} - item ${i}`).join('\n')}`,
    ];
    for (const text of cases) readChecked(text);
  });

  it('keeps going through unclosed fences, unclosed front matter and stray table pipes', () => {
    const { r } = readChecked('```yaml\neffort_id: "E1.1.1"\nestimated_lines: 300\ndependencies: []\n');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.kind, f.estimatedLines?.value]),
      [['E1.1.1', 'yaml-block', 300]],
    );
    readChecked('---\neffort_id: E1.1.1\n# no closing line\n### E1.1.2: x\n');
    readChecked('| Effort | Lines |\n|---|---|\n| 1.1.1 | ||||| |\n| | |\n|');
    readChecked('```mermaid\ngraph TD\nA[unclosed label --> B\nC --> --> D\n& & -->\n```');
    const huge = readChecked(
      '```json\n{"effort_id": "1.1.1", "depends_on": [[[[[[[[[[]]]]]]]]]], "estimated_lines": 1e999}\n```',
    ).r;
    assert.equal(huge.efforts[0].estimatedLines, undefined, 'an infinite size is no size');
    assert.equal(readChecked(`### E1.1.1: x\n**Lines**: ${'9'.repeat(400)}\n`).r.efforts[0].estimatedLines, undefined);
  });

  it('reads hostile names as plain text, without touching object prototypes', () => {
    const text = [
      '# Phase 1: __proto__',
      '## Wave 1: constructor',
      '### E1.1.1: __proto__',
      '**Branch**: `constructor`',
      '**Dependencies**: __proto__, toString, hasOwnProperty',
      '**constructor**: yes',
      '- Agent 1: constructor-branch (depends on toString-x)',
      '| Branch | constructor | __proto__ |',
      '|---|---|---|',
      '| constructor | 1 | 2 |',
      '```json',
      '{"effort_id": "__proto__", "__proto__": {"polluted": true}, "estimated_lines": 10, "branch_name": "x", "depends_on": ["<script>alert(1)</script>"]}',
      '```',
    ].join('\n');
    const { r } = readChecked(text);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const byId = new Map(r.efforts.map((f) => [`${f.id}:${f.kind}`, f]));
    // In markdown `__proto__` is bold "proto".
    assert.equal(byId.get('E1.1.1:metadata')?.name?.value, 'proto');
    assert.equal(byId.get('E1.1.1:metadata')?.branch?.value, 'constructor');
    // `__proto__` names the effort whose effort_id is `__proto__` (slug `proto`); the others stay external.
    assert.deepEqual(
      byId.get('E1.1.1:metadata')?.dependsOn?.refs.map((x) => [x.id, x.external]),
      [
        ['proto', false],
        ['toString', true],
        ['hasOwnProperty', true],
      ],
    );
    // An id that is no effort number becomes a slug: `__proto__` → `proto`.
    assert.equal(byId.get('proto:json-block')?.dependsOn?.refs[0].id, '<script>alert(1)</script>');
    assert.deepEqual(
      byId.get('constructor-branch:bullet')?.dependsOn?.refs.map((x) => [x.id, x.external]),
      [['toString-x', true]],
    );
  });

  it('gives up on no pathological line: long runs of markup characters read in linear time', () => {
    const n = 200_000;
    const cases = [
      `**${'a'.repeat(n)}:`,
      `- ${' '.repeat(n)}x:`,
      `**Dependencies**: ${'('.repeat(n)}`,
      `**Dependencies**: ${'E1.1.1, '.repeat(n / 8)}`,
      `### Wave ${'1'.repeat(n)}`,
      `### ${'🌊'.repeat(n / 2)} Effort 1.1.1: x`,
      `|${' x |'.repeat(n / 4)}\n|${'---|'.repeat(n / 4)}\n|${' 1.1.1 |'.repeat(n / 8)}`,
      `\`\`\`mermaid\ngraph TD\n${'A-->'.repeat(n / 4)}B\n${'W1E1['.repeat(n / 5)}\n\`\`\``,
      `\`\`\`yaml\neffort_id: E1.1.1\ndependencies: [${'"a", '.repeat(n / 5)}]\n\`\`\``,
      // Long runs of blanks next to optional blanks are where backtracking turns quadratic.
      Array.from({ length: 300 }, () => `${' '.repeat(1990)}x:`).join('\n'),
      Array.from({ length: 300 }, () => `- **Lines**: ${'1,'.repeat(990)}`).join('\n'),
      `\`\`\`yaml\n${Array.from({ length: 100 }, (_, i) => `k${i}: a${' '.repeat(5000)}b`).join('\n')}\n\`\`\``,
      `\`\`\`mermaid\ngraph TD\n${Array.from({ length: 100 }, () => `A -- x${' '.repeat(4900)}B`).join('\n')}\n\`\`\``,
      Array.from({ length: 300 }, () => `### Phase 1${' '.repeat(2000)}x`).join('\n'),
      Array.from({ length: 300 }, () => `### Effort${' '.repeat(2000)}x`).join('\n'),
      `| Effort | Lines |\n|---|---|\n${Array.from({ length: 300 }, () => `| 1.1.1 | ${'1,'.repeat(2000)} |`).join('\n')}`,
      // Sizes noted as actual (`420 (actual)`, `300 (actual 280)`), fields apart by `|`, Mermaid class lines.
      `### E1.1.1: x\n**Size**: 300${' '.repeat(n)}x`,
      `### E1.1.1: x\n**Size**: 300 (actual${' '.repeat(n)}x`,
      `### E1.1.1: x\nSize: 1 |${' '.repeat(n)}x`,
      `### E1.1.1: x\nSize: 1${' | x'.repeat(n / 4)}`,
      // A line of sentences whose later parts may be fields (a bold key, a size sentence), then a long blank run.
      `### E1.1.1: x\nSize: 1. **x**${' '.repeat(n)}y`,
      `### E1.1.1: x\nEst.\t${' '.repeat(n)}~${' '.repeat(n)}1 lines`,
      // Two labelled figures (`310 actual / 300 estimate`) with long blank runs between their parts.
      `### E1.1.1: x\n**Lines**: actual${' '.repeat(n)}1${' '.repeat(n)},${' '.repeat(n)}est`,
      `### E1.1.1: x\n**Lines**: 1${' '.repeat(n)}actual${' '.repeat(n)}/${' '.repeat(n)}2${' '.repeat(n)}x`,
      `\`\`\`mermaid\ngraph TD\n${Array.from({ length: 100 }, () => `class ${'a '.repeat(2400)}!`).join('\n')}\n\`\`\``,
      // A T-shirt size whose note is a long blank run, a duration beside one, a link that never closes.
      `### E1.1.1: x\n**Size**: S (${' '.repeat(n)}x)`,
      `### E1.1.1: x\n**Estimate**: 2 days${' '.repeat(n)}x`,
      `### E1.1.1: x\n**Branch**: [${'a'.repeat(n)}`,
      // Sizes written as parts or a restated limit, a base written as another effort's, with long blank runs.
      `### E1.1.1: x\n**Size**: <1${' '.repeat(n)}x`,
      `### E1.1.1: x\n**Size**: 1 (${' '.repeat(n)}x`,
      `### E1.1.1: x\n**Size**: 1 +${' '.repeat(n)}2${' '.repeat(n)}x`,
      `### E1.1.1: x\n**Size**: 9 (of which${' '.repeat(n)}1${' '.repeat(n)}x`,
      `### E1.1.1: x\n**Size**: 9, 1${' '.repeat(n)}excluding${' '.repeat(n)}x`,
      `### E1.1.1: x\n**Base Branch**: E1.1.1${' '.repeat(n)}x`,
      `### E1.1.1: x\n**Size**: 1${' 200'.repeat(n / 4)}x`,
    ];
    for (const text of cases) readChecked(text);
  });

  it('reads every effort and wave of a generated 3,000-line plan', () => {
    let text = '# Phase 1: Big\n\n';
    let wave = 0;
    while (text.split('\n').length < 3000) {
      wave++;
      text += `## Wave ${wave}: Part ${wave}\n\n`;
      for (let n = 1; n <= 10; n++) {
        text += `#### E1.${wave}.${n}: effort-${n}\n**Branch**: \`p/phase1/wave${wave}/effort-${n}\`  \n**Can Parallelize**: Yes  \n`;
        text += `**Estimated Size**: ${300 + n} lines  \n**Dependencies**: ${n > 1 ? `[E1.${wave}.${n - 1}]` : 'None'}  \n\nProse about it.\n\n`;
      }
    }
    const { r } = readChecked(text, 'phase-plan');
    assert.equal(r.efforts.length, wave * 10);
    assert.equal(r.waves.length, wave);
  });

  it('never fails on cut, shuffled and spliced versions of the fixtures', () => {
    const dir = path.resolve(__dirname, '../../../../fixtures/conventions');
    const texts = readdirSync(dir).map((n) => readFileSync(path.join(dir, n), 'utf8'));
    const rnd = random(42);
    const kinds: PlanFileKind[] = ['wave-plan', 'phase-plan', 'effort-plan', 'merge-plan', 'other'];
    for (let n = 0; n < 150; n++) {
      const base = texts[Math.floor(rnd() * texts.length)];
      const lines = base.split('\n');
      const other = texts[Math.floor(rnd() * texts.length)].split('\n');
      switch (n % 3) {
        case 0:
          lines.splice(Math.floor(rnd() * lines.length), Math.floor(rnd() * 10));
          break;
        case 1:
          for (let i = lines.length - 1; i > 0; i--) {
            const j = Math.floor(rnd() * (i + 1));
            [lines[i], lines[j]] = [lines[j], lines[i]];
          }
          break;
        default:
          lines.splice(Math.floor(rnd() * lines.length), 0, ...other.slice(Math.floor(rnd() * other.length)));
      }
      const cut = lines.join('\n').slice(0, Math.floor(rnd() * base.length * 2));
      readChecked(
        cut,
        kinds[n % kinds.length],
        '/ws/.software-factory/phase1/wave1/E1.1.1-x/IMPLEMENTATION-PLAN-20250101-000000.md',
      );
    }
  });

  it('reads a metadata line longer than 2,000 characters in full (an integration effort listing hundreds)', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `E1.1.${i + 2}`);
    const line = `**Dependencies**: ${ids.join(', ')}`;
    assert.ok(line.length > 2000);
    const { r } = readChecked(`# Phase 1\n\n## Wave 1\n\n### E1.1.1: integration\n\n${line}\n`);
    const deps = r.efforts.find((f) => f.id === 'E1.1.1')?.dependsOn;
    assert.equal(deps?.refs.length, 300);
    assert.deepEqual(deps.refs[299].span, {
      file: PLAN,
      line: 7,
      column: line.length - 'E1.1.301'.length + 1,
      endLine: 7,
      endColumn: line.length + 1,
    });
  });
});
