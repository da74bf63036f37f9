// What a tree refresh must redraw. While the tree keeps its shape (the same nodes under the same parents, in the
// same order), only the nodes whose rows may look different: every effort and unplanned row (model, findings and
// git all show there) and each grouping node whose label or description changed. A new shape redraws everything.
import { waveFindings, worstFinding } from '../../core/views/effortText';
import { waveDescription } from '../../core/views/treeShape';
import type { Project } from '../../core/model/model';
import type { PlanNode, Snapshot } from './treeNodes';

export function refreshTargets(before: Snapshot, after: Snapshot): PlanNode[] | 'all' {
  if (shapeOf(before) !== shapeOf(after)) return 'all';
  const targets: PlanNode[] = [];
  for (const node of after.nodes.values()) {
    if (node.kind === 'effort' || node.kind === 'unplannedItem') targets.push(node);
    else if (before.looks.get(node.id) !== after.looks.get(node.id)) targets.push(node);
  }
  return targets;
}

function shapeOf(s: Snapshot): string {
  const parts = [s.roots.map((n) => n.id).join('\n')];
  for (const [parent, children] of s.children) parts.push(`${parent}>${children.map((n) => n.id).join('\n')}`);
  return parts.join('\n\n');
}

/**
 * What a grouping row shows, as the tree item builds it. Taken when a snapshot is built: nodes are reused (and
 * updated) from one snapshot to the next, so an older snapshot's nodes already hold the new data.
 */
export function lookOf(node: PlanNode, project: Project | undefined): string {
  switch (node.kind) {
    case 'phase':
      return `${node.name ?? ''}|${node.waves.length}`;
    case 'wave':
      return `${node.wave.name ?? ''}|${node.current}|${waveDescription(node.wave.efforts, project)}|${project ? waveFindings(project, node.wave).lines.join('|') : ''}`;
    case 'unphasedPlan':
      return `${node.plan.label}|${node.plan.waves.length}`;
    case 'unphasedWave':
      return `${node.wave.name ?? ''}|${waveDescription(node.wave.efforts, project)}|${project ? worstFinding(project, node.wave.efforts) : ''}`;
    case 'coordination':
    case 'loose':
      return node.efforts.join(',');
    case 'unplanned':
      return String(node.items.length);
    default:
      return '';
  }
}
