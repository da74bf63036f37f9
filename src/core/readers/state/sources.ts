// The places of an orchestrator state file (2.0 yaml/json and 3.0 v3.json) that name efforts, waves and phases.
import type { EffortStatus, Located, PhaseDecl, ScopeDefaults, Span, WaveDecl } from '../../model/model';
import { readCollections, readRecordList } from './collections';
import { listDraft, readEffortRecord, type Draft, type Scope } from './effort';
import {
  entries,
  field,
  isMap,
  isScalar,
  isSeq,
  items,
  keyNumber,
  locatedInt,
  locatedStr,
  num,
  str,
  valueSpan,
  type Entry,
  type NodeCtx,
  type SNode,
} from './nodes';
import { waveDefaults } from './waveDefaults';

/** Lower = stronger. Lists of ids only say "done"/"in progress"; the richest records come first. */
const RANK = { prePlanned: 0, planning: 1, structure: 2, record: 3, plan: 4, completed: 5, inProgress: 6, pending: 7 };
const LIST_STATUS = new Map<string, { status: EffortStatus; rank: number }>([
  ['efforts_completed', { status: 'done', rank: RANK.completed }],
  ['efforts_in_progress', { status: 'in-progress', rank: RANK.inProgress }],
  ['efforts_pending', { status: 'planned', rank: RANK.pending }],
]);
const WAVE_INFRA = /^phase_?(\d{1,3})_wave_?(\d{1,3})_infrastructure$/;
const PLAN_KEY = /(^|_)parallelization_plan$/;
const DEPENDENCY_ANALYSIS = /(^|_)dependency_analysis$/;
const PHASE_WAVE_TEXT = /phase[\s_-]*(\d{1,3})\D+?wave[\s_-]*(\d{1,3})/i;
/** `waves_per_phase` counts above this are typos, not plans. */
const MAX_WAVES = 50;

export class StateSink {
  readonly drafts: Draft[] = [];
  /** The key being read; drafts added meanwhile record it as their place. */
  place: string | undefined;
  private readonly waves = new Map<string, WaveDecl>();
  private readonly phases = new Map<number, PhaseDecl>();
  /** Waves' own base branch and status: defaults for their efforts (see waveDefaults). */
  readonly scopes: ScopeDefaults[] = [];

  add(draft: Draft | undefined): void {
    if (!draft) return;
    draft.place ??= this.place;
    this.drafts.push(draft);
  }

  /** The first declaration wins, except that a named one replaces an unnamed one. */
  wave(phase: number, wave: number, span: Span, name?: string): void {
    const key = `${phase}.${wave}`;
    const old = this.waves.get(key);
    if (!old || (!old.name && name)) this.waves.set(key, name ? { phase, wave, name, span } : { phase, wave, span });
  }

  /** A wave and its own fields: declared, and its defaults kept when it has any. */
  waveWith(ctx: NodeCtx, phase: number, wave: number, span: Span, fields: Entry[], name?: string): void {
    this.wave(phase, wave, span, name);
    const scope = waveDefaults(ctx, phase, wave, span, fields);
    if (scope) this.scopes.push(scope);
  }

  phase(phase: number, span: Span, name?: string): void {
    const old = this.phases.get(phase);
    if (!old || (!old.name && name)) this.phases.set(phase, name ? { phase, name, span } : { phase, span });
  }

  waveDecls(): WaveDecl[] {
    return [...this.waves.values()].sort((a, b) => a.phase - b.phase || a.wave - b.wave);
  }

  phaseDecls(): PhaseDecl[] {
    return [...this.phases.values()].sort((a, b) => a.phase - b.phase);
  }
}

