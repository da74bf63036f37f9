// The Phase → Wave → Effort tree: a snapshot of nodes with stable ids, rebuilt when the plan index changes.
import * as vscode from 'vscode';
import { refreshTargets } from './refreshTargets';
import type { GitStatusView } from '../git/gitStatus';
import type { PlanIndex } from '../index/planIndex';
import type { PlanNode, Snapshot } from './treeNodes';
import type { ActivityLog } from '../util/activityLog';
import { rowLook, treeItemOf } from './treeItems';
import { buildSnapshot, effortKey } from './treeSnapshot';

export type { PlanNode } from './treeNodes';
export type { EffortTarget } from './treeItems';

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

  private treeItem(node: PlanNode): vscode.TreeItem {
    return treeItemOf(node, this.current(), this.git);
  }

  getTreeItem(node: PlanNode): vscode.TreeItem {
    const t = this.treeItem(node);
    if (isRow(node)) this.given.set(node.id, rowLook(t));
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
