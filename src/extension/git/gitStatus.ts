// Git status of every planned effort, per workspace folder: one batch of git calls per refresh (never per effort per
// keystroke), answers cached by commit ids, refreshed when `.git` changes, the git-relevant plan changes or a worktree
// file is saved. Feeds measured sizes to the plan engine and hides worktree folders from the plan scan.
import * as path from 'path';
import * as vscode from 'vscode';
import { listWith } from '../../core/worktrees/list';
import { branchPatterns } from '../../core/worktrees/naming/naming';
import { Session, toOpError } from '../../core/worktrees/session';
import { SizeCache, measureWith } from '../../core/sizes/size';
import { StatusCache, statusWith } from '../../core/worktrees/status';
import { expandTemplate } from '../../core/worktrees/naming/template';
import { GIT_STATUS_KEYS, readSettings } from '../config';
import type { GitLog } from './gitLog';
import {
  combineStatus,
  gitPlanKey,
  isInside,
  relevantUnplanned,
  sameMeasured,
  type EffortGitView,
  type FolderGitStatus,
} from '../../core/views/gitStatus';
import type { PlanIndex } from '../index/planIndex';
import type { ChosenBases } from '../worktrees/chosenBases';
import { canRunGit, worktreeContext } from '../worktrees/context';
import { DisposableOwner } from '../util/disposables';

/** Plan edits and `.git` events settle this long before git runs (a commit touches several refs and lock files). */
const PLAN_DELAY_MS = 400;
const GIT_DELAY_MS = 500;
const SAVE_DELAY_MS = 800;
/** Focus coming back refreshes (worktrees are edited in other windows) unless the last refresh is this recent. */
const FOCUS_STALE_MS = 5_000;
const MAX_CACHED = 20_000;
// HEAD, refs, reflogs and the worktree registry; never index files (our own `git status` may rewrite those). Reflogs
// because a ref rewritten through its `.lock` file is not always reported (seen in code-server); reflogs are appended.
const GIT_WATCH_GLOB =
  '{HEAD,packed-refs,refs/**,logs/**,worktrees/*,worktrees/*/HEAD,worktrees/*/logs/HEAD,worktrees/*/locked}';

export interface WorktreeHit {
  folderUri: string;
  effortId: string;
  path: string;
}

/** What views read (the tree, status bar and CodeLens). */
export interface GitStatusView {
  readonly onDidChange: vscode.Event<void>;
  folder(folderUri: string): FolderGitStatus | undefined;
  effort(folderUri: string, effortId: string): EffortGitView | undefined;
  /** The planned effort whose worktree holds this file. */
  worktreeAt(fsPath: string): WorktreeHit | undefined;
}

interface Entry {
  folder: vscode.WorkspaceFolder;
  status?: FolderGitStatus;
  error?: string;
  planKey?: string;
  timer?: ReturnType<typeof setTimeout>;
  idle?: Promise<void>;
  again: boolean;
  refreshedAt: number;
  statusCache: StatusCache;
  sizeCache: SizeCache;
  measured?: Map<string, number>;
  print?: string;
  watcher?: { dir: string; disposable: vscode.Disposable };
}

