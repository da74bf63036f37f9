import { strict as assert } from 'assert';
import { runChecks } from '../../../../src/core/checks';
import { PlanEngine } from '../../../../src/core/project/engine';
import { removeDependencyFix, replaceDependencyFix, setCanParallelizeNoFix } from '../../../../src/core/fixes';
import { applyEdits, OverlappingEditsError } from '../../../../src/core/fixes/apply';
import { removeRefEdits, replaceRefEdit } from '../../../../src/core/fixes/refList';
import { FileText, textCache } from '../../../../src/core/fixes/text';
import { mergeProject } from '../../../../src/core/project/merge';
import type { EffortFact, PlanDiagnostic, TextEdit } from '../../../../src/core/model/model';
import { parseRefList } from '../../../../src/core/readers/values';
import { applyFix, fact, find, lint, only, result, span, type Texts } from '../../support/builders';
import { LATER_WAVES_PHASE, WAVE_FORMS } from '../../support/waveForms';

const edit = (line: number, column: number, endLine: number, endColumn: number, newText: string): TextEdit => ({
  file: 'f',
  line,
  column,
  endLine,
  endColumn,
  newText,
});

describe('applyEdits', () => {
  it('applies edits against original positions, in any order, keeping insertion order at one point', () => {
    const text = 'alpha beta\ngamma\n';
    assert.equal(
      applyEdits(text, [
        edit(2, 1, 2, 6, 'GAMMA'),
        edit(1, 1, 1, 6, 'A'),
        edit(3, 1, 3, 1, 'x'),
        edit(3, 1, 3, 1, 'y'),
      ]),
      'A beta\nGAMMA\nxy',
    );
    assert.equal(applyEdits(text, []), text);
    assert.equal(applyEdits('a\r\nb\r\n', [edit(1, 1, 2, 1, '')]), 'b\r\n');
  });

  it('refuses overlapping edits and positions outside the text', () => {
    assert.throws(() => applyEdits('abcdef', [edit(1, 1, 1, 4, 'x'), edit(1, 3, 1, 5, 'y')]), OverlappingEditsError);
    assert.throws(() => applyEdits('abc', [edit(3, 1, 3, 1, 'x')]), RangeError);
    assert.throws(() => applyEdits('abc', [edit(1, 9, 1, 9, 'x')]), RangeError);
  });
});

/** Removes `id` from a list written as `value` on a line `prefix + value` and returns the new line. */
function removeFrom(
  prefix: string,
  value: string,
  id: string,
  kind: EffortFact['kind'] = 'metadata',
  suffix = '',
): string | undefined {
  const text = `${prefix}${value}${suffix}\n`;
  const ft = new FileText('f.md', text);
  const refs = parseRefList(value, { file: 'f.md', line: 1, column: prefix.length + 1 });
  const list = { span: span('f.md', 1, prefix.length + 1, value.length), refs };
  const ref = refs.find((r) => r.id === id)!;
  const edits = removeRefEdits(ft, fact('E1.1.9', kind, span('f.md', 1)), list, ref);
  return edits && applyEdits(text, edits).replace(/\n$/, '');
}

