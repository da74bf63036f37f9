// The Phase → Wave → Effort tree: a snapshot of nodes with stable ids, rebuilt when the plan index changes.
import * as vscode from 'vscode';
import { DEFAULT_LIMITS, type Effort, type Limits, type Project } from '../../core/model/model';
import {
  compactEffortLabel,
  currentWaveId,
  isCoordination,
  waveDescription,
  phaseRow,
  waveRow,
} from '../../core/views/treeShape';
import { lookOf, refreshTargets } from './refreshTargets';
import type { UnplannedItem } from '../../core/worktrees/list';
import { COMMANDS } from '../commandIds';
import { readSettings } from '../config';
import { effortMarkdown, findingsByEffort, worstFinding } from '../../core/views/effortText';
import type { GitStatusView } from '../git/gitStatus';
import { gitMarkdown, gitWords } from '../../core/views/gitStatusText';
import type { EffortGitView } from '../../core/views/gitStatus';
import type { PlanIndex } from '../index/planIndex';
import type { PlanNode, Snapshot } from './treeNodes';
import type { ActivityLog } from '../util/activityLog';

export type { PlanNode } from './treeNodes';

/** What commands take to name an effort: tree nodes, CodeLens and palette arguments all have this shape. */
export interface EffortTarget {
  folderUri: string;
  effortId: string;
}

/** How long VS Code must have asked for no children before the tree is refreshed (see flush). */
const QUIET_MS = 1000;

