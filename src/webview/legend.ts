// The legend under the toolbar: one swatch per style the drawing uses (entries from the core), drawn with the same
// classes as the graph so the two always match. Built with DOM calls; labels are text.
import type { LegendEntry } from '../shared/graphMessages';
import { addCriticalFrame } from './decorate';

const SVG = 'http://www.w3.org/2000/svg';

function swatch(doc: Document, entry: LegendEntry): Element {
  if (entry.shape === 'mark') {
    const mark = doc.createElement('span');
    mark.className = 'wp-swatch-mark';
    mark.textContent = entry.mark ?? '';
    return mark;
  }
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const [kind, what] = entry.key.split('-') as ['node' | 'edge', string];
  if (kind === 'node') {
    const g = doc.createElementNS(SVG, 'g');
    g.setAttribute('class', `node wp-${what}`);
    const rect = doc.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries({ x: '5', y: '3', width: '18', height: '8', rx: '1' })) rect.setAttribute(k, v);
    g.append(rect);
    if (what === 'critical') addCriticalFrame(rect, 3);
    svg.append(g);
  } else {
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', 'M1 7 H27');
    path.setAttribute('class', `flowchart-link wp-edge-${what}`);
    svg.append(path);
  }
  return svg;
}

/** Fills (or hides, when empty) the legend element. */
export function renderLegend(root: HTMLElement, entries: readonly LegendEntry[]): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  root.hidden = entries.length === 0;
  for (const entry of entries) {
    const item = doc.createElement('span');
    item.className = 'wp-legend-item';
    item.dataset.key = entry.key;
    if (entry.detail) item.title = entry.detail;
    const label = doc.createElement('span');
    label.textContent = entry.label;
    item.append(swatch(doc, entry), label);
    root.append(item);
  }
}
