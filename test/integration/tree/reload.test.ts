// Developer: Reload Window with the Waveplan view open, in fresh windows (a new browser context each) on a copy of the
// example and on a folder without plans. VS Code restores the side bar before any extension runs, so the view must
// exist without the extension (it fell back to the Explorer when the view waited for a context key the extension
// set). VS Code shows "no data provider" in a restored tree view until it registers extensions' welcome content (at
// its Restored phase, after the side bar): that moment is logged, and the settled view must not show it.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT, bridge } from '../support/helpers';

const WAVEPLAN = 'workbench.view.extension.waveplan';

interface Sidebar {
  containers: string[];
  rows: string[];
  welcome: string;
  messages: string[];
  noProvider: false | { from: number; to: number };
}

function reload(folder: string, screenshot: string): Promise<{ before: Sidebar; after: Sidebar }> {
  return bridge.request('reloadLook', { folder, screenshot }, 300_000);
}

function assertSettled(look: Sidebar, when: string): void {
  assert.ok(!look.messages.some((m) => m.includes('no data provider')), `${when}: ${look.messages.join(' | ')}`);
  if (look.noProvider)
    console.log(`    ${when}: "no data provider" shown ${look.noProvider.from}–${look.noProvider.to} ms`);
}

describe('the Waveplan view across Reload Window (fresh windows)', function () {
  this.timeout(600_000);
  let tmp: string;

  before(function () {
    if (!bridge.available()) this.skip();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-reload-'));
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('is still the side bar after a reload, with its plans', async () => {
    const folder = path.join(tmp, 'example');
    fs.cpSync(path.join(REPO_ROOT, 'example'), folder, { recursive: true });
    const { before, after } = await reload(folder, 'reload-plans');
    assert.deepEqual(before.containers, [WAVEPLAN]);
    assert.ok(before.rows.length > 0, 'rows before the reload');
    assert.deepEqual(after.containers, [WAVEPLAN], 'the side bar after the reload');
    assert.ok(
      after.rows.some((r) => r.includes('Phase 1')),
      after.rows.join('\n'),
    );
    assertSettled(after, 'after the reload');
  });

  it('tells how to point Waveplan at plans in a folder without any, before and after a reload', async () => {
    const folder = path.join(tmp, 'no-plans');
    fs.mkdirSync(path.join(folder, 'src'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'README.md'), '# A project without plans\n');
    fs.writeFileSync(path.join(folder, 'src', 'main.ts'), 'export const answer = 42;\n');
    const { before, after } = await reload(folder, 'reload-no-plans');
    for (const [when, look] of Object.entries({ before, after })) {
      assert.deepEqual(look.containers, [WAVEPLAN], `the side bar ${when} the reload`);
      assert.match(look.welcome, /No plans were found/, `${when}: ${look.welcome}`);
      assert.match(look.welcome, /waveplan\.planGlobs/, `${when}: ${look.welcome}`);
      assert.match(look.welcome, /\.waveplan\.json/, `${when}: ${look.welcome}`);
      assertSettled(look, `${when} the reload`);
    }
  });
});
