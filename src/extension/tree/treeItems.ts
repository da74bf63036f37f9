// What each tree row shows: label, description, icon, tooltip, menus and command, from a snapshot node.
import { STATUS_ICONS } from './statusIcons';
import * as vscode from 'vscode';
import { afterText, declaredWaitsOf, planOf, waitsText } from '../../core/analysis/gates';
import { DEFAULT_LIMITS, type Effort, type Limits, type Milestone, type Project } from '../../core/model/model';
import { compactEffortLabel, isCoordination, waveDescription, phaseRow, waveRow } from '../../core/views/treeShape';
import type { UnplannedItem } from '../../core/worktrees/list';
import { COMMANDS } from '../commandIds';
import {
  effortCaption,
  effortMarkdown,
  findingsByEffort,
  waveFindings,
  worstFinding,
} from '../../core/views/effortText';
import type { GitStatusView } from '../git/gitStatus';
import { gitMarkdown, gitWords } from '../../core/views/gitStatusText';
import type { EffortGitView } from '../../core/views/gitStatus';
import type { PlanNode, Snapshot } from './treeNodes';
import { formatCount } from '../../core/model/numbers';
import { counted } from '../../core/views/counted';

/** A row's description with `after Wave 1` put before its name (at `at`, the ` · ` before the name; -1: at the end). */
function withAfter(description: string, waits: readonly Milestone[], at: number): string {
  const after = afterText(waits);
  if (!after) return description;
  return at < 0 ? `${description} · ${after}` : `${description.slice(0, at)} · ${after}${description.slice(at)}`;
}

/** A row's tooltip title, then what the plan says it waits for. */
function withWaits(title: string, waits: readonly Milestone[]): string {
  const text = waitsText(waits);
  return text ? `${title}\nW${text.slice(1)} (the plan says so of it)` : title;
}

/** What commands take to name an effort: tree nodes, CodeLens and palette arguments all have this shape. */
export interface EffortTarget {
  folderUri: string;
  effortId: string;
}

