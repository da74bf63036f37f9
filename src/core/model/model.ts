// The one model of a plan. Types are inferred from zod schemas so the CLI's JSON output and tests can validate them.
import * as z from 'zod';

/** A place in a file. Lines and columns are 1-based; endColumn is exclusive. */
export const SpanSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(1),
});
export type Span = z.infer<typeof SpanSchema>;

export const EffortStatusSchema = z.enum(['planned', 'in-progress', 'review', 'done', 'blocked', 'unknown']);
export type EffortStatus = z.infer<typeof EffortStatusSchema>;

/** Where a fact came from; drives which fact wins when sources disagree (higher wins). */
export const FactKindSchema = z.enum([
  'heading',
  'metadata',
  'bullet',
  'table',
  'mermaid',
  'json-block',
  'yaml-block',
  'front-matter',
  'state',
  'infrastructure',
]);
export type FactKind = z.infer<typeof FactKindSchema>;

export const DependencyRefSchema = z.object({
  /** Canonical effort id (`E5.1.1` or a slug), or the trimmed text of an external reference. */
  id: z.string(),
  raw: z.string(),
  /** True for things that are not efforts: "Phase 3 Wave 1 completion", `integration:phase2-wave2.1`. */
  external: z.boolean(),
  span: SpanSchema,
});
export type DependencyRef = z.infer<typeof DependencyRefSchema>;

export const RefListSchema = z.object({
  /** The whole written value, so fixes can rewrite it. */
  span: SpanSchema,
  refs: z.array(DependencyRefSchema),
  /** Read from prose (a bullet list under `**Upstream Dependencies**:`), not from a written field value. */
  prose: z.boolean().optional(),
});
export type RefList = z.infer<typeof RefListSchema>;

const located = <T extends z.ZodTypeAny>(value: T) => z.object({ value, span: SpanSchema });
export interface Located<T> {
  value: T;
  span: Span;
}

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
  dependsOn: RefListSchema.optional(),
  parallelWith: RefListSchema.optional(),
  canParallelize: located(z.boolean()).optional(),
  branch: located(z.string()).optional(),
  baseBranch: located(z.string()).optional(),
  directory: located(z.string()).optional(),
  status: located(EffortStatusSchema).optional(),
});
export type EffortFact = z.infer<typeof EffortFactSchema>;

export const WaveDeclSchema = z.object({
  phase: z.number().int(),
  wave: z.number().int(),
  name: z.string().optional(),
  span: SpanSchema,
});
export type WaveDecl = z.infer<typeof WaveDeclSchema>;
export const PhaseDeclSchema = z.object({ phase: z.number().int(), name: z.string().optional(), span: SpanSchema });
export type PhaseDecl = z.infer<typeof PhaseDeclSchema>;

/** A wave (`W3.1`) or, without `wave`, a whole phase that must be complete first. */
export const MilestoneSchema = z.object({ phase: z.number().int(), wave: z.number().int().optional() });
export type Milestone = z.infer<typeof MilestoneSchema>;

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
});
export type ScopeDefaults = z.infer<typeof ScopeDefaultsSchema>;

/** `Wave 2 depends on Wave 1`: the efforts of a wave (or, without `wave`, a phase) start after the milestones. */
export const WaveConstraintSchema = z.object({
  phase: z.number().int(),
  wave: z.number().int().optional(),
  after: z.array(MilestoneSchema),
  raw: z.string(),
  span: SpanSchema,
});
export type WaveConstraint = z.infer<typeof WaveConstraintSchema>;

/** `hint`: worth knowing, never a problem (a reference this workspace cannot check). */
export const SeveritySchema = z.enum(['error', 'warning', 'info', 'hint']);
export type Severity = z.infer<typeof SeveritySchema>;

export const DiagnosticCodeSchema = z.enum([
  'dependency-cycle',
  'effort-oversized',
  'effort-near-limit',
  'unknown-dependency',
  'unknown-parallel-with',
  'undeclared-effort',
  'wave-order',
  'parallel-conflict',
  'effort-conflict',
  'state-conflict',
  'duplicate-effort',
  'metadata-invalid',
  'file-unreadable',
  'effort-measured-oversized',
  'merge-conflict',
]);
export type DiagnosticCode = z.infer<typeof DiagnosticCodeSchema>;

export const TextEditSchema = SpanSchema.extend({ newText: z.string() });
/** Replace the span's text with newText. Lines/columns 1-based, end exclusive, like Span. */
export type TextEdit = z.infer<typeof TextEditSchema>;

