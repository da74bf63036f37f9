// Metadata written for a whole wave or document rather than one effort: `**Base Branch**:` under a wave heading,
// `## STATUS: COMPLETE` atop a plan, `### Wave 1: Core ✅ COMPLETE`. They become defaults the merge applies to the
// efforts below that declare no value of their own. Wave-level dependencies become scheduling constraints
// (waveConstraints.ts).
import type { PlanDiagnostic, ScopeDefaults, Span, WaveConstraint, WaveDecl } from '../../model/model';
import { writtenBranch } from '../branchValues';
import { lineSpan } from '../../model/span';
import type { MdDoc } from './doc';
import { spanAt } from './facts';
import type { KvLine } from './fields/metadata';
import type { KvLines } from './fields/kvLines';
import { contextAt, headingAt, type Heading, type Outline } from './outline';
import type { InsertedWaves } from './insertedWaves';
import type { EffortNamer } from './effortGates';
import { fieldConstraint, sentenceConstraints } from './waveConstraints';
import { titleStatus } from './titleStatus';
import { cleanValue, locateBool } from './fields/locatedValues';
import { parseStatus } from '../values';
import { conflictMessage } from '../../project/conflictMessage';

export interface ScopeInput {
  doc: MdDoc;
  outline: Outline;
  kv: KvLines;
  /** Whether a line belongs to an effort's declaration (its metadata is the effort's, not the wave's). */
  owned: (line: number) => boolean;
  /** First line of every effort declaration of the file, in ascending order. */
  declLines: readonly number[];
  /** Every effort declaration's first line and id: a part of a wave (`## Wave 1a`) speaks for those under it. */
  declIds?: readonly { line: number; id: string }[];
  /** Waves whose heading names no phase, placed by the ids of the efforts under them (`# Wave 1` over E1.1.x). */
  phasedByIds?: readonly WaveDecl[];
  /** The efforts of a wave that words after it name (`Wave 2 p6w2-vw-core`): a gate on those efforts only. */
  effortNames?: EffortNamer;
  /** The waves the file inserts between its waves (`## Wave 1.5` under `# Phase 5`), if any. */
  inserted?: InsertedWaves;
  /** The dependency cells of its tables of waves (waveTables.ts). */
  tableGates?: readonly { phase: number; wave: number; value: string; line: number; span: Span }[];
}

export interface ScopeOutput {
  scopes: ScopeDefaults[];
  constraints: WaveConstraint[];
  diagnostics: PlanDiagnostic[];
}

