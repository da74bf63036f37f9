// Command handlers never fail silently: a thrown error or rejected promise becomes a message the user sees.
// No vscode import (unit-tested as is); safeCommand.ts registers commands through it.

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Wraps a handler: its result passes through; on failure `report` gets "Waveplan: <id> failed: <why>" and the result is undefined. */
export function guarded<A extends unknown[]>(
  id: string,
  fn: (...args: A) => unknown,
  report: (message: string) => void,
): (...args: A) => Promise<unknown> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (err) {
      report(`Waveplan: ${id.replace(/^_?waveplan\./, '')} failed: ${errorMessage(err)}`);
      return undefined;
    }
  };
}