export function readStateRoot(ctx: NodeCtx, root: SNode, sink: StateSink): void {
  if (isSeq(root)) {
    readRecordList(ctx, root, (d) => sink.add(d));
    return;
  }
  for (const e of entries(ctx, root)) {
    sink.place = e.key;
    if (e.norm === 'pre_planned_infrastructure')
      keyedEfforts(ctx, field(entries(ctx, e.value), 'efforts')?.value, {}, RANK.prePlanned, sink);
    else if (e.norm === 'planning_files') planningFiles(ctx, e, sink);
    // `phases: {phase_1: {waves: {wave_2: {efforts: …}}}}` is phase_structure under another name.
    else if (e.norm === 'phase_structure' || (e.norm === 'phases' && isMap(e.value))) phaseStructure(ctx, e, sink);
    else if (LIST_STATUS.has(e.norm)) effortList(ctx, e, {}, sink);
    else if (e.norm === 'phase_status') phaseStatus(ctx, e, sink);
    else if (e.norm === 'waves_per_phase') wavesPerPhase(ctx, e, sink);
    else if (e.norm === 'waves_completed') wavesCompleted(ctx, e, sink);
    else if (e.norm === 'project_progression') projectProgression(ctx, e, sink);
    else if (e.norm === 'phases' && isSeq(e.value)) phaseList(ctx, e, sink);
    else if (e.norm === 'waves' && isSeq(e.value)) dottedWaveList(ctx, e.value, sink, filePhase(ctx, root));
    else if (e.norm === 'waves' && isMap(e.value)) waveStructure(ctx, e, sink);
    else {
      const m = WAVE_INFRA.exec(e.norm);
      if (m) waveInfrastructure(ctx, e, Number(m[1]), Number(m[2]), sink);
    }
  }
  for (const plan of findKeys(ctx, root, PLAN_KEY, 3)) {
    sink.place = plan.key;
    parallelizationPlan(ctx, plan, sink);
  }
  readCollections(ctx, root, (d, place) => {
    sink.place = place;
    sink.add(d);
  });
  sink.place = undefined;
}

function keyedEfforts(ctx: NodeCtx, node: SNode | null | undefined, scope: Scope, rank: number, sink: StateSink): void {
  if (isSeq(node)) {
    for (const item of items(node)) if (isMap(item)) sink.add(readEffortRecord(ctx, item, scope, rank));
    return;
  }
  for (const e of entries(ctx, node)) {
    if (isMap(e.value))
      sink.add(readEffortRecord(ctx, e.value, { ...scope, key: { text: e.key, span: e.keySpan } }, rank));
  }
}

function at(span: Span, value: number): Located<number> {
  return { value, span };
}

/** `planning_files.phases.phase2.waves.wave1.efforts.effort-1{…}` */
function planningFiles(ctx: NodeCtx, e: Entry, sink: StateSink): void {
  for (const p of entries(ctx, field(entries(ctx, e.value), 'phases')?.value)) {
    const phase = keyNumber(p.key, 'phase');
    if (phase === undefined) continue;
    sink.phase(phase, p.keySpan);
    for (const w of entries(ctx, field(entries(ctx, p.value), 'waves')?.value)) {
      const wave = keyNumber(w.key, 'wave');
      if (wave === undefined) continue;
      sink.wave(phase, wave, w.keySpan);
      const scope = { phase: at(p.keySpan, phase), wave: at(w.keySpan, wave) };
      keyedEfforts(ctx, field(entries(ctx, w.value), 'efforts')?.value, scope, RANK.planning, sink);
    }
  }
}

/** `phase_structure.phase_1{name, waves.wave_2{name, efforts[{name, estimated_lines, …}]}}` */
function phaseStructure(ctx: NodeCtx, e: Entry, sink: StateSink): void {
  for (const p of entries(ctx, e.value)) {
    const phase = keyNumber(p.key, 'phase');
    if (phase === undefined) continue;
    const pe = entries(ctx, p.value);
    sink.phase(phase, p.keySpan, str(field(pe, 'name', 'phase_name')?.value));
    for (const w of entries(ctx, field(pe, 'waves')?.value)) {
      const wave = keyNumber(w.key, 'wave');
      if (wave === undefined) continue;
      const we = entries(ctx, w.value);
      sink.waveWith(ctx, phase, wave, w.keySpan, we, str(field(we, 'name', 'wave_name')?.value));
      const scope = { phase: at(p.keySpan, phase), wave: at(w.keySpan, wave) };
      keyedEfforts(ctx, field(we, 'efforts')?.value, scope, RANK.structure, sink);
    }
  }
}

/**
 * `waves: {wave_1: {efforts: {ledger-model: {…}}}}`, a file of one phase that names none: its records are of that
 * wave, in whichever phase has it (their waves are declared by no phase, so none here).
 */
