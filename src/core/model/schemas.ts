// The state and config FILE formats as written by orchestrators (not Waveplan's model): lenient zod schemas that
// keep unknown keys, documented for editor hover, and the JSON Schemas the extension contributes for them.
import * as z from 'zod';

const text = z.string().nullable();
const count = z.number().nullable();
const idLike = z.union([z.string(), z.number()]);
const refs = z
  .union([z.array(idLike), z.string()])
  .nullable()
  .describe(
    'Effort ids this effort needs first (`["2.1.1"]`, `"E1.1.1, E1.1.2"`, `"None"`); prose such as `"Phase 1 complete"` is kept as an external reference.',
  );
const phaseRef = z.union([z.number().int(), z.string()]).describe('Phase number: `1` or `"phase1"`.');
const waveRef = z.union([z.number().int(), z.string()]).describe('Wave number: `2` or `"wave2"`.');

export const StateEffortRecordSchema = z
  .looseObject({
    effort_id: idLike.describe('Effort id: `"1.1.1"`, `"E1.1.1"`, `"E1.1.1-kind-cert-extraction"`.').optional(),
    effort_name: text.describe('Human name of the effort.').optional(),
    name: text.describe('Effort name, often prefixed with its id (`E1.2.1-cert-validation`).').optional(),
    phase: phaseRef.optional(),
    wave: waveRef.optional(),
    index: z.number().int().describe('Position of the effort in its wave (`effort-N`).').optional(),
    branch: text.describe('Git branch of the effort.').optional(),
    branch_name: text.describe('Git branch of the effort.').optional(),
    base_branch: text.describe('Branch the effort branch was created from.').optional(),
    working_dir: text.describe('Effort worktree directory.').optional(),
    full_path: text.describe('Effort worktree directory.').optional(),
    directory: text.describe('Effort worktree directory.').optional(),
    estimated_lines: count.describe('Planned size in lines (limit 800).').optional(),
    actual_lines: count.describe('Measured size in lines.').optional(),
    lines_changed: count.describe('Measured size in lines.').optional(),
    dependencies: refs.optional(),
    depends_on: refs.optional(),
    blocks: z
      .union([z.array(idLike), z.string()])
      .nullable()
      .describe('Effort ids that depend on this effort (`["2.2.1"]`): read as if each listed this one as a dependency.')
      .optional(),
    parallel_with: refs.optional(),
    can_parallelize: z
      .union([z.boolean(), z.string()])
      .nullable()
      .describe('Whether the effort may run next to others in its wave.')
      .optional(),
    status: text.describe('PLANNED, IN_PROGRESS, IMPLEMENTED, COMPLETED, …').optional(),
    review_status: text.describe('PASSED, SPLIT, ACCEPTED, APPROVED, NEEDS_FIXES, …').optional(),
    files_touched: z.array(z.string()).describe('Files the effort is expected to change.').optional(),
    note: text
      .describe('A remark about the effort (also `notes`, `remark`, `comment`): shown in its tooltip.')
      .optional(),
  })
  .describe('One effort as recorded in a state file.')
  .meta({ id: 'StateEffortRecord' });

const effortList = z
  .array(z.union([z.string(), StateEffortRecordSchema]))
  .describe('Efforts as ids (`"E1.1.1-kind-cert-extraction"`) or records.');
const effortMap = z.record(z.string(), StateEffortRecordSchema).describe('Efforts keyed by id or directory name.');

const WaveStructureSchema = z.looseObject({
  name: text.describe('Wave name.').optional(),
  status: text.optional(),
  can_parallelize: z.union([z.boolean(), z.string()]).nullable().optional(),
  max_parallel: z.number().int().nullable().describe('Most efforts of this wave that may run at once.').optional(),
  depends_on: z.array(idLike).nullable().optional(),
  efforts: z.array(StateEffortRecordSchema).describe('The efforts of the wave.').optional(),
});
const PhaseStructureSchema = z.looseObject({
  name: text.describe('Phase name.').optional(),
  status: text.optional(),
  estimated_lines: count.optional(),
  depends_on: z.array(idLike).nullable().optional(),
  waves: z.record(z.string(), WaveStructureSchema).describe('Waves keyed `wave_1`, `wave_2`, …').optional(),
});

