// Shared by CLI commands: paths on the command line → the project settings, a loaded engine and its project.
import { statSync } from 'fs';
import * as path from 'path';
import { loadFolderSettings } from '../core/config/folderSettings';
import { layerOverrides } from '../core/config/overrides';
import { loadProjectConfig, nestedProjectConfig } from '../core/config/read';
import { resolveProjectSettings, type ProjectSettings, type SettingsOverrides } from '../core/config/settings';
import { PlanFileFilter } from '../core/files/filter';
import { findPlanFiles, type ScanProblem } from '../core/files/scan';
import { readPlanFile } from '../core/files/readPlanFile';
import type { PlanDiagnostic, PlanFileKind, Project } from '../core/model/model';
import { splitByRepository } from '../core/files/projects';
import { PlanEngine } from '../core/project/engine';
import { relativeMessage, relativePath } from '../core/views/provenance';
import { afterRead, beforeRead } from './heap';
import type { CliIO } from './io';

/** One project of what was loaded: a folder holding several git repositories holds one per repository. */
export interface LoadedPart {
  /** The project's folder (the nested repository, or the folder read). */
  root: string;
  /** Its folder relative to the folder read (`svc-a`): how output names it when there are several. */
  name: string;
  /** The root is a git repository below the folder read (not that folder itself): git commands run there. */
  nested: boolean;
  engine: PlanEngine;
  project: Project;
  settings: ProjectSettings;
}

export interface LoadedPlans {
  /** The first project's (the only one's, unless the folder read holds several repositories with plans). */
  engine: PlanEngine;
  project: Project;
  /** Every project, in path order; one unless plans sit in several nested git repositories. */
  projects: LoadedPart[];
  /** The folder paths are reported relative to. */
  root: string;
  problems: ScanProblem[];
  /** `.waveplan.json` under `.vscode/settings.json` under the flags: what worktree commands and size checks use. */
  settings: ProjectSettings;
  /** The project file that was read, if any. */
  configFile?: string;
}

/** What command-line flags override of the project file (undefined = not given). */
export type SettingsFlags = SettingsOverrides & { config?: string };

export async function loadProject(paths: string[], cwd: string, flags: SettingsFlags = {}): Promise<LoadedPlans> {
  const targets = (paths.length ? paths : ['.']).map((p) => path.resolve(cwd, p));
  const { config: configPath, ...overrides } = flags;
  const folder = folderOf(targets[0]);
  const loaded = loadProjectConfig(folder, configPath && path.resolve(cwd, configPath));
  // As in the editor: a value set in the folder's VS Code settings beats the project file; flags beat both.
  const vscodeSettings = loadFolderSettings(folder);
  const settings = resolveProjectSettings(loaded.config, layerOverrides(vscodeSettings.overrides, overrides));
  const problems: ScanProblem[] = [...vscodeSettings.problems];
  // Globs are relative to the project file's folder, as they are to the workspace folder in the editor (the folder
  // holding `.vscode/` when only its settings set them).
  const vscodeGlobs = vscodeSettings.overrides.planGlobs ?? vscodeSettings.overrides.exclude;
  const vscodeRoot = vscodeSettings.file && vscodeGlobs ? path.dirname(path.dirname(vscodeSettings.file)) : undefined;
  const { files, refused, repos, linked } = findPlanFiles(targets, problems, {
    root: loaded.file ? path.dirname(loaded.file) : vscodeRoot,
    filter: new PlanFileFilter(settings),
  });
  const named = new Set(targets);
  type Found = { file: string; kind?: PlanFileKind; refused?: string };
  const all: Found[] = [...refused.map((r) => ({ ...r, refused: r.problem })), ...files];
  let folderReported = false;
  // Folders named apart (`lint svc-a svc-b`) are split as the folder holding them would be.
  const top = targets.length > 1 ? commonFolder(targets.map(folderOf)) : folder;
  const projects = splitByRepository(top, { repos, linked }, all, (f) => f.file).map((part): LoadedPart => {
    // A nested repository's own project file, else the folder's (whose problems are reported once, with the first).
    const nested = part.root !== folder && repos.includes(part.root);
    const config = nested && !configPath ? nestedProjectConfig(part.root, loaded) : loaded;
    const own = config !== loaded;
    const partSettings = own
      ? resolveProjectSettings(config.config, layerOverrides(vscodeSettings.overrides, overrides))
      : settings;
    // Files are read once: a fix reads its file again, so the engine need not hold every small file's text.
    const engine = new PlanEngine({ limits: partSettings.limits, reread: rereadBytes });
    if (own || !folderReported) engine.setConfigDiagnostics(config.diagnostics);
    folderReported ||= !own;
    readInto(engine, part.items, named, problems);
    return {
      root: part.root,
      name: part.name,
      nested,
      engine,
      project: engine.project(),
      settings: partSettings,
    };
  });
  const [first] = projects;
  return {
    engine: first.engine,
    project: first.project,
    projects,
    root: cwd,
    problems,
    settings,
    configFile: loaded.file,
  };
}

/** Files up to this size are read into one reused buffer (readInto); most plans are a few KB. */
const SCRATCH_BYTES = 64 * 1024;

