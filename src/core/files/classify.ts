// Which files are plans or state, from their path alone (cheap enough for watchers and folder scans).
import type { PlanFileKind } from '../model/model';

const STATE = /(^|\/)orchestrator-state(-v\d+)?\.(json|ya?ml)$/i;
const REPO_CONFIG = /(^|\/)target-repo-config\.ya?ml$/i;
const INFRA = /(^|\/)\.infrastructure-metadata\.json$/i;
const MERGE = /(MERGE-PLAN|INTEGRATION-PLAN|INTEGRATE[_-]WAVE[_-]EFFORTS-PLAN)[^/]*\.md$/i;
/** Effort plans by name: `EFFORT-PLAN-E1.2.1.md`, `IMPLEMENTATION-PLAN--20251202-063522.md`, `E1.2.1-PLAN.md`, splits, fixes. */
const EFFORT =
  /(^|\/)(EFFORT[-_ ]?(IMPLEMENTATION[-_ ]?)?PLAN[^/]*|IMPLEMENTATION-PLAN-+\d{8}-\d{6}[^/]*|SPLIT-PLAN[^/]*|FIX-PLAN[^/]*|E\d{1,3}\.\d{1,3}\.\d{1,3}\b[^/]*PLAN[^/]*)\.md$/i;
// Also the plan first: `PLAN-phase-2.md`, `plan_wave_2.1.md`, `PLAN-phase-2-wave-1.md` (a number after the word).
const WAVE = /(^|\/)([^/]*WAVE[^/]*PLAN[^/]*|PLAN[-_ ][^/]*WAVE[-_ ]?\d[^/]*)\.md$/i;
const PHASE = /(^|\/)([^/]*PHASE[^/]*PLAN[^/]*|PLAN[-_ ]+PHASE[-_ ]?\d[^/]*)\.md$/i;
/** `PLAN.md`, `CODE-PLAN.md`, `implementation-plan.md`: a plan by name, of a kind its folder tells. */
const ANY_PLAN = /(^|\/)([^/]*\bPLAN\b[^/]*|[^/]*[-_]PLAN[^/]*)\.md$/i;
const IMPLEMENTATION = /(^|\/)[^/]*IMPLEMENTATION[-_ ]?PLAN[^/]*\.md$/i;
/** `PLAN.md` at the folder's root: the project's plan (paths are folder-relative). `docs/PLAN.md` may be anything. */
const ROOT_PLAN = /^PLAN\.md$/i;
/** Folders that hold plans in real repositories. */
const PLAN_FOLDER = /^(\.software-factory|planning|plans?|phase-plans|wave-plans|effort-plans|efforts)$/i;
const PHASE_DIR = /^phase[-_]?\d{1,3}$/i;
const WAVE_DIR = /^wave[-_]?\d{1,3}$/i;
/** `E1.1.1-credential-resolution`, `effort-2-registry`, `effort_1_1_2`. */
const EFFORT_DIR = /^(E\d{1,3}\.\d{1,3}\.\d{1,3}\b|effort[-_]?\d)/i;

/** `phase-3.md`, `Phase_4.md`, `wave-2.md`, `wave-2.1.md`: a plan named by its phase or wave number alone. */
const NUMBERED_PHASE = /(^|\/)phase[-_ ]?\d{1,3}\.md$/i;
const NUMBERED_WAVE = /(^|\/)wave[-_ ]?\d{1,3}(?:[._-]\d{1,3})?\.md$/i;
/**
 * `ROADMAP.md`, `PROJECT-ROADMAP.md`, `roadmap_2026.md`: a project's plan over its phases, read as a phase plan (the
 * least specific plan: any wave or effort plan beats it). Only the word whole: `roadmapping-notes.md` is none.
 */
const ROADMAP = /(^|\/)(?:[^/]*[-_ ])?ROADMAPS?(?:[-_ ][^/]*)?\.md$/i;
/** Folders whose markdown files are all plans (`plans/billing.md`), apart from a folder's usual documents. */
const ALL_PLANS_FOLDER = /(^|\/)\.?(plans?|planning)\//i;
/** JSON or YAML in the same folders (`planning/status.json`): read as state, kept only when it names efforts, waves or phases. */
const ALL_PLANS_FOLDER_DATA = /(^|\/)\.?(plans?|planning)\/(?:[^/]+\/)*[^/]+\.(json|ya?ml)$/i;
/**
 * GSD's notes beside its plans (readers/gsd): the project's state, requirements and research, a phase's context,
 * research and verification, archived milestones. Their `**Status:** passed` and `### Phase 1` lines are not plans.
 */
const GSD_NOTES =
  /(^|\/)\.planning\/(?:(?:STATE|PROJECT|REQUIREMENTS|MILESTONES|RETROSPECTIVE)\.md$|(?:milestones|research|codebase|todos|debug|quick)\/|phases\/[^/]+\/(?![^/]*-PLAN\.md$|[^/]*-SUMMARY\.md$)[^/]*\.md$)/i;
const FOLDER_DOCUMENT = /(^|\/)(README|CHANGELOG|CONTRIBUTING|LICENSE|INDEX)[^/]*\.md$|TEMPLATE[^/]*\.md$/i;

const FIX_PLAN = /(^|\/)FIX-PLAN[^/]*\.md$/i;
const FIX_OR_SPLIT_PLAN = /(^|\/)(FIX|SPLIT)-PLAN[^/]*\.md$/i;

