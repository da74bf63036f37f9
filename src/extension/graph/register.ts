// The graph panels of the window: at most one, created on demand or restored after a reload by the serializer
// (activation event onWebviewPanel:waveplan.graph). The manager owns it; nothing about it is global.
import * as vscode from 'vscode';
import type { Project } from '../../core/model/model';
import { GRAPH_VIEW_TYPE, parseGraphState } from '../../shared/graphMessages';
import type { GitStatusView } from '../git/gitStatus';
import type { PlanIndexView } from '../index/planIndexApi';
import { DisposableOwner } from '../util/disposables';
import { GraphPanel, webviewOptions, type GraphHooks, type GraphPanelDeps } from './graphPanel';

export class GraphPanels extends DisposableOwner {
  private current: GraphPanel | undefined;
  private readonly deps: GraphPanelDeps;

  constructor(context: vscode.ExtensionContext, index: PlanIndexView, hooks: GraphHooks) {
    super();
    this.deps = { context, index, hooks, onDidClose: (panel) => this.current === panel && (this.current = undefined) };
    this.register(
      vscode.window.registerWebviewPanelSerializer(GRAPH_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state) => {
          this.current?.dispose();
          this.current = new GraphPanel(panel, this.deps, parseGraphState(state));
        },
      }),
    );
  }

  /** The open panel, brought to the front, or a new one beside the editor. */
  show(): GraphPanel {
    if (this.current) {
      this.current.show();
      return this.current;
    }
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    const panel = vscode.window.createWebviewPanel(
      GRAPH_VIEW_TYPE,
      'Waveplan Graph',
      { viewColumn: column, preserveFocus: false },
      webviewOptions(this.deps.context),
    );
    this.current = new GraphPanel(panel, this.deps, undefined);
    return this.current;
  }

  override dispose(): void {
    this.current?.dispose();
    super.dispose();
  }
}

export function registerGraph(
  context: vscode.ExtensionContext,
  index: PlanIndexView,
  selectEffortInTree?: (effortId: string, folder?: vscode.WorkspaceFolder) => void,
  extras: {
    criticalPath?: (project: Project, merged?: ReadonlySet<string>) => readonly string[];
    git?: GitStatusView;
  } = {},
): GraphPanels {
  return new GraphPanels(context, index, { selectEffortInTree, criticalPath: extras.criticalPath, git: extras.git });
}
