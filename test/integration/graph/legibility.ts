// What the graph webview shows, measured inside its frame (the expressions run in the webview through the bridge):
// WCAG contrast of every stroke and text against what lies behind it, from computed RGB, and the on-screen size of
// the drawing's text.

export interface Stroke {
  what: string;
  cls: string;
  stroke: string;
  width: number;
  dash: string;
  ratio: number;
}
export interface Text {
  text: string;
  where: string;
  ratio: number;
}
export interface Legibility {
  background: string;
  bodyClass: string;
  edges: Stroke[];
  borders: Stroke[];
  texts: Text[];
  /** The computed colours of findings and the critical path (--wp-error, --wp-warning, --wp-critical). */
  marks: Record<'error' | 'warning' | 'critical', string>;
}

/**
 * Contrast ratio of strokes (edges, node and wave borders, legend swatches) against the panel background and of
 * every visible text against its backdrop (the filled node shape it sits on, else the nearest opaque background).
 * Colours with alpha are blended over the backdrop first.
 */
export const LEGIBILITY = `(() => {
  const parse = (c) => { const m = /rgba?\\(([^)]+)\\)/.exec(String(c)); if (!m) return null; const p = m[1].split(/[\\s,/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
  const over = (c, bg) => ({ r: c.r * c.a + bg.r * (1 - c.a), g: c.g * c.a + bg.g * (1 - c.a), b: c.b * c.a + bg.b * (1 - c.a), a: 1 });
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const ratio = (fg, bg) => { const c = parse(fg); if (!c || c.a === 0) return 0; const x = lum(over(c, bg)), y = lum(bg); return Math.round(((Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)) * 100) / 100; };
  const panel = parse(getComputedStyle(document.body).backgroundColor);
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const backdrop = (el) => {
    const node = el.closest('g.node');
    const shape = node && node.querySelector(':scope > :is(rect, polygon, path, circle, ellipse)');
    if (shape) { const f = parse(getComputedStyle(shape).fill); if (f && f.a > 0) return over(f, panel); }
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) { const b = parse(getComputedStyle(e).backgroundColor); if (b && b.a > 0) return over(b, panel); }
    return panel;
  };
  const stroke = (what, el, classOf = el) => { const s = getComputedStyle(el); return { what, cls: classOf.getAttribute('class') || '', stroke: s.stroke, width: parseFloat(s.strokeWidth) || 0, dash: s.strokeDasharray, ratio: ratio(s.stroke, panel) }; };
  const edges = [...document.querySelectorAll('#graph path[data-wp-from], #legend path.flowchart-link')].map((p) => stroke(p.closest('#legend') ? 'legend edge' : 'edge', p));
  const borders = [...document.querySelectorAll('#graph g.node > :is(rect, polygon, path, circle, ellipse), #graph g.cluster > rect, #legend g.node > rect')]
    .map((s) => stroke((s.closest('#legend') ? 'legend ' : '') + (s.closest('g.cluster') && !s.closest('g.node') ? 'wave box' : 'node'), s, s.parentElement));
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = walker.nextNode()); ) {
    const el = n.parentElement; const text = n.textContent.trim();
    if (!text || !el || el.closest('title, style, script, [hidden]') || !visible(el)) continue;
    const svgText = el.namespaceURI === 'http://www.w3.org/2000/svg';
    const where = el.closest('#graph g.cluster-label') ? 'wave title' : el.closest('#graph g.node') ? 'node' : el.closest('#graph') ? 'edge label' : (el.closest('[id]') || document.body).id;
    texts.push({ text: text.slice(0, 40), where, color: svgText ? getComputedStyle(el).fill : getComputedStyle(el).color, behind: JSON.stringify(backdrop(el)), ratio: ratio(svgText ? getComputedStyle(el).fill : getComputedStyle(el).color, backdrop(el)) });
  }
  const probe = (v) => { const d = document.createElement('div'); d.style.color = 'var(' + v + ')'; document.body.append(d); const c = getComputedStyle(d).color; d.remove(); return c; };
  const marks = { error: probe('--wp-error'), warning: probe('--wp-warning'), critical: probe('--wp-critical') };
  return { background: getComputedStyle(document.body).backgroundColor, bodyClass: document.body.className, edges, borders, texts, marks };
})()`;

export interface TextSize {
  text: string;
  /** The font size as it appears on screen: computed px × the zoom of the drawing (pan/zoom and viewBox). */
  px: number;
  /** The element lies (at least partly) inside the graph's viewport. */
  inView: boolean;
  where: 'node' | 'wave title' | 'context';
}

/** On-screen font size of every label of the drawing: font-size × (screen box / layout box). */
export const TEXT_SIZES = `(() => {
  const view = document.getElementById('viewport').getBoundingClientRect();
  return [...document.querySelectorAll('#graph :is(g.node, g.cluster-label) foreignObject div, #graph :is(g.node, g.cluster-label) text')].map((el) => {
    const r = el.getBoundingClientRect();
    const layout = el instanceof HTMLElement ? el.offsetHeight : el.getBBox().height;
    const zoom = layout > 0 ? r.height / layout : 0;
    const inView = r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom;
    const where = el.closest('g.cluster-label') ? 'wave title' : el.closest('g.node.wp-context') ? 'context' : 'node';
    return { text: (el.textContent || '').trim().slice(0, 40), px: Math.round(parseFloat(getComputedStyle(el).fontSize) * zoom * 10) / 10, inView, where };
  });
})()`;
