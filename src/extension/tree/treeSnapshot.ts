// The tree's snapshot: folder → phase → wave → effort nodes with stable ids, built from the plan index and git.
import { coordinationApart, currentWaveId, waveListing, wavelessByPhase } from '../../core/views/treeShape';
import { lookOf } from './refreshTargets';
import { unphasedPlans } from '../../core/views/unphasedPlans';
import { readSettings } from '../config';
import type { GitStatusView } from '../git/gitStatus';
import type { PlanIndex } from '../index/planIndex';
import type { PlanNode, Snapshot } from './treeNodes';

export const effortKey = (folderUri: string, id: string) => `${folderUri}#effort:${id}`;

/** Nodes keep their object from `previous` when their id and kind stay, so VS Code keeps their state. */
export function buildSnapshot(
  index: PlanIndex,
  git: GitStatusView | undefined,
  previous: Map<string, PlanNode>,
): Snapshot {
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
    const coordination = coordinationApart(project).map((e) => e.id);
    for (const id of coordination) placed.add(id);
    const addEffort = (parent: PlanNode, id: string, expectBranch = false) => {
      const effort = project.byId.get(id);
      if (!effort || (placed.has(id) && parent.kind !== 'coordination')) return;
      placed.add(id);
      add(parent, { kind: 'effort', id: effortKey(folderUri, id), folderUri, effortId: id, effort, expectBranch });
    };
    const current = currentWaveId(project);
    const waveless = wavelessByPhase(project);
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
        const { work, coordination: documents } = waveListing(wave.efforts, project);
        for (const id of [...work, ...documents]) addEffort(waveNode, id, isCurrent);
      }
      // Efforts of the phase that no plan puts in a wave (a GSD summary whose plan is gone) stay under their phase.
      const inPhase = (waveless.get(phase.phase) ?? []).filter((id) => !placed.has(id));
      if (inPhase.length) {
        const looseNode: PlanNode = {
          kind: 'loose',
          id: `${folderUri}#loose:phase:${phase.phase}`,
          folderUri,
          efforts: inPhase,
        };
        add(phaseNode, looseNode);
        for (const id of inPhase) addEffort(looseNode, id);
      }
    }
    for (const plan of unphasedPlans(project)) {
      const planNode: PlanNode = { kind: 'unphasedPlan', id: `${folderUri}#plan:${plan.file}`, folderUri, plan };
      add(top, planNode);
      for (const wave of plan.waves) {
        const waveNode: PlanNode = { kind: 'unphasedWave', id: `${planNode.id}#wave:${wave.wave}`, folderUri, wave };
        add(planNode, waveNode);
        for (const id of wave.efforts) addEffort(waveNode, id);
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
