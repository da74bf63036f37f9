// How every surface (tree, hovers, Problems, CLI, graph) writes a count or a line figure: `1,100`, the same on every
// machine, whatever the host's locale.

/** `1081` → `1,081` without depending on the host locale. */
export function formatCount(n: number): string {
  const rounded = Math.round(n);
  return String(Math.abs(rounded))
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    .replace(/^/, rounded < 0 ? '-' : '');
}
