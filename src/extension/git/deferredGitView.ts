// The tree is registered before activate() (see extension.ts), the git status service only in it (it needs the
// extension's workspace state): the tree reads git through this view, which answers "no git state" until then.
import * as vscode from 'vscode';
import type { GitStatusView, WorktreeHit } from './gitStatus';
import type { EffortGitView, FolderGitStatus } from '../../core/views/gitStatus';
import { DisposableOwner } from '../util/disposables';

export class DeferredGitView extends DisposableOwner implements GitStatusView {
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  private git: GitStatusView | undefined;
  readonly onDidChange = this.emitter.event;

  /** From now on answers come from `git` (a service that has computed nothing yet), and its changes are this view's. */
  attach(git: GitStatusView): void {
    this.git = git;
    this.register(git.onDidChange(() => this.emitter.fire()));
  }

  folder(folderUri: string): FolderGitStatus | undefined {
    return this.git?.folder(folderUri);
  }

  effort(folderUri: string, effortId: string): EffortGitView | undefined {
    return this.git?.effort(folderUri, effortId);
  }

  worktreeAt(fsPath: string): WorktreeHit | undefined {
    return this.git?.worktreeAt(fsPath);
  }
}
