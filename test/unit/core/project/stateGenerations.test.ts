// Two generations of state files (`orchestrator-state.json` beside `orchestrator-state-v3.json`): where the older
// one records another effort under the same id (another name, on its own branch) it is a record of an earlier plan,
// an info; where it records the same effort differently (its name agrees), a warning, as two state files of one
// generation disagreeing are. Read through the product's engine.
import { strict as assert } from 'assert';
import { lint } from '../../support/builders';

const record = (name: string, branch: string) => JSON.stringify([{ id: 'E1.1.3', name, branch, status: 'done' }]);

function severities(older: string, newer: string, olderFile = '/ws/orchestrator-state.json') {
  const { diagnostics } = lint({ [olderFile]: older, '/ws/orchestrator-state-v3.json': newer });
  return diagnostics
    .filter((d) => d.code === 'state-conflict')
    .map((d) => `${d.file.slice(4)} ${d.severity}`)
    .sort();
}

describe('state files of two generations', () => {
  const today = record('Auth & TLS interfaces', 'push/phase1/wave1/effort-3-auth-tls');

  it('an older record of another effort under the id is info', () => {
    assert.deepEqual(severities(record('registry-auth-types', 'build-push/phase1/wave1/registry-auth-types'), today), [
      'orchestrator-state.json info',
      'orchestrator-state.json info',
    ]);
  });

  it('an older record of the same effort on another branch is a warning', () => {
    assert.deepEqual(severities(record('Auth & TLS interfaces', 'push/phase1/wave1/auth-tls'), today), [
      'orchestrator-state.json warning',
    ]);
  });

  it('two files of one generation that disagree are warnings, whatever they name', () => {
    const other = record('registry-auth-types', 'build-push/phase1/wave1/registry-auth-types');
    assert.deepEqual(severities(other, today, '/ws/orchestrator-state-v3.yaml'), [
      'orchestrator-state-v3.yaml warning',
      'orchestrator-state-v3.yaml warning',
    ]);
  });
});
