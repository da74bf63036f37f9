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

  /** A line only written at the Debug or Trace log level (the text is not even built otherwise). */
  debug(text: () => string): void {
    if (this.channel.logLevel !== vscode.LogLevel.Off && this.channel.logLevel <= vscode.LogLevel.Debug)
      this.channel.debug(text());
  }

  /** The last lines written, for tests and bug reports. */
  lines(): readonly string[] {
    return this.recent;
  }

  dispose(): void {
    this.channel.dispose();
  }
}