describe('removing a reference in every written form', () => {
  it('bracket lists, comma lists with notes, "and" lists', () => {
    assert.equal(removeFrom('**Dependencies**: ', '[E2.1.1, E2.1.2]', 'E2.1.1'), '**Dependencies**: [E2.1.2]');
    assert.equal(removeFrom('**Dependencies**: ', '[E2.1.1, E2.1.2]', 'E2.1.2'), '**Dependencies**: [E2.1.1]');
    assert.equal(
      removeFrom('**Dependencies**: ', 'E1.2.1 (Command structure), E1.2.2', 'E1.2.1'),
      '**Dependencies**: E1.2.2',
    );
    assert.equal(
      removeFrom('**Dependencies**: ', 'E1.2.1, E1.2.2 (Config), E1.2.3', 'E1.2.2'),
      '**Dependencies**: E1.2.1, E1.2.3',
    );
    assert.equal(removeFrom('- Dependencies: ', 'E1.1.1 and E1.1.2', 'E1.1.2'), '- Dependencies: E1.1.1');
    assert.equal(removeFrom('**Dependencies**: ', 'E1.1.1; Phase 0 done', 'E1.1.1'), '**Dependencies**: Phase 0 done');
  });

  it('the last item becomes None in prose and [] in JSON/YAML', () => {
    assert.equal(removeFrom('**Dependencies**: ', '[E2.1.1]', 'E2.1.1'), '**Dependencies**: None');
    assert.equal(removeFrom('**Dependencies**: ', 'E1.2.1 (Command structure)', 'E1.2.1'), '**Dependencies**: None');
    assert.equal(removeFrom('dependencies: ', '[E1.1.1]', 'E1.1.1', 'yaml-block'), 'dependencies: []');
    assert.equal(
      removeFrom('  "depends_on": ', '["effort:2.2.1"]', 'E2.2.1', 'json-block', ','),
      '  "depends_on": [],',
    );
  });

  it('JSON arrays stay valid JSON', () => {
    const value = '["effort:2.2.1", "integration:phase2-wave2.1"]';
    const line = removeFrom('{"depends_on": ', value, 'E2.2.1', 'json-block', '}')!;
    assert.equal(line, '{"depends_on": ["integration:phase2-wave2.1"]}');
    assert.deepEqual(JSON.parse(line), { depends_on: ['integration:phase2-wave2.1'] });
    const two = removeFrom('{"depends_on": ', '["effort:2.2.1", "effort:2.2.2"]', 'E2.2.2', 'json-block', '}')!;
    assert.deepEqual(JSON.parse(two), { depends_on: ['effort:2.2.1'] });
  });

  it('multi-line JSON arrays and YAML block lists', () => {
    const json = [
      '```json',
      '{',
      '  "effort_id": "2.2.3",',
      '  "depends_on": [',
      '    "effort:2.2.1",',
      '    "effort:2.2.2"',
      '  ],',
      '  "estimated_lines": 300',
      '}',
      '```',
      '',
    ].join('\n');
    const file = 'WAVE-PLAN.md';
    const texts: Texts = {
      [file]: ['# Phase 2', '## Wave 2', '### Effort 2.2.1', '### Effort 2.2.2', '### Effort 2.2.3', json].join('\n'),
    };
    const read = lint(texts).project;
    assert.deepEqual(read.byId.get('E2.2.3')!.dependsOn, ['E2.2.1', 'E2.2.2']);
    const jsonCtx = { project: read, text: textCache((f) => texts[f]) };
    const body = (t: string): unknown => JSON.parse(t.slice(t.indexOf('{'), t.lastIndexOf('}') + 1));
    const without = (id: string): unknown =>
      (body(applyFix(texts, removeDependencyFix(jsonCtx, 'E2.2.3', id)!)[file]) as { depends_on: string[] }).depends_on;
    assert.deepEqual(without('E2.2.1'), ['effort:2.2.2']);
    assert.deepEqual(without('E2.2.2'), ['effort:2.2.1']);

    const yaml = [
      '## Wave 1',
      '### Effort 1.1.3',
      '```yaml',
      'effort_id: "E1.1.3"',
      'dependencies:',
      '  - "E1.1.1"',
      '  - E1.1.2',
      'estimated_lines: 300',
      '```',
      '',
    ].join('\n');
    const yamlTexts: Texts = {
      'y/WAVE-PLAN.md': ['# Phase 1', '## Wave 1', '### Effort 1.1.1', '### Effort 1.1.2', yaml].join('\n'),
    };
    const { project } = lint(yamlTexts);
    assert.deepEqual(project.byId.get('E1.1.3')!.dependsOn, ['E1.1.1', 'E1.1.2']);
    const ctx = { project, text: textCache((file) => yamlTexts[file]) };
    const once = applyFix(yamlTexts, removeDependencyFix(ctx, 'E1.1.3', 'E1.1.1')!);
    assert.match(once['y/WAVE-PLAN.md'], /dependencies:\n {2}- E1\.1\.2\nestimated_lines: 300/);
    assert.deepEqual(lint(once).project.byId.get('E1.1.3')!.dependsOn, ['E1.1.2']);
    const p2 = lint(once).project;
    const twice = applyFix(
      once,
      removeDependencyFix({ project: p2, text: textCache((file) => once[file]) }, 'E1.1.3', 'E1.1.2')!,
    );
    assert.match(twice['y/WAVE-PLAN.md'], /dependencies: \[\]\nestimated_lines: 300/);
  });

  it('table cells and mermaid edges', () => {
    assert.equal(
      removeFrom('| p5w1-api | E5.1.1 | ', '5.1.2, 5.1.3', 'E5.1.2', 'table'),
      '| p5w1-api | E5.1.1 | 5.1.3',
    );
    const graph = 'graph TD\n    W1E1 --> W2E1\n    W1E2[5.1.2: API<br/>600 lines] --> W2E1\n';
    const ft = new FileText('m.md', graph);
    const mk = (line: number, raw: string) => ({
      id: 'E5.1.1',
      raw,
      external: false,
      span: span('m.md', line, 5, raw.length),
    });
    const bare = mk(2, 'W1E1');
    const m = fact('E5.2.1', 'mermaid', span('m.md', 2), { dependsOn: { span: bare.span, refs: [bare] } });
    assert.equal(
      applyEdits(graph, removeRefEdits(ft, m, m.dependsOn!, bare)!),
      'graph TD\n    W1E2[5.1.2: API<br/>600 lines] --> W2E1\n',
    );
    const labelled = mk(3, 'W1E2');
    assert.equal(removeRefEdits(ft, m, { span: labelled.span, refs: [labelled] }, labelled), undefined);
  });

  it('offers nothing when the text no longer matches the spans', () => {
    const ft = new FileText('f.md', '**Dependencies**: [E2.1.1, E2.1.2]\n');
    const refs = parseRefList('[E9.1.1, E2.1.2]', { file: 'f.md', line: 1, column: 19 });
    assert.equal(
      removeRefEdits(ft, fact('E1.1.1', 'metadata', span('f.md', 1)), { span: span('f.md', 1, 19, 16), refs }, refs[0]),
      undefined,
    );
  });
});

