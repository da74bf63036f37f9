// A key with nothing after it, then a list: `Dependencies:` over `- E4.1.1 (session store)`. The items are the key's
// references — never declarations of efforts — in plain, bold and nested forms. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

function read(lines: string[]): Array<[string, string | undefined, string[] | undefined]> {
  const r = readPlanText('/ws/WAVE-4.1-PLAN.md', ['# Wave 4.1 Plan', '', ...lines, ''].join('\n'));
  return r.efforts.map((f) => [f.id, f.name?.value, f.dependsOn?.refs.map((x) => x.id)]);
}

const LOGIN = (key: string, indent: string) => [
  '### [E4.1.1] Session store',
  '- Size: ~300 lines',
  '',
  '### [E4.1.2] Login flow',
  '- Size: ~450 lines',
  `${key}`,
  `${indent}- E4.1.1 (session store)`,
  `${indent}- E3.2.4 — auth tokens, from phase 3`,
];

describe('markdown reader: the list under a dependency key', () => {
  for (const [form, key, indent] of [
    ['a nested plain key', '- Dependencies:', '  '],
    ['a nested bold key', '- **Dependencies**:', '  '],
    ['a plain key line right after the size item', 'Dependencies:', ''],
    ['a bold key line', '**Depends on:**', ''],
  ]) {
    it(`reads ${form}: its items are references, and declare nothing`, () => {
      assert.deepEqual(read(LOGIN(key, indent)), [
        ['E4.1.1', 'Session store', undefined],
        ['E4.1.2', 'Login flow', ['E4.1.1', 'E3.2.4']],
      ]);
    });
  }

  it('stops at the next key: `Parallel with:` below the list starts its own', () => {
    const r = readPlanText(
      '/ws/WAVE-4.1-PLAN.md',
      [
        '### [E4.1.2] Login flow',
        '- Size: ~450 lines',
        'Dependencies:',
        '- E4.1.1',
        'Parallel with:',
        '- E4.1.3',
        '',
      ].join('\n'),
    );
    const f = r.efforts.find((x) => x.id === 'E4.1.2')!;
    assert.deepEqual(
      [f.dependsOn?.refs.map((x) => x.id), f.parallelWith?.refs.map((x) => x.id)],
      [['E4.1.1'], ['E4.1.3']],
    );
  });

  it('keeps a bullet list of efforts under a heading a declaration list', () => {
    assert.deepEqual(read(['## Efforts', '', '- E4.1.1 session-store (~300 lines)', '- E4.1.2 login (~450 lines)']), [
      ['E4.1.1', 'session-store', undefined],
      ['E4.1.2', 'login', undefined],
    ]);
  });
});
