// Many globs as one search: `workspace.findFiles` takes one glob, and VS Code globs do not nest braces, so
// `**/a.{json,yaml}` + `**/*PLAN*.md` become one flat `{**/a.json,**/a.yaml,**/*PLAN*.md}` (one file walk, not one each).

/** Every alternative of a glob's (nested) brace groups, in order: `a.{b,c{d,e}}` → `a.b`, `a.cd`, `a.ce`. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open === -1) return [glob];
  let depth = 0;
  let close = -1;
  const cuts: number[] = [];
  for (let i = open; i < glob.length && close === -1; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) close = i;
    else if (glob[i] === ',' && depth === 1) cuts.push(i);
  }
  // An unclosed brace is literal text, as the glob translator reads it.
  if (close === -1) return [glob];
  const head = glob.slice(0, open);
  const tails = expandBraces(glob.slice(close + 1));
  const bounds = [open, ...cuts, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const middle of expandBraces(glob.slice(bounds[k] + 1, bounds[k + 1]))) {
      for (const tail of tails) out.push(head + middle + tail);
    }
  }
  return out;
}

/** One glob matching what any of `globs` matches (duplicates dropped); the glob itself when there is one. */
export function oneSearchGlob(globs: readonly string[]): string {
  const flat = [...new Set(globs.flatMap(expandBraces))];
  return flat.length === 1 ? flat[0] : `{${flat.join(',')}}`;
}