function waveStructure(ctx: NodeCtx, e: Entry, sink: StateSink): void {
  for (const w of entries(ctx, e.value)) {
    const fields = entries(ctx, w.value);
    // `waves: {"3.2": {base_branch: …}}`: keyed by phase and wave, a wave of that phase.
    const dotted = DOTTED_WAVE.exec(w.key.trim());
    let scope: Scope;
    if (dotted) {
      const [phase, wave] = [Number(dotted[1]), Number(dotted[2])];
      sink.waveWith(ctx, phase, wave, w.keySpan, fields, str(field(fields, 'wave_name', 'name', 'title')?.value));
      scope = { phase: at(w.keySpan, phase), wave: at(w.keySpan, wave) };
    } else {
      const wave = keyNumber(w.key, 'wave');
      if (wave === undefined) continue;
      scope = { wave: at(w.keySpan, wave) };
    }
    keyedEfforts(ctx, field(fields, 'efforts')?.value, scope, RANK.structure, sink);
  }
}

/** `efforts_completed: ["E1.1.1-x", {effort_id, branch, …}]`, also in_progress and pending. */
function effortList(ctx: NodeCtx, e: Entry, scope: Scope, sink: StateSink): void {
  const kind = LIST_STATUS.get(e.norm);
  if (!kind) return;
  const listScope: Scope = { ...scope, listStatus: { value: kind.status, span: e.keySpan } };
  for (const item of items(e.value)) {
    if (isMap(item)) sink.add(readEffortRecord(ctx, item, listScope, Math.min(kind.rank, RANK.record)));
    else sink.add(listDraft(ctx, item, listScope, kind.rank));
  }
}

/** `phase_status.phase1{status, waves{wave1: "COMPLETE"}}` */
function phaseStatus(ctx: NodeCtx, e: Entry, sink: StateSink): void {
  for (const p of entries(ctx, e.value)) {
    const phase = keyNumber(p.key, 'phase');
    if (phase === undefined) continue;
    sink.phase(phase, p.keySpan);
    for (const w of entries(ctx, field(entries(ctx, p.value), 'waves')?.value)) {
      const wave = keyNumber(w.key, 'wave');
      if (wave !== undefined) sink.wave(phase, wave, w.keySpan);
    }
  }
}

/** `waves_per_phase: {phase1: 2}` declares waves 1.1 and 1.2. */
function wavesPerPhase(ctx: NodeCtx, e: Entry, sink: StateSink): void {
  for (const p of entries(ctx, e.value)) {
    const phase = keyNumber(p.key, 'phase');
    const count = num(p.value);
    if (phase === undefined) continue;
    sink.phase(phase, p.keySpan);
    if (count === undefined || !Number.isInteger(count) || count < 0 || count > MAX_WAVES) continue;
    for (let wave = 1; wave <= count; wave++) sink.wave(phase, wave, valueSpan(ctx, p.value));
  }
}

/** `{phase1: {wave1: {efforts: [...]}}}` (2.0 json), `["phase1/wave1"]` (2.0 yaml), `[{wave_id: "1.1", efforts_completed}]` (3.0). */
function wavesCompleted(ctx: NodeCtx, e: Entry, sink: StateSink): void {
  if (isMap(e.value)) {
    for (const p of entries(ctx, e.value)) {
      const phase = keyNumber(p.key, 'phase');
      if (phase === undefined) continue;
      for (const w of entries(ctx, p.value)) {
        const wave = keyNumber(w.key, 'wave');
        if (wave === undefined) continue;
        sink.wave(phase, wave, w.keySpan);
        const scope: Scope = {
          phase: at(p.keySpan, phase),
          wave: at(w.keySpan, wave),
          listStatus: { value: 'done', span: w.keySpan },
        };
        for (const item of items(field(entries(ctx, w.value), 'efforts')?.value))
          sink.add(listDraft(ctx, item, scope, RANK.completed));
      }
    }
    return;
  }
  for (const item of items(e.value)) {
    if (isScalar(item)) {
      const m = PHASE_WAVE_TEXT.exec(str(item) ?? '');
      if (m) sink.wave(Number(m[1]), Number(m[2]), valueSpan(ctx, item));
      continue;
    }
    const ie = entries(ctx, item);
    const idEntry = field(ie, 'wave_id');
    const m = /^(\d{1,3})\.(\d{1,3})$/.exec(str(idEntry?.value) ?? '');
    if (!m || !idEntry) continue;
    const phase = Number(m[1]);
    const wave = Number(m[2]);
    const span = valueSpan(ctx, idEntry.value);
    sink.wave(phase, wave, span, str(field(ie, 'wave_name', 'name')?.value));
    const done = field(ie, 'efforts_completed');
    if (!done) continue;
    const scope: Scope = {
      phase: at(span, phase),
      wave: at(span, wave),
      listStatus: { value: 'done', span: done.keySpan },
    };
    for (const effort of items(done.value)) sink.add(listDraft(ctx, effort, scope, RANK.completed));
  }
}

