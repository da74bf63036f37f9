// Public plans close a heading with its status in lower case too: `## Wave ε — done`, `### 3. Easy launcher — DONE`,
// `### \`src/server_players.c\` (In Progress)`. Before, only upper-case words were read, so `### E3.1.1: Parser —
// done` was a planned effort named `Parser — done`. A tail that is only a status, after a name, is one in any case;
// a name that starts with a status word (`Done Handler`, `Review tooling`) and a note (`— needs review`) are not.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../../src/core/project/engine';

function read(headings: string[]) {
  const engine = new PlanEngine();
  engine.update('/ws/PHASE-3-PLAN.md', ['# Phase 3', '', '## Wave 1', '', ...headings, ''].join('\n'));
  return engine.project().efforts.map((e) => [e.id, e.name, e.status]);
}

describe('markdown reader: a lower-case status closing an effort heading', () => {
  it('after a spaced dash or in brackets, is the status and no part of the name', () => {
    assert.deepEqual(
      read([
        '### E3.1.1: Parser — done',
        '### E3.1.2: Lexer (in progress)',
        '### E3.1.3: Formatter - blocked',
        '### E3.1.4: Printer [done]',
        '### E3.1.5: Checker | in review',
      ]),
      [
        ['E3.1.1', 'Parser', 'done'],
        ['E3.1.2', 'Lexer', 'in-progress'],
        ['E3.1.3', 'Formatter', 'blocked'],
        ['E3.1.4', 'Printer', 'done'],
        ['E3.1.5', 'Checker', 'review'],
      ],
    );
  });

  it('a name made of status words, a note, or a tail with more words is no status', () => {
    assert.deepEqual(
      read([
        '### E3.1.1: Done Handler',
        '### E3.1.2: Review tooling',
        '### E3.1.3: Parser — needs review',
        '### E3.1.4: Cache — done by the platform team',
      ]),
      [
        ['E3.1.1', 'Done Handler', 'planned'],
        ['E3.1.2', 'Review tooling', 'planned'],
        ['E3.1.3', 'Parser — needs review', 'planned'],
        ['E3.1.4', 'Cache — done by the platform team', 'planned'],
      ],
    );
  });
});
