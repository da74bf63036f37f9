// A new user's first look at real plans: a fresh window on a git repository made from the idpbuilder plans of
// ../shared/corpus, opened twice. The Waveplan tree is timed against the built-in Explorer listing the folder in the
// same load (a ratio, not a time: both move with the machine's load); it must open only the current wave and look
// the same on both loads. VS Code's "no data provider" message may show until VS Code has registered the view's
// welcome (the view is contributed without a `when`, so that Reload Window can restore it), never after Waveplan's own
// welcome, progress or rows.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT, bridge } from '../support/helpers';

const CORPUS_REPO = path.resolve(REPO_ROOT, '../shared/corpus/real/jessesanford__idpbuilder');
/**
 * The goal is 1.5× (issue 8). On a shared 2-core machine under a load of 20–35 the first effort row came at
 * 1.7–2.9× (README "Speed"), so this only guards against a regression well above that.
 */
const MAX_RATIO = 4;

interface FirstLook {
  explorerMs: number;
  effortMs: number;
  ratio: number;
  noProvider: number | false;
  noProviderLate: number | false;
  rows: string[];
}

function gitRepoFrom(source: string): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-first-look-')), 'idpbuilder');
  fs.cpSync(source, dir, { recursive: true });
  spawnSync('chmod', ['-R', 'u+w', dir]);
  const git = (...args: string[]) =>
    assert.equal(spawnSync('git', args, { cwd: dir }).status, 0, `git ${args.join(' ')}`);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=first@look.test', '-c', 'user.name=First Look', 'commit', '-qm', 'plans');
  return dir;
}

describe('first look at real plans (fresh windows)', function () {
  this.timeout(600_000);
  let folder: string;
  const loads: FirstLook[] = [];

  before(function () {
    if (!bridge.available() || !fs.existsSync(CORPUS_REPO)) this.skip();
    folder = gitRepoFrom(CORPUS_REPO);
  });
  after(() => folder && fs.rmSync(path.dirname(folder), { recursive: true, force: true }));

  it('fills the tree within a few times the Explorer\'s time, never back to "no data provider"', async () => {
    for (let i = 1; i <= 2; i++) {
      const look = await bridge.request<FirstLook>('firstLook', { folder, screenshot: `first-look-${i}` }, 300_000);
      const noProvider = look.noProvider ? `, "no data provider" at ${look.noProvider.toFixed(0)} ms` : '';
      console.log(
        `    load ${i}: Explorer ${look.explorerMs.toFixed(0)} ms, first effort row ${look.effortMs.toFixed(0)} ms (${look.ratio.toFixed(2)}×)${noProvider}`,
      );
      loads.push(look);
      assert.equal(look.noProviderLate, false, `"no data provider" shown again at ${look.noProviderLate} ms`);
    }
    // The better of two loads: one load can lose seconds to another process on a shared machine.
    const best = Math.min(...loads.map((l) => l.ratio));
    assert.ok(best <= MAX_RATIO, `first effort row at ${best.toFixed(2)}× the Explorer's time (max ${MAX_RATIO}×)`);
  });

  it('opens only the current wave and counts a coordination document in its wave, the same on every load', () => {
    if (loads.length < 2) assert.fail('the loads did not complete');
    assert.deepEqual(loads[1].rows, loads[0].rows);
    const rows = loads[0].rows;
    const efforts = rows.filter((r) => r.startsWith('3 '));
    // Phase 1 Wave 1 is the first with unfinished work: E1.1.1's own plan says In Progress (the "done" an older
    // state file records under that id is another effort's, "Docker Client Interface Definition"). Its efforts are
    // the only ones shown without a click.
    assert.ok(efforts.length > 0 && efforts.every((r) => r.startsWith('3 E1.1.')), efforts.join('\n'));
    assert.ok(
      efforts.some((r) => r.startsWith('3 E1.1.1 ')),
      efforts.join('\n'),
    );
    // `phase3/wave2/wave-planning` says "Phase: 3, Wave: 2": its wave (closed) counts it apart from the work, and no
    // top-level group takes it away from there.
    assert.ok(
      rows.some((r) => r.startsWith('2 Wave 3.2 2 efforts · 600 lines · +1 coordination doc · ')),
      rows.join('\n'),
    );
    assert.ok(!rows.some((r) => r.startsWith('1 Coordination documents')), rows.join('\n'));
  });

  it('shows the same tree when the first scan ends after the view asked for it', async () => {
    if (loads.length < 1) assert.fail('the loads did not complete');
    // A slow first scan (test hook): the view is open and has asked for its tree long before the plans are read, so
    // VS Code's first fetch, the scan's end and git status arrive in the other order than on a fast disk.
    const settings = path.join(folder, '.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify({ 'waveplan.test.holdFirstScanMs': 4000 }));
    try {
      const look = await bridge.request<FirstLook>(
        'firstLook',
        { folder, screenshot: 'first-look-slow-scan' },
        300_000,
      );
      assert.deepEqual(look.rows, loads[0].rows);
    } finally {
      fs.rmSync(path.dirname(settings), { recursive: true, force: true });
    }
  });
});
