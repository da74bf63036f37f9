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

  // Cases the 10,000-case runs reported, replayed from (seed, case number): each once failed (or timed out).
  for (const [seed, from] of [[4242, 5018]]) {
    it(`replays seed ${seed} case ${from} without a failure`, async () => {
      assert.deepEqual(await runFuzz({ cases: 1, seed, from, timeoutMs: 120_000 }), []);
    });
  }
});
