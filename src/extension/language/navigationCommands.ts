// Go to Effort (QuickPick), open an effort's declaration, and reveal its plan file in the Explorer.
import * as vscode from 'vscode';
import { COMMANDS } from '../commandIds';
import { toRange } from '../util/convert';
import {
  effortForCommand,
  isEffortTarget,
  pickEffort,
  resolveTarget,
  type ResolvedEffort,
} from '../commands/effortTargets';
import { locatorFor } from '../../core/views/locator';
import type { PlanIndex } from '../index/planIndex';
import { registerCommand } from '../util/safeCommand';

export function registerNavigationCommands(index: PlanIndex): vscode.Disposable[] {
  return [
    registerCommand(COMMANDS.goToEffort, async (filter?: { folderUri: string; effortIds: string[] }) => {
      const only =
        filter && typeof filter.folderUri === 'string' && Array.isArray(filter.effortIds) ? filter : undefined;
      const chosen = await pickEffort(index, 'Go to effort', only);
      if (chosen) await openEffort(index, chosen);
    }),
    registerCommand(COMMANDS.openEffort, async (arg: unknown) => {
      const resolved = isEffortTarget(arg) ? resolveTarget(index, arg) : undefined;
      if (resolved) await openEffort(index, resolved);
    }),
    registerCommand(COMMANDS.revealPlanFile, async (arg?: unknown) => {
      const resolved = await effortForCommand(index, arg, 'Reveal the plan file of');
      if (resolved) await vscode.commands.executeCommand('revealInExplorer', index.uriOf(resolved.effort.source.file));
    }),
  ];
}

/** Opens the plan at the effort's declaration and selects it. */
export async function openEffort(index: PlanIndex, { effort, project }: ResolvedEffort): Promise<vscode.TextEditor> {
  const span = locatorFor(project).declaration(effort.id);
  const uri = index.uriOf(span?.file ?? effort.source.file);
  const range = span
    ? toRange({ ...span, endLine: span.line, endColumn: span.line === span.endLine ? span.endColumn : span.column })
    : new vscode.Range(effort.source.line - 1, 0, effort.source.line - 1, 0);
  const editor = await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
