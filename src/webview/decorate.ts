// Marks the drawn SVG with the graph's own classes (wp-error, wp-edge-cycle…), which media/graph.css colours from
// the VS Code theme, and gives marked nodes and edges a tooltip with the findings. Text is set as text, never markup.
import type { GraphEdgeRef, GraphNodeRef } from '../shared/graphMessages';

/** Classes of a node: its finding's severity, critical path, missing reference, faded neighbour. */
export function nodeClasses(ref: GraphNodeRef): string[] {
  const out: string[] = [];
  if (ref.kind === 'missing') out.push('wp-missing');
  else if (ref.problem) out.push(ref.problem === 'error' ? 'wp-error' : 'wp-warning');
  if (ref.critical) out.push('wp-critical');
  if (ref.context) out.push('wp-context');
  if (ref.empty) out.push('wp-empty');
  return out;
}

/**
 * Class of an edge: a finding, then a "waits for" link, win over the critical path (which gets a band under the edge,
 * see decorate), so a path's step across a wave gate stays dotted.
 */
export function edgeClass(ref: GraphEdgeRef): string | undefined {
  if (ref.problem) return `wp-edge-${ref.problem}`;
  if (ref.waits) return 'wp-edge-waits';
  if (ref.critical) return 'wp-edge-critical';
  return ref.external ? 'wp-edge-external' : undefined;
}

/** Mermaid's id for the n-th link between two nodes (the data-id of its path); a reversed edge was written to-first. */
export function edgeElementId(ref: Pick<GraphEdgeRef, 'from' | 'to' | 'reversed'>, counter = 0): string {
  return ref.reversed ? `L_${ref.to}_${ref.from}_${counter}` : `L_${ref.from}_${ref.to}_${counter}`;
}

/** A reversed edge's path starts at the dependent: the arrowhead goes on its start (Mermaid's own start marker). */
function pointAtStart(svg: SVGSVGElement, path: SVGPathElement): void {
  const marker = svg.querySelector('marker[id$="-pointStart"]');
  if (marker) path.setAttribute('marker-start', `url(#${marker.id})`);
  path.removeAttribute('marker-end');
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The critical path's mark on a node: a frame `gap` px outside its shape, so a problem border (drawn on the shape
 * itself) and the critical path both show. Only rectangles (every effort, wave and phase node) get one.
 */
export function addCriticalFrame(shape: Element, gap = 5): void {
  if (shape.tagName.toLowerCase() !== 'rect' || shape.parentElement?.querySelector(':scope > .wp-critical-frame'))
    return;
  const num = (name: string) => Number(shape.getAttribute(name)) || 0;
  const frame = shape.ownerDocument.createElementNS(SVG_NS, 'rect');
  frame.setAttribute('class', 'wp-critical-frame');
  frame.setAttribute('x', String(num('x') - gap));
  frame.setAttribute('y', String(num('y') - gap));
  frame.setAttribute('width', String(num('width') + 2 * gap));
  frame.setAttribute('height', String(num('height') + 2 * gap));
  frame.setAttribute('rx', '3');
  shape.after(frame);
}

/** The critical path's mark on an edge: a wide band under the path, so a problem's dashes stay on top of it. */
function addCriticalBand(path: SVGPathElement): void {
  const band = path.ownerDocument.createElementNS(SVG_NS, 'path');
  band.setAttribute('d', path.getAttribute('d') ?? '');
  band.setAttribute('class', 'wp-edge-critical-band');
  band.setAttribute('aria-hidden', 'true');
  path.before(band);
}

function setTitle(doc: Document, el: Element, text: string): void {
  el.querySelector(':scope > title')?.remove();
  const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = text;
  el.prepend(title);
}

export function decorate(
  svg: SVGSVGElement,
  nodes: ReadonlyMap<string, SVGGElement>,
  refs: ReadonlyMap<string, GraphNodeRef>,
  edges: readonly GraphEdgeRef[],
): void {
  const doc = svg.ownerDocument;
  for (const [nodeId, el] of nodes) {
    const ref = refs.get(nodeId);
    if (!ref) continue;
    const classes = nodeClasses(ref);
    // Mermaid writes its classDef styles (fixed colours, for the CLI) inline with !important: the theme's win here.
    if (classes.length)
      el.querySelectorAll(':scope > :is(rect, polygon, path, circle, ellipse)').forEach((shape) =>
        shape.removeAttribute('style'),
      );
    el.classList.add(...classes);
    const shape = el.querySelector(':scope > :is(rect, polygon, path, circle, ellipse)');
    if (ref.critical && shape) addCriticalFrame(shape);
    if (ref.notes?.length) setTitle(doc, el, [ref.label, ...ref.notes].join('\n'));
  }
  const paths = new Map<string, SVGPathElement>();
  svg.querySelectorAll<SVGPathElement>('path[data-id]').forEach((p) => paths.set(p.dataset.id ?? '', p));
  const seen = new Map<string, number>();
  for (const ref of edges) {
    const pair = ref.reversed ? `${ref.to}\u0000${ref.from}` : `${ref.from}\u0000${ref.to}`;
    const counter = seen.get(pair) ?? 0;
    seen.set(pair, counter + 1);
    const path = paths.get(edgeElementId(ref, counter === 0 ? 0 : counter + 1));
    if (!path) continue;
    if (ref.reversed) pointAtStart(svg, path);
    path.dataset.wpFrom = ref.from;
    path.dataset.wpTo = ref.to;
    const cls = edgeClass(ref);
    if (cls) path.classList.add(cls);
    if (ref.critical) addCriticalBand(path);
    if (ref.notes?.length) setTitle(doc, path, ref.notes.join('\n'));
  }
}