export class PlanTreeProvider implements vscode.TreeDataProvider<PlanNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<PlanNode | PlanNode[] | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private snapshot: Snapshot | undefined;
  /** Nodes of the last snapshot: the same id keeps the same object, which VS Code's tree needs between refreshes. */
  private previous = new Map<string, PlanNode>();
  private readonly subscription: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: Snapshot | undefined;
  private lastFetch = 0;
  /** VS Code has been given the roots at least once: before that it holds nothing a refresh could correct. */
  private answered = false;
  private effortsAnswered = false;
  /** What each effort or unplanned row looked like when VS Code last got it (see rowLook). */
  private readonly given = new Map<string, string>();

  constructor(
    private readonly index: PlanIndex,
    private readonly git?: GitStatusView,
    private readonly log?: ActivityLog,
  ) {
    this.subscription = vscode.Disposable.from(
      index.onDidChange(() => this.schedule()),
      ...(git ? [git.onDidChange(() => this.schedule())] : []),
    );
  }

  /**
   * One refresh per turn for everything that changed in it (a scan's end and its git status come together), and
   * only of what changed while the tree keeps its shape (see refreshTargets): a whole-tree refresh that arrives
   * while VS Code fetches an opening node's children leaves that node open and empty (seen on first loads).
   */
  private schedule(): void {
    // Callers read the new state at once; the snapshot VS Code last saw is kept to tell what changed in its shape.
    if (!this.timer) this.shown = this.snapshot;
    this.snapshot = undefined;
    this.timer ??= setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    // VS Code asked for children within QUIET_MS: it may still be fetching the children of the nodes it opens, and a
    // refresh now would leave those open and empty. Wait until it has been quiet that long.
    const wait = this.lastFetch + QUIET_MS - Date.now();
    if (wait > 0) {
      this.timer = setTimeout(() => this.flush(), wait);
      return;
    }
    this.timer = undefined;
    const before = this.shown;
    this.shown = undefined;
    // Nothing to correct: VS Code has not been answered yet (its first fetch reads the current snapshot), or it was
    // answered from the current snapshot. (A refresh VS Code gets while it draws its first answer left phases open and
    // empty: the extension host queues a refresh behind the previous one and sends it once it knows the rows.)
    if (!this.answered || before === this.current()) return;
    const targets = before ? refreshTargets(before, this.current()) : 'all';
    if (targets === 'all') {
      this.given.clear();
      this.log?.debug(() => 'Tree: whole-tree refresh');
      this.emitter.fire(undefined);
      return;
    }
    // Rows VS Code has and that look different now; a row it never got is drawn from the snapshot when it asks.
    const rows = targets.filter((n) => !isRow(n) || this.rowChanged(n));
    this.log?.debug(() => `Tree: refresh of ${rows.length} rows (${rows.map((n) => n.id).join(', ')})`);
    if (rows.length) this.emitter.fire(rows);
  }

  /** When VS Code was last answered, or undefined before it got the roots (see planTreeView's firstLook). */
  lastAnswerAt(): number | undefined {
    return this.answered ? this.lastFetch : undefined;
  }

  /** True once VS Code has been given effort rows (the children of the wave it opens on its own, at the latest). */
  hasAnsweredEfforts(): boolean {
    return this.effortsAnswered;
  }

  getChildren(node?: PlanNode): PlanNode[] | Thenable<PlanNode[]> {
    this.lastFetch = Date.now();
    if (!node && !this.index.hasScanned()) {
      // Asked before the first scan is done: answered, whole, once it is. A half-read tree would need a whole-tree
      // refresh later, and one that arrives while VS Code fetches the children of the phases it opens leaves them empty.
      this.log?.debug(() => 'Tree: roots asked during the first scan, answered when it is done');
      return this.index.ready().then(() => this.getChildren());
    }
    const s = this.current();
    if (!node && !this.answered) {
      this.answered = true;
      // VS Code now holds the current snapshot: a refresh scheduled before this answer has nothing to add.
      if (this.timer) this.shown = s;
    }
    const children = node ? (s.children.get(node.id) ?? []) : s.roots;
    if (children.some((c) => c.kind === 'effort')) this.effortsAnswered = true;
    this.log?.debug(() => `Tree: children of ${node?.id ?? 'the root'}: ${children.length}`);
    return children;
  }

  private rowChanged(node: PlanNode): boolean {
    const was = this.given.get(node.id);
    return was !== undefined && was !== rowLook(this.treeItem(node));
  }

  getParent(node: PlanNode): PlanNode | undefined {
    return this.current().parents.get(node.id);
  }

  /** The tree node of an effort, for `reveal`. */
  effortNode(folderUri: string, effortId: string): PlanNode | undefined {
    return this.current().nodes.get(effortKey(folderUri, effortId));
  }

  getTreeItem(node: PlanNode): vscode.TreeItem {
    const t = this.treeItem(node);
    if (isRow(node)) this.given.set(node.id, rowLook(t));
    return t;
  }

  private treeItem(node: PlanNode): vscode.TreeItem {
    const project = this.current().projects.get(node.folderUri);
    switch (node.kind) {
      case 'folder':
        return item(node, node.folder.name, vscode.TreeItemCollapsibleState.Expanded, 'root-folder', 'waveplan.folder');
      case 'phase': {
        const row = phaseRow(node, node.waves.length);
        const t = item(node, row.label, vscode.TreeItemCollapsibleState.Expanded, 'milestone', 'waveplan.phase');
        t.description = row.description;
        t.tooltip = row.title;
        return t;
      }
      case 'wave': {
        const empty = !this.current().children.get(node.id)?.length;
        const state = empty
          ? vscode.TreeItemCollapsibleState.None
          : node.current
            ? vscode.TreeItemCollapsibleState.Expanded
            : vscode.TreeItemCollapsibleState.Collapsed;
        const row = waveRow(node.wave, project);
        const title = row.title;
        const t = item(node, row.label, state, 'layers', 'waveplan.wave');
        t.description = row.description;
        // A closed wave still shows that it holds errors or warnings, as the badge counts them.
        const worst = project ? worstFinding(project, node.wave.efforts) : undefined;
        if (worst) t.iconPath = findingIcon(worst);
        t.tooltip = `${title}\n${waveDescription(node.wave.efforts, project)}${worst ? `\nHolds efforts with ${worst === 'error' ? 'errors' : 'warnings'}` : ''}`;
        return t;
      }
      case 'loose':
        return item(
          node,
          'Efforts without a wave',
          vscode.TreeItemCollapsibleState.Expanded,
          'question',
          'waveplan.loose',
        );
      case 'coordination': {
        const t = item(
          node,
          'Coordination documents',
          vscode.TreeItemCollapsibleState.Collapsed,
          'notebook',
          'waveplan.coordination',
        );
        t.description = `${node.efforts.length}`;
        t.tooltip =
          'Plans without an effort number that coordinate a wave or phase (planning, coordination): not efforts to build.';
        return t;
      }
      case 'effort':
        return this.effortItem(node.effort, node, project);
      case 'unplanned': {
        const t = item(
          node,
          'Unplanned worktrees',
          vscode.TreeItemCollapsibleState.Collapsed,
          'git-branch',
          'waveplan.unplanned',
        );
        t.description = `${node.items.length}`;
        t.tooltip = 'Worktrees and branches named like effort branches that no plan mentions.';
        return t;
      }
      case 'unplannedItem':
        return unplannedItem(node, node.item);
    }
  }

  private effortItem(effort: Effort, node: PlanNode, project: Project | undefined): vscode.TreeItem {
    const limits = this.current().limits.get(node.folderUri) ?? DEFAULT_LIMITS;
    const findings = project ? (findingsByEffort(project).get(effort.id) ?? []) : [];
    const worst = project ? worstFinding(project, [effort.id]) : undefined;
    const errors = worst === 'error';
    const t = new vscode.TreeItem(compactEffortLabel(effort, limits), vscode.TreeItemCollapsibleState.None);
    t.id = node.id;
    const git = this.git?.effort(node.folderUri, effort.id);
    const expectBranch = node.kind === 'effort' && node.expectBranch && !!this.git?.folder(node.folderUri)?.started;
    t.description = effortTreeDescription(effort, limits, git, expectBranch);
    t.iconPath = worst ? findingIcon(worst) : statusIcon(effort.status);
    // `.worktree` / `.branch` suffixes drive the Open / Reveal in Terminal / Remove menu items.
    const where = git?.state === 'worktree' ? '.worktree' : git?.state === 'branch-only' ? '.branch' : '';
    t.contextValue = `waveplan.effort.${errors ? 'error' : effort.status}${where}`;
    const folderUri = vscode.Uri.parse(node.folderUri);
    const root = folderUri.scheme === 'file' ? folderUri.fsPath : undefined;
    let text = project ? effortMarkdown(effort, project, limits, findings, root) : effort.id;
    if (git) text += `\n\n${gitMarkdown(git, limits).join('\n')}`;
    const tooltip = new vscode.MarkdownString(text, true);
    t.tooltip = tooltip;
    const target: EffortTarget = { folderUri: node.folderUri, effortId: effort.id };
    t.command = { command: COMMANDS.openEffort, title: 'Open Effort', arguments: [target] };
    return t;
  }

  private current(): Snapshot {
    if (!this.snapshot) {
      this.snapshot = buildSnapshot(this.index, this.git, this.previous);
      this.previous = this.snapshot.nodes;
    }
    return this.snapshot;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

const isRow = (node: PlanNode) => node.kind === 'effort' || node.kind === 'unplannedItem';

/** Everything a row shows (label, description, icon, tooltip, menus, command): equal looks need no refresh. */
function rowLook(t: vscode.TreeItem): string {
  const icon = t.iconPath instanceof vscode.ThemeIcon ? `${t.iconPath.id}:${t.iconPath.color?.id ?? ''}` : '';
  const tooltip = t.tooltip instanceof vscode.MarkdownString ? t.tooltip.value : (t.tooltip ?? '');
  const label = typeof t.label === 'string' ? t.label : (t.label?.label ?? '');
  return JSON.stringify([label, t.description, icon, tooltip, t.contextValue, t.command?.arguments]);
}

const effortKey = (folderUri: string, id: string) => `${folderUri}#effort:${id}`;

function item(
  node: PlanNode,
  label: string,
  state: vscode.TreeItemCollapsibleState,
  icon: string,
  context: string,
): vscode.TreeItem {
  const t = new vscode.TreeItem(label, state);
  t.id = node.id;
  t.iconPath = new vscode.ThemeIcon(icon);
  t.contextValue = context;
  return t;
}

const STATUS_ICONS: Record<Effort['status'], [string, string?]> = {
  planned: ['circle-large-outline'],
  'in-progress': ['play-circle', 'charts.blue'],
  review: ['eye', 'charts.purple'],
  done: ['pass-filled', 'testing.iconPassed'],
  blocked: ['circle-slash', 'list.warningForeground'],
  unknown: ['circle-large-outline'],
};

function findingIcon(severity: 'error' | 'warning'): vscode.ThemeIcon {
  return new vscode.ThemeIcon(severity, new vscode.ThemeColor(`list.${severity}Foreground`));
}

function statusIcon(status: Effort['status']): vscode.ThemeIcon {
  const [icon, color] = STATUS_ICONS[status];
  return new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
}

function unplannedItem(node: PlanNode, u: UnplannedItem): vscode.TreeItem {
  const label = u.branch ?? (u.worktree ? `detached HEAD` : '?');
  const t = item(
    node,
    label,
    vscode.TreeItemCollapsibleState.None,
    u.kind === 'worktree' ? 'folder' : 'git-branch',
    `waveplan.unplanned.${u.kind}`,
  );
  t.description = u.kind === 'worktree' ? u.worktree : 'branch, no worktree';
  t.tooltip =
    u.kind === 'worktree'
      ? `Worktree ${u.worktree}${u.branch ? ` on ${u.branch}` : ''}: no planned effort uses this branch.`
      : `Branch ${u.branch}: no planned effort uses it.`;
  return t;
}

/** The name, then what git says where it matters: `no branch` only on efforts whose worktree comes next. */
function effortTreeDescription(
  effort: Effort,
  limits: Limits,
  git: EffortGitView | undefined,
  expectBranch: boolean,
): string | undefined {
  const name = effort.name && effort.name !== effort.id ? effort.name : undefined;
  const words = gitWords(git, expectBranch, effort.status);
  const measured = git?.measured !== undefined ? `${git.measured}/${limits.hard} measured` : undefined;
  const parts = [name, measured, words].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : undefined;
}

function buildSnapshot(index: PlanIndex, git: GitStatusView | undefined, previous: Map<string, PlanNode>): Snapshot {
  const s: Snapshot = {
    roots: [],
    nodes: new Map(),
    looks: new Map(),
    limits: new Map(),
    children: new Map(),
    parents: new Map(),
    projects: new Map(),
  };
  const folders = index.projects().filter((p) => p.project.files.length);
  const add = (parent: PlanNode | undefined, fresh: PlanNode) => {
    // Tree ids must be unique; a plan that declares the same phase or wave twice shows it once.
    if (s.nodes.has(fresh.id)) return;
    const old = previous.get(fresh.id);
    const node = old && old.kind === fresh.kind ? Object.assign(old, fresh) : fresh;
    s.nodes.set(node.id, node);
    if (parent) {
      s.parents.set(node.id, parent);
      const list = s.children.get(parent.id);
      if (list) list.push(node);
      else s.children.set(parent.id, [node]);
    } else s.roots.push(node);
  };
  for (const { folder, project } of folders) {
    const folderUri = folder.uri.toString();
    s.projects.set(folderUri, project);
    s.limits.set(folderUri, readSettings(folder.uri).limits);
    let top: PlanNode | undefined;
    if (folders.length > 1) add(undefined, (top = { kind: 'folder', id: folderUri, folderUri, folder }));
    const placed = new Set<string>();
    const coordination = project.efforts.filter(isCoordination).map((e) => e.id);
    for (const id of coordination) placed.add(id);
    const addEffort = (parent: PlanNode, id: string, expectBranch = false) => {
      const effort = project.byId.get(id);
      if (!effort || (placed.has(id) && parent.kind !== 'coordination')) return;
      placed.add(id);
      add(parent, { kind: 'effort', id: effortKey(folderUri, id), folderUri, effortId: id, effort, expectBranch });
    };
    const current = currentWaveId(project);
    for (const phase of project.phases) {
      const phaseNode: PlanNode = {
        kind: 'phase',
        id: `${folderUri}#phase:${phase.phase}`,
        folderUri,
        phase: phase.phase,
        name: phase.name,
        waves: phase.waves,
      };
      add(top, phaseNode);
      for (const wave of phase.waves) {
        const isCurrent = wave.id === current;
        // VS Code applies a node's collapsible state only when it first sees its id: the id says which state it has,
        // so the wave that becomes current (a later file read, an effort finished) opens, and the others close.
        const waveNode: PlanNode = {
          kind: 'wave',
          id: `${folderUri}#wave:${wave.id}${isCurrent ? ':current' : ''}`,
          folderUri,
          wave,
          current: isCurrent,
        };
        add(phaseNode, waveNode);
        for (const id of wave.efforts) addEffort(waveNode, id, isCurrent);
      }
    }
    const loose = project.efforts.filter((e) => !placed.has(e.id)).map((e) => e.id);
    if (loose.length) {
      const looseNode: PlanNode = { kind: 'loose', id: `${folderUri}#loose`, folderUri, efforts: loose };
      add(top, looseNode);
      for (const id of loose) addEffort(looseNode, id);
    }
    if (coordination.length) {
      const group: PlanNode = {
        kind: 'coordination',
        id: `${folderUri}#coordination`,
        folderUri,
        efforts: coordination,
      };
      add(top, group);
      for (const id of coordination) addEffort(group, id);
    }
    const unplanned = git?.folder(folderUri)?.unplanned ?? [];
    if (unplanned.length) {
      const group: PlanNode = { kind: 'unplanned', id: `${folderUri}#unplanned`, folderUri, items: unplanned };
      add(top, group);
      for (const u of unplanned)
        add(group, {
          kind: 'unplannedItem',
          id: `${folderUri}#unplanned:${u.kind}:${u.worktree ?? u.branch}`,
          folderUri,
          item: u,
        });
    }
  }
  for (const node of s.nodes.values())
    if (node.kind !== 'effort' && node.kind !== 'unplannedItem')
      s.looks.set(node.id, lookOf(node, s.projects.get(node.folderUri)));
  return s;
}
