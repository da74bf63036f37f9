// A wave's own fields in a state file (`waves: {"3.2": {base_branch: …, status: …}}`): defaults for the efforts of
// that wave wherever they are declared, as a wave's metadata under its heading is in a markdown plan. Not its
// `can_parallelize`: state files record it beside `max_parallel` as the orchestrator's scheduling capacity, and
// older snapshots' flags contradicted the dependencies newer records give the same wave.
import type { ScopeDefaults, Span } from '../../model/model';
import { statusOf } from './effort';
import { field, locatedStr, type Entry, type NodeCtx } from './nodes';

export function waveDefaults(
  ctx: NodeCtx,
  phase: number,
  wave: number,
  span: Span,
  fields: Entry[],
): ScopeDefaults | undefined {
  const scope: ScopeDefaults = { phase, wave, span };
  const base = locatedStr(ctx, field(fields, 'base_branch', 'base', 'parent_branch')?.value);
  if (base) scope.baseBranch = base;
  const status = statusOf(ctx, field(fields, 'status', 'state', 'wave_status'));
  if (status) scope.status = status;
  return scope.baseBranch || scope.status ? scope : undefined;
}