const PlanningWaveSchema = z.looseObject({
  implementation_plan: text.optional(),
  architecture_plan: text.optional(),
  test_plan: text.optional(),
  integration_branch: text.optional(),
  efforts: effortMap.optional(),
});
const PlanningPhaseSchema = z.looseObject({
  implementation_plan: text.optional(),
  architecture_plan: text.optional(),
  test_plan: text.optional(),
  waves: z.record(z.string(), PlanningWaveSchema).describe('Waves keyed `wave1`, `wave2`, …').optional(),
});

const WaveProgressSchema = z.looseObject({
  wave_number: z.number().int().optional(),
  wave_id: idLike.describe('`"1.2"` = phase 1 wave 2.').optional(),
  name: text.optional(),
  wave_name: text.optional(),
  status: text.optional(),
  estimated_lines: count.optional(),
  efforts_completed: z.array(idLike).optional(),
});
const PhaseProgressSchema = z.looseObject({
  phase_number: z.number().int().optional(),
  phase_name: text.optional(),
  name: text.optional(),
  status: text.optional(),
  waves: z.array(WaveProgressSchema).optional(),
});

const SplitSchema = z.looseObject({
  split_id: idLike.optional(),
  number: z.number().int().optional(),
  status: text.optional(),
  lines: count.optional(),
  branch: text.optional(),
  base_branch: text.optional(),
  working_dir: text.optional(),
  directory: text.optional(),
});

export const OrchestratorStateFileSchema = z
  .looseObject({
    state_machine: z
      .looseObject({ current_state: text.describe('Current orchestrator state.').optional() })
      .describe('Orchestrator state machine (3.0 state files keep history and the current state here).')
      .optional(),
    current_state: text.describe('Current orchestrator state (2.0 state files).').optional(),
    current_phase: z.union([z.number().int(), z.string()]).nullable().describe('Phase being worked on.').optional(),
    current_wave: z.union([z.number().int(), z.string()]).nullable().describe('Wave being worked on.').optional(),
    efforts_completed: effortList.optional(),
    efforts_in_progress: effortList.optional(),
    efforts_pending: effortList.optional(),
    phase_status: z
      .record(
        z.string(),
        z.looseObject({ status: text.optional(), waves: z.record(z.string(), z.unknown()).optional() }),
      )
      .describe('Status per phase (`phase1`) and wave (`wave1`).')
      .optional(),
    phase_structure: z
      .record(z.string(), PhaseStructureSchema)
      .describe('Phases keyed `phase_1`, `phase_2`, … with their waves and efforts.')
      .optional(),
    waves_per_phase: z
      .record(z.string(), z.number().int())
      .describe('Number of waves per phase (`phase1: 2`).')
      .optional(),
    waves_completed: z
      .union([z.array(z.union([z.string(), WaveProgressSchema])), z.record(z.string(), z.unknown())])
      .describe('Completed waves: `["phase1/wave1"]` or keyed by phase and wave.')
      .optional(),
    split_tracking: z
      .record(z.string(), z.looseObject({ splits: z.array(SplitSchema).optional() }))
      .describe('Splits of oversized efforts, keyed by effort name.')
      .optional(),
    pre_planned_infrastructure: z
      .looseObject({
        project_prefix: text.describe('Prefix of every branch name.').optional(),
        efforts: effortMap.describe('Every planned effort with branch, base branch and worktree path.').optional(),
      })
      .describe('Branches and worktrees planned for every effort (3.0).')
      .optional(),
    planning_files: z
      .looseObject({
        phases: z.record(z.string(), PlanningPhaseSchema).describe('Phases keyed `phase1`, `phase2`, …').optional(),
      })
      .describe('Plan files per phase and wave, with the efforts extracted from them (3.0).')
      .optional(),
    project_progression: z
      .looseObject({
        // A number or name is as meaningful as the record (`current_phase: 1`).
        current_phase: z.union([z.number().int(), z.string(), PhaseProgressSchema]).optional(),
        current_wave: z.union([z.number().int(), z.string(), WaveProgressSchema]).optional(),
        efforts_completed: effortList.optional(),
        efforts_in_progress: effortList.optional(),
        waves_completed: z.array(z.union([z.string(), WaveProgressSchema])).optional(),
      })
      .describe('Current phase and wave, completed waves and efforts (3.0).')
      .optional(),
  })
  .describe('Software Factory orchestrator state (`orchestrator-state.json`, `.yaml` or `-v3.json`).');
