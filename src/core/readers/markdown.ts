// STUB — replaced by the markdown reader.
import type { FileReadResult, PlanFileKind } from '../model';
import { fileTimestamp } from '../classify';
export function readMarkdownPlan(file: string, _text: string, kind: PlanFileKind): FileReadResult {
  return { file, kind, timestamp: fileTimestamp(file), efforts: [], waves: [], phases: [], diagnostics: [] };
}
