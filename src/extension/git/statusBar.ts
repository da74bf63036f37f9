// Status bar item while the active editor's file is inside an effort worktree: `$(git-branch) E1.2.1 612/800`,
// with a warning background once the measured size passes the hard limit.
import * as vscode from 'vscode';
import { COMMANDS } from '../commandIds';
import { readSettings } from '../config';
import type { GitStatusView } from './gitStatus';
import { statusBarText, statusBarTooltip } from '../../core/views/gitStatusText';
import type { EffortTarget } from '../tree/planTree';
import { DisposableOwner } from '../util/disposables';

export class WorktreeStatusBar extends DisposableOwner {
  readonly item = this.register(
    vscode.window.createStatusBarItem('waveplan.worktree', vscode.StatusBarAlignment.Left, 50),
  );
  /** The effort the status bar shows now, if any (for tests). */
  shown: EffortTarget | undefined;

  constructor(private readonly git: GitStatusView) {
    super();
    this.item.name = 'Waveplan Effort Worktree';
    this.register(git.onDidChange(() => this.update()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.update();
  }

  update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const hit = uri?.scheme === 'file' ? this.git.worktreeAt(uri.fsPath) : undefined;
    if (!hit) {
      this.shown = undefined;
      this.item.hide();
      return;
    }
    const view = this.git.effort(hit.folderUri, hit.effortId);
    const limits = readSettings(vscode.Uri.parse(hit.folderUri)).limits;
    this.item.text = statusBarText(hit.effortId, view, limits);
    this.item.tooltip = statusBarTooltip(hit.effortId, view, limits);
    this.item.backgroundColor =
      view?.measured !== undefined && view.measured > limits.hard
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
    this.shown = { folderUri: hit.folderUri, effortId: hit.effortId };
    this.item.command = { command: COMMANDS.openEffort, title: 'Open Effort', arguments: [this.shown] };
    this.item.show();
  }
}