describe('replacing a reference', () => {
  it('keeps prefixes, quotes and notes; bare numbers stay bare within their wave', () => {
    const rep = (prefix: string, value: string, target: string, phase?: number, wave?: number): string => {
      const text = prefix + value;
      const ft = new FileText('f', text);
      const [ref] = parseRefList(value, { file: 'f', line: 1, column: prefix.length + 1, phase, wave });
      return applyEdits(text, [replaceRefEdit(ft, ref, target)!]);
    };
    assert.equal(rep('"depends_on": ', '["effort:2.2.9"]', 'E2.2.1'), '"depends_on": ["effort:2.2.1"]');
    assert.equal(
      rep('**Dependencies**: ', 'E1.2.9 (Command structure)', 'E1.1.4'),
      '**Dependencies**: E1.1.4 (Command structure)',
    );
    assert.equal(rep('**Parallel With**: ', 'Efforts 9, 5', 'E3.2.4', 3, 2), '**Parallel With**: Efforts 4, 5');
    assert.equal(rep('**Parallel With**: ', 'Efforts 9, 5', 'E3.1.4', 3, 2), '**Parallel With**: Efforts E3.1.4, 5');
  });

  it('the replace fix rewrites every source that writes the unknown id', () => {
    const P = 'PHASE-2-PLAN.md';
    const W = 'WAVE-2-PLAN.md';
    const block = (deps: string): string =>
      ['# Phase 2', '## Wave 1', '#### E2.1.1: A', '', '#### E2.1.2: B', `**Dependencies**: ${deps}`, ''].join('\n');
    const texts: Texts = { [P]: block('[E2.1.7]'), [W]: block('E2.1.7 (A)') };
    // Each file is a place to fix, so each reports the unknown id; either diagnostic's fix rewrites both.
    const ds = lint(texts).diagnostics.filter((x) => x.code === 'unknown-dependency');
    assert.deepEqual(ds.map((d) => [d.file, d.line]).sort(), [
      [P, 6],
      [W, 6],
    ]);
    for (const d of ds) {
      const fixed = applyFix(texts, d.fixes![0]);
      assert.match(fixed[P], /\[E2\.1\.1\]/);
      assert.match(fixed[W], /E2\.1\.1 \(A\)/);
      assert.deepEqual(lint(fixed).diagnostics, []);
    }
    assert.deepEqual(ds.map((d) => d.fixes![0].title).sort(), [
      'Change E2.1.7 (A) to E2.1.1 (A)',
      'Change E2.1.7 to E2.1.1 (A)',
    ]);
    const ctx = { project: lint(texts).project, text: textCache((f) => texts[f]) };
    assert.equal(replaceDependencyFix(ctx, [], 'E2.1.1'), undefined);
  });
});