export type OrchestratorStateFile = z.infer<typeof OrchestratorStateFileSchema>;

export const TargetRepoConfigFileSchema = z
  .looseObject({
    target_repository: z
      .looseObject({
        url: text.describe('Clone URL of the repository the efforts change.').optional(),
        base_branch: text.describe('Branch the first wave starts from (usually `main`).').optional(),
        default_branch: text.describe('Default branch of the repository.').optional(),
      })
      .optional(),
    branch_naming: z
      .looseObject({
        project_prefix: text.describe('Prefix of every branch name (`<prefix>/phase1/wave1/...`).').optional(),
        pattern: text.describe('Effort branch pattern with `{phase}`, `{wave}`, `{effort_name}`.').optional(),
        effort_format: text.describe('Effort branch pattern (older name of `pattern`).').optional(),
        integration_format: text.describe('Wave integration branch pattern.').optional(),
        phase_integration_format: text.describe('Phase integration branch pattern.').optional(),
      })
      .optional(),
    integration: z
      .looseObject({
        create_integration_branches: z.boolean().nullable().optional(),
        integration_pattern: text
          .describe('Wave integration branch pattern (`phase{phase}-wave{wave}-integration`).')
          .optional(),
      })
      .optional(),
    workspace: z
      .looseObject({
        effort_directory_pattern: text
          .describe('Effort worktree directory pattern (`efforts/phase{phase}/wave{wave}/{effort_name}`).')
          .optional(),
        efforts_root: text.describe('Directory holding every effort worktree.').optional(),
        effort_path: text.describe('Effort directory below `efforts_root`.').optional(),
      })
      .optional(),
    software_factory: z
      .looseObject({
        repo_path: text.describe('Local clone of the target repository.').optional(),
        state_file: text.describe('Orchestrator state file name.').optional(),
      })
      .optional(),
  })
  .describe('Software Factory target repository configuration (`target-repo-config.yaml`).');
export type TargetRepoConfigFile = z.infer<typeof TargetRepoConfigFileSchema>;

export const InfrastructureMetadataFileSchema = z
  .looseObject({
    effort_id: idLike.optional(),
    parent_branch: text.describe('Branch the effort branch was created from.').optional(),
    new_branch: text.describe('The effort branch.').optional(),
    created_from: text.describe('`TIP` when created from the tip of the parent branch.').optional(),
    working_dir: text.optional(),
  })
  .describe('Record written into an effort worktree when its branch was created (`.infrastructure-metadata.json`).');

/** JSON Schema files the extension contributes (file name under `schemas/` → schema). */
export function jsonSchemaFiles(): Record<string, string> {
  const files: Record<string, z.ZodType> = {
    'orchestrator-state.schema.json': OrchestratorStateFileSchema,
    'target-repo-config.schema.json': TargetRepoConfigFileSchema,
    'infrastructure-metadata.schema.json': InfrastructureMetadataFileSchema,
  };
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(files)) {
    out[name] = `${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-7' }), null, 2)}\n`;
  }
  return out;
}
