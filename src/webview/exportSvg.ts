// A standalone copy of the drawing for "Export SVG": no webview-only classes or focus attributes, explicit size,
// the editor background behind it (Mermaid's dark theme draws light text on a transparent background).
const WEBVIEW_CLASSES = ['wp-highlight', 'wp-match', 'wp-dim', 'wp-current'];

export function svgForExport(svg: SVGSVGElement, background: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('[data-wp-node]').forEach((el) => {
    for (const attr of ['tabindex', 'role', 'data-wp-node', 'data-kind']) el.removeAttribute(attr);
  });
  for (const cls of WEBVIEW_CLASSES) copy.querySelectorAll(`.${cls}`).forEach((el) => el.classList.remove(cls));
  copy.classList.remove('wp-searching');
  const vb = svg.viewBox.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) {
    copy.setAttribute('width', String(Math.ceil(vb.width)));
    copy.setAttribute('height', String(Math.ceil(vb.height)));
  }
  copy.removeAttribute('style');
  if (background) copy.style.backgroundColor = background;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
}
