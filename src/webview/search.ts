// Search box: which drawn nodes match a query by effort id or name (wave nodes also by the ids they stand for).
import type { GraphNodeRef } from '../shared/graphMessages';

/** Node ids whose id, label or summarized efforts contain every word of the query (case-insensitive). */
export function matchNodes(nodes: readonly GraphNodeRef[], query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return nodes
    .filter((n) => {
      const hay = `${n.id} ${n.label} ${(n.efforts ?? []).join(' ')}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .map((n) => n.nodeId);
}
