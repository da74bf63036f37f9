// One model for one folder: fresh editor loads of a folder with conflicting state files give exactly the model the
// CLI builds, and the project file (.waveplan.json) gives the same branch names and excludes in both.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { loadProject } from '../../../src/cli/load';
import { main } from '../../../src/cli/main';
import type { Project } from '../../../src/core/model/model';
import type { WaveplanApi } from '../../../src/extension/api';
import { REPO_ROOT, setWorkspaceFolder, waitFor, waitForDiagnostics } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/determinism');
const CONFIG = '{\n  "branchTemplate": "team/p{phase}w{wave}/{slug}",\n  "exclude": ["archive/**"]\n}\n';

function copyDir(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) copyDir(path.join(from, e.name), path.join(to, e.name));
    else fs.copyFileSync(path.join(from, e.name), path.join(to, e.name));
  }
}

/** What a user sees of a project, as JSON. */
function modelJson(project: Project): string {
  return JSON.stringify({
    efforts: project.efforts,
    phases: project.phases,
    diagnostics: project.diagnostics,
    files: project.files.map((f) => f.file),
  });
}

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { cwd, out: (t) => (out += t), err: () => undefined });
  return { code, out };
}

describe('one model for CLI and editor', () => {
  let api: WaveplanApi;
  let top: string;
  let dir: string;
  const folderUri = () => vscode.Uri.file(dir).toString();
  const editorProject = () => api.index.folderProject(folderUri())?.project;

  before(async () => {
    api = await waveplan();
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-model-'));
    dir = path.join(top, 'ledger');
    copyDir(FIXTURE, dir);
    fs.mkdirSync(path.join(dir, 'archive'));
    fs.writeFileSync(
      path.join(dir, 'archive', 'PHASE-9-IMPLEMENTATION-PLAN.md'),
      '# Phase 9: Old\n\n## Wave 1: Gone\n\n#### E9.1.1: retired\n',
    );
    fs.writeFileSync(path.join(dir, '.waveplan.json'), CONFIG);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git(
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@waveplan.invalid',
      '-c',
      'commit.gpgsign=false',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'init',
    );
  });

  /** The folder in the workspace with every file the CLI reads in the index: each test may run alone. */
  const folderLoaded = async (): Promise<void> => {
    await setWorkspaceFolder(dir, true);
    const files = (await loadProject([dir], dir)).project.files.length;
    await waitFor(() => editorProject()?.files.length === files, 20_000, "the folder's files in the index");
  };

  after(async () => {
    if (dir) await setWorkspaceFolder(dir, false);
    if (top) fs.rmSync(top, { recursive: true, force: true });
  });

  it('three fresh loads and a refresh of conflicting state files each give exactly the CLI model', async () => {
    const cliProject = (await loadProject([dir], dir)).project;
    const expected = modelJson(cliProject);
    assert.ok(!expected.includes('E9.1.1'), 'the CLI honours the project file exclude');
    // Loaded = every file the CLI read is read (the index publishes as batches of files arrive).
    const loaded = () => {
      const p = editorProject();
      return p && p.files.length === cliProject.files.length ? p : undefined;
    };
    for (let load = 1; load <= 3; load++) {
      await setWorkspaceFolder(dir, true);
      const project = await waitFor(
        loaded,
        20_000,
        `load ${load}: the folder's ${cliProject.files.length} files in the index`,
      );
      assert.equal(modelJson(project), expected, `editor load ${load} differs from the CLI`);
      if (load === 3) {
        await vscode.commands.executeCommand('waveplan.refresh');
        assert.equal(modelJson(editorProject()!), expected, 'after Refresh');
      }
      await setWorkspaceFolder(dir, false);
    }
    await setWorkspaceFolder(dir, true);
    await waitFor(loaded, 20_000, 'the folder back in the index');
  });

  it('a branchTemplate in .waveplan.json names the branch the same in the editor and in `waveplan worktree create`', async () => {
    await folderLoaded();
    const fromEditor = await vscode.commands.executeCommand<string>('waveplan.copyBranchName', {
      folderUri: folderUri(),
      effortId: 'E1.1.1',
    });
    const r = await cli(['worktree', 'create', 'E1.1.1', '--dry-run', '--json'], dir);
    assert.equal(r.code, 0, r.out);
    assert.equal(fromEditor, 'team/p1w1/journal-writer');
    assert.equal(JSON.parse(r.out).results[0].branch, fromEditor);
  });

  it("the folder's .vscode/settings.json beats .waveplan.json the same way in the editor and in the CLI", async () => {
    await folderLoaded();
    const file = path.join(dir, '.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      '{\n  // JSONC, as VS Code writes it\n  "waveplan.branchTemplate": "vs/p{phase}w{wave}/{slug}",\n}\n',
    );
    try {
      const fromEditor = await waitFor(
        async () => {
          const b = await vscode.commands.executeCommand<string>('waveplan.copyBranchName', {
            folderUri: folderUri(),
            effortId: 'E1.1.1',
          });
          return b === 'vs/p1w1/journal-writer' ? b : undefined;
        },
        20_000,
        'the folder setting in the editor',
      );
      const r = await cli(['worktree', 'create', 'E1.1.1', '--dry-run', '--json'], dir);
      assert.equal(r.code, 0, r.out);
      assert.equal(JSON.parse(r.out).results[0].branch, fromEditor);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
    await waitFor(
      async () =>
        (await vscode.commands.executeCommand<string>('waveplan.copyBranchName', {
          folderUri: folderUri(),
          effortId: 'E1.1.1',
        })) === 'team/p1w1/journal-writer' || undefined,
      20_000,
      'the project file again once the folder setting is gone',
    );
  });

  it('the tooltip says where a value came from, relative to the folder', async () => {
    await folderLoaded();
    const roots = await api.tree.getChildren();
    const node = await waitFor(
      async () => {
        const stack = [...(roots ?? [])];
        while (stack.length) {
          const n = stack.shift()!;
          if (n.kind === 'effort' && n.folderUri === folderUri() && n.effortId === 'E1.1.2') return n;
          stack.push(...((await api.tree.getChildren(n)) ?? []));
        }
        return undefined;
      },
      10_000,
      'the E1.1.2 tree item',
    );
    const item = await api.tree.getTreeItem(node);
    const text = (item.tooltip as vscode.MarkdownString).value;
    assert.ok(text.includes('orchestrator-state-v3.json, lines 11 (branch), 12 (base branch)'), text);
  });

  it('a broken .waveplan.json is a located problem on the file, and the valid settings stay', async () => {
    await folderLoaded();
    const file = path.join(dir, '.waveplan.json');
    fs.writeFileSync(file, CONFIG.replace('{\n', '{\n  "limits": { "hard": "lots" },\n'));
    const diags = await waitForDiagnostics(
      vscode.Uri.file(file),
      (ds) => ds.some((d) => d.code && (d.code as { value: string }).value === 'metadata-invalid'),
      20_000,
    );
    assert.equal(diags[0].range.start.line, 1);
    assert.ok(!editorProject()!.byId.has('E9.1.1'), 'the exclude still applies');
    fs.writeFileSync(file, CONFIG);
  });

  it('the Waveplan log says how long loading, activation, the search and the read took', async () => {
    await folderLoaded();
    const api = await waveplan();
    await api.index.rescan();
    const lines = api.log.lines();
    assert.ok(
      lines.some((l) => /^Bundle loaded in \d+ ms, activated in \d+ ms$/.test(l)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => /^Search of \S.*: \d+ plan files in \d+ ms$/.test(l)),
      lines.join('\n'),
    );
    const scan = lines.filter((l) => l.startsWith('Scan: ')).pop() ?? '';
    const project = api.index.projects();
    const files = project.reduce((n, p) => n + p.project.files.length, 0);
    const efforts = project.reduce((n, p) => n + p.project.efforts.length, 0);
    assert.match(
      scan,
      new RegExp(
        `^Scan: ${files} plan files in ${project.length} folder\\(s\\) found and read in \\d+ ms, merged and checked in \\d+ ms \\(${efforts} efforts, \\d+ problems\\)$`,
      ),
    );
  });
});
