// The dependency-graph panel: one per window, restored after reload by a serializer (no retainContextWhenHidden:
// the webview keeps its view and pan/zoom with setState and asks for the graph again when it comes back).
import * as vscode from 'vscode';
import { nodeForEffort, projectToMermaid, viewForEffort } from '../../core/mermaid/flowchart';
import { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT_SIZE, type GraphView, type MermaidGraph } from '../../core/mermaid/types';
import type { Project } from '../../core/model/model';
import {
  parseWebviewMessage,
  viewKeyOf,
  type ExtensionToWebview,
  type GraphWebviewState,
  type WebviewToExtension,
} from '../../shared/graphMessages';
import type { GitStatusView } from '../git/gitStatus';
import type { PlanIndexView } from '../index/planIndexApi';
import { graphGitFor } from './graphGit';
import { readGraphSettings } from './graphSettings';
import { graphHtml, makeNonce } from './html';
import { openEffortSource } from './openEffort';
import { saveSvg } from './saveSvg';
import { DisposableOwner } from '../util/disposables';
import { errorMessage } from '../util/guard';
import { untrackedEfforts } from '../../core/views/untracked';

/** Model changes settle this long before the graph is recomputed (the index already debounces typing). */
const UPDATE_DELAY_MS = 250;
const CURSOR_DELAY_MS = 150;

export interface GraphHooks {
  /** Selects an effort in the plan tree after a node click. */
  selectEffortInTree?: (effortId: string, folder?: vscode.WorkspaceFolder) => void;
  /** Critical path of a project's remaining work (ids in order); `merged`: efforts whose branch git says is merged. */
  criticalPath?: (project: Project, merged?: ReadonlySet<string>) => readonly string[];
  /** Git status of efforts, drawn in their nodes and redrawn when it changes. */
  git?: GitStatusView;
}

export interface GraphRenderEvent {
  generation: number;
  nodes?: number;
  ms?: number;
  error?: string;
}

/** What a panel is made with: the extension, the model, the hooks, and who to tell when it closes. */
export interface GraphPanelDeps {
  context: vscode.ExtensionContext;
  index: PlanIndexView;
  hooks: GraphHooks;
  onDidClose: (panel: GraphPanel) => void;
}

