// What every reader starts from and reports on failure; shared by the dispatcher and the readers it calls.
import { fileTimestamp } from '../files/classify';
import type { FileReadResult, PlanDiagnostic, PlanFileKind } from '../model/model';
import { wholeLine } from '../model/span';

export function emptyResult(file: string, kind: PlanFileKind): FileReadResult {
  return { file, kind, timestamp: fileTimestamp(file), efforts: [], waves: [], phases: [], diagnostics: [] };
}

/** A reader bug, reported where the file starts so that it costs one file, not the plan. */
export function unreadableDiagnostic(file: string, what: 'file' | 'plan', err: unknown): PlanDiagnostic {
  return {
    ...wholeLine(file, 1, 1),
    code: 'file-unreadable',
    severity: 'error',
    message: `Waveplan could not read this ${what}: ${err instanceof Error ? err.message : String(err)}`,
    efforts: [],
  };
}
