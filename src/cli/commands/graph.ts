// `waveplan graph [PATH…] [--summary|--full] [--focus ID [--hops N]] [--lr]`: the dependency graph as Mermaid text.
import { remainingCriticalPath } from '../../core/analysis/remaining';
import { canonicalEffortId } from '../../core/model/ids';
import { projectToMermaid } from '../../core/mermaid/flowchart';
import { intFlag, parseFlags, settingsFrom } from '../args';
import { GRAPH } from '../spec';
import { EXIT, UsageError, type CliIO } from '../io';
import { displayPaths, failedToLoad, loadProject, reportProblems } from '../load';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, GRAPH);
  if (values.summary && values.full) throw new UsageError('--summary and --full exclude each other');
  const loaded = await loadProject(positionals, io.cwd, settingsFrom(values));
  reportProblems(loaded, io);
  if (failedToLoad(loaded)) return EXIT.usage;
  const focusId = values.focus && (canonicalEffortId(values.focus) ?? values.focus);
  // Several projects (nested git repositories): one graph each, named by a Mermaid comment; --focus draws the
  // projects that have the effort.
  const parts = focusId ? loaded.projects.filter((p) => p.project.byId.has(focusId)) : loaded.projects;
  if (focusId && !parts.length) throw new UsageError(`no effort "${values.focus}" in the plan`);
  const focus = focusId ? { kind: 'effort' as const, id: focusId, hops: intFlag(values.hops, 'hops') ?? 2 } : undefined;
  const rel = displayPaths(loaded.root);
  for (const { engine, project, name, root } of parts) {
    const graph = projectToMermaid(project, {
      limits: engine.limits,
      criticalPath: remainingCriticalPath(project).efforts,
      direction: values.lr ? 'LR' : 'TD',
      mode: values.summary ? 'summary' : values.full ? 'full' : 'auto',
      focus,
    });
    const label = loaded.projects.length > 1 ? `%% project ${name} (${rel(root) || '.'})\n` : '';
    if (graph.note) io.err(`waveplan graph: ${label ? `${name}: ` : ''}${graph.note}\n`);
    io.out(values.fence ? `${label}\`\`\`mermaid\n${graph.text}\n\`\`\`\n` : `${label}${graph.text}\n`);
  }
  return EXIT.ok;
}
