// What the plan counts as its files: every file read, except data files that sit in a plan folder and name nothing
// (`plans/metrics.json`: read in case it is a state file, and passed over without a word when it is not).
import { isStateByFolderOnly } from './classify';
import type { FileReadResult, Project } from '../model/model';

/** A data file of a plan folder that named no effort, wave or phase and gave no finding. */
export function isSilentDataFile(r: FileReadResult): boolean {
  return (
    !r.efforts.length &&
    !r.waves.length &&
    !r.phases.length &&
    !r.diagnostics.length &&
    !r.scopes?.length &&
    !r.constraints?.length &&
    isStateByFolderOnly(r.file)
  );
}

/** How many plan files the project holds, silent data files left out. */
export function planFileCount(project: Pick<Project, 'files'>): number {
  let n = 0;
  for (const r of project.files) if (!isSilentDataFile(r)) n++;
  return n;
}

/** Said beside the problem of a plan-folder data file that could not be read. */
export const DATA_FILE_NOTE = 'a data file in a plan folder, read as a state file only when it names efforts';
