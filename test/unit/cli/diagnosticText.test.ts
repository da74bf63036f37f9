// `lint --format json` writes each finding's line as text (cli/diagnosticText.ts): the same characters as
// JSON.stringify of its diagnosticJson object, whatever its strings hold.
import { strict as assert } from 'assert';
import type { PlanDiagnostic } from '../../../src/core/model/model';
import { diagnosticJson } from '../../../src/cli/commands/inspect';
import { diagnosticJsonWriter } from '../../../src/cli/diagnosticText';
import { displayPaths, withProject } from '../../../src/cli/load';

const ROOT = '/work/plans';

function finding(message: string, extra: Partial<PlanDiagnostic> = {}): PlanDiagnostic {
  return {
    file: `${ROOT}/WAVE-PLAN.md`,
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 11,
    code: 'unknown-dependency',
    severity: 'error',
    message,
    efforts: ['E1.1.1'],
    ...extra,
  };
}

const fix = (title: string) => ({ title, kind: 'remove-dependency' as const, edits: [] });

const STRINGS = [
  'E1.1.1 depends on E1.1.9, which is not an effort of this plan.',
  'quotes " and backslashes \\ and a tab\tand a newline\n',
  'controls \u0000\u0001\u001f and DEL \u007f',
  'non-ASCII: café, 日本語, emoji 🚀, a lone high \ud800 and a lone low \udc00 surrogate',
  '',
  `a path under the root: ${ROOT}/phase1/WAVE-PLAN.md`,
  '\u2028 line and paragraph \u2029 separators',
];

describe('lint --format json: a finding written as text', () => {
  const rel = displayPaths(ROOT);
  const write = diagnosticJsonWriter(rel, ROOT);
  const expected = (d: PlanDiagnostic, project?: string) =>
    JSON.stringify(withProject(diagnosticJson(d, rel, ROOT), project));

  it('is what JSON.stringify writes of its object, whatever its strings hold', () => {
    for (const s of STRINGS)
      for (const project of [undefined, 'code', s]) {
        const cases = [
          finding(s),
          finding('plain', { efforts: [s, 'E1.1.2'], fixes: [fix(s), fix('Remove E1.1.9')] }),
          finding('plain', { efforts: [], fixes: [] }),
          finding('plain', { file: `/elsewhere/${s}.md`, code: 'dependency-cycle', severity: 'warning' }),
        ];
        for (const d of cases) assert.equal(write(d, project), expected(d, project), JSON.stringify(s));
      }
  });

  it('leaves to JSON.stringify what is not as the model has it (a number that is not, a missing list)', () => {
    const odd = [
      finding('x', { line: NaN }),
      finding('x', { endColumn: Infinity }),
      finding('x', { efforts: undefined as unknown as string[] }),
      finding('x', { column: undefined as unknown as number }),
    ];
    for (const d of odd) assert.equal(write(d, undefined), expected(d));
  });
});