/** 3.0: `project_progression{phase_1{phase_name, waves[{wave_number, name}]}, current_phase, current_wave, efforts_completed, waves_completed}` */
function projectProgression(ctx: NodeCtx, e: Entry, sink: StateSink): void {
  const pe = entries(ctx, e.value);
  for (const p of pe) {
    const phase = keyNumber(p.key, 'phase');
    if (phase === undefined) continue;
    const fields = entries(ctx, p.value);
    sink.phase(phase, p.keySpan, str(field(fields, 'phase_name', 'name')?.value));
    waveList(ctx, phase, field(fields, 'waves')?.value, sink);
  }
  const currentPhase = entries(ctx, field(pe, 'current_phase')?.value);
  const phaseNumber = field(currentPhase, 'phase_number');
  const phase = phaseNumber && locatedInt(ctx, phaseNumber.value);
  if (phase) sink.phase(phase.value, phase.span, str(field(currentPhase, 'phase_name', 'name')?.value));
  const currentWave = entries(ctx, field(pe, 'current_wave')?.value);
  const waveNumber = field(currentWave, 'wave_number');
  const wave = waveNumber && locatedInt(ctx, waveNumber.value);
  if (phase && wave) sink.wave(phase.value, wave.value, wave.span, str(field(currentWave, 'wave_name', 'name')?.value));
  for (const entry of pe) {
    if (LIST_STATUS.has(entry.norm)) effortList(ctx, entry, {}, sink);
    else if (entry.norm === 'waves_completed') wavesCompleted(ctx, entry, sink);
  }
}

/** `phases: [{phase: 1, name, waves: [{wave: 1, name, efforts: [...]}]}]`: the names; efforts are read as collections. */
function phaseList(ctx: NodeCtx, e: Entry, sink: StateSink): void {
  for (const p of items(e.value)) {
    const pe = entries(ctx, p);
    // `{phase: 2}`, `{phase_number: 2}`, or in a list of phases `{number: 2, title: Reconciliation}`, `{id: 2}`.
    const number = field(pe, 'phase', 'phase_number', 'number', 'phase_id', 'id');
    const phase = number && locatedInt(ctx, number.value);
    if (!phase) continue;
    sink.phase(phase.value, phase.span, str(field(pe, 'phase_name', 'name', 'title')?.value));
    waveList(ctx, phase.value, field(pe, 'waves')?.value, sink);
  }
}

/**
 * `waves: [{wave_number: 1, wave_name: …}]` under a phase, also `{id: "1.2", name, base}`: each wave with its name,
 * and its own base and status as defaults for its efforts (waveDefaults).
 */
function waveList(ctx: NodeCtx, phase: number, waves: SNode | null | undefined, sink: StateSink): void {
  for (const w of items(waves)) {
    const we = entries(ctx, w);
    const node = field(we, 'wave_number', 'wave', 'number', 'wave_id', 'id')?.value;
    // `id: "1.2"` carries its phase: a wave of this phase only when the phases agree.
    const dotted = DOTTED_WAVE.exec(str(node) ?? '');
    if (dotted && Number(dotted[1]) !== phase) continue;
    const wave = dotted ? { value: Number(dotted[2]), span: valueSpan(ctx, node) } : locatedInt(ctx, node);
    if (wave) sink.waveWith(ctx, phase, wave.value, wave.span, we, str(field(we, 'wave_name', 'name', 'title')?.value));
  }
}