describe('set Can Parallelize to No', () => {
  it('keeps the case of the written word and fixes both JSON keys', () => {
    const W = 'WAVE-PLAN.md';
    const json = [
      '```json',
      '{',
      '  "effort_id": "2.2.2",',
      '  "depends_on": ["effort:2.2.1"],',
      '  "can_parallelize": true,',
      '  "parallelizable": TRUE_PLACEHOLDER',
      '}',
      '```',
    ].join('\n');
    const texts: Texts = {
      [W]: [
        '# Phase 2',
        '## Wave 2',
        '### Effort 2.2.1',
        '**Can Parallelize**: YES',
        '',
        '### Effort 2.2.2',
        json.replace('TRUE_PLACEHOLDER', 'true'),
        '',
      ].join('\n'),
    };
    const { project, diagnostics } = lint(texts);
    const d = only(diagnostics.filter((x) => x.code === 'parallel-conflict'));
    assert.equal(d.efforts[0], 'E2.2.2');
    const fixed = applyFix(texts, only(d.fixes!));
    assert.match(fixed[W], /"can_parallelize": false,\n {2}"parallelizable": false\n/);
    assert.deepEqual(
      JSON.parse(fixed[W].slice(fixed[W].indexOf('{'), fixed[W].lastIndexOf('}') + 1)).parallelizable,
      false,
    );
    assert.deepEqual(lint(fixed).diagnostics, []);
    // Upper-case YES becomes NO.
    const ctx = { project, text: textCache((f) => texts[f]) };
    assert.match(applyFix(texts, setCanParallelizeNoFix(ctx, 'E2.2.1')!)[W], /\*\*Can Parallelize\*\*: NO\n/);
    assert.equal(setCanParallelizeNoFix({ project, text: () => undefined }, 'E2.2.1'), undefined);
  });
});

const waveOrder = (ds: PlanDiagnostic[]): PlanDiagnostic[] => ds.filter((d) => d.code === 'wave-order');

describe('move to wave', () => {
  it('is offered for an effort without a number whose wave is a field: it edits that field and the plan reads back in the new wave', () => {
    const E = 'efforts/audit-notes/IMPLEMENTATION-PLAN-20251114-093000.md';
    const texts: Texts = {
      'PHASE-1-PLAN.md': LATER_WAVES_PHASE,
      [E]: [
        '# Audit notes',
        '**Effort Name**: audit-notes',
        '**Phase**: 1',
        '**Wave**: 1',
        '**Dependencies**: E1.2.1 (Ledger store)',
        '',
      ].join('\n'),
    };
    const d = only(waveOrder(lint(texts).diagnostics));
    assert.deepEqual(d.efforts, ['audit-notes', 'E1.2.1']);
    const move = d.fixes!.find((f) => f.kind === 'move-to-wave')!;
    assert.deepEqual([move.title, move.preferred], ['Move audit-notes to wave 3', true]);
    const fixed = applyFix(texts, move);
    assert.match(fixed[E], /\n\*\*Wave\*\*: 3\n/);
    const after = lint(fixed);
    assert.equal(after.project.byId.get('audit-notes')!.wave, 3);
    assert.deepEqual(waveOrder(after.diagnostics), []);
  });

  // A numbered effort's wave is part of its id: moving it renumbers it (E1.1.1 → E1.3.n) and every reference to it,
  // in every form its wave is written (moveEffort.test.ts reads each back through the engine).
  it('is offered for a numbered effort as a renumbering, whether its wave is a field, a JSON value or only its heading', () => {
    for (const [form, text] of Object.entries(WAVE_FORMS)) {
      const d = only(
        waveOrder(lint({ 'WAVE-1-PLAN.md': text, 'PHASE-1-PLAN.md': LATER_WAVES_PHASE }).diagnostics),
        form,
      );
      assert.deepEqual(
        [form, d.fixes!.map((f) => f.title)],
        [form, ['Move E1.1.1 to wave 3 as E1.3.2', 'Remove E1.2.1 from the dependencies of E1.1.1']],
      );
      assert.match(d.message, /E1\.1\.1 can start in wave 3 at the earliest\.$/);
    }
  });
});

