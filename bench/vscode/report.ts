// Output and small timing helpers of the in-editor benchmark suite (runs inside the extension host).
import { format } from 'util';
import * as vscode from 'vscode';

/** Same marks as test/integration/index.ts: the runner (scripts/run-vscode-tests.js) prints marked lines only. */
export const TEST_OUTPUT_MARK = '\u2063';
export const RESULTS_MARKER = '[waveplan-results]';

export type Figures = Record<string, number>;

export function out(...args: unknown[]): void {
  console.log(TEST_OUTPUT_MARK + format(...args));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for an async condition, polling; rejects with message after timeoutMs. */
export async function until(condition: () => boolean, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${message}`);
    await sleep(10);
  }
}

/** How many diagnostics with this code the file has now. */
export function countCode(uri: vscode.Uri, code: string): number {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === code).length;
}

/**
 * Resolves with performance.now() of the first languages.onDidChangeDiagnostics event for uri after which the file
 * has `expected` diagnostics with `code` (listening starts at the call, so call it before the edit).
 */
export function diagnosticsReach(uri: vscode.Uri, code: string, expected: number, timeoutMs = 15_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key) || countCode(uri, code) !== expected) return;
      const at = performance.now();
      clearTimeout(timer);
      sub.dispose();
      resolve(at);
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(
        new Error(
          `${uri.fsPath}: ${code} count did not become ${expected} within ${timeoutMs} ms (now ${countCode(uri, code)})`,
        ),
      );
    }, timeoutMs);
  });
}
