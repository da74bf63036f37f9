import { strict as assert } from 'assert';
import { PLAN_GLOBS } from '../../../../src/core/files/classify';
import { compileAnyGlob, compileGlob } from '../../../../src/core/files/glob';
import { PlanFileFilter } from '../../../../src/core/files/filter';

describe('globs (plan files, excludes, line counter)', () => {
  it('matches `**`, `*`, `?`, classes and nested braces like VS Code globs', () => {
    const cases: [string, string, boolean][] = [
      ['**/*PLAN*.md', 'PHASE-1-PLAN.md', true],
      ['**/*PLAN*.md', 'a/b/wave-plan.md', true],
      ['**/*PLAN*.md', 'a/PLAN.md.bak', false],
      ['**/orchestrator-state*.{json,yaml,yml}', 'x/orchestrator-state-v3.json', true],
      ['**/orchestrator-state*.{json,yaml,yml}', 'orchestrator-state.toml', false],
      ['archive/**', 'archive/deep/PLAN.md', true],
      ['archive/**', 'src/archive/PLAN.md', false],
      ['**/node_modules/**', 'a/node_modules/b/PLAN.md', true],
      ['plans/?.md', 'plans/a.md', true],
      ['plans/?.md', 'plans/ab.md', false],
      ['plans/[!x]*.md', 'plans/y.md', true],
      ['plans/[!x]*.md', 'plans/x.md', false],
      ['{a,b/{c,d}}/*.md', 'b/d/z.md', true],
      ['{a,b/{c,d}}/*.md', 'b/e/z.md', false],
      ['*.md', 'a/b.md', false],
      ['a.b+c(1).md', 'a.b+c(1).md', true],
      ['a.b+c(1).md', 'aXb+c(1).md', false],
    ];
    for (const [glob, p, want] of cases) assert.equal(compileGlob(glob).test(p), want, `${glob} vs ${p}`);
    assert.equal(compileGlob('**/*.MD').test('x/y.md'), true, 'case-insensitive by default');
    assert.equal(compileGlob('**/*.MD', false).test('x/y.md'), false, 'case-sensitive on request');
  });

  it('reads classified plans, skips look-alikes, excludes and the worktree root', () => {
    const f = new PlanFileFilter({ planGlobs: PLAN_GLOBS, exclude: ['archive/**'], worktreeRoot: 'efforts' });
    assert.equal(f.kindOf('phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md'), 'phase-plan');
    assert.equal(f.kindOf('phase-plans\\PHASE-1-IMPLEMENTATION-PLAN.md'), 'phase-plan', 'Windows separators');
    assert.equal(f.kindOf('orchestrator-state.json'), 'state');
    assert.equal(f.kindOf('target-repo-config.yaml'), 'repo-config');
    assert.equal(f.kindOf('docs/explanation.md'), undefined);
    assert.equal(f.kindOf('archive/PHASE-9-IMPLEMENTATION-PLAN.md'), undefined);
    assert.equal(f.kindOf('efforts/phase1/wave1/x/PHASE-1-IMPLEMENTATION-PLAN.md'), undefined);
    assert.equal(f.kindOf('node_modules/pkg/WAVE-PLAN.md'), undefined);
    assert.equal(
      f.searchExclude,
      '{**/node_modules/**,**/.git/**,**/.vscode-test/**,**/vendor/**,**/dist/**,**/out/**,archive/**,efforts/**}',
    );
  });

  it('reads files only a custom glob admits as generic plans, and ignores roots outside the folder', () => {
    const f = new PlanFileFilter({ planGlobs: ['**/*.tasks.md'], exclude: [], worktreeRoot: '../{repo}-worktrees' });
    assert.equal(f.kindOf('sprint.tasks.md'), 'other');
    assert.equal(f.kindOf('PHASE-1-IMPLEMENTATION-PLAN.md'), undefined);
    assert.equal(
      f.searchExclude,
      '{**/node_modules/**,**/.git/**,**/.vscode-test/**,**/vendor/**,**/dist/**,**/out/**}',
    );
  });

  it('compileAnyGlob matches a path when any one of its globs does, and nothing for no glob', () => {
    const globs = [...PLAN_GLOBS, '**/archive/**', 'phase1*/**', '**/*[Ww]ave3*', 'a|b/*.md', '[!x]*.{txt,MD}', '[]x]'];
    const any = compileAnyGlob(globs);
    const paths = ['PLAN.md', 'a/Archive/x', 'phase12/w/x.md', 'w/WAVE3.md', 'a|b/c.md', 'ab/c.md', 'y.TXT', 'x.txt'];
    for (const p of [...paths, 'plans/s.json', 'src/index.ts', ']x', 'a/b']) {
      assert.equal(
        any.test(p),
        globs.some((g) => compileGlob(g).test(p)),
        p,
      );
    }
    assert.deepEqual(
      paths.filter((p) => any.test(p)),
      paths.filter((p) => p !== 'ab/c.md' && p !== 'x.txt'),
    );
    assert.equal(compileAnyGlob([]).test(''), false);
    assert.equal(compileAnyGlob([]).test('PLAN.md'), false);
  });

  it('compileAnyGlob of generated globs and paths agrees with their globs one by one', () => {
    // Seeded generator (xorshift): globs with and without a leading `**/`, their pieces and look-alike paths.
    let seed = 20261208;
    const next = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const pick = <T>(xs: readonly T[]) => xs[next(xs.length)];
    const parts = [
      '**',
      '*',
      '?',
      'plan',
      'PLAN',
      'a',
      'node_modules',
      '.git',
      'x.md',
      '*.md',
      '{a,b}',
      '[Pp]',
      'w?ve',
    ];
    const segs = ['plan', 'Plan.md', 'a', 'b', 'node_modules', '.git', 'x.md', 'wave', 'ab', 'P', '', 'a.b', 'q/r'];
    for (let round = 0; round < 300; round++) {
      const globs = Array.from({ length: 1 + next(5) }, () => {
        const body = Array.from({ length: 1 + next(4) }, () => pick(parts)).join(pick(['/', '', '/']));
        return pick(['**/', '', '**/', './']) + body;
      });
      const any = compileAnyGlob(globs);
      for (let k = 0; k < 20; k++) {
        const path = Array.from({ length: 1 + next(4) }, () => pick(segs)).join('/');
        assert.equal(
          any.test(path),
          globs.some((g) => compileGlob(g).test(path)),
          `${JSON.stringify(globs)} ${path}`,
        );
      }
    }
  });
});
