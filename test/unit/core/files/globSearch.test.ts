// One search for all plan globs: the flattened glob matches exactly what the separate globs match.
import { strict as assert } from 'assert';
import { PLAN_GLOBS } from '../../../../src/core/files/classify';
import { compileGlob } from '../../../../src/core/files/glob';
import { expandBraces, oneSearchGlob } from '../../../../src/core/files/globSearch';

describe('one search glob for many globs', () => {
  it('expands nested and sequential brace groups in order', () => {
    assert.deepEqual(expandBraces('**/a.{json,y{a,}ml}'), ['**/a.json', '**/a.yaml', '**/a.yml']);
    assert.deepEqual(expandBraces('{x,y}/{1,2}.md'), ['x/1.md', 'x/2.md', 'y/1.md', 'y/2.md']);
    assert.deepEqual(expandBraces('plain/*.md'), ['plain/*.md']);
    assert.deepEqual(expandBraces('broken{a,b'), ['broken{a,b'], 'an unclosed brace stays literal');
  });

  it('joins the default plan globs into one brace group without nesting', () => {
    const glob = oneSearchGlob(PLAN_GLOBS);
    assert.equal(glob.split('{').length, 2, `one brace group: ${glob}`);
    assert.equal(oneSearchGlob(['**/*.md']), '**/*.md');
    assert.equal(oneSearchGlob(['**/*.md', '**/*.md']), '**/*.md');
  });

  it('matches exactly the paths the separate globs match', () => {
    const one = compileGlob(oneSearchGlob(PLAN_GLOBS));
    const each = PLAN_GLOBS.map((g) => compileGlob(g));
    const paths = [
      'orchestrator-state.json',
      'a/orchestrator-state-v3.json',
      'orchestrator-state.yml',
      'orchestrator-state.toml',
      'x/target-repo-config.yaml',
      'target-repo-config.json',
      '.infrastructure-metadata.json',
      'infrastructure-metadata.json',
      'phase-plans/PHASE-2-IMPLEMENTATION-PLAN.md',
      'docs/my-plan.md',
      'README.md',
      'PLAN.txt',
    ];
    for (const p of paths)
      assert.equal(
        one.test(p),
        each.some((g) => g.test(p)),
        p,
      );
  });
});
