// `A --> B` in a plan's Mermaid graph means B depends on A; a link whose words say A depends on B
// (`A -->|depends on| B`, `A -- needs --> B`) is read the way its words say. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

function dependencies(graph: string[]): Array<[string, string[] | undefined]> {
  const text = ['# Phase 4 Wave Plan', '', '```mermaid', 'graph TD', ...graph, '```', ''].join('\n');
  const r = readPlanText('/ws/WAVE-PLAN.md', text);
  return r.efforts.map((f) => [f.id, f.dependsOn?.refs.map((x) => x.id)]);
}

describe('mermaid reader: link words that say which way a dependency goes', () => {
  it('reads `A -->|depends on| B`, `A -- needs --> B`, `|requires|`, `|blocked by|` and `|waits for|` as A depending on B', () => {
    assert.deepEqual(
      dependencies([
        '  A[E4.2.1 upload-api] -->|depends on| B[E4.1.1 blob-store]',
        '  C[E4.2.2 download-api] -- needs --> B',
        '  D[E4.2.3 quotas] -->|requires| A',
        '  E[E4.2.4 audit] -.->|"blocked by"| D',
        '  F[E4.2.5 billing] ==>|waits for| E',
      ]),
      [
        ['E4.2.1', ['E4.1.1']],
        ['E4.1.1', undefined],
        ['E4.2.2', ['E4.1.1']],
        ['E4.2.3', ['E4.2.1']],
        ['E4.2.4', ['E4.2.3']],
        ['E4.2.5', ['E4.2.4']],
      ],
    );
  });

  it('keeps the arrow’s direction for a bare link and for words that say A comes first (`|blocks|`, `|then|`)', () => {
    assert.deepEqual(
      dependencies([
        '  A[E4.1.1 blob-store] --> B[E4.2.1 upload-api]',
        '  A -->|blocks| C[E4.2.2 download-api]',
        '  C -- then --> D[E4.2.3 quotas]',
      ]),
      [
        ['E4.1.1', undefined],
        ['E4.2.1', ['E4.1.1']],
        ['E4.2.2', ['E4.1.1']],
        ['E4.2.3', ['E4.2.2']],
      ],
    );
  });

  it('turns each link of a chain by its own words, and locates the dependency at the node it names', () => {
    const text = [
      '# Phase 4 Wave Plan',
      '',
      '```mermaid',
      'graph LR',
      '  A[E4.1.1 blob-store] --> B[E4.2.1 upload-api] -->|needs| C[E4.1.2 index]',
      '```',
      '',
    ].join('\n');
    const r = readPlanText('/ws/WAVE-PLAN.md', text);
    const upload = r.efforts.find((f) => f.id === 'E4.2.1')!;
    assert.deepEqual(
      upload.dependsOn?.refs.map((x) => x.id),
      ['E4.1.1', 'E4.1.2'],
    );
    const s = upload.dependsOn!.refs[1].span!;
    assert.equal(text.split('\n')[s.line - 1].slice(s.column - 1, s.endColumn - 1), 'C');
  });

  it('reads a dotted link as no dependency unless its words say so: it marks a soft tie or restates a solid link', () => {
    assert.deepEqual(
      dependencies([
        '  A[E4.1.1 blob-store] --> B[E4.2.1 upload-api]',
        '  A -.->|critical path| B',
        '  B -.-> C[E4.2.2 download-api]',
        '  C -. optional .-> D[E4.2.3 quotas]',
        '  E[E4.2.4 audit] -.->|depends on| D',
        '  D --> F[E4.2.5 billing] -.-> G[E4.2.6 invoices]',
      ]),
      [
        ['E4.1.1', undefined],
        ['E4.2.1', ['E4.1.1']],
        ['E4.2.2', undefined],
        ['E4.2.3', undefined],
        ['E4.2.4', ['E4.2.3']],
        ['E4.2.5', ['E4.2.3']],
        ['E4.2.6', undefined],
      ],
    );
  });
});