/** The row VS Code draws for a node of the snapshot. */
export function treeItemOf(node: PlanNode, s: Snapshot, git: GitStatusView | undefined): vscode.TreeItem {
  const project = s.projects.get(node.folderUri);
  switch (node.kind) {
    case 'folder': {
      const t = item(
        node,
        node.folder.name,
        vscode.TreeItemCollapsibleState.Expanded,
        'root-folder',
        'waveplan.folder',
      );
      // Where the project is: nested repositories (svc-a, libs/svc-a) and multi-root folders may share a name.
      const uri = node.folder.uri;
      t.tooltip = uri.scheme === 'file' ? uri.fsPath : uri.toString();
      return t;
    }
    case 'phase': {
      const row = phaseRow(node, node.waves.length);
      const t = item(node, row.label, vscode.TreeItemCollapsibleState.Expanded, 'milestone', 'waveplan.phase');
      const waits = project ? declaredWaitsOf(project, { phase: node.phase }) : [];
      t.description = withAfter(row.description, waits, row.description.indexOf(' · '));
      t.tooltip = withWaits(row.title, waits);
      return t;
    }
    case 'wave': {
      const empty = !s.children.get(node.id)?.length;
      const state = empty
        ? vscode.TreeItemCollapsibleState.None
        : node.current
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed;
      const row = waveRow(node.wave, project);
      const title = row.title;
      const t = item(node, row.label, state, 'layers', 'waveplan.wave');
      const waits = project ? declaredWaitsOf(project, node.wave) : [];
      t.description = withAfter(
        row.description,
        waits,
        node.wave.name ? row.description.length - node.wave.name.length - 3 : -1,
      );
      // A closed wave still shows that it holds errors or warnings, as the badge counts them.
      const findings = project ? waveFindings(project, node.wave) : undefined;
      if (findings?.worst) t.iconPath = findingIcon(findings.worst);
      t.tooltip = [
        withWaits(title, waits),
        waveDescription(node.wave.efforts, project),
        ...(findings?.lines ?? []),
      ].join('\n');
      return t;
    }
    case 'unphasedPlan': {
      const t = item(
        node,
        node.plan.label,
        vscode.TreeItemCollapsibleState.Expanded,
        'milestone',
        'waveplan.unphasedPlan',
      );
      t.description = `${counted(node.plan.waves.length, 'wave')} · no phase`;
      t.tooltip = `${node.plan.label}\n${node.plan.file}\nThis plan numbers its waves but names no phase.`;
      return t;
    }
    case 'unphasedWave': {
      const { wave } = node;
      const t = item(
        node,
        `Wave ${wave.wave}`,
        vscode.TreeItemCollapsibleState.Collapsed,
        'layers',
        'waveplan.unphasedWave',
      );
      const counts = waveDescription(wave.efforts, project);
      const first = project?.byId.get(wave.efforts[0]);
      const waits = project && first ? declaredWaitsOf(project, { plan: planOf(project, first), wave: wave.wave }) : [];
      const after = afterText(waits);
      t.description = [counts, after, wave.name].filter(Boolean).join(' · ');
      const worst = project ? worstFinding(project, wave.efforts) : undefined;
      if (worst) t.iconPath = findingIcon(worst);
      t.tooltip = `${withWaits(`Wave ${wave.wave}${wave.name ? `: ${wave.name}` : ''}`, waits)}\n${counts}`;
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
      return effortItem(node.effort, node, project, s, git);
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

function effortItem(
  effort: Effort,
  node: PlanNode,
  project: Project | undefined,
  s: Snapshot,
  git: GitStatusView | undefined,
): vscode.TreeItem {
  const limits = s.limits.get(node.folderUri) ?? DEFAULT_LIMITS;
  const findings = project ? (findingsByEffort(project).get(effort.id) ?? []) : [];
  const worst = project ? worstFinding(project, [effort.id]) : undefined;
  const errors = worst === 'error';
  const t = new vscode.TreeItem(compactEffortLabel(effort, limits), vscode.TreeItemCollapsibleState.None);
  t.id = node.id;
  const view = git?.effort(node.folderUri, effort.id);
  const expectBranch = node.kind === 'effort' && node.expectBranch && !!git?.folder(node.folderUri)?.started;
  t.description = effortTreeDescription(
    effort,
    limits,
    view,
    expectBranch,
    !!project && s.parents.get(node.id)?.kind === 'wave' && isCoordination(effort, project),
  );
  t.iconPath = worst ? findingIcon(worst) : statusIcon(effort.status);
  // `.worktree` / `.branch` suffixes drive the Open / Reveal in Terminal / Remove menu items.
  const where = view?.state === 'worktree' ? '.worktree' : view?.state === 'branch-only' ? '.branch' : '';
  t.contextValue = `waveplan.effort.${errors ? 'error' : effort.status}${where}`;
  const folderUri = vscode.Uri.parse(node.folderUri);
  const root = folderUri.scheme === 'file' ? folderUri.fsPath : undefined;
  let text = project ? effortMarkdown(effort, project, limits, findings, root) : effort.id;
  if (view) text += `\n\n${gitMarkdown(view, limits).join('\n')}`;
  const tooltip = new vscode.MarkdownString(text, true);
  t.tooltip = tooltip;
  const target: EffortTarget = { folderUri: node.folderUri, effortId: effort.id };
  t.command = { command: COMMANDS.openEffort, title: 'Open Effort', arguments: [target] };
  return t;
}

/** Everything a row shows (label, description, icon, tooltip, menus, command): equal looks need no refresh. */
export function rowLook(t: vscode.TreeItem): string {
  const icon = t.iconPath instanceof vscode.ThemeIcon ? `${t.iconPath.id}:${t.iconPath.color?.id ?? ''}` : '';
  const tooltip = t.tooltip instanceof vscode.MarkdownString ? t.tooltip.value : (t.tooltip ?? '');
  const label = typeof t.label === 'string' ? t.label : (t.label?.label ?? '');
  return JSON.stringify([label, t.description, icon, tooltip, t.contextValue, t.command?.arguments]);
}

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
  coordination: boolean,
): string | undefined {
  // A coordination document listed in its wave says so: it follows the wave's work and is not counted as it.
  const name = [coordination ? 'coordination' : undefined, effortCaption(effort)].filter(Boolean).join(' · ');
  const words = gitWords(git, expectBranch, effort.status);
  const measured =
    git?.measured !== undefined ? `${formatCount(git.measured)}/${formatCount(limits.hard)} measured` : undefined;
  const parts = [name, measured, words].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : undefined;
}
