// STUB — replaced by the state reader.
import type { FileReadResult } from '../model';
export function readInfrastructureMetadata(file: string, _text: string): FileReadResult {
  return { file, kind: 'infrastructure', efforts: [], waves: [], phases: [], diagnostics: [] };
}