export class GitStatusService extends DisposableOwner implements GitStatusView {
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  /** git processes started by status refreshes (not by commands), for tests and the bounded-work guarantee. */
  gitCalls = 0;
  private started = false;

  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly index: PlanIndex,
    private readonly log: GitLog,
    /** Bases chosen with "Choose Base…": efforts are measured against them instead of a planned base that is missing. */
    private readonly chosenBases?: ChosenBases,
    /** Nothing runs on its own before this resolves (the tree's first look); refresh() always runs. */
    startAfter: Promise<unknown> = Promise.resolve(),
  ) {
    super();
    const ws = vscode.workspace;
    this.registerAll(
      index.onDidChange(() => this.planChanged()),
      index.onDidChangeProjectConfig(() => this.scheduleAll(PLAN_DELAY_MS)),
      ws.onDidChangeConfiguration((e) => {
        if (GIT_STATUS_KEYS.some((k) => e.affectsConfiguration(k))) this.scheduleAll(PLAN_DELAY_MS);
      }),
      ws.onDidGrantWorkspaceTrust(() => this.scheduleAll(0)),
      ws.onDidSaveTextDocument((doc) => this.saved(doc.uri)),
      vscode.window.onDidChangeWindowState((s) => {
        if (!s.focused) return;
        for (const e of this.entries.values()) if (Date.now() - e.refreshedAt > FOCUS_STALE_MS) this.schedule(e, 0);
      }),
    );
    void Promise.all([index.ready(), startAfter]).then(() => {
      this.started = true;
      this.planChanged();
    });
  }

  folder(folderUri: string): FolderGitStatus | undefined {
    return this.entries.get(folderUri)?.status;
  }

  effort(folderUri: string, effortId: string): EffortGitView | undefined {
    return this.entries.get(folderUri)?.status?.efforts.get(effortId);
  }

  /** Why a folder has no status (not a repository, git missing…), if it failed. */
  errorOf(folderUri: string): string | undefined {
    return this.entries.get(folderUri)?.error;
  }

  worktreeAt(fsPath: string): WorktreeHit | undefined {
    for (const [folderUri, e] of this.entries) {
      const hit = e.status?.worktrees.find((w) => isInside(fsPath, w.path));
      if (hit) return { folderUri, effortId: hit.effort, path: hit.path };
    }
    return undefined;
  }

  /** Computes now (after a command changed the repository); resolves when the folder's status is current. */
  refresh(folderUri?: string): Promise<void> {
    this.syncEntries();
    const entries = folderUri
      ? [this.entries.get(folderUri)].filter((e): e is Entry => !!e)
      : [...this.entries.values()];
    return Promise.all(entries.map((e) => this.run(e))).then(() => undefined);
  }

  private planChanged(): void {
    if (!this.started) return;
    for (const e of this.syncEntries()) {
      const fp = this.index.folderProject(e.folder.uri.toString());
      const key = fp ? gitPlanKey(fp.project) : '';
      if (key === e.planKey) continue;
      e.planKey = key;
      this.schedule(e, PLAN_DELAY_MS);
    }
  }

  /** One entry per folder with plan files; entries of folders that went away are dropped. */
  private syncEntries(): Entry[] {
    const live = new Set<string>();
    for (const { folder, project } of this.index.projects()) {
      if (!project.files.length) continue;
      const id = folder.uri.toString();
      live.add(id);
      if (!this.entries.has(id))
        this.entries.set(id, {
          folder,
          again: false,
          refreshedAt: 0,
          statusCache: new StatusCache(),
          sizeCache: new SizeCache(),
        });
    }
    for (const [id, e] of this.entries) {
      if (live.has(id)) continue;
      this.forget(e);
      this.entries.delete(id);
    }
    return [...this.entries.values()];
  }

  private saved(uri: vscode.Uri): void {
    if (uri.scheme !== 'file') return;
    const hit = this.worktreeAt(uri.fsPath);
    const e = hit && this.entries.get(hit.folderUri);
    if (e) this.schedule(e, SAVE_DELAY_MS);
  }

  private scheduleAll(delay: number): void {
    for (const e of this.syncEntries()) this.schedule(e, delay);
  }

  private schedule(e: Entry, delay: number): void {
    if (!this.started) return;
    if (e.timer) clearTimeout(e.timer);
    e.timer = setTimeout(() => {
      e.timer = undefined;
      void this.run(e);
    }, delay);
  }

  /** At most one computation per folder at a time; a request during one runs once more after it. */
  private run(e: Entry): Promise<void> {
    if (e.timer) {
      clearTimeout(e.timer);
      e.timer = undefined;
    }
    if (e.idle) {
      e.again = true;
      return e.idle;
    }
    const idle = (async () => {
      do {
        e.again = false;
        await this.compute(e);
      } while (e.again && !this.isDisposed);
    })().finally(() => {
      if (e.idle === idle) e.idle = undefined;
    });
    e.idle = idle;
    return idle;
  }

  private async compute(e: Entry): Promise<void> {
    const id = e.folder.uri.toString();
    const fp = this.index.folderProject(id);
    if (this.isDisposed || !fp || !readSettings(e.folder.uri).gitStatus || !canRunGit(e.folder)) {
      this.apply(e, undefined, undefined);
      return;
    }
    e.refreshedAt = Date.now();
    const ctx = { ...worktreeContext(e.folder, fp.project, this.log), trace: this.countingTrace() };
    try {
      const session = await Session.open(ctx);
      const listing = listWith(session);
      const withBranch = new Set(listing.efforts.filter((s) => s.branchExists).map((s) => s.effort));
      const planned = fp.project.efforts.filter((ef) => withBranch.has(ef.id));
      const efforts = this.chosenBases ? this.chosenBases.apply(id, planned) : planned;
      if (e.statusCache.size > MAX_CACHED) e.statusCache = new StatusCache();
      if (e.sizeCache.numstat.size > MAX_CACHED) e.sizeCache = new SizeCache();
      // One after the other: each runs up to 4 git processes, and machines may have 2 cores.
      const statuses = await statusWith(session, efforts, { cache: e.statusCache });
      const sizes = await measureWith(session, efforts, {
        cache: e.sizeCache,
        limits: readSettings(e.folder.uri).limits,
      });
      const unplanned = relevantUnplanned(
        listing.unplanned,
        branchPatterns(session.settings, fp.project.repoConfig),
        worktreeRoot(session),
      );
      this.watchGit(e, session.snap.mainPath);
      this.apply(e, combineStatus(listing, statuses, sizes, unplanned), undefined);
    } catch (err) {
      const message = toOpError(err).message;
      if (message !== e.error) this.log.line(`status of ${e.folder.name}: ${message}`);
      this.apply(e, undefined, message);
    }
  }

  private apply(e: Entry, status: FolderGitStatus | undefined, error: string | undefined): void {
    const id = e.folder.uri.toString();
    // Views rebuild only when something they show changed (refreshes after focus or saves usually change nothing).
    const print = status ? fingerprint(status) : '';
    const changed = print !== e.print || error !== e.error;
    e.print = print;
    e.status = status;
    e.error = error;
    if (!this.entries.has(id) || this.isDisposed) return;
    this.index.setWorktreeFolders(id, status?.linked ?? []);
    const measured = status?.measured.size ? status.measured : undefined;
    if (!sameMeasured(e.measured, measured)) {
      e.measured = measured;
      this.index.setMeasuredSizes(id, measured);
    }
    if (changed) this.emitter.fire();
  }

  private countingTrace(): (args: readonly string[], cwd: string) => void {
    return (args, cwd) => {
      this.gitCalls++;
      this.log.trace(args, cwd);
    };
  }

  /** Watches the repository's `.git` folder (also outside the workspace, e.g. a plan folder inside a larger repo). */
  private watchGit(e: Entry, mainPath: string): void {
    const dir = path.join(mainPath, '.git');
    if (e.watcher?.dir === dir) return;
    e.watcher?.disposable.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(vscode.Uri.file(dir), GIT_WATCH_GLOB),
    );
    const changed = () => this.schedule(e, GIT_DELAY_MS);
    e.watcher = {
      dir,
      disposable: vscode.Disposable.from(
        watcher,
        watcher.onDidCreate(changed),
        watcher.onDidChange(changed),
        watcher.onDidDelete(changed),
      ),
    };
  }

  private forget(e: Entry): void {
    if (e.timer) clearTimeout(e.timer);
    e.watcher?.disposable.dispose();
    e.watcher = undefined;
  }

  override dispose(): void {
    for (const e of this.entries.values()) this.forget(e);
    super.dispose();
  }
}

function worktreeRoot(session: Session): string | undefined {
  try {
    const root = session.ctx.root ?? session.settings.root;
    return path.resolve(session.snap.mainPath, expandTemplate(root, { repo: session.snap.repoName }, 'worktree root'));
  } catch {
    return undefined;
  }
}

function fingerprint(status: FolderGitStatus): string {
  return JSON.stringify([
    status.main,
    [...status.efforts],
    status.unplanned,
    status.worktrees,
    status.linked,
    status.started,
  ]);
}
