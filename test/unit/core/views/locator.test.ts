import { strict as assert } from 'assert';
import type { DependencyRef, Effort, EffortFact, Project, Span } from '../../../../src/core/model/model';
import { locatorFor, ProjectLocator } from '../../../../src/core/views/locator';

const span = (file: string, line: number, column: number, endColumn: number, endLine = line): Span => ({
  file,
  line,
  column,
  endLine,
  endColumn,
});
const ref = (id: string, s: Span, external = false): DependencyRef => ({ id, raw: id, external, span: s });

function effort(id: string, file: string, line: number, dependsOn: string[] = []): Effort {
  return {
    id,
    name: id,
    dependsOn,
    externalDependsOn: [],
    parallelWith: [],
    status: 'planned',
    source: { file, line },
    origins: {},
  };
}

// plan.md:  line 3 `#### E1.1.1: a`, 4 `**Estimated Lines**: 100`;  line 6 `#### E1.1.2: b`, 7 `**Dependencies**: [E1.1.1, Phase 0]`
// state.json: line 2-5 an object about E1.1.1.
function project(): Project {
  const facts = new Map<string, EffortFact[]>([
    [
      'E1.1.1',
      [
        {
          id: 'E1.1.1',
          kind: 'heading',
          span: span('plan.md', 3, 1, 15),
          estimatedLines: { value: 100, span: span('plan.md', 4, 22, 25) },
        },
        { id: 'E1.1.1', kind: 'state', span: span('state.json', 2, 3, 4, 5) },
      ],
    ],
    [
      'E1.1.2',
      [
        {
          id: 'E1.1.2',
          kind: 'heading',
          span: span('plan.md', 6, 1, 15),
          dependsOn: {
            span: span('plan.md', 7, 19, 35),
            refs: [ref('E1.1.1', span('plan.md', 7, 20, 26)), ref('Phase 0', span('plan.md', 7, 28, 35), true)],
          },
        },
      ],
    ],
  ]);
  const efforts = [effort('E1.1.1', 'plan.md', 3), effort('E1.1.2', 'plan.md', 6, ['E1.1.1'])];
  return { efforts, byId: new Map(efforts.map((e) => [e.id, e])), facts, phases: [], diagnostics: [], files: [] };
}

describe('extension: locating efforts in plan text', () => {
  const loc = new ProjectLocator(project());

  it('lists declarations, statements and (non-external) references per file in document order', () => {
    assert.deepEqual(
      loc.occurrencesIn('plan.md').map((o) => `${o.role}:${o.id}@${o.span.line}:${o.span.column}`),
      ['declaration:E1.1.1@3:1', 'declaration:E1.1.2@6:1', 'reference:E1.1.1@7:20'],
    );
    assert.deepEqual(
      loc.occurrencesOf('E1.1.1').map((o) => `${o.role}@${o.span.file}:${o.span.line}`),
      ['declaration@plan.md:3', 'statement@state.json:2', 'reference@plan.md:7'],
    );
  });

  it('finds the id under a position: a reference wins inside a metadata block', () => {
    assert.equal(loc.at('plan.md', 7, 22)?.id, 'E1.1.1');
    assert.equal(loc.at('plan.md', 7, 22)?.role, 'reference');
    assert.equal(loc.at('plan.md', 7, 30), undefined, 'external references are not efforts');
    assert.equal(loc.at('plan.md', 6, 5)?.id, 'E1.1.2');
    assert.equal(loc.at('plan.md', 5, 1), undefined);
  });

  it('finds the effort whose block covers a position, from its heading through its metadata', () => {
    assert.equal(loc.effortAt('plan.md', 4, 1)?.id, 'E1.1.1');
    assert.equal(loc.effortAt('plan.md', 7, 21)?.id, 'E1.1.2');
    assert.equal(loc.effortAt('plan.md', 5, 1), undefined);
    assert.equal(loc.effortAt('state.json', 4, 2)?.id, 'E1.1.1');
  });

  it('takes the declaring fact as the definition', () => {
    assert.deepEqual(loc.declaration('E1.1.1'), span('plan.md', 3, 1, 15));
    assert.equal(loc.declaration('E9.9.9'), undefined);
  });

  it('builds one locator per project snapshot', () => {
    const p = project();
    assert.equal(locatorFor(p), locatorFor(p));
    assert.notEqual(locatorFor(p), locatorFor(project()));
  });
});