// `"2.1"`, `WAVE_2.1`, `wave-2.1`: a wave id that carries its phase.
const DOTTED_WAVE = /^(?:wave[\s_-]*)?(\d{1,3})\.(\d{1,3})$/i;

/**
 * Top-level `waves: [{id: "2.1", name: Metrics, efforts: […]}]`: each wave, named, of the phase its id gives; in a file
 * whose top-level `phase: 2` gives the phase, also `{id: 1, name: Ingest}` (wave 2.1).
 */
function dottedWaveList(ctx: NodeCtx, waves: SNode, sink: StateSink, phase: number | undefined): void {
  for (const w of items(waves)) {
    const we = entries(ctx, w);
    // `id: 5.10` unquoted is a YAML number: its written text keeps the second wave digit.
    const node = field(we, 'id', 'wave_id', 'wave', 'wave_number')?.value;
    const id = str(node);
    const m = id === undefined ? null : DOTTED_WAVE.exec(id);
    const plain = id !== undefined && /^\d{1,3}$/.test(id.trim());
    const name = str(field(we, 'wave_name', 'name', 'title')?.value);
    if (m) sink.waveWith(ctx, Number(m[1]), Number(m[2]), valueSpan(ctx, node), we, name);
    else if (plain && phase !== undefined) sink.waveWith(ctx, phase, Number(id), valueSpan(ctx, node), we, name);
  }
}

/** The phase a whole state file speaks for, its top-level `phase: 2` (not `current_phase`, which moves). */
function filePhase(ctx: NodeCtx, root: SNode): number | undefined {
  return locatedInt(ctx, field(entries(ctx, root), 'phase', 'phase_number')?.value)?.value;
}

/** `phase2_wave1_infrastructure{base_branch, efforts{E2.1.1{name, directory, branch, …}}}` */
function waveInfrastructure(ctx: NodeCtx, e: Entry, phase: number, wave: number, sink: StateSink): void {
  const fields = entries(ctx, e.value);
  const base = locatedStr(ctx, field(fields, 'base_branch')?.value);
  const scope: Scope = {
    phase: at(e.keySpan, phase),
    wave: at(e.keySpan, wave),
    ...(base ? { baseBranch: base } : {}),
  };
  keyedEfforts(ctx, field(fields, 'efforts')?.value, scope, RANK.structure, sink);
}

/** `*_parallelization_plan{phase, wave, parallel_groups, blocking_efforts[], dependent_efforts[], r219_dependency_analysis}` */
function parallelizationPlan(ctx: NodeCtx, e: Entry, sink: StateSink): void {
  const fields = entries(ctx, e.value);
  const phase = locatedInt(ctx, field(fields, 'phase')?.value);
  const wave = locatedInt(ctx, field(fields, 'wave')?.value);
  const scope: Scope = { ...(phase ? { phase } : {}), ...(wave ? { wave } : {}) };
  const records = (node: SNode | null | undefined) => {
    for (const item of items(node)) if (isMap(item)) sink.add(readEffortRecord(ctx, item, scope, RANK.plan));
  };
  for (const f of fields) {
    if (f.norm === 'parallel_groups') {
      const groups = isSeq(f.value) ? items(f.value) : entries(ctx, f.value).map((g) => g.value);
      for (const g of groups) records(field(entries(ctx, g), 'efforts')?.value);
    } else if (f.norm === 'blocking_efforts' || f.norm === 'dependent_efforts' || f.norm === 'efforts') {
      records(f.value);
    } else if (DEPENDENCY_ANALYSIS.test(f.norm)) {
      keyedEfforts(ctx, f.value, scope, RANK.plan, sink);
    }
  }
}

/** Entries whose key matches, searching mappings (not lists) breadth-first down to `depth` levels. */
function findKeys(ctx: NodeCtx, root: SNode, pattern: RegExp, depth: number): Entry[] {
  const found: Entry[] = [];
  let level: Array<SNode | null> = [root];
  for (let d = 0; d < depth && level.length; d++) {
    const next: Array<SNode | null> = [];
    for (const node of level) {
      for (const e of entries(ctx, node)) {
        if (pattern.test(e.norm)) found.push(e);
        else if (isMap(e.value)) next.push(e.value);
      }
    }
    level = next;
  }
  return found;
}
