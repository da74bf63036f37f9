// Mermaid names a flowchart node's element `<svgId>-flowchart-<nodeId>-<n>`; node ids are `[A-Za-z0-9_]`.

export function nodeIdFromElementId(elementId: string, svgId: string): string | undefined {
  const prefix = `${svgId}-flowchart-`;
  if (!elementId.startsWith(prefix)) return undefined;
  const m = /^([A-Za-z0-9_]+)-\d+$/.exec(elementId.slice(prefix.length));
  return m ? m[1] : undefined;
}

/** Every drawn node of a rendered flowchart, by Mermaid node id. */
export function nodeElements(svg: SVGSVGElement, svgId: string): Map<string, SVGGElement> {
  const out = new Map<string, SVGGElement>();
  svg.querySelectorAll<SVGGElement>('g.node').forEach((el) => {
    const id = nodeIdFromElementId(el.id, svgId);
    if (id && !out.has(id)) out.set(id, el);
  });
  return out;
}