describe('split oversized effort', () => {
  it('inserts a second half with the next free number, halves the estimate and re-points dependents across files', () => {
    const P = 'PHASE-1-PLAN.md';
    const E = '.software-factory/phase1/wave1/E1.1.1-core/IMPLEMENTATION-PLAN-20251201-110542.md';
    const texts: Texts = {
      [P]: [
        '# Phase 1: Core',
        '## Wave 1: Foundations',
        '#### E1.1.1: Core types',
        '**Branch**: `phase1/wave1/core-types`',
        '**Can Parallelize**: Yes',
        '**Parallel With**: [E1.1.3]',
        '**Estimated Size**: ~900 lines (MUST be <800)',
        '**Dependencies**: None',
        '',
        'Prose about the core types.',
        '',
        '#### E1.1.3: Logging',
        '**Estimated Size**: 200 lines',
        '',
        '## Wave 2: Commands',
        '#### E1.2.1: Push',
        '**Dependencies**: [E1.1.1, E1.1.3]',
        '',
      ].join('\n'),
      [E]: ['# Effort E1.1.1: Core types', '**Estimated Lines**: 900', ''].join('\n'),
      'WAVE-2-PLAN.md': [
        '# Phase 1',
        '## Wave 2',
        '#### E1.2.2: Pull',
        '**Dependencies**: E1.1.1 (Core types)',
        '',
      ].join('\n'),
    };
    const before = lint(texts);
    const d = only(before.diagnostics.filter((x) => x.code === 'effort-oversized'));
    const split = only(d.fixes!);
    assert.deepEqual(
      [split.kind, split.title],
      [
        'split-effort',
        'Split E1.1.1 into E1.1.1 (450 lines) and E1.1.4 (450 lines); E1.2.1 and E1.2.2 then wait for E1.1.4',
      ],
    );
    const fixed = applyFix(texts, split);
    assert.equal(
      fixed[P],
      [
        '# Phase 1: Core',
        '## Wave 1: Foundations',
        '#### E1.1.1: Core types',
        '**Branch**: `phase1/wave1/core-types`',
        '**Can Parallelize**: Yes',
        '**Parallel With**: [E1.1.3]',
        '**Estimated Size**: ~450 lines (MUST be <800)',
        '**Dependencies**: None',
        '',
        'Prose about the core types.',
        '',
        '#### E1.1.4: Core types (part 2)',
        '**Branch**: `phase1/wave1/core-types-part-2`',
        '**Can Parallelize**: No',
        '**Parallel With**: None',
        '**Estimated Size**: ~450 lines (MUST be <800)',
        '**Dependencies**: E1.1.1',
        '',
        '#### E1.1.3: Logging',
        '**Estimated Size**: 200 lines',
        '',
        '## Wave 2: Commands',
        '#### E1.2.1: Push',
        '**Dependencies**: [E1.1.4, E1.1.3]',
        '',
      ].join('\n'),
    );
    assert.equal(fixed[E], '# Effort E1.1.1: Core types\n**Estimated Lines**: 450\n');
    assert.equal(
      fixed['WAVE-2-PLAN.md'],
      '# Phase 1\n## Wave 2\n#### E1.2.2: Pull\n**Dependencies**: E1.1.4 (Core types)\n',
    );
    const after = lint(fixed);
    assert.deepEqual(after.diagnostics, []);
    const second = after.project.byId.get('E1.1.4')!;
    assert.deepEqual(
      [second.name, second.phase, second.wave, second.estimatedLines, second.dependsOn, second.canParallelize],
      ['Core types (part 2)', 1, 1, 450, ['E1.1.1'], false],
    );
    assert.deepEqual(after.project.byId.get('E1.2.1')!.dependsOn, ['E1.1.4', 'E1.1.3']);
  });

  it('splits a range estimate into a share each, not a range whose upper end alone is halved', () => {
    const forms = ['600-900 lines', '600–900 lines', 'between 600 and 900 lines', '600 to 900 lines'];
    for (const form of forms) {
      const texts: Texts = {
        'PHASE-1-PLAN.md': [
          '# Phase 1: Core',
          '## Wave 1: Foundations',
          '#### E1.1.1: Posting engine',
          `**Size Estimate**: ${form}`,
          '',
          '#### E1.1.2: Logging',
          '**Size Estimate**: 200 lines',
          '',
        ].join('\n'),
      };
      const d = only(lint(texts).diagnostics.filter((x) => x.code === 'effort-oversized'));
      const fixed = applyFix(texts, only(d.fixes!));
      const sizes = fixed['PHASE-1-PLAN.md'].split('\n').filter((l) => l.startsWith('**Size Estimate**'));
      assert.deepEqual(
        sizes,
        ['**Size Estimate**: 450 lines', '**Size Estimate**: 450 lines', '**Size Estimate**: 200 lines'],
        form,
      );
      const after = lint(fixed);
      assert.deepEqual(
        after.project.efforts.map((e) => e.estimatedLines),
        [450, 200, 450],
        form,
      );
    }
  });

  it("splits into as many parts as keep each within the limit, each after the one before, in the plan's style", () => {
    // A new team's plan: 2,000 lines in halves would be two efforts of 1,000, both over the 800-line limit again.
    const W = 'planning/PLAN.md';
    const texts: Texts = {
      [W]: [
        '# Search',
        '## Phase 1: Indexing',
        '### Wave 2: Ranking',
        '#### E1.2.1: Learning-to-rank features',
        '**Size**: 2,000 lines',
        '**Branch**: `search/ltr`',
        '**Depends on**: None',
        '',
        '#### E1.2.2: Eval harness',
        '**Depends on**: E1.2.1',
        '',
      ].join('\n'),
    };
    const d = only(lint(texts).diagnostics.filter((x) => x.code === 'effort-oversized'));
    const split = only(d.fixes!);
    assert.equal(
      split.title,
      'Split E1.2.1 into E1.2.1 (667 lines), E1.2.3 (667 lines) and E1.2.4 (666 lines); E1.2.2 then waits for E1.2.4',
    );
    const fixed = applyFix(texts, split);
    assert.equal(
      fixed[W],
      [
        '# Search',
        '## Phase 1: Indexing',
        '### Wave 2: Ranking',
        '#### E1.2.1: Learning-to-rank features',
        '**Size**: 667 lines',
        '**Branch**: `search/ltr`',
        '**Depends on**: None',
        '',
        '#### E1.2.3: Learning-to-rank features (part 2)',
        '**Size**: 667 lines',
        '**Branch**: `search/ltr-part-2`',
        '**Depends on**: E1.2.1',
        '',
        '#### E1.2.4: Learning-to-rank features (part 3)',
        '**Size**: 666 lines',
        '**Branch**: `search/ltr-part-3`',
        '**Depends on**: E1.2.3',
        '',
        '#### E1.2.2: Eval harness',
        '**Depends on**: E1.2.4',
        '',
      ].join('\n'),
    );
    const after = lint(fixed);
    assert.deepEqual(after.diagnostics, []);
  });

  it('chains the parts when the declaration writes no dependencies, in the key style of its size line', () => {
    // A new team's plain `Key: value` lines, no `Depends on` line: the parts must still come one after the other.
    const P = 'plans/PLAN.md';
    const texts: Texts = {
      [P]: [
        '## Phase 1: Foundations',
        '### Wave 1.1: Data model',
        '#### E1.1.1: Pricing rules',
        '',
        'Size: ~2000 lines',
        'Branch: `checkout/pricing`',
        '',
        'Discounts and coupons.',
        '',
      ].join('\n'),
    };
    const split = only(only(lint(texts).diagnostics.filter((x) => x.code === 'effort-oversized')).fixes!);
    const fixed = applyFix(texts, split);
    assert.equal(
      fixed[P],
      [
        '## Phase 1: Foundations',
        '### Wave 1.1: Data model',
        '#### E1.1.1: Pricing rules',
        '',
        'Size: ~667 lines',
        'Branch: `checkout/pricing`',
        '',
        'Discounts and coupons.',
        '',
        '#### E1.1.2: Pricing rules (part 2)',
        '',
        'Size: ~667 lines',
        'Depends on: E1.1.1',
        'Branch: `checkout/pricing-part-2`',
        '',
        '#### E1.1.3: Pricing rules (part 3)',
        '',
        'Size: ~666 lines',
        'Depends on: E1.1.2',
        'Branch: `checkout/pricing-part-3`',
        '',
      ].join('\n'),
    );
    const after = lint(fixed);
    assert.deepEqual(after.diagnostics, []);
    assert.deepEqual(
      ['E1.1.1', 'E1.1.2', 'E1.1.3'].map((id) => after.project.byId.get(id)!.dependsOn),
      [[], ['E1.1.1'], ['E1.1.2']],
    );
  });

  it('writes the chained dependency as the plan spells its ids (`P1W2-E1`)', () => {
    const P = 'plans/PLAN.md';
    const texts: Texts = {
      [P]: [
        '## Phase 1',
        '### Wave 1.2: Posting',
        '#### P1W2-E1: Ledger postings',
        '**Size Estimate**: 900 lines',
        '',
      ].join('\n'),
    };
    const split = only(only(lint(texts).diagnostics.filter((x) => x.code === 'effort-oversized')).fixes!);
    const fixed = applyFix(texts, split);
    assert.ok(
      fixed[P].includes(
        '#### P1W2-E2: Ledger postings (part 2)\n**Size Estimate**: 450 lines\n**Depends on**: P1W2-E1\n',
      ),
      fixed[P],
    );
    assert.deepEqual(lint(fixed).project.byId.get('E1.2.2')!.dependsOn, ['E1.2.1']);
  });

  it('copies a JSON metadata block under its heading into valid JSON', () => {
    const W = 'planning/phase2/wave2/WAVE-IMPLEMENTATION-PLAN.md';
    const json = [
      '```json',
      '{',
      '  "effort_id": "2.2.1",',
      '  "effort_name": "Registry Override",',
      '  "branch_name": "proj/phase2/wave2/effort-2.2.1-registry",',
      '  "depends_on": ["integration:phase2-wave2.1"],',
      '  "estimated_lines": 1001,',
      '  "can_parallelize": false,',
      '  "parallel_with": []',
      '}',
      '```',
    ].join('\n');
    const texts: Texts = {
      [W]: [
        '# Phase 2',
        '## Wave 2',
        '### Effort 2.2.1: Registry Override',
        '',
        json,
        '',
        '#### Scope',
        'text',
        '',
        '### Effort 2.2.2: Env',
        '```json',
        '{',
        '  "effort_id": "2.2.2",',
        '  "depends_on": ["effort:2.2.1"]',
        '}',
        '```',
        '',
      ].join('\n'),
    };
    const d = only(lint(texts).diagnostics.filter((x) => x.code === 'effort-oversized'));
    const fixed = applyFix(texts, d.fixes![0]);
    const blocks = [...fixed[W].matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
    assert.deepEqual(blocks, [
      {
        effort_id: '2.2.1',
        effort_name: 'Registry Override',
        branch_name: 'proj/phase2/wave2/effort-2.2.1-registry',
        depends_on: ['integration:phase2-wave2.1'],
        estimated_lines: 501,
        can_parallelize: false,
        parallel_with: [],
      },
      {
        effort_id: '2.2.3',
        effort_name: 'Registry Override (part 2)',
        branch_name: 'proj/phase2/wave2/effort-2.2.3-registry',
        depends_on: ['E2.2.1'],
        estimated_lines: 500,
        can_parallelize: false,
        parallel_with: [],
      },
      { effort_id: '2.2.2', depends_on: ['effort:2.2.3'] },
    ]);
    assert.match(fixed[W], /### Effort 2\.2\.3: Registry Override \(part 2\)\n/);
    const after = lint(fixed);
    assert.deepEqual(after.diagnostics, []);
    assert.deepEqual(after.project.byId.get('E2.2.3')!.dependsOn, ['E2.2.1']);
  });

  it('copies a YAML block with a block list of dependencies, keeping one item', () => {
    const F = 'WAVE-PLAN.md';
    const yaml = [
      '```yaml',
      'effort_id: "E1.1.3"',
      'estimated_lines: 1000',
      'dependencies:',
      '  - "E1.1.1"',
      '  - E1.1.2',
      'can_parallelize: false',
      '```',
    ].join('\n');
    const texts: Texts = {
      [F]: [
        '# Phase 1',
        '## Wave 1',
        '### Effort 1.1.1: A',
        '### Effort 1.1.2: B',
        '### Effort 1.1.3: Big',
        yaml,
        '',
      ].join('\n'),
    };
    const d = only(lint(texts).diagnostics.filter((x) => x.code === 'effort-oversized'));
    const fixed = applyFix(texts, d.fixes![0]);
    assert.equal(
      fixed[F].slice(fixed[F].indexOf('### Effort 1.1.4')),
      [
        '### Effort 1.1.4: Big (part 2)',
        '```yaml',
        'effort_id: "E1.1.4"',
        'estimated_lines: 500',
        'dependencies:',
        '  - "E1.1.3"',
        'can_parallelize: false',
        '```',
        '',
      ].join('\n'),
    );
    const after = lint(fixed);
    assert.deepEqual(after.diagnostics, []);
    assert.deepEqual(after.project.byId.get('E1.1.4')!.dependsOn, ['E1.1.3']);
    assert.deepEqual(after.project.byId.get('E1.1.3')!.estimatedLines, 500);
  });

  it('is not offered for efforts without a number or without text', () => {
    const F = 'WAVE-PLAN.md';
    const text = '**Effort Name**: core-types\n**Estimated Size**: 900 lines\n';
    const results = [
      result(F, 'wave-plan', [
        fact('core-types', 'metadata', span(F, 1), {
          estimatedLines: { value: 900, span: find(F, text, '900 lines') },
        }),
      ]),
    ];
    const slug = only(runChecks(mergeProject(results), { hard: 800, soft: 700 }, () => text));
    assert.deepEqual([slug.code, slug.fixes], ['effort-oversized', undefined]);
    const numbered = [
      result(F, 'wave-plan', [
        fact('E1.1.1', 'metadata', span(F, 1), { estimatedLines: { value: 900, span: find(F, text, '900 lines') } }),
      ]),
    ];
    const noText = only(runChecks(mergeProject(numbered), { hard: 800, soft: 700 }, () => undefined));
    assert.deepEqual([noText.code, noText.fixes], ['effort-oversized', undefined]);
  });

  it('keeps CRLF line breaks in the inserted block and reads back', () => {
    const F = 'PHASE-1-PLAN.md';
    const lf = [
      '# Phase 1',
      '## Wave 1',
      '#### E1.1.1: Big',
      '**Estimated Size**: 1200 lines',
      '**Dependencies**: None',
      '',
      '## Wave 2',
      '#### E1.2.1: Next',
      '**Dependencies**: [E1.1.1]',
      '',
    ].join('\n');
    const texts: Texts = { [F]: lf.replace(/\n/g, '\r\n') };
    const d = only(lint(texts).diagnostics.filter((x) => x.code === 'effort-oversized'));
    const fixed = applyFix(texts, d.fixes![0]);
    assert.equal(/[^\r]\n/.test(fixed[F]), false);
    assert.equal(
      fixed[F].replace(/\r\n/g, '\n'),
      [
        '# Phase 1',
        '## Wave 1',
        '#### E1.1.1: Big',
        '**Estimated Size**: 600 lines',
        '**Dependencies**: None',
        '',
        '#### E1.1.2: Big (part 2)',
        '**Estimated Size**: 600 lines',
        '**Dependencies**: E1.1.1',
        '',
        '## Wave 2',
        '#### E1.2.1: Next',
        '**Dependencies**: [E1.1.2]',
        '',
      ].join('\n'),
    );
    assert.deepEqual(lint(fixed).diagnostics, []);
  });
});

describe('split fix: edits on demand', () => {
  it('computes its edits when first asked for, against the texts the check saw, even after the plans changed', () => {
    const file = '/plans/WAVE-1-PLAN.md';
    const other = '/plans/WAVE-2-PLAN.md';
    const v1 = ['# Phase 1', '## Wave 1', '#### E1.1.1: Big', '**Estimated Size**: 1000 lines', ''].join('\n');
    const w1 = ['# Phase 1', '## Wave 2', '#### E1.2.1: Next', '**Dependencies**: [E1.1.1]', ''].join('\n');
    const engine = new PlanEngine();
    engine.update(file, v1);
    engine.update(other, w1);
    const fix = only(only(engine.project().diagnostics.filter((d) => d.code === 'effort-oversized')).fixes!);
    assert.equal(
      fix.title,
      'Split E1.1.1 into E1.1.1 (500 lines) and E1.1.2 (500 lines); E1.2.1 then waits for E1.1.2',
    );
    // The dependent's plan changes before anyone asks for the edits: they still apply to the texts the diagnostic
    // was made from (the editor's document versions of that diagnostic).
    engine.update(other, `Intro added above.\n\n${w1}`);
    const split = applyFix({ [file]: v1, [other]: w1 }, fix);
    assert.equal(
      split[file],
      [
        '# Phase 1',
        '## Wave 1',
        '#### E1.1.1: Big',
        '**Estimated Size**: 500 lines',
        '',
        '#### E1.1.2: Big (part 2)',
        '**Estimated Size**: 500 lines',
        '**Depends on**: E1.1.1',
        '',
      ].join('\n'),
    );
    assert.equal(
      split[other],
      ['# Phase 1', '## Wave 2', '#### E1.2.1: Next', '**Dependencies**: [E1.1.2]', ''].join('\n'),
    );
    assert.equal(fix.edits, fix.edits, 'computed once');
    assert.deepEqual(JSON.parse(JSON.stringify(fix)).edits, fix.edits, 'serialized with its edits');
  });
});
