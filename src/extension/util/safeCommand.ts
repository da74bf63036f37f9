// vscode.commands.registerCommand for Waveplan's commands: a failing handler shows an error message instead of
// rejecting into the void (see guard.ts).
import * as vscode from 'vscode';
import { guarded } from './guard';

export function registerCommand<A extends unknown[]>(id: string, fn: (...args: A) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(
    id,
    guarded(id, fn, (message) => void vscode.window.showErrorMessage(message)),
  );
}
