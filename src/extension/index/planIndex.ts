// The workspace plan index: one PlanEngine per project, fed by a scan, file watchers and live editor text. A project is
// a workspace folder, or each git repository inside it when plans sit in several (core/files/projects.ts).
import * as path from 'path';
import * as vscode from 'vscode';
import { PlanEngine } from '../../core/project/engine';
import type { Effort, PlanFileKind, Project } from '../../core/model/model';
import { readSettings, RESCAN_KEYS } from '../config';
import { forgetProjectConfigs, projectConfigFor } from '../projectConfig';
import { PROJECT_CONFIG_FILE } from '../../core/config/fileName';
import { fromPosition } from '../util/convert';
import { PlanFileFilter } from '../../core/files/filter';
import { isInside } from '../../core/views/gitStatus';
import { locatorFor } from '../../core/views/locator';
import type { FolderProject, PlanIndexView } from './planIndexApi';
import { worktreeCopies } from '../../core/worktrees/folders';
import { DisposableOwner } from '../util/disposables';
import { findCandidates, readBytes } from './planFiles';
import type { ScanProblem } from '../../core/files/scan';
import type { ActivityLog } from '../util/activityLog';
import { planFileCount } from '../../core/files/dataFiles';
import { nestedRoots, repositoryOf, splitByRepository, nestedWorktreeCopies } from '../../core/files/projects';

/** Typing settles for this long before plans are re-read (VS Code's markdown validation uses ~300 ms). */
const DEBOUNCE_MS = 200;
/** While the first scan reads files, the tree is redrawn this often with what was read so far. */
const PROGRESS_MS = 150;

type Op = 'text' | 'disk' | 'delete';

/** How far the running scan is: plan files read of those found. */
export interface ScanProgress {
  read: number;
  total: number;
}

/** A workspace folder: its settings' file filter, its watchers, and the git repositories found inside it. */
interface WorkspaceState {
  folder: vscode.WorkspaceFolder;
  filter: PlanFileFilter;
  watchers: vscode.Disposable[];
  /** Repositories below the folder, deepest first (nestedRoots): each holding plans is a project of its own. */
  roots: string[];
  /** Linked worktrees of those repositories inside the folder: copies of their plans, never read. */
  copies: string[];
}

interface FolderState {
  /** The project's folder: the workspace folder, or a repository inside it (named by its path below the folder). */
  folder: vscode.WorkspaceFolder;
  workspace: WorkspaceState;
  engine: PlanEngine;
  uris: Map<string, vscode.Uri>;
  /** Linked worktree folders inside this folder (from git): full checkouts whose plans are copies, never read. */
  worktrees: string[];
}

export const EMPTY_PROJECT: Project = Object.freeze({
  efforts: [],
  byId: new Map(),
  facts: new Map(),
  phases: [],
  diagnostics: [],
  files: [],
});

/** Engine key of a document: its file system path (as the CLI uses), or the URI for other schemes. */
export const keyOf = (uri: vscode.Uri): string => (uri.scheme === 'file' ? uri.fsPath : uri.toString());

export class PlanIndex extends DisposableOwner implements PlanIndexView {
  /** Projects by their folder's URI. */
  private readonly states = new Map<string, FolderState>();
  /** Workspace folders by URI. */
  private readonly workspaces = new Map<string, WorkspaceState>();
  private readonly pending = new Map<string, { state: FolderState; uri: vscode.Uri; op: Op }>();
  private readonly emitter = this.register(new vscode.EventEmitter<Project>());
  private readonly settingsEmitter = this.register(new vscode.EventEmitter<void>());
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private changed = false;
  /** The projects of the last change event, per folder in order. */
  private published: Project[] = [];
  private scanned: Promise<void> | undefined;
  private markReady!: () => void;
  private firstScanDone = false;
  private readonly readyPromise = new Promise<void>((resolve) => (this.markReady = resolve));

