// The tree view: error badge, welcome-state context key, and following the cursor through plan files.
import * as vscode from 'vscode';
import { VIEW_ID } from '../commandIds';
import { readSettings } from '../config';
import type { GitStatusView } from '../git/gitStatus';
import type { PlanIndex, ScanProgress } from '../index/planIndex';
import { PlanTreeProvider, type PlanNode } from './planTree';
import type { ActivityLog } from '../util/activityLog';
import { severityCounts } from '../../core/views/severityCounts';
import { counted } from '../../core/views/counted';

/** Drives `viewsWelcome`: scanning, no plan files, files without efforts, or a tree to show. */
export type TreeState = 'scanning' | 'empty' | 'noEfforts' | 'ready';
const CURSOR_DELAY_MS = 150;
/** The first look is over once VS Code has had effort rows, or asked for nothing for this long after its last answer. */
const FIRST_LOOK_QUIET_MS = 1500;
/** A view still hidden this long after the first scan is not being looked at. */
const FIRST_LOOK_HIDDEN_MS = 1500;
/** Never waits longer than this after the first scan for the first look to end. */
const FIRST_LOOK_MAX_MS = 5000;

export interface PlanTreeRegistration {
  provider: PlanTreeProvider;
  view: vscode.TreeView<PlanNode>;
  /**
   * Resolves when the first look is over: the first scan is done and the open view has shown its first rows (or is
   * hidden). Work nobody sees in the tree (git status) waits for it, so it does not hold up VS Code's requests.
   */
  firstLook: Promise<void>;
  /** Selects an effort in the tree (from the graph): in `folder`, else in the first folder that has it. */
  select(effortId: string, folder?: vscode.WorkspaceFolder): void;
  disposables: vscode.Disposable[];
}

export function registerPlanTree(index: PlanIndex, git?: GitStatusView, log?: ActivityLog): PlanTreeRegistration {
  const provider = new PlanTreeProvider(index, git, log);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  log?.debug(() => `Tree: view created (visible: ${view.visible})`);
  view.onDidChangeVisibility((e) => log?.debug(() => `Tree: visible ${e.visible}`));
  void setState('scanning');
  const update = () => {
    const projects = index.projects();
    // The badge counts errors as Problems (and VS Code's status bar beside it) does: findings, not efforts — a cycle
    // is one error about two efforts, a broken state file one error about none.
    const { error: errors } = severityCounts(projects.flatMap((p) => p.project.diagnostics));
    view.badge = errors
      ? { value: errors, tooltip: `${counted(errors, 'error')} in the plans (see Problems)` }
      : undefined;
    const files = projects.some((p) => p.project.files.length);
    const efforts = projects.some((p) => p.project.efforts.length || p.project.phases.length);
    void setState(!files ? 'empty' : efforts ? 'ready' : 'noEfforts');
  };
  // While plans are read: a progress bar on the view and `Reading plans… 3 of 12 files` above what was read so far.
  let scanDone: (() => void) | undefined;
  const showScan = (p: ScanProgress | undefined) => {
    view.message = p ? (p.total ? `Reading plans… ${p.read} of ${p.total} files` : 'Looking for plans…') : undefined;
    if (p && !scanDone)
      void vscode.window.withProgress(
        { location: { viewId: VIEW_ID } },
        () => new Promise<void>((resolve) => (scanDone = resolve)),
      );
    if (!p) {
      scanDone?.();
      scanDone = undefined;
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = (editor: vscode.TextEditor | undefined) => {
    if (timer) clearTimeout(timer);
    if (!editor || !view.visible) return;
    timer = setTimeout(() => void revealEffortAt(index, provider, view, editor), CURSOR_DELAY_MS);
  };
  const disposables: vscode.Disposable[] = [
    provider,
    view,
    index.onDidChange(update),
    index.onDidProgress(showScan),
    { dispose: () => scanDone?.() },
    vscode.window.onDidChangeTextEditorSelection((e) => follow(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(follow),
    { dispose: () => timer && clearTimeout(timer) },
  ];
  void index.ready().then(update);
  const select = (effortId: string, folder?: vscode.WorkspaceFolder) => {
    const folders = folder ? [folder] : index.projects().map((p) => p.folder);
    const node = folders.map((f) => provider.effortNode(f.uri.toString(), effortId)).find((n) => n);
    if (node) view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  };
  return { provider, view, select, disposables, firstLook: firstLookOver(index, provider, view) };
}

function firstLookOver(index: PlanIndex, provider: PlanTreeProvider, view: vscode.TreeView<PlanNode>): Promise<void> {
  return index.ready().then(
    () =>
      new Promise<void>((resolve) => {
        const scanned = Date.now();
        const check = () => {
          const now = Date.now();
          const answered = provider.lastAnswerAt();
          const over =
            provider.hasAnsweredEfforts() ||
            (answered !== undefined && now - answered >= FIRST_LOOK_QUIET_MS) ||
            (answered === undefined && !view.visible && now - scanned >= FIRST_LOOK_HIDDEN_MS) ||
            now - scanned >= FIRST_LOOK_MAX_MS;
          if (over) resolve();
          else setTimeout(check, 100);
        };
        check();
      }),
  );
}

function setState(state: TreeState): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', 'waveplan.treeState', state);
}

async function revealEffortAt(
  index: PlanIndex,
  provider: PlanTreeProvider,
  view: vscode.TreeView<PlanNode>,
  editor: vscode.TextEditor,
): Promise<void> {
  if (!readSettings(editor.document.uri).followCursor) return;
  const effort = index.effortAt(editor.document.uri, editor.selection.active);
  // The effort's project, not the workspace folder: a folder holding svc-a and svc-b keys each repository's nodes apart.
  const folder = effort && index.locate(editor.document.uri)?.folder;
  const node = folder && effort && provider.effortNode(folder.uri.toString(), effort.id);
  if (!node || view.selection.some((n) => n.id === node.id)) return;
  try {
    await view.reveal(node, { select: true, focus: false, expand: false });
  } catch {
    // The tree was rebuilt between the lookup and the reveal; the next selection change reveals again.
  }
}
