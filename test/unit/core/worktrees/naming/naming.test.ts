import { strict as assert } from 'assert';
import type { RepoConfig } from '../../../../../src/core/model/model';
import { globToRegExp } from '../../../../../src/core/sizes/lineGlob';
import { LineCounter } from '../../../../../src/core/sizes/lineCounter';
import {
  branchFor,
  branchPatterns,
  cleanRefText,
  effortVars,
  parseSplit,
  repoConfigBranchTemplate,
  splitBranch,
  worktreePathFor,
} from '../../../../../src/core/worktrees/naming/naming';
import { resolveSettings } from '../../../../../src/core/worktrees/settings';
import { expandTemplate } from '../../../../../src/core/worktrees/naming/template';
import { effort } from '../../../../fixtures/worktrees/tempRepo';

const idp: RepoConfig = {
  file: '/plans/target-repo-config.yaml',
  projectPrefix: 'idpbuilder-push-oci',
  branchPattern: 'phase{phase}/wave{wave}/{effort_name}',
  integrationPattern: 'phase{phase}-wave{wave}-integration',
  effortDirectoryPattern: 'efforts/phase{phase}/wave{wave}/{effort_name}',
};
const settings = resolveSettings();

describe('worktree naming (pure)', () => {
  it('prefers the declared branch, cleaned of backticks and a trailing remark', () => {
    const e = effort({ id: 'E1.1.1', phase: 1, wave: 1, branch: '`team/x-1` (new)' });
    assert.deepEqual(branchFor(e, settings, idp), { branch: 'team/x-1', source: 'declared' });
    assert.equal(
      cleanRefText('idpbuilder-oci-push/phase2-integration (Wave 2.1 complete)'),
      'idpbuilder-oci-push/phase2-integration',
    );
    assert.equal(
      cleanRefText('x$(touch /tmp/p)'),
      'x$(touch /tmp/p)',
      'hostile text is kept whole so validation sees it',
    );
  });

  it('uses the repo config pattern with the project prefix', () => {
    const e = effort({ id: 'E1.2.3', name: 'Registry Override (Viper)', phase: 1, wave: 2 });
    assert.deepEqual(branchFor(e, settings, idp), {
      branch: 'idpbuilder-push-oci/phase1/wave2/registry-override-viper',
      source: 'repo-config',
    });
    assert.equal(
      repoConfigBranchTemplate({ ...idp, branchPattern: '{project_prefix}-p{phase}w{wave}-{effort_id}' }),
      '{project_prefix}-p{phase}w{wave}-{effort_id}',
    );
  });

  it('takes {effort_name} from the declared folder name when there is one', () => {
    const e = effort({
      id: 'E1.1.1',
      name: 'Docker Client Interface Definition',
      phase: 1,
      wave: 1,
      directory: 'efforts/phase1/wave1/effort-1-docker-interface',
    });
    assert.equal(branchFor(e, settings, idp).branch, 'idpbuilder-push-oci/phase1/wave1/effort-1-docker-interface');
    assert.equal(effortVars(e, idp).slug, 'docker-client-interface-definition');
  });

  it('falls back to the template, and names the placeholder an effort cannot fill', () => {
    assert.deepEqual(
      branchFor(effort({ id: 'E2.3.4', name: 'Push Command', phase: 2, wave: 3 }), settings, undefined),
      {
        branch: 'waveplan/phase2/wave3/push-command',
        source: 'template',
      },
    );
    // A plan that names no phase (`## Wave 2` over `### Task 2.1`, kcp's Wave 0): the built-in template without it.
    const unphased = (wave?: number) => effort({ id: 'w2-1-timeline', name: 'Incident timeline', wave });
    assert.deepEqual(branchFor(unphased(2), settings, undefined), {
      branch: 'waveplan/wave2/incident-timeline',
      source: 'template',
    });
    assert.equal(branchFor(unphased(), settings, undefined).branch, 'waveplan/incident-timeline');
    assert.ok(branchPatterns(settings, undefined).some((re) => re.test('waveplan/wave2/incident-timeline')));
    // A template the user chose is theirs: the plan's gap, and the two ways out.
    const own = { ...settings, branchTemplate: 'team/phase{phase}/{slug}' };
    assert.throws(() => branchFor(effort({ id: 'wave-planning', name: 'Wave planning' }), own, undefined), {
      name: 'TemplateError',
      missing: 'phase',
      message:
        'branch of wave-planning: the plan names none, and gives no phase for {phase} of "team/phase{phase}/{slug}"; ' +
        'give it a `**Branch**:` line in its plan, or use a branch template (waveplan.branchTemplate, or branchTemplate in .waveplan.json) without {phase}',
    });
    assert.throws(
      () =>
        branchFor(effort({ id: 'docs-pass', name: 'x', phase: 2 }), settings, {
          branchPattern: 'p{phase}/w{wave}/{slug}',
        } as RepoConfig),
      /^TemplateError: branch of docs-pass: .* no wave for \{wave\} of "p\{phase\}\/w\{wave\}\/\{slug\}"; .* a branch pattern in the repository config without \{wave\}$/,
    );
    // A template the settings got wrong stays the settings' error.
    assert.throws(
      () =>
        branchFor(
          effort({ id: 'E2.3.4', name: 'x', phase: 2, wave: 3 }),
          { ...settings, branchTemplate: 'x/{nope}' },
          undefined,
        ),
      /^TemplateError: branch of E2\.3\.4: unknown placeholder \{nope\}/,
    );
    assert.throws(
      () => expandTemplate('x/{nope}', { phase: '1' }, 'branch of E1.1.1'),
      /unknown placeholder \{nope\} in "x\/\{nope\}" \(known: \{phase\}\)/,
    );
  });

  it('puts worktrees under root/{directory pattern}, relative to the main worktree', () => {
    const e = effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1 });
    assert.equal(
      worktreePathFor(e, 'waveplan/phase1/wave1/alpha', settings, undefined, '/src/app', 'app'),
      '/src/app-worktrees/waveplan-phase1-wave1-alpha',
    );
    assert.equal(
      worktreePathFor(e, 'b', settings, idp, '/src/app', 'app', '/tmp/wt'),
      '/tmp/wt/efforts/phase1/wave1/alpha',
    );
  });

  it('refuses a folder that would leave the root or land in .git', () => {
    const e = effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1 });
    assert.throws(
      () => worktreePathFor(e, 'b', resolveSettings({ directoryTemplate: '../../etc' }), undefined, '/src/app', 'app'),
      /would leave the worktree root/,
    );
    assert.throws(
      () =>
        worktreePathFor(
          e,
          'b',
          resolveSettings({ root: '.', directoryTemplate: '.git/x' }),
          undefined,
          '/src/app',
          'app',
        ),
      /inside its \.git folder/,
    );
    const sneaky = effort({ id: 'E1.1.2', name: 'x', phase: 1, wave: 1, directory: 'efforts/..' });
    assert.equal(effortVars(sneaky, idp).effort_name, 'x', 'a folder name like ".." is never used');
  });

  it('parses and builds split branch names with either separator', () => {
    assert.deepEqual(parseSplit('p/x-split-002'), { stem: 'p/x', separator: '-', number: 2, width: 3 });
    assert.deepEqual(parseSplit('p/x--split-010'), { stem: 'p/x', separator: '--', number: 10, width: 3 });
    assert.equal(parseSplit('p/x-splitter'), undefined);
    assert.equal(splitBranch(parseSplit('p/x--split-010')!, 9), 'p/x--split-009');
  });

  it('recognises branches our templates would produce (for unplanned branches)', () => {
    const [fromConfig, fromTemplate] = branchPatterns(settings, idp);
    assert.ok(fromConfig.test('idpbuilder-push-oci/phase3/wave1/some-effort'));
    assert.ok(fromConfig.test('idpbuilder-push-oci/phase3/wave1/some-effort-split-002'));
    assert.ok(!fromConfig.test('idpbuilder-push-oci/phaseX/wave1/some-effort'));
    assert.ok(!fromConfig.test('feature/other'));
    assert.ok(fromTemplate.test('waveplan/phase1/wave2/x'));
  });
});

