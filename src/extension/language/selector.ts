// Which documents get hovers, CodeLens, symbols and navigation: plan markdown and state files (by glob).
import type * as vscode from 'vscode';
import { PLAN_GLOBS } from '../../core/files/classify';

/** A superset filter; providers also check that the plan index reads the document, so settings changes apply. */
export function planDocumentSelector(extraGlobs: readonly string[] = []): vscode.DocumentFilter[] {
  const globs = new Set([...PLAN_GLOBS, ...extraGlobs]);
  return [...globs].map((pattern) => ({ pattern }));
}
