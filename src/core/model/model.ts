// The one model of a plan. Types are inferred from the zod schemas of modelSchema.ts (so the CLI's JSON output and
// tests can validate them) through type-only imports: no zod at run time.
import type * as z from 'zod';
import type * as S from './modelSchema';
import type { FACT_FIELDS as FactFields, REF_LIST_FIELDS as RefListFields } from './enums';

export { DIAGNOSTIC_CODES, EFFORT_FIELDS, FACT_FIELDS, REF_LIST_FIELDS } from './enums';

/** A place in a file. Lines and columns are 1-based; endColumn is exclusive. */
export type Span = z.infer<typeof S.SpanSchema>;

export type EffortStatus = z.infer<typeof S.EffortStatusSchema>;

/** Where a fact came from; drives which fact wins when sources disagree (higher wins). */
export type FactKind = z.infer<typeof S.FactKindSchema>;

export type DependencyRef = z.infer<typeof S.DependencyRefSchema>;

export type RefList = z.infer<typeof S.RefListSchema>;

export interface Located<T> {
  value: T;
  span: Span;
}

/** One reader's statement about one effort. Several facts about one id are merged into an Effort. */
export type EffortFact = z.infer<typeof S.EffortFactSchema>;

export type WaveDecl = z.infer<typeof S.WaveDeclSchema>;
export type PhaseDecl = z.infer<typeof S.PhaseDeclSchema>;

/** A wave (`W3.1`) or, without `wave`, a whole phase that must be complete first (or a wave of a plan with no phase). */
export type Milestone = z.infer<typeof S.MilestoneSchema>;

/**
 * Metadata written for a whole wave (under its heading, before its first effort) or a whole document (above its
 * first wave), applied to the efforts of that wave or phase that do not declare their own value.
 */
export type ScopeDefaults = z.infer<typeof S.ScopeDefaultsSchema>;

/** `Wave 2 depends on Wave 1`: the efforts of a wave (or, without `wave`, a phase) start after the milestones. */
export type WaveConstraint = z.infer<typeof S.WaveConstraintSchema>;

/** `hint`: worth knowing, never a problem (a reference this workspace cannot check). */
export type Severity = z.infer<typeof S.SeveritySchema>;

export type DiagnosticCode = z.infer<typeof S.DiagnosticCodeSchema>;

/** Replace the span's text with newText. Lines/columns 1-based, end exclusive, like Span. */
export type TextEdit = z.infer<typeof S.TextEditSchema>;

export type Fix = z.infer<typeof S.FixSchema>;

export type PlanDiagnostic = z.infer<typeof S.PlanDiagnosticSchema>;

export type RepoConfig = z.infer<typeof S.RepoConfigSchema>;

export type PlanFileKind = z.infer<typeof S.PlanFileKindSchema>;

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
  /** Effort headings repeated word for word with nothing under them, past the ones kept as facts (see below). */
  repeats?: RepeatedHeading[];
  /** A plan that numbers its waves but names no phase: its title and waves (its efforts have a wave, no phase). */
  unphased?: { title?: string; waves: UnphasedWaveDecl[] };
  /**
   * Names written as metadata for a phase or wave this file does not declare (`**Wave**: 4 - Debug Capabilities` in
   * an effort plan): the merge gives each to its phase or wave only if no declaration names it.
   */
  scopeNames?: { phases: PhaseDecl[]; waves: WaveDecl[] };
}

/** `### Wave 0: Foundation Fixes` in a plan that names no phase. */
export type UnphasedWaveDecl = Omit<WaveDecl, 'phase'>;

/** Past this many `duplicate-effort` errors for one effort id, the rest are only counted. */
export const MAX_DUPLICATE_REPORTS = 50;

/**
 * A markdown effort heading written word for word again and again, each time with nothing under it. The first
 * MAX_DUPLICATE_REPORTS + 1 repeats are facts like any declaration; the rest are only their lines (a file may repeat
 * one heading 500,000 times): each is a duplicate declaration past the shown ones, which the merge counts and the
 * editor still locates (at `column`, `length` characters long, like the heading's own fact).
 */
export interface RepeatedHeading {
  id: string;
  column: number;
  length: number;
  lines: number[];
}

export type EffortField = z.infer<typeof S.EffortFieldSchema>;

/** What a metadata key may name: a field of the effort, or the efforts it blocks (a fact's list, never merged). */
export type FactField = (typeof FactFields)[number];

export type RefListField = (typeof RefListFields)[number];

export type Effort = z.infer<typeof S.EffortSchema>;

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
