// The "Waveplan" output channel (a log channel: VS Code stamps the time and level): activation and scan timings,
// so a slow first look can be told apart from a slow editor when a user reports one.
import * as vscode from 'vscode';

const KEEP = 500;
const LOADED = Date.now();
const TRACE = Boolean(process.env.WAVEPLAN_TRACE);

export class ActivityLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Waveplan', { log: true });
  private readonly recent: string[] = [];

  info(text: string): void {
    this.channel.info(text);
    this.recent.push(text);
    if (this.recent.length > KEEP) this.recent.splice(0, this.recent.length - KEEP);
  }

  /**
   * A line only written at the Debug or Trace log level (the text is not even built otherwise), stamped with the time
   * since the bundle was loaded. WAVEPLAN_TRACE in the environment writes them at Info: code-server's `--log` cannot
   * raise one extension's level, and scripts/first-look.js uses them to time a first look step by step.
   */
  debug(text: () => string): void {
    const level = this.channel.logLevel;
    if (!TRACE && (level === vscode.LogLevel.Off || level > vscode.LogLevel.Debug)) return;
    const line = `+${Date.now() - LOADED} ms ${text()}`;
    if (TRACE) this.channel.info(line);
    else this.channel.debug(line);
  }

  /** The last lines written, for tests and bug reports. */
  lines(): readonly string[] {
    return this.recent;
  }

  dispose(): void {
    this.channel.dispose();
  }
}