/** A fix plan (`FIX-PLAN-20251121-090000.md`): an effort plan whose sizes are the fix's, not the effort's. */
export function isFixPlan(path: string): boolean {
  return FIX_PLAN.test(path.replace(/\\/g, '/'));
}

/**
 * A fix or split plan (`FIX-PLAN-E2.3.2.md`, `SPLIT-PLAN-E2.3.3.md`): written later about an effort another plan
 * declares, so it says what to do next, not what the effort is.
 */
export function isFollowUpPlan(path: string): boolean {
  return FIX_OR_SPLIT_PLAN.test(path.replace(/\\/g, '/'));
}

/** The kind of plan or state file a path names, or undefined when Waveplan does not read it. Case-insensitive. */
export function classifyPlanFile(path: string): PlanFileKind | undefined {
  const p = path.replace(/\\/g, '/');
  if (GSD_NOTES.test(p)) return undefined;
  if (STATE.test(p)) return 'state';
  if (REPO_CONFIG.test(p)) return 'repo-config';
  if (INFRA.test(p)) return 'infrastructure';
  if (MERGE.test(p)) return 'merge-plan';
  if (EFFORT.test(p)) return 'effort-plan';
  if (WAVE.test(p)) return 'wave-plan';
  if (PHASE.test(p)) return 'phase-plan';
  if (ANY_PLAN.test(p) || IMPLEMENTATION.test(p)) {
    const byFolder = kindFromFolders(p);
    if (byFolder) return byFolder;
    if (IMPLEMENTATION.test(p) || ROOT_PLAN.test(p)) return 'phase-plan';
  }
  if (/(^|\/)\.?waveplan[^/]*\.md$/i.test(p) || /\.plan\.md$/i.test(p)) return 'wave-plan';
  if (NUMBERED_PHASE.test(p)) return 'phase-plan';
  if (NUMBERED_WAVE.test(p)) return 'wave-plan';
  if (ROADMAP.test(p)) return kindFromFolders(p) === 'effort-plan' ? 'effort-plan' : 'phase-plan';
  if (ALL_PLANS_FOLDER.test(p) && /\.md$/i.test(p) && !FOLDER_DOCUMENT.test(p)) return kindFromFolders(p) ?? 'other';
  if (ALL_PLANS_FOLDER_DATA.test(p)) return 'state';
  return undefined;
}

/**
 * A data file read as state only for the folder it sits in (`plans/progress.yaml`), not for its name: what it holds
 * may be anything (a diagram, a package's settings), so it counts only when it names efforts, waves or phases, and
 * says nothing otherwise, a parse failure included.
 */
export function isStateByFolderOnly(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  return !STATE.test(p) && ALL_PLANS_FOLDER_DATA.test(p);
}

/**
 * What the folders of a plan say it is: inside an effort folder (`phase1/wave2/E1.2.1-x/`, `effort-2-…/`) an effort
 * plan; in `waveN/` a wave plan; in `phaseN/` or `phase-plans/` a phase plan; elsewhere under a plan folder
 * (`.software-factory/`, `planning/`, `plans/`, `efforts/`…) a generic plan. Undefined outside plan folders.
 */
function kindFromFolders(p: string): PlanFileKind | undefined {
  const dirs = p.split('/').slice(0, -1);
  const parent = dirs[dirs.length - 1] ?? '';
  const grand = dirs[dirs.length - 2] ?? '';
  if (EFFORT_DIR.test(parent) || (WAVE_DIR.test(grand) && !PLAN_FOLDER.test(parent))) return 'effort-plan';
  if (WAVE_DIR.test(parent) || /^wave-plans$/i.test(parent)) return 'wave-plan';
  if (PHASE_DIR.test(parent) || /^phase-plans$/i.test(parent)) return 'phase-plan';
  if (dirs.some((d) => PLAN_FOLDER.test(d))) return 'other';
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
  // Character classes, not two spellings: editor file searches are case-sensitive on Linux (`Effort-Plan.md`).
  '**/*[Pp][Ll][Aa][Nn]*.md',
  // `phase-3.md`, `wave-2.1.md`, and any markdown in a `plans/` or `planning/` folder (classifyPlanFile decides).
  '**/[Pp][Hh][Aa][Ss][Ee]*.md',
  '**/[Ww][Aa][Vv][Ee]*.md',
  '**/*[Rr][Oo][Aa][Dd][Mm][Aa][Pp]*.md',
  '**/*[Pp][Ll][Aa][Nn]*/**/*.md',
  // `planning/status.json`: state by its folder (classifyPlanFile decides).
  '**/*[Pp][Ll][Aa][Nn]*/**/*.{json,yaml,yml}',
];

/**
 * State files the orchestrator writes at a project's root, by exact name. VS Code checks a `workspaceContains:` name
 * with one stat in the extension host, while a glob waits for a file search through the workbench (0.3-3 s into a
 * loaded first start); the globs above still find every other layout.
 */
export const ROOT_STATE_FILES = [
  'orchestrator-state.json',
  'orchestrator-state-v3.json',
  'orchestrator-state.yaml',
  'orchestrator-state.yml',
  'target-repo-config.yaml',
  'target-repo-config.yml',
  '.infrastructure-metadata.json',
];
