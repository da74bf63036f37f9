// `waveplan waves [PATH…] [--json]`: declared vs earliest possible wave per effort, minimum waves, critical path.
import { analyzeProject } from '../../core/analysis/schedule';
import { remainingCriticalPath } from '../../core/analysis/remaining';
import { parseFlags, settingsFrom } from '../args';
import { WAVES } from '../spec';
import { EXIT, type CliIO } from '../io';
import { displayPaths, failedToLoad, loadProject, projectHeading, reportProblems } from '../load';
import type { Project } from '../../core/model/model';
import { counted } from '../../core/views/counted';
import { formatCount } from '../../core/model/numbers';
import { unphasedPlanLabel } from '../../core/views/unphasedPlans';
import { sizeTally } from '../../core/sizes/effortSize';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, WAVES);
  const loaded = await loadProject(positionals, io.cwd, settingsFrom(values));
  reportProblems(loaded, io);
  if (failedToLoad(loaded)) return EXIT.usage;
  // Several projects (nested git repositories) are scheduled apart: their efforts never wait for each other.
  const several = loaded.projects.length > 1;
  const rel = displayPaths(loaded.root);
  if (values.json) {
    const json = several
      ? { projects: loaded.projects.map((p) => ({ project: p.name, ...wavesJson(p.project, rel) })) }
      : wavesJson(loaded.project, rel);
    io.out(JSON.stringify(json, null, 2) + '\n');
  } else if (!several) writeWaves(loaded.project, io);
  else
    for (const part of loaded.projects) {
      io.out(projectHeading(part, rel(part.root)));
      writeWaves(part.project, io);
    }
  return EXIT.ok;
}

function wavesJson(project: Project, rel: (file: string) => string) {
  const analysis = analyzeProject(project);
  const remaining = remainingCriticalPath(project);
  const cancelled = project.efforts.filter((e) => e.status === 'cancelled').map((e) => e.id);
  // Plans that name no phase, scheduled as phases of their own; only where there are some.
  const unphased = analysis.unphased.map(({ file, ...rest }) => ({
    file: rel(file),
    title: unphasedPlanLabel(project, file),
    ...rest,
  }));
  return {
    phases: analysis.phases,
    ...(unphased.length ? { unphasedPlans: unphased } : {}),
    efforts: analysis.efforts.map(
      ({ id, phase, declaredWave, earliestWave, estimatedLines, slack, critical, canMoveEarlier }) => ({
        id,
        phase: phase ?? null,
        declaredWave: declaredWave ?? null,
        earliestWave: earliestWave ?? null,
        estimatedLines,
        slack,
        critical,
        canMoveEarlier,
      }),
    ),
    criticalPath: analysis.criticalPath,
    remainingCriticalPath: remaining,
    cyclic: analysis.cyclic,
    cancelled,
  };
}

function writeWaves(project: Project, io: CliIO): void {
  const analysis = analyzeProject(project);
  const remaining = remainingCriticalPath(project);
  const cancelled = project.efforts.filter((e) => e.status === 'cancelled').map((e) => e.id);
  const cyclic = new Set(analysis.cyclic);
  // Slug ids (`wave-planning`) are longer than E1.2.3: the columns line up on the longest.
  const idWidth = analysis.efforts.reduce((w, e) => Math.max(w, e.id.length), 10);
  const row = (e: (typeof analysis.efforts)[number], earliest: boolean) => {
    const mark = cyclic.has(e.id)
      ? '  in a dependency cycle'
      : e.critical
        ? '  critical'
        : e.canMoveEarlier
          ? `  could start in wave ${e.earliestWave ?? '?'}`
          : '';
    const when = earliest ? ` earliest ${String(e.earliestWave ?? '?').padEnd(3)}` : '';
    return `  ${e.id.padEnd(idWidth)} declared wave ${String(e.declaredWave ?? '?').padEnd(3)}${when} slack ${formatCount(e.slack).padStart(5)} lines${mark}\n`;
  };
  // A phase known only from a state file's wave list has no efforts to schedule: say that, not "0 waves". Efforts of
  // one wave may wait for each other (run in sequence), so the chain's length is a fact of the plan, not a complaint
  // ("5 waves if every effort of a wave runs in parallel" read as if parallel work needed more waves).
  const summary = (declared: number, minimum: number, rows: number) =>
    `${counted(declared, 'wave')} declared${rows ? `; its longest chain of dependencies has ${counted(minimum, 'step')}` : ', no efforts known'}`;
  for (const phase of analysis.phases) {
    const rows = analysis.efforts.filter((e) => e.phase === phase.phase);
    io.out(`Phase ${phase.phase}: ${summary(phase.declaredWaves, phase.minimumWaves, rows.length)}\n`);
    for (const e of rows) io.out(row(e, true));
  }
  // A plan that names no phase (`## Wave 2` over `### Task 2.1`) is scheduled as a phase of its own, under its title.
  const inPlans = new Set<string>();
  for (const plan of analysis.unphased) {
    const label = unphasedPlanLabel(project, plan.file);
    io.out(
      `${label} (waves without a phase): ${summary(plan.declaredWaves, plan.minimumWaves, plan.efforts.length)}\n`,
    );
    for (const id of plan.efforts) {
      inPlans.add(id);
      io.out(row(analysis.byId.get(id)!, true));
    }
  }
  // Efforts of no phase and no wave: listed with what is known of them; they have no wave to start in.
  const unphased = analysis.efforts.filter((e) => e.phase === undefined && !inPlans.has(e.id));
  if (unphased.length) {
    io.out(`Without a phase or a wave: ${counted(unphased.length, 'effort')}\n`);
    for (const e of unphased) io.out(row(e, false));
  }
  const cp = analysis.criticalPath;
  io.out(`Critical path (${pathSize(project, cp)}): ${cp.efforts.length ? cp.efforts.join(' → ') : 'none'}\n`);
  io.out(
    `Critical path of the remaining work (${pathSize(project, remaining)}, done efforts left out): ${remaining.efforts.length ? remaining.efforts.join(' → ') : 'none'}\n`,
  );
  // What the schedule leaves out is the cycle's edges, not its efforts (they are scheduled, and may be on the path).
  if (analysis.cyclic.length)
    io.out(`In dependency cycles (their edges left out of the schedule): ${analysis.cyclic.join(', ')}\n`);
  if (cancelled.length) io.out(`Cancelled (not scheduled): ${cancelled.join(', ')}\n`);
}

/**
 * A path's lines as the plan gives them: `950 lines`; `950+ lines` when some of its efforts have no size (the tree's
 * wave rows say so too); `sizes not given` when none has one (not "0 lines": the sizes are unknown, not zero).
 */
function pathSize(project: Project, path: { efforts: string[]; totalLines: number }): string {
  const { unsized } = sizeTally(path.efforts.map((id) => project.byId.get(id)));
  if (unsized && unsized === path.efforts.length) return 'sizes not given';
  return `${formatCount(path.totalLines)}${unsized ? '+' : ''} ${path.totalLines === 1 && !unsized ? 'line' : 'lines'}`;
}
