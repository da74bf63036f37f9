// STUB — replaced by the checks helper.
import type { FileReadResult, Project } from './model';
export function mergeProject(results: FileReadResult[]): Project {
  return { efforts: [], byId: new Map(), facts: new Map(), phases: [], diagnostics: results.flatMap((r) => r.diagnostics), files: results };
}
