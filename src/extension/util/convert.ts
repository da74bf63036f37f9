// The one place where 1-based model spans become 0-based editor ranges (and back).
import * as vscode from 'vscode';
import type { Severity, Span } from '../../core/model/model';

export function toRange(span: Pick<Span, 'line' | 'column' | 'endLine' | 'endColumn'>): vscode.Range {
  const start = new vscode.Position(Math.max(span.line - 1, 0), Math.max(span.column - 1, 0));
  const end = new vscode.Position(Math.max(span.endLine - 1, 0), Math.max(span.endColumn - 1, 0));
  return new vscode.Range(start, end.isBefore(start) ? start : end);
}

/** 1-based line and column of an editor position. */
export function fromPosition(position: vscode.Position): { line: number; column: number } {
  return { line: position.line + 1, column: position.character + 1 };
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    default:
      return vscode.DiagnosticSeverity.Information;
  }
}

export function toLocation(uriOf: (file: string) => vscode.Uri, span: Span): vscode.Location {
  return new vscode.Location(uriOf(span.file), toRange(span));
}
