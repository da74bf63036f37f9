// One entry point: text of any plan or state file in, facts and located diagnostics out. Never throws.
import { classifyPlanFile } from '../files/classify';
import { noItems } from '../model/arrays';
import type { FileReadResult, PlanFileKind } from '../model/model';
import { conflictSides, readBothSides } from './conflicts';
import { readMarkdownOrGsd } from './gsd/gsdPlan';
import { readInfrastructureMetadata } from './repo/infrastructure';
import { readRepoConfig } from './repo/repoConfig';
import { emptyResult, unreadableDiagnostic } from './result';
import { readStateFile } from './state/reader';

export function readPlanText(
  file: string,
  text: string,
  kind: PlanFileKind = classifyPlanFile(file) ?? 'other',
): FileReadResult {
  const sides = conflictSides(text);
  return sharedEmpties(
    sides ? readBothSides(file, sides, (side) => readOne(file, side, kind)) : readOne(file, text, kind),
  );
}

/** A result keeps its empty lists as the one shared empty list: most small plans declare no phase and have no finding. */
function sharedEmpties(result: FileReadResult): FileReadResult {
  if (!result.efforts.length) result.efforts = noItems();
  if (!result.waves.length) result.waves = noItems();
  if (!result.phases.length) result.phases = noItems();
  if (!result.diagnostics.length) result.diagnostics = noItems();
  return result;
}

function readOne(file: string, text: string, kind: PlanFileKind): FileReadResult {
  try {
    switch (kind) {
      case 'state':
        return readStateFile(file, text);
      case 'repo-config':
        return readRepoConfig(file, text);
      case 'infrastructure':
        return readInfrastructureMetadata(file, text);
      default:
        return readMarkdownOrGsd(file, text, kind);
    }
  } catch (err) {
    // A reader bug must not take the rest of the plan down: report it on the file and carry on.
    const result = emptyResult(file, kind);
    result.diagnostics.push(unreadableDiagnostic(file, 'file', err));
    return result;
  }
}
