// .infrastructure-metadata.json (written into an effort worktree when its branch is created) → one effort fact of
// kind 'infrastructure' with branch and base branch. The effort id comes from the fields, else the file's path.
import { canonicalEffortId, slugId } from '../../model/ids';
import type { EffortFact, FileReadResult, Span } from '../../model/model';
import { fileSchemas } from '../../model/fileSchemas';
import { LineIndex } from '../../model/span';
import { emptyResult } from '../result';
import { idFromText, nameAfterId } from '../state/effort';
import { metadataDiagnostic, parseStructured } from '../state/parse';
import { shapeDiagnostics } from '../state/shape';
import { entries, field, isMap, locatedStr, valueSpan } from '../state/nodes';

export function readInfrastructureMetadata(file: string, text: string): FileReadResult {
  const idx = new LineIndex(text);
  const parsed = parseStructured(file, text, idx);
  const result: FileReadResult = {
    ...emptyResult(file, 'infrastructure'),
    diagnostics: [
      ...parsed.diagnostics,
      ...shapeDiagnostics(parsed.roots, fileSchemas().InfrastructureMetadataFileSchema, 'infrastructure-metadata'),
    ],
  };
  const root = parsed.roots.find((r) => isMap(r.node));
  if (!root) return result;
  const ctx = root.ctx;
  const list = entries(ctx, root.node);
  const branch = locatedStr(ctx, field(list, 'new_branch', 'branch', 'branch_name', 'effort_branch')?.value);
  const base = locatedStr(ctx, field(list, 'parent_branch', 'base_branch')?.value);
  const idField = locatedStr(ctx, field(list, 'effort_id', 'effort')?.value);
  const dir = locatedStr(ctx, field(list, 'working_dir', 'effort_dir', 'full_path', 'directory')?.value);
  const nameField = locatedStr(ctx, field(list, 'effort_name', 'name')?.value);

  const id =
    (idField && idFromText(idField.value)) ??
    (branch && idFromText(branch.value)) ??
    (dir && idFromText(dir.value)) ??
    idFromWorktreePath(file) ??
    (idField && slugId(idField.value)) ??
    (nameField && slugId(nameField.value));
  if (!id) {
    result.diagnostics.push(
      metadataDiagnostic(
        branch?.span ?? valueSpan(ctx, root.node),
        'This infrastructure record does not say which effort it belongs to: no effort id in `effort_id`, `new_branch` or the directory name.',
        'warning',
      ),
    );
    return result;
  }

  const span: Span = branch?.span ?? idField?.span ?? valueSpan(ctx, root.node);
  const fact: EffortFact = { id, kind: 'infrastructure', span };
  const name = nameField ?? (branch && nameFrom(branch.value.split('/').pop() ?? '', branch.span));
  if (name) fact.name = name;
  if (branch) fact.branch = branch;
  if (base) fact.baseBranch = base;
  if (dir) fact.directory = dir;
  result.efforts.push(fact);
  return result;
}

/**
 * The worktree holding this file is named after its effort: `…/E1.2.1-push-command-skeleton/` or
 * `efforts/phase1/wave2/effort-1-docker-client/`. Only the last directories count (a parent such as `v1.2.3/` must not).
 */
function idFromWorktreePath(file: string): string | undefined {
  const dirs = file.replace(/\\/g, '/').split('/').slice(0, -1);
  const own = dirs[dirs.length - 1];
  return (own && canonicalEffortId(own)) || idFromText(dirs.slice(-3).join('/'));
}

/** The words after the id in `phase-1-wave-2-effort-E1.2.1-push-command-skeleton`. */
function nameFrom(segment: string, span: Span): { value: string; span: Span } | undefined {
  const m = /(?:^|[^\w.])(?:E|effort[\s_-]*)?\d{1,3}\.\d{1,3}\.\d{1,3}[\s:_-]+(.+)$/i.exec(segment);
  const name = m ? nameAfterId(m[1]) : undefined;
  return name ? { value: name, span } : undefined;
}
