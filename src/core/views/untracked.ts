// Efforts a plan sizes but gives no id (`#### 1. Tokenizer rewrite` under a wave): read as headings, not efforts.
import type { Project } from '../model/model';

/** How many efforts the plans write without an id: Problems lists each (`effort-without-id`) with a fix. */
export function untrackedEfforts(project: Pick<Project, 'diagnostics'>): number {
  let n = 0;
  for (const d of project.diagnostics) if (d.code === 'effort-without-id') n++;
  return n;
}
