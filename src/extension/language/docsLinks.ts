// Stable documentation targets for diagnostic codes: the README section named after each code.
import * as vscode from 'vscode';
import type { DiagnosticCode } from '../../core/model/model';

/** The README's home (package.json `repository`); each code has a `### <code>` heading there. */
export const README_URL = 'https://github.com/waveplan/waveplan/blob/main/README.md';

export function codeDocsUri(code: DiagnosticCode): vscode.Uri {
  return vscode.Uri.parse(`${README_URL}#${code}`);
}