export const FixKindSchema = z.enum([
  'remove-dependency',
  'replace-dependency',
  'move-to-wave',
  'remove-parallel-with',
  'set-can-parallelize-no',
  'split-effort',
  'use-winning-value',
  'rename-effort',
]);
export const FixSchema = z.object({
  title: z.string(),
  kind: FixKindSchema,
  edits: z.array(TextEditSchema),
  preferred: z.boolean().optional(),
  /** The only correct repair the plan's own text allows (never a guess): Fix All applies only these. */
  certain: z.boolean().optional(),
});
export type Fix = z.infer<typeof FixSchema>;

export const RelatedSchema = z.object({ span: SpanSchema, message: z.string() });
export const PlanDiagnosticSchema = SpanSchema.extend({
  code: DiagnosticCodeSchema,
  severity: SeveritySchema,
  message: z.string(),
  efforts: z.array(z.string()),
  /** Dependency edges the finding is about, as [dependency, dependent]: the graph draws exactly these. */
  edges: z.array(z.tuple([z.string(), z.string()])).optional(),
  related: z.array(RelatedSchema).optional(),
  fixes: z.array(FixSchema).optional(),
});
export type PlanDiagnostic = z.infer<typeof PlanDiagnosticSchema>;

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
export type RepoConfig = z.infer<typeof RepoConfigSchema>;

export const PlanFileKindSchema = z.enum([
  'phase-plan',
  'wave-plan',
  'effort-plan',
  'merge-plan',
  'state',
  'repo-config',
  'infrastructure',
  'other',
]);
export type PlanFileKind = z.infer<typeof PlanFileKindSchema>;

/** What reading one file yields. Pure data: readers never throw, they report. */
export interface FileReadResult {
  file: string;
  kind: PlanFileKind;
  /**
   * `YYYYMMDDHHMMSS` from the file name (`IMPLEMENTATION-PLAN-20250925-174029.md`), else for state files the newest
   * date-time the file records; newest wins among files of one rank.
   */
  timestamp?: string;
  efforts: EffortFact[];
  waves: WaveDecl[];
  phases: PhaseDecl[];
  diagnostics: PlanDiagnostic[];
  repoConfig?: RepoConfig;
  /** Wave- and document-level defaults, applied at merge to efforts that do not declare the field. */
  scopes?: ScopeDefaults[];
  /** Wave- and phase-level dependencies: scheduling constraints, never errors. */
  constraints?: WaveConstraint[];
}

export const EffortFieldSchema = z.enum([
  'name',
  'phase',
  'wave',
  'estimatedLines',
  'actualLines',
  'dependsOn',
  'parallelWith',
  'canParallelize',
  'branch',
  'baseBranch',
  'directory',
  'status',
]);
export type EffortField = z.infer<typeof EffortFieldSchema>;

export const EffortSchema = z.object({
  id: z.string(),
  name: z.string(),
  phase: z.number().int().optional(),
  wave: z.number().int().optional(),
  estimatedLines: z.number().optional(),
  actualLines: z.number().optional(),
  dependsOn: z.array(z.string()),
  /** References that are not efforts (other phases, integration branches, prose). Never errors. */
  externalDependsOn: z.array(z.string()),
  parallelWith: z.array(z.string()),
  canParallelize: z.boolean().optional(),
  branch: z.string().optional(),
  baseBranch: z.string().optional(),
  directory: z.string().optional(),
  status: EffortStatusSchema,
  source: z.object({ file: z.string(), line: z.number().int() }),
  /** For every field, the place its winning value came from. */
  origins: z.record(z.string(), SpanSchema),
});
export type Effort = z.infer<typeof EffortSchema>;

export interface Wave {
  phase: number;
  wave: number;
  /** `W5.1` */
  id: string;
  name?: string;
  span?: Span;
  efforts: string[];
}

export interface Phase {
  phase: number;
  name?: string;
  span?: Span;
  waves: Wave[];
}

export interface Limits {
  hard: number;
  soft: number;
}
export const DEFAULT_LIMITS: Limits = { hard: 800, soft: 700 };

export interface Project {
  efforts: Effort[];
  byId: Map<string, Effort>;
  /** Every fact per effort id, kept for fixes and conflict reports. */
  facts: Map<string, EffortFact[]>;
  phases: Phase[];
  diagnostics: PlanDiagnostic[];
  repoConfig?: RepoConfig;
  files: FileReadResult[];
  /** Every file's wave- and phase-level dependencies (see WaveConstraint). */
  constraints?: WaveConstraint[];
}
