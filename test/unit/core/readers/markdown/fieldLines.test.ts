// Metadata written other ways than one bold key per line: italic keys, and several fields on one line apart by
// `·` or `|`. Read through readPlanText, as a plan of that style.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { only } from '../../../support/builders';

const TEXT = [
  '# Phase 4: Search',
  '',
  '## Wave 2',
  '',
  '### E4.2.1 — indexer',
  'Size: 300 lines · Depends: none · Branch: `search/phase4/wave2/indexer`',
  '',
  '### E4.2.2 — query-parser',
  'Size: ~450 lines | Depends: E4.2.1 | Branch: `search/phase4/wave2/query-parser`',
  '',
  '### E4.2.3 — ranking',
  '*Estimate:* 520 lines  ',
  '_Depends on_: E4.2.1, E4.2.2  ',
  '*Status:* in progress',
  '',
  '### E4.2.4 — docs',
  'Branch: `search/docs·v2` · Note: the dot inside the branch is its own',
  '',
].join('\n');

describe('markdown reader: fields on one line, and italic keys', () => {
  const r = readPlanText('/ws/PHASE-4-PLAN.md', TEXT);
  const lines = TEXT.split('\n');
  const effort = (id: string) => r.efforts.find((f) => f.id === id)!;
  const deps = (id: string) => effort(id).dependsOn?.refs.map((x) => x.id);
  const written = (span: { line: number; column: number; endColumn: number }) =>
    lines[span.line - 1].slice(span.column - 1, span.endColumn - 1);

  it('reads each field of a line apart by `·` or `|`, located in the line', () => {
    assert.deepEqual(
      [effort('E4.2.1').estimatedLines?.value, deps('E4.2.1'), effort('E4.2.1').branch?.value],
      [300, [], 'search/phase4/wave2/indexer'],
    );
    assert.deepEqual(
      [effort('E4.2.2').estimatedLines?.value, deps('E4.2.2'), effort('E4.2.2').branch?.value],
      [450, ['E4.2.1'], 'search/phase4/wave2/query-parser'],
    );
    assert.equal(written(effort('E4.2.2').branch!.span), 'search/phase4/wave2/query-parser');
    assert.equal(written(effort('E4.2.2').dependsOn!.refs[0].span), 'E4.2.1');
  });

  it('reads `*Key:*` and `_Key_:` as metadata keys', () => {
    assert.deepEqual(
      [effort('E4.2.3').estimatedLines?.value, deps('E4.2.3'), effort('E4.2.3').status?.value],
      [520, ['E4.2.1', 'E4.2.2'], 'in-progress'],
    );
  });

  it('splits only where a known key follows the mark', () => {
    assert.equal(effort('E4.2.4').branch?.value, 'search/docs·v2');
  });
});

describe('markdown reader: an effort plan whose sections are its fields', () => {
  const file = '/ws/efforts/phase2/wave1/E2.1.4-audit-log/IMPLEMENTATION-PLAN.md';
  const text = [
    '# Audit log',
    '',
    '## Status',
    '',
    'In review — PR #214 opened 2026-11-30.',
    '',
    '## Scope',
    '',
    'Estimated size: 380 lines.',
    '',
    '## Branch',
    '',
    '`vault/phase2/wave1/audit-log`',
    '',
    '## Base Branch',
    '',
    'Status: see above. The base is decided later.',
    '',
  ].join('\n');
  const r = readPlanText(file, text);
  const lines = text.split('\n');

  it('reads `## Status` and `## Branch` over a line as those fields, located on the line, and the title as the name', () => {
    const f = only(r.efforts);
    assert.deepEqual(
      [f.id, f.name?.value, f.status?.value, f.branch?.value, f.estimatedLines?.value],
      ['E2.1.4', 'Audit log', 'review', 'vault/phase2/wave1/audit-log', 380],
    );
    const b = f.branch!.span;
    assert.equal(lines[b.line - 1].slice(b.column - 1, b.endColumn - 1), 'vault/phase2/wave1/audit-log');
  });

  it('leaves a section that speaks in its own key lines to them', () => {
    assert.equal(only(r.efforts).baseBranch, undefined);
  });

  it('reads `## Size` and `## Base Branch` over a line the same way', () => {
    const more = readPlanText(
      file,
      '# Audit log\n\n## Size\n\n~420 lines\n\n## Base Branch\n\n`vault/phase2-integration`\n',
    );
    const f = only(more.efforts);
    assert.deepEqual([f.estimatedLines?.value, f.baseBranch?.value], [420, 'vault/phase2-integration']);
  });

  it('takes no name from a title that only says what the file is', () => {
    const plain = readPlanText(file, '# Implementation Plan\n\n## Status\n\n**Done** — merged\n');
    assert.deepEqual(
      plain.efforts.map((f) => [f.name?.value, f.status?.value]),
      [[undefined, 'done']],
    );
  });
});

