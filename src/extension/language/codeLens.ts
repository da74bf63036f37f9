// CodeLens above each effort declaration: dependencies, dependents, size, and "Create worktree".
import * as vscode from 'vscode';
import { compareEffortIds } from '../../core/model/ids';
import type { Project, Span } from '../../core/model/model';
import { COMMANDS } from '../commandIds';
import { readSettings } from '../config';
import { toLocation, toRange } from '../util/convert';
import { dependencyLensTitle, sizeText } from '../../core/views/effortText';
import { planWaitsOf } from '../../core/analysis/gates';
import type { GitStatusView } from '../git/gitStatus';
import { lensPlaces } from '../../core/views/lensPlaces';
import type { PlanIndex } from '../index/planIndex';
import type { EffortTarget } from '../tree/planTree';
import { DisposableOwner } from '../util/disposables';
import { counted } from '../../core/views/counted';
import { isFinished } from '../../core/analysis/remaining';

export class EffortCodeLensProvider extends DisposableOwner implements vscode.CodeLensProvider {
  private readonly emitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(
    private readonly index: PlanIndex,
    private readonly git?: GitStatusView,
  ) {
    super();
    this.register(index.onDidChange(() => this.emitter.fire()));
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.emitter.fire()));
    if (git) this.register(git.onDidChange(() => this.emitter.fire()));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const hit = this.index.locateDocument(document);
    if (!hit) return [];
    const { project, file, folder } = hit;
    const limits = readSettings(folder.uri).limits;
    const dependents = dependentsOf(project);
    const lenses: vscode.CodeLens[] = [];
    for (const o of lensPlaces(project, file)) {
      const effort = project.byId.get(o.id);
      if (!effort) continue;
      const range = toRange({ ...o.span, endLine: o.span.line, endColumn: o.span.column });
      const target: EffortTarget = { folderUri: folder.uri.toString(), effortId: effort.id };
      const deps = [...effort.dependsOn, ...effort.externalDependsOn];
      lenses.push(
        new vscode.CodeLens(range, {
          title: dependencyLensTitle(deps, planWaitsOf(project, effort)),
          command: effort.dependsOn.length ? COMMANDS.goToEffort : '',
          arguments: [{ folderUri: target.folderUri, effortIds: effort.dependsOn }],
        }),
      );
      const users = dependents.get(effort.id) ?? [];
      if (users.length) {
        const refs = users.flatMap((id) => dependencyRefs(project, id, effort.id));
        lenses.push(
          new vscode.CodeLens(range, {
            title: `${counted(users.length, 'dependent')}: ${users.join(', ')}`,
            command: 'editor.action.showReferences',
            arguments: [document.uri, range.start, refs.map((span) => toLocation((f) => this.index.uriOf(f), span))],
          }),
        );
      }
      const size = sizeText(effort, limits);
      if (size) lenses.push(new vscode.CodeLens(range, { title: size, command: '' }));
      const git = this.git?.effort(target.folderUri, effort.id);
      if (vscode.workspace.isTrusted && git?.state === 'worktree') {
        lenses.push(
          new vscode.CodeLens(range, {
            title: '$(folder-opened) Open worktree',
            command: COMMANDS.openWorktree,
            arguments: [target],
          }),
        );
      } else if (vscode.workspace.isTrusted && !isFinished(effort)) {
        lenses.push(
          new vscode.CodeLens(range, {
            title: '$(git-branch) Create worktree',
            command: COMMANDS.createWorktree,
            arguments: [target],
          }),
        );
      }
    }
    return lenses;
  }
}

const dependentsCache = new WeakMap<Project, Map<string, string[]>>();

/** Efforts that depend on each effort (reverse edges), once per project snapshot. */
export function dependentsOf(project: Project): Map<string, string[]> {
  let map = dependentsCache.get(project);
  if (map) return map;
  map = new Map();
  for (const e of project.efforts) {
    for (const dep of e.dependsOn) {
      const list = map.get(dep);
      if (list) list.push(e.id);
      else map.set(dep, [e.id]);
    }
  }
  for (const list of map.values()) list.sort(compareEffortIds);
  dependentsCache.set(project, map);
  return map;
}

/** Where the dependency of `from` on `to` is written: in from's lists, and in to's Blocks lists (every fact). */
function dependencyRefs(project: Project, from: string, to: string): Span[] {
  const spans = (project.facts.get(from) ?? []).flatMap((f) =>
    (f.dependsOn?.refs ?? []).filter((r) => r.id === to).map((r) => r.span),
  );
  for (const f of project.facts.get(to) ?? [])
    for (const r of f.blocks?.refs ?? []) if (r.id === from) spans.push(r.span);
  return spans;
}
