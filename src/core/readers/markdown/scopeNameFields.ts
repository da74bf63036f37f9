// Phase and wave names a plan writes as metadata rather than as headings: `**Phase**: Phase 4 - Advanced Features`,
// `**Phase**: API Foundation & Contracts` (the plan's own phase), `**Wave**: 4 - Debug Capabilities`,
// `**Wave**: Phase 2, Wave 2 (Advanced Configuration Features)`. Only lines that speak for the whole document count:
// its header, or an effort plan's own metadata.
import type { FileReadResult, PhaseDecl, Span, WaveDecl } from '../../model/model';
import { spanAt } from './facts';
import type { KvLines } from './fields/kvLines';
import { phaseName, waveName } from './outline';

export interface ScopeNames {
  phases: PhaseDecl[];
  waves: WaveDecl[];
}

/** The phase and wave a header line sits in (from its file's headings and path), or undefined for a line that is not one. */
export type HeaderContext = (line: number) => { phase?: number; wave?: number } | undefined;

// A field value is short; longer text is prose (and kept away from the patterns below).
const MAX_VALUE = 200;
// `Phase 4 - Name`, `4 - Name`, `Phase 2 (Name)`.
const PHASE_VALUE = /^(?:phase[ \t]*)?(\d{1,3})(?![\d.])[ \t]*(?:[-–—:|][ \t]*(\S.*)|\((.+)\)[ \t]*)$/i;
// `Wave 2 - Name`, `4 - Name`, `2.1 - Name`, `Phase 2, Wave 2 (Name)`.
const WAVE_VALUE =
  /^(?:phase[ \t]*(\d{1,3})[ \t]*(?:[,/·][ \t]*)?)?(?:wave[ \t]*)?(?:(\d{1,3})\.)?(\d{1,3})(?![\d.])[ \t]*(?:[-–—:|][ \t]*(\S.*)|\((.+)\)[ \t]*)$/i;
// What a workflow calls its steps (`**Phase**: Implementation`), said without a number: not a name of a plan's phase.
const WORKFLOW_WORD =
  /^(?:planning|plan|design|implementation|development|review|testing|integration|deployment|release|research|analysis)$/i;
// `Wave 2 (parallel)`, `Wave 2 (after Wave 1)`: a note in brackets, not a name.
const NOTE = /^(?:parallel|sequential|after|before|depends|blocked|optional|current|next|final|last|first)\b|\d/i;

export function scopeNameFields(file: string, kv: KvLines, header: HeaderContext): ScopeNames {
  const out: ScopeNames = { phases: [], waves: [] };
  for (let i = 0; i < kv.length; i++) {
    const field = kv.fieldAt(i);
    if (field !== 'phase' && field !== 'wave') continue;
    const k = kv.at(i);
    if (k.value.length > MAX_VALUE) continue;
    const where = header(k.line);
    if (!where) continue;
    const value = k.value.replace(/^[\s*_`]+|[\s*_`]+$/g, '');
    const start = k.value.indexOf(value);
    const span = spanAt(file, k.line, k.column, start, start + value.length);
    if (k.field === 'phase') addPhase(out, value, where.phase, span);
    else addWave(out, value, where, span);
  }
  return out;
}

function addPhase(out: ScopeNames, value: string, phase: number | undefined, span: Span): void {
  const m = PHASE_VALUE.exec(value);
  // Without a number the value names the plan's own phase, if the plan says which one that is.
  const number = m ? Number(m[1]) : phase;
  const raw = m ? (m[2] ?? bracketed(m[3])) : /\d/.test(value) || WORKFLOW_WORD.test(value) ? undefined : value;
  const name = raw === undefined || number === undefined ? undefined : phaseName(withoutNote(raw));
  if (name) out.phases.push({ phase: number!, name, span });
}

function addWave(out: ScopeNames, value: string, where: { phase?: number }, span: Span): void {
  const m = WAVE_VALUE.exec(value);
  if (!m) return;
  const phase = m[1] ?? m[2];
  const number = phase !== undefined ? Number(phase) : where.phase;
  if (number === undefined) return;
  const raw = m[4] ?? bracketed(m[5]);
  const { name } = raw === undefined ? {} : waveName(` - ${withoutNote(raw)}`);
  if (name) out.waves.push({ phase: number, wave: Number(m[3]), name, span });
}

/** A name written in brackets after the number, unless it is a note. */
function bracketed(text: string | undefined): string | undefined {
  return text === undefined || NOTE.test(text.trim()) ? undefined : text;
}

/** `Foundation (TDD - Tests First)` → `Foundation`; a name written only in brackets is kept. */
function withoutNote(text: string): string {
  const t = text.trim();
  const open = t.endsWith(')') ? t.lastIndexOf('(') : -1;
  return open > 0 ? t.slice(0, open).trimEnd() : t;
}

/**
 * Names a phase or wave the file itself declares (the field is the author's word over its heading's, unless it only
 * says more of it: `Cross-Workspace Runtime Implementation` under `Phase 8: Cross-Workspace Runtime`), and keeps the
 * others as names in passing: the merge gives them to a phase or wave that nothing else names.
 */
export function nameScopes(result: FileReadResult, names: ScopeNames): void {
  const passing: ScopeNames = { phases: [], waves: [] };
  for (const n of names.phases) {
    const own = result.phases.find((p) => p.phase === n.phase);
    if (own) own.name = renamed(own.name, n.name);
    else passing.phases.push(n);
  }
  for (const n of names.waves) {
    const own = result.waves.find((w) => w.phase === n.phase && w.wave === n.wave);
    if (own) own.name = renamed(own.name, n.name);
    else passing.waves.push(n);
  }
  if (passing.phases.length || passing.waves.length) result.scopeNames = passing;
}

function renamed(heading: string | undefined, field: string | undefined): string | undefined {
  return heading && field?.toLowerCase().startsWith(heading.toLowerCase()) ? heading : field;
}
