// `.waveplan.json`: valid keys read, garbage reported at its line and never thrown, settings layered.
import { strict as assert } from 'assert';
import { parseProjectConfig } from '../../../../src/core/config/read';
import { DEFAULT_PROJECT_SETTINGS, resolveProjectSettings } from '../../../../src/core/config/settings';
import { PLAN_GLOBS } from '../../../../src/core/files/classify';

const F = '/ws/.waveplan.json';

describe('.waveplan.json', () => {
  it('reads every setting that changes results', () => {
    const r = parseProjectConfig(
      F,
      JSON.stringify({
        limits: { hard: 600, soft: 500 },
        planGlobs: ['**/*.tasks.md'],
        exclude: ['archive/**'],
        branchTemplate: 'team/{phase}-{wave}/{slug}',
        worktreeRoot: '../wt',
        worktreeDirectory: '{effort_id}',
        baseStrategy: 'main',
        defaultBranch: 'trunk',
        lineCounter: { exclude: ['gen/'], include: ['src/'], excludeGroups: ['docs'] },
      }),
    );
    assert.deepEqual(r.diagnostics, []);
    const s = resolveProjectSettings(r.config);
    assert.deepEqual(s.limits, { hard: 600, soft: 500 });
    assert.deepEqual(
      [s.branchTemplate, s.worktreeRoot, s.worktreeDirectory, s.baseStrategy, s.defaultBranch],
      ['team/{phase}-{wave}/{slug}', '../wt', '{effort_id}', 'main', 'trunk'],
    );
    assert.deepEqual(
      [s.exclude, s.planGlobs, s.lineCounterExclude, s.lineCounterInclude, s.lineCounterGroups],
      [['archive/**'], [...PLAN_GLOBS, '**/*.tasks.md'], ['gen/'], ['src/'], ['docs']],
    );
  });

  it('explicit overrides beat the file, key by key, and the file beats the defaults', () => {
    const { config } = parseProjectConfig(
      F,
      '{"limits": {"hard": 600}, "branchTemplate": "team/{slug}", "exclude": ["archive/**"]}',
    );
    const s = resolveProjectSettings(config, { limits: { soft: 450 }, exclude: ['old/**'] });
    assert.deepEqual(s.limits, { hard: 600, soft: 450 });
    assert.equal(s.branchTemplate, 'team/{slug}');
    assert.deepEqual(s.exclude, ['old/**']);
    assert.equal(s.baseStrategy, DEFAULT_PROJECT_SETTINGS.baseStrategy);
  });

  it('garbage: wrong types and unknown keys are located warnings, and only the bad settings are dropped', () => {
    const text = [
      '{',
      '  "limits": { "hard": "lots" },',
      '  "branchTemplate": "ok/{slug}",',
      '  "baseStrategy": "sideways",',
      '  "colour": "blue"',
      '}',
    ].join('\n');
    const r = parseProjectConfig(F, text);
    const found = r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.severity}`).sort();
    assert.deepEqual(found, [
      '2:24 metadata-invalid warning',
      '4:20 metadata-invalid warning',
      '5:4 metadata-invalid warning',
    ]);
    assert.ok(r.diagnostics.every((d) => d.file === F && d.message.includes('.waveplan.json')));
    assert.deepEqual(r.config, { branchTemplate: 'ok/{slug}' });
  });

  it('not JSON, not an object, empty, deeply nested: a diagnostic, never a throw', () => {
    for (const text of ['{ "limits": ', '[1, 2]', '', '42', '{"a":'.repeat(5000), '\u0000\u0001garbage']) {
      const r = parseProjectConfig(F, text);
      assert.ok(r.diagnostics.length >= 1, JSON.stringify(text.slice(0, 20)));
      assert.ok(r.diagnostics.every((d) => d.line >= 1 && d.file === F));
      assert.deepEqual(resolveProjectSettings(r.config).limits, DEFAULT_PROJECT_SETTINGS.limits);
    }
  });
});