  readonly onDidChange = this.emitter.event;
  /** A `.waveplan.json` changed: settings (names, bases, limits, globs) may differ. */
  readonly onDidChangeProjectConfig = this.settingsEmitter.event;
  private scan: ScanProgress | undefined;
  private partialTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly progressEmitter = this.register(new vscode.EventEmitter<ScanProgress | undefined>());
  /**
   * Fires while a scan reads files (files read of those found, for the view's message) and with undefined when the
   * scan is done. Problems never shows the model of a half-read scan; the tree redraws only when the scan is done.
   */
  readonly onDidProgress = this.progressEmitter.event;

  constructor(private readonly log?: ActivityLog) {
    super();
    const ws = vscode.workspace;
    this.registerAll(
      ws.onDidChangeTextDocument((e) => e.contentChanges.length && this.queue(e.document.uri, 'text')),
      ws.onDidCloseTextDocument((d) => this.queue(d.uri, 'disk')),
      ws.onDidChangeWorkspaceFolders(() => void this.rescan()),
      ws.onDidChangeConfiguration((e) => {
        if (RESCAN_KEYS.some((k) => e.affectsConfiguration(k))) void this.rescan();
        else if (e.affectsConfiguration('waveplan.limits')) this.applyLimits();
      }),
      this.watchProjectConfig(),
    );
  }

  /**
   * Starts the first scan now: the folder walk runs before this returns, the files are read on later turns. (Not on a
   * timer: while VS Code loads the other extensions of a new window, a timeout of 0 fired 0.8–1.1 s late.)
   */
  start(): void {
    void this.rescan().finally(() => {
      this.firstScanDone = true;
      this.markReady();
    });
  }

  /** True once the first scan is done (ready() has resolved or is resolving). */
  hasScanned(): boolean {
    return this.firstScanDone;
  }

  ready(): Promise<void> {
    return this.readyPromise;
  }

  /** The running scan's progress, or undefined when no scan runs. */
  scanProgress(): ScanProgress | undefined {
    return this.scan && { ...this.scan };
  }

  /** Finds every plan file again (Refresh, settings and folder changes) and publishes the result. */
  rescan(): Promise<void> {
    const run = (this.scanned ?? Promise.resolve()).then(() => this.scanAll());
    this.scanned = run.catch(() => undefined);
    return run;
  }

  project(): Project {
    const active = vscode.window.activeTextEditor?.document.uri;
    const own = active && this.stateFor(active);
    if (own && own.engine.files().length) return own.engine.project();
    const all = this.projects();
    return (all.find((p) => p.project.efforts.length) ?? all[0])?.project ?? EMPTY_PROJECT;
  }

  projects(): FolderProject[] {
    return [...this.states.values()].map((s) => ({ folder: s.folder, project: s.engine.project() }));
  }

  uriOf(file: string): vscode.Uri {
    for (const s of this.states.values()) {
      const uri = s.uris.get(file);
      if (uri) return uri;
    }
    return /^[a-z][\w+.-]*:\/\//i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
  }

  /** The project and engine key of a plan document, when the index reads it. */
  locate(uri: vscode.Uri): { project: Project; file: string; folder: vscode.WorkspaceFolder } | undefined {
    const state = this.stateFor(uri);
    const file = keyOf(uri);
    return state?.engine.has(file) ? { project: state.engine.project(), file, folder: state.folder } : undefined;
  }

  /**
   * Like locate, for a language feature answering about this document's current text: an edit still waiting for
   * the debounce is read now. VS Code caches some answers (the outline) per document version, so an answer from
   * the older text would stay wrong until the next edit.
   */
  locateDocument(document: vscode.TextDocument): ReturnType<PlanIndex['locate']> {
    const key = keyOf(document.uri);
    const waiting = this.pending.get(key);
    if (waiting?.op === 'text') {
      const kind = this.kindOf(waiting.state, document.uri);
      if (kind && waiting.state.engine.update(key, document.getText(), kind)) this.changed = true;
    }
    return this.locate(document.uri);
  }

