// An "order of work" written as arrow chains of effort ids (`- E4.1.1 → E4.1.2 → E4.1.4`) gives each effort a
// dependency on the one before it; lines that are not wholly such a chain, and ids the file does not declare, give
// nothing. Through readPlanText and the engine (merge and checks).
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { find, lint } from '../../../support/builders';

const FILE = '/ws/planning/WAVE-4.1-PLAN.md';
const PLAN = [
  '# Wave 4.1 Plan — Reporting',
  '',
  '#### E4.1.1 — Report model',
  'Estimate: 350 lines.',
  '',
  '#### E4.1.2 — CSV export',
  'Estimate: 250 lines.',
  '',
  '#### E4.1.3 — PDF export',
  'Estimate: 650 lines.',
  '',
  '#### E4.1.4 — Scheduler',
  'Estimate: 400 lines.',
  '',
  '## Order of work',
  '',
  '- E4.1.1 → E4.1.2 → E4.1.4',
  '- `E4.1.1` -> `E4.1.3`.',
  'E4.1.3 => E4.1.4',
  '- E4.1.2 ⟶ E4.1.9',
  '',
  'E4.1.1 → merged last week; the client moved 1.2.3 → 1.2.4.',
  '',
  '```mermaid',
  'graph TD',
  '  E4.1.4 -> E4.1.1',
  '```',
  '',
].join('\n');

describe('arrow chains of effort ids', () => {
  it("reads each arrow written alone in a file, after a quote's `>` and list dashes", () => {
    for (const arrow of ['->', '=>', '→', '⟶', '⇒']) {
      const text = [
        '> note',
        '',
        '#### E4.1.1 — a',
        '',
        '- x',
        '',
        '#### E4.1.2 — b',
        '',
        `E4.1.1 ${arrow} E4.1.2`,
      ].join('\n');
      const r = readPlanText(FILE, text);
      const deps = r.efforts.flatMap((f) =>
        f.id === 'E4.1.2' && f.dependsOn ? f.dependsOn.refs.map((x) => x.id) : [],
      );
      assert.deepEqual(deps, ['E4.1.1'], arrow);
    }
  });

  it('makes each effort of a chain depend on the one before it, located at that id', () => {
    const r = readPlanText(FILE, PLAN);
    const deps = (id: string) =>
      r.efforts.flatMap((f) => (f.id === id && f.dependsOn ? f.dependsOn.refs.map((x) => x.id) : []));
    assert.deepEqual(deps('E4.1.1'), []);
    assert.deepEqual(deps('E4.1.2'), ['E4.1.1']);
    assert.deepEqual(deps('E4.1.3'), ['E4.1.1']);
    assert.deepEqual(deps('E4.1.4'), ['E4.1.2', 'E4.1.3']);
    const e412 = r.efforts.find((f) => f.id === 'E4.1.2' && f.dependsOn)!;
    assert.deepEqual(e412.dependsOn!.refs[0].span, find(FILE, PLAN, 'E4.1.1', 1));
  });

  it('makes up no effort for an id the file does not declare, and reads no sentence or mermaid line', () => {
    const { project, diagnostics } = lint({ [FILE]: PLAN });
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.dependsOn]),
      [
        ['E4.1.1', []],
        ['E4.1.2', ['E4.1.1']],
        ['E4.1.3', ['E4.1.1']],
        ['E4.1.4', ['E4.1.2', 'E4.1.3']],
      ],
    );
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      [],
    );
  });

  it('gives way to the dependencies an effort declares itself', () => {
    const own = PLAN.replace('#### E4.1.4 — Scheduler\n', '#### E4.1.4 — Scheduler\n**Depends on**: E4.1.2\n');
    assert.deepEqual(lint({ [FILE]: PLAN }).project.byId.get('E4.1.4')!.dependsOn, ['E4.1.2', 'E4.1.3']);
    assert.deepEqual(lint({ [FILE]: own }).project.byId.get('E4.1.4')!.dependsOn, ['E4.1.2']);
  });
});
