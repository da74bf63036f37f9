// The model as zod schemas, from which model.ts takes its types: loaded only by tests that validate output and by
// the JSON Schema generator, so zod stays off the CLI's and the editor's start-up.
import * as z from 'zod';
import {
  DIAGNOSTIC_CODES,
  EFFORT_FIELDS,
  EFFORT_STATUSES,
  FACT_KINDS,
  FIX_KINDS,
  PLAN_FILE_KINDS,
  SEVERITIES,
} from './enums';

/** A place in a file. Lines and columns are 1-based; endColumn is exclusive. */
export const SpanSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
});

export const EffortStatusSchema = z.enum(EFFORT_STATUSES);

/** Where a fact came from; drives which fact wins when sources disagree (higher wins). */
export const FactKindSchema = z.enum(FACT_KINDS);

export const DependencyRefSchema = z.object({
  /** Canonical effort id (`E5.1.1` or a slug), or the trimmed text of an external reference. */
  id: z.string(),
  raw: z.string(),
  /** True for things that are not efforts: "Phase 3 Wave 1 completion", `integration:phase2-wave2.1`. */
  external: z.boolean(),
  span: SpanSchema,
  /** Not written but meant: an id inside a range (`E5.1.1–E5.1.3` → E5.1.2), located at the range's dash. */
  implied: z.boolean().optional(),
});

const WrittenRefListSchema = z.object({
  /** The whole written value, so fixes can rewrite it. */
  span: SpanSchema,
  refs: z.array(DependencyRefSchema),
  /** Read from prose (a bullet list under `**Upstream Dependencies**:`), not from a written field value. */
  prose: z.boolean().optional(),
});

export const RefListSchema = WrittenRefListSchema.extend({
  /**
   * The same field written again for the same effort in one declaration (an effort plan's `## Dependencies` section
   * after its overview's `Dependencies:` line): located like the first, which alone gives the value.
   */
  restated: z.array(WrittenRefListSchema).optional(),
});

const located = <T extends z.ZodTypeAny>(value: T) => z.object({ value, span: SpanSchema });

/** One reader's statement about one effort. Several facts about one id are merged into an Effort. */
export const EffortFactSchema = z.object({
  id: z.string(),
  kind: FactKindSchema,
  span: SpanSchema,
  name: located(z.string()).optional(),
  phase: located(z.number().int()).optional(),
  wave: located(z.number().int()).optional(),
  estimatedLines: located(z.number()).optional(),
  actualLines: located(z.number()).optional(),
  /** Recorded as split into this many parts (0: split, the count not recorded). */
  split: located(z.number().int().min(0)).optional(),
  /** The lines recorded for the largest of the parts it was split into (a `p6w1-cluster-2-split | 1,583` row). */
  largestPart: located(z.number()).optional(),
  dependsOn: RefListSchema.optional(),
  parallelWith: RefListSchema.optional(),
  /** `Blocks: E1.2.1`: efforts that depend on this one, written here instead of in their own lists. */
  blocks: RefListSchema.optional(),
  canParallelize: located(z.boolean()).optional(),
  branch: located(z.string()).optional(),
  baseBranch: located(z.string()).optional(),
  directory: located(z.string()).optional(),
  /** A record's own remark (`note: "webhook receiver, added mid-wave"`). */
  note: located(z.string()).optional(),
  status: located(EffortStatusSchema).optional(),
});

export const WaveDeclSchema = z.object({
  phase: z.number().int(),
  wave: z.number().int(),
  name: z.string().optional(),
  span: SpanSchema,
});
export const PhaseDeclSchema = z.object({ phase: z.number().int(), name: z.string().optional(), span: SpanSchema });

/**
 * A wave (`W3.1`) or, without `wave`, a whole phase that must be complete first; with `plan` instead of `phase`, a
 * wave of a plan that names no phase (`plan`: the plan's file, the one place its wave numbers mean something). With
 * `named`, only those efforts of the wave: a gate that names them (`Wave 2 p6w2-vw-core`, `Wave 2 (E6.2.2)`).
 */
export const MilestoneSchema = z.object({
  phase: z.number().int().optional(),
  wave: z.number().int().optional(),
  plan: z.string().optional(),
  named: z.array(z.string()).optional(),
});

/**
 * Metadata written for a whole wave (under its heading, before its first effort) or a whole document (above its
 * first wave), applied to the efforts of that wave or phase that do not declare their own value.
 */
export const ScopeDefaultsSchema = z.object({
  /** Phase the scope covers; undefined for a document whose phase is unknown (it then covers the efforts it lists). */
  phase: z.number().int().optional(),
  /** Wave the scope covers; undefined for a document (phase-wide) scope. */
  wave: z.number().int().optional(),
  span: SpanSchema,
  baseBranch: located(z.string()).optional(),
  status: located(EffortStatusSchema).optional(),
  canParallelize: located(z.boolean()).optional(),
  /** Only these efforts: the scope of a part of a wave (`## Wave 1a — Pilot`), whose other parts it does not speak for. */
  efforts: z.array(z.string()).optional(),
});