  /** Measured branch sizes of a folder's efforts (from git), for the `effort-measured-oversized` check. */
  setMeasuredSizes(folderUri: string, measured: Map<string, number> | undefined): void {
    const state = this.states.get(folderUri);
    if (!state) return;
    state.engine.setMeasuredSizes(measured);
    this.changed = true;
    this.publish();
  }

  /** Worktree folders of the folder's repository; those inside the folder are left out of scans and watchers. */
  setWorktreeFolders(folderUri: string, paths: readonly string[]): void {
    const state = this.states.get(folderUri);
    if (!state || state.folder.uri.scheme !== 'file') return;
    const root = state.folder.uri.fsPath;
    const inside = paths.filter((p) => p !== root && isInside(p, root)).sort();
    if (inside.join('\n') === state.worktrees.join('\n')) return;
    state.worktrees = inside;
    for (const key of state.engine.files()) {
      const uri = state.uris.get(key);
      if (uri && !this.kindOf(state, uri) && state.engine.remove(key)) {
        state.uris.delete(key);
        this.changed = true;
      }
    }
    this.publish();
  }

  /**
   * The project of a document's folder read with every open plan editor's current text (typing not yet debounced
   * included), and the texts it was read from: what edits across files (rename, move to wave) are computed on.
   */
  projectWithTexts(
    document: vscode.TextDocument,
  ): { project: Project; file: string; text: (file: string) => string | undefined } | undefined {
    const state = this.stateFor(document.uri);
    if (!state) return undefined;
    for (const doc of vscode.workspace.textDocuments) if (this.stateFor(doc.uri) === state) this.locateDocument(doc);
    const hit = this.locateDocument(document);
    return hit && { project: hit.project, file: hit.file, text: (file) => state.engine.text(file) };
  }

  /** The project of a workspace folder (by its URI string). */
  folderProject(folderUri: string): FolderProject | undefined {
    const s = this.states.get(folderUri);
    return s && { folder: s.folder, project: s.engine.project() };
  }

