// The model's closed sets of names, as plain arrays: the runtime needs only these, while the zod schemas built from
// them (modelSchema.ts) load when a test or the schema generator asks, keeping zod off every start-up.

export const EFFORT_STATUSES = ['planned', 'in-progress', 'review', 'done', 'blocked', 'cancelled', 'unknown'] as const;

/** Where a fact came from; drives which fact wins when sources disagree (higher wins). */
export const FACT_KINDS = [
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
  // A list item reporting another effort's state (`✅ Parser (Effort 4.1.1) - COMPLETE`): the weakest source.
  'report',
] as const;

/** `hint`: worth knowing, never a problem (a reference this workspace cannot check). */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

export const DIAGNOSTIC_CODES = [
  'dependency-cycle',
  'effort-oversized',
  'effort-near-limit',
  'unknown-dependency',
  'unknown-parallel-with',
  'undeclared-effort',
  'cancelled-dependency',
  'wave-order',
  'parallel-conflict',
  'effort-conflict',
  'state-conflict',
  'duplicate-effort',
  'metadata-invalid',
  'file-unreadable',
  'effort-measured-oversized',
  'merge-conflict',
  'effort-without-id',
  'no-efforts-found',
  'unknown-status',
  'shared-branch',
] as const;

export const FIX_KINDS = [
  'remove-dependency',
  'replace-dependency',
  'move-to-wave',
  'remove-parallel-with',
  'set-can-parallelize-no',
  'split-effort',
  'use-winning-value',
  'rename-effort',
  'add-effort-id',
] as const;

export const PLAN_FILE_KINDS = [
  'phase-plan',
  'wave-plan',
  'effort-plan',
  'merge-plan',
  'state',
  'repo-config',
  'infrastructure',
  'other',
] as const;

/** The fields of an effort that facts state and the merge decides, in display order. */
export const EFFORT_FIELDS = [
  'name',
  'phase',
  'wave',
  'estimatedLines',
  'actualLines',
  'split',
  'largestPart',
  'dependsOn',
  'parallelWith',
  'canParallelize',
  'branch',
  'baseBranch',
  'directory',
  'note',
  'status',
] as const;

/**
 * A fact's written reference lists: its own dependencies and parallel efforts, and the efforts it blocks (`Blocks:
 * E1.2.1`), which the merge makes dependents of it (project/blockedBy.ts).
 */
/** The fields a fact may state: the effort's own, and the efforts it blocks (a list the merge never picks a winner of). */
export const FACT_FIELDS = [...EFFORT_FIELDS, 'blocks'] as const;

export const REF_LIST_FIELDS = ['dependsOn', 'parallelWith', 'blocks'] as const;
