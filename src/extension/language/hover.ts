// Hover on an effort id (declaration, dependency reference, or an id a list rules out): wave, size, dependencies,
// status, findings.
import * as vscode from 'vscode';
import { readSettings } from '../config';
import { fromPosition, toRange } from '../util/convert';
import { effortMarkdown, findingsByEffort } from '../../core/views/effortText';
import { impliedRangeAt, impliedRangeMarkdown } from '../../core/views/impliedRange';
import { locatorFor } from '../../core/views/locator';
import { ruledOutAt, ruledOutMarkdown } from '../../core/views/ruledOut';
import type { PlanIndex } from '../index/planIndex';

/** Paths in texts are relative to the workspace folder (folders not on disk keep their URIs). */
export function rootOf(folder: vscode.WorkspaceFolder): string | undefined {
  return folder.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}

export class EffortHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: PlanIndex) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const hit = this.index.locateDocument(document);
    if (!hit) return undefined;
    const { line, column } = fromPosition(position);
    const locator = locatorFor(hit.project);
    const limits = readSettings(hit.folder.uri).limits;
    const range = impliedRangeAt(locator, hit.file, line, column, document.lineAt(position.line).text);
    if (range) {
      const text = impliedRangeMarkdown(range, hit.project, limits, rootOf(hit.folder));
      return new vscode.Hover(new vscode.MarkdownString(text, true), toRange(range.dash));
    }
    const ruledOut = ruledOutAt(locator, hit.file, line, column, document.lineAt(position.line).text);
    if (ruledOut) {
      const text = ruledOutMarkdown(ruledOut, hit.project, limits, rootOf(hit.folder));
      return new vscode.Hover(new vscode.MarkdownString(text, true), toRange(ruledOut.span));
    }
    const occurrence = locator.at(hit.file, line, column);
    if (!occurrence) return undefined;
    const effort = hit.project.byId.get(occurrence.id);
    const text = effort
      ? effortMarkdown(effort, hit.project, limits, findingsByEffort(hit.project).get(effort.id), rootOf(hit.folder))
      : `**${occurrence.id}**: no effort with this id in the plan`;
    return new vscode.Hover(new vscode.MarkdownString(text, true), toRange(occurrence.span));
  }
}
