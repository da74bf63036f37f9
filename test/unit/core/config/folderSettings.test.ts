// `.vscode/settings.json` as the CLI reads it: JSONC like VS Code, flat and nested keys, and the same value checks
// as the editor's reading of explicit settings (one function, settingsOverridesOf, serves both).
import { strict as assert } from 'assert';
import { parseFolderSettings } from '../../../../src/core/config/folderSettings';
import { layerOverrides, settingsOverridesOf } from '../../../../src/core/config/overrides';
import { resolveProjectSettings } from '../../../../src/core/config/settings';

const F = '/ws/.vscode/settings.json';

describe('.vscode/settings.json for the CLI', () => {
  it('reads JSONC: comments, trailing commas, flat and nested waveplan keys; other settings and language blocks are ignored', () => {
    const text = [
      '{',
      '  // the team limit',
      '  "waveplan.limits.hard": 600,',
      '  /* nested forms VS Code also reads */',
      '  "waveplan": { "limits": { "soft": 450, }, },',
      '  "waveplan.lineCounter": { "exclude": ["gen/"] },',
      '  "editor.tabSize": 2,',
      '  "[markdown]": { "waveplan.branchTemplate": "md/{slug}" },',
      '}',
    ].join('\n');
    const { values, problems } = parseFolderSettings(F, text);
    assert.deepEqual(problems, []);
    assert.deepEqual(Object.fromEntries(values), {
      'waveplan.limits.hard': 600,
      'waveplan.limits.soft': 450,
      'waveplan.lineCounter.exclude': ['gen/'],
    });
  });

  it('a broken file: its position is a problem, and what parses still applies (as in the editor)', () => {
    const { values, problems } = parseFolderSettings(
      F,
      '{\n  "waveplan.exclude": ["old/**"],\n  oops\n  "waveplan.branchTemplate": "t/{slug}"\n}',
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^\/ws\/\.vscode\/settings\.json:3:3: InvalidSymbol/);
    assert.deepEqual(values.get('waveplan.exclude'), ['old/**']);
    assert.equal(values.get('waveplan.branchTemplate'), 't/{slug}');
    assert.equal(parseFolderSettings(F, '[1]').problems.length, 1);
    assert.deepEqual(parseFolderSettings(F, '').problems, []);
  });

  it('values are checked as the editor checks explicit settings: blanks, bad strategies, non-positive limits and unknown groups ignored', () => {
    const written: Record<string, unknown> = {
      'limits.hard': 0,
      'limits.soft': 650,
      branchTemplate: '  ',
      worktreeRoot: ' ../wt ',
      baseStrategy: 'sideways',
      exclude: ['', 'archive/**', 7],
      'lineCounter.excludeGroups': ['docs', 'nonsense'],
      worktreeDirectory: '',
    };
    const o = settingsOverridesOf((key) => written[key]);
    assert.deepEqual(o.limits, { soft: 650 });
    assert.equal(o.branchTemplate, undefined);
    assert.equal(o.worktreeRoot, '../wt');
    assert.equal(o.baseStrategy, undefined);
    assert.deepEqual(o.exclude, ['archive/**']);
    assert.deepEqual(o.lineCounterGroups, ['docs']);
    // An explicit empty worktreeDirectory means "the repo config's pattern": it overrides the project file's.
    assert.equal(resolveProjectSettings({ worktreeDirectory: '{effort_id}' }, o).worktreeDirectory, '');
  });

  it('layers key by key: flags over the folder settings over the project file, limits hard and soft apart', () => {
    const folder = settingsOverridesOf(
      (key) => ({ 'limits.soft': 550, branchTemplate: 'vs/{slug}', exclude: ['a/**'] })[key as string],
    );
    const flags = { limits: { hard: 900 }, exclude: ['b/**'] };
    const s = resolveProjectSettings(
      { limits: { hard: 600, soft: 500 }, branchTemplate: 'file/{slug}', defaultBranch: 'trunk' },
      layerOverrides(folder, flags),
    );
    assert.deepEqual(s.limits, { hard: 900, soft: 550 });
    assert.equal(s.branchTemplate, 'vs/{slug}');
    assert.deepEqual(s.exclude, ['b/**']);
    assert.equal(s.defaultBranch, 'trunk');
  });
});
