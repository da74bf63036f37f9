// Go to Definition and Find References for effort ids, across every plan and state file of the folder.
import * as vscode from 'vscode';
import { fromPosition, toLocation } from '../util/convert';
import { locatorFor, type Occurrence } from '../../core/views/locator';
import type { PlanIndex } from '../index/planIndex';

export class EffortNavigationProvider implements vscode.DefinitionProvider, vscode.ReferenceProvider {
  constructor(private readonly index: PlanIndex) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const found = this.occurrenceAt(document, position);
    const span = found && locatorFor(found.project).declaration(found.occurrence.id);
    return span && toLocation((f) => this.index.uriOf(f), span);
  }

  provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): vscode.Location[] {
    const found = this.occurrenceAt(document, position);
    if (!found) return [];
    const all = locatorFor(found.project).occurrencesOf(found.occurrence.id);
    const shown = context.includeDeclaration ? all : all.filter((o) => o.role !== 'declaration');
    return shown.map((o) => toLocation((f) => this.index.uriOf(f), o.span));
  }

  private occurrenceAt(document: vscode.TextDocument, position: vscode.Position) {
    const hit = this.index.locateDocument(document);
    if (!hit) return undefined;
    const { line, column } = fromPosition(position);
    const occurrence: Occurrence | undefined = locatorFor(hit.project).at(hit.file, line, column);
    return occurrence && { occurrence, project: hit.project };
  }
}