/**
 * `Wave 2 depends on Wave 1`: the efforts of a wave (or, without `wave`, a phase) start after the milestones; with
 * `plan` instead of `phase`, the efforts of that wave of a plan that names no phase (those the plan's file declares).
 */
export const WaveConstraintSchema = z.object({
  phase: z.number().int().optional(),
  wave: z.number().int().optional(),
  plan: z.string().optional(),
  /** Only these efforts of the wave wait: a wave the plan inserted into it (`## Wave 1.5`, see insertedWaves.ts). */
  efforts: z.array(z.string()).optional(),
  after: z.array(MilestoneSchema),
  raw: z.string(),
  span: SpanSchema,
});

/** `hint`: worth knowing, never a problem (a reference this workspace cannot check). */
export const SeveritySchema = z.enum(SEVERITIES);

export const DiagnosticCodeSchema = z.enum(DIAGNOSTIC_CODES);

export const TextEditSchema = SpanSchema.extend({ newText: z.string() });
/** Replace the span's text with newText. Lines/columns 1-based, end exclusive, like Span. */

export const FixKindSchema = z.enum(FIX_KINDS);
export const FixSchema = z.object({
  title: z.string(),
  kind: FixKindSchema,
  edits: z.array(TextEditSchema),
  preferred: z.boolean().optional(),
  /** The only correct repair the plan's own text allows (never a guess): Fix All applies only these. */
  certain: z.boolean().optional(),
});

export const RelatedSchema = z.object({ span: SpanSchema, message: z.string() });
export const PlanDiagnosticSchema = SpanSchema.extend({
  code: DiagnosticCodeSchema,
  severity: SeveritySchema,
  message: z.string(),
  efforts: z.array(z.string()),
  /** Waves (`W3.1`) a finding that names no effort is about (a heading with no effort id): the tree marks their rows. */
  waves: z.array(z.string()).optional(),
  /** Dependency edges the finding is about, as [dependency, dependent]: the graph draws exactly these. */
  edges: z.array(z.tuple([z.string(), z.string()])).optional(),
  related: z.array(RelatedSchema).optional(),
  fixes: z.array(FixSchema).optional(),
});

export const RepoConfigSchema = z.object({
  projectPrefix: z.string().optional(),
  branchPattern: z.string().optional(),
  integrationPattern: z.string().optional(),
  effortDirectoryPattern: z.string().optional(),
  defaultBranch: z.string().optional(),
  /** Phase integration branch pattern (`phase{phase}-integration`), from `branch_naming.phase_integration_format`. */
  phaseIntegrationPattern: z.string().optional(),
  /** Clone URL of the target repository (`target_repository.url`). */
  repositoryUrl: z.string().optional(),
  /** Local clone of the target repository (`software_factory.repo_path`). */
  repoPath: z.string().optional(),
  /** Where each of the fields above was written, by field name. */
  spans: z.record(z.string(), SpanSchema).optional(),
  file: z.string(),
});

export const PlanFileKindSchema = z.enum(PLAN_FILE_KINDS);

export const EffortFieldSchema = z.enum(EFFORT_FIELDS);

export const EffortSchema = z.object({
  id: z.string(),
  name: z.string(),
  phase: z.number().int().optional(),
  wave: z.number().int().optional(),
  estimatedLines: z.number().optional(),
  actualLines: z.number().optional(),
  /** Recorded as split into this many parts (0: split, the count not recorded). */
  split: z.number().int().min(0).optional(),
  /** The lines recorded for the largest of its split parts. */
  largestPart: z.number().optional(),
  dependsOn: z.array(z.string()),
  /** References that are not efforts (other phases, integration branches, prose). Never errors. */
  externalDependsOn: z.array(z.string()),
  parallelWith: z.array(z.string()),
  /**
   * Dependencies another effort states by blocking this one (`Blocks: E1.2.1` in E1.1.4's plan) and this effort's
   * own lists do not name: dependency id → where the Blocks list names this effort. They are in dependsOn too.
   */
  blockedBy: z.record(z.string(), SpanSchema).optional(),
  canParallelize: z.boolean().optional(),
  branch: z.string().optional(),
  baseBranch: z.string().optional(),
  directory: z.string().optional(),
  /** A record's own remark about the effort (`note:`, `remark:`, `comment:`). */
  note: z.string().optional(),
  status: EffortStatusSchema,
  source: z.object({ file: z.string(), line: z.number().int() }),
  /** For every field, the place its winning value came from. */
  origins: z.record(z.string(), SpanSchema),
});
