// One way for a service to own what it subscribes to: register() it, and dispose() releases all, newest first.
import type * as vscode from 'vscode';

export abstract class DisposableOwner implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private released = false;

  /** Takes ownership of `d` (disposed at once when the owner is already disposed) and returns it. */
  protected register<T extends vscode.Disposable>(d: T): T {
    if (this.released) d.dispose();
    else this.owned.push(d);
    return d;
  }

  protected registerAll(...ds: vscode.Disposable[]): void {
    for (const d of ds) this.register(d);
  }

  protected get isDisposed(): boolean {
    return this.released;
  }

  dispose(): void {
    this.released = true;
    while (this.owned.length) this.owned.pop()!.dispose();
  }
}