describe('line-counter rules', () => {
  it('matches globs like .gitignore: bare names anywhere, name/ as a folder at any depth', () => {
    assert.ok(globToRegExp('*.md').test('a/b/c.md'));
    assert.ok(globToRegExp('test/').test('pkg/test/x.go'));
    assert.ok(!globToRegExp('test/').test('pkg/latest/x.go'));
    assert.ok(globToRegExp('src/gen/').test('src/gen/a.go'));
    assert.ok(!globToRegExp('src/gen/').test('x/src/gen/a.go'));
    assert.ok(globToRegExp('*.{go,ts}').test('a/b.ts'));
  });

  it('counts only code insertions by default, and can count tests again', () => {
    const entries = [
      { path: 'pkg/a.go', insertions: 100, deletions: 3, binary: false },
      { path: 'pkg/a_test.go', insertions: 50, deletions: 0, binary: false },
      { path: 'docs/x.md', insertions: 7, deletions: 0, binary: false },
      { path: 'api/zz_generated.deepcopy.go', insertions: 400, deletions: 0, binary: false },
      { path: 'config.yaml', insertions: 9, deletions: 0, binary: false },
      { path: 'go.sum', insertions: 30, deletions: 0, binary: false },
      { path: 'vendor/lib/x.go', insertions: 80, deletions: 0, binary: false },
      { path: '.github/workflows/ci.yml', insertions: 20, deletions: 0, binary: false },
      { path: '.software-factory/p/plan.txt', insertions: 5, deletions: 0, binary: false },
      { path: 'logo.png', insertions: 0, deletions: 0, binary: true },
      { path: 'cmd/main.go', insertions: 12, deletions: 0, binary: false },
    ];
    const byDefault = new LineCounter().classify(entries);
    assert.equal(byDefault.insertions, 112);
    assert.deepEqual(
      byDefault.files.filter((f) => !f.counted).map((f) => [f.path, f.excludedBy]),
      [
        ['pkg/a_test.go', '*_test.go'],
        ['docs/x.md', '*.md'],
        ['api/zz_generated.deepcopy.go', 'zz_generated*'],
        ['config.yaml', '*.yaml'],
        ['go.sum', 'go.sum'],
        ['vendor/lib/x.go', 'vendor/'],
        ['.github/workflows/ci.yml', '*.yml'],
        ['.software-factory/p/plan.txt', '*.txt'],
        ['logo.png', 'binary'],
      ],
    );
    const withTests = new LineCounter({
      groups: ['docs', 'generated', 'config', 'lockFiles', 'vendor', 'meta'],
    }).classify(entries);
    assert.equal(withTests.insertions, 162);
    assert.equal(new LineCounter({ include: ['cmd/'] }).classify(entries).insertions, 12);
    assert.equal(new LineCounter({ exclude: ['cmd/'] }).classify(entries).insertions, 100);
  });
});
