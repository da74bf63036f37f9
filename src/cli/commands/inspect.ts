// `waveplan inspect [PATH…] [--json]`: the merged model and its diagnostics.
import { blockedByOf, originsOf } from '../../core/views/provenance';
import { splitText } from '../../core/views/effortText';
import { coordinationApart, waveListing } from '../../core/views/treeShape';
import { unphasedIds, unphasedPlans } from '../../core/views/unphasedPlans';
import { declaredWaitsOf, waitsText } from '../../core/analysis/gates';
import type { Effort, Milestone, PlanDiagnostic, Project } from '../../core/model/model';
import { parseFlags, settingsFrom } from '../args';
import { INSPECT } from '../spec';
import type { CliIO } from '../io';
import { EXIT } from '../io';
import {
  displayMessage,
  displayPaths,
  failedToLoad,
  loadProject,
  projectHeading,
  reportProblems,
  withProject,
  type LoadedPart,
} from '../load';
import { arrayMark, streamed, writeStreamedJson } from '../jsonStream';
import { counted } from '../../core/views/counted';
import { formatCount } from '../../core/model/numbers';
import { planFileCount } from '../../core/files/dataFiles';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, INSPECT);
  const loaded = await loadProject(positionals, io.cwd, settingsFrom(values));
  const { root } = loaded;
  reportProblems(loaded, io);
  const rel = displayPaths(root);
  // Several projects (nested git repositories): each effort and finding says whose it is.
  const several = loaded.projects.length > 1;
  if (values.json) {
    const tagged = <T>(each: (p: LoadedPart) => T[]) =>
      loaded.projects.flatMap((p) => each(p).map((item) => ({ item, project: p.name })));
    writeStreamedJson(
      io.out,
      { efforts: arrayMark('efforts'), diagnostics: arrayMark('diagnostics') },
      several
        ? {
            efforts: streamed(
              tagged((p) => p.project.efforts),
              (t) => withProject(effortJson(t.item, rel, root), t.project),
            ),
            diagnostics: streamed(
              tagged((p) => p.project.diagnostics),
              (t) => withProject(diagnosticJson(t.item, rel, root), t.project),
            ),
          }
        : {
            efforts: streamed(loaded.project.efforts, (e: Effort) => effortJson(e, rel, root)),
            diagnostics: streamed(loaded.project.diagnostics, (d: PlanDiagnostic) => diagnosticJson(d, rel, root)),
          },
    );
  } else if (!several) writeTree(loaded.project, io);
  else
    for (const part of loaded.projects) {
      io.out(projectHeading(part, rel(part.root)));
      writeTree(part.project, io);
    }
  return failedToLoad(loaded) ? EXIT.usage : EXIT.ok;
}

function writeTree(project: Project, io: CliIO): void {
  // Coordination documents (plans of the work, not work) follow the work of their wave, as the editor's tree lists
  // them; those no wave lists are listed apart.
  const coordination = coordinationApart(project);
  const apart = new Set(coordination);
  for (const phase of project.phases) {
    io.out(`Phase ${phase.phase}${phase.name ? `: ${phase.name}` : ''}${waitsOf(project, { phase: phase.phase })}\n`);
    for (const wave of phase.waves) {
      const waits = waitsOf(project, { phase: wave.phase, wave: wave.wave });
      io.out(`  Wave ${wave.phase}.${wave.wave}${wave.name ? `: ${wave.name}` : ''}${waits}\n`);
      const { work, coordination: documents } = waveListing(wave.efforts, project);
      for (const id of work) {
        const e = project.byId.get(id);
        if (e) io.out(`    ${effortLine(e)}\n`);
      }
      for (const id of documents) io.out(`    ${effortLine(project.byId.get(id)!)} (coordination)\n`);
    }
  }
  // A plan that names no phase lists its waves under its own title.
  const unphased = unphasedPlans(project);
  const listed = unphasedIds(unphased);
  for (const plan of unphased) {
    io.out(`${plan.label} (waves without a phase)\n`);
    for (const wave of plan.waves) {
      io.out(
        `  Wave ${wave.wave}${wave.name ? `: ${wave.name}` : ''}${waitsOf(project, { plan: plan.file, wave: wave.wave })}\n`,
      );
      for (const id of wave.efforts) io.out(`    ${effortLine(project.byId.get(id)!)}\n`);
    }
  }
  const loose = project.efforts.filter(
    (e) => (e.phase === undefined || e.wave === undefined) && !apart.has(e) && !listed.has(e.id),
  );
  if (loose.length) {
    io.out('Not in a wave\n');
    for (const e of loose) io.out(`    ${effortLine(e)}\n`);
  }
  if (coordination.length) {
    io.out('Coordination documents\n');
    for (const e of coordination) io.out(`    ${effortLine(e)}\n`);
  }
  io.out(
    `${counted(project.efforts.length, 'effort')} in ${counted(planFileCount(project), 'file')}, ${counted(project.diagnostics.length, 'diagnostic')}\n`,
  );
}

/** ` (waits for all of Wave 1)` where the plan says so of this wave or phase, else nothing. */
function waitsOf(project: Project, scope: Milestone): string {
  const text = waitsText(declaredWaitsOf(project, scope));
  return text ? ` (${text})` : '';
}

function effortLine(e: Effort): string {
  const split = splitText(e);
  // Recorded actual lines first, as the tree and the size check read them; the estimate beside them.
  const size =
    e.actualLines !== undefined
      ? ` (${counted(e.actualLines, 'line')}${e.estimatedLines !== undefined ? `, estimated ${formatCount(e.estimatedLines)}` : ''}${split})`
      : e.estimatedLines !== undefined
        ? ` (~${counted(e.estimatedLines, 'line')}${split})`
        : '';
  const deps = e.dependsOn.length ? ` ← ${e.dependsOn.join(', ')}` : '';
  // An effort without an id is named by its slug id: the name is not said twice.
  const name = e.name && e.name !== e.id ? ` ${e.name}` : '';
  return `${e.id}${name}${size} [${e.status}]${deps}`;
}

export function effortJson(e: Effort, rel: (f: string) => string, root?: string) {
  return {
    id: e.id,
    name: e.name,
    phase: e.phase ?? null,
    wave: e.wave ?? null,
    estimatedLines: e.estimatedLines ?? null,
    actualLines: e.actualLines ?? null,
    split: e.split ?? null,
    dependsOn: e.dependsOn,
    externalDependsOn: e.externalDependsOn,
    parallelWith: e.parallelWith,
    canParallelize: e.canParallelize ?? null,
    branch: e.branch ?? null,
    baseBranch: e.baseBranch ?? null,
    directory: e.directory ?? null,
    status: e.status,
    source: { file: rel(e.source.file), line: e.source.line },
    /** Where each value came from: `{ "branch": "orchestrator-state-v3.json:759" }`. */
    origins: originsOf(e, root),
    /** Dependencies a Blocks list of another effort adds, and where: `{ "E1.1.4": "EFFORT-PLAN.md:121" }`. */
    ...(e.blockedBy ? { blockedBy: blockedByOf(e, root) } : {}),
  };
}

export function diagnosticJson(d: PlanDiagnostic, rel: (f: string) => string, root: string) {
  return {
    code: d.code,
    severity: d.severity,
    file: rel(d.file),
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    message: displayMessage(d.message, root),
    efforts: d.efforts,
    fixes: (d.fixes ?? []).map((f) => f.title),
  };
}
