// One state file recording the same effort twice with different values: `state-conflict` at the losing value,
// worded like the conflicts between files ("X here; Y in line N wins (…)"), through the product's readers.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import type { PlanDiagnostic } from '../../../../../src/core/model/model';
import { find, lint } from '../../../support/builders';

const conflicts = (ds: PlanDiagnostic[]): PlanDiagnostic[] => ds.filter((d) => d.code === 'state-conflict');

const JSON_FILE = 'orchestrator-state-v3.json';
const json = (): string =>
  JSON.stringify(
    {
      pre_planned_infrastructure: {
        efforts: {
          'E3.1.1': {
            name: 'Quota service',
            branch: 'acme/phase3/wave1/quota-service',
            base_branch: 'acme/phase3/wave1/integration',
            estimated_lines: 450,
          },
          'E3.1.2': { name: 'Rate limiter', branch: 'acme/phase3/wave1/rate-limiter' },
        },
      },
      planning_files: {
        phases: {
          phase3: {
            waves: {
              wave1: {
                efforts: {
                  'effort-1': {
                    name: 'Billing exporter',
                    branch: 'acme/phase3/wave1/billing-exporter',
                    base_branch: 'main',
                    estimated_lines: 450,
                  },
                  // Same values, written differently: not a disagreement.
                  'effort-2': { name: 'rate-limiter', branch: 'phase3/wave1/rate-limiter' },
                },
              },
            },
          },
        },
      },
      efforts_in_progress: ['E3.1.1', 'E3.1.2'],
      efforts_completed: ['E3.1.2'],
    },
    null,
    2,
  ) + '\n';

describe('state-conflict inside one state file', () => {
  it('reports each field the weaker record gets wrong at its own value, with the winner and its line', () => {
    const text = json();
    const r = readPlanText(JSON_FILE, text);
    const ds = conflicts(r.diagnostics);
    const at = (needle: string) => find(JSON_FILE, text, needle);
    assert.deepEqual(
      ds.map((d) => [d.line, d.column, d.severity, d.efforts, d.message]),
      [
        [
          at('Billing exporter').line,
          at('Billing exporter').column,
          'warning',
          ['E3.1.1'],
          'E3.1.1: name "Billing exporter" here; "Quota service" in line 5 wins. The record under `pre_planned_infrastructure` takes precedence.',
        ],
        [
          at('acme/phase3/wave1/billing-exporter').line,
          at('acme/phase3/wave1/billing-exporter').column,
          'warning',
          ['E3.1.1'],
          'E3.1.1: branch "acme/phase3/wave1/billing-exporter" here; "acme/phase3/wave1/quota-service" in line 6 wins. The record under `pre_planned_infrastructure` takes precedence.',
        ],
        [
          at('main').line,
          at('main').column,
          'warning',
          ['E3.1.1'],
          'E3.1.1: base branch "main" here; "acme/phase3/wave1/integration" in line 7 wins. The record under `pre_planned_infrastructure` takes precedence.',
        ],
      ],
    );
    // The winner's place is related information; the merged fact keeps the winner's values.
    assert.deepEqual(ds[1].related, [
      {
        span: at('acme/phase3/wave1/quota-service'),
        message: 'winning branch of E3.1.1: "acme/phase3/wave1/quota-service"',
      },
    ]);
    const fact = r.efforts.find((f) => f.id === 'E3.1.1')!;
    assert.equal(fact.branch?.value, 'acme/phase3/wave1/quota-service');
  });

  it('progress (status lists that disagree) and equal sizes are not conflicts; each is reported once in the merged model', () => {
    const { project, diagnostics } = lint({ [JSON_FILE]: json() });
    // E3.1.2 is both in progress and completed, and its two records agree on name and branch: nothing for it.
    assert.ok(conflicts(diagnostics).every((d) => d.efforts[0] === 'E3.1.1'));
    assert.equal(conflicts(diagnostics).length, 3);
    assert.equal(project.byId.get('E3.1.1')!.name, 'Quota service');
  });

  it('YAML: a wave infrastructure record and the phase structure disagree on the size', () => {
    const file = 'orchestrator-state.yaml';
    const text = [
      'phase_structure:',
      '  phase_4:',
      '    waves:',
      '      wave_2:',
      '        efforts:',
      '          - name: ledger-sync',
      '            index: 1',
      '            estimated_lines: 300',
      'phase4_wave2_infrastructure:',
      '  base_branch: acme/phase4/integration',
      '  efforts:',
      '    E4.2.1:',
      '      name: ledger-sync',
      '      branch: acme/phase4/wave2/ledger-sync',
      '      estimated_lines: 650',
      '',
    ].join('\n');
    const d = conflicts(readPlanText(file, text).diagnostics);
    assert.deepEqual(
      d.map((x) => [x.line, x.message]),
      [[15, 'E4.2.1: estimated lines 650 here; 300 in line 8 wins (the record under `phase_structure`).']],
    );
  });

  it('the same record read by two places of the reader is one place, never a conflict with itself', () => {
    const file = 'orchestrator-state.json';
    const text = JSON.stringify({ efforts_completed: [{ effort_id: 'E1.1.1', branch: 'x/phase1/wave1/a' }] }, null, 2);
    assert.deepEqual(conflicts(readPlanText(file, text).diagnostics), []);
  });
});
