// A branch field that says the branch is not known yet (`TBD`, `n/a (not started)`, `-`) names no branch: the naming
// pattern applies, and two such efforts share nothing. A branch written with where git keeps it (`refs/heads/x`,
// `origin/x`) is the local branch `x`. Through readPlanText and the checks.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { find, lint } from '../../../support/builders';

const FILE = '/ws/WAVE-2.3-PLAN.md';

function plan(fields: string[][]): string {
  const lines = ['# Phase 2 Wave 3 Plan', ''];
  fields.forEach((f, i) => lines.push(`### E2.3.${i + 1}: Part ${i + 1}`, ...f, ''));
  return lines.join('\n');
}

describe('branch values: placeholders and ref prefixes', () => {
  it('reads no branch, base or directory from a placeholder', () => {
    const values = ['TBD', 'n/a (not started)', '-', '—', '`TBD`', '*none yet*', '<branch-name>', 'tba'];
    const text = plan(values.map((v) => [`**Branch**: ${v}`, `**Base Branch**: ${v}`, `**Working Directory**: ${v}`]));
    const r = readPlanText(FILE, text);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.branch?.value, f.baseBranch?.value, f.directory?.value]),
      values.map((_, i) => [`E2.3.${i + 1}`, undefined, undefined, undefined]),
    );
  });

  it('reads the same placeholders in a table and in a state file', () => {
    const table = ['| Effort | Name | Branch |', '|---|---|---|', '| E2.3.1 | a | TBD |', '| E2.3.2 | b | n/a |'];
    const r = readPlanText(FILE, ['# Phase 2 Wave 3 Plan', '', ...table, ''].join('\n'));
    assert.deepEqual(
      r.efforts.map((f) => f.branch?.value),
      [undefined, undefined],
    );
    const state = { efforts: { 'E2.3.1': { name: 'a', branch: 'TBD', base_branch: 'n/a' } } };
    const s = readPlanText('/ws/orchestrator-state.json', JSON.stringify(state, null, 2));
    assert.deepEqual(
      s.efforts.map((f) => [f.branch?.value, f.baseBranch?.value]),
      [[undefined, undefined]],
    );
  });

  it('gives no shared-branch warning for two efforts whose branch is TBD', () => {
    const text = plan([
      ['**Branch**: TBD'],
      ['**Branch**: TBD'],
      ['**Branch**: `pay/ledger`'],
      ['**Branch**: `pay/ledger`'],
    ]);
    const shared = lint({ [FILE]: text }).diagnostics.filter((d) => d.code === 'shared-branch');
    assert.deepEqual(
      shared.map((d) => d.efforts),
      [['E2.3.4', 'E2.3.3']],
    );
  });

  it('keeps a branch whose name only starts like a placeholder', () => {
    const text = plan([['**Branch**: `tbd-cleanup`'], ['**Branch**: none-handler'], ['**Branch**: notes/api']]);
    assert.deepEqual(
      readPlanText(FILE, text).efforts.map((f) => f.branch?.value),
      ['tbd-cleanup', 'none-handler', 'notes/api'],
    );
  });

  it('reads an effort’s branch written as a ref or a remote branch as its local name, located there', () => {
    const text = plan([
      ['**Branch**: `origin/feat/parser`', '**Base Branch**: `origin/main`'],
      ['**Branch**: `refs/heads/feat/printer`', '**Base Branch**: `refs/heads/develop`'],
      ['**Branch**: refs/remotes/upstream/feat/lexer', '**Base Branch**: refs/remotes/upstream/develop'],
    ]);
    const r = readPlanText(FILE, text);
    assert.deepEqual(
      r.efforts.map((f) => [f.branch?.value, f.baseBranch?.value]),
      [
        ['feat/parser', 'origin/main'],
        ['feat/printer', 'develop'],
        ['feat/lexer', 'upstream/develop'],
      ],
    );
    assert.deepEqual(r.efforts[0].branch?.span, find(FILE, text, 'feat/parser'));
  });
});
