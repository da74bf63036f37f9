// Words for one effort, shared by the tree (description, tooltip), hovers and CodeLens. No editor API.
import type { Effort, EffortStatus, Limits, Milestone, PlanDiagnostic, Project, Wave } from '../model/model';
import { planWaitsOf } from '../analysis/gates';
import { waitedText } from '../model/milestones';
import { provenanceByFile } from './provenance';
import { findingLines } from './findingLines';
import { formatCount } from '../model/numbers';
import { counted } from './counted';

const STATUS_LABEL: Record<EffortStatus, string> = {
  planned: 'planned',
  'in-progress': 'in progress',
  review: 'in review',
  done: 'done',
  blocked: 'blocked',
  cancelled: 'cancelled',
  unknown: 'status unknown',
};

export function statusLabel(status: EffortStatus): string {
  return STATUS_LABEL[status];
}

/** `450/800 lines` (measured) or `~600/800 lines` (estimate), or undefined when no size is known. */
export function sizeText(effort: Effort, limits: Limits): string | undefined {
  if (effort.actualLines !== undefined) return `${formatCount(effort.actualLines)}/${formatCount(limits.hard)} lines`;
  if (effort.estimatedLines !== undefined)
    return `~${formatCount(effort.estimatedLines)}/${formatCount(limits.hard)} lines`;
  return undefined;
}

export function effortLabel(effort: Effort): string {
  return effort.name && effort.name !== effort.id ? `${effort.id} ${effort.name}` : effort.id;
}

const findingsCache = new WeakMap<Project, Map<string, PlanDiagnostic[]>>();

/** Findings that name an effort, by effort id (one pass per project snapshot). */
export function findingsByEffort(project: Project): Map<string, PlanDiagnostic[]> {
  const cached = findingsCache.get(project);
  if (cached) return cached;
  const map = new Map<string, PlanDiagnostic[]>();
  findingsCache.set(project, map);
  for (const d of project.diagnostics) {
    for (const id of d.efforts) {
      const list = map.get(id);
      if (list) list.push(d);
      else map.set(id, [d]);
    }
  }
  return map;
}

/**
 * The worst severity among the findings about these efforts that the tree marks: 'error', else 'warning', else
 * undefined (information and hints mark nothing, as in the graph). A wave row shows it even while closed.
 */
export function worstFinding(project: Project, ids: readonly string[]): 'error' | 'warning' | undefined {
  const byEffort = findingsByEffort(project);
  let worst: 'warning' | undefined;
  for (const id of ids)
    for (const f of byEffort.get(id) ?? []) {
      if (!marks(f, id)) continue;
      if (f.severity === 'error') return 'error';
      if (f.severity === 'warning') worst = 'warning';
    }
  return worst;
}

const waveFindingsCache = new WeakMap<Project, Map<string, PlanDiagnostic[]>>();

/** Findings about a wave that name no effort, by wave id (one pass per project snapshot). */
function findingsByWave(project: Project): Map<string, PlanDiagnostic[]> {
  let map = waveFindingsCache.get(project);
  if (map) return map;
  map = new Map();
  waveFindingsCache.set(project, map);
  for (const d of project.diagnostics)
    for (const id of d.waves ?? []) {
      const list = map.get(id);
      if (list) list.push(d);
      else map.set(id, [d]);
    }
  return map;
}

/**
 * What a wave row shows of findings: the worst of its efforts' (as worstFinding) and of the findings about the wave
 * itself that name no effort (own-c's `#### 1. Tokenizer rewrite`, sized but without an id: Problems listed it, the
 * wave row had no mark), and its tooltip's lines about them.
 */
export function waveFindings(
  project: Project,
  wave: Pick<Wave, 'id' | 'efforts'>,
): { worst: 'error' | 'warning' | undefined; lines: string[] } {
  const ofEfforts = worstFinding(project, wave.efforts);
  let errors = 0;
  let warnings = 0;
  for (const f of findingsByWave(project).get(wave.id) ?? []) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  const lines = ofEfforts ? [`Holds efforts with ${ofEfforts === 'error' ? 'errors' : 'warnings'}`] : [];
  const own = [errors ? counted(errors, 'error') : '', warnings ? counted(warnings, 'warning') : ''].filter(Boolean);
  if (own.length) lines.push(`Problems: ${own.join(' and ')} about this wave`);
  const worst = ofEfforts === 'error' || errors ? 'error' : (ofEfforts ?? (warnings ? 'warning' : undefined));
  return { worst, lines };
}

