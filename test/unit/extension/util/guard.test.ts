import { strict as assert } from 'assert';
import { guarded } from '../../../../src/extension/util/guard';

describe('extension: guarded command handlers', () => {
  it('passes arguments and results through', async () => {
    const shown: string[] = [];
    const fn = guarded(
      'waveplan.x',
      async (a: number, b: number) => a + b,
      (m) => shown.push(m),
    );
    assert.equal(await fn(2, 3), 5);
    assert.deepEqual(shown, []);
  });

  it('turns a rejection into a message and an undefined result', async () => {
    const shown: string[] = [];
    const fn = guarded(
      'waveplan.createExamplePlan',
      async () => {
        throw new Error('EACCES: permission denied');
      },
      (m) => shown.push(m),
    );
    assert.equal(await fn(), undefined);
    assert.deepEqual(shown, ['Waveplan: createExamplePlan failed: EACCES: permission denied']);
  });

  it('turns a synchronous throw of a non-Error into a message', async () => {
    const shown: string[] = [];
    const fn = guarded(
      '_waveplan.openEffort',
      () => {
        throw 'gone';
      },
      (m) => shown.push(m),
    );
    assert.equal(await fn(), undefined);
    assert.deepEqual(shown, ['Waveplan: openEffort failed: gone']);
  });
});