export class GraphPanel extends DisposableOwner {
  private readonly renderEmitter = this.register(new vscode.EventEmitter<GraphRenderEvent>());
  /** Fires when the webview has drawn (or failed to draw) a graph this panel sent. */
  readonly onDidRender = this.renderEmitter.event;
  private view: GraphView = { mode: 'auto' };
  private folderUri: string | undefined;
  private ready = false;
  private generation = 0;
  private lastGraph: MermaidGraph | undefined;
  private lastSent: string | undefined;
  private lastHighlight: string | undefined;
  private pendingReveal: string | undefined;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly context: vscode.ExtensionContext;
  private readonly index: PlanIndexView;
  private readonly hooks: GraphHooks;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: GraphPanelDeps,
    state: GraphWebviewState | undefined,
  ) {
    super();
    const { context, index } = deps;
    this.context = context;
    this.index = index;
    this.hooks = deps.hooks;
    if (state) this.view = state.view;
    this.folderUri = this.folderOf(index.project());
    panel.webview.options = webviewOptions(context);
    // The tab icon is drawn as is (not themed like the activity bar's): one for light, one for dark themes.
    panel.iconPath = {
      light: vscode.Uri.joinPath(context.extensionUri, 'media', 'waveplan-light.svg'),
      dark: vscode.Uri.joinPath(context.extensionUri, 'media', 'waveplan-dark.svg'),
    };
    panel.webview.html = this.html();
    this.registerAll(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw) => {
        const msg = parseWebviewMessage(raw);
        // A failing handler (say, the export's save dialog) must reach the user, not vanish in a dropped promise.
        if (msg)
          this.onMessage(msg).catch(
            (err) => void vscode.window.showErrorMessage(`Waveplan graph: ${errorMessage(err)}`),
          );
      }),
      index.onDidChange(() => this.scheduleUpdate()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['waveplan.graph', 'waveplan.limits', 'waveplan.git.status'].some((k) => e.affectsConfiguration(k)))
          this.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e.textEditor)),
    );
    if (this.hooks.git) this.register(this.hooks.git.onDidChange(() => this.scheduleUpdate()));
  }

  /** Brings the panel to the front. */
  show(): void {
    this.panel.reveal(undefined, false);
  }

  /** Turns the panel to a project's graph (another project's view focus is dropped, its mode kept). */
  turnTo(folder: vscode.WorkspaceFolder | undefined): void {
    if (this.setFolder(folder) && this.ready) this.update(true);
  }

  /**
   * Shows an effort as its own node (drilling into its wave if needed), selected and centred. With its project's
   * folder the panel turns to that project: projects of one window reuse ids (svc-a's and svc-b's E1.1.1).
   */
  focusEffort(effortId: string, folder?: vscode.WorkspaceFolder): void {
    this.setFolder(folder);
    this.pendingReveal = effortId;
    this.panel.reveal(undefined, true);
    if (this.ready) this.update(true);
  }

  /** The graph last sent to the webview (for tests and commands). */
  get graph(): MermaidGraph | undefined {
    return this.lastGraph;
  }

  get webviewPanel(): vscode.WebviewPanel {
    return this.panel;
  }

  override dispose(): void {
    if (this.isDisposed) return;
    if (this.updateTimer) clearTimeout(this.updateTimer);
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    super.dispose();
    this.panel.dispose();
    this.deps.onDidClose(this);
  }

  private html(): string {
    const webview = this.panel.webview;
    const uri = (...parts: string[]) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, ...parts)).toString();
    return graphHtml({
      cspSource: webview.cspSource,
      scriptUri: uri('dist', 'webview.js'),
      styleUri: uri('media', 'graph.css'),
      nonce: makeNonce(),
      config: { maxTextSize: MERMAID_MAX_TEXT_SIZE, maxEdges: MERMAID_MAX_EDGES },
      title: 'Waveplan Graph',
    });
  }

  private async onMessage(msg: WebviewToExtension): Promise<void> {
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        if (msg.state) this.view = msg.state.view;
        this.update(true);
        return;
      case 'setView': {
        const focus = msg.view.focus;
        // "Neighbours" asks for an effort's surroundings: how far is a setting, not the webview's choice.
        const hops = readGraphSettings(this.folder()?.uri).focusHops;
        this.view = focus?.kind === 'effort' ? { ...msg.view, focus: { ...focus, hops } } : msg.view;
        this.update(true);
        return;
      }
      case 'openEffort':
        return this.openEffort(msg.id);
      case 'exportSvg': {
        const folder = this.folder();
        const result = await saveSvg(msg.svg, folder?.uri);
        if (result) this.post({ type: 'exportResult', ...result });
        return;
      }
      case 'createExamplePlan':
        await vscode.commands.executeCommand('waveplan.createExamplePlan');
        return;
      case 'showProblems':
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        return;
      case 'rendered':
        this.renderEmitter.fire({ generation: msg.generation, nodes: msg.nodes, ms: msg.ms });
        return;
      case 'renderError':
        this.renderEmitter.fire({ generation: msg.generation, error: msg.message });
        return;
    }
  }

  private async openEffort(effortId: string): Promise<void> {
    const effort = this.project().byId.get(effortId);
    if (!effort) {
      void vscode.window.showWarningMessage(`Waveplan: ${effortId} is no longer in the plan.`);
      return;
    }
    try {
      await openEffortSource(this.index, effort, this.panel.viewColumn);
    } catch (err) {
      void vscode.window.showErrorMessage(
        `Waveplan: could not open ${effortId}: ${err instanceof Error ? err.message : String(err)}`,
      );
      return;
    }
    this.hooks.selectEffortInTree?.(effortId, this.folder());
  }

  private scheduleUpdate(): void {
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => {
      this.updateTimer = undefined;
      this.update(false);
    }, UPDATE_DELAY_MS);
  }

  /** Recomputes the Mermaid text; sends it when it changed (or when `force`, e.g. a reloaded webview). */
  private update(force: boolean): void {
    if (!this.ready) return;
    const project = this.project();
    const settings = readGraphSettings(this.folder()?.uri);
    const git = graphGitFor(this.hooks.git, this.folder(), project);
    const merged = new Set([...(git ?? [])].filter(([, s]) => s.merged).map(([id]) => id));
    const compute = (view: GraphView) =>
      projectToMermaid(project, {
        limits: settings.limits,
        maxEfforts: settings.maxEfforts,
        direction: settings.direction,
        includeExternal: settings.showExternal,
        layoutBackwardEdges: true,
        criticalPath: this.hooks.criticalPath?.(project, merged),
        mode: view.mode,
        focus: view.focus,
        git,
        root: this.folder()?.uri.scheme === 'file' ? this.folder()?.uri.fsPath : undefined,
      });
    let graph = compute(this.view);
    let highlight: { nodeId: string; reveal: boolean } | undefined;
    const reveal = this.pendingReveal;
    this.pendingReveal = undefined;
    if (reveal) {
      if (nodeForEffort(graph, reveal)?.kind !== 'effort' && project.byId.has(reveal)) {
        this.view = viewForEffort(project, reveal, settings.focusHops);
        graph = compute(this.view);
      }
      const node = nodeForEffort(graph, reveal);
      if (node) highlight = { nodeId: node.nodeId, reveal: true };
    }
    const viewKey = viewKeyOf(this.view, graph);
    const signature = `${viewKey}\n${graph.text}`;
    if (!force && !highlight && signature === this.lastSent) return;
    this.lastSent = signature;
    this.lastGraph = graph;
    this.lastHighlight = highlight?.nodeId;
    this.panel.title = this.title(graph);
    this.post({
      type: 'render',
      graph,
      view: this.view,
      viewKey,
      totalEfforts: project.efforts.length,
      untracked: untrackedEfforts(project),
      generation: ++this.generation,
      ...(highlight ? { highlight } : {}),
    });
  }

  /** Editor cursor on an effort → its node (or its wave's node) is highlighted; the view itself does not change. */
  private followCursor(editor: vscode.TextEditor): void {
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    if (!this.ready || !this.panel.visible || !this.lastGraph) return;
    this.cursorTimer = setTimeout(() => {
      this.cursorTimer = undefined;
      if (!readGraphSettings(editor.document.uri).followCursor || !this.lastGraph) return;
      const effort = this.index.effortAt(editor.document.uri, editor.selection.active);
      // Another project's plan (svc-a's E1.1.1 under svc-b's graph) has no node here, whatever its id.
      if (!effort || this.index.locate(editor.document.uri)?.folder.uri.toString() !== this.folderUri) return;
      const node = nodeForEffort(this.lastGraph, effort.id);
      if (!node || node.nodeId === this.lastHighlight) return;
      this.lastHighlight = node.nodeId;
      this.post({ type: 'highlight', nodeId: node.nodeId, reveal: true });
    }, CURSOR_DELAY_MS);
  }

  private post(msg: ExtensionToWebview): void {
    void this.panel.webview.postMessage(msg);
  }

  private setFolder(folder: vscode.WorkspaceFolder | undefined): boolean {
    const uri = folder?.uri.toString();
    if (!uri || uri === this.folderUri) return false;
    this.folderUri = uri;
    this.view = { mode: this.view.mode };
    return true;
  }

  private project(): Project {
    const own = this.folderUri
      ? this.index.projects().find((p) => p.folder.uri.toString() === this.folderUri)
      : undefined;
    if (own) return own.project;
    const project = this.index.project();
    this.folderUri = this.folderOf(project);
    return project;
  }

  private folderOf(project: Project): string | undefined {
    return this.index
      .projects()
      .find((p) => p.project === project)
      ?.folder.uri.toString();
  }

  private folder(): vscode.WorkspaceFolder | undefined {
    return this.index.projects().find((p) => p.folder.uri.toString() === this.folderUri)?.folder;
  }

  private title(graph: MermaidGraph): string {
    const multi = this.index.projects().length > 1;
    const folder = multi ? this.folder()?.name : undefined;
    const focus = this.view.focus ? ` · ${graph.title}` : '';
    return `Waveplan Graph${folder ? ` (${folder})` : ''}${focus}`;
  }
}

export function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: false,
    retainContextWhenHidden: false,
    localResourceRoots: [
      vscode.Uri.joinPath(context.extensionUri, 'dist'),
      vscode.Uri.joinPath(context.extensionUri, 'media'),
    ],
  };
}
