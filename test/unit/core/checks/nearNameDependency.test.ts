// A dependency written as words that nearly spell an effort's name (`tokeniser` beside the plan's `tokenizer`) is read
// as work outside the plan, and so drops the real dependency: a warning with a did-you-mean and a fix. Words that
// name nothing close (`billing-api`, `Phase 5 APIs`) stay outside dependencies without a word. Read through the engine.
import { strict as assert } from 'assert';
import { applyFix, lint } from '../../support/builders';

const F = 'PHASE-2-PLAN.md';
const PLAN = (needs: string) =>
  [
    '# Phase 2: Search',
    '',
    '| Wave | Effort | Name | Est. lines | Needs |',
    '|------|--------|------|-----------:|-------|',
    '| 1 | 2.1.1 | tokenizer | 320 | — |',
    '| 1 | 2.1.2 | stemmer | 210 | — |',
    `| 2 | 2.2.1 | inverted-index | 640 | ${needs} |`,
    '',
  ].join('\n');

const near = (needs: string) => lint({ [F]: PLAN(needs) }).diagnostics.filter((d) => d.code === 'unknown-dependency');

describe('check: a dependency that nearly names an effort', () => {
  it('warns at the words, suggests the effort and fixes the words to its name', () => {
    const [d, ...rest] = near('tokeniser, stemmer');
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 'warning');
    assert.equal(
      d.message,
      'E2.2.1 depends on "tokeniser", which names no effort of this plan (read as work outside it). Did you mean E2.1.1 (tokenizer)?',
    );
    const fixed = applyFix({ [F]: PLAN('tokeniser, stemmer') }, d.fixes![0]);
    assert.equal(lint(fixed).project.byId.get('E2.2.1')!.dependsOn.join(), 'E2.1.1,E2.1.2');
  });

  it('says nothing of words that name nothing close, or of phases', () => {
    assert.deepEqual(near('stemmer, billing-api, Phase 1 APIs'), []);
    assert.deepEqual(near('tokenizer, stemmer'), []);
  });
});