  effortAt(uri: vscode.Uri, position: vscode.Position): Effort | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const hit = doc ? this.locateDocument(doc) : this.locate(uri);
    if (!hit) return undefined;
    const { line, column } = fromPosition(position);
    return locatorFor(hit.project).effortAt(hit.file, line, column);
  }

  private stateFor(uri: vscode.Uri): FolderState | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const ws = folder && this.workspaces.get(folder.uri.toString());
    if (!ws) return folder && this.states.get(folder.uri.toString());
    return this.states.get(this.projectKey(ws, uri));
  }

  /** The key of the project a document of this workspace folder belongs to (which may not have a state yet). */
  private projectKey(ws: WorkspaceState, uri: vscode.Uri): string {
    if (!ws.roots.length || uri.scheme !== 'file') return ws.folder.uri.toString();
    const root = repositoryOf(uri.fsPath, ws.folder.uri.fsPath, ws.roots);
    return root === ws.folder.uri.fsPath ? ws.folder.uri.toString() : vscode.Uri.file(root).toString();
  }

  private kindOf(state: FolderState, uri: vscode.Uri): PlanFileKind | undefined {
    if (state.worktrees.length && uri.scheme === 'file' && state.worktrees.some((w) => isInside(uri.fsPath, w)))
      return undefined;
    return this.kindIn(state.workspace, uri);
  }

  /** The plan globs are the workspace folder's, relative to it. */
  private kindIn(ws: WorkspaceState, uri: vscode.Uri): PlanFileKind | undefined {
    if (ws.copies.length && uri.scheme === 'file' && ws.copies.some((c) => isInside(uri.fsPath, c))) return undefined;
    const rel = path.posix.relative(ws.folder.uri.path, uri.path);
    return rel.startsWith('..') ? undefined : ws.filter.kindOf(rel);
  }

  private queue(uri: vscode.Uri, op: Op): void {
    const state = this.stateFor(uri);
    if (!state) return this.projectAppeared(uri, op);
    const key = keyOf(uri);
    if (op !== 'delete' && !state.engine.has(key) && !this.kindOf(state, uri)) return;
    if (op === 'delete' && !state.engine.has(key)) return;
    this.pending.set(key, { state, uri, op });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  /** A plan in a repository of a workspace folder that had none: the split into projects changes, scan again. */
  private projectAppeared(uri: vscode.Uri, op: Op): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const ws = folder && this.workspaces.get(folder.uri.toString());
    if (op !== 'delete' && ws && this.kindIn(ws, uri)) void this.rescan();
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const generation = ++this.generation;
    const batch = [...this.pending];
    this.pending.clear();
    const open = openDocuments();
    await Promise.all(batch.map(([key, p]) => this.apply(key, p.state, p.uri, p.op, open)));
    // A newer flush started while files were read: it publishes, so this one's result is already stale.
    if (generation === this.generation) this.publish();
  }

  private async apply(
    key: string,
    state: FolderState,
    uri: vscode.Uri,
    op: Op,
    open: Map<string, vscode.TextDocument>,
  ): Promise<void> {
    const kind = this.kindOf(state, uri);
    if (op === 'delete' || !kind) {
      if (state.engine.remove(key)) this.changed = true;
      state.uris.delete(key);
      return;
    }
    const doc = open.get(uri.toString());
    if (doc) return this.store(state, key, uri, () => state.engine.update(key, doc.getText(), kind));
    const bytes = await readBytes(uri);
    // Dropped when the file changed again (or was opened and edited) while it was being read.
    if (this.pending.has(key) || openDocuments().has(uri.toString())) return;
    if (bytes === undefined) {
      if (state.engine.remove(key)) this.changed = true;
      state.uris.delete(key);
      return;
    }
    if ('refused' in bytes) this.store(state, key, uri, () => state.engine.refuse(key, bytes.refused, kind));
    else this.store(state, key, uri, () => state.engine.updateBytes(key, bytes, kind));
  }

  private store(state: FolderState, key: string, uri: vscode.Uri, update: () => boolean): void {
    state.uris.set(key, uri);
    if (update()) this.changed = true;
  }

  private publish(): void {
    if (!this.changed) return;
    this.changed = false;
    // Typing prose leaves every folder's merged, checked project as it was (the engine keeps it): then the
    // diagnostics, tree, CodeLens and graph have nothing to redo.
    const projects = [...this.states.values()].map((s) => s.engine.project());
    if (projects.length === this.published.length && projects.every((p, i) => p === this.published[i])) return;
    this.published = projects;
    this.emitter.fire(this.project());
  }

  private applyLimits(): void {
    for (const s of this.states.values()) s.engine.setLimits(readSettings(s.folder.uri).limits);
    this.changed = true;
    this.publish();
  }

  private async scanAll(): Promise<void> {
    const all = vscode.workspace.workspaceFolders ?? [];
    const onDisk = all.filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
    const copies = onDisk.length > 1 ? await worktreeCopies(onDisk) : new Set<string>();
    const folders = all.filter((f) => !(f.uri.scheme === 'file' && copies.has(f.uri.fsPath)));
    const live = new Set(folders.map((f) => f.uri.toString()));
    for (const [id, ws] of this.workspaces) {
      if (live.has(id)) continue;
      ws.watchers.forEach((w) => w.dispose());
      this.workspaces.delete(id);
    }
    for (const [id, s] of this.states) {
      if (live.has(s.workspace.folder.uri.toString())) continue;
      this.states.delete(id);
      this.changed = true;
    }
    this.scan = { read: 0, total: 0 };
    this.progressEmitter.fire({ ...this.scan });
    const started = Date.now();
    this.log?.debug(() => 'Scan: started');
    try {
      // Test hook: a first scan that ends this long after the view may have asked for its tree (a slow disk).
      const hold = this.firstScanDone
        ? 0
        : (vscode.workspace.getConfiguration('waveplan').get<number>('test.holdFirstScanMs') ?? 0);
      if (hold > 0) await new Promise((resolve) => setTimeout(resolve, hold));
      await Promise.all(folders.map((f) => this.scanFolder(f)));
      const read = Date.now();
      const projects = this.projects().map((p) => p.project);
      const count = (f: (p: Project) => number) => projects.reduce((n, p) => n + f(p), 0);
      this.log?.info(
        `Scan: ${count(planFileCount)} plan files in ${folders.length} folder(s) found and read in ${read - started} ms, ` +
          `merged and checked in ${Date.now() - read} ms (${count((p) => p.efforts.length)} efforts, ${count((p) => p.diagnostics.length)} problems)`,
      );
    } finally {
      this.scan = undefined;
      if (this.partialTimer) clearTimeout(this.partialTimer);
      this.partialTimer = undefined;
      this.changed = true;
      this.publish();
      this.progressEmitter.fire(undefined);
      this.log?.debug(() => 'Scan: done and published');
    }
  }

  /** Tells the view how far the scan is, no more often than every PROGRESS_MS. */
  private reportProgress(): void {
    if (!this.scan || this.partialTimer) return;
    this.partialTimer = setTimeout(() => {
      this.partialTimer = undefined;
      if (this.scan) this.progressEmitter.fire({ ...this.scan });
    }, PROGRESS_MS);
  }

  private async scanFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const settings = readSettings(folder.uri);
    let ws = this.workspaces.get(folder.uri.toString());
    if (!ws) {
      ws = { folder, filter: new PlanFileFilter(settings), watchers: [], roots: [], copies: [] };
      this.workspaces.set(folder.uri.toString(), ws);
    }
    ws.filter = new PlanFileFilter(settings);
    ws.watchers.forEach((w) => w.dispose());
    ws.watchers = [...settings.planGlobs.map((glob) => this.watch(folder, glob)), this.watchFolders(ws)];
    const searched = Date.now();
    const problems: ScanProblem[] = [];
    const { uris, refused, ...repos } = await findCandidates(folder, ws.filter, settings.planGlobs, problems);
    this.log?.info(`Search of ${folder.name}: ${uris.length} plan files in ${Date.now() - searched} ms`);
    this.log?.debug(() => `Search of ${folder.name} done`);
    for (const p of problems) this.log?.info(p.message);
    const top = folder.uri.scheme === 'file' ? folder.uri.fsPath : '';
    ws.copies = top ? nestedWorktreeCopies(top, repos) : [];
    ws.roots = top ? nestedRoots(top, repos.repos).filter((r) => !ws.copies.includes(r)) : [];
    const found: { file: string; uri: vscode.Uri; refused?: string }[] = [
      ...refused.map((r) => ({ file: r.file, uri: vscode.Uri.file(r.file), refused: r.problem })),
      ...uris.map((uri) => ({ file: keyOf(uri), uri })),
    ];
    // One project per repository holding plans; a folder without nested repositories is one project, as before.
    const parts = top ? splitByRepository(top, repos, found, (f) => f.file) : [{ root: '', name: '', items: found }];
    const keep = new Set<string>();
    await Promise.all(
      parts.map((part, i) => {
        const nested = part.root !== top;
        const project = nested ? { uri: vscode.Uri.file(part.root), name: part.name, index: folder.index } : folder;
        keep.add(project.uri.toString());
        // The project file's problems are reported once, with the first project.
        return this.scanProject(ws, project, settings, part.items, i === 0);
      }),
    );
    for (const [id, s] of this.states) {
      if (s.workspace === ws && !keep.has(id)) {
        this.states.delete(id);
        this.changed = true;
      }
    }
  }

  private async scanProject(
    ws: WorkspaceState,
    folder: vscode.WorkspaceFolder,
    settings: ReturnType<typeof readSettings>,
    items: { file: string; uri: vscode.Uri; refused?: string }[],
    first: boolean,
  ): Promise<void> {
    let state = this.states.get(folder.uri.toString());
    if (!state) {
      state = {
        folder,
        workspace: ws,
        engine: new PlanEngine({ limits: settings.limits }),
        uris: new Map(),
        worktrees: [],
      };
      this.states.set(folder.uri.toString(), state);
    }
    state.workspace = ws;
    // A repository with its own project file takes its limits and reports its problems; the folder's are reported once.
    const config = projectConfigFor(folder);
    const own = config !== projectConfigFor(ws.folder);
    state.engine.setLimits(own ? readSettings(folder.uri).limits : settings.limits);
    state.engine.setConfigDiagnostics(own || first ? config.diagnostics : []);
    const found = new Map<string, vscode.Uri>();
    const kept = new Set<string>();
    for (const { file, uri, refused } of items) {
      const kind = this.kindOf(state, uri);
      if (!kind) continue;
      if (refused === undefined) found.set(file, uri);
      else {
        kept.add(file);
        this.store(state, file, uri, () => state.engine.refuse(file, refused, kind));
      }
    }
    for (const key of state.engine.files()) {
      if (!found.has(key) && !kept.has(key)) state.engine.remove(key);
    }
    const open = openDocuments();
    const scan = this.scan;
    if (scan) scan.total += found.size;
    await Promise.all(
      [...found].map(async ([key, uri]) => {
        await this.apply(key, state, uri, 'disk', open);
        if (scan) scan.read++;
        this.reportProgress();
      }),
    );
  }

  private watch(folder: vscode.WorkspaceFolder, glob: string): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
    return vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((uri) => this.queue(uri, 'disk')),
      watcher.onDidChange((uri) => this.queue(uri, 'disk')),
      watcher.onDidDelete((uri) => this.queue(uri, 'delete')),
    );
  }

  /**
   * VS Code reports a folder deleted, moved or checked out as one event for the folder, never for the plans in it, and
   * a plan glob never matches a folder's path: without this watcher the plans of a deleted folder stayed in the tree,
   * and plans written into a folder the moment it was made could be missed. It hears every path; a deletion costs a
   * prefix test per known plan, a creation a stat only when the name has no file extension.
   */
  private watchFolders(ws: WorkspaceState): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(ws.folder, '**/*'),
      false,
      true,
      false,
    );
    return vscode.Disposable.from(
      watcher,
      watcher.onDidDelete((uri) => {
        // A prefix test per known plan: a build deleting 10,000 files costs a few milliseconds in all.
        const prefix = keyOf(uri) + (uri.scheme === 'file' ? path.sep : '/');
        for (const state of this.states.values()) {
          if (state.workspace !== ws) continue;
          for (const [key, known] of state.uris) if (key.startsWith(prefix)) this.queue(known, 'delete');
        }
      }),
      watcher.onDidCreate((uri) => void this.readCreatedFolder(ws, uri)),
    );
  }

  private async readCreatedFolder(ws: WorkspaceState, uri: vscode.Uri): Promise<void> {
    if (EXTENSION.test(uri.path) || this.kindIn(ws, uri)) return;
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    if (!stat || !(stat.type & vscode.FileType.Directory)) return;
    const rel = path.posix.relative(ws.folder.uri.path, uri.path);
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(ws.folder, `${rel}/**/*`));
    for (const file of files) this.queue(file, 'disk');
  }

  /** `.waveplan.json` is shared with the CLI: re-read it, find the plan files again, and tell git status. */
  private watchProjectConfig(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${PROJECT_CONFIG_FILE}`);
    const changed = () => {
      forgetProjectConfigs();
      void this.rescan().then(() => this.settingsEmitter.fire());
    };
    return vscode.Disposable.from(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
    );
  }

  override dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.partialTimer) clearTimeout(this.partialTimer);
    for (const ws of this.workspaces.values()) ws.watchers.forEach((w) => w.dispose());
    super.dispose();
  }
}

/**
 * `notes.md`, `build.js`: a file, not worth a stat when it is created (folders seldom have an extension). A name that
 * only starts with a dot is a dot-folder's (`.planning`, GSD's plans), not an extension: its plans were missed when a
 * tool made it and wrote them at once.
 */
const EXTENSION = /[^/.]\.[A-Za-z0-9]{1,8}$/;

function openDocuments(): Map<string, vscode.TextDocument> {
  return new Map(vscode.workspace.textDocuments.filter((d) => !d.isClosed).map((d) => [d.uri.toString(), d]));
}
