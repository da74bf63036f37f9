// The "Waveplan Git" output channel: every git argv Waveplan runs (the core's trace), and what each operation did.
import * as vscode from 'vscode';
import { formatArgv } from '../../core/git/errors';

const KEEP = 2000;

export class GitLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Waveplan Git');
  private readonly recent: string[] = [];

  /** Pass as WorktreeContext.trace. */
  readonly trace = (args: readonly string[], cwd: string): void => this.line(`${formatArgv(args)}    (in ${cwd})`);

  line(text: string): void {
    const stamp = new Date().toISOString().slice(11, 23);
    this.channel.appendLine(`[${stamp}] ${text}`);
    this.recent.push(text);
    if (this.recent.length > KEEP) this.recent.splice(0, this.recent.length - KEEP);
  }

  /** The last lines written (without timestamps), for tests and bug reports. */
  lines(): readonly string[] {
    return this.recent;
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