/** Escapes only what would change inline rendering: hover and tooltip lines start with fixed words, so block syntax cannot occur. */
export const escapeMarkdown = (s: string): string => s.replace(/[\\`*_[\]<>|]/g, '\\$&');

/**
 * Markdown for tooltips and hovers: name, place, size, status, branches, dependencies, findings, and with a root
 * (the workspace folder) where each value came from, paths relative to it.
 */
export function effortMarkdown(
  effort: Effort,
  project: Project,
  limits: Limits,
  findings: readonly PlanDiagnostic[] = [],
  root?: string,
): string {
  const lines = [
    `**${escapeMarkdown(effort.id)}**${effort.name && effort.name !== effort.id ? ` ${escapeMarkdown(effort.name)}` : ''}`,
    '',
  ];
  const where = [
    effort.phase !== undefined ? `Phase ${effort.phase}` : '',
    effort.wave !== undefined ? `Wave ${effort.wave}` : '',
  ].filter(Boolean);
  if (where.length) lines.push(`${where.join(' · ')}  `);
  lines.push(`Status: ${statusLabel(effort.status)}  `);
  const size = sizeText(effort, limits);
  if (size)
    lines.push(
      `Size: ${size}${effort.actualLines !== undefined && effort.estimatedLines !== undefined ? ` (estimated ${formatCount(effort.estimatedLines)})` : ''}${splitText(effort)}  `,
    );
  if (effort.branch) lines.push(`Branch: \`${effort.branch}\`  `);
  if (effort.baseBranch) lines.push(`Base: \`${effort.baseBranch}\`  `);
  const deps = [
    ...effort.dependsOn.map((id) => (project.byId.has(id) ? escapeMarkdown(id) : `${escapeMarkdown(id)} (unknown)`)),
    ...effort.externalDependsOn.map(escapeMarkdown),
  ];
  lines.push(`Depends on: ${deps.length ? deps.join(', ') : 'nothing'}  `);
  const waits = planWaitsOf(project, effort);
  if (waits.length) lines.push(`Waits for: ${waitedText(waits)} (a dependency of its wave or phase)  `);
  if (effort.parallelWith.length) lines.push(`Parallel with: ${effort.parallelWith.map(escapeMarkdown).join(', ')}  `);
  if (effort.note) lines.push(`Note: ${escapeMarkdown(oneLine(effort.note))}  `);
  for (const line of findingLines(findings, root, escapeMarkdown)) lines.push(line);
  if (root !== undefined) {
    const sources = provenanceByFile(effort, root);
    if (sources.length) lines.push('', `Sources: ${sources.map(escapeMarkdown).join('  \n')}`);
  }
  return lines.join('\n');
}

/** A record's note on one line (a YAML block scalar may hold several). */
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

/**
 * What a tree row says after its id and size: the effort's name, else its note (an effort only a state record knows,
 * `E2.2.4: {status: in_progress, note: "webhook receiver, added mid-wave"}`, had nothing to say there).
 */
export function effortCaption(effort: Effort): string | undefined {
  if (effort.name && effort.name !== effort.id) return effort.name;
  return effort.note ? oneLine(effort.note) : undefined;
}

/** `split into 3 parts` (or `split` when the count is not recorded) when a source records a split. */
export function splitPhrase(effort: Effort): string | undefined {
  if (effort.split === undefined) return undefined;
  return effort.split > 1 ? `split into ${effort.split} parts` : 'split';
}

/** `, split into 3 parts` for a size line, else ''. */
export function splitText(effort: Effort): string {
  const phrase = splitPhrase(effort);
  return phrase ? `, ${phrase}` : '';
}

/**
 * Whether a finding marks this effort's row: a finding about a dependency (it names edges, which the graph marks)
 * marks the effort whose list holds it, the first it names (`E1.1.4 … depends on E1.1.1` marks E1.1.4, not E1.1.1);
 * a cycle marks every effort it names (each holds a dependency of it: a two-effort cycle is one finding); any other
 * marks every effort it names.
 */
function marks(finding: PlanDiagnostic, id: string): boolean {
  return finding.edges?.length && finding.code !== 'dependency-cycle' ? finding.efforts[0] === id : true;
}

/** A declaration's CodeLens of what it waits for: the dependencies it writes, then the waves its plan makes it wait for. */
export function dependencyLensTitle(deps: readonly string[], waits: readonly Milestone[]): string {
  const parts: string[] = [];
  if (deps.length) parts.push(`depends on ${deps.join(', ')}`);
  if (waits.length) parts.push(`waits for ${waitedText(waits)}`);
  return parts.length ? parts.join(' · ') : 'no dependencies';
}
