// Wave titles at the top left of their box instead of Mermaid's centre: a wave with many efforts is wider than the
// panel at a readable zoom, and a centred title is then scrolled out of view while its efforts are shown.
const TRANSLATE = /translate\(\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)\s*\)/;
/** Space between a box's left edge and its title (drawing units, as Mermaid's own padding). */
const TITLE_INSET = 8;

/** The title's `translate(x, y)` moved to the box's left edge `left`; undefined when it is not a translate. */
export function leftAlignedTitle(transform: string | null, left: number): string | undefined {
  const at = TRANSLATE.exec(transform ?? '');
  if (!at || !Number.isFinite(left)) return undefined;
  return `translate(${left + TITLE_INSET}, ${at[2]})`;
}

export function alignClusterTitles(svg: SVGSVGElement): void {
  for (const cluster of Array.from(svg.querySelectorAll<SVGGElement>('g.cluster'))) {
    const rect = cluster.querySelector(':scope > rect');
    const label = cluster.querySelector(':scope > g.cluster-label');
    const moved = rect && label && leftAlignedTitle(label.getAttribute('transform'), Number(rect.getAttribute('x')));
    if (moved) label.setAttribute('transform', moved);
  }
}
