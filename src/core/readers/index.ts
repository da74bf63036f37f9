// One entry point: text of any plan or state file in, facts and located diagnostics out. Never throws.
import { classifyPlanFile, fileTimestamp } from '../classify';
import type { FileReadResult, PlanFileKind } from '../model';
import { wholeLine } from '../span';
import { readInfrastructureMetadata } from './infrastructure';
import { readMarkdownPlan } from './markdown';
import { readRepoConfig } from './repoConfig';
import { readStateFile } from './state';

export function emptyResult(file: string, kind: PlanFileKind): FileReadResult {
  return { file, kind, timestamp: fileTimestamp(file), efforts: [], waves: [], phases: [], diagnostics: [] };
}

export function readPlanText(file: string, text: string, kind: PlanFileKind = classifyPlanFile(file) ?? 'other'): FileReadResult {
  try {
    switch (kind) {
      case 'state':
        return readStateFile(file, text);
      case 'repo-config':
        return readRepoConfig(file, text);
      case 'infrastructure':
        return readInfrastructureMetadata(file, text);
      default:
        return readMarkdownPlan(file, text, kind);
    }
  } catch (err) {
    // A reader bug must not take the rest of the plan down: report it on the file and carry on.
    const result = emptyResult(file, kind);
    result.diagnostics.push({
      ...wholeLine(file, 1, 1),
      code: 'file-unreadable',
      severity: 'error',
      message: `Waveplan could not read this file: ${err instanceof Error ? err.message : String(err)}`,
      efforts: [],
    });
    return result;
  }
}
