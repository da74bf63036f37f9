// STUB — replaced by the state reader.
import type { FileReadResult } from '../model';
export function readRepoConfig(file: string, _text: string): FileReadResult {
  return { file, kind: 'repo-config', efforts: [], waves: [], phases: [], diagnostics: [] };
}
