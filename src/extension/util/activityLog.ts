// The "Waveplan" output channel (a log channel: VS Code stamps the time and level): activation and scan timings,
// so a slow first look can be told apart from a slow editor when a user reports one.
import * as vscode from 'vscode';

const KEEP = 500;

export class ActivityLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Waveplan', { log: true });
  private readonly recent: string[] = [];

  info(text: string): void {
    this.channel.info(text);
    this.recent.push(text);
    if (this.recent.length > KEEP) this.recent.splice(0, this.recent.length - KEEP);
  }

  /** The last lines written, for tests and bug reports. */
  lines(): readonly string[] {
    return this.recent;
  }

  dispose(): void {
    this.channel.dispose();
  }
}
