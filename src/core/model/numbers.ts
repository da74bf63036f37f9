// How every surface (tree, hovers, Problems, CLI, graph) writes a count or a line figure: `1,100`, the same on every
// machine, whatever the host's locale.

/** `1081` → `1,081` without depending on the host locale. */
export function formatCount(n: number): string {
  const rounded = Math.round(n);
  // Most figures (sizes of efforts, line numbers) have no thousands: no pattern to run, twice per figure.
  if (rounded > -1000 && rounded < 1000) return String(rounded);
  return String(Math.abs(rounded))
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    .replace(/^/, rounded < 0 ? '-' : '');
}