type ScopeField = 'baseBranch' | 'status' | 'canParallelize';
const SCOPE_FIELDS = new Set(['baseBranch', 'status', 'canParallelize', 'dependsOn']);
// A branch name as git allows it, roughly: no blanks, no `..`, none of `~^:?*[\`.
const BRANCH_NAME = /^(?!.*\.\.)[^\s~^:?*[\\]+$/;
const DOCUMENT_STATE =
  /^(?!.*\b(?:complete|completed|done|in[ _-]?progress|blocked)\b).*\b(?:approved|accepted|passed|ready|draft|reviewed|final)\b/i;
const mayMarkComplete = (text: string) => {
  const lower = text.toLowerCase();
  return lower.includes('complete') || lower.includes('done') || text.includes('✅');
};
const DOC_STATUS = /^[^\p{L}\p{N}]*STATUS\s*:\s*\**\s*([A-Za-z][A-Za-z _-]{1,30}?)(?=\s*(?:\*\*|✅|$|[-–—(]))/iu;

export function readScopes(input: ScopeInput): ScopeOutput {
  const { doc, outline } = input;
  const out: ScopeOutput = { scopes: [], constraints: [], diagnostics: [] };
  const byKey = new Map<string, ScopeDefaults>();
  const declLines = input.declLines;
  // A wave's second heading in the file (`## Wave 1 (continued)`) starts a section of that wave too: what is written
  // under it speaks for the wave, and contradicts what its first section wrote.
  const waveLines = outline.waveLines;
  const top = Math.min(waveLines[0] ?? Infinity, declLines[0] ?? Infinity);
  const scopeOf = (
    phase: number | undefined,
    wave: number | undefined,
    span: Span,
    part?: Heading,
  ): ScopeDefaults | undefined => {
    if (wave !== undefined && phase === undefined) return undefined;
    const key = `${phase ?? ''}.${wave ?? ''}${part ? `@${part.line}` : ''}`;
    let scope = byKey.get(key);
    if (!scope) {
      scope = { ...(phase !== undefined ? { phase } : {}), ...(wave !== undefined ? { wave } : {}), span };
      if (part)
        scope.efforts = (input.declIds ?? []).filter((d) => d.line > part.line && d.line < part.end).map((d) => d.id);
      byKey.set(key, scope);
      out.scopes.push(scope);
    }
    return scope;
  };
  // The scope a line speaks for, if it is wave- or document-level metadata (above the scope's first effort).
  const scopeAt = (
    line: number,
  ): { phase?: number; wave?: number; plan?: string; part?: Heading; inserted?: boolean } | undefined => {
    const ctx = contextAt(outline, line);
    if (ctx.wave === undefined) return line < top ? { phase: ctx.phase?.value } : undefined;
    if (ctx.phase === undefined) return unphasedScopeAt(line, ctx.wave);
    const part = partAt(outline, line);
    // An inserted wave's heading (`## Wave 1.5`) starts a section of its own too, which speaks for its efforts only.
    const inserted = input.inserted?.waves.find((w) => line > w.line && line < w.end)?.line;
    const start = Math.max(lastAtOrBefore(waveLines, line) ?? 1, part?.line ?? 1, inserted ?? 1);
    const firstDecl = declLines[firstAtOrAfter(declLines, start)];
    if (firstDecl !== undefined && firstDecl < line) return undefined;
    return {
      phase: ctx.phase.value,
      wave: ctx.wave.value,
      ...(part ? { part } : {}),
      inserted: inserted !== undefined,
    };
  };
  // A wave heading with no phase (`# Wave 1` of `wave-1.md`) speaks for the phase its efforts' ids give, if one does,
  // else for that wave of this plan (only its `Depends On` is read: see waveConstraints.ts).
  const unphasedScopeAt = (line: number, wave: { value: number; span?: Span }) => {
    const placed = input.phasedByIds?.find((w) => w.wave === wave.value);
    const firstDecl = declLines[firstAtOrAfter(declLines, wave.span?.line ?? 1)];
    if (firstDecl !== undefined && firstDecl < line) return undefined;
    return placed ? { phase: placed.phase, wave: wave.value } : { plan: doc.file, wave: wave.value };
  };

  for (let i = 0; i < input.kv.length; i++) {
    const field = input.kv.fieldAt(i);
    if (!field || !SCOPE_FIELDS.has(field) || input.owned(input.kv.lineAt(i))) continue;
    const k = input.kv.at(i);
    const where = scopeAt(k.line);
    if (!where) continue;
    const at = (start: number, end: number) => spanAt(doc.file, k.line, k.column, start, end);
    if (k.field === 'dependsOn') {
      fieldConstraint(out, input, where, k.value, k.line, at(0, k.value.trimEnd().length));
      continue;
    }
    // Only its `Depends On` is read: a base branch or status there is not the whole wave's it is placed in.
    if (where.inserted) continue;
    const span = lineSpan(doc.file, k.line, 1, (doc.lines[k.line - 1] ?? '').length);
    const scope = scopeOf(where.phase, where.wave, span, where.part);
    if (scope) setField(out, scope, k.field as ScopeField, k, at, scopeName(where));
  }
  // `### Wave 1: Foundation ✅ COMPLETE`, `# Phase 4: Reports ✅ COMPLETE`: every effort under it is done.
  // A part's title (`## Wave 1a — Pilot ✅ COMPLETE`) speaks for that part's efforts only.
  const titles: Array<{ phase?: number; wave?: number; span: Span; part?: Heading }> = [
    ...outline.waves,
    ...outline.phases.map((p) => ({ phase: p.phase, wave: undefined, span: p.span })),
  ];
  for (const i of outline.subWaves) {
    const h = outline.headings[i];
    const w = titles.findIndex((t) => t.span.line === h.line);
    if (w >= 0) titles.splice(w, 1);
    const span = lineSpan(doc.file, h.line, h.column, h.text.length);
    if (h.phase) titles.push({ phase: h.phase.value, wave: h.wave?.value, span, part: h });
  }
  for (const w of titles) {
    const text = doc.lines[w.span.line - 1] ?? '';
    const after = text.slice(w.span.column - 1, w.span.endColumn - 1);
    // titleStatus is tried only on titles holding one of the words that may say done.
    if (!mayMarkComplete(after)) continue;
    // The wave's number and a part's letter are not part of the status.
    const m = titleStatus(
      after.replace(/^[^\d]*\d+(?:\.\d+)?(?:[A-Za-z](?![\p{L}\p{N}]))?/u, (s) => ' '.repeat(s.length)),
    );
    if (m?.status !== 'done') continue;
    const scope = scopeOf(w.phase, w.wave, w.span, w.part);
    const span = lineSpan(doc.file, w.span.line, w.span.column + m.markIndex, m.markLength);
    if (scope && !scope.status) scope.status = { value: 'done', span };
  }
  readDocumentStatus(input, top, scopeOf);
  sentenceConstraints(out, input);
  // A cell's `Phase 3, Wave 1 Metrics` is two waits (phase 3, wave 1 of this phase), not wave 3.1.
  for (const g of input.tableGates ?? [])
    for (const part of g.value.split(/,\s*(?=(?:phases?|waves?)\b)/i))
      fieldConstraint(out, input, g, part, g.line, g.span);
  return out;
}

/** The part of a wave (`## Wave 1a — Pilot`) whose section holds a line, if any. */
function partAt(outline: Outline, line: number): Heading | undefined {
  if (!outline.subWaves.size) return undefined;
  for (let h = headingAt(outline, line); h; h = h.parent === undefined ? undefined : outline.headings[h.parent])
    if (outline.subWaves.has(h.index)) return h;
  return undefined;
}

function scopeName(where: { phase?: number; wave?: number }): string {
  if (where.wave !== undefined) return `Wave ${where.phase}.${where.wave}`;
  return where.phase !== undefined ? `Phase ${where.phase}` : 'This document';
}

// Binary searches: a file may repeat one wave's heading, and state metadata under each, 100,000 times.
function lastAtOrBefore(sorted: readonly number[], line: number): number | undefined {
  const i = firstAtOrAfter(sorted, line + 1);
  return i > 0 ? sorted[i - 1] : undefined;
}

/** Index of the first entry >= line (sorted.length when none). */
function firstAtOrAfter(sorted: readonly number[], line: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A wave's base branch as written, with its offsets: a branch, perhaps with a note (`x (Wave 2.1 complete)`). */
export function baseBranchValue(text: string): { value: string; start: number; end: number } | undefined {
  const v = cleanValue(text, true);
  // A branch may carry a note (`x (Wave 2.1 complete)`, `x - reason`); more words make it prose, not a branch,
  // unless the branch is in backticks: ``Base: `release/w1`. Starts when wave 1 is merged.`` is clear.
  const ticked = v !== undefined && text.charCodeAt(v.start - 1) === 0x60;
  const rest = v
    ? text
        .slice(v.end)
        .replace(/^[`*"']+/, '')
        .trim()
    : '';
  return v && BRANCH_NAME.test(v.value) && (ticked || rest === '' || /^[(\-–—,;]/.test(rest))
    ? writtenBranch(v, 'baseBranch')
    : undefined;
}

function setField(
  out: ScopeOutput,
  scope: ScopeDefaults,
  field: ScopeField,
  k: KvLine,
  at: (s: number, e: number) => Span,
  name: string,
): void {
  const label = field === 'baseBranch' ? 'base branch' : field === 'status' ? 'status' : 'Can Parallelize';
  let found: { value: string | boolean; start: number; end: number } | undefined;
  if (field === 'baseBranch') {
    // `TBD`, `-`: no base yet, and nothing to warn about.
    const token = cleanValue(k.value, true);
    if (token && !writtenBranch(token, 'baseBranch')) return;
    found = baseBranchValue(k.value);
  } else if (field === 'canParallelize') {
    found = locateBool(k.value);
  } else {
    const v = cleanValue(k.value);
    // `✅ READY FOR EXECUTION`, `Approved`, `Draft` are the document's own state, not its efforts' progress: no
    // default and no warning. Words decide; a lone ✅ means done.
    const words = v ? v.value.replace(/✅/gu, '').trim() || '✅' : '';
    if (!words || DOCUMENT_STATE.test(words)) return;
    const status = parseStatus(words);
    if (status === 'unknown') return;
    found = { value: status, start: v!.start, end: v!.end };
  }
  if (!found) {
    const written = k.value.trim();
    out.diagnostics.push(
      scopeDiagnostic(
        at(0, Math.max(k.value.trimEnd().length, 1)),
        'metadata-invalid',
        `${name}: ${label} "${written}" is not a value Waveplan can read; it is not applied to the efforts below.`,
      ),
    );
    return;
  }
  const span = at(found.start, found.end);
  const prev = scope[field];
  if (prev === undefined) {
    (scope as Record<ScopeField, unknown>)[field] = { value: found.value, span };
    return;
  }
  if (prev.value !== found.value) {
    out.diagnostics.push(
      scopeDiagnostic(
        span,
        'effort-conflict',
        conflictMessage({
          subject: name,
          label,
          here: shown(found.value),
          there: shown(prev.value),
          place: `line ${prev.span.line}`,
          winner: 'the first one written',
        }),
        prev.span,
      ),
    );
  }
}

/** As the other conflict messages show values (precedence.ts displayValue): strings quoted, booleans Yes/No. */
const shown = (v: unknown): string =>
  typeof v === 'string' ? JSON.stringify(v) : typeof v === 'boolean' ? (v ? 'Yes' : 'No') : String(v);

function scopeDiagnostic(
  span: Span,
  code: 'metadata-invalid' | 'effort-conflict',
  message: string,
  related?: Span,
): PlanDiagnostic {
  return {
    ...span,
    code,
    severity: 'warning',
    message,
    efforts: [],
    ...(related ? { related: [{ span: related, message: 'the value that applies' }] } : {}),
  };
}

/** `## 🎯 STATUS: COMPLETE ✅` or `**STATUS: COMPLETE** - …` above the first wave: the whole document's status. */
function readDocumentStatus(
  input: ScopeInput,
  top: number,
  scopeOf: (p: number | undefined, w: number | undefined, s: Span) => ScopeDefaults | undefined,
): void {
  const { doc, outline } = input;
  const limit = Math.min(top - 1, doc.lines.length);
  const inFence = (line: number) => doc.fences.some((f) => line >= f.line && line <= f.contentEnd);
  // Front matter's `status:` is read as the file's field (readScopes' metadata lines), for its wave if it names one.
  for (let line = doc.frontMatter?.endLine ?? 1; line <= limit; line++) {
    const text = doc.lines[line - 1];
    const m = DOC_STATUS.exec(text);
    if (!m || inFence(line)) continue;
    const status = parseStatus(m[1]);
    if (status === 'unknown') continue;
    const start = m.index + m[0].length - m[1].length;
    const scope = scopeOf(
      contextAt(outline, line).phase?.value ?? outline.filePhase?.value,
      undefined,
      lineSpan(doc.file, line, 1, text.length),
    );
    if (scope && !scope.status)
      scope.status = { value: status, span: lineSpan(doc.file, line, start + 1, m[1].length) };
    return;
  }
}
