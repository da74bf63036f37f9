// STUB — replaced by the state reader.
import type { FileReadResult } from '../model';
export function readStateFile(file: string, _text: string): FileReadResult {
  return { file, kind: 'state', efforts: [], waves: [], phases: [], diagnostics: [] };
}
