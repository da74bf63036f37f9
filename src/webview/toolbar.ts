// The toolbar above the drawing. Built with DOM calls (no HTML strings), so no text can turn into markup.
export interface Toolbar {
  root: HTMLElement;
  fit: HTMLButtonElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  toggle: HTMLButtonElement;
  back: HTMLButtonElement;
  neighbours: HTMLButtonElement;
  search: HTMLInputElement;
  matches: HTMLElement;
  exportSvg: HTMLButtonElement;
  status: HTMLElement;
}

function button(doc: Document, action: string, text: string, title: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.dataset.action = action;
  b.textContent = text;
  b.title = title;
  b.setAttribute('aria-label', title);
  return b;
}

export function createToolbar(doc: Document): Toolbar {
  const root = doc.createElement('div');
  root.id = 'toolbar';
  root.setAttribute('role', 'toolbar');
  const t: Toolbar = {
    root,
    fit: button(doc, 'fit', '\u2922 Fit', 'Fit the graph to the view (0)'),
    zoomIn: button(doc, 'zoomIn', '+', 'Zoom in (+)'),
    zoomOut: button(doc, 'zoomOut', '\u2212', 'Zoom out (-)'),
    toggle: button(doc, 'toggle', 'Summary', 'Switch between the wave summary and the full graph'),
    back: button(doc, 'back', '\u2190 All efforts', 'Show the whole plan'),
    neighbours: button(
      doc,
      'neighbours',
      'Neighbours',
      'Show the selected effort with its dependencies and dependents',
    ),
    search: doc.createElement('input'),
    matches: doc.createElement('span'),
    exportSvg: button(doc, 'export', 'Export SVG', 'Save the drawing as an SVG file'),
    status: doc.createElement('span'),
  };
  t.search.type = 'search';
  t.search.id = 'search';
  t.search.placeholder = 'Filter by id or name';
  t.search.setAttribute('aria-label', 'Filter efforts by id or name');
  t.search.maxLength = 200;
  t.matches.id = 'matches';
  t.matches.setAttribute('aria-live', 'polite');
  t.status.id = 'status';
  const group = (...els: HTMLElement[]) => {
    const g = doc.createElement('span');
    g.className = 'group';
    g.append(...els);
    return g;
  };
  root.append(
    group(t.fit, t.zoomIn, t.zoomOut),
    group(t.toggle, t.back, t.neighbours),
    group(t.search, t.matches),
    group(t.exportSvg),
    t.status,
  );
  return t;
}
