// `.waveplan.json`: the project's own settings, read by the CLI and the editor alike (zod-validated).
import * as z from 'zod';
import { DEFAULT_EXCLUDE_GROUPS, type ExcludeGroup } from '../sizes/lineCounter';
import { CASCADE_STRATEGIES, type CascadeStrategy } from '../worktrees/settings';

export { PROJECT_CONFIG_FILE } from './fileName';

const GROUPS = Object.keys(DEFAULT_EXCLUDE_GROUPS) as [ExcludeGroup, ...ExcludeGroup[]];
const globs = z.array(z.string().min(1));

/** The shape; unknown keys are reported by the reader at the key itself. */
export const ProjectConfigShape = z.object({
  $schema: z.string().optional(),
  limits: z
    .object({ hard: z.number().int().positive().optional(), soft: z.number().int().positive().optional() })
    .strict()
    .optional(),
  planGlobs: globs.optional(),
  exclude: globs.optional(),
  branchTemplate: z.string().min(1).optional(),
  worktreeRoot: z.string().min(1).optional(),
  worktreeDirectory: z.string().optional(),
  baseStrategy: z.enum(CASCADE_STRATEGIES as [CascadeStrategy, ...CascadeStrategy[]]).optional(),
  defaultBranch: z.string().optional(),
  lineCounter: z
    .object({ exclude: globs.optional(), include: globs.optional(), excludeGroups: z.array(z.enum(GROUPS)).optional() })
    .strict()
    .optional(),
});
export const ProjectConfigSchema = ProjectConfigShape.strict();
export type ProjectConfig = z.infer<typeof ProjectConfigSchema>;