/** Reads the project's files into its engine: refused ones as one located error each. */
function readInto(
  engine: PlanEngine,
  found: { file: string; kind?: PlanFileKind; refused?: string }[],
  named: Set<string>,
  problems: ScanProblem[],
): void {
  for (const f of found) if (f.refused !== undefined) engine.refuse(f.file, f.refused, f.kind);
  // Synchronous reads: on 1,000 small files they beat batched async reads, and a CLI has nothing else to do
  // meanwhile. Reader worker threads were tried too and lost on two cores (start-up and a second cold JIT).
  // One buffer for the files that fit: updateBytes decodes the bytes before the next file is read into it.
  const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
  for (const { file, kind, refused } of found) {
    if (refused !== undefined) continue;
    const read = readPlanFile(file, scratch);
    if ('bytes' in read) {
      beforeRead(read.bytes.length);
      engine.updateBytes(file, read.bytes, kind);
      afterRead(read.bytes.length);
    } else if ('refused' in read) {
      engine.refuse(file, read.refused, kind);
      if (named.has(file)) problems.push({ path: file, named: true, message: `cannot read ${file}: ${read.refused}` });
    } else problems.push({ path: file, named: named.has(file), message: `cannot read ${file}: ${read.error}` });
  }
}

/** The deepest folder holding every one of these (absolute) folders. */
function commonFolder(folders: string[]): string {
  let common = folders[0];
  while (!folders.every((f) => f === common || f.startsWith(common.endsWith(path.sep) ? common : common + path.sep)))
    common = path.dirname(common);
  return common;
}

/** A plan's bytes, as the engine was given them (updateBytes), or undefined when it cannot be read. */
function rereadBytes(file: string): Uint8Array | undefined {
  const read = readPlanFile(file);
  return 'bytes' in read ? read.bytes : undefined;
}

function folderOf(target: string): string {
  try {
    return statSync(target).isDirectory() ? target : path.dirname(target);
  } catch {
    return path.dirname(target);
  }
}

/**
 * What went wrong while loading, on stderr; and when nothing went wrong but no plan was found, which names Waveplan
 * reads and how to add others (an empty result must not look like a clean plan).
 */
export function reportProblems(loaded: LoadedPlans, io: CliIO): void {
  for (const p of loaded.problems) io.err(`waveplan: ${p.message}\n`);
  if (loaded.problems.length || loaded.projects.some((p) => p.project.files.length)) return;
  io.err(
    'waveplan: no plan or state file found. Waveplan reads files named like PHASE-1-PLAN.md, WAVE-2-PLAN.md, ' +
      'phase-3.md, EFFORT-PLAN-E1.2.1.md, ROADMAP.md, orchestrator-state.json or orchestrator-state.yaml, ' +
      "a PLAN.md at the folder's root, and markdown " +
      'in a plans/ or planning/ folder; ' +
      'add other names to "planGlobs" in .waveplan.json.\n',
  );
}

/** Exit code 2 when a path named on the command line could not be read, or nothing could be. */
export function failedToLoad(loaded: LoadedPlans): boolean {
  return (
    loaded.problems.some((p) => p.named) ||
    (loaded.problems.length > 0 && !loaded.projects.some((p) => p.project.files.length))
  );
}

/** Paths as the user should see them: relative to cwd when inside it, each file's worked out once (100,000 findings
 * may name one file). */
export function displayPaths(root: string): (file: string) => string {
  const shown = new Map<string, string>();
  return (file) => {
    let p = shown.get(file);
    if (p === undefined) shown.set(file, (p = relativePath(file, root)));
    return p;
  };
}

/** A project's heading in text output: its name, and its folder when that says more (`code (.)` for the folder read). */
export function projectHeading(part: LoadedPart, shownPath: string): string {
  const where = shownPath || '.';
  return where === part.name ? `Project ${part.name}\n` : `Project ${part.name} (${where})\n`;
}

/** A diagnostic message with absolute paths under root shown relative, as in the rest of the CLI's output. */
export function displayMessage(message: string, root: string): string {
  // Most messages name no path: skip relativeMessage's split and join.
  return message.includes(root) ? relativeMessage(message, root) : message;
}

/** Several projects: which one each diagnostic belongs to (by its name). Undefined for one project (no label). */
export function projectNames(loaded: LoadedPlans): Map<PlanDiagnostic, string> | undefined {
  if (loaded.projects.length < 2) return undefined;
  const names = new Map<PlanDiagnostic, string>();
  for (const part of loaded.projects) for (const d of part.project.diagnostics) names.set(d, part.name);
  return names;
}

/** Every project's diagnostics (the one project's own list when there is one). */
export function allDiagnostics(loaded: LoadedPlans): PlanDiagnostic[] {
  return loaded.projects.length < 2
    ? loaded.project.diagnostics
    : loaded.projects.flatMap((p) => p.project.diagnostics);
}

/** A finding's JSON with the project it belongs to, when there are several. */
export function withProject<T extends object>(json: T, project: string | undefined): T | (T & { project: string }) {
  return project === undefined ? json : { ...json, project };
}