describe('markdown reader: bullets whose fields follow the name apart by ·', () => {
  const text = [
    '# Phase 2 — Wave 2: Reporting',
    '',
    '1. **E2.2.1 — report-engine** · ~560 lines · depends on E2.1.3',
    '2. **E2.2.2 — csv-export** · ~220 lines · depends on E2.2.1',
    '3. **E2.2.3 — pdf-export** · ~740 lines · depends on E2.2.1 · blocked',
    '',
  ].join('\n');
  const r = readPlanText('/ws/WAVE-2-PLAN.md', text);
  const lines = text.split('\n');

  it('reads the name, size, dependencies and status of each part, each located', () => {
    assert.deepEqual(
      r.efforts.map((f) => [
        f.id,
        f.name?.value,
        f.estimatedLines?.value,
        f.dependsOn?.refs.map((x) => x.id),
        f.status?.value,
      ]),
      [
        ['E2.2.1', 'report-engine', 560, ['E2.1.3'], undefined],
        ['E2.2.2', 'csv-export', 220, ['E2.2.1'], undefined],
        ['E2.2.3', 'pdf-export', 740, ['E2.2.1'], 'blocked'],
      ],
    );
    const f = r.efforts[2];
    const at = (s: { line: number; column: number; endColumn: number }) =>
      lines[s.line - 1].slice(s.column - 1, s.endColumn - 1);
    assert.deepEqual(
      [at(f.estimatedLines!.span), at(f.dependsOn!.span), at(f.status!.span)],
      ['740', 'E2.2.1', 'blocked'],
    );
  });
});

describe('markdown reader: an effort table with names beside bold ids and a Parallel column', () => {
  const text = [
    '# Phase 4 Implementation Plan: Search',
    '',
    '## Wave 4.1 — Indexing',
    '',
    '| Effort | Est. | Deps | Parallel |',
    '|---|---|---|---|',
    '| **E4.1.1** crawler | 450 | – | E4.1.2 |',
    '| **E4.1.2** tokenizer | 300 | – | Yes |',
    '| E4.1.3 | 700 | E4.1.1, E4.1.2 | No |',
    '',
  ].join('\n');
  const r = readPlanText('/ws/PHASE-4-IMPLEMENTATION-PLAN.md', text);

  it('names each effort after its id, and reads ids in `Parallel` as parallel-with, yes/no as can-parallelize', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.parallelWith?.refs.map((x) => x.id), f.canParallelize?.value]),
      [
        ['E4.1.1', 'crawler', ['E4.1.2'], undefined],
        ['E4.1.2', 'tokenizer', undefined, true],
        ['E4.1.3', undefined, undefined, false],
      ],
    );
  });
});

describe('markdown reader: parallel-with keys in other words', () => {
  it('reads `Can run in parallel with`, `Runs in parallel with` and `Parallel to` as parallel-with', () => {
    const text = [
      '# Phase 3: Platform',
      '',
      '## Wave 3.1',
      '',
      '### E3.1.1 - config-service',
      '- **Can run in parallel with:** E3.1.2',
      '',
      '### E3.1.2 - secrets-service',
      '- **Runs in parallel with**: E3.1.3',
      '',
      '### E3.1.3 - audit-service',
      '- Parallel to: E3.1.1',
      '',
    ].join('\n');
    const r = readPlanText('/ws/PHASE-3-PLAN.md', text);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.parallelWith?.refs.map((x) => x.id)]),
      [
        ['E3.1.1', ['E3.1.2']],
        ['E3.1.2', ['E3.1.3']],
        ['E3.1.3', ['E3.1.1']],
      ],
    );
  });
});
