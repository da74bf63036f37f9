// A fixed-seed slice of the fuzzer (npm run fuzz): mutated corpus and fixture plans through inspect, lint, waves and
// graph in a worker process; any crash, hang, stack trace, invalid JSON or changed input fails it.
import { strict as assert } from 'assert';
import { runFuzz } from '../../fuzz/run';

describe('fuzz slice (seed 1, 25 cases)', function () {
  this.timeout(120_000); // a shared machine; the slice itself takes ~10 s

  it('finds no crash, hang, stack trace, invalid JSON or changed input', async () => {
    const failures = await runFuzz({ cases: 25, seed: 1, timeoutMs: 60_000 });
    assert.deepEqual(failures, []);
  });
});
