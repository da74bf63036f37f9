// Which files are plans or state, from their path alone (cheap enough for watchers and folder scans).
import type { PlanFileKind } from '../model/model';

const STATE = /(^|\/)orchestrator-state(-v\d+)?\.(json|ya?ml)$/i;
const REPO_CONFIG = /(^|\/)target-repo-config\.ya?ml$/i;
const INFRA = /(^|\/)\.infrastructure-metadata\.json$/i;
const MERGE = /(MERGE-PLAN|INTEGRATION-PLAN|INTEGRATE[_-]WAVE[_-]EFFORTS-PLAN)[^/]*\.md$/i;
const EFFORT = /(^|\/)(EFFORT-IMPLEMENTATION-PLAN[^/]*|IMPLEMENTATION-PLAN-+\d{8}-\d{6}[^/]*|SPLIT-PLAN[^/]*|FIX-PLAN[^/]*)\.md$/i;
const WAVE = /(^|\/)([^/]*WAVE[^/]*PLAN[^/]*)\.md$/i;
const PHASE = /(^|\/)([^/]*PHASE[^/]*PLAN[^/]*|[^/]*IMPLEMENTATION-PLAN[^/]*)\.md$/i;

/** The kind of plan or state file a path names, or undefined when Waveplan does not read it. */
export function classifyPlanFile(path: string): PlanFileKind | undefined {
  const p = path.replace(/\\/g, '/');
  if (STATE.test(p)) return 'state';
  if (REPO_CONFIG.test(p)) return 'repo-config';
  if (INFRA.test(p)) return 'infrastructure';
  if (MERGE.test(p)) return 'merge-plan';
  if (EFFORT.test(p)) return 'effort-plan';
  if (WAVE.test(p)) return 'wave-plan';
  if (PHASE.test(p)) return 'phase-plan';
  if (/(^|\/)\.?waveplan[^/]*\.md$/i.test(p) || /\.plan\.md$/i.test(p)) return 'wave-plan';
  return undefined;
}

/** `IMPLEMENTATION-PLAN-20250925-174029.md` / `--20251202-063522` / `-2025-08-21` → a sortable stamp. */
export function fileTimestamp(path: string): string | undefined {
  const m = /(\d{8})-(\d{6})/.exec(path) ?? /(\d{4})-(\d{2})-(\d{2})/.exec(path);
  if (!m) return undefined;
  return m.length === 3 ? `${m[1]}${m[2]}` : `${m[1]}${m[2]}${m[3]}000000`;
}

/** Glob patterns for the same files, for editor watchers and `workspaceContains`. */
export const PLAN_GLOBS = [
  '**/orchestrator-state*.{json,yaml,yml}',
  '**/target-repo-config.{yaml,yml}',
  '**/.infrastructure-metadata.json',
  '**/*PLAN*.md',
  '**/*plan*.md',
];
