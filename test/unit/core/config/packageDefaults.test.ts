// The defaults package.json shows in the Settings editor are the ones the product applies, and the editor wakes
// up on exactly the files the scanner reads: one value each, declared twice only because VS Code needs it static.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { EDITOR_DEFAULTS } from '../../../../src/core/config/editorDefaults';
import { DEFAULT_PROJECT_SETTINGS as D } from '../../../../src/core/config/settings';
import { toProjectConfig } from '../../../../src/core/config/jsonSchema';
import { classifyPlanFile, PLAN_GLOBS, ROOT_STATE_FILES } from '../../../../src/core/files/classify';

interface Property {
  default?: unknown;
}
const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
const sections: { properties: Record<string, Property> }[] = [pkg.contributes.configuration].flat();
const declared = new Map(
  sections.flatMap((s) => Object.entries(s.properties)).map(([k, v]) => [k.replace(/^waveplan\./, ''), v.default]),
);

const applied: Record<string, unknown> = {
  'limits.hard': D.limits.hard,
  'limits.soft': D.limits.soft,
  // Your own globs, none by default: the built-in ones (D.planGlobs) always apply, listed in the description.
  planGlobs: toProjectConfig(D).planGlobs,
  exclude: D.exclude,
  baseStrategy: D.baseStrategy,
  defaultBranch: D.defaultBranch,
  branchTemplate: D.branchTemplate,
  worktreeRoot: D.worktreeRoot,
  worktreeDirectory: D.worktreeDirectory,
  'lineCounter.exclude': D.lineCounterExclude,
  'lineCounter.include': D.lineCounterInclude,
  'lineCounter.excludeGroups': D.lineCounterGroups,
  ...EDITOR_DEFAULTS,
};

describe('package.json agrees with the product', () => {
  it('declares every setting the product reads, and no other', () => {
    assert.deepEqual([...declared.keys()].sort(), Object.keys(applied).sort());
  });

  for (const key of Object.keys(applied)) {
    it(`shows the applied default of waveplan.${key}`, () => {
      assert.deepEqual(declared.get(key), applied[key]);
    });
  }

  it('shows no plan globs of the user’s as the default: the built-in ones are not a list the user could empty', () => {
    assert.deepEqual(declared.get('planGlobs'), []);
    assert.deepEqual(D.planGlobs, PLAN_GLOBS);
  });

  it('activates on exactly the plan globs the scanner reads, and on the root state files by name', () => {
    const globs = (pkg.activationEvents as string[]).filter((e) => e.startsWith('workspaceContains:'));
    assert.deepEqual(
      globs.map((e) => e.slice('workspaceContains:'.length)).sort(),
      [...PLAN_GLOBS, ...ROOT_STATE_FILES].sort(),
    );
    // Each name is a file the scanner reads (a name VS Code could wake on for a file Waveplan then ignores is a bug).
    for (const name of ROOT_STATE_FILES) assert.ok(classifyPlanFile(name), name);
  });
});
