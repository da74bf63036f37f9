// Short error lines for notifications, from the engine's own messages (the full text goes to the Waveplan Git log).
import { strict as assert } from 'assert';
import { shortError } from '../../../../src/core/views/shortError';

describe('shortError', () => {
  it('drops rule numbers, the names tried and the advice after the first clause', () => {
    const full =
      'no base branch for E2.3.1 (R308: wave 2.3 starts from the wave 2.2 integration branch): tried phase2/wave2/integration, phase2/wave2-integration, … (12 names); local branches that could be meant: main, develop. Declare a Base Branch or create one of these.';
    assert.equal(shortError(full), 'no base branch for E2.3.1');
  });

  it('keeps a short message whole and cuts a long one at a readable length', () => {
    assert.equal(shortError('the target folder exists and is not empty'), 'the target folder exists and is not empty');
    const long = shortError(`fatal: ${'x'.repeat(300)}`);
    assert.ok(long.length <= 140 && long.endsWith('…'), long);
    assert.equal(shortError('first line\nsecond line'), 'first line');
  });
});
